"""The kernel benchmark (spec/kernels.md "How to measure"): ``QuantLinear`` against the dense baselines.

For every weight shape of the spec (Llama-3-8B, Llama-70B, BERT-base), every batch size M and every
quantized variant (W8A16 per channel, W4A16 group 128, ...) three functions are timed on the same
``x``:

- ``dense``: ``F.linear(x, W)`` with ``W`` in the activation dtype (the baseline);
- ``dequant``: ``F.linear(x, dequantize_packed(W_packed))``, the DeepSpeed MoQ path (second baseline);
- ``quant``: ``QuantLinear.forward``, i.e. whatever backend its dispatch picks for that M (recorded), or
  the backend ``--backend`` names (``triton``: the fused kernel at every M). ``--dense-weight cached``
  lets the layers keep their dequantized weight for the dense path (memory for speed at large M).

Method: the three are interleaved inside each sweep (their order rotates), every sweep times every
case, and the figure quoted is the median over sweeps of each sweep's median. On CUDA a timing is
``triton.testing.do_bench(fn, warmup, rep, return_mode="median")`` (without triton, the same method
with CUDA events and an L2 flush before every repetition); cases whose dense time is under 10 µs are
also timed as CUDA graphs over ≥ 4 rotated weight copies (≥ 2× the L2), and those graph times are the
quoted ones. The copy bandwidth (``dst.copy_(src)``, read + write counted) is measured in the same run,
and each timing's effective bandwidth (weight + x + y bytes / time) is given as a fraction of it.

On CPU the same harness runs (with a last-level-cache flush between repetitions); ``quant`` is torch's
int8/int4 weight-only CPU kernels (the ``torch-cpu`` backend, :mod:`.cpu_backend`) where they take the
layer, else the reference. Activations default to fp32 there (what CPU models run in), and ``dense-bf16``
(``F.linear`` with x and W in bfloat16) is timed as a second baseline.

Usage: ``python -m moqlab_tools.bench --help`` (or ``moqlab bench kernels --help``). Imports torch,
``moqlab.quant`` and ``moqlab.kernels`` only.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import itertools
import json
import math
import platform
import shutil
import statistics
import subprocess
import sys
import time
from typing import Any, Callable, Iterable, Protocol, Sequence

import torch
import torch.nn.functional as F

from moqlab.errors import Code, WorkerError
from moqlab.kernels.fake_quant import fused_applies, moq_rewrite
from moqlab.kernels.pack import PackedWeight, pack_quantized
from moqlab.kernels.quant_linear import AUTO, DenseWeight, QuantLinear, available_backends
from moqlab.kernels.reference import dequantize_packed, relative_difference
from moqlab.quant import QuantScheme, moq_rewrite_, quantize

from . import cli

#: Weight shapes of the spec as (in_features, out_features), by model family.
SHAPES: dict[str, tuple[tuple[int, int], ...]] = {
    "llama3-8b": ((4096, 6144), (4096, 4096), (4096, 28672), (14336, 4096)),
    "llama-70b": ((8192, 10240), (8192, 8192), (8192, 57344), (28672, 8192)),
    "bert-base": ((768, 2304), (768, 768), (768, 3072), (3072, 768)),
}
M_VALUES: tuple[int, ...] = (1, 2, 4, 8, 16, 32, 64, 128, 256)
#: On CPU the weight-only kernels are for small batches (issue 16: M = 1..64).
CPU_M_VALUES: tuple[int, ...] = (1, 2, 4, 8, 16, 32, 64)
DTYPES: dict[str, torch.dtype] = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}
#: The second dense baseline timed with fp32 activations: the same product in bfloat16.
BF16_BASELINE = "dense-bf16"

#: Below this dense time a case is also timed as CUDA graphs over rotated weights (spec: sub-10 µs).
GRAPH_BELOW_MS = 0.010
#: Weights this large count for the effective-bandwidth target (spec: ≥ 64 MB).
LARGE_WEIGHT_BYTES = 64 * 10**6
#: The correctness gate of the spec for bf16/fp16 outputs: relative error vs fp32 ``x @ dequant(W).T``.
MAX_RELATIVE_ERROR = 1e-2
FUNCTIONS = ("dense", "dequant", "quant")


@dataclasses.dataclass(frozen=True)
class Shape:
    family: str
    in_features: int
    out_features: int

    @property
    def label(self) -> str:
        return f"{self.in_features}→{self.out_features}"


@dataclasses.dataclass(frozen=True)
class Variant:
    """A weight format: ``group_size`` None means one scale per output channel."""

    name: str
    bits: int
    group_size: int | None
    symmetric: bool = True


VARIANTS: dict[str, Variant] = {
    v.name: v
    for v in (
        Variant("w8a16", 8, None),
        Variant("w8a16-g128", 8, 128),
        Variant("w4a16-g128", 4, 128),
        Variant("w4a16-g64", 4, 64),
        Variant("w4a16-g32", 4, 32),
        Variant("w4a16", 4, None),
        Variant("w8a16-asym", 8, None, symmetric=False),
        Variant("w4a16-g128-asym", 4, 128, symmetric=False),
    )
}
DEFAULT_VARIANTS = ("w8a16", "w4a16-g128")


def bad_argument(message: str, **details: Any) -> WorkerError:
    """The error of a bad option of the kernel tools (bench, sass, tune)."""
    return WorkerError(Code.INVALID_ARGUMENT, message, **details)


def parse_shapes(spec: str) -> list[Shape]:
    """``"all"``, family names (``llama3-8b,bert-base``) and/or ``INxOUT`` pairs (``768x2304``)."""
    shapes: list[Shape] = []
    for item in (s.strip() for s in spec.split(",")):
        if not item:
            continue
        if item == "all":
            shapes += [Shape(f, i, o) for f, pairs in SHAPES.items() for i, o in pairs]
        elif item in SHAPES:
            shapes += [Shape(item, i, o) for i, o in SHAPES[item]]
        else:
            parts = item.lower().split("x")
            if len(parts) != 2 or not all(p.isdigit() and int(p) > 0 for p in parts):
                raise bad_argument(
                    f"unknown shape {item!r}: use 'all', a family ({', '.join(SHAPES)}) or IN x OUT like 768x2304",
                    shape=item,
                )
            shapes.append(Shape("custom", int(parts[0]), int(parts[1])))
    if not shapes:
        raise bad_argument("no shapes given", shapes=spec)
    return list(dict.fromkeys(shapes))


def parse_variants(spec: str) -> list[Variant]:
    names = [s.strip() for s in spec.split(",") if s.strip()]
    unknown = [n for n in names if n not in VARIANTS]
    if unknown or not names:
        raise bad_argument(f"unknown variant(s) {unknown or spec!r}; known: {', '.join(VARIANTS)}", variants=spec)
    return [VARIANTS[n] for n in dict.fromkeys(names)]


def check_config(config: "Config", device: torch.device) -> None:
    """The dtype runs on the device, the backend can run here and every variant's group size divides every
    shape's input dimension."""
    runnable = available_backends()
    if config.backend != AUTO and config.backend not in runnable:
        raise bad_argument(f"backend {config.backend!r} cannot run here; use auto or one of: {', '.join(runnable)}",
                   backend=config.backend)
    if device.type == "cpu" and config.dtype == "fp16":
        raise bad_argument("fp16 matrix multiplication is not implemented on CPU in this torch; use --dtype bf16", dtype="fp16")
    for shape in config.shapes:
        for v in config.variants:
            if v.group_size and shape.in_features % v.group_size:
                raise bad_argument(
                    f"variant {v.name} (group size {v.group_size}) does not fit shape {shape.label}: "
                    f"{shape.in_features} input features are not a multiple of {v.group_size}",
                    variant=v.name, shape=shape.label,
                )


