"""Packed export: round trips to fake quantization, safetensors container, manifest, sizes,
load_quantized on the built-ins (QuantLinear reference path), parity and errors."""

from __future__ import annotations

import copy
import dataclasses
import json
import math
import os
import struct

import pytest
import torch
from torch import nn

from moqlab.errors import Code, WorkerError
from moqlab.export import (
    MANIFEST_FILE,
    WEIGHTS_FILE,
    TensorExport,
    dequantized_state_dict,
    export_packed,
    load_quantized,
    packed_weights,
    parity,
    read_packed,
    read_safetensors,
)
from moqlab.kernels import DenseWeight, QuantLinear, dequantize_packed
from moqlab.kernels.quant_modules import QuantConv, QuantEmbedding
from moqlab.models import build_model
from moqlab.quant import QuantScheme, dequantize, fake_quantize, moq_rewrite_, quantize, stochastic_generator

F32 = torch.float32
SMALL_BERT = dict(vocab_size=100, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                  intermediate_size=64, max_position_embeddings=16)


def assert_same(actual: torch.Tensor, expected: torch.Tensor) -> None:
    assert actual.dtype == expected.dtype, (actual.dtype, expected.dtype)
    assert torch.equal(actual, expected), (actual.float() - expected.float()).abs().max()


def masters_of(model: nn.Module) -> dict[str, torch.Tensor]:
    return {k: v.detach().to(F32, copy=True) for k, v in model.named_parameters()}


def fake_model(model: nn.Module, masters, requests) -> nn.Module:
    """The model as the trainer leaves it after a last rewrite at r = 0 (the fake-quantized model)."""
    fake = copy.deepcopy(model)
    for te in requests:
        moq_rewrite_(fake.get_parameter(te.name), masters[te.name], te.bits, 0.0, te.scheme, generator=te.generator)
    return fake


def small_mlp(seed=0, **kwargs):
    torch.manual_seed(seed)
    return build_model("mlp", {"in_features": 256, "hidden": [128], "num_labels": 10, **kwargs})


# --------------------------------------------------------------------------------------------- round trips
ROUND_TRIPS = [
    (8, {"symmetric": True, "group_size": 32}),
    (8, {"symmetric": False, "group_size": 64}),
    (8, {"symmetric": True, "grid": "deepspeed", "groups": 128}),  # DeepSpeed groups = rows: per channel
    (6, {"symmetric": False, "grid": "deepspeed", "groups": 2}),  # DeepSpeed groups spanning rows
    (5, {"symmetric": True}),  # one group for the whole tensor
    (4, {"symmetric": True, "group_size": 128}),
    (4, {"symmetric": False, "group_size": 256}),  # per output channel
    (4, {"symmetric": True, "grid": "deepspeed", "group_size": 64}),
    (3, {"symmetric": False, "groups": 512}),  # DeepSpeed groups within rows: group_size 64
    (2, {"symmetric": True, "group_size": 32}),  # ternary
    (1, {"symmetric": True, "group_size": 128}),  # binary
]


@pytest.mark.parametrize("bits, opts", ROUND_TRIPS, ids=lambda v: str(v))
def test_round_trip_equals_fake_quantize(tmp_path, bits, opts):
    model = small_mlp()
    masters = masters_of(model)
    te = TensorExport("hidden.0.weight", bits, scheme=QuantScheme(**opts))
    w = masters["hidden.0.weight"]
    expected = fake_quantize(w, bits, QuantScheme(**opts))

    # fp32 scales: bit for bit.
    export_packed(model, masters, [te], str(tmp_path / "f32"), dtype=F32)
    manifest, tensors = read_packed(str(tmp_path / "f32"))
    pw = packed_weights(manifest, tensors)["hidden.0.weight"]
    assert_same(dequantize_packed(pw), expected)
    assert_same(dequantized_state_dict(manifest, tensors)["hidden.0.weight"], expected)

    # 16-bit scales (the kernels' format): exactly the training grid with Δ rounded once to fp16.
    export_packed(model, masters, [te], str(tmp_path / "f16"))
    manifest, tensors = read_packed(str(tmp_path / "f16"))
    pw = packed_weights(manifest, tensors)["hidden.0.weight"]
    assert pw.scales.dtype == torch.float16
    qt = quantize(w, bits, QuantScheme(**opts))
    assert_same(dequantize_packed(pw), dequantize(dataclasses.replace(qt, scales=qt.scales.half().float())))
    assert ((dequantize_packed(pw) - expected).abs() <= expected.abs() * 2.0**-11 * 1.01).all()
    rounding = manifest["tensors"]["hidden.0.weight"]["scale_rounding"]
    assert 0 <= rounding["max_abs"] < 1e-3 and rounding["rel_mse"] < 1e-6


