"""``QuantLinear``: an ``nn.Linear`` replacement that holds packed weights, and the kernel backends.

``QuantLinear.forward(x)`` computes ``x @ dequant(W).T + b`` (``x``: ``(..., in_features)``). Which
code computes it is chosen per call, by availability:

1. the backend named by the layer's ``backend`` attribute, if not ``"auto"`` (``"reference"`` forces
   the oracle; a registered backend that cannot run the call falls back to the reference);
2. with ``"auto"``, the registered *verified* backends in priority order (highest first): the first
   whose ``available()`` is true and whose ``supports(layer, x)`` accepts the call runs it. A backend
   registered with ``verified=False`` (one whose kernels have not yet passed their tests on the
   hardware they target) runs only when a layer names it, or under ``auto`` when the environment sets
   ``MOQLAB_UNVERIFIED_KERNELS=1``;
3. otherwise the reference (:func:`.reference.linear_reference`), which is always available.

A backend (e.g. a Triton or CUDA kernel) implements :class:`Backend`: ``available()`` is cached by the
caller per process (import triton, CUDA present); ``supports`` decides per call (device, bits, packing,
shape, batch size M: a weight-only kernel should decline large M where the dense path wins);
``prepare(layer)`` runs once per layer and device and may re-layout the packed weights for the kernel
(spec/kernels.md: re-layout at load time, never per call); its result is kept on the layer and passed
to ``linear``. Register with :func:`register_backend`.

Dense paths (the reference, and a backend's fallback past the fused kernel's crossover) multiply by the
dequantized weight. ``dense`` (:class:`DenseWeight`) says whether that weight is made on every call
(``per-call``, the default: the layer holds only its packed bytes) or made once per dtype and kept
(``cached``: a dense call then costs what ``F.linear`` costs, at the price of a 16-bit copy of the weight
in memory; spec/kernels.md "Large M"). Backends get it from :meth:`QuantLinear.dense_weight`.

The layer's state dict is ``qweight``, ``scales``, optionally ``zeros``, and ``bias`` (all buffers):
the same names export writes (``<module>.qweight`` ...), so ``model.state_dict()`` of a loaded model
matches the file. A kept dense weight is not part of it.
"""

from __future__ import annotations

import dataclasses
import enum
import os
import threading
from typing import Any, Callable, Protocol, runtime_checkable

import torch
from torch import nn

from ..errors import Code, WorkerError
from ..quant.grouping import GroupLayout
from .pack import PackedWeight
from .reference import dequantize_packed, linear_reference

REFERENCE = "reference"
AUTO = "auto"


class DenseWeight(str, enum.Enum):
    """What a layer's dense path does with the dequantized weight (module docstring)."""

    PER_CALL = "per-call"
    CACHED = "cached"

    @classmethod
    def parse(cls, value: "DenseWeight | str") -> "DenseWeight":
        try:
            return cls(value)
        except ValueError:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"unknown dense-weight mode {value!r}; use one of {[m.value for m in cls]}",
                value=str(value),
            ) from None


@runtime_checkable
class Backend(Protocol):
    """A kernel implementation of ``QuantLinear.forward``."""

    name: str

    def available(self) -> bool:
        """Whether the backend can run in this process at all (imports, devices); checked once."""

    def supports(self, layer: "QuantLinear", x: torch.Tensor) -> bool:
        """Whether it runs this call (device, dtype, bits, packing, layout, M)."""

    def prepare(self, layer: "QuantLinear") -> Any:
        """Once per layer and device: any re-layout of the packed weights (return None if none)."""

    def linear(self, layer: "QuantLinear", x: torch.Tensor, prepared: Any) -> torch.Tensor:
        """``x @ dequant(W).T + bias`` in ``x.dtype``."""


@dataclasses.dataclass
class _Entry:
    backend: Backend
    priority: int
    verified: bool
    available: bool | None = None


UNVERIFIED_ENV = "MOQLAB_UNVERIFIED_KERNELS"


def unverified_in_auto() -> bool:
    """Whether ``auto`` may pick backends registered with ``verified=False`` (read per dispatch, so a test or a
    GPU check can set it for one process)."""
    return os.environ.get(UNVERIFIED_ENV) == "1"


_REGISTRY: dict[str, _Entry] = {}
_LOCK = threading.Lock()


