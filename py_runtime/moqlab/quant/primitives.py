"""Fake quantization ``Q_b`` and the integer codes behind it (SEMANTICS.md §6). Pure tensor math.

Everything is computed in fp32 whatever the input dtype (fp16/bf16/fp64 inputs are cast to fp32
first); :func:`fake_quantize` returns the input's dtype. Results carry no autograd history (MoQ's
straight-through estimator is implicit: gradients are taken at the rewritten weights).

Per group (see :mod:`.grouping`), with ``b`` bits, ``m = max|x|``, ``lo = min x``, ``hi = max x``,
``R`` the rounding and ``ε = EPS``:

- standard, symmetric: ``Δ = max(m, ε) / (2^(b−1) − 1)``, ``q = clamp(R(x/Δ), −(2^(b−1) − 1), 2^(b−1) − 1)``,
  ``x̂ = q·Δ``.
- standard, asymmetric: ``Δ = max(hi − lo, ε) / (2^b − 1)``, ``q = clamp(R(x/Δ) + z, 0, 2^b − 1)``,
  ``x̂ = (q − z)·Δ``.
- deepspeed, symmetric: ``Δ = 2·max(m, ε) / 2^b``, ``q = clamp(R(x/Δ), −2^(b−1), 2^(b−1) − 1)`` (the
  positive extreme is clipped one step), ``x̂ = q·Δ``.
- deepspeed, asymmetric: ``Δ = max(hi − lo, ε) / 2^b``, ``q = clamp(R(x/Δ) + z, 0, 2^b − 1)``,
  ``x̂ = (q − z)·Δ``.

with the zero point ``z = round(−lo/Δ)`` (round half to even) in both asymmetric grids, in code
units. The operations are exactly these, in this order, in IEEE fp32: ``Δ`` and ``x/Δ`` are true
divisions (the divisor is a device tensor, so CUDA does not turn them into multiplications by a
reciprocal and CPU and CUDA agree bit for bit with nearest rounding), then ``R``, ``+ z``, the clamp,
``(q − z)`` and ``·Δ``. (For standard symmetric nearest rounding the clamp is provably a no-op and is
skipped; see ``QuantParams.needs_clamp``.)

DeepSpeed grid, what differs from DeepSpeed ≤ 0.6's ``quantize_highbit`` (the behaviour it mirrors:
the same Δ, code ranges and clipping of the top code):

- DeepSpeed divides by an unguarded Δ, so an all-zero (sym) or constant (asym) group gives 0/0 =
  NaN; here ``ε`` guards it (zeros stay zero; a constant group stays constant, except that the
  symmetric deepspeed grid clips a positive constant one step like any positive extreme).
- DeepSpeed computes ``zp = round(lo/Δ)·Δ``, ``q = round((x − zp)/Δ)``, ``x̂ = q·Δ + zp``. Here
  ``z = round(−lo/Δ) = −round(lo/Δ)`` (half-to-even rounding is odd-symmetric, so the zero-point
  *value* is the same ``round(lo/Δ)·Δ = −z·Δ``), ``q = R(x/Δ) + z`` and ``x̂ = (q − z)·Δ``: the same
  grid, one zero-point convention for both grids (so export and the kernels have one formula),
  and fewer roundings. The results differ from DeepSpeed's only in the last bit of ``x̂`` or when
  ``x/Δ`` is within an ulp of a rounding tie.
- DeepSpeed's stochastic rounding is ``round(y + p)``, ``p ~ U[−0.5, 0.5)``; here (spec) it is
  ``floor(y + u)``, ``u ~ U[0, 1)``: the same distribution.

``ε = EPS = 1e-8`` (see its comment). Rounding: ``nearest`` = round half to even (``torch.round``);
``stochastic`` = ``floor(y + u)`` with ``u`` drawn with ``uniform_`` from the caller's generator in
row-major order of the flattened tensor (so a seeded generator replays exactly). Stochastic rounding
is unbiased (E[x̂] = x) except where the clamp cuts: deepspeed's clipped positive extreme, and an
asymmetric group's extremes when ``z`` rounding moved them off the grid.

Low bits (require ``symmetric`` and ``nearest``; grids do not apply):

- b = 2, ternary, per group: ``τ = 0.7·mean|x|``; ``α = mean of |x| over |x| > τ`` (0 when nothing
  exceeds τ, which happens only for an all-zero group since ``max|x| ≥ mean|x| > τ`` otherwise);
  ``x̂ = sign(x)·α`` where ``|x| > τ``, else 0. Codes ``{−1, 0, 1}``, scale ``α``.
- b = 1, binary, per group: ``x̂ = s·mean|x|`` with ``s = +1`` for ``x ≥ 0`` (including ±0) and ``−1``
  for ``x < 0``. ``sign(0) = +1`` (unlike DeepSpeed's ``torch.sign``, which gives 0 and so a third
  level): a 1-bit code has two values. An all-zero group gives 0 (``mean|x| = 0``). Codes
  ``{−1, 1}``, scale ``mean|x|``.

Non-finite inputs (and ranges ``hi − lo`` beyond fp32's maximum) give non-finite outputs; callers
train with finite weights.
"""