def test_bf16_working_weights_round_trip(tmp_path):
    model = small_mlp().to(torch.bfloat16)
    masters = masters_of(model)
    te = TensorExport("hidden.0.weight", 4, scheme=QuantScheme(symmetric=False, group_size=64))
    export_packed(model, masters, [te], str(tmp_path), dtype=F32)
    manifest, tensors = read_packed(str(tmp_path))
    entry = manifest["tensors"]["hidden.0.weight"]
    assert entry["dtype"] == "bfloat16"
    expected = fake_quantize(masters["hidden.0.weight"].to(torch.bfloat16), 4, QuantScheme(symmetric=False, group_size=64))
    assert_same(dequantize_packed(packed_weights(manifest, tensors)["hidden.0.weight"]), expected)


def test_mixed_bits_in_one_model(tmp_path):
    torch.manual_seed(0)
    model = build_model("mlp", {"in_features": 64, "hidden": [64, 32], "num_labels": 10})
    masters = masters_of(model)
    requests = [
        TensorExport("hidden.0.weight", 4, scheme=QuantScheme(symmetric=False, group_size=32)),
        TensorExport("hidden.1.weight", 8, scheme=QuantScheme(group_size=64)),
        TensorExport("classifier.weight", 12, scheme=QuantScheme(group_size=32)),  # > 8 bits: dense 16-bit
    ]
    result = export_packed(model, masters, requests, str(tmp_path), dtype=F32, scale_dtype=F32)
    manifest, tensors = read_packed(str(tmp_path))
    entries = manifest["tensors"]
    assert [entries[k]["kind"] for k in ("hidden.0.weight", "hidden.1.weight", "classifier.weight")] == ["packed", "packed", "dense"]
    assert entries["hidden.0.weight"]["packing"] == "int4" and entries["hidden.1.weight"]["packing"] == "int8"
    assert entries["classifier.weight"]["bits"] == 12
    assert_same(tensors["classifier.weight"], fake_quantize(masters["classifier.weight"], 12, QuantScheme(group_size=32)))
    state = dequantized_state_dict(manifest, tensors)
    for te in requests:
        assert_same(state[te.name], fake_quantize(masters[te.name], te.bits, te.scheme))
    assert [t["bits"] for t in result["tensors"] if t["name"].endswith("weight")] == [4, 8, 12]

    # the same with 16-bit storage: the 12-bit tensor is Q_12(W) in fp16
    export_packed(model, masters, requests, str(tmp_path / "h"))
    manifest, tensors = read_packed(str(tmp_path / "h"))
    assert manifest["dtype"] == "float16" and manifest["tensors"]["classifier.weight"]["dtype"] == "float16"
    assert_same(tensors["classifier.weight"], fake_quantize(masters["classifier.weight"], 12, QuantScheme(group_size=32)).half())
    assert tensors["hidden.0.bias"].dtype == torch.float16


def test_stochastic_rounding_takes_the_trainers_generator(tmp_path):
    model = small_mlp()
    masters = masters_of(model)
    opts = dict(symmetric=True, rounding="stochastic", group_size=64)
    te = TensorExport("hidden.0.weight", 4, scheme=QuantScheme(**opts), generator=stochastic_generator(7, 41, 0))
    export_packed(model, masters, [te], str(tmp_path), dtype=F32)
    manifest, tensors = read_packed(str(tmp_path))
    assert manifest["tensors"]["hidden.0.weight"]["rounding"] == "stochastic"
    working = torch.empty_like(masters["hidden.0.weight"])
    moq_rewrite_(working, masters["hidden.0.weight"], 4, 0.0, QuantScheme(**opts), generator=stochastic_generator(7, 41, 0))
    assert_same(dequantize_packed(packed_weights(manifest, tensors)["hidden.0.weight"]), working)
    with pytest.raises(WorkerError, match="needs a generator"):
        export_packed(model, masters, [TensorExport("hidden.0.weight", 4, scheme=QuantScheme(**opts))], str(tmp_path / "x"))


