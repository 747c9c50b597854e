"""The worker's request handlers in-process, through the dispatcher, on real models and data."""

from __future__ import annotations

import textwrap

import pytest

from moqlab.proto import messages as m
from moqlab.server import envelope as env
from moqlab.server.dispatch import Dispatcher
from moqlab.server.handlers import HANDLERS, WorkerState


def training(**overrides) -> m.ConfigureTraining:
    """A ConfigureTraining as the controller sends it: every setting given."""
    settings = dict(
        lr=1e-3, eps=1e-8, beta1=0.9, beta2=0.999, total_steps=10, batch_size=8, gradient_accumulation_steps=1,
        precision=m.Precision.PRECISION_FP32, initial_loss_scale=65536, loss_scale_window=1000,
        on_nonfinite=m.NonfinitePolicy.NONFINITE_POLICY_FAIL, max_nonfinite_steps=10,
        data_parallel=m.DataParallel.DATA_PARALLEL_DDP,
    )
    settings.update(overrides)
    return m.ConfigureTraining(**settings)


@pytest.fixture
def call(fashion_mnist_dir):
    dispatcher = Dispatcher(HANDLERS, WorkerState(zmq_kind="pyzmq", zmq_version="test"), "s", send=lambda b: sent.append(b))
    sent: list[bytes] = []

    def run(request):
        sent.clear()
        envelope, payload = env.decode(env.encode(request, "s"))
        dispatcher.handle(envelope, payload)
        reply = m.Envelope.FromString(sent[-1])
        return reply

    run(m.LoadData(spec=m.DataSpec(name="fashion-mnist", path=str(fashion_mnist_dir), max_train_examples=64, max_eval_examples=32, max_seq_len=128)))
    return run


def test_configure_twice_asks_for_a_fresh_model(call):
    assert not call(m.LoadModel(spec=m.ModelSpec(name="mlp"), device="cpu", default_num_labels=10)).HasField("error")
    assert not call(training()).HasField("error")
    again = call(training())
    assert again.error.code == m.ErrorCode.ERROR_CODE_FAILED_PRECONDITION
    assert "LoadModel again" in again.error.message
    assert not call(m.LoadModel(spec=m.ModelSpec(name="mlp"), device="cpu", default_num_labels=10)).HasField("error")
    assert not call(training()).HasField("error")


def test_default_num_labels_only_reaches_models_that_take_it(call, tmp_path):
    (tmp_path / "fixed_head.py").write_text(
        textwrap.dedent(
            """
            import torch
            def build(width=16):
                return torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(784, width), torch.nn.ReLU(), torch.nn.Linear(width, 10))
            """
        )
    )
    reply = call(m.LoadModel(spec=m.ModelSpec(name="fixed_head:build", python_path=[str(tmp_path)]), device="cpu", default_num_labels=10))
    assert not reply.HasField("error"), reply.error.message
    reply = call(m.LoadModel(spec=m.ModelSpec(name="mlp", kwargs_json='{"num_labels": 3}'), device="cpu", default_num_labels=10))
    summary = m.LoadModelResult.FromString(reply.payload).summary
    head = [p for mod in summary.modules for p in mod.parameters if p.name.endswith("weight")][-1]
    assert head.shape[0] == 3  # the user's kwargs win over the data set's default


def test_unknown_device_and_bad_kwargs_are_invalid_arguments(call):
    reply = call(m.LoadModel(spec=m.ModelSpec(name="mlp"), device="tpu:0"))
    assert reply.error.code == m.ErrorCode.ERROR_CODE_INVALID_ARGUMENT
    reply = call(m.LoadModel(spec=m.ModelSpec(name="mlp", kwargs_json="[1, 2]"), device="cpu"))
    assert reply.error.code == m.ErrorCode.ERROR_CODE_INVALID_ARGUMENT
    assert "JSON object" in reply.error.message


def test_a_seed_past_32_bits_reaches_the_trainer_whole(fashion_mnist_dir):
    # Seeds travel as uint64: 2^40 + 3 was truncated to 3 by the former uint32 field.
    state = WorkerState(zmq_kind="pyzmq", zmq_version="test")
    sent: list[bytes] = []
    dispatcher = Dispatcher(HANDLERS, state, "s", send=sent.append)
    seed = 2**40 + 3
    for request in (
        m.LoadData(spec=m.DataSpec(name="fashion-mnist", path=str(fashion_mnist_dir), max_train_examples=64, max_seq_len=128), seed=seed),
        m.LoadModel(spec=m.ModelSpec(name="mlp"), device="cpu", default_num_labels=10, seed=seed),
        training(seed=seed),
    ):
        dispatcher.handle(*env.decode(env.encode(request, "s")))
        assert not m.Envelope.FromString(sent[-1]).HasField("error")
    assert state.trainer.config.seed == seed


