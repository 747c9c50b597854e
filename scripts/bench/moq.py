"""`npm run bench:moq`: the cost of MoQ per optimizer step, for the Fashion-MNIST CNN (batch 64, 28×28
inputs) and tiny-bert (batch 32, sequence 64) on synthetic data of the same shapes:

- ``step off`` / ``step on``: one optimizer step of a plain Trainer (MoQ off: fp32 masters aliased to the
  working weights) and of the same model and data with MoQ on (ConfigureQuantization of every ≥2-D weight
  of a Linear/Conv/Embedding, each step rewritten at 4 bits, symmetric, nearest), timed back to back in
  every round; the ratio of their medians and the median of the per-round ratios;
- ``rewrite in the trainer``: the trainer's own write of all working weights with the plan active;
- rewrite variants: ``moq_rewrite_`` over the same tensors for several quantizer settings, and a plain
  ``working.copy_(master)`` for scale.

Rounds interleave every measurement, and figures are medians over rounds, so load on a shared machine
hits all of them alike. Prints a table and one JSON line (``--json PATH`` also writes it). Not a test.

Usage: scripts/bench/moq.sh [--rounds 60] [--threads 2] [--models cnn,tiny-bert] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import platform
import statistics
import sys
import time
from typing import Callable

import torch
from torch import nn

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "py_runtime"))

from moqlab.data.base import LoadedData, Split, TaskType  # noqa: E402
from moqlab.models import build_model  # noqa: E402
from moqlab.quant import QuantScheme, moq_rewrite_, stochastic_generator  # noqa: E402
from moqlab.training import Precision, QuantSpec, TensorPlan, Trainer  # noqa: E402
from moqlab.training.trainer import ParamSlot  # noqa: E402
from bench_training import bench_training  # noqa: E402

QUANTIZED_MODULES = (nn.Linear, nn.Conv1d, nn.Conv2d, nn.Conv3d, nn.Embedding)

# name → (rewrite keyword arguments, bits, mix ratio); "rows" means groups = number of output rows
VARIANTS: dict[str, tuple[dict, int, float]] = {
    "sym8 standard (default)": ({}, 8, 0.0),
    "sym4 per-row groups": ({"groups": "rows"}, 4, 0.0),
    "sym4 group_size 32 (else per-row)": ({"group_size": 32}, 4, 0.0),
    "asym8 standard": ({"symmetric": False}, 8, 0.0),
    "sym8 deepspeed": ({"grid": "deepspeed"}, 8, 0.0),
    "sym8 mixing r=0.5": ({}, 8, 0.5),
    "sym8 stochastic": ({"rounding": "stochastic"}, 8, 0.0),
    "ternary (2 bits)": ({"groups": "rows"}, 2, 0.0),
}


def synthetic_data(model_name: str, n: int = 4096) -> LoadedData:
    g = torch.Generator().manual_seed(0)
    if model_name == "cnn":
        train = Split({"x": torch.rand(n, 1, 28, 28, generator=g)}, torch.randint(0, 10, (n,), generator=g))
        labels = 10
    else:
        t = 64
        ids = torch.randint(1000, 30000, (n, t), generator=g)
        inputs = {"input_ids": ids, "attention_mask": torch.ones(n, t, dtype=torch.int64),
                  "token_type_ids": torch.zeros(n, t, dtype=torch.int64)}
        train = Split(inputs, torch.randint(0, 2, (n,), generator=g))
        labels = 2
    return LoadedData(train=train, eval=train, num_labels=labels, task_type=TaskType.CLASSIFICATION,
                      metrics=["accuracy"], eval_split="train", source="synthetic", tokenizer="")


def quantized_names(model: nn.Module) -> list[str]:
    names = []
    for mod_name, module in model.named_modules():
        if isinstance(module, QUANTIZED_MODULES) and module.weight.ndim >= 2:
            names.append(f"{mod_name}.weight" if mod_name else "weight")
    return names


def make_trainer(model_name: str, precision: Precision = Precision.FP32) -> Trainer:
    torch.manual_seed(0)
    batch = 64 if model_name == "cnn" else 32
    model = build_model(model_name, {})
    config = bench_training(batch_size=batch, precision=precision)
    return Trainer(model, synthetic_data(model_name), torch.device("cpu"), config)


def layer_args(kwargs: dict, working: torch.Tensor) -> dict:
    out = dict(kwargs)
    rows = working.shape[0]
    if out.get("group_size") and (working.numel() // rows) % out["group_size"]:
        del out["group_size"]  # e.g. the CNN's first conv (in = 9): fall back to per-row scales
        out["groups"] = "rows"
    if out.get("groups") == "rows":
        out["groups"] = rows
    return out


def rewrite_all(slots, kwargs: dict, bits: int, r: float, counter: list[int]) -> None:
    counter[0] += 1
    for index, s in enumerate(slots):
        scheme = QuantScheme(**layer_args(kwargs, s.working))
        generator = stochastic_generator(0, counter[0], index, s.working.device) if scheme.stochastic else None
        moq_rewrite_(s.working, s.master, bits, r, scheme, generator=generator)


def block_ms(fn: Callable[[], None], iters: int) -> float:
    start = time.perf_counter()
    for _ in range(iters):
        fn()
    return (time.perf_counter() - start) * 1000.0 / iters


def moq_trainer(model_name: str, names: list[str], bits: int) -> tuple[Trainer, dict[str, TensorPlan]]:
    """The same trainer with MoQ on: the named tensors declared and rewritten at `bits` every step."""
    trainer = make_trainer(model_name)
    index = {name: i for i, (name, _) in enumerate(trainer.model.named_parameters())}
    trainer.configure_quantization({name: QuantSpec(index=index[name]) for name in names}, seed=0)
    return trainer, {name: TensorPlan(bits=bits) for name in names}


def bench_model(model_name: str, rounds: int) -> dict:
    plain = make_trainer(model_name)
    names = quantized_names(plain.model)
    moq, plan = moq_trainer(model_name, names, bits=4)
    plain.run_steps(3)  # warm-up
    moq.run_steps(3, plan=plan)

    # the micro-benchmark works on its own copies of the quantized tensors (fp32 masters)
    masters = [(s.name, s.master.detach().clone()) for s in plain.slots if s.name in set(names)]
    numel = sum(m.numel() for _, m in masters)
    slots_by_dtype = {
        dtype: [ParamSlot(n, nn.Parameter(m.to(dtype, copy=True)), m) for n, m in masters]
        for dtype in (torch.float32, torch.float16, torch.bfloat16)  # fp16 working weights need CUDA to *train*
    }
    slots = slots_by_dtype[torch.float32]

    counter = [0]
    rewrite_fns: dict[str, Callable[[], None]] = {
        "copy_ only (fp32)": lambda: [s.working.data.copy_(s.master) for s in slots] and None,
    }
    for label, (kwargs, bits, r) in VARIANTS.items():
        rewrite_fns[label] = (lambda kw=kwargs, b=bits, rr=r: rewrite_all(slots, kw, b, rr, counter))
    for dtype in (torch.float16, torch.bfloat16):
        hs = slots_by_dtype[dtype]
        rewrite_fns[f"sym8 standard, {str(dtype)[6:]} working"] = (lambda hs=hs: rewrite_all(hs, {}, 8, 0.0, counter))
    for fn in rewrite_fns.values():
        fn()

    # Round-robin: every round times one step of each trainer (back to back, so their ratio is paired), the
    # trainer's own rewrite, and a small block of each rewrite variant; medians over rounds.
    rewrite_block = 10 if model_name == "cnn" else 2
    samples: dict[str, list[float]] = {k: [] for k in ["step off", "step on", "ratio", "rewrite in the trainer", *rewrite_fns]}
    for _ in range(rounds):
        a = block_ms(lambda: plain.run_steps(1), 1)
        b = block_ms(lambda: moq.run_steps(1, plan=plan), 1)
        samples["step off"].append(a)
        samples["step on"].append(b)
        samples["ratio"].append(b / a)
        samples["rewrite in the trainer"].append(block_ms(moq._write_working_weights, rewrite_block))
        for label, fn in rewrite_fns.items():
            samples[label].append(block_ms(fn, rewrite_block))
    med = {k: statistics.median(v) for k, v in samples.items()}
    step = med["step off"]
    return {
        "model": model_name,
        "rounds": rounds,
        "quantized_tensors": len(slots),
        "quantized_elements": numel,
        "step_off_ms": step,
        "step_on_ms": med["step on"],
        "on_off_ratio_of_medians": med["step on"] / step,
        "on_off_median_ratio": med["ratio"],
        "rewrite_in_trainer_ms": med["rewrite in the trainer"],
        "rewrite_in_trainer_pct_of_step": 100.0 * med["rewrite in the trainer"] / step,
        "rewrite_ms": {k: med[k] for k in rewrite_fns},
        "rewrite_pct_of_step": {k: 100.0 * med[k] / step for k in rewrite_fns},
        "quartiles_ms": {k: statistics.quantiles(v, n=4)[::2] for k, v in samples.items()},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=0, help="default: 80 for the CNN, 25 for tiny-bert")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--models", default="cnn,tiny-bert")
    ap.add_argument("--json", default="")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    models = [m.strip() for m in args.models.split(",") if m.strip()]
    results = [bench_model(m, args.rounds or (80 if m == "cnn" else 25)) for m in models]
    report = {
        "benchmark": "moq",
        "torch": torch.__version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "processor": platform.processor() or platform.machine(),
        "threads": torch.get_num_threads(),
        "rounds": {r["model"]: r["rounds"] for r in results},
        "results": results,
    }
    for res in results:
        print(f"\n{res['model']}: {res['quantized_tensors']} quantized tensors, {res['quantized_elements']:,} elements "
              f"(medians of {res['rounds']} rounds)")
        print(f"  step with MoQ off {res['step_off_ms']:.2f} ms, on {res['step_on_ms']:.2f} ms: ratio of medians "
              f"{res['on_off_ratio_of_medians']:.3f}, median of per-round ratios {res['on_off_median_ratio']:.3f}")
        print(f"  rewrite in the trainer (4 bits, all quantized tensors): {res['rewrite_in_trainer_ms']:.3f} ms/step = "
              f"{res['rewrite_in_trainer_pct_of_step']:.1f}% of a step (target: <= 5% for the CNN)")
        print(f"  {'rewrite variant':38s} {'ms/step':>9s} {'% of step':>10s}")
        for k, v in res["rewrite_ms"].items():
            print(f"  {k:38s} {v:9.3f} {res['rewrite_pct_of_step'][k]:9.1f}%")
    line = json.dumps(report)
    print("\n" + line)
    if args.json:
        pathlib.Path(args.json).write_text(line + "\n")


if __name__ == "__main__":
    main()