def test_tied_tensors_are_stored_once(tmp_path):
    class Tied(nn.Module):
        def __init__(self):
            super().__init__()
            self.emb = nn.Embedding(16, 8)
            self.head = nn.Linear(8, 16, bias=False)
            self.head.weight = self.emb.weight

        def forward(self, ids):
            return self.head(self.emb(ids))

    torch.manual_seed(0)
    model = Tied()
    masters = masters_of(model)
    te = TensorExport("emb.weight", 4, scheme=QuantScheme(group_size=8))
    export_packed(model, masters, [te], str(tmp_path), dtype=F32)
    manifest, tensors = read_packed(str(tmp_path))
    assert manifest["tensors"]["head.weight"] == {"kind": "alias", "of": "emb.weight", "shape": [16, 8], "dtype": "float32"}
    fake = fake_model(model, masters, [te])
    loaded = load_quantized(Tied(), str(tmp_path))
    ids = torch.randint(0, 16, (3, 5))
    assert_same(loaded(ids), fake(ids))


# --------------------------------------------------------------------------------------------- built-ins
def _builtin(name):
    torch.manual_seed(0)
    if name == "mlp":
        kwargs = {"in_features": 784, "hidden": [64, 32]}
        inputs = {"x": torch.randn(32, 1, 28, 28)}
    elif name == "cnn":
        kwargs = {"channels": [4, 8], "hidden": 32}
        inputs = {"x": torch.randn(16, 1, 28, 28)}
    else:
        kwargs = SMALL_BERT
        inputs = {"input_ids": torch.randint(1, 100, (8, 12)), "attention_mask": torch.ones(8, 12, dtype=torch.long),
                  "token_type_ids": torch.zeros(8, 12, dtype=torch.long)}
        inputs["attention_mask"][:, 9:] = 0
    return build_model(name, kwargs), kwargs, inputs


def _requests(model, bits):
    """Every Linear/Conv/Embedding weight, group_size 32 where it divides the input dimension, else per
    channel; asymmetric on every other tensor; bits alternate with `bits` and 8 for mixed precision."""
    out = []
    names = [n for n, m in model.named_modules() if isinstance(m, (nn.Linear, nn.Conv2d, nn.Embedding))]
    for i, n in enumerate(names):
        w = model.get_parameter(n + ".weight")
        in_f = w[0].numel()
        b = bits if i % 3 else 8
        out.append(TensorExport(n + ".weight", b, scheme=QuantScheme(symmetric=bool(i % 2 == 0 or b <= 2), group_size=32 if in_f % 32 == 0 else in_f)))
    return out


@pytest.mark.parametrize("name", ["mlp", "cnn", "tiny-bert"])
@pytest.mark.parametrize("bits", [4, 8, 2])
def test_load_quantized_builtins_forward_equals_fake_quant(tmp_path, name, bits):
    model, kwargs, inputs = _builtin(name)
    model.eval()
    masters = masters_of(model)
    requests = _requests(model, bits)
    fake = fake_model(model, masters, requests)

    # lossless export (fp32 dense and scales): the packed model on the reference path computes the fake model's forward
    export_packed(model, masters, requests, str(tmp_path / "f32"), dtype=F32, model_spec={"name": name, "kwargs": kwargs})
    fresh, _, _ = _builtin(name)
    packed = load_quantized(fresh, str(tmp_path / "f32"), backend="reference").eval()
    replaced_by = {nn.Linear: QuantLinear, nn.Conv2d: QuantConv, nn.Embedding: QuantEmbedding}
    for te in requests:
        module = packed.get_submodule(te.name.rpartition(".")[0])
        original = model.get_submodule(te.name.rpartition(".")[0])
        assert type(module) is replaced_by[type(original)], te.name
    with torch.no_grad():
        torch.testing.assert_close(packed(**inputs), fake(**inputs), rtol=1e-6, atol=1e-6)
    p = parity(fake, packed, inputs)
    assert p["sqnr_db"] > 100 and p["agreement"] == 1.0 and p["max_abs"] < 1e-5

    # the kernels' format (fp16 dense and scales)
    result = export_packed(model, masters, requests, str(tmp_path / "f16"), model_spec={"name": name, "kwargs": kwargs})
    fresh, _, _ = _builtin(name)
    packed = load_quantized(fresh, str(tmp_path / "f16"))
    p = parity(fake, packed, inputs)
    assert p["sqnr_db"] > 40 and p["agreement"] >= 0.9 and p["count"] == next(iter(inputs.values())).shape[0]
    assert result["weights_bytes"] < result["fp16_bytes"]
    for t in result["tensors"]:
        if t["kind"] == "packed":  # container bits + fp16 scales (+ uint8 zeros) per group of >= 9
            container = 8 if t["bits"] > 4 else 4 if t["bits"] > 2 else 2
            assert container <= t["bits_per_weight"] <= container + 24 / 9