def parse_m(spec: str) -> list[int]:
    try:
        values = [int(s) for s in spec.split(",") if s.strip()]
    except ValueError:
        values = []
    if not values or any(m < 1 for m in values):
        raise bad_argument(f"M must be a comma-separated list of positive integers, got {spec!r}", m=spec)
    return sorted(set(values))


# ---------------------------------------------------------------------------------------------- timers
class Timer(Protocol):
    device: torch.device
    method: str

    def median_ms(self, fn: Callable[[], Any]) -> float:
        """The median time of one call of ``fn`` in milliseconds, caches flushed between calls."""

    def graph_ms(self, calls: Sequence[Callable[[], Any]]) -> float | None:
        """Time per call when ``calls`` (one per rotated weight copy) replay as a graph; None if unsupported."""


def _median_of_timed(fn: Callable[[], Any], clock: Callable[[Callable[[], Any]], float], flush: Callable[[], None],
                     warmup_ms: float, rep_ms: float) -> float:
    """do_bench's schedule: estimate one call, warm up for ``warmup_ms``, time for ``rep_ms`` (≥ 3 calls)."""
    estimate = statistics.median(clock(fn) for _ in range(3))
    for _ in range(max(1, int(warmup_ms / max(estimate, 1e-6)))):
        fn()
    reps = max(3, int(rep_ms / max(estimate, 1e-6)))
    times = []
    for _ in range(reps):
        flush()
        times.append(clock(fn))
    return statistics.median(times)


