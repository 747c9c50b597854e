"""Packed format (pack/unpack, nibble order), the reference dequantization/linear (the oracle), and
QuantLinear with its backend dispatch."""

from __future__ import annotations

import dataclasses

import pytest
import torch
import torch.nn.functional as F

from moqlab.errors import Code, WorkerError
from moqlab.kernels import (
    DenseWeight,
    QuantLinear,
    available_backends,
    container_width,
    dequantize_packed,
    kernel_layout,
    linear_reference,
    pack,
    pack_quantized,
    register_backend,
    unpack,
    unregister_backend,
)
from moqlab.quant import GroupLayout, LayoutKind, QuantScheme, dequantize, fake_quantize, quantize

F32 = torch.float32


def assert_same(actual: torch.Tensor, expected: torch.Tensor) -> None:
    assert actual.dtype == expected.dtype, (actual.dtype, expected.dtype)
    assert torch.equal(actual, expected), (actual - expected).abs().max()


# --------------------------------------------------------------------------------------------- pack
def test_container_widths():
    assert [container_width(b) for b in range(1, 9)] == [2, 2, 4, 4, 8, 8, 8, 8]
    for bad in (0, 9, 16, True):
        with pytest.raises(WorkerError, match="1..8-bit"):
            container_width(bad)


def test_nibble_and_field_order_literal():
    # int4: low nibble = even column, high nibble = odd column; a trailing odd column is padded with 0.
    assert pack(torch.tensor([[1, 2, 3]]), 4, pad=True).tolist() == [[0x21, 0x03]]
    assert pack(torch.tensor([[15, 0], [0, 15]]), 4).tolist() == [[0x0F], [0xF0]]
    # int2: column 4i + j at bits 2j..2j+1 of byte i.
    assert pack(torch.tensor([[1, 2, 3, 0, 3]]), 2, pad=True).tolist() == [[1 | 2 << 2 | 3 << 4, 3]]
    assert pack(torch.tensor([[0, 7, 255]]), 8).tolist() == [[0, 7, 255]]
    assert pack(torch.tensor([[0, 7]]), 8).dtype == torch.uint8


