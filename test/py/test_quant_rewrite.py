"""The MoQ rewrite of one tensor (SEMANTICS.md §1, §5), the replayable RNG, and the quantization error measures."""

from __future__ import annotations

import math

import pytest
import torch
from torch import nn

from moqlab.errors import Code, WorkerError
from moqlab.quant import (
    QuantScheme,
    fake_quantize,
    moq_rewrite_,
    quantization_error,
    stochastic_generator,
    stochastic_seed,
)

F32 = torch.float32


def t(values, dtype=F32):
    return torch.tensor(values, dtype=dtype)


def assert_same(actual: torch.Tensor, expected: torch.Tensor) -> None:
    assert actual.dtype == expected.dtype, (actual.dtype, expected.dtype)
    assert torch.equal(actual, expected), f"\nactual   {actual.tolist()}\nexpected {expected.tolist()}"


# 3 bits symmetric standard, m = 3: Δ = 1, so Q(W) = round(W) = [−3, 0, 1, 3] (0.5 → 0: half to even)
MASTER = [-3.0, 0.5, 1.25, 3.0]
Q_MASTER = [-3.0, 0.0, 1.0, 3.0]


def test_rewrite_is_in_place():
    working = nn.Parameter(torch.zeros(4))
    ptr, version = working.data_ptr(), working._version
    moq_rewrite_(working, t(MASTER), 3, 0.0)  # a leaf that requires grad: no "in-place on a leaf" error
    assert working.data_ptr() == ptr and working._version > version
    assert_same(working.detach(), t(Q_MASTER))
    assert working.requires_grad and working.grad_fn is None and working.is_leaf


def test_r0_is_exactly_q_and_r1_is_exactly_the_master():
    torch.manual_seed(0)
    master = torch.randn(16, 24) * 0.07
    working = torch.empty_like(master)
    for bits in (2, 3, 4, 8, 13):
        moq_rewrite_(working, master, bits, 0.0, QuantScheme(groups=16))
        assert_same(working, fake_quantize(master, bits, QuantScheme(groups=16)))
        moq_rewrite_(working, master, bits, 1.0, QuantScheme(groups=16))
        assert_same(working, master)


@pytest.mark.parametrize("r, expected", [
    # r·W + (1−r)·Q, all dyadic so exact in fp32 (lerp evaluates Q + r·(W − Q) for r < 0.5,
    # W − (1−r)·(W − Q) otherwise; both exact here)
    (0.25, [-3.0, 0.125, 1.0625, 3.0]),
    (0.5, [-3.0, 0.25, 1.125, 3.0]),
    (0.75, [-3.0, 0.375, 1.1875, 3.0]),
])
def test_mixing_by_hand(r, expected):
    working = torch.zeros(4)
    moq_rewrite_(working, t(MASTER), 3, r)
    assert_same(working, t(expected))


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_half_working_with_fp32_master(dtype):
    torch.manual_seed(1)
    master = torch.randn(8, 32) * 0.1 + 1 / 3  # not representable in half precision
    w = master.to(dtype)  # W: the master cast to the working dtype
    working = torch.empty(8, 32, dtype=dtype)
    for bits in (3, 4, 8, 12):
        moq_rewrite_(working, master, bits, 0.0, QuantScheme(group_size=16))
        assert_same(working, fake_quantize(w, bits, QuantScheme(group_size=16)))  # Q computed on the cast value
        q32 = fake_quantize(w.float(), bits, QuantScheme(group_size=16))
        assert_same(working, q32.to(dtype))
        moq_rewrite_(working, master, bits, 0.3, QuantScheme(group_size=16))
        assert_same(working, torch.lerp(q32, w.float(), 0.3).to(dtype))  # blend in fp32, one rounding
    moq_rewrite_(working, master, 4, 1.0, QuantScheme(group_size=16))
    assert_same(working, w)


def test_half_working_hand_values():
    working = torch.zeros(4, dtype=torch.float16)
    moq_rewrite_(working, t(MASTER), 3, 0.0)
    assert_same(working, t(Q_MASTER, torch.float16))
    moq_rewrite_(working, t(MASTER), 3, 0.25)
    assert_same(working, t([-3.0, 0.125, 1.0625, 3.0], torch.float16))