def test_load_quantized_can_keep_the_dense_weights(tmp_path):
    model = small_mlp()
    inputs = {"x": torch.randn(5, 256)}
    export_packed(model, masters_of(model), [TensorExport("hidden.0.weight", 4), TensorExport("classifier.weight", 8)],
                  str(tmp_path), model_spec={"name": "mlp", "kwargs": {"hidden": [128]}})
    per_call = load_quantized(small_mlp(), str(tmp_path)).eval()
    kept = load_quantized(small_mlp(), str(tmp_path), dense="cached").eval()
    layers = [m for m in kept.modules() if isinstance(m, QuantLinear)]
    assert len(layers) == 2 and all(m.dense is DenseWeight.CACHED for m in layers)
    assert all(m.dense is DenseWeight.PER_CALL for m in per_call.modules() if isinstance(m, QuantLinear))
    with torch.no_grad():
        assert torch.equal(kept(**inputs), per_call(**inputs))
        assert torch.equal(kept(**inputs), per_call(**inputs))  # the second call reads the kept weights
    assert set(kept.state_dict()) == set(per_call.state_dict())
    with pytest.raises(WorkerError, match="unknown dense-weight mode 'yes'"):
        load_quantized(small_mlp(), str(tmp_path), dense="yes")


def test_packed_model_state_dict_matches_the_file(tmp_path):
    model, _, _ = _builtin("mlp")
    requests = _requests(model, 4)
    export_packed(model, masters_of(model), requests, str(tmp_path))
    _, tensors = read_packed(str(tmp_path))
    packed = load_quantized(_builtin("mlp")[0], str(tmp_path))
    state = packed.state_dict()
    assert set(state) == set(tensors)
    for k, v in tensors.items():
        assert_same(state[k].to(v.dtype), v)


# --------------------------------------------------------------------------------------------- container
def minimal_safetensors_reader(path):
    """An independent reader of the safetensors layout (spec), checking alignment and contiguity."""
    dtypes = {"F32": (torch.float32, 4), "F16": (torch.float16, 2), "BF16": (torch.bfloat16, 2),
              "U8": (torch.uint8, 1), "I64": (torch.int64, 8)}
    with open(path, "rb") as f:
        data = f.read()
    (n,) = struct.unpack("<Q", data[:8])
    assert (8 + n) % 8 == 0, "header padded to 8 bytes"
    header = json.loads(data[8 : 8 + n])
    meta = header.pop("__metadata__")
    body = data[8 + n :]
    out, end = {}, 0
    for name, info in sorted(header.items(), key=lambda kv: kv[1]["data_offsets"][0]):
        begin, stop = info["data_offsets"]
        assert begin == end, "contiguous buffers"
        dtype, size = dtypes[info["dtype"]]
        assert begin % size == 0, f"{name} aligned to its element size"
        assert stop - begin == math.prod(info["shape"]) * size
        raw = bytearray(body[begin:stop])
        out[name] = torch.frombuffer(raw, dtype=dtype).reshape(info["shape"]) if raw else torch.empty(info["shape"], dtype=dtype)
        end = stop
    assert end == len(body)
    return out, meta


