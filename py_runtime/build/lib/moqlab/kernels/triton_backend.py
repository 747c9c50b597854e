"""The Triton backends of ``QuantLinear`` (registered by :mod:`moqlab.kernels`):

- ``triton``: the fused dequantize-GEMM of :mod:`.triton_kernels` (int8 and int4 containers, symmetric
  or asymmetric with ``uint8`` zeros, groups that are a multiple of 32 along the input or one scale per
  output channel or tensor; fp16/bf16 activations; any M). Under ``backend="auto"`` it takes a call only
  where :mod:`.dispatch` says the fused kernel beats the dense path for that shape and M; a layer set to
  ``backend="triton"`` always runs it.
- ``triton-dense``: the dense path it falls back to, one-pass Triton dequantization into the
  activation dtype, then ``F.linear`` (cuBLAS); the dequantized weight is kept between calls where the
  layer's ``dense`` is ``cached`` (:class:`~.quant_linear.DenseWeight`), so a dense call is ``F.linear``.

Both need triton and a CUDA tensor; with ``TRITON_INTERPRET=1`` they also take CPU tensors (Triton's
interpreter, for tests). Nothing here imports triton until a backend is asked whether it is available.

A kernel that fails to run (a Triton version that cannot compile it, a driver error) is switched off for
the process with a warning naming the error, and the call is answered by the next path (the reference
for ``QuantLinear``, PyTorch for the rewrite): :func:`guarded`, :func:`disabled_kernels`. Out-of-memory
errors are not a kernel's fault and propagate.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import math
import os
import statistics
import threading
import warnings
import weakref
from typing import Any, Callable, TypeVar

import torch
import torch.nn.functional as F

from ..quant.grouping import LayoutKind
from .dispatch import CrossoverPolicy, Measurement, Path, env_max_m
from .pack import container_width, kernel_layout
from .reference import relative_difference

#: The Triton kernels have run only under Triton's CPU interpreter. Until ``scripts/gpu-check.sh tests``
#: passes on a GPU (docs/KERNELS.md), ``auto`` does not pick these backends (``MOQLAB_UNVERIFIED_KERNELS=1``
#: or ``backend="triton"`` opt in) and the MoQ rewrite runs fused only where the config's
#: ``quantizer_kernel`` asks for it.
GPU_VERIFIED = False

FUSED = "triton"
DENSE = "triton-dense"
_ACTIVATIONS = (torch.float16, torch.bfloat16)


_T = TypeVar("_T")
_DISABLED: dict[str, str] = {}
_DISABLED_LOCK = threading.Lock()


def disabled_kernels() -> dict[str, str]:
    """Kernels switched off in this process, with the error that switched each off."""
    with _DISABLED_LOCK:
        return dict(_DISABLED)


def enabled(kernel: str) -> bool:
    with _DISABLED_LOCK:
        return kernel not in _DISABLED


def guarded(kernel: str, run: Callable[[], _T], fallback: Callable[[], _T]) -> _T:
    """``run()``, or ``fallback()`` once ``kernel`` has failed in this process (module docstring)."""
    if enabled(kernel):
        try:
            return run()
        except torch.cuda.OutOfMemoryError:
            raise
        except Exception as e:  # any failure of the kernel itself: compile, launch, driver
            with _DISABLED_LOCK:
                _DISABLED[kernel] = f"{type(e).__name__}: {e}"
            warnings.warn(
                f"moqlab: the Triton kernel {kernel!r} failed ({type(e).__name__}: {str(e)[:300]}); it is switched "
                "off for this process and PyTorch code runs instead",
                RuntimeWarning,
                stacklevel=3,
            )
    return fallback()


def interpreting() -> bool:
    """Whether Triton runs its CPU interpreter (``TRITON_INTERPRET=1``)."""
    return os.environ.get("TRITON_INTERPRET") == "1"


def _kernels() -> Any:
    from . import triton_kernels

    return triton_kernels


def triton_available() -> bool:
    if importlib.util.find_spec("triton") is None:
        return False
    if not (interpreting() or torch.cuda.is_available()):
        return False
    _kernels()
    return True


def _device_ok(x: torch.Tensor) -> bool:
    return x.device.type == "cuda" or (interpreting() and x.device.type == "cpu")


@dataclasses.dataclass(frozen=True)
class Prepared:
    """A layer's packed parts as the kernels read them: scales and zeros as ``(out, in / g)`` (or one
    element), the group length ``g`` along the input, the fused kernel's K tile and the implicit zero
    point of symmetric codes."""

    width: int
    group: int
    block_k: int | None
    zero_point: int
    scales: torch.Tensor
    zeros: torch.Tensor | None
    bias: torch.Tensor | None


def _group(layer: Any) -> int | None:
    """``g`` along the input for the layer's layout, or None for chunks that straddle rows."""
    shape = (layer.out_features, layer.in_features)
    layout = kernel_layout(layer.layout, shape)
    if layout.kind is LayoutKind.GROUP_SIZE:
        return layout.size
    if layout.kind is LayoutKind.TENSOR:
        return layer.in_features
    return None


@dataclasses.dataclass(frozen=True)
class _Facts:
    """What a layer's format allows, worked out once per layer (dispatch runs on every call)."""

    width: int
    group: int | None
    block_k: int | None  # None: the fused kernel cannot tile it
    kernels_ok: bool


_FACTS: "weakref.WeakKeyDictionary[Any, tuple[tuple[Any, ...], _Facts]]" = weakref.WeakKeyDictionary()