@pytest.mark.parametrize("layout", [{}, {"groups": 6}, {"group_size": 5}])
@pytest.mark.parametrize("options", [
    {"symmetric": True, "grid": "standard"},
    {"symmetric": False, "grid": "standard"},
    {"symmetric": True, "grid": "deepspeed"},
    {"symmetric": False, "grid": "deepspeed"},
])
def test_rewrite_matches_fake_quantize(layout, options):
    torch.manual_seed(2)
    master = torch.randn(6, 10)
    for dtype in (torch.float32, torch.float16, torch.bfloat16):
        working = torch.empty(6, 10, dtype=dtype)
        for bits in (3, 5, 8, 16):
            moq_rewrite_(working, master, bits, 0.0, QuantScheme(**options, **layout))
            assert_same(working, fake_quantize(master.to(dtype), bits, QuantScheme(**options, **layout)))
            moq_rewrite_(working, master, bits, 0.625, QuantScheme(**options, **layout))
            w = master.to(dtype).float()
            q = fake_quantize(w, bits, QuantScheme(**options, **layout))
            assert_same(working, torch.lerp(q, w, 0.625).to(dtype))


def test_non_contiguous_working():
    torch.manual_seed(3)
    master = torch.randn(8, 6)
    storage = torch.zeros(6, 8)
    working = storage.t()  # (8, 6) view, not contiguous
    moq_rewrite_(working, master, 4, 0.0, QuantScheme(groups=8))
    assert_same(working.contiguous(), fake_quantize(master, 4, QuantScheme(groups=8)))
    half = torch.zeros(6, 8, dtype=torch.float16).t()
    moq_rewrite_(half, master, 4, 0.0, QuantScheme(groups=8))
    assert_same(half.contiguous(), fake_quantize(master.half(), 4, QuantScheme(groups=8)))


def test_low_bits_rewrite():
    torch.manual_seed(4)
    master = torch.randn(4, 8)
    working = torch.empty_like(master)
    for bits in (1, 2):
        moq_rewrite_(working, master, bits, 0.0, QuantScheme(groups=4))
        assert_same(working, fake_quantize(master, bits, QuantScheme(groups=4)))


def test_stochastic_rewrite_replays():
    torch.manual_seed(5)
    master = torch.randn(16, 16)
    a, b, c = (torch.empty_like(master) for _ in range(3))
    moq_rewrite_(a, master, 4, 0.0, QuantScheme(rounding="stochastic"), generator=stochastic_generator(11, 7, 2))
    moq_rewrite_(b, master, 4, 0.0, QuantScheme(rounding="stochastic"), generator=stochastic_generator(11, 7, 2))
    moq_rewrite_(c, master, 4, 0.0, QuantScheme(rounding="stochastic"), generator=stochastic_generator(11, 8, 2))
    assert_same(a, b)
    assert not torch.equal(a, c)
    assert_same(a, fake_quantize(master, 4, QuantScheme(rounding="stochastic"), generator=stochastic_generator(11, 7, 2)))
    with pytest.raises(WorkerError, match="generator"):
        moq_rewrite_(a, master, 4, 0.0, QuantScheme(rounding="stochastic"))


def test_aliased_master_is_refused():
    p = nn.Parameter(torch.randn(4, 4))
    with pytest.raises(WorkerError) as err:
        moq_rewrite_(p, p, 8, 0.0)
    assert err.value.code is Code.FAILED_PRECONDITION and "_unalias_masters" in err.value.message
    with pytest.raises(WorkerError):
        moq_rewrite_(p, p.detach().view(16)[:16].view(4, 4), 8, 0.0)


@pytest.mark.parametrize("r", [-0.1, 1.5, float("nan"), True, "0.5", None])
def test_mix_ratio_must_be_in_0_1(r):
    with pytest.raises(WorkerError, match="mix_ratio") as err:
        moq_rewrite_(torch.zeros(4), t(MASTER), 3, r)
    assert err.value.code is Code.INVALID_ARGUMENT


def test_bad_shapes_and_layouts():
    with pytest.raises(WorkerError, match=r"\(4,\).*\(5,\)"):
        moq_rewrite_(torch.zeros(4), torch.zeros(5), 8, 0.0)
    with pytest.raises(WorkerError, match=r"groups = 3.*\(4, 4\)"):
        moq_rewrite_(torch.zeros(4, 4), torch.ones(4, 4), 8, 0.0, QuantScheme(groups=3))
    with pytest.raises(WorkerError, match="floating-point"):
        moq_rewrite_(torch.zeros(4, dtype=torch.int32), torch.ones(4), 8, 0.0)