class CpuTimer:
    """Wall-clock timing with a last-level-cache flush (writing ``flush_bytes``) before each call."""

    method = "cpu perf_counter, median, LLC flush"

    def __init__(self, warmup_ms: float, rep_ms: float, flush_bytes: int = 64 << 20) -> None:
        self.device = torch.device("cpu")
        self.warmup_ms, self.rep_ms = warmup_ms, rep_ms
        self._flush = torch.empty(flush_bytes, dtype=torch.uint8)

    @staticmethod
    def _clock(fn: Callable[[], Any]) -> float:
        start = time.perf_counter()
        fn()
        return (time.perf_counter() - start) * 1e3

    def median_ms(self, fn: Callable[[], Any]) -> float:
        return _median_of_timed(fn, self._clock, self._flush.zero_, self.warmup_ms, self.rep_ms)

    def graph_ms(self, calls: Sequence[Callable[[], Any]]) -> float | None:
        return None


class CudaTimer:
    """``triton.testing.do_bench`` (median) when triton is importable, else the same method with events;
    CUDA graphs over rotated weights for the small cases."""

    def __init__(self, device: torch.device, warmup_ms: float, rep_ms: float) -> None:
        self.device = device
        self.warmup_ms, self.rep_ms = warmup_ms, rep_ms
        try:
            import triton.testing  # noqa: PLC0415 (optional dependency)

            self._do_bench = triton.testing.do_bench
            self.method = "triton.testing.do_bench median (L2 flushed)"
        except ImportError:
            self._do_bench = None
            self.method = "CUDA events median, L2 flushed (triton not installed)"
        self._flush = torch.empty(256 << 20, dtype=torch.uint8, device=device)

    def _clock(self, fn: Callable[[], Any]) -> float:
        start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
        start.record()
        fn()
        end.record()
        end.synchronize()
        return start.elapsed_time(end)

    def median_ms(self, fn: Callable[[], Any]) -> float:
        if self._do_bench is not None:
            try:
                return float(self._do_bench(fn, warmup=self.warmup_ms, rep=self.rep_ms, return_mode="median"))
            except TypeError:  # triton < 2.2 has no return_mode
                return float(self._do_bench(fn, warmup=self.warmup_ms, rep=self.rep_ms, quantiles=[0.5]))
        torch.cuda.synchronize(self.device)
        return _median_of_timed(fn, self._clock, self._flush.zero_, self.warmup_ms, self.rep_ms)

    def graph_ms(self, calls: Sequence[Callable[[], Any]]) -> float | None:
        side = torch.cuda.Stream(self.device)
        side.wait_stream(torch.cuda.current_stream(self.device))
        with torch.cuda.stream(side):  # warm-up outside capture: allocations, lazy initialisation
            for call in calls:
                call()
        torch.cuda.current_stream(self.device).wait_stream(side)
        inner = max(1, 64 // len(calls))
        graph = torch.cuda.CUDAGraph()
        with torch.cuda.graph(graph):
            for _ in range(inner):
                for call in calls:
                    call()
        graph.replay()
        per_call = inner * len(calls)
        times = [self._clock(graph.replay) / per_call for _ in range(max(5, int(self.rep_ms / 20)))]
        return statistics.median(times)


def make_timer(device: torch.device, warmup_ms: float, rep_ms: float) -> Timer:
    return CudaTimer(device, warmup_ms, rep_ms) if device.type == "cuda" else CpuTimer(warmup_ms, rep_ms)


def copy_bandwidth(timer: Timer, nbytes: int) -> float:
    """Bytes per second of ``dst.copy_(src)`` over ``nbytes`` (read + write counted)."""
    src = torch.ones(nbytes, dtype=torch.uint8, device=timer.device)
    dst = torch.empty_like(src)
    ms = timer.median_ms(lambda: dst.copy_(src))
    return 2 * nbytes / (ms * 1e-3)


# ---------------------------------------------------------------------------------------------- cases
@dataclasses.dataclass
class Weights:
    """One shape's dense weights (``copies`` rotated copies) and each variant's packed layers."""

    dense: list[torch.Tensor]
    packed: dict[str, list[PackedWeight]]
    layers: dict[str, list[QuantLinear]]


def build_weights(shape: Shape, variants: Sequence[Variant], dtype: torch.dtype, device: torch.device,
                  copies: int, seed: int, backend: str = AUTO,
                  dense_weight: DenseWeight = DenseWeight.PER_CALL) -> Weights:
    g = torch.Generator().manual_seed(seed)
    dense, packed, layers = [], {v.name: [] for v in variants}, {v.name: [] for v in variants}
    for _ in range(copies):
        w = (torch.randn(shape.out_features, shape.in_features, generator=g) * 0.02).to(device=device, dtype=dtype)
        dense.append(w)
        for v in variants:
            grouping = {"group_size": v.group_size} if v.group_size else {"groups": shape.out_features}
            pw = pack_quantized(quantize(w, v.bits, QuantScheme(symmetric=v.symmetric, **grouping)), scale_dtype=dtype)
            packed[v.name].append(pw)
            layers[v.name].append(QuantLinear.from_packed(pw, backend=backend, dense=dense_weight))
    return Weights(dense, packed, layers)


def functions(weights: Weights, variants: Sequence[Variant], x: torch.Tensor, copy: int) -> dict[str, Callable[[], Any]]:
    """The timed functions on weight copy ``copy``: ``dense``, and ``dequant:V`` / ``quant:V`` per variant."""
    fns: dict[str, Callable[[], Any]] = {"dense": lambda w=weights.dense[copy]: F.linear(x, w)}
    if x.dtype == torch.float32:
        xb, wb = x.to(torch.bfloat16), weights.dense[copy].to(torch.bfloat16)
        fns[BF16_BASELINE] = lambda: F.linear(xb, wb)
    for v in variants:
        pw, layer = weights.packed[v.name][copy], weights.layers[v.name][copy]
        fns[f"dequant:{v.name}"] = lambda pw=pw: F.linear(x, dequantize_packed(pw, x.dtype))
        fns[f"quant:{v.name}"] = lambda layer=layer: layer(x)
    return fns


def _interleaved(fns: dict[str, Any], sweep: int) -> list[str]:
    """The names in the order sweep ``sweep`` times them: rotated by one per sweep."""
    names = list(fns)
    shift = sweep % len(names)
    return names[shift:] + names[:shift]


def relative_error(y: torch.Tensor, pw: PackedWeight, x: torch.Tensor) -> float:
    """‖y − x @ dequant(W).T‖ / ‖x @ dequant(W).T‖ with the reference computed in fp32."""
    return relative_difference(y, F.linear(x.float(), dequantize_packed(pw, torch.float32)))


def _io_bytes(m: int, shape: Shape, dtype: torch.dtype) -> int:
    return (m * shape.in_features + m * shape.out_features) * torch.empty((), dtype=dtype).element_size()


def rotated_copies(weight_bytes: int, l2_bytes: int, limit: int = 512) -> int:
    """Copies whose total is ≥ 2× the L2, at least 4 (spec: rotate ≥ 4 weight copies, ≥ 2× L2)."""
    return max(4, min(limit, math.ceil(2 * l2_bytes / max(weight_bytes, 1))))


# ---------------------------------------------------------------------------------------------- the run
@dataclasses.dataclass
class Config:
    shapes: list[Shape]
    variants: list[Variant]
    m_values: list[int]
    dtype: str = "bf16"
    sweeps: int = 3
    warmup_ms: float = 25.0
    rep_ms: float = 200.0
    copy_bytes: int = 1 << 30
    seed: int = 0
    backend: str = AUTO
    dense_weight: DenseWeight = DenseWeight.PER_CALL
    fake_quant: bool = False


def _progress(done: int, total: int, what: str, started: float, stream: Any) -> None:
    elapsed = time.monotonic() - started
    eta = elapsed / done * (total - done) if done else 0.0
    width = 30
    filled = int(width * done / total) if total else width
    line = f"[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {what}  {elapsed:.0f}s elapsed, ~{eta:.0f}s left"
    if stream.isatty():
        stream.write("\r" + line[: shutil.get_terminal_size((120, 20)).columns - 1] + "\033[K")
        if done == total:
            stream.write("\n")
    elif done == total or done % max(1, total // 20) == 0:
        stream.write(line + "\n")
    stream.flush()


def _l2_bytes(device: torch.device) -> int:
    if device.type != "cuda":
        return 0
    return int(getattr(torch.cuda.get_device_properties(device), "L2_cache_size", 50 << 20) or 50 << 20)


def run(config: Config, timer: Timer, progress: Callable[[int, int, str], None] | None = None) -> dict[str, Any]:
    """Measure every (shape, M) case and return the rows, the copy bandwidth and the summary."""
    device, dtype = timer.device, DTYPES[config.dtype]
    check_config(config, device)
    copy_bps = copy_bandwidth(timer, config.copy_bytes)
    element = torch.empty((), dtype=dtype).element_size()
    l2 = _l2_bytes(device)
    total = len(config.shapes) * len(config.m_values) * config.sweeps
    done = 0
    samples: dict[tuple[int, int, str, str], list[float]] = {}
    graphed: set[tuple[int, int]] = set()
    meta: dict[tuple[int, int, str], dict[str, Any]] = {}
    g = torch.Generator().manual_seed(config.seed + 1)
    for s_index, shape in enumerate(config.shapes):
        weights = build_weights(shape, config.variants, dtype, device, 1, config.seed + s_index, config.backend,
                                config.dense_weight)
        # enough copies that even the smallest (packed) weights rotate through ≥ 2× the L2
        smallest = min([shape.in_features * shape.out_features * element,
                        *(p[0].nbytes() for p in weights.packed.values())])
        copies = rotated_copies(smallest, l2) if l2 else 1
        rotated: Weights | None = None
        for m in config.m_values:
            x = torch.randn(m, shape.in_features, generator=g).to(device=device, dtype=dtype)
            fns = functions(weights, config.variants, x, 0)
            for v in config.variants:
                pw, layer = weights.packed[v.name][0], weights.layers[v.name][0]
                with torch.no_grad():
                    err = relative_error(layer(x), pw, x)
                meta[(s_index, m, v.name)] = {
                    "backend": layer.selected_backend(x),
                    "relative_error": err,
                    "weight_bytes": pw.nbytes(),
                }
            for sweep in range(config.sweeps):
                for name in _interleaved(fns, sweep):
                    with torch.no_grad():
                        samples.setdefault((s_index, m, name, "bench"), []).append(timer.median_ms(fns[name]))
                done += 1
                if progress:
                    progress(done, total, f"{shape.family} {shape.label} M={m}")
            dense_ms = statistics.median(samples[(s_index, m, "dense", "bench")])
            if device.type == "cuda" and dense_ms < GRAPH_BELOW_MS:
                if rotated is None:
                    rotated = build_weights(shape, config.variants, dtype, device, copies, config.seed + s_index,
                                            config.backend, config.dense_weight)
                graphed.add((s_index, m))
                per_copy = [functions(rotated, config.variants, x, i) for i in range(copies)]
                for sweep in range(config.sweeps):
                    for name in _interleaved(fns, sweep):
                        with torch.no_grad():
                            ms = timer.graph_ms([f[name] for f in per_copy])
                        if ms is not None:
                            samples.setdefault((s_index, m, name, "graph"), []).append(ms)
        del weights, rotated
    rows = _rows(config, samples, graphed, meta, copy_bps, dtype)
    result = {"copy_bandwidth_gbps": copy_bps / 1e9, "rows": rows, "summary": summarize(rows)}
    if config.fake_quant:
        result["fake_quant"] = run_fake_quant(config, timer, copy_bps)
    return result


#: Master tensors (rows, cols) of the fake-quantization timing: ≥ 64 MB of fp32 on CUDA (spec target).
FAKE_QUANT_SHAPES: dict[str, list[tuple[int, int]]] = {"cuda": [(4096, 4096), (8192, 8192)], "cpu": [(1024, 1024)]}


def run_fake_quant(config: Config, timer: Timer, copy_bps: float) -> list[dict[str, Any]]:
    """The MoQ rewrite at 4 bits (nearest, r = 0) of fp32 masters into working weights of the activation
    dtype and of fp32, groups of 128 and one per row: :func:`.fake_quant.moq_rewrite` (the fused kernel
    where it applies) against the PyTorch path, interleaved, median of per-sweep medians. Bandwidth counts
    the master read and the working write once, as a fraction of the copy bandwidth."""
    device = timer.device
    rows = []
    for r_, c_ in FAKE_QUANT_SHAPES[device.type]:
        master = torch.randn(r_, c_, device=device) * 0.02
        for working_dtype in dict.fromkeys((DTYPES[config.dtype], torch.float32)):
            working = torch.empty(r_, c_, device=device, dtype=working_dtype)
            for layout, options in (("g128", {"group_size": 128}), ("per-row", {"groups": r_})):
                scheme = QuantScheme(**options)
                fused = fused_applies(working, master, scheme.params(4))
                fns = {"torch": lambda s=scheme, w=working: moq_rewrite_(w, master, 4, 0.0, s)}
                if fused:
                    fns["fused"] = lambda s=scheme, w=working: moq_rewrite(w, master, 4, 0.0, s)
                samples: dict[str, list[float]] = {}
                for sweep in range(config.sweeps):
                    for name in _interleaved(fns, sweep):
                        samples.setdefault(name, []).append(timer.median_ms(fns[name]))
                ms = {name: statistics.median(v) for name, v in samples.items()}
                nbytes = master.numel() * master.element_size() + working.numel() * working.element_size()

                def fraction(t: float | None, nbytes: int = nbytes) -> float | None:
                    return None if t is None else nbytes / (t * 1e-3) / copy_bps

                rows.append({
                    "tensor": f"{r_}x{c_}", "working": str(working_dtype).replace("torch.", ""), "layout": layout,
                    "bytes": nbytes, "torch_ms": ms["torch"], "fused_ms": ms.get("fused"),
                    "torch_bandwidth_fraction": fraction(ms["torch"]), "fused_bandwidth_fraction": fraction(ms.get("fused")),
                    "speedup": ms["torch"] / ms["fused"] if "fused" in ms else None,
                })
            del working
        del master
    return rows


def _rows(config: Config, samples: dict, graphed: set, meta: dict, copy_bps: float, dtype: torch.dtype) -> list[dict]:
    element = torch.empty((), dtype=dtype).element_size()
    rows = []
    for s_index, shape in enumerate(config.shapes):
        dense_bytes = shape.in_features * shape.out_features * element
        for m in config.m_values:
            timing = "graph" if (s_index, m) in graphed and (s_index, m, "dense", "graph") in samples else "bench"

            def ms(name: str, s_index: int = s_index, m: int = m, timing: str = timing) -> float:
                return statistics.median(samples[(s_index, m, name, timing)])

            io = _io_bytes(m, shape, dtype)
            dense_ms = ms("dense")
            bf16_ms = ms(BF16_BASELINE) if dtype == torch.float32 else None
            for v in config.variants:
                info = meta[(s_index, m, v.name)]
                quant_ms, dequant_ms = ms(f"quant:{v.name}"), ms(f"dequant:{v.name}")
                quant_bps = (info["weight_bytes"] + io) / (quant_ms * 1e-3)
                dense_bps = (dense_bytes + io) / (dense_ms * 1e-3)
                rows.append({
                    "family": shape.family,
                    "shape": shape.label,
                    "in_features": shape.in_features,
                    "out_features": shape.out_features,
                    "m": m,
                    "variant": v.name,
                    "bits": v.bits,
                    "group_size": v.group_size,
                    "symmetric": v.symmetric,
                    "backend": info["backend"],
                    "timing": timing,
                    "dense_ms": dense_ms,
                    "dequant_ms": dequant_ms,
                    "quant_ms": quant_ms,
                    "speedup": dense_ms / quant_ms,
                    "dense_bf16_ms": bf16_ms,
                    "speedup_vs_bf16": None if bf16_ms is None else bf16_ms / quant_ms,
                    "dequant_speedup": dense_ms / dequant_ms,
                    "dense_weight_bytes": dense_bytes,
                    "quant_weight_bytes": info["weight_bytes"],
                    "quant_bandwidth_fraction": quant_bps / copy_bps,
                    "dense_bandwidth_fraction": dense_bps / copy_bps,
                    "relative_error": info["relative_error"],
                    "correct": info["relative_error"] <= MAX_RELATIVE_ERROR,
                })
    return rows


def _geomean(values: Iterable[float]) -> float:
    vals = list(values)
    return math.exp(sum(math.log(v) for v in vals) / len(vals))


def summarize(rows: Sequence[dict]) -> list[dict]:
    """Per variant, model family ("all" included) and M: geomean and minimum speedups over shapes."""
    out = []
    variants, families, ms = (list(dict.fromkeys(r[k] for r in rows)) for k in ("variant", "family", "m"))
    for variant, family, m in itertools.product(variants, [*families, "all"] if len(families) > 1 else families, ms):
        sel = [r for r in rows if r["variant"] == variant and r["m"] == m and family in (r["family"], "all")]
        large = [r["quant_bandwidth_fraction"] for r in sel if r["dense_weight_bytes"] >= LARGE_WEIGHT_BYTES]
        out.append({
            "variant": variant,
            "family": family,
            "m": m,
            "shapes": len(sel),
            "geomean_speedup": _geomean(r["speedup"] for r in sel),
            "min_speedup": min(r["speedup"] for r in sel),
            "geomean_dequant_speedup": _geomean(r["dequant_speedup"] for r in sel),
            "min_bandwidth_fraction_large": min(large) if large else None,
            "backends": sorted({r["backend"] for r in sel}),
        })
    return out


# ---------------------------------------------------------------------------------------------- context
def _nvidia_smi() -> dict[str, str]:
    exe = shutil.which("nvidia-smi")
    if not exe:
        return {}
    fields = ["driver_version", "clocks.sm", "clocks.max.sm", "clocks.mem", "clocks.max.mem", "power.limit"]
    try:
        out = subprocess.run([exe, f"--query-gpu={','.join(fields)}", "--format=csv,noheader"],
                             capture_output=True, text=True, timeout=20, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    return dict(zip(fields, (v.strip() for v in out.splitlines()[0].split(",")))) if out.strip() else {}


def _cpu_name() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def environment(device: torch.device) -> dict[str, Any]:
    """Device, clocks, driver and versions, recorded with every result (spec)."""
    env: dict[str, Any] = {
        "python": platform.python_version(),
        "torch": torch.__version__,
        "backends": available_backends(),
    }
    try:
        import triton  # noqa: PLC0415 (optional dependency)

        env["triton"] = triton.__version__
    except ImportError:
        env["triton"] = None
    if device.type == "cuda":
        props = torch.cuda.get_device_properties(device)
        env.update({
            "device": torch.cuda.get_device_name(device),
            "capability": f"{props.major}.{props.minor}",
            "sms": props.multi_processor_count,
            "memory_gib": round(props.total_memory / 2**30, 1),
            "cuda": torch.version.cuda,
            **_nvidia_smi(),
        })
    else:
        env.update({"device": f"CPU: {_cpu_name()}", "threads": torch.get_num_threads()})
    return env


# ---------------------------------------------------------------------------------------------- output
def _fmt_ms(ms: float) -> str:
    return f"{ms * 1e3:.1f} µs" if ms < 1 else f"{ms:.2f} ms"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows)]

    def fmt(row: Sequence[str]) -> str:  # first column left-aligned, figures right-aligned
        return "  ".join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths)))

    return "\n".join([fmt(header), fmt(["-" * w for w in widths]), *map(fmt, rows)])


