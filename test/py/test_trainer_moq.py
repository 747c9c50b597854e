"""The MoQ rewrite inside the trainer (SEMANTICS.md §1, §5): masters stay fp32 and unquantized, working weights
are rewritten once per counted optimizer step with the segment's plan."""

from __future__ import annotations

import pytest
import torch

from moqlab.errors import WorkerError
from moqlab.quant import QuantScheme, fake_quantize
from moqlab.training import QuantSpec, TensorPlan, Trainer
from moqlab.training.precision import DynamicLossScaler
from test_trainer import Blowup, cfg, mlp, separable

HIDDEN = "hidden.0.weight"
HEAD = "classifier.weight"


def _trainer(**kw) -> Trainer:
    trainer = Trainer(mlp(dropout=0.0, seed=1), separable(), "cpu", cfg(**kw))
    trainer.configure_quantization({HIDDEN: QuantSpec(index=0), HEAD: QuantSpec(index=2, scheme=QuantScheme(groups=2))}, seed=7)
    return trainer


def _slot(trainer: Trainer, name: str):
    return next(s for s in trainer.slots if s.name == name)


def test_working_weights_are_the_quantized_masters():
    trainer = _trainer()
    trainer.run_steps(3, plan={HIDDEN: TensorPlan(bits=4), HEAD: TensorPlan(bits=3)})
    hidden, head = _slot(trainer, HIDDEN), _slot(trainer, HEAD)
    assert hidden.master.dtype == torch.float32 and hidden.master is not hidden.working
    assert torch.equal(hidden.working, fake_quantize(hidden.master, 4))
    assert torch.equal(head.working, fake_quantize(head.master, 3, QuantScheme(groups=2)))
    assert not torch.equal(hidden.working, hidden.master)  # the master is never quantized
    assert len(torch.unique(hidden.working.flatten())) <= 2**3 - 1 + 2**3  # 4-bit symmetric: at most 15 levels


def test_unplanned_tensors_train_plainly():
    trainer = _trainer()
    trainer.run_steps(2, plan={HIDDEN: TensorPlan(bits=4)})
    head = _slot(trainer, HEAD)
    assert torch.equal(head.working, head.master)
    bias = _slot(trainer, "hidden.0.bias")
    assert bias.aliased  # only declared tensors get their own master


def test_mixing_writes_r_w_plus_one_minus_r_q_from_the_count():
    trainer = _trainer()
    plan = TensorPlan(bits=4, mixing=True, mix_count=3, change_ratio=0.25)
    trainer.run_steps(1, plan={HIDDEN: plan})  # j = 0: r = 1 - 0.25 * 3 = 0.25
    s = _slot(trainer, HIDDEN)
    q = fake_quantize(s.master, 4)
    torch.testing.assert_close(s.working, 0.25 * s.master + 0.75 * q, rtol=0, atol=1e-6)
    trainer.run_steps(2, plan={HIDDEN: plan})  # j = 0, 1 again in a new segment: r = 0.25, then 0
    assert torch.equal(s.working, fake_quantize(s.master, 4))
    assert TensorPlan(bits=4, mixing=True, mix_count=0, change_ratio=0.25).mix_ratio(0) == 1.0
    assert TensorPlan(bits=4, mixing=False, mix_count=0, change_ratio=0.25).mix_ratio(0) == 0.0


def test_error_is_reported_once_at_the_first_step_of_the_segment():
    trainer = _trainer()
    seen = []
    trainer.run_steps(3, plan={HIDDEN: TensorPlan(bits=2, report_error=True), HEAD: TensorPlan(bits=8)}, on_quant_error=lambda *a: seen.append(a))
    assert [(name, step) for name, step, _ in seen] == [(HIDDEN, 1)]
    error = seen[0][2]
    assert set(error) >= {"rel_mse", "sqnr_db", "max_abs"} and 0 < error["rel_mse"] < 1


def test_rewrite_happens_once_per_optimizer_step_with_accumulation(monkeypatch):
    import moqlab.training.moq as moq

    calls = []
    real = moq.moq_rewrite
    monkeypatch.setattr(moq, "moq_rewrite", lambda *a, **k: (calls.append(1), real(*a, **k)))
    trainer = _trainer(gradient_accumulation_steps=4, batch_size=4)
    trainer.run_steps(3, plan={HIDDEN: TensorPlan(bits=6)})
    assert len(calls) == 3


def test_the_fused_rewrite_runs_only_when_quantizer_kernel_asks(monkeypatch):
    import moqlab.kernels.fake_quant as fq

    fused_runs = []
    # As on a GPU: the kernel applies to every tensor, and records instead of launching.
    monkeypatch.setattr(fq, "fused_applies", lambda *a: True)
    monkeypatch.setattr(fq, "guarded", lambda kernel, run, fallback: (fused_runs.append(kernel), fallback())[1])
    for asked, expected in ((False, 0), (True, 3)):
        fused_runs.clear()
        trainer = _trainer()
        trainer.configure_quantization({HIDDEN: QuantSpec(index=0)}, seed=0, fused_kernel=asked)
        trainer.run_steps(3, plan={HIDDEN: TensorPlan(bits=6)})
        assert len(fused_runs) == expected
        assert torch.equal(_slot(trainer, HIDDEN).working, fake_quantize(_slot(trainer, HIDDEN).master, 6))


