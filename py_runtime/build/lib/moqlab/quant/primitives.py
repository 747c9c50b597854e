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

import enum
import functools
import numbers
from dataclasses import dataclass

import torch

from ..errors import Code, WorkerError
from .grouping import GroupLayout

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


class Grid(str, enum.Enum):
    """The quantization grid (string-valued, so ``"standard"`` and ``Grid.STANDARD`` are interchangeable)."""

    STANDARD = "standard"
    DEEPSPEED = "deepspeed"


class Rounding(str, enum.Enum):
    """``nearest``: round half to even; ``stochastic``: ``floor(y + u)``, ``u ~ U[0, 1)`` from a generator."""

    NEAREST = "nearest"
    STOCHASTIC = "stochastic"


class Scheme(str, enum.Enum):
    """Which quantizer a bit width selects: linear grid (b ≥ 3), ternary (b = 2) or binary (b = 1)."""

    LINEAR = "linear"
    TERNARY = "ternary"
    BINARY = "binary"


def _parse_enum(enum_cls: type[enum.Enum], value: object, key: str) -> enum.Enum:
    if isinstance(value, enum_cls):
        return value
    try:
        return enum_cls(value)
    except (ValueError, TypeError):
        valid = ", ".join(repr(e.value) for e in enum_cls)
        raise WorkerError(
            Code.INVALID_ARGUMENT, f"{key} must be one of {valid}, got {value!r}", field=key, value=value
        ) from None


@dataclass(frozen=True)
class QuantParams:
    """Validated bit width, mode, rounding and grid, with the derived code range and scale divisor."""

    bits: int
    symmetric: bool
    rounding: Rounding
    grid: Grid

    @property
    def scheme(self) -> Scheme:
        return Scheme.BINARY if self.bits == 1 else Scheme.TERNARY if self.bits == 2 else Scheme.LINEAR

    @property
    def qmin(self) -> int:
        """Smallest code of the grid (linear schemes; -1 for ternary/binary)."""
        b = self.bits
        if self.scheme is not Scheme.LINEAR:
            return -1
        if not self.symmetric:
            return 0
        return -(2 ** (b - 1)) if self.grid is Grid.DEEPSPEED else -(2 ** (b - 1) - 1)

    @property
    def qmax(self) -> int:
        b = self.bits
        if self.scheme is not Scheme.LINEAR:
            return 1
        return 2**b - 1 if not self.symmetric else 2 ** (b - 1) - 1

    @property
    def divisor(self) -> float:
        """Δ = max(m, ε) / divisor (symmetric) or max(hi − lo, ε) / divisor (asymmetric).

        deepspeed symmetric: 2·M/2^b = M/2^(b−1), bit for bit (scaling by powers of two is exact)."""
        b = self.bits
        if self.grid is Grid.DEEPSPEED:
            return float(2 ** (b - 1) if self.symmetric else 2**b)
        return float(2 ** (b - 1) - 1 if self.symmetric else 2**b - 1)

    @property
    def code_dtype(self) -> torch.dtype:
        return torch.int8 if self.bits <= 8 else torch.int16

    @property
    def code_offset(self) -> int:
        """Stored codes are ``q − code_offset``: asymmetric codes ``[0, 2^b − 1]`` are stored shifted by
        ``2^(b−1)`` so that they fit int8 (b ≤ 8) / int16 (b ≤ 16); symmetric codes are stored as is."""
        return 2 ** (self.bits - 1) if (self.scheme is Scheme.LINEAR and not self.symmetric) else 0

    @property
    def needs_clamp(self) -> bool:
        # standard symmetric + nearest: |x/Δ| ≤ k·(1 + 2^-23) < k + 1/2 for k = 2^(b−1) − 1 < 2^15
        # (Δ = fl(M/k) is a normal number since M ≥ ε), so round() never leaves [−k, k]: the clamp is
        # provably a no-op there and is skipped (the tests compare against a literal clamp).
        return not (
            self.symmetric and self.grid is Grid.STANDARD and self.rounding is Rounding.NEAREST
        )


