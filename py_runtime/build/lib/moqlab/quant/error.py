"""Quantization error measures: what the controller records at each bit drop."""

from __future__ import annotations

import math

import torch

from ..errors import Code, WorkerError


def quantization_error(w: torch.Tensor, q: torch.Tensor) -> dict[str, float]:
    """Error of ``q`` (e.g. ``Q_b(w)``) against the reference ``w``, accumulated in fp64:

    - ``rel_mse`` = ``‖q − w‖² / ‖w‖²`` (0 when ``q == w``; ``inf`` when ``w`` is all zero and ``q`` is not);
    - ``sqnr_db`` = ``10·log10(‖w‖² / ‖q − w‖²)`` = ``−10·log10(rel_mse)`` (``inf`` when ``q == w``,
      ``−inf`` when ``w`` is all zero and ``q`` is not);
    - ``max_abs`` = ``max |q − w|``.
    """
    for what, t in (("w", w), ("q", q)):
        if not isinstance(t, torch.Tensor) or not t.is_floating_point():
            raise WorkerError(Code.INVALID_ARGUMENT, f"quantization_error: {what} must be a floating-point tensor")
    if w.shape != q.shape:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"quantization_error: shapes differ: w {tuple(w.shape)}, q {tuple(q.shape)}",
            w_shape=tuple(w.shape),
            q_shape=tuple(q.shape),
        )
    if w.numel() == 0:
        raise WorkerError(Code.INVALID_ARGUMENT, "quantization_error: the tensors are empty")
    with torch.no_grad():
        w64 = w.detach().to(torch.float64)
        diff = q.detach().to(device=w64.device, dtype=torch.float64) - w64
        signal, noise, max_abs = torch.stack(
            [w64.square().sum(), diff.square().sum(), diff.abs().max()]
        ).tolist()  # one host sync
    if noise == 0.0:
        rel_mse, sqnr_db = 0.0, math.inf
    elif signal == 0.0:
        rel_mse, sqnr_db = math.inf, -math.inf
    else:
        rel_mse = noise / signal
        sqnr_db = 10.0 * math.log10(signal / noise)
    return {"rel_mse": rel_mse, "sqnr_db": sqnr_db, "max_abs": max_abs}