def _facts(layer: Any) -> _Facts:
    stamp = (layer.qweight.data_ptr(), layer.bits, layer.layout, None if layer.zeros is None else layer.zeros.dtype)
    cached = _FACTS.get(layer)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    width = container_width(layer.bits)
    group = _group(layer)
    ok = (
        width in (8, 4)
        and layer.in_features % (8 // width) == 0
        and (layer.zeros is None or layer.zeros.dtype == torch.uint8)
        and group is not None
    )
    facts = _Facts(width, group, _kernels().block_k_for(group, layer.in_features, width) if ok else None, ok)
    _FACTS[layer] = (stamp, facts)
    return facts


def _common(layer: Any, x: torch.Tensor) -> bool:
    return (
        _device_ok(x)
        and x.device == layer.qweight.device
        and x.dtype in _ACTIVATIONS
        and _facts(layer).kernels_ok
    )


def prepare(layer: Any) -> Prepared:
    facts = _facts(layer)
    group = facts.group
    assert group is not None  # _common() checked it
    if layer.scales.numel() == 1:
        scales, zeros = layer.scales.reshape(1), None if layer.zeros is None else layer.zeros.reshape(1)
    else:
        shape = (layer.out_features, layer.in_features // group)
        scales = layer.scales.reshape(shape).contiguous()
        zeros = None if layer.zeros is None else layer.zeros.reshape(shape).contiguous()
    return Prepared(facts.width, group, facts.block_k, layer.packed().zero_point or 0, scales, zeros, layer.bias)


def _rows(x: torch.Tensor, k: int) -> torch.Tensor:
    return x.reshape(-1, k).contiguous()


def fused_linear(layer: Any, x: torch.Tensor, prep: Prepared) -> torch.Tensor:
    tk = _kernels()
    x2 = _rows(x, layer.in_features)
    y = tk.quant_linear(
        x2, layer.qweight, prep.scales, prep.zeros, prep.bias,
        width=prep.width, group=prep.group, block_k=prep.block_k, zero_point=prep.zero_point,
    )
    return y.reshape(*x.shape[:-1], layer.out_features)


def dense_linear(layer: Any, x: torch.Tensor, prep: Prepared) -> torch.Tensor:
    w = layer.dense_weight(x.dtype, lambda: _kernels().dequantize(
        layer.qweight, prep.scales, prep.zeros, in_features=layer.in_features, width=prep.width,
        group=prep.group, zero_point=prep.zero_point, dtype=x.dtype,
    ))
    return F.linear(x, w, None if prep.bias is None else prep.bias.to(x.dtype))


def _median_ms(fn: Any, reps: int = 5) -> float:
    times = []
    for _ in range(reps):
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        end.synchronize()
        times.append(start.elapsed_time(end))
    return statistics.median(times)


def measure(layer: Any, x: torch.Tensor, prep: Prepared) -> Measurement:
    """Both paths on ``x`` (warmed up once each, then the median of 5 timed calls) and their agreement.
    A fused kernel that fails measures infinitely slow (and is switched off by :func:`guarded`)."""
    fused = guarded(FUSED, lambda: fused_linear(layer, x, prep), lambda: None)
    if fused is None:
        return Measurement(math.inf, 0.0, 0.0)
    dense = guarded(DENSE, lambda: dense_linear(layer, x, prep), lambda: None)
    dense_path = (lambda: dense_linear(layer, x, prep)) if dense is not None else (lambda: layer.reference(x))
    if dense is None:
        dense = dense_path()
    error = relative_difference(fused, dense)
    return Measurement(_median_ms(lambda: fused_linear(layer, x, prep)), _median_ms(dense_path), error)


class TritonFusedBackend:
    """``triton``: the fused kernel, where :class:`~.dispatch.CrossoverPolicy` says it wins."""

    name = FUSED

    def __init__(self) -> None:
        self._policy: CrossoverPolicy | None = None

    @property
    def policy(self) -> CrossoverPolicy:
        if self._policy is None:  # read on first use, so that a bad MOQLAB_FUSED_MAX_M fails a forward, not an import
            self._policy = CrossoverPolicy(env_max_m())
        return self._policy

    def available(self) -> bool:
        return triton_available()

    def supports(self, layer: Any, x: torch.Tensor) -> bool:
        if not enabled(FUSED) or not _common(layer, x):
            return False
        facts = _facts(layer)
        if facts.block_k is None:
            return False
        if layer.backend == self.name:
            return True
        m = x.numel() // max(layer.in_features, 1)
        timeable = x.device.type == "cuda" and not torch.cuda.is_current_stream_capturing()
        key = (layer.out_features, layer.in_features, facts.width, facts.group, layer.zeros is not None, x.dtype, x.device,
               layer.dense)
        probe = (lambda: measure(layer, x, prepare(layer))) if timeable else None
        return self.policy.choose(key, m, facts.width, probe, lambda: layer.extra_repr()) is Path.FUSED

    def prepare(self, layer: Any) -> Prepared:
        return prepare(layer)

    def linear(self, layer: Any, x: torch.Tensor, prepared: Prepared) -> torch.Tensor:
        return guarded(FUSED, lambda: fused_linear(layer, x, prepared), lambda: layer.reference(x))


class TritonDenseBackend:
    """``triton-dense``: one-pass Triton dequantization, then ``F.linear``."""

    name = DENSE

    def available(self) -> bool:
        return triton_available()

    def supports(self, layer: Any, x: torch.Tensor) -> bool:
        return enabled(DENSE) and _common(layer, x)

    def prepare(self, layer: Any) -> Prepared:
        return prepare(layer)

    def linear(self, layer: Any, x: torch.Tensor, prepared: Prepared) -> torch.Tensor:
        return guarded(DENSE, lambda: dense_linear(layer, x, prepared), lambda: layer.reference(x))
