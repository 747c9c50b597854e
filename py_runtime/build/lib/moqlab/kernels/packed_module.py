"""What every module that keeps a packed weight shares (``QuantLinear``, ``QuantEmbedding``, ``QuantConv``).

The packed parts are buffers named as export writes them (``qweight``, ``scales``, optionally
``zeros``), so ``model.state_dict()`` of a loaded model matches the file. The dequantized weight is
made where a forward needs it; ``dense`` (:class:`DenseWeight`) says whether it is made on every call
(``per-call``, the default: the module holds only its packed bytes) or made once per dtype and kept
(``cached``: calls then cost what the dense module costs, at the price of a copy of the weight in
memory). Anything a module keeps besides its buffers (a kept dense weight, a kernel's re-layout) is
listed by :meth:`PackedModule.held_tensors`, so memory reports count it.
"""

from __future__ import annotations

import enum
import math
from typing import Callable, Iterator

import torch
from torch import nn

from ..errors import Code, WorkerError
from ..quant.grouping import GroupLayout
from .pack import PackedWeight
from .reference import dequantize_packed


class DenseWeight(str, enum.Enum):
    """What a module's dense path does with the dequantized weight (module docstring)."""

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


class PackedModule(nn.Module):
    """Holds one packed weight of shape ``weight_shape`` (the trained tensor's) as buffers.

    Attributes: ``bits``, ``symmetric``, ``layout`` (:class:`~moqlab.quant.GroupLayout`), ``weight_shape``,
    ``weight_dtype`` (the trained weight's dtype), ``dense`` (may be changed; setting it back to
    ``per-call`` frees the kept copy). ``weight`` is the dequantized weight, computed on each access.
    """

    qweight: torch.Tensor
    scales: torch.Tensor

    def __init__(self, pw: PackedWeight, *, dense: DenseWeight | str = DenseWeight.PER_CALL) -> None:
        super().__init__()
        self.bits = int(pw.bits)
        self.symmetric = bool(pw.symmetric)
        self.layout: GroupLayout = pw.layout
        self.weight_shape = tuple(int(s) for s in pw.shape)
        self.weight_dtype = pw.dtype
        self.register_buffer("qweight", pw.qweight)
        self.register_buffer("scales", pw.scales)
        self.register_buffer("zeros", pw.zeros)
        self._dense_kept: dict[torch.dtype, tuple[tuple[int, ...], torch.Tensor]] = {}
        self.dense = dense
        self.packed().validate(type(self).__name__)

    def packed(self) -> PackedWeight:
        """The module's weight as a :class:`PackedWeight` (views of the buffers)."""
        return PackedWeight(
            self.qweight, self.scales, self.zeros, self.bits, self.symmetric, self.layout, self.weight_shape,
            self.weight_dtype,
        )

    def dequantized_weight(self, dtype: torch.dtype | None = None) -> torch.Tensor:
        return dequantize_packed(self.packed(), dtype)

    @property
    def weight(self) -> torch.Tensor:
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
        """The dequantized weight in ``dtype`` for a dense path: ``make()`` (default: the reference
        dequantization), kept for later calls when ``dense`` is ``cached``."""
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

    def held_tensors(self) -> Iterator[torch.Tensor]:
        """Tensors the module keeps besides its parameters and buffers (subclasses add theirs)."""
        for _, weight in self._dense_kept.values():
            yield weight

    def _apply(self, fn, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._dense_kept = {}  # buffers move or change dtype
        return super()._apply(fn, *args, **kwargs)

    def _describe_packing(self) -> str:
        lay = self.layout.to_dict()
        return f"bits={self.bits}, symmetric={self.symmetric}, layout={lay['kind']}:{lay['size']}, dense={self._dense.value}"


def row_groups(pw: PackedWeight) -> tuple[torch.Tensor, torch.Tensor | None, int] | None:
    """The weight's scales (and zero points) as ``(out, in / c)`` matrices with groups of ``c`` columns
    inside each row: what row-wise readers (an embedding lookup, a per-channel or grouped CPU kernel)
    need. Groups that span whole rows (one scale per tensor, DeepSpeed ``groups`` smaller than the row
    count) are repeated per row. None when a group starts in the middle of a row and ends in another."""
    out, cols = pw.out_features, pw.in_features
    groups = pw.layout.num_groups(pw.shape)
    length = math.prod(pw.shape) // groups
    if length <= cols and cols % length == 0:
        c = length
        shape = (out, cols // c)
        return pw.scales.reshape(shape), None if pw.zeros is None else pw.zeros.reshape(shape), c
    if length % cols == 0:
        rows_per_group = length // cols

        def per_row(t: torch.Tensor) -> torch.Tensor:
            return t.reshape(groups).repeat_interleave(rows_per_group).reshape(out, 1)

        return per_row(pw.scales), None if pw.zeros is None else per_row(pw.zeros), cols
    return None