def test_safetensors_file_parses_independently(tmp_path):
    model, _, _ = _builtin("cnn")
    requests = _requests(model, 4)
    export_packed(model, masters_of(model), requests, str(tmp_path))
    path = str(tmp_path / WEIGHTS_FILE)
    independent, meta = minimal_safetensors_reader(path)
    assert meta["format"] == "moqlab.packed" and meta["format_version"] == "1"
    ours, _ = read_safetensors(path)
    assert set(independent) == set(ours)
    for k in ours:
        assert_same(independent[k], ours[k])
    # convs.0 has 9 inputs per output channel: an int4 row of 5 bytes, the last high nibble padding
    manifest, _ = read_packed(str(tmp_path))
    entry = manifest["tensors"]["convs.0.weight"]
    if entry["packing"] == "int4":
        assert ours["convs.0.qweight"].shape == (4, 5) and (ours["convs.0.qweight"][:, -1] >> 4).eq(0).all()


def test_safetensors_official_loader(tmp_path):
    st = pytest.importorskip("safetensors.torch")
    model, _, _ = _builtin("tiny-bert")
    export_packed(model, masters_of(model), _requests(model, 4), str(tmp_path))
    loaded = st.load_file(str(tmp_path / WEIGHTS_FILE))
    ours, _ = read_safetensors(str(tmp_path / WEIGHTS_FILE))
    assert set(loaded) == set(ours)
    for k in ours:
        assert_same(loaded[k], ours[k])


def test_read_safetensors_rejects_corruption(tmp_path):
    model = small_mlp()
    export_packed(model, masters_of(model), [TensorExport("hidden.0.weight", 4)], str(tmp_path))
    path = tmp_path / WEIGHTS_FILE
    data = path.read_bytes()
    for bad, match in ((data[:5], "fewer than the 8-byte"), (data[:-3], "buffers end at byte|do not fit"),
                       (struct.pack("<Q", 8) + b"not json" + data[16:], "not JSON")):
        path.write_bytes(bad)
        with pytest.raises(WorkerError, match=match):
            read_safetensors(str(path))


def test_export_is_deterministic(tmp_path):
    model = small_mlp()
    masters = masters_of(model)
    requests = [TensorExport("hidden.0.weight", 4, scheme=QuantScheme(group_size=64))]
    export_packed(model, masters, requests, str(tmp_path / "a"), model_spec={"name": "mlp"})
    export_packed(model, masters, requests, str(tmp_path / "b"), model_spec={"name": "mlp"})
    for f in (WEIGHTS_FILE, MANIFEST_FILE):
        assert (tmp_path / "a" / f).read_bytes() == (tmp_path / "b" / f).read_bytes()


# --------------------------------------------------------------------------------------------- manifest, sizes
def test_manifest_contents(tmp_path):
    model = small_mlp()
    requests = [TensorExport("hidden.0.weight", 4, scheme=QuantScheme(symmetric=False, group_size=128)),
                TensorExport("classifier.weight", 8, scheme=QuantScheme(grid="deepspeed", groups=10))]
    spec = {"name": "mlp", "kwargs": {"in_features": 256, "hidden": [128], "num_labels": 10}}
    result = export_packed(model, masters_of(model), requests, str(tmp_path), model_spec=spec)
    text = (tmp_path / MANIFEST_FILE).read_text()
    manifest = json.loads(text)
    assert manifest["format"] == "moqlab.packed" and manifest["format_version"] == 1
    assert manifest["moqlab_version"] and manifest["torch_version"] == torch.__version__
    assert manifest["model"] == spec
    assert manifest["dtype"] == "float16" and manifest["scale_dtype"] == "float16"
    assert manifest["weights_file"] == WEIGHTS_FILE
    assert manifest["weights_bytes"] == os.path.getsize(tmp_path / WEIGHTS_FILE) == result["weights_bytes"]
    assert manifest["quantized"] == ["hidden.0.weight", "classifier.weight"]
    assert list(manifest["tensors"]) == list(model.state_dict())
    e = manifest["tensors"]["hidden.0.weight"]
    assert {k: e[k] for k in ("kind", "module", "bits", "symmetric", "grid", "rounding", "scheme", "packing",
                              "codes_per_byte", "shape", "dtype", "out_features", "in_features", "layout",
                              "group_size", "groups", "num_groups", "zero_point", "scale_dtype", "zeros_dtype")} == {
        "kind": "packed", "module": "hidden.0", "bits": 4, "symmetric": False, "grid": "standard",
        "rounding": "nearest", "scheme": "linear", "packing": "int4", "codes_per_byte": 2, "shape": [128, 256],
        "dtype": "float32", "out_features": 128, "in_features": 256, "layout": "group_size", "group_size": 128,
        "groups": None, "num_groups": 256, "zero_point": None, "scale_dtype": "float16", "zeros_dtype": "uint8"}
    assert e["tensors"] == {"qweight": "hidden.0.qweight", "scales": "hidden.0.scales", "zeros": "hidden.0.zeros"}
    assert e["module_type"] == "torch.nn.modules.linear.Linear" and e["load_as"] == "quant_linear"
    assert e["bytes"] == 128 * 128 + 2 * 256 + 256
    c = manifest["tensors"]["classifier.weight"]  # DeepSpeed groups = rows, stored as per-channel group_size
    assert (c["layout"], c["group_size"], c["zero_point"], c["trained_layout"]) == (
        "group_size", 128, 128, {"groups": 10, "group_size": None})
    b = manifest["tensors"]["hidden.0.bias"]
    assert b == {"kind": "dense", "tensor": "hidden.0.bias", "shape": [128], "dtype": "float16",
                 "original_dtype": "float32", "bits": None, "bytes": 256}
    assert result["fp16_bytes"] == manifest["fp16_bytes"] == 2 * sum(p.numel() for p in model.parameters())
    assert "NaN" not in text and "Infinity" not in text


