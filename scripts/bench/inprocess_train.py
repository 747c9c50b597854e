"""The in-process side of `npm run bench:overhead`: the same Trainer, data and model as the worker,
driven by a plain Python loop in segments of the same length. Prints {"steps", "seconds"} as JSON.
Usage: python inprocess_train.py SPEC_JSON"""

import json
import sys
import time

import torch

from moqlab.data import DataSpec, load_data
from moqlab.models import build_model
from moqlab.training import Precision, Trainer, TrainingConfig

spec = json.loads(sys.argv[1])
data = load_data(DataSpec(**spec["data"]), spec["seed"])
torch.manual_seed(spec["seed"])
model = build_model(spec["model"]["name"], spec["model"]["kwargs"])
config = TrainingConfig(**{**spec["training"], "precision": Precision(spec["training"]["precision"])})
trainer = Trainer(model, data, torch.device("cpu"), config)
seconds = 0.0
done = 0
while done < spec["steps"]:
    n = min(spec["segment"], spec["steps"] - done)
    started = time.perf_counter()
    trainer.run_steps(n)
    seconds += time.perf_counter() - started
    done += n
print(json.dumps({"steps": done, "seconds": seconds}))
