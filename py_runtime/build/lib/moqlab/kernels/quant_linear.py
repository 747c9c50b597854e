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
dequantized weight, made per call or kept (``dense``, :class:`~.packed_module.DenseWeight`); backends get
it from :meth:`QuantLinear.dense_weight`.

The layer's state dict is ``qweight``, ``scales``, optionally ``zeros``, and ``bias`` (all buffers):
the same names export writes (``<module>.qweight`` ...), so ``model.state_dict()`` of a loaded model
matches the file. A kept dense weight is not part of it.
"""

from __future__ import annotations

import dataclasses
import os
import threading
from typing import Any, Iterator, Protocol, runtime_checkable

import torch

from ..errors import Code, WorkerError
from ..quant.grouping import GroupLayout
from .pack import PackedWeight
from .packed_module import DenseWeight, PackedModule
from .reference import linear_reference

REFERENCE = "reference"
AUTO = "auto"


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


#: A backend may also define ``codes(layer, prepared)``: the packed codes (``qweight``) recomputed from its
#: prepared layout, for prepared forms whose ``holds_codes`` is true. The layer then drops its own copy of the codes once the layout exists (one copy of
#: the weight in memory, not two) and asks ``codes`` whenever something reads them (``packed()``, the
#: reference, ``state_dict()``, a move).
CODES = "codes"

#: A backend whose class sets ``static_support = True`` promises that ``supports(layer, x)`` depends only
#: on the layer and ``x``'s device and dtype (not on M or the moment), so a layer may remember the
#: answer: dispatch then costs a dictionary lookup instead of tens of microseconds per call, which is
#: what small layers take in all.
STATIC_SUPPORT = "static_support"


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
#: Bumped whenever the registry or its availability answers change: layers' remembered choices expire.
_GENERATION = [0]


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
        _GENERATION[0] += 1


def unregister_backend(name: str) -> None:
    with _LOCK:
        _REGISTRY.pop(name, None)
        _GENERATION[0] += 1


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
        _GENERATION[0] += 1


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


class QuantLinear(PackedModule):
    """``y = x @ dequant(W).T + b`` from packed weights (see :mod:`.pack` for the format).

    Build it with :meth:`from_packed`. Attributes: ``in_features``, ``out_features``, those of
    :class:`~.packed_module.PackedModule` (``bits``, ``symmetric``, ``layout``, ``weight_dtype``, ``dense``)
    and ``backend`` (``"auto"``, ``"reference"`` or a registered name; may be changed).
    """

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
        pw = PackedWeight(qweight, scales, zeros, bits, symmetric, layout, (int(out_features), int(in_features)), weight_dtype)
        super().__init__(pw, dense=dense)
        self.in_features = int(in_features)
        self.out_features = int(out_features)
        self.backend = _check_backend_name(backend)
        self.register_buffer("bias", bias)
        self._prepared: dict[tuple[str, str], Any] = {}
        self._codes_held_by: tuple[str, tuple[str, str]] | None = None
        self._chosen: dict[tuple[Any, ...], _Entry | None] = {}

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

    def reference(self, x: torch.Tensor) -> torch.Tensor:
        """The oracle's answer for ``x`` (:func:`.reference.linear_reference`): what runs when no backend does."""
        return linear_reference(x, self.packed(), self.bias, weight=self.dense_weight(torch.float32))

    def held_tensors(self) -> Iterator[torch.Tensor]:
        yield from super().held_tensors()
        for prepared in self._prepared.values():
            yield from _tensors_in(prepared)

    # -------------------------------------------------------------- codes held in a backend's layout (CODES)
    def _codes_from_backend(self) -> torch.Tensor | None:
        held_by = getattr(self, "_codes_held_by", None)  # packed() runs in PackedModule.__init__, before it is set
        if held_by is None:
            return None
        name, key = held_by
        return getattr(_REGISTRY[name].backend, CODES)(self, self._prepared[key])

    def packed(self) -> PackedWeight:
        pw = super().packed()
        codes = self._codes_from_backend()
        if codes is not None:
            pw.qweight = codes
        return pw

    def _restore_codes(self) -> None:
        """Put the packed codes back in the ``qweight`` buffer and forget the backends' layouts."""
        codes = self._codes_from_backend()
        if codes is not None:
            self.qweight = codes
        self._codes_held_by = None
        self._prepared = {}

    def _save_to_state_dict(self, destination, prefix, keep_vars):  # type: ignore[no-untyped-def]
        super()._save_to_state_dict(destination, prefix, keep_vars)
        codes = self._codes_from_backend()
        if codes is not None:
            destination[prefix + "qweight"] = codes

    def _load_from_state_dict(self, state_dict, prefix, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._restore_codes()  # the new codes land in the buffer; backends prepare again from them
        super()._load_from_state_dict(state_dict, prefix, *args, **kwargs)

    def _apply(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._restore_codes()  # buffers move or change dtype: backends prepare again
        self._chosen = {}
        return super()._apply(fn, *args, **kwargs)

    def _backend_for(self, x: torch.Tensor) -> _Entry | None:
        if self.backend == REFERENCE:
            return None
        key = (_GENERATION[0], self.backend, unverified_in_auto(), x.device, x.dtype)
        if key in self._chosen:
            return self._chosen[key]
        entry, static = self._choose(x)
        if static:
            self._chosen = {key: entry}
        return entry

    def _choose(self, x: torch.Tensor) -> tuple[_Entry | None, bool]:
        """The entry that runs ``x`` (None: the reference), and whether every backend asked promised a static
        answer (:data:`STATIC_SUPPORT`), so the choice may be remembered."""
        if self.backend != AUTO:
            entry = _REGISTRY.get(self.backend)
            if entry is None:
                _check_backend_name(self.backend)
            candidates = [entry] if entry is not None else []
        else:
            unverified = unverified_in_auto()
            candidates = sorted((e for e in _REGISTRY.values() if e.verified or unverified), key=lambda e: -e.priority)
        static = True
        for entry in candidates:
            if not _is_available(entry):
                continue
            static = static and bool(getattr(entry.backend, STATIC_SUPPORT, False))
            if entry.backend.supports(self, x):
                return entry, static
        return None, static

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.shape[-1] != self.in_features:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"QuantLinear expects inputs of shape (..., {self.in_features}), got {tuple(x.shape)}",
            )
        entry = self._backend_for(x)
        if entry is None:
            return self.reference(x)
        key = (entry.backend.name, str(self.qweight.device))
        if key not in self._prepared:
            if self._codes_held_by is not None:
                self._restore_codes()  # another backend's layout holds the codes: this one prepares from them
            self._prepared[key] = entry.backend.prepare(self)
            if callable(getattr(entry.backend, CODES, None)) and getattr(self._prepared[key], "holds_codes", False):
                self._codes_held_by = (entry.backend.name, key)
                self.qweight = self.qweight.new_empty((0,))
        return entry.backend.linear(self, x, self._prepared[key])

    def selected_backend(self, x: torch.Tensor) -> str:
        """The name of the backend :meth:`forward` would use for ``x``."""
        entry = self._backend_for(x)
        return REFERENCE if entry is None else entry.backend.name

    def extra_repr(self) -> str:
        return (
            f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}, "
            f"{self._describe_packing()}, backend={self.backend}"
        )


def _tensors_in(value: Any) -> Iterator[torch.Tensor]:
    """The tensors inside a backend's prepared state (a tensor, a tuple/list/dict of them, a dataclass)."""
    if isinstance(value, torch.Tensor):
        yield value
    elif isinstance(value, (tuple, list)):
        for v in value:
            yield from _tensors_in(v)
    elif isinstance(value, dict):
        for v in value.values():
            yield from _tensors_in(v)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from _tensors_in(getattr(value, field.name))