def format_result(result: dict[str, Any], markdown: bool = False) -> str:
    """The per-shape table and the per-M geomean summary, readable (or as Markdown tables)."""
    env = result["environment"]
    lines = [
        f"device: {env['device']}; torch {env['torch']}; triton {env['triton'] or 'not installed'}; "
        f"backends {', '.join(env['backends'])}",
        f"timing: {result['method']}; {result['config']['sweeps']} sweeps, median of medians; activations "
        f"{result['config']['dtype']}; copy bandwidth {result['copy_bandwidth_gbps']:.1f} GB/s; "
        f"quantized layers' dense weight {result['config']['dense_weight']}",
    ]
    if env["device"].startswith("CPU") and any(r["backend"] == "reference" for r in result["rows"]):
        lines.append("'quant' rows whose backend is 'reference' time the PyTorch oracle, not a kernel.")
    lines.append("")
    bf16 = any(r.get("dense_bf16_ms") is not None for r in result["rows"])
    header = ["shape", "M", "variant", "backend", "dense", *(["dense bf16"] if bf16 else []), "dequant→dense", "quant",
              "speedup", *(["vs bf16"] if bf16 else []), "BW % of copy", "rel err"]
    body = [[
        f"{r['family']} {r['shape']}", str(r["m"]), r["variant"], r["backend"], _fmt_ms(r["dense_ms"]),
        *([_fmt_ms(r["dense_bf16_ms"])] if bf16 else []),
        _fmt_ms(r["dequant_ms"]), _fmt_ms(r["quant_ms"]) + (" (graph)" if r["timing"] == "graph" else ""),
        f"{r['speedup']:.2f}×", *([f"{r['speedup_vs_bf16']:.2f}×"] if bf16 else []), f"{100 * r['quant_bandwidth_fraction']:.0f}%",
        f"{r['relative_error']:.1e}" + ("" if r["correct"] else " FAIL"),
    ] for r in result["rows"]]
    lines += [_table(header, body, markdown), ""]
    header = ["variant", "family", "M", "geomean speedup", "min speedup", "dequant→dense geomean", "min BW % (≥64 MB)", "backend"]
    body = [[
        s["variant"], s["family"], str(s["m"]), f"{s['geomean_speedup']:.2f}×", f"{s['min_speedup']:.2f}×",
        f"{s['geomean_dequant_speedup']:.2f}×",
        "—" if s["min_bandwidth_fraction_large"] is None else f"{100 * s['min_bandwidth_fraction_large']:.0f}%",
        ", ".join(s["backends"]),
    ] for s in result["summary"]]
    lines.append(_table(header, body, markdown))
    if result.get("fake_quant"):
        header = ["master", "working", "groups", "PyTorch", "BW % of copy", "fused", "BW % of copy", "speedup"]
        body = [[
            f"{r['tensor']} fp32", r["working"], r["layout"], _fmt_ms(r["torch_ms"]),
            f"{100 * r['torch_bandwidth_fraction']:.0f}%",
            "—" if r["fused_ms"] is None else _fmt_ms(r["fused_ms"]),
            "—" if r["fused_bandwidth_fraction"] is None else f"{100 * r['fused_bandwidth_fraction']:.0f}%",
            "—" if r["speedup"] is None else f"{r['speedup']:.2f}×",
        ] for r in result["fake_quant"]]
        lines += ["", "MoQ rewrite (4-bit fake quantization, nearest, r = 0):", _table(header, body, markdown)]
    return "\n".join(lines)


