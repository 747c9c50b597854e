"""Fake quantization, codes/scales/zero points and group layouts (SEMANTICS.md §6), with hand-computed values."""

from __future__ import annotations

import dataclasses
import itertools
import math

import pytest
import torch

from moqlab.errors import Code, WorkerError
from moqlab.quant import (
    EPS,
    Grid,
    GroupLayout,
    LayoutKind,
    Levels,
    QuantScheme,
    Rounding,
    dequantize,
    fake_quantize,
    quantize,
    stochastic_generator,
)

F32 = torch.float32
X5 = [-1.0, -0.5, 0.0, 0.26, 1.0]
GRIDS = ("standard", "deepspeed")
LAYOUTS = ({}, {"groups": 6}, {"groups": 12}, {"group_size": 4}, {"group_size": 8})


def t(values, dtype=F32):
    return torch.tensor(values, dtype=dtype)


def assert_same(actual: torch.Tensor, expected: torch.Tensor) -> None:
    assert actual.dtype == expected.dtype, (actual.dtype, expected.dtype)
    assert torch.equal(actual, expected), f"\nactual   {actual.tolist()}\nexpected {expected.tolist()}"


def f32(value: float) -> float:
    """The fp32 number nearest ``value``."""
    return torch.tensor(value, dtype=F32).item()


def reference(x: torch.Tensor, bits: int, symmetric: bool, grid: str, groups: int, u: torch.Tensor | None = None):
    """A literal per-group loop over the spec's formulas (fp32 scalar tensors, explicit clamp)."""
    out = []
    rows = x.reshape(groups, -1).to(F32)
    noise = u.reshape(groups, -1) if u is not None else None
    for i, row in enumerate(rows):
        lo, hi = row.min(), row.max()
        if symmetric:
            m = torch.maximum(lo.abs(), hi.abs())
            if grid == "standard":
                k = 2 ** (bits - 1) - 1
                delta = torch.clamp(m, min=EPS) / t(float(k))
                qmin, qmax = -k, k
            else:
                delta = 2 * torch.clamp(m, min=EPS) / t(float(2**bits))
                qmin, qmax = -(2 ** (bits - 1)), 2 ** (bits - 1) - 1
            z = t(0.0)
        else:
            div = 2**bits - 1 if grid == "standard" else 2**bits
            delta = torch.clamp(hi - lo, min=EPS) / t(float(div))
            z = torch.round(-lo / delta)
            qmin, qmax = 0, 2**bits - 1
        y = row / delta
        r = torch.floor(y + noise[i]) if noise is not None else torch.round(y)
        q = torch.clamp(r + z if not symmetric else r, qmin, qmax)
        out.append((q - z) * delta if not symmetric else q * delta)
    return torch.stack(out).reshape(x.shape)


# --------------------------------------------------------------------------------- hand-computed cases
def test_standard_symmetric_3_bits_by_hand():
    # m = 1, k = 2^2 − 1 = 3, Δ = fl32(1/3) = 0.333333343 (a little above 1/3).
    # x/Δ: −1/Δ → −2.9999999 → −3; −0.5/Δ = 1.49999996 rounds in fp32 to exactly −1.5, a tie → −2 (even);
    # 0.26/Δ = 0.78 → 1; 1/Δ → 3. x̂ = q·Δ, and 3·Δ rounds to exactly 1.0 in fp32.
    delta = t(1.0) / t(3.0)
    assert (t(-0.5) / delta).item() == -1.5
    expected = torch.stack([-3 * delta, -2 * delta, 0 * delta, delta, 3 * delta])
    assert expected[0].item() == -1.0 and expected[4].item() == 1.0
    assert_same(fake_quantize(t(X5), 3), expected)


