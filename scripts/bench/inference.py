"""`npm run bench:inference`: end-to-end CPU latency and memory of packed exports against their fp32 models.

For each model (the packaged pretrained MiniLM, tiny-bert and the CNN, built as moqlab builds them) every
Linear, Embedding and Conv weight is exported at 8 bits (one scale per output row) and at 4 bits
(groups of 32 along the input), then loaded with ``moqlab.load_quantized`` into a fresh model (default
backend: torch's int8/int4 CPU kernels where they take a layer). Measured in one run, per model:

- latency of a forward pass at batch 1 and 8 (BERTs: ``--sequence`` tokens, default 32, about a GLUE
  sentence), fp32 and packed timed interleaved, median of per-round medians;
- the bytes the model's tensors hold after those passes (``moqlab.memory.held_bytes``: every storage,
  the kernels' re-layouts included) and the process's resident set growth (RSS, from /proc, after
  ``malloc_trim``) when only that model is built, loaded and run once, each in a fresh subprocess, against
  the fp32 model (imports excluded; loading builds the fp32 model first, so RSS keeps what the allocator
  does not give back, and activations count too);
- agreement of the packed model's predictions with the fake-quantized fp32 model's (same batch).

Weights are quantized from the model as built (no training): this measures memory and speed, not
accuracy. Prints a table and the JSON (``--json PATH`` writes it). Not a test.

Usage: scripts/bench/inference.sh [--models minilm,tiny-bert,cnn] [--bits 8,4] [--sequence 32] [--rounds 5]
       [--threads N] [--json out.json]
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import pathlib
import platform
import statistics
import subprocess
import sys
import tempfile
import time

import torch
from torch import nn

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "py_runtime"))

from moqlab.export import TensorExport, export_packed, load_quantized, parity  # noqa: E402
from moqlab.memory import BuiltModel  # noqa: E402
from moqlab.models import build_model  # noqa: E402
from moqlab.quant import QuantScheme, fake_quantize  # noqa: E402

MODELS = {
    "minilm": {"num_labels": 2},
    "tiny-bert": {},
    "cnn": {},
}
GROUP_4BIT = 32


def inputs_for(name: str, batch: int, sequence: int) -> dict[str, torch.Tensor]:
    g = torch.Generator().manual_seed(batch)
    if name == "cnn":
        return {"x": torch.randn(batch, 1, 28, 28, generator=g)}
    ids = torch.randint(1000, 20000, (batch, sequence), generator=g)
    return {"input_ids": ids, "attention_mask": torch.ones_like(ids), "token_type_ids": torch.zeros_like(ids)}


def requests_for(model: nn.Module, bits: int) -> list[TensorExport]:
    out = []
    for name, module in model.named_modules():
        if isinstance(module, (nn.Linear, nn.Embedding, nn.Conv2d)) and name:
            columns = module.weight[0].numel()
            if bits == 8 or columns % GROUP_4BIT:
                out.append(TensorExport(f"{name}.weight", bits, scheme=QuantScheme(groups=module.weight.shape[0])))
            else:
                out.append(TensorExport(f"{name}.weight", bits, scheme=QuantScheme(group_size=GROUP_4BIT)))
    return out


def build(name: str) -> nn.Module:
    torch.manual_seed(0)
    return build_model(name, MODELS[name]).eval()


def export(name: str, bits: int, out_dir: str) -> None:
    model = build(name)
    masters = {n: p.detach().clone() for n, p in model.named_parameters()}
    export_packed(model, masters, requests_for(model, bits), out_dir, model_spec={"name": name, "kwargs": MODELS[name]})


def rss_bytes() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def rss_child(name: str, out_dir: str | None, sequence: int) -> None:
    """In a fresh process: RSS growth from before the model is built to after it is loaded and has run one
    forward pass (which touches every weight, mapped from a file or not, and makes the kernels' layouts),
    printed as JSON.
    transformers' BERT code is imported first, so that imports do not count."""
    if name == "minilm":
        import transformers.models.bert.modeling_bert  # noqa: F401
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)
    base = rss_bytes()
    model = build(name)
    if out_dir:
        model = load_quantized(model, out_dir)
    with torch.no_grad():
        model.eval()(**inputs_for(name, 1, sequence))
    gc.collect()
    ctypes.CDLL("libc.so.6").malloc_trim(0)  # return what was freed (the replaced fp32 weights) to the system
    print(json.dumps({"rss_growth": rss_bytes() - base}))


def measure_rss(name: str, out_dir: str | None, threads: int, sequence: int) -> int:
    argv = [sys.executable, __file__, "--rss-child", name, "--threads", str(threads), "--sequence", str(sequence)]
    argv += ["--rss-dir", out_dir] if out_dir else []
    done = subprocess.run(argv, capture_output=True, text=True, check=True)
    return int(json.loads(done.stdout.strip().splitlines()[-1])["rss_growth"])