def _validated_params(bits: object, symmetric: object, rounding: object, grid: object) -> QuantParams:
    if isinstance(bits, bool) or not isinstance(bits, numbers.Integral) or not 1 <= int(bits) <= 16:
        raise WorkerError(
            Code.INVALID_ARGUMENT, f"bits must be an integer in 1..16, got {bits!r}", field="bits", value=bits
        )
    if not isinstance(symmetric, bool):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"symmetric must be True or False, got {symmetric!r}",
            field="symmetric",
            value=symmetric,
        )
    params = QuantParams(
        int(bits),
        symmetric,
        _parse_enum(Rounding, rounding, "rounding"),  # type: ignore[arg-type]
        _parse_enum(Grid, grid, "grid"),  # type: ignore[arg-type]
    )
    if params.scheme is not Scheme.LINEAR and (not params.symmetric or params.rounding is not Rounding.NEAREST):
        kind = params.scheme.value
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{params.bits}-bit ({kind}) quantization requires symmetric quantization with nearest rounding; "
            f"got {'symmetric' if params.symmetric else 'asymmetric'} with {params.rounding.value} rounding",
            bits=params.bits,
            symmetric=params.symmetric,
            rounding=params.rounding.value,
        )
    return params


@functools.lru_cache(maxsize=512)
def _cached_params(bits: int, symmetric: bool, rounding: object, grid: object) -> QuantParams:
    return _validated_params(bits, symmetric, rounding, grid)


def quant_params(
    bits: object, symmetric: object = True, rounding: object = "nearest", grid: object = "standard"
) -> QuantParams:
    """Validate and bundle the quantizer settings (cached: cheap to call on every step)."""
    # Only exact ints/bools reach the cache: 3.0 == 3 and True == 1 would otherwise share entries.
    if type(bits) is not int or type(symmetric) is not bool:
        return _validated_params(bits, symmetric, rounding, grid)
    try:
        return _cached_params(bits, symmetric, rounding, grid)
    except TypeError:  # an unhashable rounding/grid: validate without the cache (it raises the typed error)
        return _validated_params(bits, symmetric, rounding, grid)


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
    if p.rounding is not Rounding.STOCHASTIC:
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
    if p.scheme is Scheme.LINEAR:
        # amax + amin rather than aminmax: torch's CPU aminmax(dim=...) is not vectorized (~20x slower).
        lo = torch.amin(src, dim=1, keepdim=True)
        hi = torch.amax(src, dim=1, keepdim=True)
        if p.symmetric:
            scale = torch.maximum(hi, lo.neg_()).clamp_min_(EPS).div_(_by(p.divisor, src))
            zero = None
        else:
            scale = hi.sub_(lo).clamp_min_(EPS).div_(_by(p.divisor, src))
            zero = lo.neg_().div_(scale).round_()  # z = round(−lo/Δ)
        torch.div(src, scale, out=out)
        if p.rounding is Rounding.STOCHASTIC:
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
    if p.scheme is Scheme.BINARY:
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


def _prepare(
    x: torch.Tensor,
    bits: int,
    symmetric: bool,
    rounding: str | Rounding,
    groups: int | None,
    group_size: int | None,
    grid: str | Grid,
    generator: torch.Generator | None,
) -> tuple[QuantParams, GroupLayout]:
    check_input(x)
    p = quant_params(bits, symmetric, rounding, grid)
    layout = GroupLayout.of(groups, group_size)
    layout.check(x.shape)
    check_generator(p, generator, x.device)
    return p, layout


def _fp32_work_copy(x: torch.Tensor, layout: GroupLayout) -> torch.Tensor:
    """A fresh fp32 ``(groups, group_len)`` copy of ``x`` (the caller's tensor is never written)."""
    flat = x.detach().reshape(layout.num_groups(x.shape), -1)
    return flat.to(dtype=_F32, copy=True)


