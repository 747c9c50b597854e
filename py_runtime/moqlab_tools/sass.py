"""What the compiler makes of the Triton kernels for an NVIDIA GPU, read on a machine without one.

Triton compiles for a named target without a device. This module runs the real launchers
(:func:`.triton_kernels.quant_linear`, :func:`.triton_kernels.dequantize`,
:func:`.triton_kernels.fake_quant_rows`) on CPU tensors of the real shapes with every launch recorded
instead of run, compiles each recorded launch for the target (sm_90 by default: H100 and H200) with
the specialisation Triton's JIT would give the same arguments on a GPU (16-byte divisibility of
pointers and integers), and reads the machine code (SASS) back with the cuobjdump Triton ships:

- registers per thread, local memory (spills) and shared memory;
- the instruction mix: tensor-core MMAs (``HGMMA`` is Hopper's warpgroup MMA, ``HMMA`` the older
  warp MMA), global loads and async copies by width, int/float conversions, fences and atomics;
- the length of the fused linear's main loop in lane instructions per weight. At M ≤ 16 that loop
  must dequantize a weight within the issue budget ``128 lanes/clock × SMs × clock / weights per
  second`` to keep up with memory (:func:`issue_budget`: ≈ 5.6 for int4 and 11.3 for int8 on an H100
  at 3.0 TB/s and 1.98 GHz).

It checks what can be checked without a GPU (every launch compiles, nothing spills, the MMAs run on
tensor cores, the instruction budget); speed is measured by :mod:`.bench` on the GPU.

Usage: ``python -m moqlab_tools.sass --help``. Needs triton with its bundled NVIDIA tools, not CUDA;
imports triton's compiler internals (``create_function_from_signature``, ``JITFunction._pack_args``),
which is why it is a developer's tool and not part of the runtime.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import dataclasses
import json
import os
import re
import subprocess
import sys
import tempfile
from typing import Any, Iterator, Sequence

import torch

from moqlab.errors import WorkerError
from moqlab.kernels.tiles import LinearConfig, block_k_for, candidates, linear_config

from . import cli
from .bench import DTYPES, M_VALUES, SHAPES, VARIANTS, Shape, Variant, bad_argument, parse_m, parse_shapes, parse_variants

#: The launchers' kernels, by the module attribute the launchers call.
KERNELS = (
    "_linear_kernel", "_dequant_kernel", "_fake_quant_rows_kernel", "_group_range_kernel", "_fake_quant_chunks_kernel",
)
#: H100 SXM: streaming multiprocessors, boost clock, and the copy bandwidth spec/kernels.md measured.
H100 = {"sms": 132, "clock_hz": 1.98e9, "bandwidth": 3.0e12}
#: Lanes that issue one instruction each per clock on one SM (4 schedulers × 32 lanes).
LANES_PER_CLOCK = 128

_OPCODE = re.compile(r"/\*([0-9a-f]{4,})\*/\s+(@!?U?P[T0-9]+\s+)?([A-Z][A-Za-z0-9_.]*)([^;]*);")
_BRANCH_TARGET = re.compile(r"0x([0-9a-f]+)")
_RESOURCES = re.compile(r"REG:(\d+)\s+STACK:(\d+)\s+SHARED:(\d+)\s+LOCAL:(\d+)")
#: Opcode classes the report counts (first matching prefix wins).
CLASSES = (
    ("wgmma", ("HGMMA",)),
    ("mma", ("HMMA", "IMMA")),
    ("async copy", ("LDGSTS", "UTMALDG")),
    ("global load", ("LDG",)),
    ("global store", ("STG",)),
    ("atomic", ("ATOMG", "RED")),
    ("fence", ("MEMBAR", "FENCE")),
    ("conversion", ("I2F", "F2F", "F2I", "I2I", "F2FP")),
    ("shared load", ("LDS", "LDSM")),
    ("shared store", ("STS", "STSM")),
)


@dataclasses.dataclass
class Launch:
    """One kernel launch as a launcher made it: the JIT function, the grid and the arguments."""

    kernel: str
    fn: Any
    grid: tuple[int, ...]
    args: tuple[Any, ...]
    kwargs: dict[str, Any]


@contextlib.contextmanager
def recording() -> Iterator[list[Launch]]:
    """Within the block the launchers record their launches (appended to the yielded list) instead of
    running them; their outputs stay uninitialised."""
    from moqlab.kernels import triton_kernels as tk

    launches: list[Launch] = []

    class _Recorder:
        def __init__(self, name: str, fn: Any) -> None:
            self.name, self.fn = name, fn

        def __getitem__(self, grid: tuple[int, ...]) -> Any:
            def launch(*args: Any, **kwargs: Any) -> None:
                launches.append(Launch(self.name, self.fn, tuple(grid), args, kwargs))
            return launch

    saved = {name: getattr(tk, name) for name in KERNELS}
    try:
        for name, fn in saved.items():
            setattr(tk, name, _Recorder(name, fn))
        yield launches
    finally:
        for name, fn in saved.items():
            setattr(tk, name, fn)


def _specialise(launch: Launch, capability: int) -> tuple[Any, Any, dict[str, Any], Any, Any]:
    """(backend, target, kwargs, bound arguments, specialisation) as ``JITFunction.run`` would make them."""
    import triton
    from triton.backends.compiler import GPUTarget
    from triton.compiler import make_backend
    from triton.runtime.jit import create_function_from_signature

    target = GPUTarget("cuda", capability, 32)
    backend = make_backend(target)
    fn = launch.fn
    # the options JITFunction.run adds, so that the compile lands under the key a launch looks up
    compilation = triton.knobs.compilation
    kwargs = {**launch.kwargs, "debug": launch.kwargs.get("debug", fn.debug) or triton.knobs.runtime.debug,
              "instrumentation_mode": compilation.instrumentation_mode}
    if hasattr(compilation, "fpsan_homomorphic_casts"):  # added to them in Triton 3.9
        kwargs["fpsan_homomorphic_casts"] = compilation.fpsan_homomorphic_casts
    binder = create_function_from_signature(fn.signature, fn.params, backend)
    bound, specialization, options = binder(*launch.args, **kwargs)
    return backend, target, kwargs, bound, (specialization, options)


def launch_key(launch: Launch, capability: int = 90) -> tuple[Any, ...]:
    """What Triton compiles this launch by: two launches with equal keys share one compiled kernel."""
    *_, (specialization, options) = _specialise(launch, capability)
    return (launch.kernel, tuple(map(tuple, specialization)), str(options))


def compile_launch(launch: Launch, capability: int = 90) -> Any:
    """The ``CompiledKernel`` Triton's JIT would build for this launch on a GPU of this compute
    capability (signature, constants and divisibility specialisation from the recorded arguments)."""
    import triton
    from triton.compiler import ASTSource

    backend, target, kwargs, bound, (specialization, options) = _specialise(launch, capability)
    fn = launch.fn
    options, signature, constexprs, attrs = fn._pack_args(backend, kwargs, bound, specialization, options)
    return triton.compile(ASTSource(fn, signature, constexprs, attrs), target=target, options=options.__dict__)


@dataclasses.dataclass
class Sass:
    """Static counts read off ``cuobjdump -sass`` (NOPs excluded)."""

    instructions: int
    loop: int | None  # instructions in the largest (natural) loop
    classes: dict[str, int]  # CLASSES → count in the whole kernel
    loop_classes: dict[str, int]  # CLASSES → count in that loop
    opcodes: dict[str, int]  # full opcode (with modifiers) of the classified instructions → count


@dataclasses.dataclass
class MachineCode:
    """What one compiled kernel is made of."""

    registers: int
    local_bytes: int  # spills and run-time-indexed arrays; 0 is the goal
    shared_bytes: int  # static + dynamic
    sass: Sass


def _tool(name: str) -> str:
    import triton.knobs

    path = getattr(triton.knobs.nvidia, name).path
    if not path or not os.path.exists(path):
        raise bad_argument(f"triton's {name} was not found ({path!r}); install a triton wheel that bundles the NVIDIA tools")
    return path


def _class(opcode: str) -> str | None:
    for name, prefixes in CLASSES:
        if opcode.startswith(prefixes):
            return name
    return None


def _branch_target(opcode: str, operands: str) -> int | None:
    target = _BRANCH_TARGET.search(operands) if opcode.startswith("BRA") else None
    return int(target.group(1), 16) if target else None


def _largest_loop(rows: Sequence[tuple[int, str, str, bool]]) -> set[int] | None:
    """The addresses of the natural loop with the most instructions, its out-of-line blocks included: a
    back edge is a branch to a block that dominates it, and its loop is what reaches the branch without
    passing that block. The address span of the widest backward branch is not a loop once the compiler
    moves a slow path out of line: Triton 3.9 puts the mbarrier waits of TMA copies after the kernel's
    EXIT, and their jump back into the loop spans the whole epilogue."""
    if not rows:
        return None
    starts = {rows[0][0]}
    for i, (_, opcode, operands, _) in enumerate(rows):
        target = _branch_target(opcode, operands)
        if target is not None:
            starts.add(target)
        if (target is not None or opcode.startswith(("EXIT", "RET"))) and i + 1 < len(rows):
            starts.add(rows[i + 1][0])
    blocks: list[list[tuple[int, str, str, bool]]] = []
    for row in rows:
        if row[0] in starts:
            blocks.append([])
        blocks[-1].append(row)
    index = {block[0][0]: b for b, block in enumerate(blocks)}
    successors: list[set[int]] = []
    for b, block in enumerate(blocks):
        _, opcode, operands, predicated = block[-1]
        target = _branch_target(opcode, operands)
        following = {index[target]} if target in index else set()
        if (predicated or not opcode.startswith(("BRA", "EXIT", "RET"))) and b + 1 < len(blocks):
            following.add(b + 1)
        successors.append(following)
    reachable, stack = {0}, [0]
    while stack:
        for s in successors[stack.pop()] - reachable:
            reachable.add(s)
            stack.append(s)
    predecessors: dict[int, set[int]] = {b: set() for b in reachable}
    for b in reachable:
        for s in successors[b]:
            predecessors[s].add(b)
    dominators = {b: set(reachable) for b in reachable}
    dominators[0] = {0}
    changed = True
    while changed:
        changed = False
        for b in sorted(reachable - {0}):
            new = {b} | set.intersection(*(dominators[p] for p in predecessors[b]))
            if new != dominators[b]:
                dominators[b], changed = new, True
    loops: dict[int, set[int]] = {}
    for tail in reachable:
        for head in successors[tail] & dominators[tail]:
            body, stack = loops.setdefault(head, {head}), [tail]
            while stack:
                b = stack.pop()
                if b not in body:
                    body.add(b)
                    stack.extend(predecessors[b])
    if not loops:
        return None
    body = max(loops.values(), key=lambda bs: sum(len(blocks[b]) for b in bs))
    return {row[0] for b in body for row in blocks[b]}


def parse_sass(text: str) -> Sass:
    """Count the instructions of ``cuobjdump -sass`` output, in all and in its largest loop."""
    rows = [(int(m.group(1), 16), m.group(3), m.group(4), m.group(2) is not None) for m in _OPCODE.finditer(text)]
    loop_addresses = _largest_loop(rows)
    rows = [r for r in rows if r[1] != "NOP"]
    classes: collections.Counter[str] = collections.Counter()
    loop_classes: collections.Counter[str] = collections.Counter()
    opcodes: collections.Counter[str] = collections.Counter()
    for address, opcode, _, _ in rows:
        name = _class(opcode)
        if name is None:
            continue
        classes[name] += 1
        opcodes[opcode] += 1
        if loop_addresses and address in loop_addresses:
            loop_classes[name] += 1
    loop = None if loop_addresses is None else sum(1 for r in rows if r[0] in loop_addresses)
    return Sass(len(rows), loop, dict(classes), dict(loop_classes), dict(opcodes))


def machine_code(kernel: Any) -> MachineCode:
    """Read a ``CompiledKernel``'s cubin back with cuobjdump."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "kernel.cubin")
        with open(path, "wb") as f:
            f.write(kernel.asm["cubin"])
        dump = _tool("cuobjdump")
        usage = subprocess.run([dump, "-res-usage", path], capture_output=True, text=True, check=True).stdout
        text = subprocess.run([dump, "-sass", path], capture_output=True, text=True, check=True).stdout
    res = _RESOURCES.search(usage)
    if res is None:
        raise RuntimeError(f"cuobjdump -res-usage printed no resource line:\n{usage}")
    registers, stack, static_shared, local = (int(v) for v in res.groups())
    return MachineCode(registers=registers, local_bytes=stack + local,
                       shared_bytes=static_shared + int(kernel.metadata.shared), sass=parse_sass(text))