@pytest.mark.parametrize("width", [8, 4, 2])
@pytest.mark.parametrize("cols", [1, 2, 3, 4, 5, 8, 9, 33])
def test_pack_unpack_round_trip(width, cols):
    g = torch.Generator().manual_seed(width * 100 + cols)
    codes = torch.randint(0, 1 << width, (3, 2, cols), generator=g, dtype=torch.int32)
    k = 8 // width
    packed = pack(codes, width, pad=True)
    assert packed.dtype == torch.uint8 and packed.shape == (3, 2, -(-cols // k))
    assert_same(unpack(packed, width, cols), codes.to(torch.uint8))
    if cols % k == 0:
        assert_same(pack(codes, width), packed)


@pytest.mark.parametrize("width, cols", [(4, 9), (2, 6)])
def test_pack_refuses_a_ragged_row_unless_padded(width, cols):
    with pytest.raises(WorkerError, match="pad=True") as info:
        pack(torch.zeros(2, cols, dtype=torch.uint8), width)
    assert info.value.code is Code.INVALID_ARGUMENT
    assert f"({cols})" in info.value.message


def test_pack_and_unpack_reject_bad_input():
    with pytest.raises(WorkerError, match=r"\[0, 15\]"):
        pack(torch.tensor([[16, 0]]), 4)
    with pytest.raises(WorkerError, match=r"\[0, 3\]"):
        pack(torch.tensor([[-1, 0, 0, 0]]), 2)
    with pytest.raises(WorkerError, match="integer tensor"):
        pack(torch.zeros(1, 2), 4)
    with pytest.raises(WorkerError, match="width"):
        pack(torch.zeros(1, 2, dtype=torch.uint8), 3)
    with pytest.raises(WorkerError, match="need 2 bytes per row"):
        unpack(torch.zeros(1, 3, dtype=torch.uint8), 4, 4)
    with pytest.raises(WorkerError, match="uint8"):
        unpack(torch.zeros(1, 2, dtype=torch.int8), 4, 4)


# --------------------------------------------------------------------------------------------- oracle
SHAPES_LAYOUTS = [
    ((4, 9), [{}, {"groups": 4}, {"groups": 12}, {"groups": 2}, {"group_size": 3}, {"group_size": 9}]),
    ((6, 2, 3, 3), [{"groups": 6}, {"groups": 27}, {"groups": 3}, {"group_size": 6}, {"group_size": 18}]),
]


@pytest.mark.parametrize("bits, symmetric", [(b, s) for b in range(1, 9) for s in (True, False) if s or b > 2])
def test_dequantize_packed_is_fake_quantize_bit_for_bit(bits, symmetric):
    g = torch.Generator().manual_seed(bits)
    for shape, layouts in SHAPES_LAYOUTS:
        x = torch.randn(shape, generator=g)
        x.view(-1)[0] = 0.0  # exact zeros and a zero group stay zero
        for grid in ("standard", "deepspeed"):
            for layout in layouts:
                for dtype in (F32, torch.bfloat16, torch.float16):
                    xd = x.to(dtype)
                    opts = dict(symmetric=symmetric, grid=grid, **layout)
                    pw = pack_quantized(quantize(xd, bits, QuantScheme(**opts)), F32)
                    pw.validate()
                    assert pw.qweight.shape == (shape[0], -(-(x.numel() // shape[0]) // (8 // pw.width)))
                    assert_same(dequantize_packed(pw), fake_quantize(xd, bits, QuantScheme(**opts)))


def test_symmetric_codes_are_offset_by_half_the_container():
    x = torch.tensor([[-7.0, -4.0, 0.0, 4.0, 7.0, 2.0]])
    pw = pack_quantized(quantize(x, 4), F32)  # Δ = 1: q = x
    assert pw.zero_point == 8 and pw.zeros is None
    assert unpack(pw.qweight, 4, 6).tolist() == [[1, 4, 8, 12, 15, 10]]
    assert pack_quantized(quantize(x, 8), F32).zero_point == 128
    tern = pack_quantized(quantize(x, 2), F32)
    assert tern.packing == "int2" and tern.zero_point == 2
    assert set(unpack(tern.qweight, 2, 6).flatten().tolist()) <= {1, 2, 3}
    binary = pack_quantized(quantize(x, 1), F32)
    assert set(unpack(binary.qweight, 2, 6).flatten().tolist()) == {1, 3}


def test_asymmetric_zero_points_uint8_or_float32():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(4, 16, generator=g)
    pw = pack_quantized(quantize(x, 4, QuantScheme(symmetric=False, group_size=8)), F32)
    assert pw.zeros.dtype == torch.uint8 and pw.zeros.shape == (4, 2)
    assert unpack(pw.qweight, 4, 16).max() <= 15  # u = grid code q in [0, 15]
    # A group that does not contain 0 has its zero point outside [0, 2^b - 1]: kept exact in fp32.
    y = x.abs() + 0.5
    y[1] = 3.0  # a constant group: z = round(−c/Δ) with Δ = ε / 15, a huge whole number
    qt = quantize(y, 4, QuantScheme(symmetric=False, group_size=16))
    pw = pack_quantized(qt, F32)
    assert pw.zeros.dtype == F32
    assert_same(pw.zeros, qt.zero_points)
    assert_same(dequantize_packed(pw), fake_quantize(y, 4, QuantScheme(symmetric=False, group_size=16)))


def test_kernel_layout_turns_row_aligned_deepspeed_groups_into_group_size():
    shape = (4, 9)
    assert kernel_layout(GroupLayout.of(groups=4), shape) == GroupLayout(LayoutKind.GROUP_SIZE, 9)
    assert kernel_layout(GroupLayout.of(groups=12), shape) == GroupLayout(LayoutKind.GROUP_SIZE, 3)
    assert kernel_layout(GroupLayout.of(groups=2), shape) == GroupLayout.of(groups=2)  # spans rows
    x = torch.randn(shape)
    pw = pack_quantized(quantize(x, 8, QuantScheme(groups=4)), F32)
    assert pw.layout.kind is LayoutKind.GROUP_SIZE and pw.scales.shape == (4, 1)  # per output channel


def test_16_bit_scales_round_delta_once():
    g = torch.Generator().manual_seed(1)
    x = torch.randn(8, 64, generator=g) * 0.05
    for bits, symmetric in ((8, True), (4, True), (4, False), (2, True)):
        qt = quantize(x, bits, QuantScheme(symmetric=symmetric, group_size=32))
        for sdt, bound in ((torch.float16, 2.0**-11), (torch.bfloat16, 2.0**-8)):
            pw = pack_quantized(qt, sdt)
            assert pw.scales.dtype == sdt
            rounded = dataclasses.replace(qt, scales=qt.scales.to(sdt).to(F32))
            assert_same(dequantize_packed(pw), dequantize(rounded))  # exactly the grid with Δ rounded
            exact = dequantize(qt)
            assert ((dequantize_packed(pw) - exact).abs() <= exact.abs() * bound * 1.01 + 1e-12).all()


def test_linear_reference_is_fp32_linear_on_the_dequantized_weight():
    g = torch.Generator().manual_seed(2)
    w = torch.randn(12, 32, generator=g)
    b = torch.randn(12, generator=g)
    x = torch.randn(2, 5, 32, generator=g)
    pw = pack_quantized(quantize(w, 4, QuantScheme(group_size=16)), F32)
    fq = fake_quantize(w, 4, QuantScheme(group_size=16))
    assert_same(linear_reference(x, pw, b), F.linear(x, fq, b))
    assert_same(linear_reference(x, pw), F.linear(x, fq))
    xb = x.to(torch.bfloat16)
    out = linear_reference(xb, pw, b.to(torch.bfloat16))
    assert out.dtype == torch.bfloat16
    assert_same(out, F.linear(xb.float(), fq, b.to(torch.bfloat16).float()).to(torch.bfloat16))


# --------------------------------------------------------------------------------------------- QuantLinear
def _layer(bits=4, symmetric=True, bias=True, **layout):
    g = torch.Generator().manual_seed(3)
    w = torch.randn(10, 24, generator=g)
    b = torch.randn(10, generator=g) if bias else None
    layout = layout or {"group_size": 8}
    pw = pack_quantized(quantize(w, bits, QuantScheme(symmetric=symmetric, **layout)), F32)
    return QuantLinear.from_packed(pw, b), fake_quantize(w, bits, QuantScheme(symmetric=symmetric, **layout)), b


def test_quant_linear_forward_and_state():
    layer, fq, b = _layer(4, symmetric=False)
    x = torch.randn(3, 7, 24)
    assert_same(layer(x), F.linear(x, fq, b))
    assert set(layer.state_dict()) == {"qweight", "scales", "zeros", "bias"}
    assert_same(layer.weight, fq)
    assert (layer.in_features, layer.out_features, layer.bits) == (24, 10, 4)
    assert "bits=4" in repr(layer) and layer.selected_backend(x) == "reference"
    nobias, fq2, _ = _layer(8, bias=False, groups=10)
    assert set(nobias.state_dict()) == {"qweight", "scales"}
    assert_same(nobias(x), F.linear(x, fq2))
    with pytest.raises(WorkerError, match=r"\(\.\.\., 24\)"):
        layer(torch.randn(2, 23))


def test_quant_linear_rejects_bad_parts():
    layer, _, b = _layer()
    pw = layer.packed()
    with pytest.raises(WorkerError, match="qweight must be uint8 of shape"):
        QuantLinear.from_packed(dataclasses.replace(pw, qweight=pw.qweight[:, :-1]), b)
    with pytest.raises(WorkerError, match="bias of shape"):
        QuantLinear.from_packed(pw, torch.zeros(3))
    with pytest.raises(WorkerError, match="unknown kernel backend 'nope'"):
        QuantLinear.from_packed(pw, b, backend="nope")


class FakeBackend:
    def __init__(self, name, available=True, supports=True):
        self.name = name
        self._available = available
        self._supports = supports
        self.prepared = 0
        self.calls = 0

    def available(self):
        return self._available

    def supports(self, layer, x):
        return self._supports

    def prepare(self, layer):
        self.prepared += 1
        return {"w": layer.dequantized_weight(F32)}

    def linear(self, layer, x, prepared):
        self.calls += 1
        return F.linear(x, prepared["w"], layer.bias)


@pytest.fixture
def backends():
    names = []

    def add(backend, priority=0, verified=True):
        register_backend(backend, priority=priority, verified=verified)
        names.append(backend.name)
        return backend

    yield add
    for name in names:
        unregister_backend(name)


def test_auto_skips_an_unverified_backend_unless_named_or_allowed(backends, monkeypatch):
    from moqlab.kernels.quant_linear import UNVERIFIED_ENV

    monkeypatch.delenv(UNVERIFIED_ENV, raising=False)
    layer, fq, b = _layer()
    x = torch.randn(4, 24)
    untried = backends(FakeBackend("test-untried"), priority=100, verified=False)
    assert layer.selected_backend(x) != "test-untried"
    layer(x)
    assert untried.calls == 0
    layer.backend = "test-untried"
    assert layer.selected_backend(x) == "test-untried"
    layer.backend = "auto"
    monkeypatch.setenv(UNVERIFIED_ENV, "1")
    assert layer.selected_backend(x) == "test-untried"


def test_the_triton_backends_are_not_auto_until_verified_on_a_gpu(monkeypatch):
    from moqlab.kernels import triton_backend
    from moqlab.kernels.quant_linear import _REGISTRY, UNVERIFIED_ENV

    # Issue 16 §3: flip GPU_VERIFIED only with a passing `scripts/gpu-check.sh tests` run on a GPU.
    assert triton_backend.GPU_VERIFIED is False
    assert not _REGISTRY[triton_backend.FUSED].verified and not _REGISTRY[triton_backend.DENSE].verified
    monkeypatch.delenv(UNVERIFIED_ENV, raising=False)
    layer, _, _ = _layer()
    assert layer.selected_backend(torch.randn(1, 24)) == "reference"


def test_backend_dispatch_by_availability(backends):
    layer, fq, b = _layer()
    x = torch.randn(4, 24)
    down = backends(FakeBackend("test-down", available=False), priority=10)
    declines = backends(FakeBackend("test-declines", supports=False), priority=5)
    fast = backends(FakeBackend("test-fast"), priority=1)
    assert available_backends()[-1] == "reference"
    assert "test-down" not in available_backends()
    assert layer.selected_backend(x) == "test-fast"
    torch.testing.assert_close(layer(x), F.linear(x, fq, b))
    layer(x)
    assert (fast.calls, fast.prepared, down.calls, declines.calls) == (2, 1, 0, 0)  # prepared once
    layer.to(F32)  # moving/casting the buffers invalidates the prepared state
    layer(x)
    assert fast.prepared == 2
    layer.backend = "reference"
    assert_same(layer(x), F.linear(x, fq, b))
    assert fast.calls == 3
    layer.backend = "test-declines"  # a named backend that declines falls back to the reference
    assert layer.selected_backend(x) == "reference"
    with pytest.raises(WorkerError, match="already registered"):
        register_backend(FakeBackend("test-fast"))
    with pytest.raises(WorkerError, match="name other than"):
        register_backend(FakeBackend("reference"))


# --------------------------------------------------------------------------------------- dense weight
class CountingMake:
    """A dense-weight producer that counts its calls."""

    def __init__(self, layer):
        self.layer = layer
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.layer.dequantized_weight(F32)


def test_per_call_dense_weight_is_made_on_every_call():
    layer, fq, _ = _layer()
    assert layer.dense is DenseWeight.PER_CALL
    make = CountingMake(layer)
    first, second = layer.dense_weight(F32, make), layer.dense_weight(F32, make)
    assert make.calls == 2 and first is not second
    assert_same(first, fq)


def test_cached_dense_weight_is_made_once_per_dtype_and_kept_out_of_the_state_dict():
    layer, fq, b = _layer(4, symmetric=False)
    x = torch.randn(3, 24)
    per_call = layer(x)
    layer.dense = "cached"
    assert layer.dense is DenseWeight.CACHED and "dense=cached" in repr(layer)
    make = CountingMake(layer)
    first = layer.dense_weight(F32, make)
    assert layer.dense_weight(F32, make) is first and make.calls == 1
    assert_same(first, fq)
    assert_same(layer.dense_weight(torch.float64), fq.double())  # another dtype: its own copy
    assert make.calls == 1
    assert_same(layer(x), per_call)  # the reference path takes the kept fp32 weight: the same answer
    assert set(layer.state_dict()) == {"qweight", "scales", "zeros", "bias"}
    layer.dense = DenseWeight.PER_CALL  # frees the kept copy: the next one is made again
    layer.dense = DenseWeight.CACHED
    layer.dense_weight(F32, make)
    assert make.calls == 2


def test_a_kept_dense_weight_follows_changes_to_the_packed_buffers():
    layer, _, _ = _layer(8, symmetric=False, groups=10)
    other, fq_other, b_other = _layer(8, symmetric=False, groups=10)
    with torch.no_grad():
        other.qweight.copy_(torch.flip(other.qweight, [1]))
    layer.dense = "cached"
    x = torch.randn(2, 24)
    layer(x)
    layer.load_state_dict(other.state_dict())  # copies into the buffers in place
    assert_same(layer(x), other(x))
    make = CountingMake(layer)
    layer.dense_weight(F32, make)
    assert make.calls == 0  # the forward above kept it
    layer.float()  # buffers re-applied: what was kept is dropped
    layer.dense_weight(F32, make)
    assert make.calls == 1


def test_an_unknown_dense_weight_mode_is_an_error_naming_the_modes():
    layer, _, b = _layer()
    with pytest.raises(WorkerError, match=r"unknown dense-weight mode 'always'.*'per-call', 'cached'") as e:
        layer.dense = "always"
    assert e.value.code is Code.INVALID_ARGUMENT
    with pytest.raises(WorkerError, match="unknown dense-weight mode"):
        QuantLinear.from_packed(layer.packed(), b, dense="sometimes")
