"""Packed weights that stay packed where they run: QuantEmbedding, QuantConv, the torch-cpu backend of
QuantLinear, and what a loaded export holds in memory (moqlab.memory)."""

from __future__ import annotations

import itertools

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from moqlab.export import LoadAs, TensorExport, dequantized_state_dict, export_packed, load_quantized, read_packed
from moqlab.kernels import DenseWeight, QuantLinear, available_backends, dequantize_packed, pack_quantized, row_groups
from moqlab.kernels.cpu_backend import NAME as CPU_BACKEND, TorchCpuBackend
from moqlab.kernels.quant_modules import QuantConv, QuantEmbedding, embedding_supported
from moqlab.kernels.reference import relative_difference
from moqlab.memory import held_bytes
from moqlab.quant import QuantScheme, quantize

LAYOUTS = [{}, {"group_size": 32}, {"groups": 48}, {"groups": 4}]  # tensor, in-row groups, per row, whole rows


def packed(shape, bits, symmetric=True, seed=0, **layout):
    torch.manual_seed(seed)
    return pack_quantized(quantize(torch.randn(*shape), bits, QuantScheme(symmetric=symmetric, **layout)))


# ------------------------------------------------------------------------------------------ QuantEmbedding
@pytest.mark.parametrize("bits,symmetric,layout", [
    (b, s, lay) for b, s, lay in itertools.product([8, 5, 4, 2], [True, False], LAYOUTS) if s or b > 2
])
def test_embedding_lookup_equals_the_dequantized_table_bit_for_bit(bits, symmetric, layout):
    pw = packed((48, 64), bits, symmetric, **layout)
    table = dequantize_packed(pw)
    emb = QuantEmbedding(pw, padding_idx=0)
    ids = torch.tensor([[0, 5, 47, 5], [3, 3, 1, 46]])
    assert torch.equal(emb(ids), F.embedding(ids, table))
    emb.dense = DenseWeight.CACHED
    assert torch.equal(emb(ids), F.embedding(ids, table)) and torch.equal(emb(ids), F.embedding(ids, table))


def test_embedding_whose_groups_cross_rows_is_not_kept_packed():
    pw = packed((5, 6), 8, groups=3)  # groups of 10 elements: they start mid-row
    assert row_groups(pw) is None
    assert not embedding_supported(nn.Embedding(5, 6), pw)
    assert not embedding_supported(nn.Embedding(5, 6, max_norm=1.0), packed((5, 6), 8))  # renormalizes in place
    with pytest.raises(Exception, match="groups lie within rows"):
        QuantEmbedding(pw)


# ------------------------------------------------------------------------------------------ QuantConv
@pytest.mark.parametrize("conv", [
    nn.Conv2d(4, 8, 3, stride=2, padding=1), nn.Conv2d(4, 8, 3, groups=2, bias=False), nn.Conv1d(6, 16, 5, padding="same"),
])
def test_conv_equals_the_module_on_the_dequantized_weight(conv):
    pw = pack_quantized(quantize(conv.weight.detach(), 4, QuantScheme(group_size=conv.weight[0].numel())))
    layer = QuantConv.from_conv(conv, pw, None if conv.bias is None else conv.bias.detach())
    with torch.no_grad():
        conv.weight.copy_(dequantize_packed(pw))
        x = torch.randn(2, conv.in_channels, *([9] * (conv.weight.ndim - 2)))
        assert torch.equal(layer(x), conv(x))
        layer.dense = "cached"
        assert torch.equal(layer(x), conv(x)) and len(list(layer.held_tensors())) == 1


# ------------------------------------------------------------------------------------------ torch-cpu backend
needs_cpu_kernels = pytest.mark.skipif(
    not TorchCpuBackend().available(), reason=f"torch {torch.__version__} has no int8/int4 weight-only CPU kernels"
)