def register_backend(backend: Backend, *, priority: int = 0, replace: bool = False, verified: bool = True) -> None:
    """Register a kernel backend under ``backend.name`` (higher ``priority`` is tried first); ``auto`` skips it
    while ``verified`` is false (module docstring)."""
    name = getattr(backend, "name", None)
    if not isinstance(name, str) or not name or name in (REFERENCE, AUTO):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"a backend needs a name other than {REFERENCE!r} and {AUTO!r}, got {name!r}",
        )
    for method in ("available", "supports", "prepare", "linear"):
        if not callable(getattr(backend, method, None)):
            raise WorkerError(Code.INVALID_ARGUMENT, f"backend {name!r} has no method {method}()", backend=name)
    with _LOCK:
        if name in _REGISTRY and not replace:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"a backend named {name!r} is already registered; pass replace=True to replace it",
                backend=name,
            )
        _REGISTRY[name] = _Entry(backend, int(priority), bool(verified))


def unregister_backend(name: str) -> None:
    with _LOCK:
        _REGISTRY.pop(name, None)


def _is_available(entry: _Entry) -> bool:
    if entry.available is None:
        try:
            entry.available = bool(entry.backend.available())
        except Exception:  # a kernel that cannot even probe is not available
            entry.available = False
    return entry.available


def reset_availability() -> None:
    """Forget the cached ``available()`` answers, so the next dispatch asks again (after the process's
    environment changed, e.g. ``TRITON_INTERPRET`` set by a test)."""
    with _LOCK:
        for entry in _REGISTRY.values():
            entry.available = None


def available_backends() -> list[str]:
    """Names of the backends that can run here, in dispatch order, ending with ``"reference"``."""
    with _LOCK:
        entries = sorted(_REGISTRY.values(), key=lambda e: -e.priority)
    return [e.backend.name for e in entries if _is_available(e)] + [REFERENCE]


def _check_backend_name(name: object) -> str:
    if not isinstance(name, str) or (name not in (AUTO, REFERENCE) and name not in _REGISTRY):
        known = [AUTO, REFERENCE, *sorted(_REGISTRY)]
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"unknown kernel backend {name!r}; known: {known}",
            backend=name,
            known=known,
        )
    return name