from __future__ import annotations

from dataclasses import dataclass

import torch

from ..errors import Code, WorkerError
from .grouping import GroupLayout
from .scheme import Levels, QuantParams, QuantScheme, check_scheme

# The default of the public functions: symmetric, nearest, standard grid, one group.
PER_TENSOR = QuantScheme()

# ε guards zero-range groups (max|x| = 0 symmetric, hi − lo = 0 asymmetric). 1e-8 because:
# - it changes nothing for real weights: it only enters when a group's max|x| (or range) is below
#   1e-8, i.e. below fp16's smallest subnormal (6e-8) and ~1e-6 of typical weight magnitudes;
# - Δ ≥ ε / 65535 ≈ 1.5e-13 stays a normal fp32 number, so no result depends on flush-to-zero /
#   denormals-are-zero settings (with torch.finfo(float32).tiny, Δ = tiny / (2^b − 1) would be
#   subnormal and a flushed Δ turns 0/Δ into NaN);
# - an asymmetric constant group c gets z = round(−c/Δ) with |c/Δ| ≤ |c|·6.6e12, finite for any
#   |c| < 5e25, so constants come back as (−z)·Δ ≈ c without overflow (with tiny, |c| > ~1e-33
#   overflows to inf and inf − inf = NaN).
EPS: float = 1e-8

_F32 = torch.float32


# ------------------------------------------------------------------------------------------- core
def check_input(x: torch.Tensor, what: str = "x") -> None:
    if not isinstance(x, torch.Tensor):
        raise WorkerError(Code.INVALID_ARGUMENT, f"{what} must be a torch.Tensor, got {type(x).__name__}")
    if not x.is_floating_point():
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{what} must be a floating-point tensor, got dtype {x.dtype}",
            dtype=x.dtype,
        )


def check_generator(p: QuantParams, generator: torch.Generator | None, device: torch.device) -> None:
    if not p.scheme.stochastic:
        return
    if generator is None:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            "stochastic rounding needs a generator (use moqlab.quant.stochastic_generator(seed, counter, "
            "param_index, device) so that the draw replays)",
        )
    if generator.device.type != device.type:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"the stochastic-rounding generator is for {generator.device}, the tensor is on {device}",
            generator_device=generator.device,
            device=device,
        )


def _by(value: float, like: torch.Tensor) -> torch.Tensor:
    # A same-device tensor, so that x / value is a true IEEE division on every device (CUDA turns a
    # division by a host scalar into a multiplication by its reciprocal).
    return torch.full((1, 1), value, dtype=_F32, device=like.device)