def test_standard_symmetric_exact_grids_round_half_to_even():
    # 3 bits, m = 3: Δ = 3/3 = 1 exactly, codes in [−3, 3].
    x = t([0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.0, -0.49, 1.51])
    assert_same(fake_quantize(x, 3), t([0.0, 2.0, 2.0, -0.0, -2.0, -2.0, 3.0, -0.0, 2.0]))
    # 4 bits, m = 7: Δ = 1, codes in [−7, 7].
    x = t([-7.0, -2.5, -0.5, 0.5, 1.5, 3.49, 7.0])
    assert_same(fake_quantize(x, 4), t([-7.0, -2.0, -0.0, 0.0, 2.0, 3.0, 7.0]))
    # 8 bits, m = 127 · 0.5: Δ = 0.5.
    x = t([63.5, -63.5, 0.25, 0.75, 1.25, -1.25, 50.26])
    assert_same(fake_quantize(x, 8), t([63.5, -63.5, 0.0, 1.0, 1.0, -1.0, 50.5]))


def test_deepspeed_symmetric_by_hand():
    # 3 bits: Δ = 2·1/2^3 = 0.25; codes in [−4, 3]: the positive extreme 1.0 → 4 is clipped to 3 → 0.75.
    assert_same(fake_quantize(t(X5), 3, QuantScheme(grid="deepspeed")), t([-1.0, -0.5, 0.0, 0.25, 0.75]))
    # 4 bits, m = 2: Δ = 2·2/16 = 0.25, codes in [−8, 7]: 0.3/Δ = 1.2 → 1; −0.375/Δ = −1.5 → −2 (even);
    # 0.125/Δ = 0.5 → 0 (even); −2 → −8 (kept: the negative extreme is on the grid).
    x = t([-2.0, 2.0, 0.3, -0.375, 0.125])
    assert_same(fake_quantize(x, 4, QuantScheme(grid=Grid.DEEPSPEED)), t([-2.0, 1.75, 0.25, -0.5, 0.0]))


def test_standard_asymmetric_by_hand():
    # 3 bits, lo = −1, hi = 2.5: Δ = 3.5/7 = 0.5, z = round(1/0.5) = 2.
    # x/Δ = [−2, −0.5, 0, 1.5, 2.6, 5] → round-half-even [−2, −0, 0, 2, 3, 5] → +z → q = [0, 2, 2, 4, 5, 7].
    x = t([-1.0, -0.25, 0.0, 0.75, 1.3, 2.5])
    expected = t([-1.0, 0.0, 0.0, 1.0, 1.5, 2.5])
    assert_same(fake_quantize(x, 3, QuantScheme(symmetric=False)), expected)
    qt = quantize(x, 3, QuantScheme(symmetric=False))
    assert qt.grid_codes().tolist() == [0, 2, 2, 4, 5, 7]
    assert qt.codes.dtype == torch.int8 and qt.codes.tolist() == [-4, -2, -2, 0, 1, 3]  # stored q − 2^(b−1)
    assert qt.scales.tolist() == [0.5] and qt.zero_points.tolist() == [2.0]
    # 4 bits, x = [0, 1.5, 7.5]: Δ = 7.5/15 = 0.5, z = 0: every value is on the grid.
    assert_same(fake_quantize(t([0.0, 1.5, 7.5]), 4, QuantScheme(symmetric=False)), t([0.0, 1.5, 7.5]))


def test_standard_asymmetric_rounds_before_adding_the_zero_point():
    # Δ = 3.5/7 = 0.5, z = round(0.5/0.5) = 1 (odd). 0.25/Δ = 0.5: round(0.5) + 1 = 1 → x̂ = 0; rounding after
    # adding z would give round(1.5) = 2 → 0.5. The spec's order is round(x/Δ) + z.
    x = t([-0.5, 0.25, 3.0])
    assert_same(fake_quantize(x, 3, QuantScheme(symmetric=False)), t([-0.5, 0.0, 3.0]))