def test_the_rewrite_checks_its_arguments_once_per_tensor_per_step(monkeypatch):
    import moqlab.kernels.fake_quant as fq
    import moqlab.quant.rewrite as rw

    calls = []
    real = rw.check_rewrite

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(fq, "check_rewrite", counted)
    monkeypatch.setattr(rw, "check_rewrite", counted)
    trainer = _trainer()
    trainer.run_steps(3, plan={HIDDEN: TensorPlan(bits=6), HEAD: TensorPlan(bits=5)})
    assert len(calls) == 3 * 2


def test_skipped_steps_do_not_rewrite():
    torch.manual_seed(0)
    trainer = Trainer(Blowup(), separable(), "cpu", cfg(precision="bf16"))
    trainer.configure_quantization({"lin.weight": QuantSpec(index=0)}, seed=0)
    trainer._scaler = DynamicLossScaler(initial_scale=8.0, window=100)
    trainer.model.blow = 2
    seen = []
    records = []
    trainer.run_steps(1, on_step=records.append, plan={"lin.weight": TensorPlan(bits=4, report_error=True)}, on_quant_error=lambda *a: seen.append(a))
    assert [r.skipped for r in records] == [True, True, False]
    assert [step for _, step, _ in seen] == [1]
    s = trainer.slots[0]
    assert torch.equal(s.working, fake_quantize(s.master.to(torch.bfloat16).float(), 4).to(torch.bfloat16))


def test_stochastic_rounding_replays_from_seed_counter_and_index():
    def run(counter):
        trainer = Trainer(mlp(dropout=0.0, seed=1), separable(), "cpu", cfg())
        trainer.configure_quantization({HIDDEN: QuantSpec(index=0, scheme=QuantScheme(rounding="stochastic"))}, seed=11)
        trainer.run_steps(2, plan={HIDDEN: TensorPlan(bits=3)}, quant_counter=counter)
        return _slot(trainer, HIDDEN).working.clone()

    assert torch.equal(run(5), run(5))
    assert not torch.equal(run(5), run(6))


def test_plan_errors():
    trainer = Trainer(mlp(seed=1), separable(), "cpu", cfg())
    with pytest.raises(WorkerError, match="needs ConfigureQuantization first"):
        trainer.run_steps(1, plan={HIDDEN: TensorPlan(bits=4)})
    with pytest.raises(WorkerError, match="not trainable parameters"):
        trainer.configure_quantization({"nope.weight": QuantSpec(index=0)}, seed=0)
    with pytest.raises(WorkerError, match="hidden.0.bias"):
        trainer.configure_quantization({"hidden.0.bias": QuantSpec(index=1)}, seed=0)
    with pytest.raises(WorkerError, match=HIDDEN):
        trainer.configure_quantization({HIDDEN: QuantSpec(index=0, scheme=QuantScheme(groups=7))}, seed=0)
    trainer = _trainer()
    with pytest.raises(WorkerError, match="did not declare"):
        trainer.run_steps(1, plan={"hidden.0.bias": TensorPlan(bits=4)})
    with pytest.raises(WorkerError, match="outside 1..16"):
        trainer.run_steps(1, plan={HIDDEN: TensorPlan(bits=17)})


def test_resume_with_quantization_is_bitwise_identical(tmp_path):
    plans = [
        ({HIDDEN: TensorPlan(bits=8), HEAD: TensorPlan(bits=8)}, 2),
        ({HIDDEN: TensorPlan(bits=7, mixing=True, change_ratio=0.3), HEAD: TensorPlan(bits=8)}, 3),
        ({HIDDEN: TensorPlan(bits=6, mixing=True, mix_count=0, change_ratio=0.3), HEAD: TensorPlan(bits=5)}, 3),
    ]

    def make():
        trainer = Trainer(mlp(dropout=0.3, seed=1), separable(n_train=40), "cpu", cfg(weight_decay=0.01, max_grad_norm=1.0))
        trainer.configure_quantization({HIDDEN: QuantSpec(index=0, scheme=QuantScheme(rounding="stochastic")), HEAD: QuantSpec(index=2, scheme=QuantScheme(symmetric=False))}, seed=3)
        return trainer

    torch.manual_seed(0)
    straight = make()
    counter = 1
    for plan, n in plans:
        straight.run_steps(n, plan=plan, quant_counter=counter)
        counter += n

    torch.manual_seed(0)
    part = make()
    part.run_steps(plans[0][1], plan=plans[0][0], quant_counter=1)
    part.run_steps(1, plan=plans[1][0], quant_counter=3)
    path = str(tmp_path / "ckpt.pt")
    part.save_checkpoint(path, controller_state='{"schedule": 1}')
    torch.manual_seed(99)
    resumed = make()
    assert resumed.load_checkpoint(path) == '{"schedule": 1}'
    # The same segment resumed one step in: the mixing count continues from 1.
    later = TensorPlan(bits=7, mixing=True, mix_count=1, change_ratio=0.3)
    resumed.run_steps(2, plan={HIDDEN: later, HEAD: plans[1][0][HEAD]}, quant_counter=4)
    resumed.run_steps(plans[2][1], plan=plans[2][0], quant_counter=6)
    for a, b in zip(straight.slots, resumed.slots):
        assert torch.equal(a.working, b.working), a.name
        assert torch.equal(a.master, b.master), a.name
