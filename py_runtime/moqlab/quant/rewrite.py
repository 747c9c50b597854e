"""The MoQ weight rewrite of one tensor (SEMANTICS.md §1, §5) and the replayable stochastic-rounding RNG.

After every successful optimizer step the trainer calls, for each quantized parameter::

    moq_rewrite_(slot.working, slot.master, bits, r, scheme, generator=g)

which writes ``r·W + (1−r)·Q_b(W)`` into ``working``'s storage, where ``W`` is the master cast to the
working dtype and ``Q_b`` is :func:`~moqlab.quant.primitives.fake_quantize` (computed in fp32 on
``W``). This module decides nothing: ``bits`` and ``r`` come from the controller's schedule.
"""

from __future__ import annotations

import numbers

import torch

from ..errors import Code, WorkerError
from .primitives import PER_TENSOR, _codes_, _values_, check_generator, check_input
from .scheme import QuantParams, QuantScheme, check_scheme

_F32 = torch.float32
_MASK64 = (1 << 64) - 1
_MASK63 = (1 << 63) - 1


def _check_ratio(mix_ratio: object) -> float:
    if isinstance(mix_ratio, bool) or not isinstance(mix_ratio, numbers.Real) or not 0.0 <= float(mix_ratio) <= 1.0:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"mix_ratio (the unquantized share r) must be a number in [0, 1], got {mix_ratio!r}",
            field="mix_ratio",
            value=mix_ratio,
        )
    return float(mix_ratio)


def _overlaps(a: torch.Tensor, b: torch.Tensor) -> bool:
    a0, b0 = a.data_ptr(), b.data_ptr()
    a1 = a0 + a.numel() * a.element_size()
    b1 = b0 + b.numel() * b.element_size()
    return a.device == b.device and a0 < b1 and b0 < a1


def check_rewrite(
    working: torch.Tensor,
    master: torch.Tensor,
    bits: object,
    mix_ratio: object,
    scheme: QuantScheme,
    generator: torch.Generator | None,
) -> tuple[float, QuantParams]:
    """The argument checks of :func:`moq_rewrite_` (shared with the fused CUDA rewrite): ``(r, params)``."""
    check_input(working, "working")
    check_input(master, "master")
    if working.shape != master.shape:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"working tensor of shape {tuple(working.shape)} and master of shape {tuple(master.shape)} differ",
            working_shape=tuple(working.shape),
            master_shape=tuple(master.shape),
        )
    if working.device != master.device:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"working tensor is on {working.device}, its master on {master.device}",
        )
    r = _check_ratio(mix_ratio)
    p = check_scheme(scheme).params(bits)
    scheme.layout.check(working.shape)
    check_generator(p, generator, working.device)
    if _overlaps(working, master):
        raise WorkerError(
            Code.FAILED_PRECONDITION,
            f"the working tensor (shape {tuple(working.shape)}) shares memory with its master; give the master its "
            "own storage (Trainer._unalias_masters) before rewriting",
        )
    return r, p


def moq_rewrite_(
    working: torch.Tensor,
    master: torch.Tensor,
    bits: int,
    mix_ratio: float,
    scheme: QuantScheme = PER_TENSOR,
    *,
    generator: torch.Generator | None = None,
) -> None:
    """Write ``w ← r·W + (1−r)·Q_b(W)`` in place into ``working`` (its storage; nothing is rebound).

    - ``W = master.to(working.dtype)``; ``Q_b(W)`` is computed in fp32 on that (cast) value with the
      ``scheme`` of :func:`~moqlab.quant.primitives.fake_quantize`; the blend is computed in
      fp32 as ``torch.lerp(Q, W, r) = Q + r·(W − Q)`` and the result is cast to ``working.dtype``
      (one rounding).
    - ``r = 0`` writes exactly ``Q_b(W)`` (bit-identical to ``fake_quantize(W)``); ``r = 1`` writes
      exactly ``W`` (nothing is quantized, no generator is drawn from).
    - ``generator`` (stochastic rounding only) must be on ``working``'s device type; use
      :func:`stochastic_generator` so that the step replays.
    - ``working`` and ``master`` must not share memory (fp32 trainers alias them until
      ``Trainer._unalias_masters``): that is ``FAILED_PRECONDITION``.

    Cost: fp32 working weights, symmetric standard grid, nearest rounding, r = 0: two reductions over
    the master (amin, amax) and three elementwise passes (÷Δ, round, ·Δ) written into ``working``'s
    own storage, no full-size temporaries (asymmetric/deepspeed grids: + z, clamp, − z passes).
    fp16/bf16 working weights add a cast pass and one fp32 temporary; 0 < r < 1 and stochastic
    rounding one more temporary each.
    """
    r, p = check_rewrite(working, master, bits, mix_ratio, scheme, generator)
    rewrite_checked_(working, master, r, p, generator)


