"""Tune the fused linear kernel's tiles on this GPU and write a table (:mod:`.tiles`) that
``QuantLinear`` then uses on every GPU of the same name.

For every shape, weight format and batch size M asked for, each configuration of
:func:`.tiles.candidates` (the untuned rule's first) runs on the same packed weight and ``x``; one
whose output differs from ``F.linear(x, dequantize_packed(W))`` by more than the spec's 1e-2 relative
error, or that fails to compile or launch, is dropped, the others are timed with the benchmark's timer
(``do_bench`` median, L2 flushed), and the fastest is written to the table with its time, the rule's
time and the number tried.

The candidates are compiled first, in parallel worker processes, through :mod:`.sass` (Triton compiles
for the GPU's target without touching it), so the sweep mostly times: Triton finds those compiles in
its cache under the keys its launches look up.

Usage: ``python -m moqlab_tools.tune --help``; then commit the table under
``py_runtime/moqlab/kernels/tuned/`` (or point ``MOQLAB_TUNED_CONFIGS`` at it to try it first).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import dataclasses
import datetime
import json
import math
import multiprocessing
import os
import re
import sys
import time
from typing import Any, Callable, Sequence

import torch
import torch.nn.functional as F

from moqlab.errors import WorkerError
from moqlab.fileio import atomic_write
from moqlab.kernels.reference import dequantize_packed, relative_difference
from moqlab.kernels.tiles import LinearConfig, block_k_for, candidates, table_document

from . import cli
from .bench import (
    DTYPES,
    M_VALUES,
    MAX_RELATIVE_ERROR,
    Shape,
    Timer,
    Variant,
    bad_argument,
    build_weights,
    environment,
    make_timer,
    parse_m,
    parse_shapes,
    parse_variants,
    resolve_device,
)

DEFAULT_VARIANTS = "w8a16,w4a16-g128"
#: Batch sizes tuned by default: M = 2..8 share M = 1's tiles (memory-bound, the same 16-wide side).
DEFAULT_M = (1, 16, 32, 64, 128, 256)


def slug(device_name: str) -> str:
    """A file name for a GPU name: ``NVIDIA H100 80GB HBM3`` → ``nvidia-h100-80gb-hbm3``."""
    return re.sub(r"[^a-z0-9]+", "-", device_name.lower()).strip("-") or "gpu"


@dataclasses.dataclass(frozen=True)
class Cell:
    """One (shape, format, M) whose best configuration the run finds."""

    shape: Shape
    variant: Variant
    m: int

    @property
    def group(self) -> int:
        return self.variant.group_size or self.shape.in_features

    def block_k(self) -> int | None:
        return block_k_for(self.group, self.shape.in_features, self.variant.bits)

    def candidates(self, sm_count: int) -> list[LinearConfig]:
        block_k = self.block_k()
        if block_k is None:
            return []
        return candidates(self.m, self.shape.out_features, self.shape.in_features, block_k, self.variant.bits,
                          sm_count)

    @property
    def label(self) -> str:
        return f"{self.variant.name} {self.shape.label} M={self.m}"


def _compile_one(job: tuple[Shape, Variant, int, str, int, LinearConfig]) -> str | None:
    """In a worker process: compile one candidate for this machine's GPU; the error text if it fails."""
    from .sass import compile_launch, linear_launches

    shape, variant, m, dtype_name, capability, config = job
    try:
        for launch in linear_launches(shape, variant, m, DTYPES[dtype_name], 1, config):
            compile_launch(launch, capability)
    except Exception as e:  # noqa: BLE001 (reported per candidate; the sweep drops it)
        lines = str(e).strip().splitlines()
        return f"{type(e).__name__}: {lines[-1] if lines else ''}"
    return None


def precompile(cells: Sequence[Cell], dtype_name: str, capability: int, sm_count: int, jobs: int,
               progress: Callable[[int, int], None] | None = None) -> dict[tuple[Cell, LinearConfig], str]:
    """Compile every cell's candidates in ``jobs`` processes, each distinct kernel once; the failures,
    by (cell, config)."""
    from .sass import launch_key, linear_launches

    distinct: dict[tuple[Any, ...], list[tuple[Cell, LinearConfig]]] = {}
    for cell in cells:
        for config in cell.candidates(sm_count):
            launches = linear_launches(cell.shape, cell.variant, cell.m, DTYPES[dtype_name], 1, config)
            key = tuple(launch_key(launch, capability) for launch in launches)
            distinct.setdefault(key, []).append((cell, config))
    failures: dict[tuple[Cell, LinearConfig], str] = {}
    context = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        futures = {}
        for group in distinct.values():
            cell, config = group[0]
            job = (cell.shape, cell.variant, cell.m, dtype_name, capability, config)
            futures[pool.submit(_compile_one, job)] = group
        for done, future in enumerate(concurrent.futures.as_completed(futures), 1):
            error = future.result()
            if error is not None:
                for item in futures[future]:
                    failures[item] = error
            if progress:
                progress(done, len(futures))
    return failures


