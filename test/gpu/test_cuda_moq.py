"""The MoQ rewrite on CUDA with 16-bit working weights: Q_b computed in fp32 on the master cast to the
working dtype, written in that dtype; overflowed fp16 steps neither count nor rewrite."""

from __future__ import annotations

import pytest
import torch

from moqlab.data import LoadedData, Split, TaskType
from moqlab.models import build_model
from moqlab.quant import QuantScheme, fake_quantize
from moqlab.training import Precision, QuantSpec, TensorPlan, Trainer, TrainingConfig

pytestmark = pytest.mark.skipif(
    not torch.cuda.is_available(), reason=f"needs a CUDA device; torch {torch.__version__} sees none here (CI never has one)"
)

CUDA = torch.device("cuda")
HIDDEN = "hidden.0.weight"


def _trainer(precision: Precision, **kw) -> Trainer:
    g = torch.Generator().manual_seed(0)
    x = torch.randn(256, 16, generator=g)
    split = Split({"x": x}, (x.sum(1) > 0).long())
    data = LoadedData(split, split, 2, TaskType.CLASSIFICATION, ["accuracy"], "test", "synthetic", "")
    torch.manual_seed(0)
    model = build_model("mlp", {"in_features": 16, "hidden": [32], "num_labels": 2, "dropout": 0.0})
    trainer = Trainer(model, data, CUDA, TrainingConfig(lr=1e-3, batch_size=32, total_steps=0, precision=precision, **kw))
    trainer.configure_quantization({HIDDEN: QuantSpec(index=0, scheme=QuantScheme(groups=32))}, seed=1)
    return trainer


@pytest.mark.parametrize("precision,dtype", [(Precision.FP16, torch.float16), (Precision.BF16, torch.bfloat16)])
def test_sixteen_bit_working_weights_hold_the_quantized_masters(precision, dtype):
    trainer = _trainer(precision)
    trainer.run_steps(5, plan={HIDDEN: TensorPlan(bits=4)})
    slot = next(s for s in trainer.slots if s.name == HIDDEN)
    assert slot.master.dtype == torch.float32 and slot.working.dtype == dtype
    expected = fake_quantize(slot.master.to(dtype).float(), 4, QuantScheme(groups=32)).to(dtype)
    assert torch.equal(slot.working, expected)


def test_overflowed_fp16_steps_do_not_rewrite():
    trainer = _trainer(Precision.FP16, initial_loss_scale=2.0**60)
    reported = []
    records = []
    trainer.run_steps(1, on_step=records.append, plan={HIDDEN: TensorPlan(bits=4, report_error=True)}, on_quant_error=lambda *a: reported.append(a))
    assert any(r.skipped for r in records) and not records[-1].skipped
    assert [step for _, step, _ in reported] == [1]
