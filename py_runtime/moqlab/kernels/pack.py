"""The packed weight format (spec/kernels.md "Packed format"): containers, nibble order, pack/unpack.

A quantized weight of shape ``shape`` is seen as the 2-D matrix ``(out, in)`` with ``out = shape[0]``
and ``in = prod(shape[1:])`` (the view :mod:`moqlab.quant.grouping` groups along). Its integer codes
are stored **unsigned**, one row of the matrix after another, in a *container* of ``w`` bits:

========  ==================  ==============  ====================================
bits b    container (packing) codes per byte  symmetric zero point ``z`` (implicit)
========  ==================  ==============  ====================================
5 .. 8    ``int8`` (w = 8)    1               128
3 .. 4    ``int4`` (w = 4)    2               8
1 .. 2    ``int2`` (w = 2)    4               2
========  ==================  ==============  ====================================

Stored code ``u`` (an unsigned ``w``-bit integer) and value, one formula for every scheme::

    x̂ = (u − z) · Δ          computed in fp32, then cast to the tensor's original dtype

- symmetric grids (standard, deepspeed, ternary b = 2, binary b = 1): ``u = q + 2^(w−1)`` where
  ``q`` is the signed grid code (standard ``[−(2^(b−1)−1), 2^(b−1)−1]``, deepspeed
  ``[−2^(b−1), 2^(b−1)−1]``, ternary ``{−1, 0, 1}``, binary ``{−1, 1}``), and ``z = 2^(w−1)`` is a
  constant of the container (not stored);
- asymmetric grids: ``u = q`` the grid code in ``[0, 2^b − 1]``, and ``z`` is the per-group zero point
  stored in ``zeros``.

Bit order inside a byte (little-endian fields): code ``j`` of a byte (column ``k·j'+ j`` of the row,
``k`` codes per byte) occupies bits ``[j·w, (j+1)·w)``. For int4: **the low nibble holds the even
column, the high nibble the odd column**; for int2 column ``4i + j`` sits at bits ``2j..2j+1`` of
byte ``i``.

Rows are packed independently: ``qweight`` has shape ``(out, ceil(in / k))`` and dtype ``uint8``.
When ``in`` is not a multiple of ``k`` the unused high fields of each row's last byte are zero
(padding); readers drop them using the recorded ``in``. :func:`pack` refuses such rows unless
``pad=True`` (export always pads; kernels that need ``in % k == 0`` check ``in_features``).

Why these choices: one dequantization formula for every layout; unsigned fields with a bias are what
fast GPU dequantizers convert with magic-number tricks (``0x6400 | u`` is the fp16 ``1024 + u``);
ternary/binary need three/two levels, which a 2-bit field with ``z = 2`` holds under the same formula.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from ..errors import Code, WorkerError
from ..quant.grouping import GroupLayout, LayoutKind
from ..quant.primitives import QuantizedTensor
from ..quant.scheme import Levels

#: Container names by width, and the widths accepted.
PACKINGS: dict[int, str] = {8: "int8", 4: "int4", 2: "int2"}
WIDTHS: dict[str, int] = {v: k for k, v in PACKINGS.items()}


def container_width(bits: int) -> int:
    """The container width ``w`` for ``bits`` (8 for 5..8, 4 for 3..4, 2 for 1..2)."""
    if isinstance(bits, bool) or not isinstance(bits, int) or not 1 <= bits <= 8:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"only 1..8-bit codes are packed, got bits={bits!r}; tensors quantized at more than 8 bits are "
            "exported as dense 16-bit tensors",
            bits=bits,
        )
    return 8 if bits > 4 else 4 if bits > 2 else 2


def _check_width(width: int) -> int:
    if width not in PACKINGS:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"container width must be one of {sorted(PACKINGS)}, got {width!r}",
            width=width,
        )
    return width


def pack(codes: torch.Tensor, width: int, *, pad: bool = False) -> torch.Tensor:
    """Pack unsigned ``width``-bit codes along the last dimension: ``(..., n)`` → ``(..., ceil(n / k))``
    ``uint8`` with ``k = 8 // width`` codes per byte, code ``j`` of a byte in bits ``[j·w, (j+1)·w)``.

    ``codes`` is any integer tensor with values in ``[0, 2^width)``. ``n % k != 0`` is an error unless
    ``pad=True`` (the missing fields are written as 0)."""
    w = _check_width(width)
    if not isinstance(codes, torch.Tensor) or codes.is_floating_point() or codes.is_complex() or codes.dtype == torch.bool:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"pack: codes must be an integer tensor, got {getattr(codes, 'dtype', type(codes).__name__)}",
        )
    if codes.ndim == 0:
        raise WorkerError(Code.INVALID_ARGUMENT, "pack: codes must have at least one dimension")
    k = 8 // w
    n = codes.shape[-1]
    if codes.numel():
        lo, hi = int(codes.min()), int(codes.max())
        if lo < 0 or hi >= 1 << w:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"pack: codes must lie in [0, {(1 << w) - 1}] for the {w}-bit container, got values in [{lo}, {hi}]",
                width=w,
            )
    if n % k:
        if not pad:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"pack: the last dimension ({n}) is not a multiple of {k} ({k} {w}-bit codes per byte); pass "
                f"pad=True to zero-fill the last byte of each row, or use an input dimension that is a multiple of {k}",
                width=w,
                columns=n,
            )
        extra = k - n % k
        codes = torch.cat([codes, codes.new_zeros(*codes.shape[:-1], extra)], dim=-1)
    if w == 8:
        return codes.to(torch.uint8).contiguous()
    fields = codes.to(torch.int32).reshape(*codes.shape[:-1], -1, k)
    shifts = torch.arange(0, 8, w, dtype=torch.int32, device=codes.device)
    return (fields << shifts).sum(dim=-1, dtype=torch.int32).to(torch.uint8).contiguous()


def unpack(packed: torch.Tensor, width: int, n: int) -> torch.Tensor:
    """The inverse of :func:`pack`: ``(..., m)`` ``uint8`` → ``(..., n)`` ``uint8`` codes (padding dropped).
    ``n`` must satisfy ``ceil(n / k) == m``."""
    w = _check_width(width)
    if not isinstance(packed, torch.Tensor) or packed.dtype != torch.uint8:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"unpack: packed codes must be a uint8 tensor, got {getattr(packed, 'dtype', type(packed).__name__)}",
        )
    k = 8 // w
    m = packed.shape[-1] if packed.ndim else 0
    if packed.ndim == 0 or -(-int(n) // k) != m:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"unpack: {n} codes of {w} bits need {-(-int(n) // k)} bytes per row, the packed tensor has shape "
            f"{tuple(packed.shape)}",
            width=w,
            columns=n,
        )
    if w == 8:
        return packed
    shifts = torch.arange(0, 8, w, dtype=torch.uint8, device=packed.device)
    fields = (packed.unsqueeze(-1) >> shifts) & ((1 << w) - 1)
    fields = fields.reshape(*packed.shape[:-1], m * k)
    return fields[..., :n] if m * k != n else fields


# ---------------------------------------------------------------------------------------- packed weights
@dataclass(eq=False)
class PackedWeight:
    """One packed weight: what export writes and the kernels read.

    - ``qweight``: ``uint8`` ``(out, ceil(in / k))`` (module docstring for the bit layout).
    - ``scales``: Δ (α for ternary/binary), one per group, in the shape :meth:`GroupLayout.scale_shape`
      gives: ``(out, in / g)`` for ``group_size = g`` (``(out, 1)``: per output channel), ``(G,)`` for
      ``groups = G`` contiguous chunks of the flattened tensor, ``(1,)`` for one group. fp16, bf16 or
      fp32.
    - ``zeros``: asymmetric only (else None): the grid-unit zero points ``z``, same shape as
      ``scales``; ``uint8`` when every ``z`` lies in ``[0, 255]`` (every group whose range contains 0),
      else ``float32`` holding whole numbers (exactly what training used).
    - ``shape`` / ``dtype``: the original tensor's shape and (working) dtype.
    """

    qweight: torch.Tensor
    scales: torch.Tensor
    zeros: torch.Tensor | None
    bits: int
    symmetric: bool
    layout: GroupLayout
    shape: tuple[int, ...]
    dtype: torch.dtype

    @property
    def width(self) -> int:
        return container_width(self.bits)

    @property
    def packing(self) -> str:
        return PACKINGS[self.width]

    @property
    def codes_per_byte(self) -> int:
        return 8 // self.width

    @property
    def out_features(self) -> int:
        return int(self.shape[0])

    @property
    def in_features(self) -> int:
        return math.prod(self.shape) // int(self.shape[0])

    @property
    def zero_point(self) -> int | None:
        """The implicit zero point of symmetric codes, ``2^(w−1)``; None when ``zeros`` holds them."""
        return 1 << (self.width - 1) if self.symmetric else None

    @property
    def levels(self) -> Levels:
        return Levels.of(self.bits)

    def nbytes(self) -> int:
        total = self.qweight.numel() * self.qweight.element_size() + self.scales.numel() * self.scales.element_size()
        if self.zeros is not None:
            total += self.zeros.numel() * self.zeros.element_size()
        return total

    def validate(self, name: str = "weight") -> None:
        """Raise ``INVALID_ARGUMENT`` naming ``name`` when the parts do not fit together."""

        def bad(msg: str) -> WorkerError:
            return WorkerError(Code.INVALID_ARGUMENT, f"packed tensor {name!r}: {msg}", tensor=name)

        if len(self.shape) < 2:
            raise bad(f"shape {self.shape}: only tensors of 2 or more dimensions are packed")
        container_width(self.bits)
        self.layout.check(self.shape, name=name)
        expected = (self.out_features, -(-self.in_features // self.codes_per_byte))
        if self.qweight.dtype != torch.uint8 or tuple(self.qweight.shape) != expected:
            raise bad(
                f"qweight must be uint8 of shape {expected} for a {self.bits}-bit ({self.packing}) tensor of shape "
                f"{self.shape}, got {self.qweight.dtype} {tuple(self.qweight.shape)}"
            )
        groups = self.layout.num_groups(self.shape)
        if not self.scales.is_floating_point() or self.scales.numel() != groups:
            raise bad(f"scales must be floating point with {groups} elements (one per group), got "
                      f"{self.scales.dtype} {tuple(self.scales.shape)}")
        if self.symmetric and self.zeros is not None:
            raise bad("a symmetric tensor has no zeros (its zero point is the container's 2^(w-1))")
        if not self.symmetric:
            if self.zeros is None:
                raise bad("an asymmetric tensor needs zeros (one zero point per group)")
            if self.zeros.numel() != groups or self.zeros.dtype not in (torch.uint8, torch.float32):
                raise bad(f"zeros must be uint8 or float32 with {groups} elements, got {self.zeros.dtype} "
                          f"{tuple(self.zeros.shape)}")
            if self.levels is not Levels.LINEAR:
                raise bad(f"{self.bits}-bit (ternary/binary) tensors are symmetric")

    def to(self, device: torch.device | str) -> "PackedWeight":
        return PackedWeight(
            self.qweight.to(device), self.scales.to(device), None if self.zeros is None else self.zeros.to(device),
            self.bits, self.symmetric, self.layout, self.shape, self.dtype,
        )


def kernel_layout(layout: GroupLayout, shape: tuple[int, ...]) -> GroupLayout:
    """The same groups in the layout kernels read: DeepSpeed ``groups = G`` whose chunks lie within rows
    (``in % (numel / G) == 0``, e.g. ``G = out`` per output channel) are exactly ``group_size = numel / G``
    (same groups in the same order, so the same scales). Other layouts are returned unchanged."""
    if layout.kind is LayoutKind.GROUPS:
        numel = math.prod(shape)
        length = numel // layout.size
        in_features = numel // int(shape[0])
        if len(shape) >= 2 and in_features % length == 0:
            return GroupLayout(LayoutKind.GROUP_SIZE, length)
    return layout


def pack_quantized(qt: QuantizedTensor, scale_dtype: torch.dtype = torch.float16) -> PackedWeight:
    """Pack the codes of :func:`moqlab.quant.quantize` (1..8 bits, tensor of ≥ 2 dimensions).

    Scales are cast to ``scale_dtype`` (fp16/bf16 for the kernels; fp32 keeps them bit-exact with
    training). DeepSpeed groups that lie within rows are re-expressed as ``group_size``
    (:func:`kernel_layout`)."""
    if scale_dtype not in (torch.float16, torch.bfloat16, torch.float32):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"scale dtype must be float16, bfloat16 or float32, got {scale_dtype}",
            dtype=scale_dtype,
        )
    shape = tuple(int(s) for s in qt.shape)
    if len(shape) < 2:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"only tensors of 2 or more dimensions are packed, got shape {shape}",
            shape=shape,
        )
    w = container_width(qt.bits)
    q = qt.grid_codes()  # int32 grid codes: signed (symmetric) or [0, 2^b − 1] (asymmetric)
    if qt.scheme.symmetric:
        q = q + (1 << (w - 1))
    u = pack(q.reshape(shape[0], -1), w, pad=True)
    layout = kernel_layout(qt.layout, shape)
    scales = qt.scales.detach().reshape(layout.scale_shape(shape)).to(scale_dtype)
    zeros = None
    if qt.zero_points is not None:
        z = qt.zero_points.detach().reshape(layout.scale_shape(shape))
        in_byte = bool(((z >= 0) & (z <= 255)).all())
        zeros = z.to(torch.uint8) if in_byte else z.to(torch.float32)
    return PackedWeight(u, scales, zeros, qt.bits, qt.scheme.symmetric, layout, shape, qt.dtype)
