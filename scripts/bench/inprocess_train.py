"""The in-process twin of `npm run bench:overhead`: the same Trainer, data and model as the worker in
one plain Python process. It reads a step count per line on stdin, trains that many steps, and answers
with the seconds it took, so the benchmark can alternate it block by block with the worker.
Usage: python inprocess_train.py SPEC_JSON"""

import base64
import json
import sys
import time

import torch

from moqlab.data import DataSpec, load_data
from moqlab.models import build_model
from moqlab.proto import messages
from moqlab.server.handlers import training_config
from moqlab.training import Trainer

spec = json.loads(sys.argv[1])
data = load_data(DataSpec(**spec["data"]), spec["seed"])
torch.manual_seed(spec["seed"])
model = build_model(spec["model"]["name"], spec["model"]["kwargs"])
config = training_config(messages.ConfigureTraining.FromString(base64.b64decode(spec["training"])))
trainer = Trainer(model, data, torch.device("cpu"), config)
print("ready", flush=True)
for line in sys.stdin:
    steps = int(line)
    started = time.perf_counter()
    trainer.run_steps(steps)
    print(json.dumps({"seconds": time.perf_counter() - started, "optimizer_step": trainer.optimizer_step}), flush=True)