def _codes_(
    src: torch.Tensor,
    p: QuantParams,
    generator: torch.Generator | None,
    out: torch.Tensor,
) -> tuple[torch.Tensor, torch.Tensor | None]:
    """Write the grid codes ``q`` of ``src`` (fp32, ``(groups, group_len)``) into ``out`` (fp32, same
    shape, may be ``src`` itself) as integral fp32 values; return ``(scale, zero)``, each ``(groups, 1)``
    fp32 (``zero`` is None for symmetric schemes). For ternary/binary, q ∈ {−1, 0, 1} and scale = α."""
    if p.levels is Levels.LINEAR:
        # amax + amin rather than aminmax: torch's CPU aminmax(dim=...) is not vectorized (~20x slower).
        lo = torch.amin(src, dim=1, keepdim=True)
        hi = torch.amax(src, dim=1, keepdim=True)
        if p.scheme.symmetric:
            scale = torch.maximum(hi, lo.neg_()).clamp_min_(EPS).div_(_by(p.divisor, src))
            zero = None
        else:
            scale = hi.sub_(lo).clamp_min_(EPS).div_(_by(p.divisor, src))
            zero = lo.neg_().div_(scale).round_()  # z = round(−lo/Δ)
        torch.div(src, scale, out=out)
        if p.scheme.stochastic:
            noise = torch.empty_like(out).uniform_(0.0, 1.0, generator=generator)
            out.add_(noise).floor_()
            del noise
        else:
            out.round_()
        if zero is not None:
            out.add_(zero)
        if p.needs_clamp:
            out.clamp_(p.qmin, p.qmax)
        return scale, zero

    length = src.shape[1]
    mag = src.abs()
    mean = mag.sum(dim=1, keepdim=True).div_(_by(float(length), src))
    if p.levels is Levels.BINARY:
        out.copy_(src >= 0).mul_(2.0).sub_(1.0)  # +1 for x ≥ 0 (±0 included), −1 for x < 0
        return mean, None
    # ternary
    mask = mag > mean * 0.7
    count = mask.sum(dim=1, keepdim=True, dtype=_F32)
    total = mag.mul_(mask).sum(dim=1, keepdim=True)
    alpha = torch.where(count > 0, total.div_(count.clamp_min(1.0)), torch.zeros_like(total))
    torch.sign(src, out=out)
    out.mul_(mask)
    return alpha, None


def _values_(
    q: torch.Tensor, scale: torch.Tensor, zero: torch.Tensor | None, out: torch.Tensor
) -> torch.Tensor:
    """``x̂ = q·Δ`` or ``(q − z)·Δ`` into ``out`` (may be ``q``; may be fp16/bf16: one rounding of the
    fp32 product). ``q`` is clobbered when ``zero`` is given."""
    if zero is not None:
        q.sub_(zero)
    return torch.mul(q, scale, out=out)


def _prepare(x: torch.Tensor, bits: int, scheme: QuantScheme, generator: torch.Generator | None) -> QuantParams:
    check_input(x)
    p = check_scheme(scheme).params(bits)
    scheme.layout.check(x.shape)
    check_generator(p, generator, x.device)
    return p


def _fp32_work_copy(x: torch.Tensor, layout: GroupLayout) -> torch.Tensor:
    """A fresh fp32 ``(groups, group_len)`` copy of ``x`` (the caller's tensor is never written)."""
    flat = x.detach().reshape(layout.num_groups(x.shape), -1)
    return flat.to(dtype=_F32, copy=True)


# ------------------------------------------------------------------------------------------- API
def fake_quantize(
    x: torch.Tensor, bits: int, scheme: QuantScheme = PER_TENSOR, *, generator: torch.Generator | None = None
) -> torch.Tensor:
    """``Q_b(x)``: quantize then dequantize, computed in fp32, returned in ``x.dtype`` (new tensor).

    ``scheme`` defaults to symmetric, nearest, standard grid, one group for the whole tensor.
    ``generator`` is required for stochastic rounding and must be on ``x``'s device type.
    Raises ``WorkerError(INVALID_ARGUMENT)`` for bad settings or a layout that does not fit ``x``.
    """
    p = _prepare(x, bits, scheme, generator)
    with torch.no_grad():
        work = _fp32_work_copy(x, scheme.layout)
        scale, zero = _codes_(work, p, generator, work)
        _values_(work, scale, zero, work)
        return work.view(x.shape).to(x.dtype)