def tune_cell(cell: Cell, configs: Sequence[LinearConfig], layer: Any, x: torch.Tensor, ref: torch.Tensor,
              timer: Timer, failed: dict[LinearConfig, str]) -> dict[str, Any] | None:
    """Time ``configs`` (the rule's first) on ``x``; the table row of the fastest one whose output
    agrees with ``ref`` (None if none does)."""
    from moqlab.kernels import triton_kernels as tk
    from moqlab.kernels.triton_backend import prepare

    prep = prepare(layer)
    tried: list[tuple[float, LinearConfig]] = []
    rejected: dict[str, str] = {}
    rule_ms = math.nan
    for i, config in enumerate(configs):
        if config in failed:
            rejected[str(dataclasses.astuple(config))] = failed[config]
            continue

        def call(config: LinearConfig = config) -> torch.Tensor:
            return tk.quant_linear(x, layer.qweight, prep.scales, prep.zeros, None, width=prep.width,
                                   group=prep.group, block_k=config.block_k, zero_point=prep.zero_point,
                                   config=config)
        try:
            error = relative_difference(call(), ref)
            if not error <= MAX_RELATIVE_ERROR:
                rejected[str(dataclasses.astuple(config))] = f"relative error {error:.3g}"
                continue
            ms = timer.median_ms(call)
        except Exception as e:  # noqa: BLE001 (a launch that fails is dropped, with its reason)
            if isinstance(e, torch.cuda.OutOfMemoryError):
                raise
            rejected[str(dataclasses.astuple(config))] = f"{type(e).__name__}: {e}"[:300]
            continue
        if i == 0:
            rule_ms = ms
        tried.append((ms, config))
    if not tried:
        return None
    ms, best = min(tried, key=lambda t: t[0])
    return {
        "n": cell.shape.out_features, "k": cell.shape.in_features, "width": cell.variant.bits, "group": cell.group,
        "m_bucket": cell.m, "config": dataclasses.asdict(best), "variant": cell.variant.name, "ms": ms,
        "rule_ms": rule_ms, "timed": len(tried), "rejected": rejected,
    }


def run(cells: Sequence[Cell], dtype: torch.dtype, timer: Timer, sm_count: int,
        failures: dict[tuple[Cell, LinearConfig], str], seed: int = 0,
        progress: Callable[[int, int, str], None] | None = None) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    by_weight: dict[tuple[Shape, Variant], list[Cell]] = {}
    for cell in cells:
        by_weight.setdefault((cell.shape, cell.variant), []).append(cell)
    done = 0
    for (shape, variant), group in by_weight.items():
        weights = build_weights(shape, [variant], dtype, timer.device, 1, seed, backend="triton")
        layer, pw = weights.layers[variant.name][0], weights.packed[variant.name][0]
        dense = dequantize_packed(pw, dtype)
        for cell in group:
            if progress:
                progress(done, len(cells), cell.label)
            x = torch.randn(cell.m, shape.in_features, generator=torch.Generator().manual_seed(seed + cell.m))
            x = x.to(device=timer.device, dtype=dtype)
            failed = {config: why for (c, config), why in failures.items() if c == cell}
            row = tune_cell(cell, cell.candidates(sm_count), layer, x, F.linear(x, dense), timer, failed)
            if row is not None:
                rows.append(row)
            done += 1
    return rows


def format_rows(rows: Sequence[dict[str, Any]], markdown: bool = False) -> str:
    from .bench import _table

    header = ["variant", "shape", "M", "rule µs", "tuned µs", "gain", "tiles (N×M×K split warps stages)", "timed"]
    body = []
    for r in rows:
        c = r["config"]
        body.append([
            r["variant"], f"{r['k']}→{r['n']}", str(r["m_bucket"]), f"{r['rule_ms'] * 1e3:.1f}", f"{r['ms'] * 1e3:.1f}",
            "—" if math.isnan(r["rule_ms"]) else f"{r['rule_ms'] / r['ms']:.2f}×",
            f"{c['block_n']}×{c['block_m']}×{c['block_k']} {c['split_k']} {c['num_warps']} {c['num_stages']}",
            str(r["timed"]),
        ])
    return _table(header, body, markdown)