def rewrite_checked_(
    working: torch.Tensor, master: torch.Tensor, r: float, p: QuantParams, generator: torch.Generator | None
) -> None:
    """:func:`moq_rewrite_` on what :func:`check_rewrite` returned, for callers that checked once already
    (the fused path's fallback): the checks run once per tensor per step."""
    layout = p.scheme.layout
    with torch.no_grad():
        if r == 1.0:
            working.copy_(master)
            return
        n = layout.num_groups(working.shape)
        contiguous = working.is_contiguous()
        if working.dtype == _F32:
            src = master.detach().reshape(n, -1)
            if src.dtype != _F32:
                src = src.to(_F32)
            out = working.view(n, -1) if contiguous else torch.empty(src.shape, dtype=_F32, device=src.device)
            scale, zero = _codes_(src, p, generator, out)
            _values_(out, scale, zero, out)
            if r > 0.0:
                out.lerp_(src, r)
            if not contiguous:
                working.copy_(out.view(working.shape))
            return

        # fp16 / bf16 (or fp64) working weights: W = master cast to the working dtype, computed in fp32.
        working.copy_(master)  # working holds W until the result overwrites it
        w32 = working.detach().reshape(n, -1).to(_F32)  # a fresh fp32 copy of W
        if r == 0.0:
            scale, zero = _codes_(w32, p, generator, w32)
            if contiguous:
                _values_(w32, scale, zero, working.view(n, -1))  # fp32 product, one rounding on write
            else:
                working.copy_(_values_(w32, scale, zero, w32).view(working.shape))
            return
        q = torch.empty_like(w32)
        scale, zero = _codes_(w32, p, generator, q)
        _values_(q, scale, zero, q)
        q.lerp_(w32, r)
        working.copy_(q.view(working.shape))


# ------------------------------------------------------------------------------------------- RNG
def _splitmix64(x: int) -> int:
    """SplitMix64 (Steele, Lea & Flood 2014; the seeding function of java.util.SplittableRandom and of
    xoshiro): a bijection of 64-bit integers whose output bits all depend on all input bits."""
    x = (x + 0x9E3779B97F4A7C15) & _MASK64
    x = ((x ^ (x >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    x = ((x ^ (x >> 27)) * 0x94D049BB133111EB) & _MASK64
    return x ^ (x >> 31)


def stochastic_seed(seed: int, counter: int, param_index: int) -> int:
    """The 63-bit seed of :func:`stochastic_generator`:
    ``h = sm(sm(sm(seed) ^ counter) ^ param_index) & (2^63 − 1)`` with ``sm`` = SplitMix64 and each
    input taken modulo 2^64. Chaining (not xor-ing the three) keeps (s, n, i) and (s, i, n) apart.
    Pure integer arithmetic: the same on every host."""
    for key, value in (("seed", seed), ("counter", counter), ("param_index", param_index)):
        if isinstance(value, bool) or not isinstance(value, numbers.Integral) or int(value) < 0:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"stochastic rounding: {key} must be an integer >= 0, got {value!r}",
                field=key,
                value=value,
            )
    h = _splitmix64(int(seed) & _MASK64)
    h = _splitmix64(h ^ (int(counter) & _MASK64))
    h = _splitmix64(h ^ (int(param_index) & _MASK64))
    return h & _MASK63


def stochastic_generator(
    seed: int, counter: int, param_index: int, device: torch.device | str = "cpu"
) -> torch.Generator:
    """A fresh ``torch.Generator`` on ``device`` seeded with :func:`stochastic_seed` of
    (run seed, quantized-step counter ``n``, parameter index).

    The same triple gives the same draws wherever torch's generator is of the same kind: every
    data-parallel rank on the same device type, and a resumed run (nothing is carried between
    steps, so there is no RNG state to checkpoint). CPU (mt19937) and CUDA (Philox) generators
    produce different streams, so a CPU run and a CUDA run round differently. torch's CPU generator
    keeps only the low 32 bits of a seed, so on CPU two triples collide with probability 2^-32 (the
    collision merely correlates the noise of two (step, tensor) pairs).
    """
    g = torch.Generator(device=torch.device(device))
    g.manual_seed(stochastic_seed(seed, counter, param_index))
    return g