def median_ms(fn, reps: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def fake_quantized(name: str, bits: int) -> nn.Module:
    model = build(name)
    with torch.no_grad():
        for te in requests_for(model, bits):
            p = model.get_parameter(te.name)
            p.copy_(fake_quantize(p, te.bits, te.scheme))
    return model


def bench_model(name: str, bits_list: list[int], sequence: int, rounds: int, reps: int, threads: int, tmp: str) -> dict:
    fp32 = build(name)
    built = BuiltModel(fp32)
    fp32_held = sum(built.held.values())
    row: dict = {"model": name, "parameters": sum(p.numel() for p in fp32.parameters()), "fp32_held_bytes": fp32_held,
                 "fp32_rss_growth": measure_rss(name, None, threads, sequence), "variants": []}
    packed_models, memory = {}, {}
    for bits in bits_list:
        out_dir = f"{tmp}/{name}-{bits}"
        export(name, bits, out_dir)
        fresh = build(name)
        before = BuiltModel(fresh)
        packed = load_quantized(fresh, out_dir).eval()
        check = parity(fake_quantized(name, bits), packed, inputs_for(name, 8, sequence))
        packed_models[bits], memory[bits] = packed, before
        row["variants"].append({
            "bits": bits, "rss_growth": measure_rss(name, out_dir, threads, sequence),
            "backends": sorted({m.selected_backend(torch.zeros(1, m.in_features)) for m in packed.modules() if hasattr(m, "selected_backend")}),
            "agreement_with_fake_quant": check["agreement"], "sqnr_db_vs_fake_quant": check["sqnr_db"],
        })
    for batch in (1, 8):
        x = inputs_for(name, batch, sequence)
        samples: dict[str, list[float]] = {}
        with torch.no_grad():
            contenders = {"fp32": fp32, **{f"int{b}": m for b, m in packed_models.items()}}
            for fn in contenders.values():
                fn(**x)  # warm-up: backends prepare their layouts on the first call
            for r in range(rounds):
                names = list(contenders)
                for key in names[r % len(names):] + names[: r % len(names)]:
                    samples.setdefault(key, []).append(median_ms(lambda m=contenders[key]: m(**x), reps))
        fp32_ms = statistics.median(samples["fp32"])
        row[f"batch{batch}_fp32_ms"] = fp32_ms
        for v in row["variants"]:
            ms = statistics.median(samples[f"int{v['bits']}"])
            v[f"batch{batch}_ms"] = ms
            v[f"batch{batch}_speedup"] = fp32_ms / ms
    for v in row["variants"]:  # after the passes: the kernels' re-layouts exist now
        held = memory[v["bits"]].report(packed_models[v["bits"]]).resident
        v["held_bytes"], v["held_vs_fp32"] = held, held / fp32_held
    return row


def main() -> int:
    p = argparse.ArgumentParser(prog="npm run bench:inference", description=__doc__.split("\n\n")[0])
    p.add_argument("--models", default=",".join(MODELS), help=f"comma-separated: {', '.join(MODELS)}")
    p.add_argument("--bits", default="8,4", help="export bit widths, comma-separated (1..8)")
    p.add_argument("--sequence", type=int, default=32, help="tokens per example for the BERTs")
    p.add_argument("--rounds", type=int, default=5, help="interleaved rounds; the median of their medians is quoted")
    p.add_argument("--reps", type=int, default=5, help="forward passes per round and contender")
    p.add_argument("--threads", type=int, default=torch.get_num_threads(), help="torch CPU threads")
    p.add_argument("--json", dest="json_path", default=None)
    p.add_argument("--rss-child", default=None, help=argparse.SUPPRESS)
    p.add_argument("--rss-dir", default=None, help=argparse.SUPPRESS)
    args = p.parse_args()
    torch.set_num_threads(args.threads)
    if args.rss_child:
        rss_child(args.rss_child, args.rss_dir, args.sequence)
        return 0
    names = [n.strip() for n in args.models.split(",") if n.strip()]
    unknown = [n for n in names if n not in MODELS]
    bits = [int(b) for b in args.bits.split(",") if b.strip()]
    if unknown or not names or not bits or any(not 1 <= b <= 8 for b in bits) or min(args.rounds, args.reps, args.sequence) < 1:
        p.error(f"models must be among {', '.join(MODELS)} (unknown: {unknown}), bits in 1..8, sequence, rounds and reps ≥ 1")
    started = time.monotonic()
    rows = []
    with tempfile.TemporaryDirectory(prefix="moqlab-bench-inference-") as tmp:
        for name in names:
            print(f"[bench:inference] {name} …", file=sys.stderr, flush=True)
            rows.append(bench_model(name, bits, args.sequence, args.rounds, args.reps, args.threads, tmp))
    result = {
        "kind": "moqlab.bench.inference", "machine": platform.processor() or platform.machine(), "torch": torch.__version__,
        "threads": args.threads, "sequence": args.sequence, "rows": rows, "wall_s": round(time.monotonic() - started, 1),
    }
    mb = 1e6
    header = f"{'model':10} {'weights':>7} {'held MB':>8} {'× fp32':>7} {'RSS+ MB':>8} {'b1 ms':>8} {'b1 ×':>6} {'b8 ms':>8} {'b8 ×':>6} {'agree':>6}  backends"
    print(header)
    for r in rows:
        print(f"{r['model']:10} {'fp32':>7} {r['fp32_held_bytes'] / mb:8.2f} {1:7.3f} {r['fp32_rss_growth'] / mb:8.2f} "
              f"{r['batch1_fp32_ms']:8.2f} {1:6.2f} {r['batch8_fp32_ms']:8.2f} {1:6.2f}")
        for v in r["variants"]:
            print(f"{'':10} {'int' + str(v['bits']):>7} {v['held_bytes'] / mb:8.2f} {v['held_vs_fp32']:7.3f} {v['rss_growth'] / mb:8.2f} "
                  f"{v['batch1_ms']:8.2f} {v['batch1_speedup']:6.2f} {v['batch8_ms']:8.2f} {v['batch8_speedup']:6.2f} "
                  f"{v['agreement_with_fake_quant']:6.3f}  {', '.join(v['backends'])}")
    text = json.dumps(result, indent=1)
    print(f"\nsequence {args.sequence} tokens, {args.threads} threads, torch {torch.__version__}; JSON:")
    print(text)
    if args.json_path:
        pathlib.Path(args.json_path).write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