def test_deepspeed_asymmetric_by_hand():
    # 3 bits: Δ = (1 − (−1))/2^3 = 0.25, z = round(1/0.25) = 4 (zero-point value round(lo/Δ)·Δ = −1);
    # x/Δ = [−4, −2, 0, 1.04, 4] → [−4, −2, 0, 1, 4] → +4 → [0, 2, 4, 5, 8] → clamp to 7 → (q − 4)·0.25.
    assert_same(fake_quantize(t(X5), 3, QuantScheme(symmetric=False, grid="deepspeed")), t([-1.0, -0.5, 0.0, 0.25, 0.75]))
    # 4 bits, all positive: Δ = (5 − 1)/16 = 0.25, z = round(−1/0.25) = −4 (outside the code range);
    # x/Δ + z = [0, 4, 8, 16] → clamp 15 → (q + 4)·0.25 = [1, 2, 3, 4.75].
    x = t([1.0, 2.0, 3.0, 5.0])
    assert_same(fake_quantize(x, 4, QuantScheme(symmetric=False, grid="deepspeed")), t([1.0, 2.0, 3.0, 4.75]))
    qt = quantize(x, 4, QuantScheme(symmetric=False, grid="deepspeed"))
    assert qt.zero_points.tolist() == [-4.0] and qt.grid_codes().tolist() == [0, 4, 8, 15]


# --------------------------------------------------------------------------------- zero and constant groups
@pytest.mark.parametrize("grid", GRIDS)
@pytest.mark.parametrize("symmetric", [True, False])
def test_zero_and_constant_groups(grid, symmetric):
    bit_range = range(1, 17) if symmetric else range(3, 17)
    for bits, c in itertools.product(bit_range, [0.3, -0.3, 1e6, 1e-12, -5.0]):
        x = torch.stack([torch.zeros(8), torch.full((8,), c), t([0.0, 1.0, -2.0, 0.0, 0.5, 0.0, 3.0, 0.0])])
        y = fake_quantize(x, bits, QuantScheme(symmetric=symmetric, grid=grid, groups=3))
        assert torch.isfinite(y).all(), (bits, c)
        assert_same(y[0], torch.zeros(8))  # an all-zero group stays exactly zero
        if bits >= 2:  # (binary has no zero level: sign(0) = +1)
            assert (y[2][x[2] == 0] == 0).all()  # zeros inside a group whose range contains 0 stay zero
        assert torch.unique(y[1]).numel() == 1  # a constant group stays constant
        if bits >= 3 and abs(c) > EPS:
            expected = c
            if grid == "deepspeed" and symmetric and c > 0:  # the positive extreme is clipped one step
                expected = c * (2 ** (bits - 1) - 1) / 2 ** (bits - 1)
            assert y[1][0].item() == pytest.approx(expected, rel=1e-6), (bits, c)


def test_zero_group_low_bits():
    for bits in (1, 2):
        assert_same(fake_quantize(torch.zeros(2, 4), bits, QuantScheme(groups=2)), torch.zeros(2, 4))
        qt = quantize(torch.zeros(6), bits)
        assert qt.scales.tolist() == [0.0]


# --------------------------------------------------------------------------------- group layouts
def test_groups_must_divide_numel():
    x = torch.randn(4, 5)
    with pytest.raises(WorkerError) as err:
        fake_quantize(x, 8, QuantScheme(groups=3))
    assert err.value.code is Code.INVALID_ARGUMENT
    assert "(4, 5)" in err.value.message and "groups = 3" in err.value.message and "20" in err.value.message


def test_group_size_must_divide_in_features():
    with pytest.raises(WorkerError) as err:
        fake_quantize(torch.randn(4, 8), 8, QuantScheme(group_size=3))
    assert err.value.code is Code.INVALID_ARGUMENT
    assert "(4, 8)" in err.value.message and "group_size = 3" in err.value.message
    # conv weight: in = 4·3·3 = 36; numel 288 is divisible by 8, in is not
    with pytest.raises(WorkerError, match=r"\(8, 4, 3, 3\).*in = prod\(shape\[1:\]\) = 36"):
        quantize(torch.randn(8, 4, 3, 3), 8, QuantScheme(group_size=8))
    assert quantize(torch.randn(8, 4, 3, 3), 8, QuantScheme(group_size=9)).scales.shape == (8, 4)