@needs_cpu_kernels
@pytest.mark.parametrize("bits,symmetric,layout,shape", [
    (b, s, lay, shape)
    for b, s, lay, shape in itertools.product([8, 7, 5, 4, 3, 2, 1], [True, False], LAYOUTS, [(48, 64), (32, 256)])
    if (s or b > 2) and not (lay.get("groups") == 48 and shape[0] != 48)
])
def test_cpu_backend_agrees_with_the_reference(bits, symmetric, layout, shape):
    pw = packed(shape, bits, symmetric, **layout)
    layer = QuantLinear.from_packed(pw, torch.randn(shape[0]))
    x = torch.randn(3, 5, shape[1])
    chosen = layer.selected_backend(x)
    asymmetric_full_width = not symmetric and bits in (8, 4)
    in_row_int8 = pw.width == 8 and row_groups(pw)[2] != shape[1]
    assert chosen == ("reference" if asymmetric_full_width or in_row_int8 else CPU_BACKEND)
    y = layer(x)
    layer.backend = "reference"
    ref = layer(x)
    assert y.dtype == x.dtype and y.shape == ref.shape
    assert relative_difference(y, ref) <= 1e-2  # bfloat16 activations (kernels/cpu_backend.py)


@needs_cpu_kernels
def test_cpu_backend_takes_empty_batches_and_declines_what_its_kernels_cannot_run():
    layer = QuantLinear.from_packed(packed((24, 64), 8, group_size=64), None)
    assert layer(torch.randn(0, 64)).shape == (0, 24)
    assert layer.selected_backend(torch.randn(1, 64)) == CPU_BACKEND
    odd = QuantLinear.from_packed(packed((24, 40), 8, group_size=40), None)  # in % 16 != 0 crashes torch's int8 kernel
    int4_rows = QuantLinear.from_packed(packed((24, 64), 4, group_size=64), None)  # out % 16 != 0
    assert odd.selected_backend(torch.randn(1, 40)) == "reference"
    assert int4_rows.selected_backend(torch.randn(1, 64)) == "reference"
    assert CPU_BACKEND in available_backends()


@needs_cpu_kernels
def test_an_int8_layer_keeps_its_weight_once_in_the_kernel_layout_and_gives_the_codes_back():
    pw = packed((32, 64), 7, symmetric=False, groups=32)
    codes = pw.qweight.clone()
    layer = QuantLinear.from_packed(pw, torch.randn(32))
    x = torch.randn(4, 64)
    expected_ref = layer.reference(x)
    first = layer(x)
    assert layer.qweight.numel() == 0  # the codes live in the int8 layout now
    assert held_bytes(layer)["weight"] == 32 * 64 + 32 * 2 + layer.scales.numel() * layer.scales.element_size() + layer.zeros.numel()
    assert torch.equal(layer.packed().qweight, codes) and torch.equal(layer.state_dict()["qweight"], codes)
    assert torch.equal(layer.reference(x), expected_ref) and torch.equal(layer(x), first)
    # loading new codes puts them in the buffer, and the next call prepares from them
    other = packed((32, 64), 7, symmetric=False, groups=32, seed=1)
    layer.load_state_dict({"qweight": other.qweight, "scales": other.scales, "zeros": other.zeros, "bias": layer.bias})
    assert torch.equal(layer.qweight, other.qweight)
    assert relative_difference(layer(x), layer.reference(x)) <= 1e-2 and layer.qweight.numel() == 0
    layer.backend = "reference"
    assert torch.equal(layer(x), layer.reference(x))
    moved = layer.to(torch.float32)  # a move gives the buffer its codes back
    assert torch.equal(moved.qweight, other.qweight)
    int4 = QuantLinear.from_packed(packed((32, 64), 4, group_size=32), None)
    int4(x)
    assert int4.qweight.numel() == 32 * 32  # torch's int4 layout cannot give the codes back: both are kept
    assert held_bytes(int4)["weight"] >= 2 * 32 * 32


def test_without_the_kernels_quant_linear_runs_the_reference(monkeypatch):
    monkeypatch.setattr(TorchCpuBackend, "available", lambda self: False)
    from moqlab.kernels import reset_availability

    reset_availability()
    try:
        layer = QuantLinear.from_packed(packed((32, 64), 8), None)
        assert layer.selected_backend(torch.randn(1, 64)) == "reference"
    finally:
        monkeypatch.undo()
        reset_availability()


