"""A torchrun gang: the worker's processes when it runs data parallel on torch.distributed.

torchrun starts one process per rank and sets RANK, WORLD_SIZE, LOCAL_RANK and the rendezvous; this
module joins that group and gives the rest of the worker the few collectives it needs. Gradients
travel on the default group (NCCL on CUDA, gloo on CPU); commands, stop flags and small results travel
on a gloo group of their own, so they never wait behind a CUDA stream.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
from typing import Any, Mapping

import torch
import torch.distributed as dist

from ..errors import Code, WorkerError

# How long a collective may wait for a rank before the gang fails. A rank that dies is noticed by
# torchrun long before this; it bounds a rank that hangs where no controller deadline reaches.
COLLECTIVE_TIMEOUT = datetime.timedelta(minutes=30)


@dataclasses.dataclass(frozen=True)
class Gang:
    rank: int
    world_size: int
    local_rank: int
    backend: str
    # The gloo group of commands and small results; the default group carries the gradients.
    control: Any = dataclasses.field(repr=False, compare=False)

    @property
    def leader(self) -> bool:
        """Rank 0: the process that holds the controller's socket."""
        return self.rank == 0

    def device(self, requested: torch.device) -> torch.device:
        """Each rank trains on its own GPU (cuda:LOCAL_RANK); on the CPU all share the host."""
        if requested.type != "cuda":
            return requested
        if requested.index is not None and requested.index != self.local_rank:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"device {requested} names one GPU, but each rank of a gang trains on its own (rank {self.rank} on "
                f"cuda:{self.local_rank}); write device cuda or auto",
                device=str(requested),
            )
        return torch.device("cuda", self.local_rank)

    def broadcast(self, data: bytes | None = None) -> bytes | None:
        """The leader's ``data`` on every rank (None ends the gang's command stream)."""
        box = [data]
        dist.broadcast_object_list(box, src=0, group=self.control)
        return box[0]

    def any(self, flag: bool) -> bool:
        """True on every rank when ``flag`` is True on any."""
        t = torch.tensor([1 if flag else 0], dtype=torch.int32)
        dist.all_reduce(t, op=dist.ReduceOp.MAX, group=self.control)
        return bool(t.item())

    def mean(self, values: list[float]) -> list[float]:
        """The element-wise mean of ``values`` over the ranks (float64, so the average is exact enough to compare)."""
        if not values:
            return []
        t = torch.tensor(values, dtype=torch.float64)
        dist.all_reduce(t, op=dist.ReduceOp.SUM, group=self.control)
        return (t / self.world_size).tolist()

    def gather(self, value: Any) -> list[Any]:
        """Every rank's ``value``, in rank order, on every rank."""
        out: list[Any] = [None] * self.world_size
        dist.all_gather_object(out, value, group=self.control)
        return out

    def mean_tensor_(self, t: torch.Tensor) -> torch.Tensor:
        """Averages ``t`` over the ranks in place on the default group (no host sync)."""
        dist.all_reduce(t, op=dist.ReduceOp.SUM)
        t.div_(self.world_size)
        return t

    def close(self) -> None:
        """Leaves the gang. Every rank waits for the others first: rank 0 hosts the rendezvous store,
        and tearing it down under a rank still using it aborts the process ("terminate called without
        an active exception"). A gang that already fell apart fails the wait at once."""
        if not dist.is_initialized():
            return
        try:
            dist.barrier(group=self.control)
        except Exception:
            pass  # a rank is gone: there is nobody to wait for
        dist.destroy_process_group()


def join_from_environment(environ: Mapping[str, str] = os.environ) -> Gang | None:
    """Joins the gang torchrun described in the environment; None for a single process."""
    world_size = int(environ.get("WORLD_SIZE", "1"))
    if world_size <= 1:
        return None
    rank, local_rank = int(environ["RANK"]), int(environ.get("LOCAL_RANK", "0"))
    backend = environ.get("MOQLAB_DIST_BACKEND") or ("nccl" if torch.cuda.is_available() else "gloo")
    if backend == "nccl":
        torch.cuda.set_device(local_rank)
    dist.init_process_group(backend, timeout=COLLECTIVE_TIMEOUT)
    control = dist.new_group(backend="gloo", timeout=COLLECTIVE_TIMEOUT) if backend != "gloo" else dist.group.WORLD
    return Gang(rank=rank, world_size=world_size, local_rank=local_rank, backend=backend, control=control)