# ---------------------------------------------------------------------------------------------- CLI
def _parser() -> argparse.ArgumentParser:
    p = cli.parser(
        "bench",
        prog="moqlab bench kernels",
        description=(
            "Time QuantLinear against F.linear (dense) and dequantize→F.linear over the spec's weight shapes "
            "and batch sizes M, following spec/kernels.md: interleaved, median of per-sweep medians, caches "
            "flushed, CUDA graphs over rotated weights for sub-10 µs cases, copy bandwidth measured in the "
            "same run. Prints a table; --json writes everything (device, versions, every timing)."
        ),
        epilog="On CPU the quantized path is torch's int8/int4 weight-only kernels (the torch-cpu backend) where they "
               "take the layer, else the PyTorch reference; with --dtype fp32 (the CPU default) F.linear in bf16 is "
               "timed as a second baseline.",
    )
    p.add_argument("--device", default="auto", help="auto (cuda if available, else cpu), cpu, cuda or cuda:N")
    p.add_argument("--shapes", default=None,
                   help=f"'all', families ({', '.join(SHAPES)}) and/or INxOUT; default all on CUDA, bert-base,llama3-8b on CPU")
    p.add_argument("--m", default=None, help="batch sizes, comma-separated; default 1,2,4,...,256 (spec) on CUDA, 1..64 on CPU")
    p.add_argument("--variants", default=",".join(DEFAULT_VARIANTS), help=f"weight formats: {', '.join(VARIANTS)}")
    p.add_argument("--backend", default=AUTO,
                   help="QuantLinear backend for the quantized path: auto (dispatch per M), reference, triton "
                        "(fused kernel at every M), triton-dense (dequantize kernel + F.linear)")
    p.add_argument("--dense-weight", default=DenseWeight.PER_CALL.value, choices=[d.value for d in DenseWeight],
                   help="the quantized layers' dense path: per-call dequantizes on every call (memory stays packed), "
                        "cached keeps each layer's dequantized weight (as fast as F.linear at large M, for a 16-bit copy)")
    p.add_argument("--fake-quant", action="store_true",
                   help="also time the MoQ rewrite: the fused fake-quantization kernel against the PyTorch path")
    p.add_argument("--dtype", default=None, choices=sorted(DTYPES),
                   help="activation and dense weight dtype; default bf16 on CUDA, fp32 on CPU")
    p.add_argument("--sweeps", type=int, default=3, help="repetitions of the whole sweep (spec: ≥ 3)")
    p.add_argument("--warmup", type=float, default=25.0, help="warm-up per timing, ms (do_bench warmup)")
    p.add_argument("--rep", type=float, default=200.0, help="measurement per timing, ms (do_bench rep)")
    p.add_argument("--copy-mib", type=int, default=None, help="copy-bandwidth buffer, MiB; default 1024 on CUDA, 256 on CPU")
    p.add_argument("--threads", type=int, default=None, help="torch CPU threads")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--json", dest="json_path", default=None, help="write the full result as JSON here")
    p.add_argument("--markdown", action="store_true", help="print Markdown tables (for docs/BENCHMARKS.md)")
    return p


