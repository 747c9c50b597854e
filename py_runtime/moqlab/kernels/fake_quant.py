"""The MoQ rewrite with the fused fake-quantization kernel where it applies, the PyTorch one elsewhere.

:func:`moq_rewrite` has the arguments and the result of :func:`moqlab.quant.moq_rewrite_`. Asked to
(``fused=True``: the config's ``quantizer_kernel``; never the default until the kernel has passed on a
GPU, :data:`~.triton_backend.GPU_VERIFIED`), on a CUDA tensor, with triton importable, it runs one Triton kernel per tensor (two for groups longer than
:data:`~.triton_kernels.ONE_PASS_MAX`) that reads the master once, takes each group's min and max,
quantizes, dequantizes, blends and writes the working weights: the same operations in the same order,
so with nearest rounding the codes and values are bit for bit those of PyTorch's path.

Stochastic rounding takes its noise ``u`` from the caller's ``torch.Generator``, drawn exactly as the
PyTorch path draws it (one ``uniform_`` over the fp32 ``(groups, group length)`` view), and the kernel
reads it: the codes are then bit for bit PyTorch's too, so export, which replays the last rewrite with
the same generator (:mod:`moqlab.export`), finds the grid training used. The draw costs one more
write and read of 4 bytes per weight; nearest rounding reads the master and writes the working
weights once.

Ternary and binary widths, non-contiguous tensors and CPU tensors take the PyTorch path, and so does
every rewrite once the kernel has failed in the process (:func:`.triton_backend.guarded`).
"""

from __future__ import annotations

import torch

from ..quant.primitives import PER_TENSOR
from ..quant.rewrite import check_rewrite, rewrite_checked_
from ..quant.scheme import Levels, QuantParams, QuantScheme
from .triton_backend import enabled, guarded, interpreting, triton_available

FAKE_QUANT = "fake-quant"

_FLOATS = (torch.float32, torch.float16, torch.bfloat16)


def fused_available(device: torch.device) -> bool:
    """Whether the fused kernel can run on ``device`` in this process at all (CUDA, or the CPU under Triton's
    interpreter; triton importable; not switched off after a failure)."""
    on_device = device.type == "cuda" or (interpreting() and device.type == "cpu")
    return on_device and enabled(FAKE_QUANT) and triton_available()


def fused_applies(working: torch.Tensor, master: torch.Tensor, p: QuantParams) -> bool:
    """Whether :func:`moq_rewrite` with ``fused=True`` runs the fused kernel for these tensors and settings."""
    return (
        fused_available(working.device)
        and p.levels is Levels.LINEAR
        and working.dtype in _FLOATS
        and master.dtype in _FLOATS
        and working.is_contiguous()
        and master.is_contiguous()
        and working.numel() < 2**31
    )


def fused_rewrite_(
    working: torch.Tensor, master: torch.Tensor, p: QuantParams, r: float, generator: torch.Generator | None
) -> None:
    """The fused kernel on checked arguments (:func:`fused_applies` true, ``r < 1``)."""
    from . import triton_kernels as tk

    n = p.scheme.layout.num_groups(working.shape)
    src = master.detach().view(n, -1)
    noise = None
    if p.scheme.stochastic:
        noise = torch.empty(src.shape, dtype=torch.float32, device=src.device).uniform_(0.0, 1.0, generator=generator)
    tk.fake_quant_rows(
        src, working.detach().view(n, -1), round_to=working.dtype, symmetric=p.scheme.symmetric, divisor=p.divisor,
        qmin=p.qmin, qmax=p.qmax, clamp=p.needs_clamp, noise=noise, mix_ratio=r,
    )


def moq_rewrite(
    working: torch.Tensor,
    master: torch.Tensor,
    bits: int,
    mix_ratio: float,
    scheme: QuantScheme = PER_TENSOR,
    *,
    fused: bool = False,
    generator: torch.Generator | None = None,
) -> None:
    """:func:`moqlab.quant.moq_rewrite_` (the same arguments and result); with ``fused``, the fused kernel where
    it applies (module docstring)."""
    r, p = check_rewrite(working, master, bits, mix_ratio, scheme, generator)

    def plain() -> None:
        rewrite_checked_(working, master, r, p, generator)

    if not fused or r == 1.0 or not fused_applies(working, master, p):
        plain()
        return
    if scheme.stochastic and generator is not None:
        # the fallback must draw what the kernel would have drawn: from the generator's state before the kernel
        state = generator.get_state()

        def fallback() -> None:
            generator.set_state(state)
            plain()
    else:
        fallback = plain
    with torch.no_grad():
        guarded(FAKE_QUANT, lambda: fused_rewrite_(working, master, p, r, generator), fallback)