def test_quantizer_kernel_on_a_cpu_run_says_the_pytorch_rewrite_runs(call, caplog, monkeypatch):
    monkeypatch.delenv("TRITON_INTERPRET", raising=False)
    assert not call(m.LoadModel(spec=m.ModelSpec(name="mlp"), device="cpu", default_num_labels=10)).HasField("error")
    assert not call(training()).HasField("error")
    tensor = m.QuantizedTensorSpec(name="classifier.weight", index=0, rounding=m.QuantRounding.QUANT_ROUNDING_NEAREST, grid=m.QuantGrid.QUANT_GRID_STANDARD, q_type=m.QuantType.QUANT_TYPE_SYMMETRIC)
    with caplog.at_level("WARNING", logger="moqlab.worker"):
        assert not call(m.ConfigureQuantization(tensors=[tensor], quantizer_kernel=m.QuantizerKernel.QUANTIZER_KERNEL_PYTORCH)).HasField("error")
        assert caplog.records == []
        assert not call(m.ConfigureQuantization(tensors=[tensor], quantizer_kernel=m.QuantizerKernel.QUANTIZER_KERNEL_FUSED)).HasField("error")
    assert [r.getMessage() for r in caplog.records] == [
        "quantizer_kernel: the fused Triton rewrite needs CUDA and triton; this run on cpu uses the PyTorch rewrite, "
        "which computes the same weights"
    ]


@pytest.mark.parametrize(
    "request_, message",
    [
        (training(precision=m.Precision.PRECISION_UNSPECIFIED), "ConfigureTraining.precision is PRECISION_UNSPECIFIED; the controller must send one of"),
        (training(on_nonfinite=0), "ConfigureTraining.on_nonfinite is NONFINITE_POLICY_UNSPECIFIED"),
        (training(data_parallel=0), "ConfigureTraining.data_parallel is DATA_PARALLEL_UNSPECIFIED"),
        (training(batch_size=0, eps=0), "ConfigureTraining lacks eps, batch_size: the controller sends every setting"),
    ],
)
def test_training_settings_come_only_from_the_wire(call, request_, message):
    # Issue 13 §1: the controller's config is the one home of defaults; the worker never fills one in.
    assert not call(m.LoadModel(spec=m.ModelSpec(name="mlp"), device="cpu", default_num_labels=10)).HasField("error")
    reply = call(request_)
    assert reply.error.code == m.ErrorCode.ERROR_CODE_INVALID_ARGUMENT and message in reply.error.message


def test_the_wire_becomes_one_typed_scheme_per_tensor():
    from moqlab.quant import Grid, QuantScheme, Rounding
    from moqlab.server.handlers import quant_scheme

    tensor = m.QuantizedTensorSpec(
        name="classifier.weight", index=3, rounding=m.QuantRounding.QUANT_ROUNDING_STOCHASTIC,
        grid=m.QuantGrid.QUANT_GRID_DEEPSPEED, q_type=m.QuantType.QUANT_TYPE_ASYMMETRIC, quantize_groups=10,
    )
    scheme = quant_scheme(tensor)
    assert scheme == QuantScheme(symmetric=False, rounding=Rounding.STOCHASTIC, grid=Grid.DEEPSPEED, groups=10)
    assert scheme.rounding is Rounding.STOCHASTIC and scheme.grid is Grid.DEEPSPEED
    tensor.CopyFrom(m.QuantizedTensorSpec(
        name="w", rounding=m.QuantRounding.QUANT_ROUNDING_NEAREST, grid=m.QuantGrid.QUANT_GRID_STANDARD,
        q_type=m.QuantType.QUANT_TYPE_SYMMETRIC, group_size=64,
    ))
    assert quant_scheme(tensor) == QuantScheme(group_size=64)


def test_data_export_and_evaluate_take_their_settings_from_the_wire(call, tmp_path):
    assert not call(m.LoadModel(spec=m.ModelSpec(name="mlp"), device="cpu", default_num_labels=10)).HasField("error")
    assert not call(training()).HasField("error")
    reply = call(m.Export(out_dir=str(tmp_path)))
    assert reply.error.code == m.ErrorCode.ERROR_CODE_INVALID_ARGUMENT
    assert "Export.dtype '': expected float16, bfloat16 or float32" in reply.error.message
    reply = call(m.Evaluate())
    assert "Evaluate lacks batch_size: the controller sends every setting" in reply.error.message
    reply = call(m.LoadData(spec=m.DataSpec(name="fashion-mnist")))
    assert "LoadData.spec lacks max_seq_len: the controller sends every setting" in reply.error.message


def test_an_unspecified_quantization_enum_is_an_error(call):
    assert not call(m.LoadModel(spec=m.ModelSpec(name="mlp"), device="cpu", default_num_labels=10)).HasField("error")
    assert not call(training()).HasField("error")
    given = dict(name="classifier.weight", index=0, grid=m.QuantGrid.QUANT_GRID_STANDARD, rounding=m.QuantRounding.QUANT_ROUNDING_NEAREST, q_type=m.QuantType.QUANT_TYPE_SYMMETRIC)
    for missing, message in (("rounding", "QuantizedTensorSpec.rounding is QUANT_ROUNDING_UNSPECIFIED"), ("q_type", "QuantizedTensorSpec.q_type is QUANT_TYPE_UNSPECIFIED")):
        tensor = m.QuantizedTensorSpec(**{k: v for k, v in given.items() if k != missing})
        reply = call(m.ConfigureQuantization(tensors=[tensor], quantizer_kernel=m.QuantizerKernel.QUANTIZER_KERNEL_PYTORCH))
        assert message in reply.error.message, missing
