"""What a model holds in memory, measured from the tensors it keeps (not estimated from shapes or bits).

:func:`held_bytes` walks the module tree and counts the bytes of every storage a parameter, buffer or
packed module's extra tensor (a kept dense weight, a kernel's re-layout) holds, each storage once (tied
or shared tensors are counted where they are first seen; a view counts its whole storage, as memory
does). Packed modules' parts are counted under the name of the weight they replace
(``<module>.weight``, or ``<module>.<name>`` for a parametrized parameter), so a loaded export and the
model it came from line up key by key.

:class:`MemoryReport` compares a loaded model with the same model as built (measured before loading)
and with that model's floating tensors at 4 and 2 bytes (fp32 / fp16).
"""

from __future__ import annotations

import dataclasses
import itertools
from typing import Any

import torch
from torch import nn

from .kernels import PackedModule

_PACKED_PARTS = ("qweight", "scales", "zeros")


def _storage_bytes(t: torch.Tensor, seen: set[tuple[Any, ...]], element_size: int | None) -> int:
    # torch < 2.0 (Debian's 1.13) has only the typed storage, whose nbytes() is the same figure
    storage = t.untyped_storage() if hasattr(t, "untyped_storage") else t.storage()
    key = (t.device.type, t.device.index, storage.data_ptr())
    if storage.nbytes() == 0 or key in seen:
        return 0
    seen.add(key)
    if element_size is not None and t.is_floating_point():
        return int(storage.nbytes()) // t.element_size() * element_size
    return int(storage.nbytes())


def held_bytes(model: nn.Module, *, floating_element_size: int | None = None) -> dict[str, int]:
    """Bytes held per state-dict name (module docstring); sum the values for the model's total. With
    ``floating_element_size`` (4, 2), floating tensors are counted at that many bytes per element: the
    same model in fp32 or fp16."""
    seen: set[tuple[Any, ...]] = set()
    out: dict[str, int] = {}

    def count(t: torch.Tensor) -> int:
        return _storage_bytes(t, seen, floating_element_size)

    for module_name, module in model.named_modules():
        skip: tuple[str, ...] = ()
        if isinstance(module, PackedModule):
            parts = [getattr(module, p) for p in _PACKED_PARTS] + list(module.held_tensors())
            key = _state_name(module_name, "weight")
            out[key] = out.get(key, 0) + sum(count(t) for t in parts if t is not None)
            skip = _PACKED_PARTS
        for name, t in itertools.chain(module.named_parameters(recurse=False), module.named_buffers(recurse=False)):
            if t is not None and name not in skip:
                key = _state_name(module_name, name)
                out[key] = out.get(key, 0) + count(t)
    return out


def _state_name(module_name: str, attr: str) -> str:
    """The name a tensor had before loading: a parametrized parameter's parts
    (``<module>.parametrizations.<name>.original``, ``….<name>.0.qweight``) count as ``<module>.<name>``."""
    full = f"{module_name}.{attr}" if module_name else attr
    owner, found, rest = full.partition(".parametrizations.")
    return f"{owner}.{rest.split('.')[0]}" if found else full


@dataclasses.dataclass(frozen=True)
class TensorMemory:
    name: str
    resident: int  # bytes the loaded model holds for it
    built: int  # bytes the model as built held for it
    fp32: int
    fp16: int


@dataclasses.dataclass(frozen=True)
class MemoryReport:
    tensors: tuple[TensorMemory, ...]

    @property
    def resident(self) -> int:
        return sum(t.resident for t in self.tensors)

    @property
    def fp32(self) -> int:
        return sum(t.fp32 for t in self.tensors)

    @property
    def fp16(self) -> int:
        return sum(t.fp16 for t in self.tensors)

    def __str__(self) -> str:
        """A line per tensor (resident, fp32, ratio), then :meth:`summary`."""
        width = max((len(t.name) for t in self.tensors), default=6)
        lines = [f"{'tensor':<{width}}  {'resident':>10}  {'fp32':>10}  ratio"]
        for t in self.tensors:
            ratio = f"{t.resident / t.fp32:.3f}" if t.fp32 else "—"
            lines.append(f"{t.name:<{width}}  {t.resident:>10}  {t.fp32:>10}  {ratio}")
        return "\n".join([*lines, self.summary()])

    def summary(self) -> str:
        mb = 1e6
        return (
            f"resident {self.resident / mb:.2f} MB: {self.resident / max(self.fp32, 1):.3f}× the fp32 model "
            f"({self.fp32 / mb:.2f} MB), {self.resident / max(self.fp16, 1):.3f}× fp16 ({self.fp16 / mb:.2f} MB)"
        )


class BuiltModel:
    """The model as built, measured before anything replaces its modules (:func:`report`)."""

    def __init__(self, model: nn.Module) -> None:
        self.held = held_bytes(model)
        self.fp32 = held_bytes(model, floating_element_size=4)
        self.fp16 = held_bytes(model, floating_element_size=2)

    def report(self, loaded: nn.Module) -> MemoryReport:
        """Per name of the built model: what ``loaded`` (the same model after loading) holds for it."""
        now = held_bytes(loaded)
        names = list(self.held) + [n for n in now if n not in self.held]
        return MemoryReport(tuple(
            TensorMemory(n, now.get(n, 0), self.held.get(n, 0), self.fp32.get(n, 0), self.fp16.get(n, 0)) for n in names
        ))