def test_layout_errors_name_the_tensor_when_given():
    with pytest.raises(WorkerError, match="'bert.pooler.dense.weight' of shape \\(6, 5\\)"):
        GroupLayout.resolve((6, 5), groups=4, name="bert.pooler.dense.weight")
    assert GroupLayout.resolve((6, 5), groups=6) == GroupLayout(LayoutKind.GROUPS, 6)
    assert GroupLayout.resolve([6, 5]).kind is LayoutKind.TENSOR


@pytest.mark.parametrize("kwargs", [{"groups": 2, "group_size": 4}, {"groups": 0}, {"group_size": -1},
                                    {"groups": 2.0}, {"groups": True}])
def test_bad_layout_arguments(kwargs):
    with pytest.raises(WorkerError) as err:
        fake_quantize(torch.randn(4, 8), 8, QuantScheme(**kwargs))
    assert err.value.code is Code.INVALID_ARGUMENT


def test_a_scheme_is_typed_and_validated_when_built():
    scheme = QuantScheme(symmetric=False, rounding="stochastic", grid="deepspeed", group_size=4)
    assert scheme.rounding is Rounding.STOCHASTIC and scheme.grid is Grid.DEEPSPEED and scheme.stochastic
    assert scheme.layout == GroupLayout(LayoutKind.GROUP_SIZE, 4)
    same = QuantScheme(symmetric=False, rounding=Rounding.STOCHASTIC, grid=Grid.DEEPSPEED, group_size=4)
    assert scheme == same and hash(scheme) == hash(same) and scheme != QuantScheme(symmetric=False, group_size=4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        scheme.symmetric = True
    for kwargs, match in (
        ({"rounding": "up"}, "rounding must be one of 'nearest', 'stochastic', got 'up'"),
        ({"grid": None}, "grid must be one of 'standard', 'deepspeed', got None"),
        ({"symmetric": 1}, "symmetric must be True or False, got 1"),
        ({"groups": 2, "group_size": 4}, "either groups"),
    ):
        with pytest.raises(WorkerError, match=match) as err:
            QuantScheme(**kwargs)
        assert err.value.code is Code.INVALID_ARGUMENT


def test_a_scheme_at_a_bit_width():
    p = QuantScheme().params(4)
    assert (p.bits, p.levels, p.qmin, p.qmax, p.code_offset) == (4, Levels.LINEAR, -7, 7, 0)
    assert QuantScheme().params(4) is p  # cached: the trainer asks on every step
    assert QuantScheme(symmetric=False).params(4).code_offset == 8
    assert QuantScheme(grid="deepspeed").params(4).qmin == -8
    assert (QuantScheme().params(2).levels, QuantScheme().params(1).levels) == (Levels.TERNARY, Levels.BINARY)
    with pytest.raises(WorkerError, match=r"2-bit \(ternary\) quantization requires symmetric quantization with nearest"):
        QuantScheme(symmetric=False).params(2)
    for bits in (True, 17, 4.0):
        with pytest.raises(WorkerError, match="bits must be an integer in 1..16"):
            QuantScheme().params(bits)
    with pytest.raises(WorkerError, match="scheme must be a moqlab.quant.QuantScheme, got dict"):
        fake_quantize(torch.randn(4, 8), 8, {"groups": 2})


def test_empty_tensor_is_an_error():
    with pytest.raises(WorkerError, match="empty"):
        fake_quantize(torch.empty(0, 4), 8)


@pytest.mark.parametrize("grid", GRIDS)
@pytest.mark.parametrize("symmetric", [True, False])
def test_groups_equal_rows_is_per_output_channel(grid, symmetric):
    torch.manual_seed(1)
    x = torch.randn(6, 10) * torch.arange(1, 7).view(6, 1)
    per_row = torch.stack([fake_quantize(row, 4, QuantScheme(symmetric=symmetric, grid=grid)) for row in x])
    assert_same(fake_quantize(x, 4, QuantScheme(symmetric=symmetric, grid=grid, groups=6)), per_row)
    assert_same(fake_quantize(x, 4, QuantScheme(symmetric=symmetric, grid=grid, group_size=10)), per_row)
    assert quantize(x, 4, QuantScheme(groups=6)).scales.shape == (6,)
    assert quantize(x, 4, QuantScheme(group_size=10)).scales.shape == (6, 1)


def test_group_size_layout_on_4x8():
    # Rows r, blocks of 4 input elements: block (r, j) holds values whose max |x| is 7·(2r + j + 1) / 7 ... chosen so
    # that each block's Δ (4 bits: k = 7) is exactly 2r + j + 1.
    x = torch.zeros(4, 8)
    for r in range(4):
        for j in range(2):
            s = float(2 * r + j + 1)
            x[r, 4 * j:4 * j + 4] = t([7.0, -3.4, 1.5, 0.2]) * s
    qt = quantize(x, 4, QuantScheme(group_size=4))
    assert qt.scales.shape == (4, 2)
    assert qt.scales.tolist() == [[1.0, 2.0], [3.0, 4.0], [5.0, 6.0], [7.0, 8.0]]
    assert qt.layout == GroupLayout(LayoutKind.GROUP_SIZE, 4)
    # codes: 7, −3.4 → −3, 1.5 → 2 (tie, even), 0.2 → 0, in every block
    assert qt.codes.tolist() == [[7, -3, 2, 0, 7, -3, 2, 0]] * 4
    expected = torch.tensor([7.0, -3.0, 2.0, 0.0]).repeat(4, 2) * qt.scales.repeat_interleave(4, dim=1)
    assert_same(fake_quantize(x, 4, QuantScheme(group_size=4)), expected)
    # the same numbers as 8 contiguous groups of the flattened tensor; a different scale shape
    assert_same(fake_quantize(x, 4, QuantScheme(groups=8)), expected)
    assert quantize(x, 4, QuantScheme(groups=8)).scales.shape == (8,)


# --------------------------------------------------------------------------------- against a literal reference
@pytest.mark.parametrize("grid", GRIDS)
@pytest.mark.parametrize("symmetric", [True, False])
def test_matches_a_literal_per_group_reference(grid, symmetric):
    torch.manual_seed(2)
    x = torch.randn(12, 8) * torch.logspace(-3, 2, 12).view(12, 1)
    for bits, groups in itertools.product(range(3, 17), (1, 3, 12, 24)):
        expected = reference(x, bits, symmetric, grid, groups)
        assert_same(fake_quantize(x, bits, QuantScheme(symmetric=symmetric, grid=grid, groups=groups)), expected)
    # stochastic: the same uniforms, drawn the way the implementation draws them (row-major, one uniform_ call)
    for bits in (3, 5, 8):
        u = torch.empty(x.numel()).uniform_(0.0, 1.0, generator=stochastic_generator(5, bits, 0))
        got = fake_quantize(x, bits, QuantScheme(symmetric=symmetric, grid=grid, groups=12, rounding="stochastic"), generator=stochastic_generator(5, bits, 0))
        assert_same(got, reference(x, bits, symmetric, grid, 12, u))


# --------------------------------------------------------------------------------- idempotence
def test_standard_symmetric_is_idempotent():
    torch.manual_seed(3)
    for bits in range(3, 17):
        for layout in LAYOUTS:
            x = torch.randn(12, 8) * 0.05
            q = fake_quantize(x, bits, QuantScheme(**layout))
            assert_same(fake_quantize(q, bits, QuantScheme(**layout)), q)


def test_standard_asymmetric_is_idempotent_up_to_fp32_rounding():
    # What holds: the codes and zero points of Q(Q(x)) are those of Q(x); Δ is recomputed from the rounded
    # values (q_max − z)·Δ and (0 − z)·Δ and may move by an ulp, so Q(Q(x)) = Q(x) only to fp32 rounding.
    torch.manual_seed(4)
    for bits in range(3, 13):
        x = torch.randn(64, 16)
        a = quantize(x, bits, QuantScheme(symmetric=False, groups=64))
        q = dequantize(a)
        b = quantize(q, bits, QuantScheme(symmetric=False, groups=64))
        assert torch.equal(a.codes, b.codes) and torch.equal(a.zero_points, b.zero_points)
        assert torch.allclose(a.scales, b.scales, rtol=2**-22, atol=0)
        torch.testing.assert_close(dequantize(b), q, rtol=0, atol=4 * q.abs().max().item() * 2**-23)


def test_deepspeed_grid_is_not_idempotent():
    # the clipped positive extreme shrinks the next Δ: [0, 1] → Δ = 0.25, 1 → 0.75; then Δ = 0.1875 and
    # 0.75/0.1875 = 4 is clipped again → 0.5625.
    once = fake_quantize(t([0.0, 1.0]), 3, QuantScheme(grid="deepspeed"))
    assert_same(once, t([0.0, 0.75]))
    assert_same(fake_quantize(once, 3, QuantScheme(grid="deepspeed")), t([0.0, 0.5625]))


# --------------------------------------------------------------------------------- stochastic rounding
@pytest.mark.parametrize("symmetric", [True, False])
def test_stochastic_rounding_is_unbiased(symmetric):
    draws = 4000
    # Every row has the same range, so Δ is fixed: symmetric Δ = 2.5/3; asymmetric Δ = 3.5/7 = 0.5 and z = 2, so
    # the extremes lie on the grid (an extreme off the grid is clamped, which biases it: spec's asymmetric grid).
    base = t([-1.0, 2.5, 0.1, -0.37, 0.55, 0.8, -0.05, 0.0, 1.3])
    x = base.repeat(draws, 1)
    y = fake_quantize(x, 3, QuantScheme(symmetric=symmetric, groups=draws, rounding="stochastic"), generator=stochastic_generator(123, 1, 0))
    delta = quantize(base, 3, QuantScheme(symmetric=symmetric)).scales.item()
    low = fake_quantize(base, 3, QuantScheme(symmetric=symmetric))  # the nearest grid point, to check the support
    assert ((y - base).abs() < delta * (1 + 1e-6)).all()  # only the two neighbouring grid points
    assert ((y - low).abs() <= delta * (1 + 1e-6)).all()
    frac = ((base / delta) - torch.floor(base / delta)).clamp(0, 1)
    stderr = delta * torch.sqrt(frac * (1 - frac)).clamp_min(1e-3) / math.sqrt(draws)
    mean = y.mean(dim=0)
    assert ((mean - base).abs() <= 4 * stderr + 1e-7).all(), ((mean - base) / stderr).tolist()


def test_stochastic_replays_from_the_triple():
    torch.manual_seed(5)
    x = torch.randn(16, 32)

    def run(seed, counter, index):
        return fake_quantize(x, 4, QuantScheme(groups=16, rounding="stochastic"), generator=stochastic_generator(seed, counter, index, "cpu"))

    assert_same(run(7, 3, 5), run(7, 3, 5))
    assert not torch.equal(run(7, 3, 5), run(7, 4, 5))
    assert not torch.equal(run(7, 3, 5), run(7, 3, 6))
    assert not torch.equal(run(7, 3, 5), run(8, 3, 5))


def test_stochastic_needs_a_generator():
    with pytest.raises(WorkerError, match="generator") as err:
        fake_quantize(torch.randn(8), 4, QuantScheme(rounding="stochastic"))
    assert err.value.code is Code.INVALID_ARGUMENT
    # a generator with nearest rounding is simply not used
    assert_same(fake_quantize(t(X5), 3, generator=torch.Generator()), fake_quantize(t(X5), 3))


# --------------------------------------------------------------------------------- ternary and binary
def test_ternary_by_hand():
    # mean|x| = 2.76/5 = 0.552, τ = 0.3864: |−1|, |−0.5|, |1| exceed it; α = (1 + 0.5 + 1)/3.
    alpha = f32(f32(2.5) / 3)
    y = fake_quantize(t(X5), 2)
    torch.testing.assert_close(y, t([-alpha, -alpha, 0.0, 0.0, alpha]), rtol=2**-22, atol=0)
    qt = quantize(t(X5), 2)
    assert qt.codes.tolist() == [-1, -1, 0, 0, 1] and qt.zero_points is None
    assert qt.scales.item() == pytest.approx(2.5 / 3, rel=1e-6)
    # per group: [4, −4, 0.1, 0] → mean 2.025, τ 1.4175, α = 4; [0, 0, 0, 0]: nothing exceeds τ = 0 → α = 0
    x = t([[4.0, -4.0, 0.1, 0.0], [0.0, 0.0, 0.0, 0.0]])
    assert_same(fake_quantize(x, 2, QuantScheme(groups=2)), t([[4.0, -4.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]))
    assert quantize(x, 2, QuantScheme(groups=2)).scales.tolist() == [4.0, 0.0]


def test_binary_by_hand():
    # mean|x| = 0.552; sign(0) = +1, so 0.0 → +0.552.
    m = f32(2.76) / 5
    y = fake_quantize(t(X5), 1)
    torch.testing.assert_close(y, t([-m, -m, m, m, m]), rtol=2**-22, atol=0)
    qt = quantize(t(X5), 1)
    assert qt.codes.tolist() == [-1, -1, 1, 1, 1]
    x = t([[2.0, -1.0, 0.0, -0.0], [0.0, 0.0, 0.0, 0.0]])
    assert_same(fake_quantize(x, 1, QuantScheme(groups=2)), t([[0.75, -0.75, 0.75, 0.75], [0.0, 0.0, 0.0, 0.0]]))


@pytest.mark.parametrize("bits", [1, 2])
def test_low_bits_require_symmetric_nearest(bits):
    with pytest.raises(WorkerError, match="symmetric quantization with nearest rounding"):
        fake_quantize(t(X5), bits, QuantScheme(symmetric=False))
    with pytest.raises(WorkerError, match="symmetric quantization with nearest rounding"):
        fake_quantize(t(X5), bits, QuantScheme(rounding="stochastic"), generator=torch.Generator())


# --------------------------------------------------------------------------------- arguments and dtypes
@pytest.mark.parametrize("bits", [0, 17, -3, 3.0, True, "8", None])
def test_bits_must_be_1_to_16(bits):
    with pytest.raises(WorkerError) as err:
        fake_quantize(t(X5), bits)
    assert err.value.code is Code.INVALID_ARGUMENT and "1..16" in err.value.message


def test_enum_arguments():
    x = t(X5)
    assert_same(fake_quantize(x, 3, QuantScheme(grid="deepspeed", rounding="nearest")),
                fake_quantize(x, 3, QuantScheme(grid=Grid.DEEPSPEED, rounding=Rounding.NEAREST)))
    with pytest.raises(WorkerError, match="'standard', 'deepspeed'"):
        fake_quantize(x, 3, QuantScheme(grid="exact"))
    with pytest.raises(WorkerError, match="'nearest', 'stochastic'"):
        fake_quantize(x, 3, QuantScheme(rounding="nearest_neighbor"))
    with pytest.raises(WorkerError, match="symmetric must be True or False"):
        fake_quantize(x, 3, QuantScheme(symmetric="asymmetric"))
    with pytest.raises(WorkerError, match="floating-point"):
        fake_quantize(torch.arange(5), 3)


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16, torch.float64])
@pytest.mark.parametrize("grid", GRIDS)
@pytest.mark.parametrize("symmetric", [True, False])
def test_other_dtypes_compute_in_fp32(dtype, grid, symmetric):
    torch.manual_seed(6)
    x = (torch.randn(8, 16) * 0.1).to(dtype)
    for bits in (1, 2, 3, 4, 8, 12, 16):
        if bits <= 2 and not symmetric:
            continue
        y = fake_quantize(x, bits, QuantScheme(symmetric=symmetric, grid=grid, groups=8))
        assert y.dtype == dtype and y.shape == x.shape
        assert_same(y, fake_quantize(x.float(), bits, QuantScheme(symmetric=symmetric, grid=grid, groups=8)).to(dtype))
    assert x.dtype == dtype  # input untouched


