"""The CPU backend of ``QuantLinear`` (``torch-cpu``): torch's own weight-only int8 / int4 CPU kernels.

- int8 containers (5..8 bits) run ``torch._weight_int8pack_mm`` (signed int8 weights, one scale per
  output channel): the weight is ``u − z``, exact in int8 for symmetric codes and asymmetric ones of at
  most 7 bits. Groups must give one scale per output row (per channel, per tensor, or DeepSpeed groups
  of whole rows); ``in_features % 16 == 0`` (other widths crash torch's kernel).
- int4 and int2 containers (1..4 bits) run ``torch.ops.aten._weight_int4pack_mm_for_cpu`` (tinygemm's
  ``(q − 8)·scale + zero`` with groups of 32, 64, 128 or 256 along the input) with ``q = u − z + 8`` and
  ``zero = 0``, which fits 4 bits for symmetric codes and asymmetric ones of at most 3 bits. Needs
  ``out_features % 16 == 0`` and input groups that a kernel group size divides.

Zero points are folded into the integer codes rather than into a float offset: an offset of the size of
the weights, rounded to bfloat16 and cancelled against the codes' sum, lost two digits in trials.
Asymmetric 8-bit and 4-bit layers (whose ``u − z`` may leave the container) and the other shapes run the
reference.

Both kernels are fast only with bfloat16 activations (their fp32 paths are slower than ``F.linear``), so
``x`` is rounded to bfloat16, the scales too, and the kernel's bfloat16 output is returned in ``x``'s
dtype. The result differs from the fp32 reference by bfloat16 rounding: a relative error of a few 1e-3
(the tests hold it to spec/kernels.md's 1e-2 gate), not bit-exact. ``backend="reference"`` gives the
exact fp32 answer. The kernels' weight re-layout is made once per layer (``prepare``). The int8 layout
gives the packed codes back (``codes``), so an int8 layer drops its own copy and holds its weight once
(``quant_linear.CODES``); torch's int4 layout has no inverse here, so an int4 layer keeps both (counted
by ``moqlab.memory``).
"""

from __future__ import annotations

import dataclasses
from typing import ClassVar

import torch

from .pack import PackedWeight, unpack
from .packed_module import PackedModule, row_groups

NAME = "torch-cpu"
_BF16 = torch.bfloat16
_INT4_GROUPS = (256, 128, 64, 32)
_INT8_K_MULTIPLE = 16
_INT4_N_MULTIPLE = 16


@dataclasses.dataclass(frozen=True)
class Int8Form:
    weight: torch.Tensor  # (N, K) int8
    scales: torch.Tensor  # (N,) bf16
    holds_codes: ClassVar[bool] = True  # codes() recomputes the packed codes from it


@dataclasses.dataclass(frozen=True)
class Int4Form:
    weight: torch.Tensor  # torch's packed int4 layout
    group_size: int
    scales_and_zeros: torch.Tensor  # (K / g, N, 2) bf16
    holds_codes: ClassVar[bool] = False


def _int4_group(columns: int) -> int | None:
    return next((g for g in _INT4_GROUPS if columns % g == 0), None)


def _layout(layer) -> PackedWeight:  # type: ignore[no-untyped-def]
    """The layer's scales, zero points and shape. Not ``layer.packed()``: once this backend holds the codes,
    that would recompute them from its layout just to read the metadata."""
    return PackedModule.packed(layer)


def _zero_points(pw: PackedWeight, zeros: torch.Tensor | None, like: torch.Tensor) -> torch.Tensor:
    """The zero point of every group of :func:`row_groups` (shaped like its scales ``like``), as int32."""
    return (torch.full_like(like, pw.zero_point) if zeros is None else zeros).to(torch.int32)


def _fits(layer) -> bool:  # type: ignore[no-untyped-def]
    pw = _layout(layer)
    groups = row_groups(pw)
    if groups is None:
        return False
    _, _, c = groups
    if not pw.symmetric and pw.bits >= pw.width:
        return False
    if pw.width == 8:
        return c == pw.in_features and pw.in_features % _INT8_K_MULTIPLE == 0
    return pw.out_features % _INT4_N_MULTIPLE == 0 and _int4_group(c) is not None


class TorchCpuBackend:
    name = NAME
    static_support = True  # supports() reads only the layer and x's device and dtype

    def available(self) -> bool:
        ops = torch.ops.aten
        return all(hasattr(ops, op) for op in ("_weight_int8pack_mm", "_weight_int4pack_mm_for_cpu", "_convert_weight_to_int4pack_for_cpu"))

    def supports(self, layer, x: torch.Tensor) -> bool:  # type: ignore[no-untyped-def]
        return x.device.type == "cpu" and layer.qweight.device.type == "cpu" and x.is_floating_point() and _fits(layer)

    def prepare(self, layer) -> Int8Form | Int4Form:  # type: ignore[no-untyped-def]
        pw = layer.packed()
        scales, zeros, c = row_groups(pw)  # type: ignore[misc]  # supports() checked it
        scales = scales.to(torch.float32)
        u = unpack(pw.qweight, pw.width, pw.in_features).to(torch.int32).view(pw.out_features, -1, c)
        signed = (u - _zero_points(pw, zeros, scales).unsqueeze(-1)).reshape(pw.out_features, pw.in_features)
        if pw.width == 8:
            return Int8Form(signed.to(torch.int8).contiguous(), scales.reshape(-1).to(_BF16))
        g = _int4_group(c)
        assert g is not None
        per_group = scales.repeat_interleave(c // g, 1)
        sz = torch.stack([per_group, torch.zeros_like(per_group)], dim=-1)
        packed = torch.ops.aten._convert_weight_to_int4pack_for_cpu((signed + 8).contiguous(), 1)
        return Int4Form(packed, g, sz.transpose(0, 1).contiguous().to(_BF16))

    def codes(self, layer, prepared: Int8Form) -> torch.Tensor:  # type: ignore[no-untyped-def]
        """The packed int8 codes ``u = s + z`` back from the int8 layout, so the layer keeps one copy of its
        weight (``quant_linear.CODES``). torch's int4 layout has no inverse here (``holds_codes`` is false)."""
        pw = _layout(layer)
        scales, zeros, c = row_groups(pw)  # type: ignore[misc]
        signed = prepared.weight.to(torch.int32).view(pw.out_features, -1, c)
        return (signed + _zero_points(pw, zeros, scales).unsqueeze(-1)).reshape(pw.out_features, pw.in_features).to(torch.uint8)

    def linear(self, layer, x: torch.Tensor, prepared: Int8Form | Int4Form) -> torch.Tensor:  # type: ignore[no-untyped-def]
        k = layer.in_features
        rows = x.reshape(-1, k)
        if rows.shape[0] == 0:
            y = rows.new_zeros(0, layer.out_features)
        else:
            xb = rows.to(_BF16).contiguous()
            if isinstance(prepared, Int8Form):
                y = torch._weight_int8pack_mm(xb, prepared.weight, prepared.scales).to(x.dtype)
            else:
                y = torch.ops.aten._weight_int4pack_mm_for_cpu(
                    xb, prepared.weight, prepared.group_size, prepared.scales_and_zeros
                ).to(x.dtype)
        if layer.bias is not None:
            y = y + layer.bias.to(x.dtype)
        return y.reshape(*x.shape[:-1], layer.out_features)
