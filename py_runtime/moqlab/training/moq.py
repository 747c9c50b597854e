"""The MoQ rewrite as the trainer applies it: which tensors, at which bits and mixing, every step.

The controller decides the bits (policy); this module only executes a segment's plan. The math is in
``moqlab.quant``.
"""

from __future__ import annotations

import dataclasses
from typing import Callable, Mapping

import torch

from ..errors import Code, WorkerError
from ..kernels.fake_quant import moq_rewrite
from ..quant import PER_TENSOR, QuantScheme, fake_quantize, quantization_error, stochastic_generator


@dataclasses.dataclass(frozen=True)
class QuantSpec:
    """One quantized tensor: its index (which seeds its stochastic rounding) and its scheme (SEMANTICS.md §6);
    its bits come with each segment's plan."""

    index: int
    scheme: QuantScheme = PER_TENSOR


@dataclasses.dataclass(frozen=True)
class TensorPlan:
    """One tensor's bits and mixing during a segment (SEMANTICS.md §5)."""

    bits: int
    mixing: bool = False
    mix_count: int = 0
    change_ratio: float = 0.0
    report_error: bool = False

    def mix_ratio(self, j: int) -> float:
        """The unquantized share r at the segment's j-th counted step, from the count (not by subtraction)."""
        if not self.mixing:
            return 0.0
        return max(0.0, 1.0 - self.change_ratio * (self.mix_count + j))


# (tensor name, optimizer step, {"rel_mse", "sqnr_db", "max_abs"})
ErrorCallback = Callable[[str, int, Mapping[str, float]], None]


class MoqRewriter:
    """Rewrites working weights from their fp32 masters with the current segment's plan."""

    def __init__(self, specs: Mapping[str, QuantSpec], seed: int, fused_kernel: bool = False) -> None:
        self.specs = dict(specs)
        self.seed = int(seed)
        self.fused_kernel = bool(fused_kernel)  # the config's quantizer_kernel: same math, fused where it applies
        self.plan: dict[str, TensorPlan] = {}
        self.counter = 0
        self.position = 0
        self.on_error: ErrorCallback | None = None

    def start_segment(self, plan: Mapping[str, TensorPlan], counter: int, on_error: ErrorCallback | None) -> None:
        unknown = sorted(set(plan) - set(self.specs))
        if unknown:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"the segment plan names tensors ConfigureQuantization did not declare: {unknown[:5]}",
                tensors=unknown[:20],
            )
        for name, p in plan.items():
            if not 1 <= p.bits <= 16:
                raise WorkerError(Code.INVALID_ARGUMENT, f"plan for {name}: bits {p.bits} is outside 1..16", tensor=name)
        self.plan = dict(plan)
        self.counter = int(counter)
        self.position = 0
        self.on_error = on_error

    def _generator(self, spec: QuantSpec, device: torch.device) -> torch.Generator | None:
        if not spec.scheme.stochastic:
            return None
        return stochastic_generator(self.seed, self.counter + self.position, spec.index, device)

    def write(self, name: str, working: torch.Tensor, master: torch.Tensor, optimizer_step: int) -> bool:
        """Rewrites `working` if `name` is in the plan; False when the caller should copy as usual."""
        plan = self.plan.get(name)
        if plan is None:
            return False
        spec = self.specs[name]
        if plan.report_error and self.position == 0 and self.on_error is not None:
            w = master.to(working.dtype).float()
            q = fake_quantize(w, plan.bits, spec.scheme, generator=self._generator(spec, w.device))
            self.on_error(name, optimizer_step, quantization_error(w, q))
        moq_rewrite(
            working, master, plan.bits, plan.mix_ratio(self.position), spec.scheme,
            fused=self.fused_kernel, generator=self._generator(spec, working.device),
        )
        return True

    def step_done(self) -> None:
        """One counted optimizer step of the segment has been written."""
        self.position += 1

    def validate(self, name: str, master: torch.Tensor) -> None:
        """Fails now, naming the tensor, for settings its shape cannot take (rather than mid-training)."""
        if master.ndim < 2:
            raise WorkerError(Code.INVALID_ARGUMENT, f"{name} has shape {tuple(master.shape)}: only tensors of 2 or more dimensions are quantized", tensor=name)
        self.specs[name].scheme.layout.check(master.shape, name=name)