def test_input_is_not_modified_and_output_is_detached():
    x = torch.randn(4, 8, requires_grad=True)
    before = x.detach().clone()
    y = fake_quantize(x, 4, QuantScheme(groups=4))
    assert torch.equal(x.detach(), before) and not y.requires_grad


# --------------------------------------------------------------------------------- quantize / dequantize
@pytest.mark.parametrize("grid", GRIDS)
@pytest.mark.parametrize("symmetric", [True, False])
@pytest.mark.parametrize("rounding", ["nearest", "stochastic"])
def test_dequantize_of_quantize_is_fake_quantize_bit_exactly(grid, symmetric, rounding):
    torch.manual_seed(7)
    x = torch.randn(12, 8) * 0.3 + 0.1
    for bits, layout in itertools.product(range(3, 17), LAYOUTS):
        kw = dict(symmetric=symmetric, grid=grid, rounding=rounding, **layout)
        gen = (lambda: stochastic_generator(1, bits, 2)) if rounding == "stochastic" else (lambda: None)
        qt = quantize(x, bits, QuantScheme(**kw), generator=gen())
        assert qt.codes.dtype == (torch.int8 if bits <= 8 else torch.int16) and qt.codes.shape == x.shape
        assert qt.scales.dtype == F32 and qt.scales.shape == GroupLayout.of(**layout).scale_shape(x.shape)
        assert (qt.zero_points is None) == symmetric
        q = qt.grid_codes()
        assert q.min().item() >= qt.params.qmin and q.max().item() <= qt.params.qmax
        assert_same(dequantize(qt), fake_quantize(x, bits, QuantScheme(**kw), generator=gen()))
    # half-precision input: dequantize returns the input dtype
    xh = x.half()
    qt = quantize(xh, 4, QuantScheme(symmetric=symmetric, grid=grid, groups=12, rounding="nearest"))
    assert_same(dequantize(qt), fake_quantize(xh, 4, QuantScheme(symmetric=symmetric, grid=grid, groups=12)))


