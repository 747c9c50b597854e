"""The quantization scheme of a tensor (SEMANTICS.md §6): one typed, validated value.

A :class:`QuantScheme` says how a tensor is fake-quantized whatever its bit width: symmetric or not,
the rounding, the grid and the group layout. The server builds one per quantized tensor from the
protobuf message that configures quantization, and the primitives, the rewrite, the fused kernel
and export all take it as it is; the bits come apart, from each segment's plan.
:meth:`QuantScheme.params` adds a bit width and gives the derived code range and scale divisor.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import numbers

import torch

from ..errors import Code, WorkerError
from .grouping import GroupLayout


class Grid(str, enum.Enum):
    """The quantization grid (string-valued, so ``QuantScheme(grid="deepspeed")`` reads as the config)."""

    STANDARD = "standard"
    DEEPSPEED = "deepspeed"


class Rounding(str, enum.Enum):
    """``nearest``: round half to even; ``stochastic``: ``floor(y + u)``, ``u ~ U[0, 1)`` from a generator."""

    NEAREST = "nearest"
    STOCHASTIC = "stochastic"


class Levels(str, enum.Enum):
    """Which quantizer a bit width selects: linear grid (b ≥ 3), ternary (b = 2) or binary (b = 1)."""

    LINEAR = "linear"
    TERNARY = "ternary"
    BINARY = "binary"

    @staticmethod
    def of(bits: int) -> "Levels":
        return Levels.BINARY if bits == 1 else Levels.TERNARY if bits == 2 else Levels.LINEAR


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


@dataclasses.dataclass(frozen=True)
class QuantScheme:
    """How a tensor is quantized at any bit width; validated when built.

    ``rounding`` and ``grid`` take their enums or the config's strings (``"stochastic"``), which become
    the enums. ``groups`` / ``group_size`` select the group layout (:mod:`.grouping`; neither = one
    group for the whole tensor), available as :attr:`layout`.
    """

    symmetric: bool = True
    rounding: Rounding = Rounding.NEAREST
    grid: Grid = Grid.STANDARD
    groups: int | None = None
    group_size: int | None = None
    layout: GroupLayout = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.symmetric, bool):
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"symmetric must be True or False, got {self.symmetric!r}",
                field="symmetric",
                value=self.symmetric,
            )
        # A frozen dataclass normalizes its own fields through object.__setattr__.
        object.__setattr__(self, "rounding", _parse_enum(Rounding, self.rounding, "rounding"))
        object.__setattr__(self, "grid", _parse_enum(Grid, self.grid, "grid"))
        object.__setattr__(self, "layout", GroupLayout.of(self.groups, self.group_size))

    @property
    def stochastic(self) -> bool:
        return self.rounding is Rounding.STOCHASTIC

    def params(self, bits: object) -> "QuantParams":
        """This scheme at ``bits`` (validated; cached, so cheap on every step)."""
        # Only exact ints reach the cache: True == 1 would otherwise share an entry with 1.
        if type(bits) is not int:
            return _validated_params(self, bits)
        return _cached_params(self, bits)


def check_scheme(scheme: object) -> QuantScheme:
    """``scheme`` itself, when it is one (callers outside the package may pass anything)."""
    if not isinstance(scheme, QuantScheme):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"scheme must be a moqlab.quant.QuantScheme, got {type(scheme).__name__}",
            field="scheme",
        )
    return scheme


@dataclasses.dataclass(frozen=True)
class QuantParams:
    """A scheme at one bit width, with the derived code range and scale divisor."""

    scheme: QuantScheme
    bits: int

    @property
    def levels(self) -> Levels:
        return Levels.of(self.bits)

    @property
    def qmin(self) -> int:
        """Smallest code of the grid (linear levels; -1 for ternary/binary)."""
        b = self.bits
        if self.levels is not Levels.LINEAR:
            return -1
        if not self.scheme.symmetric:
            return 0
        return -(2 ** (b - 1)) if self.scheme.grid is Grid.DEEPSPEED else -(2 ** (b - 1) - 1)

    @property
    def qmax(self) -> int:
        b = self.bits
        if self.levels is not Levels.LINEAR:
            return 1
        return 2**b - 1 if not self.scheme.symmetric else 2 ** (b - 1) - 1

    @property
    def divisor(self) -> float:
        """Δ = max(m, ε) / divisor (symmetric) or max(hi − lo, ε) / divisor (asymmetric).

        deepspeed symmetric: 2·M/2^b = M/2^(b−1), bit for bit (scaling by powers of two is exact)."""
        b = self.bits
        if self.scheme.grid is Grid.DEEPSPEED:
            return float(2 ** (b - 1) if self.scheme.symmetric else 2**b)
        return float(2 ** (b - 1) - 1 if self.scheme.symmetric else 2**b - 1)

    @property
    def code_dtype(self) -> torch.dtype:
        return torch.int8 if self.bits <= 8 else torch.int16

    @property
    def code_offset(self) -> int:
        """Stored codes are ``q − code_offset``: asymmetric codes ``[0, 2^b − 1]`` are stored shifted by
        ``2^(b−1)`` so that they fit int8 (b ≤ 8) / int16 (b ≤ 16); symmetric codes are stored as is."""
        return 2 ** (self.bits - 1) if (self.levels is Levels.LINEAR and not self.scheme.symmetric) else 0

    @property
    def needs_clamp(self) -> bool:
        # standard symmetric + nearest: |x/Δ| ≤ k·(1 + 2^-23) < k + 1/2 for k = 2^(b−1) − 1 < 2^15
        # (Δ = fl(M/k) is a normal number since M ≥ ε), so round() never leaves [−k, k]: the clamp is
        # provably a no-op there and is skipped (the tests compare against a literal clamp).
        s = self.scheme
        return not (s.symmetric and s.grid is Grid.STANDARD and s.rounding is Rounding.NEAREST)


def _validated_params(scheme: QuantScheme, bits: object) -> QuantParams:
    if isinstance(bits, bool) or not isinstance(bits, numbers.Integral) or not 1 <= int(bits) <= 16:
        raise WorkerError(
            Code.INVALID_ARGUMENT, f"bits must be an integer in 1..16, got {bits!r}", field="bits", value=bits
        )
    params = QuantParams(scheme, int(bits))
    if params.levels is not Levels.LINEAR and (not scheme.symmetric or scheme.rounding is not Rounding.NEAREST):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{params.bits}-bit ({params.levels.value}) quantization requires symmetric quantization with nearest "
            f"rounding; got {'symmetric' if scheme.symmetric else 'asymmetric'} with {scheme.rounding.value} rounding",
            bits=params.bits,
            symmetric=scheme.symmetric,
            rounding=scheme.rounding.value,
        )
    return params


@functools.lru_cache(maxsize=512)
def _cached_params(scheme: QuantScheme, bits: int) -> QuantParams:
    return _validated_params(scheme, bits)
