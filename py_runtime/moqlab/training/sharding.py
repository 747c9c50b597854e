"""Fully sharded data parallel (FSDP2, ``fully_shard``): every rank of a gang holds a shard of each
parameter, its gradient and its optimizer moments, and gathers whole weights only to compute with them.

The trainer keeps its structure; these helpers are where sharded tensors differ from whole ones:
- The sharded parameters stay fp32; ``MixedPrecisionPolicy`` casts them to the working dtype when
  they are gathered. So the working weights a forward reads equal those of one process, which stores
  them in the working dtype (a cast of the rewritten fp32 weight either way).
- The MoQ rewrite quantizes whole tensors (groups span rows), so it gathers the master, rewrites the
  whole working weight and keeps this rank's rows.
- Checkpoints hold whole tensors, gathered from every rank: the same file as one process or a DDP
  gang writes, so a run resumes on any world size and exports in one process.
Each gather is a collective: every rank must make the same calls in the same order.
"""

from __future__ import annotations

import contextlib
import functools
from typing import Any, Iterator

import torch
from torch import nn

from ..errors import Code, WorkerError


@functools.lru_cache(maxsize=None)
def _dtensor_type():
    """DTensor, or None where torch has none (torch 1.x): then nothing is sharded."""
    try:
        from torch.distributed.tensor import DTensor
    except Exception:
        return None
    return DTensor


def shard_model(model: nn.Module, working_dtype: torch.dtype) -> None:
    """Shards ``model`` in place: each module that owns parameters is one unit (gathered just before it
    runs, freed after), the root holds the rest. A model whose modules share a parameter is one unit."""
    try:
        from torch.distributed.fsdp import MixedPrecisionPolicy, fully_shard
    except Exception as e:  # torch 1.x: absent, or failing to import under newer Pythons
        raise WorkerError(
            Code.FAILED_PRECONDITION,
            f"distributed.data_parallel fsdp needs torch.distributed.fsdp.fully_shard (torch >= 2.6); this worker has torch {torch.__version__}",
        ) from e
    policy = MixedPrecisionPolicy(param_dtype=None if working_dtype == torch.float32 else working_dtype, reduce_dtype=torch.float32)
    owners: dict[int, int] = {}
    for module in model.modules():
        for param in module.parameters(recurse=False):
            owners[id(param)] = owners.get(id(param), 0) + 1
    shared = any(count > 1 for count in owners.values())
    if not shared:
        # Post-order, so that a unit never holds a child's parameters.
        units = [m for m in reversed(list(model.modules())) if m is not model and any(True for _ in m.parameters(recurse=False))]
        for module in units:
            fully_shard(module, mp_policy=policy)
    fully_shard(model, mp_policy=policy)


def is_sharded(tensor: torch.Tensor) -> bool:
    dtensor = _dtensor_type()
    return dtensor is not None and isinstance(tensor, dtensor)


def whole(tensor: torch.Tensor) -> torch.Tensor:
    """The whole tensor of a shard (a gather, detached), or the tensor itself."""
    if is_sharded(tensor):
        with torch.no_grad():
            return tensor.detach().full_tensor()
    return tensor


def local(tensor: torch.Tensor) -> torch.Tensor:
    """This rank's part of ``tensor``, sharing its storage (the tensor itself when it is not sharded)."""
    return tensor.to_local() if is_sharded(tensor) else tensor


def shard_like(full: torch.Tensor, reference: torch.Tensor) -> torch.Tensor:
    """``full`` laid out as ``reference`` is: this rank's rows of it when ``reference`` is sharded (every
    rank holds ``full``, so nothing is sent)."""
    if not is_sharded(reference):
        return full
    from torch.distributed.tensor import distribute_tensor

    full = full.detach().to(device=reference.device, dtype=reference.dtype)
    return distribute_tensor(full, reference.device_mesh, reference.placements, src_data_rank=None)


def copy_whole_(target: torch.Tensor, full: torch.Tensor) -> None:
    """Writes the whole tensor ``full`` into ``target`` (its rows only, when ``target`` is a shard)."""
    with torch.no_grad():
        local(target).copy_(local(shard_like(full, target)))


def whole_optimizer_state(state: dict[str, Any]) -> dict[str, Any]:
    """An optimizer state dict with whole tensors in place of shards."""
    return {
        **state,
        "state": {index: {key: whole(value) if isinstance(value, torch.Tensor) else value for key, value in slot.items()} for index, slot in state["state"].items()},
    }


def sharded_optimizer_state(state: dict[str, Any], params: list[torch.Tensor]) -> dict[str, Any]:
    """The inverse of :func:`whole_optimizer_state` for this rank: moments shaped like their parameter
    become shards laid out as it is; scalars (the step count) stay whole. ``params`` in the optimizer's order."""
    out = {}
    for index, slot in state["state"].items():
        param = params[int(index)]
        out[index] = {
            key: shard_like(value, param) if isinstance(value, torch.Tensor) and value.shape == param.shape and value.ndim > 0 else value
            for key, value in slot.items()
        }
    return {**state, "state": out}


@contextlib.contextmanager
def gradient_sync(model: nn.Module, enabled: bool) -> Iterator[None]:
    """FSDP's ``no_sync``: with ``enabled`` False the backward keeps unreduced gradients (the micro-batches
    of an accumulation before its last one)."""
    if enabled:
        yield
        return
    model.set_requires_gradient_sync(False)
    try:
        yield
    finally:
        model.set_requires_gradient_sync(True)
