"""`npm run bench:scaling`: MoQ training throughput of one process against a data-parallel gang on this
machine, and the communication share of a gang's step.

For each model (the CNN on 28×28 images, tiny-bert on 64-token sequences; synthetic data of those shapes,
so no data set is needed) the same global batch trains with the MoQ rewrite on (8 bits, every weight of
two or more dimensions), as moqlab's worker trains it:

- ``1 rank``: one process with all the threads;
- ``N ranks``: a torch.distributed gang of N processes (gloo on CPU, NCCL on CUDA; the DDP path of
  ``moqlab.training.Trainer``), the threads divided among the ranks, each rank on its slice of the batch;
- ``N ranks, no all-reduce``: the same gang stepping under ``no_sync`` (gradients stay local), so that
  ``1 − t(no all-reduce) / t(step)`` is the share of a step spent communicating;
- ``N ranks, fsdp``: the gang with each weight sharded (``data_parallel`` fsdp: FSDP2 gathers every
  weight for the forward and backward, reduce-scatters its gradient, and the MoQ rewrite gathers each
  quantized master).

Each configuration runs in fresh processes (spawned), a few warm-up steps then ``--steps`` timed steps;
configurations are interleaved round by round and the median over ``--rounds`` is quoted. Prints a table
and the JSON (``--json PATH`` writes it). Not a test: on a small CPU box two ranks share the same cores
the one process had, so the gang cannot be faster there; what the figures show is the overhead a gang
adds (gradient all-reduce, the per-step stop flag), which is what scaling out on more hardware pays.

Usage: scripts/bench/scaling.sh [--models cnn,tiny-bert] [--ranks 2] [--batch 64] [--steps 20]
       [--rounds 3] [--device cpu|cuda] [--json out.json]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import pathlib
import platform
import socket
import statistics
import sys
import tempfile
import time

import torch
import torch.multiprocessing as mp

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2] / "py_runtime"))

from moqlab.data.base import LoadedData, Split, TaskType  # noqa: E402
from moqlab.models import build_model  # noqa: E402
from moqlab.training import DataParallel, QuantSpec, TensorPlan, Trainer  # noqa: E402
from moqlab.training.gang import join_from_environment  # noqa: E402
from bench_training import bench_training  # noqa: E402

SEQUENCE = 64
EXAMPLES = 4096


def _data(model: str) -> LoadedData:
    g = torch.Generator().manual_seed(0)
    labels = torch.randint(0, 2, (EXAMPLES,), generator=g)
    if model == "cnn":
        inputs = {"x": torch.randn(EXAMPLES, 1, 28, 28, generator=g)}
    else:
        inputs = {
            "input_ids": torch.randint(1000, 30000, (EXAMPLES, SEQUENCE), generator=g),
            "attention_mask": torch.ones(EXAMPLES, SEQUENCE, dtype=torch.long),
            "token_type_ids": torch.zeros(EXAMPLES, SEQUENCE, dtype=torch.long),
        }
    split = Split(inputs, labels)
    return LoadedData(split, split, 2, TaskType.CLASSIFICATION, ["accuracy"], "eval", "synthetic", "")


def _measure(model_name: str, batch: int, steps: int, device: str, gang, sync: bool, parallel: DataParallel) -> float:
    """Seconds per optimizer step over ``steps`` timed steps."""
    torch.manual_seed(0)
    model = build_model(model_name, {"num_labels": 2})
    world = gang.world_size if gang is not None else 1
    target = torch.device(device)
    if gang is not None:
        target = gang.device(target)
    config = bench_training(batch_size=batch // world, weight_decay=0.0, data_parallel=parallel)
    trainer = Trainer(model, _data(model_name), target, config, gang=gang)
    weights = [name for name, p in trainer.master_weights().items() if p.ndim >= 2]
    trainer.configure_quantization({name: QuantSpec(index=i) for i, name in enumerate(weights)}, seed=1)
    plan = {name: TensorPlan(bits=8) for name in weights}
    skip = trainer._train_forward.no_sync if gang is not None and not sync else contextlib.nullcontext
    with skip():
        trainer.run_steps(3, plan=plan, quant_counter=1)
        if target.type == "cuda":
            torch.cuda.synchronize()
        started = time.perf_counter()
        trainer.run_steps(steps, plan=plan, quant_counter=4)
        if target.type == "cuda":
            torch.cuda.synchronize()
        return (time.perf_counter() - started) / steps


def _rank(rank: int, world: int, port: int, threads: int, job: dict, out: str) -> None:
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), WORLD_SIZE=str(world), RANK=str(rank), LOCAL_RANK=str(rank))
    torch.set_num_threads(threads)
    gang = join_from_environment() if world > 1 else None
    try:
        seconds = _measure(job["model"], job["batch"], job["steps"], job["device"], gang, job["sync"], DataParallel(job["parallel"]))
        if rank == 0:
            pathlib.Path(out).write_text(json.dumps({"seconds_per_step": seconds}))
    finally:
        if gang is not None:
            gang.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(world: int, threads: int, job: dict) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "result.json")
        mp.start_processes(_rank, args=(world, _free_port(), threads, job, out), nprocs=world, start_method="spawn")
        return json.loads(pathlib.Path(out).read_text())["seconds_per_step"]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--models", default="cnn,tiny-bert")
    p.add_argument("--ranks", type=int, default=2)
    p.add_argument("--batch", type=int, default=64, help="global batch (examples per optimizer step)")
    p.add_argument("--steps", type=int, default=20)
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    p.add_argument("--json", default=None)
    args = p.parse_args()
    if args.batch % args.ranks:
        p.error(f"--batch {args.batch} must divide among --ranks {args.ranks}")
    if args.device == "cuda" and torch.cuda.device_count() < args.ranks:
        p.error(f"--device cuda with --ranks {args.ranks} needs {args.ranks} GPUs; this machine has {torch.cuda.device_count()}")
    cores = os.cpu_count() or 1
    per_rank = max(1, cores // args.ranks)
    configs = [("1 rank", 1, cores, True, DataParallel.DDP), (f"{args.ranks} ranks", args.ranks, per_rank, True, DataParallel.DDP),
               (f"{args.ranks} ranks, no all-reduce", args.ranks, per_rank, False, DataParallel.DDP),
               (f"{args.ranks} ranks, fsdp", args.ranks, per_rank, True, DataParallel.FSDP)]
    times: dict[tuple[str, str], list[float]] = {}
    for round_ in range(args.rounds):
        for model in args.models.split(","):
            for label, world, threads, sync, parallel in configs:
                job = {"model": model, "batch": args.batch, "steps": args.steps, "device": args.device, "sync": sync, "parallel": parallel.value}
                times.setdefault((model, label), []).append(_run(world, threads, job))
                print(f"round {round_ + 1}/{args.rounds} {model:10s} {label:28s} {times[(model, label)][-1] * 1000:8.1f} ms/step", file=sys.stderr)
    results = []
    print(f"\nglobal batch {args.batch}, {args.steps} steps × {args.rounds} rounds (median), device {args.device}, {cores} cores, torch {torch.__version__}")
    print(f"{'model':10s} {'configuration':28s} {'steps/s':>8s} {'samples/s':>10s} {'vs 1 rank':>10s} {'comm share':>11s}")
    for model in args.models.split(","):
        base = statistics.median(times[(model, configs[0][0])])
        step = statistics.median(times[(model, configs[1][0])])
        local = statistics.median(times[(model, configs[2][0])])
        comm = max(0.0, 1.0 - local / step)
        for label, world, *_ in configs:
            t = statistics.median(times[(model, label)])
            share = f"{comm:11.1%}" if label == configs[1][0] else f"{'':11s}"
            print(f"{model:10s} {label:28s} {1 / t:8.2f} {args.batch / t:10.1f} {base / t:9.2f}× {share}")
            results.append({"model": model, "configuration": label, "world_size": world, "seconds_per_step": t,
                            "steps_per_second": 1 / t, "samples_per_second": args.batch / t, "speedup_vs_one_rank": base / t,
                            **({"communication_share": comm} if label == configs[1][0] else {})})
    report = {"machine": {"cores": cores, "processor": platform.processor() or platform.machine(), "torch": torch.__version__,
                          "device": args.device}, "global_batch": args.batch, "steps": args.steps, "rounds": args.rounds, "results": results}
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(report, indent=2))
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