def resolve_device(name: str) -> torch.device:
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        device = torch.device(name)
    except RuntimeError as e:
        raise bad_argument(f"unknown device {name!r}: use auto, cpu or cuda[:N]", device=name) from e
    if device.type == "cuda" and not torch.cuda.is_available():
        raise bad_argument(f"--device {name}: CUDA is not available to torch {torch.__version__} here; use --device cpu",
                   device=name)
    if device.type not in ("cpu", "cuda"):
        raise bad_argument(f"device {name!r} is not supported: use cpu or cuda[:N]", device=name)
    return device


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        if args.threads:
            torch.set_num_threads(args.threads)
        device = resolve_device(args.device)
        cuda = device.type == "cuda"
        if args.sweeps < 1 or args.rep <= 0 or args.warmup < 0:
            raise bad_argument("--sweeps must be ≥ 1, --rep > 0 and --warmup ≥ 0")
        config = Config(
            shapes=parse_shapes(args.shapes or ("all" if cuda else "bert-base,llama3-8b")),
            variants=parse_variants(args.variants),
            m_values=parse_m(args.m) if args.m else list(M_VALUES if cuda else CPU_M_VALUES),
            dtype=args.dtype or ("bf16" if cuda else "fp32"),
            sweeps=args.sweeps,
            warmup_ms=args.warmup,
            rep_ms=args.rep,
            copy_bytes=(args.copy_mib or (1024 if cuda else 256)) << 20,
            seed=args.seed,
            backend=args.backend,
            dense_weight=DenseWeight(args.dense_weight),
            fake_quant=args.fake_quant,
        )
        check_config(config, device)
    except WorkerError as e:
        return cli.refused(parser, e)
    timer = make_timer(device, config.warmup_ms, config.rep_ms)
    started = time.monotonic()
    result = run(config, timer, lambda d, t, w: _progress(d, t, w, started, sys.stderr))
    result = {
        "kind": "moqlab.bench.kernels",
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "environment": environment(device),
        "method": timer.method,
        "config": {
            "shapes": [dataclasses.asdict(s) for s in config.shapes],
            "variants": [dataclasses.asdict(v) for v in config.variants],
            "m": config.m_values,
            "dtype": config.dtype,
            "sweeps": config.sweeps,
            "warmup_ms": config.warmup_ms,
            "rep_ms": config.rep_ms,
            "copy_bytes": config.copy_bytes,
            "seed": config.seed,
            "backend": config.backend,
            "dense_weight": config.dense_weight.value,
            "fake_quant": config.fake_quant,
        },
        **result,
        "wall_s": round(time.monotonic() - started, 1),
    }
    print(format_result(result, markdown=args.markdown))
    if args.json_path:
        cli.write_json(args.json_path, result)
    return 0 if all(r["correct"] for r in result["rows"]) else 1


if __name__ == "__main__":
    sys.exit(main())
