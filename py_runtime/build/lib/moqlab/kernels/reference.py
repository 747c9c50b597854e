"""The oracle: dequantization and the quantized linear layer in plain PyTorch (spec/kernels.md).

Every fused kernel is tested against these two functions, and CPU runs (or shapes/devices no kernel
supports) execute them. The math, in fp32:

- :func:`dequantize_packed`: ``x̂ = (u − z) · Δ`` per group (:mod:`.pack` for ``u``, ``z`` and the
  group layouts), cast to the requested dtype (default: the tensor's original dtype). It is the
  exact arithmetic of :func:`moqlab.quant.dequantize`, so with fp32 scales it reproduces
  ``fake_quantize`` bit for bit.
- :func:`linear_reference`: ``y = x @ x̂ᵀ + b`` computed in fp32 (``x``, ``x̂`` and ``b`` promoted),
  returned in ``x``'s dtype: the "``x @ dequant(W).T`` in fp32" the kernels' correctness gate compares to.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

from .pack import PackedWeight, unpack

_F32 = torch.float32


def dequantize_packed(pw: PackedWeight, dtype: torch.dtype | None = None) -> torch.Tensor:
    """``x̂`` of shape ``pw.shape`` on ``pw.qweight``'s device, in ``dtype`` (default ``pw.dtype``)."""
    with torch.no_grad():
        u = unpack(pw.qweight, pw.width, pw.in_features)
        groups = pw.layout.num_groups(pw.shape)
        q = u.to(_F32).reshape(groups, -1)
        if pw.zeros is None:
            q.sub_(float(pw.zero_point))  # exact: small whole numbers
        else:
            q.sub_(pw.zeros.reshape(groups, 1).to(_F32))
        q.mul_(pw.scales.reshape(groups, 1).to(_F32))
        return q.view(pw.shape).to(dtype or pw.dtype)


def linear_reference(
    x: torch.Tensor, pw: PackedWeight, bias: torch.Tensor | None = None, *, weight: torch.Tensor | None = None
) -> torch.Tensor:
    """``x @ dequant(W).T + bias`` in fp32, returned in ``x.dtype``. ``x``: ``(..., in_features)``.
    ``weight``: ``dequantize_packed(pw, torch.float32)`` where the caller already holds it."""
    w = dequantize_packed(pw, _F32) if weight is None else weight
    if w.ndim != 2:
        w = w.reshape(pw.out_features, pw.in_features)
    b = None if bias is None else bias.to(_F32)
    return F.linear(x.to(_F32), w, b).to(x.dtype)


def relative_difference(y: torch.Tensor, ref: torch.Tensor) -> float:
    """‖y − ref‖ / ‖ref‖ in fp32: how kernels are held to the reference (spec/kernels.md's gate)."""
    ref = ref.float()
    return float((y.float() - ref).norm() / ref.norm().clamp_min(1e-30))