class QuantLinear(nn.Module):
    """``y = x @ dequant(W).T + b`` from packed weights (see :mod:`.pack` for the format).

    Build it with :meth:`from_packed`. Attributes: ``in_features``, ``out_features``, ``bits``,
    ``symmetric``, ``layout`` (:class:`~moqlab.quant.GroupLayout`), ``weight_dtype`` (the trained
    weight's dtype), ``backend`` (``"auto"``, ``"reference"`` or a registered name; may be changed),
    ``dense`` (:class:`DenseWeight`; may be changed, setting it back to ``per-call`` frees the kept copy).
    ``weight`` is the dequantized weight, computed on each access (for code that reads it).
    """

    qweight: torch.Tensor
    scales: torch.Tensor

    def __init__(
        self,
        in_features: int,
        out_features: int,
        *,
        bits: int,
        symmetric: bool,
        layout: GroupLayout,
        qweight: torch.Tensor,
        scales: torch.Tensor,
        zeros: torch.Tensor | None = None,
        bias: torch.Tensor | None = None,
        weight_dtype: torch.dtype = torch.float32,
        backend: str = AUTO,
        dense: DenseWeight | str = DenseWeight.PER_CALL,
    ) -> None:
        super().__init__()
        self.in_features = int(in_features)
        self.out_features = int(out_features)
        self.bits = int(bits)
        self.symmetric = bool(symmetric)
        self.layout = layout
        self.weight_dtype = weight_dtype
        self.backend = _check_backend_name(backend)
        self.register_buffer("qweight", qweight)
        self.register_buffer("scales", scales)
        self.register_buffer("zeros", zeros)
        self.register_buffer("bias", bias)
        self._prepared: dict[tuple[str, str, int], Any] = {}
        self._dense_kept: dict[torch.dtype, tuple[tuple[int, ...], torch.Tensor]] = {}
        self.dense = dense
        self.packed().validate("QuantLinear")

    @classmethod
    def from_packed(
        cls, pw: PackedWeight, bias: torch.Tensor | None = None, *, backend: str = AUTO,
        dense: DenseWeight | str = DenseWeight.PER_CALL,
    ) -> "QuantLinear":
        if len(pw.shape) != 2:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"QuantLinear needs a 2-D (out, in) weight, got shape {pw.shape}",
                shape=pw.shape,
            )
        if bias is not None and tuple(bias.shape) != (pw.out_features,):
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"bias of shape {tuple(bias.shape)} does not fit {pw.out_features} output features",
            )
        return cls(
            pw.in_features, pw.out_features, bits=pw.bits, symmetric=pw.symmetric, layout=pw.layout,
            qweight=pw.qweight, scales=pw.scales, zeros=pw.zeros, bias=bias, weight_dtype=pw.dtype, backend=backend,
            dense=dense,
        )

    def packed(self) -> PackedWeight:
        """The layer's weight as a :class:`PackedWeight` (views of the buffers)."""
        return PackedWeight(
            self.qweight, self.scales, self.zeros, self.bits, self.symmetric, self.layout,
            (self.out_features, self.in_features), self.weight_dtype,
        )

    def dequantized_weight(self, dtype: torch.dtype | None = None) -> torch.Tensor:
        return dequantize_packed(self.packed(), dtype)

    @property
    def weight(self) -> torch.Tensor:  # type: ignore[override]
        return self.dequantized_weight()

    @property
    def dense(self) -> DenseWeight:
        return self._dense

    @dense.setter
    def dense(self, value: DenseWeight | str) -> None:
        self._dense = DenseWeight.parse(value)
        if self._dense is DenseWeight.PER_CALL:
            self._dense_kept = {}

    def _packed_stamp(self) -> tuple[int, ...]:
        """Changes whenever the packed buffers do, in place (``load_state_dict``) or replaced."""
        parts = [self.qweight, self.scales] + ([] if self.zeros is None else [self.zeros])
        # tensors made under inference_mode keep no version counter (and cannot change outside it)
        return tuple(v for t in parts for v in (t.data_ptr(), -1 if t.is_inference() else t._version))

    def dense_weight(self, dtype: torch.dtype, make: Callable[[], torch.Tensor] | None = None) -> torch.Tensor:
        """The dequantized ``(out, in)`` weight in ``dtype`` for a dense path: ``make()`` (default: the
        reference dequantization), kept for later calls when ``dense`` is ``cached``."""
        produce = make or (lambda: self.dequantized_weight(dtype))
        if self._dense is DenseWeight.PER_CALL:
            return produce()
        stamp = self._packed_stamp()
        kept = self._dense_kept.get(dtype)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        weight = produce()
        if not (weight.is_cuda and torch.cuda.is_current_stream_capturing()):
            # made inside a CUDA graph capture, its contents exist only once the graph is replayed
            self._dense_kept[dtype] = (stamp, weight)
        return weight

    def reference(self, x: torch.Tensor) -> torch.Tensor:
        """The oracle's answer for ``x`` (:func:`.reference.linear_reference`): what runs when no backend does."""
        return linear_reference(x, self.packed(), self.bias, weight=self.dense_weight(torch.float32))

    def _apply(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._prepared = {}  # buffers move or change dtype: backends prepare again
        self._dense_kept = {}
        return super()._apply(fn, *args, **kwargs)

    def _backend_for(self, x: torch.Tensor) -> _Entry | None:
        if self.backend == REFERENCE:
            return None
        if self.backend != AUTO:
            entry = _REGISTRY.get(self.backend)
            if entry is None:
                _check_backend_name(self.backend)
            candidates = [entry] if entry is not None else []
        else:
            unverified = unverified_in_auto()
            candidates = sorted((e for e in _REGISTRY.values() if e.verified or unverified), key=lambda e: -e.priority)
        for entry in candidates:
            if _is_available(entry) and entry.backend.supports(self, x):
                return entry
        return None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.shape[-1] != self.in_features:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"QuantLinear expects inputs of shape (..., {self.in_features}), got {tuple(x.shape)}",
            )
        entry = self._backend_for(x)
        if entry is None:
            return self.reference(x)
        key = (entry.backend.name, str(self.qweight.device), id(self.qweight))
        if key not in self._prepared:
            self._prepared[key] = entry.backend.prepare(self)
        return entry.backend.linear(self, x, self._prepared[key])

    def selected_backend(self, x: torch.Tensor) -> str:
        """The name of the backend :meth:`forward` would use for ``x``."""
        entry = self._backend_for(x)
        return REFERENCE if entry is None else entry.backend.name

    def extra_repr(self) -> str:
        lay = self.layout.to_dict()
        return (
            f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}, "
            f"bits={self.bits}, symmetric={self.symmetric}, layout={lay['kind']}:{lay['size']}, backend={self.backend}, dense={self._dense.value}"
        )