def _parser() -> argparse.ArgumentParser:
    p = cli.parser(
        "tune",
        description=(
            "Find the fastest tiles of the fused dequantize-GEMM on this GPU for each shape, weight format and "
            "batch size, check each candidate's output against F.linear on the dequantized weight, and write a "
            "table that QuantLinear uses on GPUs of the same name. Needs CUDA and triton."
        ),
        epilog="Commit the table under py_runtime/moqlab/kernels/tuned/, or try it first with "
               "MOQLAB_TUNED_CONFIGS=PATH.",
    )
    p.add_argument("--shapes", default="all", help="'all', families (llama3-8b, llama-70b, bert-base) and/or INxOUT")
    p.add_argument("--variants", default=DEFAULT_VARIANTS, help="weight formats (as moqlab bench kernels)")
    p.add_argument("--m", default=",".join(map(str, DEFAULT_M)),
                   help="batch sizes, powers of two: one table entry each; a bucket between two tuned ones takes the "
                        "lower one's tiles (the spec sweeps " + ",".join(map(str, M_VALUES)) + ")")
    p.add_argument("--dtype", default="bf16", choices=sorted(DTYPES))
    p.add_argument("--warmup", type=float, default=5.0, help="warm-up per timing, ms")
    p.add_argument("--rep", type=float, default=20.0, help="measurement per timing, ms")
    p.add_argument("--jobs", type=int, default=max(1, (os.cpu_count() or 2) - 1), help="compile processes")
    p.add_argument("--out", default=None, help="table path; default tuned-<gpu>.json here")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--markdown", action="store_true")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        device = resolve_device("cuda" if torch.cuda.is_available() else "cpu")
        if device.type != "cuda":
            raise bad_argument("tuning needs a CUDA GPU: torch sees none here (python -m moqlab_tools.sass reads the "
                       "compiled kernels without one)")
        try:
            import triton  # noqa: F401
        except ImportError as e:
            raise bad_argument("tuning needs triton, which this Python cannot import") from e
        m_values = parse_m(args.m)
        if any(m & (m - 1) for m in m_values):
            raise bad_argument(f"--m takes powers of two (the table's buckets), got {args.m!r}", m=args.m)
        cells = [Cell(s, v, m) for s in parse_shapes(args.shapes) for v in parse_variants(args.variants)
                 for m in m_values if not (v.group_size and s.in_features % v.group_size)]
        if args.jobs < 1 or args.rep <= 0 or args.warmup < 0:
            raise bad_argument("--jobs must be ≥ 1, --rep > 0 and --warmup ≥ 0")
    except WorkerError as e:
        return cli.refused(parser, e)
    props = torch.cuda.get_device_properties(device)
    capability = props.major * 10 + props.minor
    started = time.monotonic()

    def compiled(done: int, total: int) -> None:
        print(f"\rcompiling {done}/{total} ({time.monotonic() - started:.0f} s)", end="", file=sys.stderr)

    failures = precompile(cells, args.dtype, capability, props.multi_processor_count, args.jobs, compiled)
    print(file=sys.stderr)
    compile_s = time.monotonic() - started

    def timed(done: int, total: int, label: str) -> None:
        print(f"\r[{done + 1}/{total}] {label:<50} ({time.monotonic() - started:.0f} s)", end="", file=sys.stderr)

    timer = make_timer(device, args.warmup, args.rep)
    rows = run(cells, DTYPES[args.dtype], timer, props.multi_processor_count, failures, args.seed, timed)
    print(file=sys.stderr)
    meta = {
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
        "environment": environment(device),
        "method": timer.method,
        "dtype": args.dtype,
        "compile_s": round(compile_s, 1),
        "wall_s": round(time.monotonic() - started, 1),
    }
    path = args.out or f"tuned-{slug(props.name)}.json"
    with atomic_write(path) as f:
        f.write(json.dumps(table_document(props.name, rows, meta), indent=1).encode())
    print(format_rows(rows, args.markdown))
    print(f"\nwrote {os.path.abspath(path)} ({len(rows)} entries for {props.name}; compiling took {compile_s:.0f} s)")
    return 0 if len(rows) == len(cells) else 1


if __name__ == "__main__":
    sys.exit(main())
