"""Where the fused weight-only kernel loses: the per-layer, per-batch-size choice between the fused
dequantize-GEMM and the dense path (dequantize once per call, then cuBLAS). Pure policy, no kernels.

At small M the GEMM is memory-bound and reading 4- or 8-bit weights wins; past M ≈ 66 (int4) / 133
(int8) on an H100 it is compute-bound and the dense path is faster (spec/kernels.md "Ceiling"). The
crossover depends on the shape, the GPU and the kernel's tuning, so it is measured: the first call of
a layer in each M bucket (powers of two) times both paths on that call's input and keeps the faster.
The same measurement compares the two outputs; a fused result that disagrees with the dense one
(relative error above :data:`AGREEMENT`) disables the fused kernel for that layer, with a warning,
rather than letting a miscompiled kernel answer.

Where nothing can be timed (a CUDA graph being captured, Triton's CPU interpreter) the static rule
:func:`static_choice` decides: fused up to :data:`STATIC_MAX_M` rows for the container width.
``MOQLAB_FUSED_MAX_M`` (an integer) replaces measuring by that static threshold for every width.
"""

from __future__ import annotations

import dataclasses
import enum
import os
import threading
import warnings
from typing import Callable, Hashable

from ..errors import Code, WorkerError

#: Fused-kernel row limit per container width when nothing is measured (the spec's H100 crossovers,
#: rounded down to a power of two).
STATIC_MAX_M: dict[int, int] = {8: 128, 4: 64}
#: The correctness gate of spec/kernels.md, applied between the fused and the dense output.
AGREEMENT = 1e-2
#: Batches above this many rows share one bucket.
MAX_BUCKET = 1024
ENV_MAX_M = "MOQLAB_FUSED_MAX_M"


class Path(str, enum.Enum):
    FUSED = "fused"
    DENSE = "dense"


@dataclasses.dataclass(frozen=True)
class Measurement:
    """Both paths timed on the same input (milliseconds), and their outputs' relative difference."""

    fused_ms: float
    dense_ms: float
    relative_error: float


def bucket(m: int) -> int:
    """The power of two ≥ ``m`` (capped at :data:`MAX_BUCKET`): calls in one bucket share a decision."""
    b = 1
    while b < m and b < MAX_BUCKET:
        b *= 2
    return b


def env_max_m(environ: dict[str, str] | os._Environ = os.environ) -> int | None:
    raw = environ.get(ENV_MAX_M)
    if raw is None or raw == "":
        return None
    try:
        value = int(raw)
    except ValueError:
        value = -1
    if value < 0:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{ENV_MAX_M} must be a whole number of rows >= 0 (0 always uses the dense path), got {raw!r}",
            value=raw,
        )
    return value


def static_choice(m: int, width: int, max_m: int | None = None) -> Path:
    limit = STATIC_MAX_M.get(width, 0) if max_m is None else max_m
    return Path.FUSED if m <= limit else Path.DENSE


class CrossoverPolicy:
    """Caches one :class:`Path` per (layer key, M bucket); thread-safe."""

    def __init__(self, max_m: int | None = None) -> None:
        self.max_m = max_m
        self._choices: dict[tuple[Hashable, int], Path] = {}
        self._broken: set[Hashable] = set()
        self._lock = threading.Lock()

    def choose(
        self,
        key: Hashable,
        m: int,
        width: int,
        measure: Callable[[], Measurement] | None,
        describe: Callable[[], str] = lambda: "layer",
    ) -> Path:
        """The path for a call of ``m`` rows. ``measure`` (None where nothing can be timed) runs both paths;
        ``describe`` names the layer in a warning (called only then: it is on every call's path)."""
        if self.max_m is not None:
            return static_choice(m, width, self.max_m)
        slot = (key, bucket(m))
        with self._lock:
            if key in self._broken:
                return Path.DENSE
            known = self._choices.get(slot)
        if known is not None:
            return known
        if measure is None:
            return static_choice(m, width)
        result = measure()
        if not result.relative_error <= AGREEMENT:  # NaN disagrees too
            warnings.warn(
                f"moqlab: the fused kernel's output for {describe()} differs from the dense path's by "
                f"{result.relative_error:.3g} (relative; limit {AGREEMENT}); using the dense path for this layer",
                RuntimeWarning,
                stacklevel=3,
            )
            with self._lock:
                self._broken.add(key)
            return Path.DENSE
        path = Path.FUSED if result.fused_ms <= result.dense_ms else Path.DENSE
        with self._lock:
            self._choices[slot] = path
        return path

    def decisions(self) -> dict[tuple[Hashable, int], Path]:
        with self._lock:
            return dict(self._choices)

    def forget(self, key: Hashable) -> None:
        """Drop what was decided for ``key`` (its weights moved or changed)."""
        with self._lock:
            self._broken.discard(key)
            for slot in [s for s in self._choices if s[0] == key]:
                del self._choices[slot]