@pytest.mark.parametrize("bits", [1, 2])
def test_low_bit_round_trip(bits):
    torch.manual_seed(8)
    x = torch.randn(6, 8)
    qt = quantize(x, bits, QuantScheme(group_size=4))
    assert qt.codes.dtype == torch.int8 and qt.scales.shape == (6, 2)
    assert set(qt.codes.unique().tolist()) <= ({-1, 1} if bits == 1 else {-1, 0, 1})
    assert_same(dequantize(qt), fake_quantize(x, bits, QuantScheme(group_size=4)))


def test_code_ranges_at_the_extremes():
    x = torch.linspace(-1, 1, 101)
    assert quantize(x, 8).grid_codes().tolist()[::50] == [-127, 0, 127]
    assert quantize(x, 8, QuantScheme(grid="deepspeed")).grid_codes().tolist()[::50] == [-128, 0, 127]
    assert quantize(x, 16).codes.dtype == torch.int16
    assert quantize(x, 16).grid_codes().tolist()[::50] == [-32767, 0, 32767]
    # asymmetric, with lo = −1 and Δ = 2^-(b−1) so that z = 2^(b−1) exactly: [lo, 0, hi] → [0, 2^(b−1), 2^b − 1]
    for bits in (8, 16):
        x = t([-1.0, 0.0, (2**bits - 1) / 2 ** (bits - 1) - 1])
        qt = quantize(x, bits, QuantScheme(symmetric=False))
        assert qt.scales.item() == 2.0 ** -(bits - 1) and qt.zero_points.item() == 2 ** (bits - 1)
        assert qt.grid_codes().tolist() == [0, 2 ** (bits - 1), 2**bits - 1]
        assert qt.codes.tolist() == [-(2 ** (bits - 1)), 0, 2 ** (bits - 1) - 1]  # stored shifted, fits int8/int16
