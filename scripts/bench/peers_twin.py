"""The peers of `npm run bench:peers`, in one plain Python process: the same model, data, optimizer and
batches as moqlab's worker (moqlab's own Trainer, with no MoQ configured), once with torchao's QAT
weight fake quantization (``quantize_(model, QATConfig(IntxFakeQuantizeConfig(...)))``: quantize in
forward, straight-through gradient) and once in plain PyTorch. Only how the weights are quantized
differs from the moqlab arm.

Reads commands on stdin, one per line, and answers with one JSON line each:
  train N   train N optimizer steps of each peer in turn: {"seconds": {peer: s}, "optimizer_step": k}
  eval      evaluate each peer on the eval split: {"metrics": {peer: {...}}}
Usage: python peers_twin.py SPEC_JSON
"""

import base64
import json
import sys
import time

import torch

from moqlab.data import DataSpec, load_data
from moqlab.models import build_model, checkpoint_of
from moqlab.proto import messages
from moqlab.server.handlers import training_config
from moqlab.training import Trainer

spec = json.loads(sys.argv[1])
model_spec = spec["model"]
quant = spec["quantization"]
data = load_data(DataSpec(**spec["data"], tokenizer_dir=checkpoint_of(model_spec["name"], model_spec["kwargs"]) or ""), spec["seed"])
config = training_config(messages.ConfigureTraining.FromString(base64.b64decode(spec["training"])))


def torchao_qat(model: torch.nn.Module) -> torch.nn.Module:
    from torchao.quantization import quantize_
    from torchao.quantization.qat import IntxFakeQuantizeConfig, QATConfig

    weight = IntxFakeQuantizeConfig(getattr(torch, f"int{quant['bits']}"), group_size=quant["group_size"], is_symmetric=True)
    quantize_(model, QATConfig(weight_config=weight, step="prepare"))  # every nn.Linear, as moqlab's arm
    return model


def peer(prepare) -> Trainer:
    torch.manual_seed(spec["seed"])  # the same initial head as the worker's model
    model = prepare(build_model(model_spec["name"], {**model_spec["kwargs"], "num_labels": data.num_labels}))
    return Trainer(model, data, torch.device("cpu"), config)


peers = {"torchao": peer(torchao_qat), "pytorch": peer(lambda m: m)}
print("ready", flush=True)
for line in sys.stdin:
    command, *args = line.split()
    if command == "train":
        seconds = {}
        for name, trainer in peers.items():
            started = time.perf_counter()
            trainer.run_steps(int(args[0]))
            seconds[name] = time.perf_counter() - started
        step = {t.optimizer_step for t in peers.values()}
        print(json.dumps({"seconds": seconds, "optimizer_step": step.pop()}), flush=True)
    elif command == "eval":
        metrics = {name: trainer.evaluate(spec["eval_batch_size"], 0).metrics for name, trainer in peers.items()}
        print(json.dumps({"metrics": metrics}), flush=True)
    else:
        sys.exit(f"peers_twin: unknown command {line!r}")