def issue_budget(bits: int, sms: int = H100["sms"], clock_hz: float = H100["clock_hz"],
                 bandwidth: float = H100["bandwidth"]) -> float:
    """Lane instructions an SM may spend per weight and still stream ``bits``-bit weights at
    ``bandwidth`` bytes/s."""
    weights_per_s = bandwidth * 8 / bits
    return LANES_PER_CLOCK * sms * clock_hz / weights_per_s


# ------------------------------------------------------------------------------------------------ cases
def _packed(shape: Shape, variant: Variant, dtype: torch.dtype) -> dict[str, Any]:
    """Uninitialised CPU tensors with the packed layout's shapes and dtypes (the launchers only read
    shapes, strides and alignment)."""
    n, k = shape.out_features, shape.in_features
    group = variant.group_size or k
    scales = torch.empty((n, k // group), dtype=dtype)
    zeros = None if variant.symmetric else torch.empty((n, k // group), dtype=torch.uint8)
    qweight = torch.empty((n, k * variant.bits // 8), dtype=torch.uint8)
    zero_point = 1 << (variant.bits - 1) if variant.symmetric else 0  # as PackedWeight.zero_point
    return dict(qweight=qweight, scales=scales, zeros=zeros, group=group, zero_point=zero_point)


def linear_launches(shape: Shape, variant: Variant, m: int, dtype: torch.dtype, sms: int,
                    config: LinearConfig | None = None) -> list[Launch]:
    """The launches :func:`.triton_kernels.quant_linear` makes for ``x`` of ``m`` rows on a GPU with
    ``sms`` multiprocessors, with ``config``'s tiles or else the untuned rule's (empty when no K tile
    fits the format: the layer stays on the reference)."""
    from moqlab.kernels import triton_kernels as tk

    p = _packed(shape, variant, dtype)
    block_k = block_k_for(p["group"], shape.in_features, variant.bits)
    if block_k is None:
        return []
    x = torch.empty((m, shape.in_features), dtype=dtype)
    config = config or linear_config(m, shape.out_features, shape.in_features, block_k, sms)
    with recording() as launches:
        tk.quant_linear(x, p["qweight"], p["scales"], p["zeros"], None, width=variant.bits, group=p["group"],
                        block_k=block_k, zero_point=p["zero_point"], config=config)
    return launches


def dequant_launches(shape: Shape, variant: Variant, dtype: torch.dtype) -> list[Launch]:
    from moqlab.kernels import triton_kernels as tk

    p = _packed(shape, variant, dtype)
    with recording() as launches:
        tk.dequantize(p["qweight"], p["scales"], p["zeros"], in_features=shape.in_features, width=variant.bits,
                      group=p["group"], zero_point=p["zero_point"], dtype=dtype)
    return launches


def fake_quant_launches(groups: int, length: int, working: torch.dtype, stochastic: bool) -> list[Launch]:
    """The launches of a 4-bit symmetric MoQ rewrite (r = 0.25) of an fp32 master ``(groups, length)``."""
    from moqlab.kernels import triton_kernels as tk

    src = torch.empty((groups, length), dtype=torch.float32)
    out = torch.empty((groups, length), dtype=working)
    noise = torch.empty((groups, length), dtype=torch.float32) if stochastic else None
    with recording() as launches:
        tk.fake_quant_rows(src, out, round_to=working, symmetric=True, divisor=7.0, qmin=-8, qmax=7, clamp=True,
                           noise=noise, mix_ratio=0.25)
    return launches


def per_weight(launch: Launch, count: int | None) -> float | None:
    """``count`` instructions of the fused linear's main loop in lanes per weight the loop covers (one K
    tile of ``BLOCK_N × BLOCK_K`` weights per iteration); None for other kernels."""
    if launch.kernel != "_linear_kernel" or count is None:
        return None
    kw = launch.kwargs
    return count * 32 * kw["num_warps"] / (kw["BLOCK_N"] * kw["BLOCK_K"])


def _tiles(launch: Launch) -> str:
    kw = launch.kwargs
    if launch.kernel == "_linear_kernel":
        return (f"{kw['BLOCK_N']}×{kw['BLOCK_M']}×{kw['BLOCK_K']} split {launch.grid[1]} "
                f"w{kw['num_warps']} s{kw['num_stages']}")
    keys = [k for k in ("BLOCK_N", "BLOCK_K", "ROWS", "BLOCK_L") if k in kw]
    return " ".join(f"{k}={kw[k]}" for k in keys) + f" w{kw.get('num_warps', 4)}"


def report(cases: Sequence[tuple[str, Launch]], capability: int, progress: Any = None) -> list[dict[str, Any]]:
    """Compile every case and describe its machine code."""
    rows = []
    for i, (label, launch) in enumerate(cases):
        if progress:
            progress(i, len(cases), label)
        code = machine_code(compile_launch(launch, capability))
        rows.append({
            "case": label,
            "kernel": launch.kernel,
            "tiles": _tiles(launch),
            "grid": list(launch.grid),
            "per_weight": per_weight(launch, code.sass.loop),
            "conversions_per_weight": per_weight(launch, code.sass.loop_classes.get("conversion", 0)),
            **dataclasses.asdict(code),
        })
    return rows


def _linear_configs(shape: Shape, variant: Variant, m: int, sms: int, tuning: bool) -> list[LinearConfig | None]:
    """The rule's tiles (None), or every candidate a tuning run would time."""
    block_k = block_k_for(variant.group_size or shape.in_features, shape.in_features, variant.bits)
    if not tuning or block_k is None:
        return [None]
    return list(candidates(m, shape.out_features, shape.in_features, block_k, variant.bits, sms))


def _cases(shapes: Sequence[Shape], variants: Sequence[Variant], m_values: Sequence[int], dtype_name: str,
           sms: int, tuning: bool = False, capability: int = 90) -> list[tuple[str, Launch]]:
    """The launches to compile: the rule's for every M, or with ``tuning`` each distinct candidate kernel
    once (M is not specialised, and candidates that differ only in their split compile alike)."""
    dtype = DTYPES[dtype_name]
    cases: list[tuple[str, Launch]] = []
    seen: set[tuple[Any, ...]] = set()
    for shape in shapes:
        for v in variants:
            if v.group_size and shape.in_features % v.group_size:
                continue
            for m in m_values:
                for config in _linear_configs(shape, v, m, sms, tuning):
                    for launch in linear_launches(shape, v, m, dtype, sms, config):
                        if tuning:
                            key = launch_key(launch, capability)
                            if key in seen:
                                continue
                            seen.add(key)
                        cases.append((f"{v.name} {shape.label} M={m} {dtype_name}", launch))
            cases += [(f"{v.name} {shape.label} dequantize {dtype_name}", launch)
                      for launch in dequant_launches(shape, v, dtype)]
    for length, stochastic in ((128, False), (4096, False), (4096, True), (16384, False)):
        groups = 64 * 2**20 // 4 // length
        rounding = "stochastic" if stochastic else "nearest"
        cases += [(f"fake-quant g{length} {rounding} fp32→{dtype_name}", launch)
                  for launch in fake_quant_launches(groups, length, dtype, stochastic)]
    return cases


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def format_report(rows: Sequence[dict[str, Any]], budgets: dict[int, float], markdown: bool = False) -> str:
    from .bench import _table

    header = ["case", "kernel", "tiles", "regs", "local B", "shared KiB", "wgmma", "mma", "async copy",
              "global load", "conversion", "fence", "loop", "lane-ops/weight"]
    body = [[
        r["case"], r["kernel"].strip("_"), r["tiles"], str(r["registers"]), str(r["local_bytes"]),
        f"{r['shared_bytes'] / 1024:.0f}", *(str(r["sass"]["classes"].get(c, 0)) for c in
                                             ("wgmma", "mma", "async copy", "global load", "conversion", "fence")),
        "—" if r["sass"]["loop"] is None else str(r["sass"]["loop"]), _fmt(r["per_weight"]),
    ] for r in rows]
    notes = [f"issue budget at M ≤ 16 ({H100['bandwidth'] / 1e12:.1f} TB/s, {H100['sms']} SMs, "
             f"{H100['clock_hz'] / 1e9:.2f} GHz): " + ", ".join(f"int{b} {v:.1f}" for b, v in sorted(budgets.items()))
             + " lane instructions per weight"]
    return "\n".join([_table(header, body, markdown), "", *notes])


def _parser() -> argparse.ArgumentParser:
    p = cli.parser(
        "sass",
        description=(
            "Compile the Triton kernels for an NVIDIA GPU (no GPU needed) exactly as the launchers would launch "
            "them for the spec's shapes, and report registers, spills, shared memory, the instruction mix and "
            "the fused linear's main-loop cost per weight against the issue budget."
        ),
    )
    p.add_argument("--capability", type=int, default=90, help="compute capability ×10 (90: H100/H200)")
    p.add_argument("--sms", type=int, default=H100["sms"], help="multiprocessors the split-K rule plans for")
    p.add_argument("--shapes", default="llama3-8b,llama-70b", help=f"'all', families ({', '.join(SHAPES)}), INxOUT")
    p.add_argument("--m", default="1,16,64,256", help=f"batch sizes (spec: {','.join(map(str, M_VALUES))})")
    p.add_argument("--variants", default="w8a16,w4a16-g128", help=f"weight formats: {', '.join(VARIANTS)}")
    p.add_argument("--dtype", default="bf16", choices=sorted(DTYPES))
    p.add_argument("--candidates", action="store_true",
                   help="compile every tile configuration the tuner would try (python -m moqlab_tools.tune), "
                        "not only the untuned rule's")
    p.add_argument("--json", dest="json_path", default=None, help="write the rows as JSON here")
    p.add_argument("--markdown", action="store_true")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        import triton  # noqa: F401
    except ImportError:
        return cli.refused(parser, "triton is not importable by this Python; it needs a triton wheel (not CUDA)")
    try:
        cases = _cases(parse_shapes(args.shapes), parse_variants(args.variants), parse_m(args.m), args.dtype,
                       args.sms, args.candidates, args.capability)
        rows = report(cases, args.capability,
                      lambda i, n, label: print(f"\r[{i + 1}/{n}] {label:<60}", end="", file=sys.stderr))
    except WorkerError as e:
        return cli.refused(parser, e)
    print(file=sys.stderr)
    print(format_report(rows, {b: issue_budget(b) for b in (8, 4)}, markdown=args.markdown))
    if args.json_path:
        cli.write_json(args.json_path, rows)
    spilled = [r["case"] for r in rows if r["local_bytes"]]
    return 1 if spilled else 0


if __name__ == "__main__":
    sys.exit(main())
