"""The training loop: AdamW on fp32 master weights, working weights in fp32/fp16/bf16, resumable.

Structure (the MoQ rewrite plugs into it):

- The optimizer owns **fp32 master weights**. The model's parameters are the **working weights**
  (what forward/backward read). Each trainable parameter is a :class:`ParamSlot` ``(name, working,
  master)``. In fp32 the master *is* the working parameter (aliased, no copy) until
  :meth:`Trainer._unalias_masters` gives it its own storage; in fp16/bf16 it is always separate.
- One optimizer step = ``gradient_accumulation_steps`` micro-batches of ``batch_size`` examples,
  each ``backward`` on ``loss / gas`` (times the loss scale in fp16) → gradients copied (cast) to the
  masters and unscaled → fp16 overflow check (skip + halve the scale) → clipping → AdamW on the
  masters → :meth:`Trainer._write_working_weights` writes masters → working weights in place.
  Skipped steps neither count nor write.
- The learning rate is a pure function of the counted optimizer steps (:func:`lr_at`).
- Data order: epoch ``e`` is ``randperm(N)`` from a dedicated generator seeded by (seed, e); batches
  are consecutive slices of it and span epoch boundaries (every batch is full, every example is seen
  once per epoch). ``(epoch, position)`` is saved, so a checkpoint resumes mid-epoch exactly.
- Block Hessian eigenvalues (SEMANTICS.md §4, :meth:`Trainer.compute_block_eigenvalues`) are measured between
  steps on the next step's first micro-batch, in eval mode; the only place ``create_graph`` is used. They
  change neither the data order nor any RNG state; the last eigenvector per block is checkpointed.
- In a gang (:mod:`.gang`, torchrun) ``batch_size`` is per rank: every rank walks the same global order
  in steps of ``batch_size × world_size`` and trains on its own slice of each global micro-batch, under
  DistributedDataParallel (one gradient all-reduce per optimizer step). So a gang of W ranks takes the
  steps of one process with W times the batch; the data position is global, and a checkpoint resumes on
  any world size. Reported losses are the gang's mean; eigenvalues are each rank's, averaged.
  With ``data_parallel`` FSDP each rank holds a shard of every parameter instead (:mod:`.sharding`);
  the steps, weights and checkpoints are those of DDP.
"""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import logging
import math
import os
import time
from dataclasses import dataclass
from typing import Any, Callable, Mapping

import torch
import torch.nn.functional as F
from torch import nn

from ..eigen import (
    BlockEigenvalue,
    EigenConfig,
    block_eigenvalues,
    double_backward_attention,
    random_start,
    resolve_blocks,
    start_generator,
    usable_start,
)
from ..errors import Code, WorkerError, is_out_of_memory
from ..models.factory import logits_of
from . import checkpoint as ckpt
from . import sharding
from .gang import Gang
from .metrics import compute_metrics
from .moq import ErrorCallback, MoqRewriter, QuantSpec, TensorPlan
from .precision import DynamicLossScaler, Precision, check_precision_supported, dtype_name


_FLOAT32_MAX = 3.4028234663852886e38


class NonfinitePolicy(enum.Enum):
    FAIL = "fail"
    SKIP_STEP = "skip_step"


class DataParallel(enum.Enum):
    """How a gang lays out the model; a single process trains the whole model either way."""

    DDP = "ddp"  # every rank holds the whole model; gradients are all-reduced
    FSDP = "fsdp"  # every rank holds a shard of each parameter (FSDP2)


@dataclass
class TrainingConfig:
    """The training settings of a run. No field has a default: the worker trains with the values the
    controller sent (its config is the one home of their defaults), never with values of its own."""

    lr: float
    weight_decay: float
    beta1: float
    beta2: float
    eps: float
    warmup_steps: int
    # Linear warmup to lr over warmup_steps, then linear decay reaching 0 after total_steps optimizer
    # steps. total_steps = 0 disables the decay (constant lr after warmup).
    total_steps: int
    batch_size: int  # per rank of a gang
    gradient_accumulation_steps: int
    max_grad_norm: float  # 0 = no clipping
    precision: Precision
    seed: int
    initial_loss_scale: float
    loss_scale_window: int
    num_threads: int  # 0 = leave torch's default
    # A step whose loss or gradient norm is NaN/Inf never updates the weights. FAIL ends the segment
    # with an error at once; SKIP_STEP skips it and fails only after max_nonfinite_steps in a row.
    on_nonfinite: NonfinitePolicy
    max_nonfinite_steps: int
    data_parallel: DataParallel

    def __post_init__(self) -> None:
        self.precision = Precision.parse(self.precision)
        self.on_nonfinite = NonfinitePolicy(self.on_nonfinite)
        self.data_parallel = DataParallel(self.data_parallel)

    def validate(self) -> None:
        def bad(key: str, rule: str) -> WorkerError:
            return WorkerError(
                Code.INVALID_ARGUMENT, f"training config: {key} = {getattr(self, key)!r} is invalid; {rule}", field=key
            )

        for key in ("lr", "weight_decay", "max_grad_norm"):
            value = getattr(self, key)
            if not (math.isfinite(value) and value >= 0):
                raise bad(key, "it must be a finite number >= 0")
        for key in ("beta1", "beta2"):
            if not 0.0 <= getattr(self, key) < 1.0:
                raise bad(key, "it must be in [0, 1)")
        if not self.eps > 0:
            raise bad("eps", "it must be > 0")
        if self.lr > _FLOAT32_MAX:
            raise bad("lr", "torch's optimizer computes with it in float32, so it must be at most 3.4e38")
        for key in ("batch_size", "gradient_accumulation_steps", "loss_scale_window", "max_nonfinite_steps"):
            if int(getattr(self, key)) < 1:
                raise bad(key, "it must be an integer >= 1")
        for key in ("warmup_steps", "total_steps", "num_threads", "seed"):
            if int(getattr(self, key)) < 0:
                raise bad(key, "it must be an integer >= 0")
        if not (math.isfinite(self.initial_loss_scale) and self.initial_loss_scale > 0):
            raise bad("initial_loss_scale", "it must be a finite number > 0")

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["precision"] = self.precision.value
        d["on_nonfinite"] = self.on_nonfinite.value
        d["data_parallel"] = self.data_parallel.value
        return d