@pytest.mark.parametrize("bits, container_bits", [(8, 8), (4, 4), (3, 4), (2, 2)])
def test_size_on_disk_vs_fp16(tmp_path, bits, container_bits):
    torch.manual_seed(0)
    model = build_model("mlp", {"in_features": 1024, "hidden": [512, 256], "num_labels": 16})
    names = ["hidden.0.weight", "hidden.1.weight", "classifier.weight"]
    result = export_packed(model, masters_of(model), [TensorExport(n, bits, scheme=QuantScheme(group_size=128)) for n in names], str(tmp_path))
    per = {t["name"]: t for t in result["tensors"]}
    for n in names:  # container bits + one fp16 scale per 128 weights
        assert per[n]["bits_per_weight"] == pytest.approx(container_bits + 16 / 128)
        assert per[n]["fp16_bytes"] == 2 * model.get_parameter(n).numel()
    assert result["bytes"] == result["weights_bytes"] + result["manifest_bytes"]
    assert result["bytes"] == os.path.getsize(tmp_path / WEIGHTS_FILE) + os.path.getsize(tmp_path / MANIFEST_FILE)
    expected = (container_bits + 16 / 128) / 16
    assert expected < result["ratio"] < expected + 0.01  # plus biases in fp16, header and manifest


# --------------------------------------------------------------------------------------------- errors
def test_export_errors_name_the_problem(tmp_path):
    model = small_mlp()
    masters = masters_of(model)
    out = str(tmp_path)

    def fails(requests, match, code=None, masters=masters, **kw):
        with pytest.raises(WorkerError, match=match) as info:
            export_packed(model, masters, requests, out, **kw)
        if code is not None:
            assert info.value.code is code

    fails([TensorExport("hidden.0.wieght", 4)], r"not a parameter.*did you mean \['hidden.0.weight'", Code.NOT_FOUND)
    fails([TensorExport("hidden.0", 4)], "name the parameter, 'hidden.0.weight'")
    fails([TensorExport("hidden.0.weight", 4)] * 2, "listed twice")
    fails([TensorExport("hidden.0.weight", 4, {"group_size": 32})], r"'hidden.0.weight'.*scheme must be a moqlab.quant.QuantScheme, got dict")
    fails([TensorExport("hidden.0.weight", 4)], "no master weight for 'hidden.0.weight'", masters={})
    fails([TensorExport("hidden.0.weight", 4)], r"master of 'hidden.0.weight' has shape \(3,\)",
          masters={**masters, "hidden.0.weight": torch.zeros(3)})
    fails([TensorExport("hidden.0.weight", 0)], "'hidden.0.weight': bits must be an integer in 1..16")
    fails([TensorExport("hidden.0.weight", 4, scheme=QuantScheme(group_size=100))], r"'hidden.0.weight'.*group_size = 100 does not divide")
    fails([TensorExport("hidden.0.bias", 4)], "only tensors of 2 or more dimensions are packed")
    fails([TensorExport("hidden.0.weight", 2, scheme=QuantScheme(symmetric=False))], "requires symmetric")
    fails([TensorExport("hidden.0.weight", 4)], "dtype must be", dtype=torch.int8)
    fails([TensorExport("hidden.0.weight", 4)], "model_spec is not JSON", model_spec={"x": object()})
    assert not os.path.exists(os.path.join(out, MANIFEST_FILE))