@dataclass(eq=False)
class QuantizedTensor:
    """The integer form of ``Q_b(x)``: what export packs (SEMANTICS.md §6, spec/kernels.md).

    - ``codes``: ``x.shape``, int8 (b ≤ 8) or int16 (b > 8). Stored code ``c = q − code_offset``
      where ``q`` is the grid code of the table in this module's docstring: symmetric grids store
      ``q`` itself; asymmetric grids store ``q − 2^(b−1)`` (so ``[0, 2^b − 1]`` fits the signed type);
      :meth:`grid_codes` gives ``q`` back. Ternary: ``{−1, 0, 1}``; binary: ``{−1, 1}``.
    - ``scales``: fp32 Δ (α for ternary/binary), one per group, shape :meth:`GroupLayout.scale_shape`
      of ``scheme.layout``: ``(1,)``, ``(G,)`` or ``(out, in / g)``.
    - ``zero_points``: asymmetric only (else None), same shape as ``scales``, fp32 holding an integer:
      the grid-unit zero point ``z = round(−lo/Δ)`` of both grids, so ``x̂ = (q − z)·Δ``. It lies in
      ``[0, 2^b − 1]`` whenever the group's range contains 0 (every real weight matrix); a group
      that does not (e.g. a nonzero constant) has a larger ``|z|``, which is why it is fp32 and not
      an integer type. (DeepSpeed's additive zero-point value is ``−z·Δ``.)
    - ``scheme``: the scheme the codes were made with; ``dtype``: the dtype of the quantized tensor
      (what :func:`dequantize` returns).

    ``dequantize(quantize(x, ...))`` equals ``fake_quantize(x, ...)`` bit for bit.
    """

    codes: torch.Tensor
    scales: torch.Tensor
    zero_points: torch.Tensor | None
    bits: int
    scheme: QuantScheme
    shape: tuple[int, ...]
    dtype: torch.dtype

    @property
    def params(self) -> QuantParams:
        return self.scheme.params(self.bits)

    @property
    def layout(self) -> GroupLayout:
        return self.scheme.layout

    def grid_codes(self) -> torch.Tensor:
        """The grid codes ``q`` (int32): ``codes + code_offset``."""
        offset = self.params.code_offset
        q = self.codes.to(torch.int32)
        return q.add_(offset) if offset else q


def quantize(
    x: torch.Tensor, bits: int, scheme: QuantScheme = PER_TENSOR, *, generator: torch.Generator | None = None
) -> QuantizedTensor:
    """The codes, scales and zero points :func:`fake_quantize` uses (same arguments, same math)."""
    p = _prepare(x, bits, scheme, generator)
    with torch.no_grad():
        work = _fp32_work_copy(x, scheme.layout)
        scale, zero = _codes_(work, p, generator, work)
        if p.code_offset:
            work.sub_(p.code_offset)  # exact: small integers
        scale_shape = scheme.layout.scale_shape(x.shape)
        return QuantizedTensor(
            codes=work.view(x.shape).to(p.code_dtype),
            scales=scale.reshape(scale_shape),
            zero_points=zero.reshape(scale_shape) if zero is not None else None,
            bits=p.bits,
            scheme=scheme,
            shape=tuple(x.shape),
            dtype=x.dtype,
        )


def dequantize(qt: QuantizedTensor) -> torch.Tensor:
    """``x̂`` from codes, scales and zero points, in ``qt.dtype`` (computed in fp32)."""
    p = qt.params
    with torch.no_grad():
        groups = qt.layout.num_groups(qt.shape)
        q = qt.codes.reshape(groups, -1).to(_F32)
        if p.code_offset:
            q.add_(p.code_offset)
        scale = qt.scales.reshape(groups, 1).to(_F32)
        zero = qt.zero_points.reshape(groups, 1).to(_F32) if qt.zero_points is not None else None
        _values_(q, scale, zero, q)
        return q.view(qt.shape).to(qt.dtype)