# ------------------------------------------------------------------------------------------- API
def fake_quantize(
    x: torch.Tensor,
    bits: int,
    *,
    symmetric: bool = True,
    rounding: str | Rounding = Rounding.NEAREST,
    groups: int | None = None,
    group_size: int | None = None,
    grid: str | Grid = Grid.STANDARD,
    generator: torch.Generator | None = None,
) -> torch.Tensor:
    """``Q_b(x)``: quantize then dequantize, computed in fp32, returned in ``x.dtype`` (new tensor).

    ``groups`` / ``group_size`` select the group layout (:mod:`.grouping`; neither = one group).
    ``generator`` is required for ``rounding="stochastic"`` and must be on ``x``'s device type.
    Raises ``WorkerError(INVALID_ARGUMENT)`` for bad settings or a layout that does not fit ``x``.
    """
    p, layout = _prepare(x, bits, symmetric, rounding, groups, group_size, grid, generator)
    with torch.no_grad():
        work = _fp32_work_copy(x, layout)
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
    - ``scales``: fp32 Δ (α for ternary/binary), one per group, shape :meth:`GroupLayout.scale_shape`:
      ``(1,)``, ``(G,)`` or ``(out, in / g)``.
    - ``zero_points``: asymmetric only (else None), same shape as ``scales``, fp32 holding an integer:
      the grid-unit zero point ``z = round(−lo/Δ)`` of both grids, so ``x̂ = (q − z)·Δ``. It lies in
      ``[0, 2^b − 1]`` whenever the group's range contains 0 (every real weight matrix); a group
      that does not (e.g. a nonzero constant) has a larger ``|z|``, which is why it is fp32 and not
      an integer type. (DeepSpeed's additive zero-point value is ``−z·Δ``.)
    - ``dtype``: the dtype of the quantized tensor (what :func:`dequantize` returns).

    ``dequantize(quantize(x, ...))`` equals ``fake_quantize(x, ...)`` bit for bit.
    """

    codes: torch.Tensor
    scales: torch.Tensor
    zero_points: torch.Tensor | None
    bits: int
    symmetric: bool
    grid: Grid
    layout: GroupLayout
    shape: tuple[int, ...]
    dtype: torch.dtype

    @property
    def params(self) -> QuantParams:
        return quant_params(self.bits, self.symmetric, Rounding.NEAREST, self.grid)  # rounding: irrelevant here

    @property
    def scheme(self) -> Scheme:
        return self.params.scheme

    @property
    def code_offset(self) -> int:
        return self.params.code_offset

    @property
    def qmin(self) -> int:
        return self.params.qmin

    @property
    def qmax(self) -> int:
        return self.params.qmax

    def grid_codes(self) -> torch.Tensor:
        """The grid codes ``q`` (int32): ``codes + code_offset``."""
        q = self.codes.to(torch.int32)
        return q.add_(self.code_offset) if self.code_offset else q


def quantize(
    x: torch.Tensor,
    bits: int,
    *,
    symmetric: bool = True,
    rounding: str | Rounding = Rounding.NEAREST,
    groups: int | None = None,
    group_size: int | None = None,
    grid: str | Grid = Grid.STANDARD,
    generator: torch.Generator | None = None,
) -> QuantizedTensor:
    """The codes, scales and zero points :func:`fake_quantize` uses (same arguments, same math)."""
    p, layout = _prepare(x, bits, symmetric, rounding, groups, group_size, grid, generator)
    with torch.no_grad():
        work = _fp32_work_copy(x, layout)
        scale, zero = _codes_(work, p, generator, work)
        if p.code_offset:
            work.sub_(p.code_offset)  # exact: small integers
        scale_shape = layout.scale_shape(x.shape)
        return QuantizedTensor(
            codes=work.view(x.shape).to(p.code_dtype),
            scales=scale.reshape(scale_shape),
            zero_points=zero.reshape(scale_shape) if zero is not None else None,
            bits=p.bits,
            symmetric=p.symmetric,
            grid=p.grid,
            layout=layout,
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