@dataclass
class StepRecord:
    optimizer_step: int  # counted optimizer steps after this step (unchanged by a skipped step)
    loss: float  # mean loss over the step's micro-batches (unscaled)
    lr: float  # learning rate applied (or that would have been, for a skipped step)
    grad_norm: float  # total 2-norm of the unscaled master gradients, before clipping
    loss_scale: float | None  # fp16: the scale this step used; otherwise None
    skipped: bool  # fp16 overflow or a non-finite step: no update, no rewrite, not counted
    examples: int
    wall_time: float  # seconds since the Unix epoch at the end of the step
    nonfinite: bool = False  # the loss or the gradient norm was NaN/Inf (skipped, not an fp16 overflow)


@dataclass
class SegmentSummary:
    optimizer_step: int
    steps_run: int  # counted optimizer steps taken by this call
    skipped_steps: int  # fp16 overflows
    nonfinite_steps: int  # steps skipped because the loss or the gradient norm was NaN/Inf
    mean_loss: float  # mean of the finite per-step losses, fp16 skips included; NaN when none was finite
    seconds: float
    examples: int  # examples consumed, skipped steps included
    epoch: int  # 0-based epoch the next batch comes from (= completed passes over the train split)


@dataclass
class EvalSummary:
    metrics: dict[str, float]
    loss: float
    examples: int
    seconds: float
    optimizer_step: int


@dataclass(eq=False)
class ParamSlot:
    """A trainable parameter: the model's working tensor and the optimizer's fp32 master."""

    name: str
    working: nn.Parameter
    master: torch.Tensor

    @property
    def aliased(self) -> bool:
        return self.master is self.working


@dataclass
class _StepOutcome:
    loss: float  # mean loss of the step's micro-batches
    grad_norm: float  # total 2-norm of the unscaled gradients, before clipping
    lr: float
    skipped: bool
    loss_scale: float | None
    nonfinite: bool


def lr_at(step: int, config: TrainingConfig) -> float:
    """Learning rate of the optimizer step taken after ``step`` counted steps (0-based).

    Warmup: steps 0..W-1 use ``lr·(step+1)/W``. Then linear decay: ``lr·(T−step)/(T−W)``, so the
    first step after warmup uses ``lr`` and the lr reaches 0 after T steps (``T = total_steps``;
    0 disables the decay). Steps at or beyond T use 0.
    """
    base, warmup, total = config.lr, config.warmup_steps, config.total_steps
    if total > 0 and step >= total:
        return 0.0
    if warmup > 0 and step < warmup:
        return base * (step + 1) / warmup
    if total <= 0:
        return base
    return base * (total - step) / (total - warmup)


def _perm_seed(seed: int, epoch: int) -> int:
    return (int(seed) * 0x9E3779B1 + int(epoch) * 0x85EBCA77 + 0x27D4EB2F) % (2**63)


def _is_regression(task_type: Any) -> bool:
    return str(getattr(task_type, "value", task_type)).lower() == "regression"


def _total_norm(grads: list[torch.Tensor]) -> torch.Tensor:
    if not grads:
        return torch.zeros(())
    foreach_norm = getattr(torch, "_foreach_norm", None)
    norms = foreach_norm(grads) if foreach_norm is not None else [g.norm() for g in grads]
    return torch.linalg.vector_norm(torch.stack([n.float() for n in norms]))