# ------------------------------------------------------------------------------------------ loaded exports
class Mixed(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.emb = nn.Embedding(1000, 64)
        self.conv = nn.Conv1d(64, 64, 3, padding=1)
        self.fc = nn.Linear(64, 32)
        self.head = nn.Linear(32, 4)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        h = self.conv(self.emb(ids).transpose(1, 2)).transpose(1, 2)
        return self.head(torch.relu(self.fc(h))).mean(1)


def test_a_loaded_export_keeps_every_layer_packed_and_says_what_it_holds(tmp_path):
    torch.manual_seed(0)
    model = Mixed()
    masters = {n: p.detach().clone() for n, p in model.named_parameters()}
    requests = [TensorExport("emb.weight", 4, scheme=QuantScheme(group_size=32)), TensorExport("conv.weight", 8, scheme=QuantScheme(groups=64)),
                TensorExport("fc.weight", 8, scheme=QuantScheme(groups=32)), TensorExport("head.weight", 12)]
    result = export_packed(model, masters, requests, str(tmp_path), dtype=torch.float32, scale_dtype=torch.float32)
    manifest, _ = read_packed(str(tmp_path))
    assert [manifest["tensors"][n]["load_as"] for n in ("emb.weight", "conv.weight", "fc.weight")] == [
        LoadAs.QUANT_EMBEDDING.value, LoadAs.QUANT_CONV.value, LoadAs.QUANT_LINEAR.value]
    above = next(t for t in result["tensors"] if t["name"] == "head.weight")
    assert above["kind"] == "dense" and "12-bit" in above["note"] and "no exact 8-bit form" in above["note"]

    reports = []
    loaded = load_quantized(Mixed(), str(tmp_path), backend="reference", report=reports.append)
    assert (type(loaded.emb), type(loaded.conv), type(loaded.fc), type(loaded.head)) == (QuantEmbedding, QuantConv, QuantLinear, nn.Linear)
    (report,) = reports
    by_name = {t.name: t for t in report.tensors}
    assert set(by_name) == set(model.state_dict())
    emb = by_name["emb.weight"]
    assert emb.fp32 == 1000 * 64 * 4 and emb.fp16 == 1000 * 64 * 2 and emb.built == emb.fp32
    assert emb.resident == 1000 * 32 + 1000 * 2 * 4  # int4 codes + one fp32 scale per group of 32
    assert by_name["fc.weight"].resident == 32 * 64 + 32 * 4
    assert by_name["head.weight"].resident == by_name["head.weight"].fp32  # 12 bits: kept dense (fp32 here)
    assert report.resident < 0.3 * report.fp32 and "× the fp32 model" in report.summary()
    assert str(report).splitlines()[1].startswith("emb.weight") and str(report).endswith(report.summary())
    ids = torch.randint(0, 1000, (2, 7))
    reference = Mixed()
    reference.load_state_dict(dequantized_state_dict(*read_packed(str(tmp_path))))
    with torch.no_grad():
        torch.testing.assert_close(loaded(ids), reference(ids), rtol=0, atol=0)


class _Counting:
    """A static backend that takes every call and counts how often it is asked."""

    name = "counting"
    static_support = True

    def __init__(self) -> None:
        self.asked = 0

    def available(self) -> bool:
        return True

    def supports(self, layer, x) -> bool:  # type: ignore[no-untyped-def]
        self.asked += 1
        return True

    def prepare(self, layer):  # type: ignore[no-untyped-def]
        return None

    def linear(self, layer, x, prepared):  # type: ignore[no-untyped-def]
        return layer.reference(x)


def test_a_static_backend_is_asked_once_per_device_and_dtype_until_the_registry_changes():
    from moqlab.kernels import register_backend, unregister_backend

    counting = _Counting()
    register_backend(counting, priority=99)
    try:
        layer = QuantLinear.from_packed(packed((32, 64), 8), None)
        for m in (1, 7, 300):
            assert layer.selected_backend(torch.randn(m, 64)) == "counting"
        assert counting.asked == 1
        layer(torch.randn(2, 64, dtype=torch.bfloat16))
        assert counting.asked == 2  # another dtype is another question
        layer.backend = "reference"
        assert layer.selected_backend(torch.randn(1, 64)) == "reference"
        layer.backend = "auto"
    finally:
        unregister_backend("counting")
    assert layer.selected_backend(torch.randn(1, 64)) != "counting"  # the registry changed: asked again