def test_tiny_scales_that_underflow_fp16_are_an_error(tmp_path):
    model = small_mlp()
    masters = masters_of(model)
    masters["hidden.0.weight"] = masters["hidden.0.weight"] * 1e-6  # Δ ≈ 1e-10: below fp16's range
    te = TensorExport("hidden.0.weight", 8, scheme=QuantScheme(group_size=64))
    with pytest.raises(WorkerError, match=r"'hidden.0.weight'.*underflow to 0 in float16.*bfloat16") as info:
        export_packed(model, masters, [te], str(tmp_path / "a"))
    assert info.value.code is Code.FAILED_PRECONDITION
    export_packed(model, masters, [te], str(tmp_path / "b"), scale_dtype=torch.bfloat16)
    manifest, tensors = read_packed(str(tmp_path / "b"))
    got = dequantize_packed(packed_weights(manifest, tensors)["hidden.0.weight"])
    torch.testing.assert_close(got, fake_quantize(masters["hidden.0.weight"], 8, QuantScheme(group_size=64)), rtol=2**-8, atol=0)


def test_read_and_load_errors_name_the_problem(tmp_path):
    with pytest.raises(WorkerError, match="does not exist") as info:
        read_packed(str(tmp_path / "nowhere"))
    assert info.value.code is Code.NOT_FOUND
    with pytest.raises(WorkerError, match="has no manifest.json.*export again"):
        read_packed(str(tmp_path))

    model = small_mlp()
    export_packed(model, masters_of(model), [TensorExport("hidden.0.weight", 4)], str(tmp_path),
                  model_spec={"name": "mlp", "kwargs": {"hidden": [128]}})
    # a model built with another spec
    with pytest.raises(WorkerError, match=r"'hidden.0.weight' has shape \(64, 256\) in the model and \(128, 256\).*manifest model") as info:
        load_quantized(small_mlp(hidden=[64]), str(tmp_path))
    assert info.value.code is Code.FAILED_PRECONDITION
    with pytest.raises(WorkerError, match=r"the export lacks \['hidden.1.weight'"):
        load_quantized(build_model("mlp", {"in_features": 256, "hidden": [128, 32], "num_labels": 10}), str(tmp_path))

    weights = tmp_path / WEIGHTS_FILE
    data = weights.read_bytes()
    weights.write_bytes(data[:-1])
    with pytest.raises(WorkerError, match="truncated; export again"):
        read_packed(str(tmp_path))
    weights.write_bytes(data[:-1] + bytes([data[-1] ^ 1]))
    read_packed(str(tmp_path))
    with pytest.raises(WorkerError, match="SHA-256"):
        read_packed(str(tmp_path), verify=True)
    weights.unlink()
    with pytest.raises(WorkerError, match=r"model.safetensors' is missing.*copy the whole export directory") as info:
        read_packed(str(tmp_path))
    assert info.value.code is Code.NOT_FOUND

    manifest = tmp_path / MANIFEST_FILE
    manifest.write_text(json.dumps({"format": "moqlab.packed", "format_version": 99}))
    with pytest.raises(WorkerError, match="format version 99"):
        read_packed(str(tmp_path))
    manifest.write_text("{")
    with pytest.raises(WorkerError, match="not readable JSON"):
        read_packed(str(tmp_path))


def test_load_quantized_is_the_package_api_and_importing_moqlab_does_not_import_torch():
    import subprocess
    import sys

    import moqlab
    from moqlab.export import load_quantized

    assert moqlab.load_quantized is load_quantized
    probe = "import sys, moqlab; print('torch' in sys.modules)"
    env_path = str(__import__("pathlib").Path(moqlab.__file__).parents[1])
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env={"PYTHONPATH": env_path}).stdout.strip()
    assert out == "False"
