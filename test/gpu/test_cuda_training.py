"""Training precisions that exist only on CUDA: fp16 with dynamic loss scaling, bf16; and the worker's
handlers on a CUDA device."""

from __future__ import annotations

import copy

import pytest
import torch

from moqlab.data import LoadedData, Split, TaskType
from moqlab.models import build_model
from moqlab.proto import messages as m
from moqlab.server.dispatch import Dispatcher, RequestContext
from moqlab.server.handlers import WorkerState, configure_training, load_model, run_segment
from moqlab.training import Precision, Trainer, TrainingConfig

pytestmark = pytest.mark.skipif(
    not torch.cuda.is_available(), reason=f"needs a CUDA device; torch {torch.__version__} sees none here (CI never has one)"
)

CUDA = torch.device("cuda")


def _data(n: int = 512, dim: int = 16) -> LoadedData:
    g = torch.Generator().manual_seed(0)
    w = torch.randn(dim, generator=g)
    x = torch.randn(n, dim, generator=g)
    y = (x @ w > 0).long()
    split = Split({"x": x}, y)
    return LoadedData(split, split, 2, TaskType.CLASSIFICATION, ["accuracy"], "test", "synthetic", "")


def _model(dim: int = 16):
    torch.manual_seed(0)
    return build_model("mlp", {"in_features": dim, "hidden": [64], "num_labels": 2, "dropout": 0.1}).to(CUDA)


def _config(**kw) -> TrainingConfig:
    return TrainingConfig(**{"lr": 3e-3, "batch_size": 32, "total_steps": 0, "max_grad_norm": 1.0, **kw})


def test_fp16_trains_with_fp32_masters_and_a_loss_scale():
    trainer = Trainer(_model(), _data(), CUDA, _config(precision=Precision.FP16))
    records = []
    trainer.run_steps(60, on_step=records.append)
    assert all(s.working.dtype == torch.float16 and s.master.dtype == torch.float32 for s in trainer.slots)
    assert all(r.loss_scale is not None for r in records)
    first = sum(r.loss for r in records[:10]) / 10
    last = sum(r.loss for r in records[-10:]) / 10
    assert last < first
    assert trainer.evaluate(256).metrics["accuracy"] > 0.8


def test_fp16_overflow_skips_the_step_and_halves_the_scale():
    trainer = Trainer(_model(), _data(), CUDA, _config(precision=Precision.FP16, initial_loss_scale=2.0**60))
    before = [s.master.clone() for s in trainer.slots]
    records = []
    trainer.run_steps(1, on_step=records.append)
    skipped = [r for r in records if r.skipped]
    assert skipped, "a 2^60 loss scale must overflow fp16 gradients"
    assert skipped[0].loss_scale == 2.0**60
    assert records[-1].optimizer_step == 1 and not records[-1].skipped
    assert records[-1].loss_scale < 2.0**60
    assert any(not torch.equal(a, s.master) for a, s in zip(before, trainer.slots))


def test_bf16_trains():
    trainer = Trainer(_model(), _data(), CUDA, _config(precision=Precision.BF16))
    records = []
    trainer.run_steps(40, on_step=records.append)
    assert all(s.working.dtype == torch.bfloat16 for s in trainer.slots)
    assert records[-1].loss < records[0].loss


def test_fp16_resume_restores_the_scale_and_the_cuda_rng(tmp_path):
    config = _config(precision=Precision.FP16, initial_loss_scale=2.0**20, loss_scale_window=3)
    model = _model()
    straight = Trainer(copy.deepcopy(model), _data(), CUDA, config)
    straight.run_steps(10)
    part = Trainer(copy.deepcopy(model), _data(), CUDA, config)
    part.run_steps(5)
    path = tmp_path / "ckpt.pt"
    part.save_checkpoint(str(path))
    resumed = Trainer(_model(), _data(), CUDA, config)
    resumed.load_checkpoint(str(path))
    resumed.run_steps(5)
    assert resumed.optimizer_step == straight.optimizer_step == 10
    for a, b in zip(straight.slots, resumed.slots):
        torch.testing.assert_close(a.master, b.master, rtol=1e-5, atol=1e-6)


def test_worker_handlers_train_on_cuda():
    state = WorkerState(zmq_kind="pyzmq", zmq_version="test", data=_data())
    sent = []
    dispatcher = Dispatcher({}, state, "s", sent.append)
    rc = RequestContext("r", dispatcher.emit, dispatcher.cancel, state)
    result = load_model(m.LoadModel(spec=m.ModelSpec(name="mlp", kwargs_json='{"in_features": 16}'), device="cuda", default_num_labels=2), rc)
    assert result.device.startswith("cuda")
    configured = configure_training(
        m.ConfigureTraining(
            lr=1e-3, eps=1e-8, beta1=0.9, beta2=0.999, batch_size=32, gradient_accumulation_steps=1, total_steps=20,
            precision=m.Precision.PRECISION_FP16, initial_loss_scale=65536, loss_scale_window=1000,
            on_nonfinite=m.NonfinitePolicy.NONFINITE_POLICY_FAIL, max_nonfinite_steps=10,
            data_parallel=m.DataParallel.DATA_PARALLEL_DDP,
        ),
        rc,
    )
    assert configured.working_dtype == "float16"
    segment = run_segment(m.RunSegment(num_steps=5), rc)
    assert segment.optimizer_step == 5
    batches = [m.Envelope.FromString(b) for b in sent]
    assert any(e.type == "moqlab.v1.MetricBatch" for e in batches)
