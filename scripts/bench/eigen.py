"""`npm run bench:eigen`: the cost of block Hessian eigenvalues (SEMANTICS.md §4) through the trainer, in
units of one ordinary training step, for tiny-bert (hidden 128, batch 32, sequence 64, synthetic data of
those shapes) with 2 and 4 encoder blocks (``bert.encoder.layer``, every block measured). The CNN has no
indexable block list, so it is not measured.

Every round, on one trainer that keeps training between measurements:

- ``step``: one ordinary optimizer step (timed before each computation and for each gap step);
- ``cold``: ``Trainer.compute_block_eigenvalues`` with no previous eigenvectors (random start vectors);
- ``gap``: a few ordinary steps (default 3);
- ``warm``: the same computation again, started from the vectors the cold one left (SEMANTICS.md §4's warm start).

Reported per kind of computation: HVPs per computation (all blocks), seconds, seconds as a multiple of
the median step, the median of the per-round multiples (each against the steps of its own round), and
the share of blocks that met ``tol`` within ``max_iter``. Figures are medians over rounds; the cold and
warm computations and the steps interleave, so load on a shared machine hits all of them alike. Prints a
table and one JSON line (``--json PATH`` also writes it). Not a test.

Usage: scripts/bench/eigen.sh [--rounds 5] [--threads 2] [--layers 2,4] [--gap 3] [--tol 1e-2]
       [--max-iter 100] [--device cpu] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import platform
import statistics
import sys
import time

import torch

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "py_runtime"))

from moqlab.data.base import LoadedData, Split, TaskType  # noqa: E402
from moqlab.eigen import EigenConfig  # noqa: E402
from moqlab.models import build_model  # noqa: E402
from moqlab.training import Trainer  # noqa: E402
from bench_training import bench_training  # noqa: E402

LAYER_NAME = "bert.encoder.layer"
HIDDEN, BATCH, SEQ = 128, 32, 64


def synthetic_data(n: int = 4096, t: int = SEQ) -> LoadedData:
    g = torch.Generator().manual_seed(0)
    ids = torch.randint(1000, 30000, (n, t), generator=g)
    inputs = {"input_ids": ids, "attention_mask": torch.ones(n, t, dtype=torch.int64),
              "token_type_ids": torch.zeros(n, t, dtype=torch.int64)}
    train = Split(inputs, torch.randint(0, 2, (n,), generator=g))
    return LoadedData(train=train, eval=train, num_labels=2, task_type=TaskType.CLASSIFICATION,
                      metrics=["accuracy"], eval_split="train", source="synthetic", tokenizer="")


def make_trainer(layers: int, device: torch.device) -> Trainer:
    torch.manual_seed(0)
    model = build_model("tiny-bert", {"num_hidden_layers": layers, "hidden_size": HIDDEN})
    config = bench_training(batch_size=BATCH)
    return Trainer(model, synthetic_data(), device, config)


def timed(fn, device: torch.device):
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    start = time.perf_counter()
    out = fn()
    if device.type == "cuda":
        torch.cuda.synchronize(device)
    return time.perf_counter() - start, out


def bench(layers: int, rounds: int, gap: int, config: EigenConfig, device: torch.device) -> dict:
    trainer = make_trainer(layers, device)
    trainer.run_steps(3)  # warm-up
    block_params = sum(p.numel() for p in trainer.model.bert.encoder.layer[0].parameters())

    steps: list[float] = []
    per_kind: dict[str, dict[str, list[float]]] = {
        kind: {"seconds": [], "hvps": [], "ratio": [], "converged": [], "overhead": []} for kind in ("cold", "warm")
    }
    per_block_hvps: dict[str, list[list[int]]] = {"cold": [], "warm": []}
    lambdas: list[list[float]] = []
    for r in range(rounds):
        round_steps = [timed(lambda: trainer.run_steps(1), device)[0]]
        trainer._eigenvectors.clear()  # cold: random start vectors
        cold = timed(lambda: trainer.compute_block_eigenvalues(LAYER_NAME, layers, config, seed=0, counter=r), device)
        for _ in range(gap):
            round_steps.append(timed(lambda: trainer.run_steps(1), device)[0])
        warm = timed(lambda: trainer.compute_block_eigenvalues(LAYER_NAME, layers, config, seed=0, counter=r), device)
        steps.extend(round_steps)
        round_step = statistics.median(round_steps)
        for kind, (seconds, results) in (("cold", cold), ("warm", warm)):
            d = per_kind[kind]
            d["seconds"].append(seconds)
            d["hvps"].append(sum(b.hvps for b in results))
            d["ratio"].append(seconds / round_step)
            d["converged"].append(sum(b.converged for b in results) / len(results))
            d["overhead"].append(seconds - sum(b.seconds for b in results))  # forward + create_graph backward
            per_block_hvps[kind].append([b.hvps for b in results])
        lambdas.append([b.eigenvalue for b in warm[1]])

    step = statistics.median(steps)
    out: dict = {
        "model": f"tiny-bert L={layers}",
        "layers": layers,
        "hidden": HIDDEN,
        "batch": BATCH,
        "seq": SEQ,
        "params_per_block": block_params,
        "rounds": rounds,
        "gap_steps": gap,
        "step_ms": step * 1000.0,
        "lambdas_warm_last_round": lambdas[-1],
    }
    for kind, d in per_kind.items():
        seconds = statistics.median(d["seconds"])
        hvps = statistics.median(d["hvps"])
        out[kind] = {
            "hvps": hvps,
            "hvps_min_max": [min(d["hvps"]), max(d["hvps"])],
            "hvps_per_block_by_round": per_block_hvps[kind],
            "seconds": seconds,
            "steps": seconds / step,
            "median_round_ratio_steps": statistics.median(d["ratio"]),
            "converged_share": statistics.mean(d["converged"]),
            "overhead_seconds": statistics.median(d["overhead"]),
        }
    cold = out["cold"]
    # One HVP in steps: the cold computation's time net of its forward + create_graph backward, per HVP.
    hvp_seconds = [(s - o) / h for s, o, h in zip(per_kind["cold"]["seconds"], per_kind["cold"]["overhead"],
                                                   per_kind["cold"]["hvps"]) if h > 0]
    out["hvp_steps"] = statistics.median(hvp_seconds) / step if hvp_seconds else float("nan")
    out["overhead_steps"] = cold["overhead_seconds"] / step
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--layers", default="2,4")
    ap.add_argument("--gap", type=int, default=3, help="ordinary steps between the cold and the warm computation")
    ap.add_argument("--tol", type=float, default=1e-2)
    ap.add_argument("--max-iter", type=int, default=100)
    ap.add_argument("--device", default="cpu")
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    device = torch.device(args.device)
    config = EigenConfig(max_iter=args.max_iter, tol=args.tol)
    layers = [int(x) for x in args.layers.split(",") if x.strip()]
    results = [bench(n, args.rounds, args.gap, config, device) for n in layers]
    report = {
        "benchmark": "eigen",
        "torch": torch.__version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
        "device": str(device) if device.type != "cuda" else torch.cuda.get_device_name(device),
        "threads": torch.get_num_threads(),
        "tol": args.tol,
        "max_iter": args.max_iter,
        "results": results,
    }
    print(f"\nblock eigenvalues through the trainer (tol {args.tol}, max_iter {args.max_iter}, medians of "
          f"{args.rounds} rounds; warm = {args.gap} steps after the cold one, from its vectors)")
    head = f"{'model':14s} {'step ms':>8s} {'start':>5s} {'HVPs':>6s} {'min-max':>8s} {'s':>7s} {'x step':>7s} " \
           f"{'x step/rnd':>10s} {'converged':>9s}"
    print(head)
    print("-" * len(head))
    for res in results:
        for kind in ("cold", "warm"):
            d = res[kind]
            lo, hi = d["hvps_min_max"]
            print(f"{res['model']:14s} {res['step_ms']:8.1f} {kind:>5s} {d['hvps']:6.0f} {f'{lo}-{hi}':>8s} "
                  f"{d['seconds']:7.2f} {d['steps']:7.1f} {d['median_round_ratio_steps']:10.1f} "
                  f"{100 * d['converged_share']:8.0f}%")
        print(f"{'':14s} one HVP = {res['hvp_steps']:.2f} steps; forward + create_graph backward = "
              f"{res['overhead_steps']:.2f} steps; {res['params_per_block']:,} parameters per block")
    line = json.dumps(report)
    print("\n" + line)
    if args.json:
        pathlib.Path(args.json).write_text(line + "\n")


if __name__ == "__main__":
    main()