# --------------------------------------------------------------------------------- replayable RNG
def test_stochastic_seed_is_pinned_and_keeps_orders_apart():
    # golden values: changing the mixing function would change every stochastic run; it must not change silently
    assert stochastic_seed(0, 0, 0) == 2558736989570252433
    assert stochastic_seed(1, 2, 3) == 5797055558538453683
    assert stochastic_seed(1, 2, 3) != stochastic_seed(1, 3, 2) != stochastic_seed(2, 1, 3)
    assert all(0 <= stochastic_seed(s, n, i) < 2**63 for s in (0, 2**64 + 5) for n in (0, 10**12) for i in (0, 7))
    with pytest.raises(WorkerError, match="counter"):
        stochastic_seed(0, -1, 0)


def test_stochastic_generator_replays():
    draw = lambda *k: torch.rand(64, generator=stochastic_generator(*k))  # noqa: E731
    assert torch.equal(draw(3, 100, 4), draw(3, 100, 4))
    assert not torch.equal(draw(3, 100, 4), draw(3, 101, 4))
    assert not torch.equal(draw(3, 100, 4), draw(3, 100, 5))
    assert stochastic_generator(0, 1, 2, torch.device("cpu")).device.type == "cpu"


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs CUDA")
def test_cuda_generator_and_device_mismatch():
    g = stochastic_generator(1, 2, 3, "cuda")
    assert g.device.type == "cuda"
    with pytest.raises(WorkerError, match="generator"):
        fake_quantize(torch.randn(8), 4, QuantScheme(rounding="stochastic"), generator=g)
    x = torch.randn(64, 32, device="cuda")
    assert torch.equal(
        fake_quantize(x, 4, QuantScheme(rounding="stochastic"), generator=stochastic_generator(1, 2, 3, "cuda")),
        fake_quantize(x, 4, QuantScheme(rounding="stochastic"), generator=stochastic_generator(1, 2, 3, "cuda")),
    )
    # nearest rounding: the CUDA result is the CPU result bit for bit (true division, exact reductions)
    for kw in ({}, {"symmetric": False}, {"grid": "deepspeed"}, {"symmetric": False, "grid": "deepspeed"}):
        assert torch.equal(fake_quantize(x, 4, QuantScheme(groups=64, **kw)).cpu(), fake_quantize(x.cpu(), 4, QuantScheme(groups=64, **kw)))


# --------------------------------------------------------------------------------- quantization error
def test_quantization_error_values():
    e = quantization_error(t([3.0, 4.0]), t([3.0, 5.0]))  # ‖w‖² = 25, ‖q − w‖² = 1
    assert e["rel_mse"] == pytest.approx(0.04)
    assert e["sqnr_db"] == pytest.approx(10 * math.log10(25))
    assert e["max_abs"] == 1.0
    e = quantization_error(t([1.0, -2.0, 2.0]), t([1.5, -2.0, 1.0]))  # ‖w‖² = 9, noise 0.25 + 1 = 1.25
    assert e == {"rel_mse": pytest.approx(1.25 / 9), "sqnr_db": pytest.approx(10 * math.log10(9 / 1.25)),
                 "max_abs": 1.0}
    assert set(e) == {"rel_mse", "sqnr_db", "max_abs"}


def test_quantization_error_edge_cases():
    assert quantization_error(t([1.0, 2.0]), t([1.0, 2.0])) == {"rel_mse": 0.0, "sqnr_db": math.inf, "max_abs": 0.0}
    assert quantization_error(torch.zeros(3), torch.zeros(3)) == {"rel_mse": 0.0, "sqnr_db": math.inf, "max_abs": 0.0}
    e = quantization_error(torch.zeros(2), t([0.0, 0.5]))
    assert e == {"rel_mse": math.inf, "sqnr_db": -math.inf, "max_abs": 0.5}
    with pytest.raises(WorkerError, match="shapes differ"):
        quantization_error(torch.zeros(2), torch.zeros(3))


def test_quantization_error_of_8_bit_uniform_weights():
    torch.manual_seed(6)
    # w ~ U[−1, 1]: signal power 1/3; Δ = 1/127, noise Δ²/12: SQNR = 10·log10(4·127²) ≈ 48.1 dB
    w = torch.rand(256, 256) * 2 - 1
    e = quantization_error(w, fake_quantize(w, 8))
    assert e["sqnr_db"] == pytest.approx(10 * math.log10(4 * 127**2), abs=0.15)
    assert e["rel_mse"] == pytest.approx(10 ** (-e["sqnr_db"] / 10))
    assert e["max_abs"] <= 0.5 / 127 * 1.0001
    h = quantization_error(w.half(), fake_quantize(w.half(), 8))  # half inputs accumulate in fp64
    assert h["sqnr_db"] == pytest.approx(e["sqnr_db"], abs=0.1)