class Trainer:
    """Trains ``model`` on ``data.train``; see the module docstring for the structure."""

    def __init__(
        self, model: nn.Module, data: Any, device: torch.device | str, config: TrainingConfig, gang: Gang | None = None
    ) -> None:
        config.validate()
        self.config = config
        self.gang = gang
        self.world_size = gang.world_size if gang is not None else 1
        self.rank = gang.rank if gang is not None else 0
        self.precision = config.precision
        self.device = torch.device(device)
        check_precision_supported(self.precision, self.device)
        if config.num_threads > 0:
            cores = os.cpu_count() or 1
            ranks_here = int(os.environ.get("LOCAL_WORLD_SIZE", "1"))  # a gang's ranks on this machine (torchrun)
            if config.num_threads * ranks_here > cores:
                logging.getLogger("moqlab.worker").warning(
                    "training.num_threads %d × %d process(es) is more than the %d cores of this machine: the threads "
                    "contend and training slows down; set it to %d or less, or to 0 for torch's default",
                    config.num_threads, ranks_here, cores, max(1, cores // ranks_here),
                )
            torch.set_num_threads(config.num_threads)
        # Each rank draws its own dropout masks; rank 0 draws what a single process would.
        torch.manual_seed(config.seed + self.rank)

        self.model = model
        self.data = data
        self.regression = _is_regression(data.task_type)
        self.num_labels = int(data.num_labels)
        if self.regression and self.num_labels != 1:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"a regression data set needs num_labels 1, got {self.num_labels}",
                num_labels=self.num_labels,
            )
        self.working_dtype = self.precision.dtype
        # FSDP: sharded parameters stay fp32 and are cast to the working dtype when gathered (sharding.py).
        self.sharded = gang is not None and config.data_parallel is DataParallel.FSDP
        if config.data_parallel is DataParallel.FSDP and gang is None:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                "distributed.data_parallel fsdp shards the model across the ranks of a gang, and this worker is one "
                "process: set distributed.nproc_per_node to 2 or more, or use data_parallel ddp",
                field="data_parallel",
            )
        stored_dtype = torch.float32 if self.sharded else self.working_dtype

        model.to(self.device)
        if self.sharded:
            sharding.shard_model(model, self.working_dtype)
        self.slots: list[ParamSlot] = []
        for name, param in model.named_parameters():
            if not param.requires_grad:
                continue
            if not param.is_floating_point():
                raise WorkerError(
                    Code.INVALID_ARGUMENT, f"parameter {name!r} is trainable but not floating point ({param.dtype})"
                )
            alias = stored_dtype == torch.float32 and param.dtype == torch.float32
            master = param if alias else param.detach().to(dtype=torch.float32, copy=True)
            self.slots.append(ParamSlot(name, param, master))
        if not self.slots:
            raise WorkerError(Code.INVALID_ARGUMENT, f"model {type(model).__name__} has no trainable parameters")
        if not self.sharded:
            model.to(dtype=self.working_dtype)  # working weights (and floating buffers) in the working dtype
        self._separate = [s for s in self.slots if not s.aliased]
        self._working_params = [s.working for s in self.slots]
        # What a training forward calls: the DDP wrapper in a gang (it all-reduces the gradients during
        # backward); evaluation and eigenvalues call the model itself (FSDP shards the model in place).
        self._train_forward: nn.Module = model
        if gang is not None and not self.sharded:
            from torch.nn.parallel import DistributedDataParallel

            self._train_forward = DistributedDataParallel(model, device_ids=[self.device.index] if self.device.type == "cuda" else None)

        decay = [s.master for s in self.slots if s.master.ndim >= 2]
        no_decay = [s.master for s in self.slots if s.master.ndim < 2]  # biases, norms, other 1-D
        groups = [g for g in ({"params": decay, "weight_decay": config.weight_decay},
                              {"params": no_decay, "weight_decay": 0.0}) if g["params"]]
        self.optimizer = torch.optim.AdamW(
            groups,
            lr=lr_at(0, config),
            betas=(config.beta1, config.beta2),
            eps=config.eps,
            foreach=True if self.device.type == "cuda" else None,
        )
        self._scaler = (
            DynamicLossScaler(config.initial_loss_scale, config.loss_scale_window)
            if self.precision is Precision.FP16
            else None
        )

        self.optimizer_step = 0
        # Every step this process finished, skipped ones included: the progress signal the controller's
        # stall detection watches (a forward that never returns stops it).
        self.steps_attempted = 0
        self._nonfinite_run = 0  # non-finite steps in a row, for on_nonfinite = skip_step
        self.num_train = len(data.train)
        if self.num_train == 0:
            raise WorkerError(Code.INVALID_ARGUMENT, "the training split is empty")
        self._data_seed = int(config.seed)
        self._data_gen = torch.Generator()
        self.epoch = 0
        self.position = 0
        self._perm = self._make_perm(0)
        self._rewriter: MoqRewriter | None = None
        # The last eigenvector of each eigenvalue block, by block module name (fp32, on the device): the
        # warm start of the next computation (SEMANTICS.md §4), saved in checkpoints (SEMANTICS.md §8).
        self._eigenvectors: dict[str, list[torch.Tensor]] = {}
        # In a gang: this rank's own eigenvalues of the last computation (the results are their mean).
        self.local_eigenvalues: list[float] = []

    # ----------------------------------------------------------------------------------- data order
    def _make_perm(self, epoch: int) -> torch.Tensor:
        self._data_gen.manual_seed(_perm_seed(self._data_seed, epoch))
        return torch.randperm(self.num_train, generator=self._data_gen)

    def _next_indices(self, count: int) -> torch.Tensor:
        parts = []
        need = count
        while need > 0:
            take = min(need, self.num_train - self.position)
            parts.append(self._perm[self.position:self.position + take])
            self.position += take
            need -= take
            if self.position >= self.num_train:
                self.epoch += 1
                self.position = 0
                self._perm = self._make_perm(self.epoch)
        return parts[0] if len(parts) == 1 else torch.cat(parts)

    def _peek_indices(self, count: int) -> torch.Tensor:
        """The indices the next ``_next_indices(count)`` will return, without advancing the position or
        touching the data generator (a batch that crosses into the next epoch draws that epoch's
        permutation from a generator of its own, seeded as :meth:`_make_perm` seeds it)."""
        parts = []
        need, position, epoch, perm = count, self.position, self.epoch, self._perm
        while need > 0:
            take = min(need, self.num_train - position)
            parts.append(perm[position:position + take])
            position += take
            need -= take
            if position >= self.num_train and need > 0:
                epoch += 1
                position = 0
                gen = torch.Generator()
                gen.manual_seed(_perm_seed(self._data_seed, epoch))
                perm = torch.randperm(self.num_train, generator=gen)
        return parts[0] if len(parts) == 1 else torch.cat(parts)

    def _shard(self, indices: torch.Tensor) -> torch.Tensor:
        """This rank's slice of a global micro-batch."""
        if self.world_size == 1:
            return indices
        size = self.config.batch_size
        return indices[self.rank * size:(self.rank + 1) * size]

    def _to_device(self, inputs: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
        out = {}
        for key, value in inputs.items():
            dtype = self.working_dtype if value.is_floating_point() else value.dtype
            out[key] = value.to(device=self.device, dtype=dtype, non_blocking=True)
        return out

    # ----------------------------------------------------------------------------------- loss
    def _loss(self, logits: torch.Tensor, labels: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
        if logits.ndim != 2 or logits.shape[-1] != self.num_labels:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"the model returned logits of shape {tuple(logits.shape)}; expected (batch, {self.num_labels}) for "
                f"a data set with num_labels {self.num_labels} (build the model with num_labels={self.num_labels})",
                shape=tuple(logits.shape),
                num_labels=self.num_labels,
            )
        logits = logits.float()
        if self.regression:
            return F.mse_loss(logits.squeeze(-1), labels.float(), reduction=reduction)
        return F.cross_entropy(logits, labels, reduction=reduction)

    def _predict(self, logits: torch.Tensor) -> torch.Tensor:
        return logits.float().squeeze(-1) if self.regression else logits.argmax(dim=-1)

    # ----------------------------------------------------------------------------------- masters
    def _grads_to_masters(self) -> None:
        """Give each separate master the gradient of its working weight, in fp32."""
        for s in self._separate:
            g = s.working.grad
            if g is None:
                s.master.grad = None
            elif g.dtype == torch.float32:
                s.master.grad = g
            else:
                if s.master.grad is None or s.master.grad is g:
                    s.master.grad = torch.empty_like(s.master)
                s.master.grad.copy_(g)

    def _write_working_weights(self) -> None:
        """Write masters → working weights in place: the MoQ rewrite for the tensors in the segment's
        plan, a plain copy for the others. Called once after every successful optimizer step; aliased
        fp32 slots have nothing to write."""
        rewriter = self._rewriter
        with torch.no_grad():
            for s in self._separate:
                if not sharding.is_sharded(s.working):
                    if rewriter is None or not rewriter.write(s.name, s.working, s.master, self.optimizer_step + 1):
                        s.working.copy_(s.master)
                    continue
                # The rewrite quantizes whole tensors: gather the master, keep this rank's rows. It writes
                # in the working dtype, as one process does; the fp32 shard holds those values exactly.
                master = sharding.whole(s.master)
                working = torch.empty_like(master, dtype=self.working_dtype)
                if rewriter is None or not rewriter.write(s.name, working, master, self.optimizer_step + 1):
                    working.copy_(master)
                sharding.copy_whole_(s.working, working)
        if rewriter is not None:
            rewriter.step_done()

    def configure_quantization(self, specs: Mapping[str, QuantSpec], seed: int, fused_kernel: bool = False) -> None:
        """Declares the tensors segment plans may quantize; their masters get their own storage. ``fused_kernel``
        asks for the fused rewrite where it applies (:mod:`moqlab.kernels.fake_quant`; same math)."""
        slots = {s.name: s for s in self.slots}
        unknown = sorted(set(specs) - set(slots))
        if unknown:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"quantized tensors that are not trainable parameters of the model: {unknown[:5]}",
                tensors=unknown[:20],
            )
        rewriter = MoqRewriter(specs, seed, fused_kernel)
        for name in specs:
            rewriter.validate(name, slots[name].master)
        self._unalias_masters(set(specs))
        self._rewriter = rewriter

    def _unalias_masters(self, names: set[str] | None = None) -> None:
        """Give aliased (fp32) slots their own master tensor, moving their optimizer state over: needed
        before a rewrite makes the working weights differ from the masters. `names` limits it to those
        slots (None = all)."""
        replaced: dict[int, torch.Tensor] = {}
        for s in self.slots:
            if s.aliased and (names is None or s.name in names):
                master = s.working.detach().clone()
                replaced[id(s.working)] = master
                if s.working in self.optimizer.state:
                    self.optimizer.state[master] = self.optimizer.state.pop(s.working)
                s.master = master
        if not replaced:
            return
        for group in self.optimizer.param_groups:
            group["params"] = [replaced.get(id(p), p) for p in group["params"]]
        self._separate = [s for s in self.slots if not s.aliased]

    def master_weights(self) -> dict[str, torch.Tensor]:
        """The fp32 master of every trainable parameter, by parameter name (live tensors; don't modify)."""
        return {s.name: s.master for s in self.slots}

    def _masters_with_grad(self) -> list[torch.Tensor]:
        return [s.master for s in self.slots if s.master.grad is not None]

    # ----------------------------------------------------------------------------------- training
    def lr(self) -> float:
        """The learning rate of the next optimizer step."""
        return lr_at(self.optimizer_step, self.config)

    def _step(self) -> _StepOutcome:
        """One optimizer step (maybe skipped: an fp16 overflow, or a non-finite loss or gradient)."""
        cfg = self.config
        gas = cfg.gradient_accumulation_steps
        scale = self._scaler.scale if self._scaler is not None else None
        multiplier = (scale if scale is not None else 1.0) / gas
        for param in self._working_params:
            param.grad = None
        loss_sum: torch.Tensor | None = None
        for micro in range(gas):
            inputs, labels = self.data.train.batch(self._shard(self._next_indices(cfg.batch_size * self.world_size)))
            # A gang all-reduces the gradients once, in the step's last backward.
            sync = self.gang is None or micro == gas - 1
            with self._gradient_sync(sync):
                logits = logits_of(self._train_forward(**self._to_device(inputs)))
                loss = self._loss(logits, labels.to(self.device, non_blocking=True))
                loss_sum = loss.detach() if loss_sum is None else loss_sum + loss.detach()
                (loss * multiplier).backward()
        assert loss_sum is not None
        mean_loss = loss_sum / gas if gas > 1 else loss_sum
        if self.gang is not None:
            mean_loss = self.gang.mean_tensor_(mean_loss.float())

        self._grads_to_masters()
        grads_of = self._masters_with_grad()
        if scale is not None and scale != 1.0:
            torch._foreach_mul_([p.grad for p in grads_of], 1.0 / scale)
        if cfg.max_grad_norm > 0:
            norm = torch.nn.utils.clip_grad_norm_(grads_of, cfg.max_grad_norm)
        else:
            norm = _total_norm([p.grad for p in grads_of])
        norm = sharding.whole(norm)  # a shard's norm is the gang's (replicated)
        # The one host sync of a step, made before the update so that a non-finite step never reaches
        # the weights (the worker reports both values every step anyway).
        grad_norm, loss_value = torch.stack([norm.float(), mean_loss.float()]).tolist()

        lr = lr_at(self.optimizer_step, cfg)
        if self._scaler is not None:
            at_minimum = self._scaler.at_minimum
            if self._scaler.update(math.isfinite(grad_norm)):
                if at_minimum:
                    raise WorkerError(
                        Code.FAILED_PRECONDITION,
                        f"fp16 gradients are not finite even at the minimum loss scale {self._scaler.min_scale} "
                        f"(optimizer step {self.optimizer_step}); training diverged: lower lr, enable clipping "
                        "(max_grad_norm) or use bf16/fp32",
                        optimizer_step=self.optimizer_step,
                    )
                return _StepOutcome(loss_value, grad_norm, lr, True, scale, False)
        if not (math.isfinite(loss_value) and math.isfinite(grad_norm)):
            return _StepOutcome(loss_value, grad_norm, lr, True, scale, True)

        for group in self.optimizer.param_groups:
            group["lr"] = lr
        self.optimizer.step()
        self._write_working_weights()
        self.optimizer_step += 1
        return _StepOutcome(loss_value, grad_norm, lr, False, scale, False)

    def _gradient_sync(self, enabled: bool) -> contextlib.AbstractContextManager:
        """Whether this backward reduces the gradients across the gang (only a step's last micro-batch does)."""
        if enabled:
            return contextlib.nullcontext()
        if self.sharded:
            return sharding.gradient_sync(self.model, False)
        return self._train_forward.no_sync()

    def _check_nonfinite(self, out: _StepOutcome) -> None:
        """Apply ``on_nonfinite`` to a step already reported: count a run of non-finite steps, and end
        training when the policy says so."""
        if not out.nonfinite:
            self._nonfinite_run = 0
            return
        self._nonfinite_run += 1
        cfg = self.config
        if cfg.on_nonfinite is NonfinitePolicy.SKIP_STEP and self._nonfinite_run < cfg.max_nonfinite_steps:
            return
        what = "loss" if not math.isfinite(out.loss) else "gradient norm"
        run = "" if cfg.on_nonfinite is NonfinitePolicy.FAIL else f" for {self._nonfinite_run} steps in a row"
        raise WorkerError(
            Code.FAILED_PRECONDITION,
            f"the training {what} is not finite{run} at optimizer step {self.optimizer_step + 1} "
            f"(loss {out.loss}, gradient norm {out.grad_norm}); the weights were not updated. Lower the learning "
            "rate, check the data's labels, or set training.on_nonfinite to skip_step to skip such steps",
            optimizer_step=self.optimizer_step,
            loss=out.loss,
            grad_norm=out.grad_norm,
            policy=cfg.on_nonfinite.value,
        )

    def run_steps(
        self,
        num_steps: int,
        on_step: Callable[[StepRecord], None] | None = None,
        should_stop: Callable[[], bool] | None = None,
        plan: Mapping[str, TensorPlan] | None = None,
        quant_counter: int = 0,
        on_quant_error: ErrorCallback | None = None,
    ) -> SegmentSummary:
        """Train until ``num_steps`` more optimizer steps are counted (skipped steps don't count), or until
        ``should_stop()`` (polled before each step) returns True.

        ``plan`` gives the bits and mixing of each quantized tensor for the whole segment (empty: plain
        training); ``quant_counter`` is the quantized-step counter n at its first step, which seeds
        stochastic rounding; ``on_quant_error`` receives the error of tensors whose plan asks for it.
        A non-finite step is reported to ``on_step`` before ``on_nonfinite`` ends the segment."""
        if num_steps < 0:
            raise WorkerError(Code.INVALID_ARGUMENT, f"num_steps must be >= 0, got {num_steps}")
        if plan and self._rewriter is None:
            raise WorkerError(Code.FAILED_PRECONDITION, "a segment with a quantization plan needs ConfigureQuantization first")
        if self._rewriter is not None:
            self._rewriter.start_segment(plan or {}, quant_counter, on_quant_error)
        self.model.train()
        start = time.perf_counter()
        per_step_examples = self.config.batch_size * self.config.gradient_accumulation_steps * self.world_size
        steps_run = skipped = nonfinite = examples = 0
        losses: list[float] = []
        try:
            while steps_run < num_steps:
                stop = should_stop is not None and should_stop()
                # Every rank leaves at the same step, or the others would wait in the next all-reduce.
                if self.gang is not None:
                    stop = self.gang.any(stop)
                if stop:
                    break
                out = self._step()
                self.steps_attempted += 1
                examples += per_step_examples
                if out.nonfinite:
                    nonfinite += 1
                elif out.skipped:
                    skipped += 1
                else:
                    steps_run += 1
                losses.append(out.loss)
                if on_step is not None:
                    on_step(StepRecord(
                        optimizer_step=self.optimizer_step,
                        loss=out.loss,
                        lr=out.lr,
                        grad_norm=out.grad_norm,
                        loss_scale=out.loss_scale,
                        skipped=out.skipped,
                        examples=per_step_examples,
                        wall_time=time.time(),
                        nonfinite=out.nonfinite,
                    ))
                self._check_nonfinite(out)
        except WorkerError:
            raise
        except Exception as exc:
            if is_out_of_memory(exc):
                raise WorkerError(
                    Code.OUT_OF_MEMORY,
                    f"out of memory during a training step with batch_size {self.config.batch_size} on {self.device}: "
                    f"{exc}; lower batch_size (use gradient_accumulation_steps to keep the effective batch)",
                    batch_size=self.config.batch_size,
                ) from exc
            raise
        finite = [x for x in losses if math.isfinite(x)]
        mean_loss = sum(finite) / len(finite) if finite else float("nan")
        return SegmentSummary(
            optimizer_step=self.optimizer_step,
            steps_run=steps_run,
            skipped_steps=skipped,
            nonfinite_steps=nonfinite,
            mean_loss=mean_loss,
            seconds=time.perf_counter() - start,
            examples=examples,
            epoch=self.epoch,
        )

    # ----------------------------------------------------------------------------------- eigenvalues
    def compute_block_eigenvalues(
        self, layer_name: str, layer_num: int, config: EigenConfig, seed: int, counter: int
    ) -> list[BlockEigenvalue]:
        """The dominant Hessian eigenvalue of each of the first ``layer_num`` blocks of the module list at
        ``layer_name`` (SEMANTICS.md §4; the math and its choices are in :mod:`moqlab.eigen`).

        - **Batch:** the first micro-batch of the next optimizer step (peeked: the data position does not
          move, so the run trains on exactly the batches it would have without this call).
        - **Loss:** the training loss (:meth:`_loss`) of that batch on the working weights in their working
          dtype; with fp16 the loss is multiplied by the current loss scale and the scale is undone in λ.
        - **Eval mode** during the computation (train mode is restored after): dropout is off, so the
          power iteration measures the deterministic network, normalisation layers do not update running
          statistics, and no random number is drawn. As a guard for models that draw random numbers
          anyway, the global CPU (and the device's CUDA) RNG state is saved and restored around it.
          Together: a run that computes eigenvalues trains bitwise like one that does not.
        - **Start vectors:** the block's previous eigenvector (``self._eigenvectors``, by block name) when
          there is one of the right shapes; otherwise a random unit vector from
          :func:`moqlab.eigen.start_generator` ``(seed, counter, block index)`` (SplitMix64 chained over the
          three), drawn on the CPU.
        - ``create_graph`` is used here only, and the graph is released before returning; parameter
          ``.grad`` tensors are not touched. Ordinary steps are unaffected.
        - ``seconds`` of each result is that block's power iteration; the forward and the shared
          ``create_graph`` backward are not in it.
        """
        if self.sharded:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                "eigenvalues need Hessian-vector products through whole blocks, which an FSDP gang does not run: "
                "use distributed.data_parallel ddp, or turn eigenvalues off",
                field="data_parallel",
            )
        blocks = resolve_blocks(self.model, layer_name, layer_num)
        config.validate()
        for key, value in (("seed", seed), ("counter", counter)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise WorkerError(Code.INVALID_ARGUMENT, f"eigenvalues: {key} must be an integer >= 0, got {value!r}",
                                  field=key)
        start: list[list[torch.Tensor]] = []
        for index, (name, params) in enumerate(blocks):
            tensors = [p for _, p in params]
            warm = usable_start(self._eigenvectors.get(name), tensors)
            start.append(warm if warm is not None else random_start(tensors, start_generator(seed, counter, index)))
        inputs, labels = self.data.train.batch(self._shard(self._peek_indices(self.config.batch_size * self.world_size)))
        scale = self._scaler.scale if self._scaler is not None else 1.0

        was_training = self.model.training
        cpu_rng = torch.get_rng_state()
        cuda_rng = torch.cuda.get_rng_state(self.device) if self.device.type == "cuda" else None
        self.model.eval()
        try:
            with torch.enable_grad(), double_backward_attention():
                logits = logits_of(self.model(**self._to_device(inputs)))
                loss = self._loss(logits, labels.to(self.device, non_blocking=True))
                del logits
                if scale != 1.0:
                    loss = loss * scale
                results, finals = block_eigenvalues(loss, blocks, config, loss_scale=scale, start=start)
                del loss
        except WorkerError:
            raise
        except Exception as exc:
            if is_out_of_memory(exc):
                raise WorkerError(
                    Code.OUT_OF_MEMORY,
                    f"out of memory computing block eigenvalues (Hessian-vector products need about twice a training "
                    f"step's activation memory) with batch_size {self.config.batch_size} on {self.device}: {exc}; "
                    "lower batch_size (use gradient_accumulation_steps to keep the effective batch)",
                    batch_size=self.config.batch_size,
                ) from exc
            raise
        finally:
            self.model.train(was_training)
            torch.set_rng_state(cpu_rng)
            if cuda_rng is not None:
                torch.cuda.set_rng_state(cuda_rng, self.device)
        for (name, _), vector in zip(blocks, finals):
            self._eigenvectors[name] = vector
        if self.gang is not None:
            # SEMANTICS.md §4: every rank takes the schedule of the mean over the ranks' batches.
            self.local_eigenvalues = [r.eigenvalue for r in results]
            means = self.gang.mean(self.local_eigenvalues)
            results = [dataclasses.replace(r, eigenvalue=m) for r, m in zip(results, means)]
        return results

    # ----------------------------------------------------------------------------------- evaluation
    def evaluate(
        self, batch_size: int, max_examples: int = 0, on_progress: Callable[[int, int], None] | None = None
    ) -> EvalSummary:
        """Metrics (``data.metrics``) and mean loss on the first ``max_examples`` (0 = all) eval examples; each
        further evaluation set of the data (``data.extra_evals``, e.g. MNLI mismatched) adds its metrics and
        loss as ``<name>/<metric>`` and ``<name>/loss``."""
        if batch_size < 1:
            raise WorkerError(Code.INVALID_ARGUMENT, f"evaluation batch_size must be >= 1, got {batch_size}")
        if max_examples < 0:
            raise WorkerError(Code.INVALID_ARGUMENT, f"max_examples must be >= 0 (0 = all), got {max_examples}")
        start = time.perf_counter()
        metrics, loss, total = self._evaluate_split(self.data.eval, batch_size, max_examples, on_progress)
        for name, split in self.data.extra_evals.items():
            extra, extra_loss, _ = self._evaluate_split(split, batch_size, max_examples, on_progress)
            metrics.update({f"{name}/{k}": v for k, v in extra.items()})
            metrics[f"{name}/loss"] = extra_loss
        return EvalSummary(
            metrics=metrics,
            loss=loss,
            examples=total,
            seconds=time.perf_counter() - start,
            optimizer_step=self.optimizer_step,
        )

    def _evaluate_split(
        self, split: Any, batch_size: int, max_examples: int, on_progress: Callable[[int, int], None] | None
    ) -> tuple[dict[str, float], float, int]:
        total = len(split) if max_examples == 0 else min(len(split), max_examples)
        if total == 0:
            raise WorkerError(Code.FAILED_PRECONDITION, "the evaluation split is empty")
        was_training = self.model.training
        self.model.eval()
        preds: list[torch.Tensor] = []
        labels_all: list[torch.Tensor] = []
        loss_sum = torch.zeros((), dtype=torch.float64, device=self.device)
        try:
            with torch.no_grad():
                for begin in range(0, total, batch_size):
                    end = min(begin + batch_size, total)
                    inputs, labels = split.batch(torch.arange(begin, end))
                    labels = labels.to(self.device, non_blocking=True)
                    logits = logits_of(self.model(**self._to_device(inputs)))
                    loss_sum += self._loss(logits, labels, reduction="sum").double()
                    preds.append(self._predict(logits))
                    labels_all.append(labels)
                    if on_progress is not None:
                        on_progress(end, total)
        except WorkerError:
            raise
        except Exception as exc:
            if is_out_of_memory(exc):
                raise WorkerError(
                    Code.OUT_OF_MEMORY,
                    f"out of memory during evaluation with batch_size {batch_size} on {self.device}: {exc}; "
                    "lower the evaluation batch_size",
                    batch_size=batch_size,
                ) from exc
            raise
        finally:
            self.model.train(was_training)
        metrics = compute_metrics(list(self.data.metrics), torch.cat(preds).cpu(), torch.cat(labels_all).cpu())
        return metrics, float(loss_sum) / total, total

    # ----------------------------------------------------------------------------------- checkpoints
    def _apply_hparams(self) -> None:
        cfg = self.config
        for group in self.optimizer.param_groups:
            group["betas"] = (cfg.beta1, cfg.beta2)
            group["eps"] = cfg.eps
            if group["weight_decay"] != 0.0:
                group["weight_decay"] = cfg.weight_decay
            group["lr"] = lr_at(self.optimizer_step, cfg)

    def save_checkpoint(self, path: str, controller_state: str = "") -> int:
        """Everything needed to continue bitwise-identically, plus the controller's opaque state (its
        bit schedule); returns the bytes written. In a gang every rank calls it (their RNG states are
        gathered) and rank 0 writes; the others return 0."""
        rank_rngs = self.gang.gather(torch.get_rng_state()) if self.gang is not None else None
        # Whole tensors (an FSDP gang gathers its shards here, on every rank); the same tensors otherwise.
        masters = {s.name: sharding.whole(s.master.detach()) for s in self.slots}
        model_state = {name: sharding.whole(t) for name, t in self.model.state_dict().items()}
        optimizer_state = sharding.whole_optimizer_state(self.optimizer.state_dict())
        if self.gang is not None and not self.gang.leader:
            return 0
        state = {
            "controller_state": controller_state,
            "precision": self.precision.value,
            "working_dtype": dtype_name(self.working_dtype),
            "param_names": [s.name for s in self.slots],
            "separate_masters": [s.name for s in self._separate],
            # Aliased masters share storage with the model state; torch.save writes each storage once.
            "masters": masters,
            "model": model_state,
            "optimizer": optimizer_state,
            "scaler": self._scaler.state_dict() if self._scaler is not None else None,
            "optimizer_step": self.optimizer_step,
            "nonfinite_run": self._nonfinite_run,
            "epoch": self.epoch,
            "position": self.position,
            "num_train_examples": self.num_train,
            "data_seed": self._data_seed,
            "data_generator": self._data_gen.get_state(),
            "torch_rng": torch.get_rng_state(),
            # A gang's per-rank CPU RNG states (dropout masks), for a resume on the same world size.
            "rank_torch_rngs": rank_rngs,
            "cuda_rng": torch.cuda.get_rng_state_all() if self.device.type == "cuda" else None,
            "config": self.config.to_dict(),
            # torch.__version__ is a TorchVersion (a str subclass), which weights_only loading refuses.
            "torch_version": str(torch.__version__),
            # SEMANTICS.md §8: the last eigenvector per block (the next computation's warm start)
            "eigenvectors": {name: [t.detach().cpu() for t in v] for name, v in self._eigenvectors.items()},
        }
        return ckpt.write_checkpoint(path, state)

    def _load_model_state(self, whole_state: Mapping[str, torch.Tensor]) -> None:
        """``model.load_state_dict`` of a checkpoint's whole tensors; an FSDP gang keeps each rank's rows."""
        if not self.sharded:
            self.model.load_state_dict(whole_state)
            return
        own = self.model.state_dict()
        missing, unexpected = sorted(set(own) - set(whole_state)), sorted(set(whole_state) - set(own))
        if missing or unexpected:
            raise RuntimeError(f"missing keys {missing[:5]}, unexpected keys {unexpected[:5]}")
        for name, target in own.items():
            if tuple(target.shape) != tuple(whole_state[name].shape):
                raise RuntimeError(f"{name}: shape {tuple(whole_state[name].shape)} in the checkpoint, {tuple(target.shape)} in the model")
            sharding.copy_whole_(target, whole_state[name])

    def load_checkpoint(self, path: str, sha256: str = "") -> str:
        """Restore a checkpoint written by :meth:`save_checkpoint` for the same model and data; returns
        the controller state saved with it.

        The hyperparameters (lr schedule, betas, eps, weight decay, clipping) stay those of this trainer's
        config; the data order (seed, epoch, position), RNG states, optimizer moments and weights come
        from the checkpoint.
        """
        state = ckpt.read_checkpoint(path, sha256)
        if state["working_dtype"] != dtype_name(self.working_dtype):
            raise WorkerError(
                Code.FAILED_PRECONDITION,
                f"checkpoint {path!r} was trained with {state['precision']} working weights; configure training with "
                f"precision {state['precision']} before loading it (this trainer uses {self.precision.value})",
                path=path,
            )
        names = [s.name for s in self.slots]
        if list(state["param_names"]) != names:
            missing = sorted(set(names) - set(state["param_names"]))
            extra = sorted(set(state["param_names"]) - set(names))
            raise WorkerError(
                Code.FAILED_PRECONDITION,
                f"checkpoint {path!r} is for a different model: parameters missing from it {missing[:5]}, "
                f"unexpected in it {extra[:5]}" + ("" if missing or extra else " (same names, different order)"),
                path=path,
            )
        if int(state["num_train_examples"]) != self.num_train:
            raise WorkerError(
                Code.FAILED_PRECONDITION,
                f"checkpoint {path!r} was saved with a training split of {state['num_train_examples']} examples; the "
                f"loaded data set has {self.num_train}. Load the same data set before resuming, so that the saved "
                "position in the epoch means the same",
                path=path,
            )
        self._unalias_masters(set(state["separate_masters"]) - {s.name for s in self._separate})
        try:
            self._load_model_state(state["model"])
        except RuntimeError as exc:
            raise WorkerError(
                Code.FAILED_PRECONDITION, f"checkpoint {path!r} does not fit this model: {exc}", path=path
            ) from exc
        for s in self._separate:
            sharding.copy_whole_(s.master, state["masters"][s.name])
        optimizer_state = state["optimizer"]
        if self.sharded:
            params = [p for group in self.optimizer.param_groups for p in group["params"]]
            optimizer_state = sharding.sharded_optimizer_state(optimizer_state, params)
        self.optimizer.load_state_dict(optimizer_state)
        self._apply_hparams()
        if self._scaler is not None and state["scaler"] is not None:
            self._scaler.load_state_dict(state["scaler"])
        self.optimizer_step = int(state["optimizer_step"])
        self._nonfinite_run = int(state.get("nonfinite_run", 0))  # absent from checkpoints before on_nonfinite
        self._data_seed = int(state["data_seed"])
        self.epoch = int(state["epoch"])
        self.position = int(state["position"])
        self._perm = self._make_perm(self.epoch)
        self._data_gen.set_state(state["data_generator"])
        rank_rngs = state.get("rank_torch_rngs")
        if self.gang is None or (rank_rngs is not None and len(rank_rngs) == self.world_size):
            torch.set_rng_state(state["torch_rng"] if self.gang is None else rank_rngs[self.rank])
        else:
            # Another world size: the data order and weights resume exactly; dropout masks start afresh.
            torch.manual_seed(self.config.seed + self.optimizer_step * self.world_size + self.rank)
        saved_vectors = state.get("eigenvectors") or {}  # absent from checkpoints written before eigenvalues
        self._eigenvectors = {
            str(name): [t.to(device=self.device, dtype=torch.float32) for t in v] for name, v in saved_vectors.items()
        }
        if state.get("cuda_rng") is not None and self.device.type == "cuda":
            cuda_states = state["cuda_rng"]
            if len(cuda_states) == torch.cuda.device_count():
                torch.cuda.set_rng_state_all(cuda_states)
            else:
                torch.cuda.set_rng_state(cuda_states[0], self.device)
        return str(state.get("controller_state", ""))

