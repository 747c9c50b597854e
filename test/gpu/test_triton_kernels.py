"""The Triton kernels against the PyTorch oracle (kernels/reference.py, quant/primitives.py).

On a CUDA device the compiled kernels run. Without one, where triton is importable, the same tests run
the kernels in Triton's CPU interpreter (``TRITON_INTERPRET=1``) on smaller shapes; bf16 cases skip
there because the interpreter does bf16 arithmetic on the raw bit patterns and rounds fp32 → bf16 by
truncation. Without triton (CI
installs no PyPI packages) the module skips.
"""

from __future__ import annotations

import dataclasses
import importlib
import importlib.util
import os
import sys

import pytest
import torch
import torch.nn.functional as F

from moqlab.kernels import DenseWeight, QuantLinear, dequantize_packed, linear_reference, pack_quantized, reset_availability
from moqlab.kernels.triton_backend import DENSE, FUSED
from moqlab.quant import QuantScheme, fake_quantize, moq_rewrite_, quantize, stochastic_generator

HAVE_TRITON = importlib.util.find_spec("triton") is not None
ON_CUDA = HAVE_TRITON and torch.cuda.is_available()

pytestmark = pytest.mark.skipif(
    not HAVE_TRITON,
    reason="needs triton (the GPU image has it; CI installs no PyPI packages): compiled on CUDA, else Triton's CPU interpreter",
)

if HAVE_TRITON and not ON_CUDA and "triton" not in sys.modules:
    # triton's own jit helpers (tl.zeros ...) take interpreter form only if it is imported in that mode;
    # the variable is set again, for this module's tests only, by the kernels_mode fixture.
    os.environ["TRITON_INTERPRET"] = "1"
    import triton  # noqa: F401

    del os.environ["TRITON_INTERPRET"]

DEVICE = torch.device("cuda" if ON_CUDA else "cpu")
BF16_REASON = "Triton's CPU interpreter adds bf16 bit patterns as integers; bf16 is checked on CUDA"
# (out, in): small in the interpreter (it runs every program in Python), spec shapes on a GPU.
SHAPES = [(96, 256)] + ([(2304, 768), (4096, 4096), (1024, 14336)] if ON_CUDA else [])
M_VALUES = [1, 3, 16, 17, 70] + ([256, 1000] if ON_CUDA else [])


@pytest.fixture(scope="module", autouse=True)
def kernels_mode():
    """The interpreter where there is no GPU: set before the kernels module is (re)loaded, undone after. These
    tests are what verifies the Triton backends, so ``auto`` may pick them here (quant_linear.UNVERIFIED_ENV)."""
    from moqlab.kernels import triton_kernels
    from moqlab.kernels.quant_linear import UNVERIFIED_ENV

    with pytest.MonkeyPatch.context() as env:
        env.setenv(UNVERIFIED_ENV, "1")
        yield from _kernels_mode(triton_kernels)


def _kernels_mode(triton_kernels):
    if ON_CUDA:
        yield triton_kernels
        return
    import triton.language as tl

    if type(tl.zeros).__name__ != "InterpretedFunction":
        pytest.skip("triton was imported in compiled mode before this module; run this file on its own")
    previous = os.environ.get("TRITON_INTERPRET")
    os.environ["TRITON_INTERPRET"] = "1"
    reset_availability()
    yield importlib.reload(triton_kernels)
    if previous is None:
        del os.environ["TRITON_INTERPRET"]
    else:
        os.environ["TRITON_INTERPRET"] = previous
    importlib.reload(triton_kernels)
    reset_availability()


def _dtype(name: str) -> torch.dtype:
    if name == "bf16" and not ON_CUDA:
        pytest.skip(BF16_REASON)
    return {"fp16": torch.float16, "bf16": torch.bfloat16, "fp32": torch.float32}[name]


def _packed(out: int, inp: int, bits: int, symmetric: bool, layout: str, seed: int = 0):
    g = torch.Generator().manual_seed(seed)
    w = torch.randn(out, inp, generator=g) * 0.05
    kw = {"channel": {"groups": out}, "tensor": {}}.get(layout, {"group_size": int(layout) if layout.isdigit() else 0})
    qt = quantize(w, bits, QuantScheme(symmetric=symmetric, **kw))
    return pack_quantized(qt, torch.float16).to(DEVICE)


def _relative(y: torch.Tensor, ref: torch.Tensor) -> float:
    return float((y.float() - ref.float()).norm() / ref.float().norm())


LAYOUTS = ["32", "64", "128", "channel", "tensor"]


@pytest.mark.parametrize("dtype_name", ["fp16", "bf16"])
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("symmetric", [True, False], ids=["sym", "asym"])
@pytest.mark.parametrize("bits", [8, 4])
def test_fused_linear_matches_the_reference(kernels_mode, bits, symmetric, layout, dtype_name):
    dtype = _dtype(dtype_name)
    tolerance = 2e-3 if dtype is torch.float16 else 1e-2
    for out, inp in SHAPES:
        pw = _packed(out, inp, bits, symmetric, layout)
        bias = torch.randn(out, device=DEVICE)
        layer = QuantLinear.from_packed(pw, bias, backend=FUSED)
        for m in M_VALUES:
            x = torch.randn(m, inp, device=DEVICE).to(dtype)
            assert layer.selected_backend(x) == FUSED
            y = layer(x)
            assert y.dtype == dtype and y.shape == (m, out)
            error = _relative(y, linear_reference(x, pw, bias))
            assert error <= tolerance, (out, inp, m, error)


def test_split_k_and_batched_inputs(kernels_mode):
    out, inp = SHAPES[0]
    pw = _packed(out, inp, 4, True, "32")
    config = kernels_mode.linear_config(1, out, inp, 32, 8)
    assert config.split_k > 1  # few output tiles: the K loop is split
    x = torch.randn(2, 3, inp, device=DEVICE).half()
    layer = QuantLinear.from_packed(pw, backend=FUSED)
    y = layer(x)
    assert y.shape == (2, 3, out)
    assert _relative(y, linear_reference(x, pw)) <= 2e-3


@pytest.mark.parametrize("dtype_name", ["fp32", "fp16", "bf16"])
@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("symmetric", [True, False], ids=["sym", "asym"])
@pytest.mark.parametrize("bits", [8, 4])
def test_dequantization_is_bitwise_the_reference(kernels_mode, bits, symmetric, layout, dtype_name):
    dtype = _dtype(dtype_name)
    out, inp = SHAPES[-1]
    pw = _packed(out, inp, bits, symmetric, layout)
    layer = QuantLinear.from_packed(pw, backend=DENSE)
    from moqlab.kernels.triton_backend import prepare

    prep = prepare(layer)
    w = kernels_mode.dequantize(pw.qweight, prep.scales, prep.zeros, in_features=inp, width=pw.width,
                                group=prep.group, zero_point=prep.zero_point, dtype=dtype)
    assert torch.equal(w, dequantize_packed(pw, dtype))


def test_auto_dispatch_falls_back_to_the_dense_path_for_large_batches(kernels_mode):
    out, inp = SHAPES[0]
    pw = _packed(out, inp, 4, False, "64")
    layer = QuantLinear.from_packed(pw)
    small, large = torch.randn(1, inp, device=DEVICE).half(), torch.randn(1024, inp, device=DEVICE).half()
    if ON_CUDA:  # measured: either path may win, both must agree with the oracle
        assert layer.selected_backend(small) in (FUSED, DENSE)
    else:  # nothing timed in the interpreter: the static rule (fused up to 64 rows for int4)
        assert layer.selected_backend(small) == FUSED and layer.selected_backend(large) == DENSE
    for x in (small, large):
        assert _relative(layer(x), linear_reference(x, pw)) <= 2e-3
    layer.backend = "reference"
    assert layer.selected_backend(small) == "reference"


def test_a_kept_dense_weight_is_dequantized_once_and_redone_when_the_buffers_change(kernels_mode, monkeypatch):
    out, inp = SHAPES[0]
    pw = _packed(out, inp, 4, True, "32")
    layer = QuantLinear.from_packed(pw, backend=DENSE, dense="cached")
    calls = []
    dequantize = kernels_mode.dequantize
    monkeypatch.setattr(kernels_mode, "dequantize", lambda *a, **k: calls.append(1) or dequantize(*a, **k))
    x = torch.randn(5, inp, device=DEVICE).half()
    first = layer(x)
    assert torch.equal(layer(x), first) and len(calls) == 1
    assert _relative(first, linear_reference(x, pw)) <= 2e-3
    with torch.no_grad():
        layer.scales.mul_(2)  # in place: the kept weight is stale and made again
    assert _relative(layer(x), 2 * first) <= 2e-3 and len(calls) == 2
    layer.dense = "per-call"
    layer(x)
    layer(x)
    assert len(calls) == 4


@pytest.mark.skipif(not ON_CUDA, reason="CUDA graphs need a CUDA device")
def test_a_dense_weight_made_during_graph_capture_is_not_kept(kernels_mode):
    out, inp = SHAPES[0]
    pw = _packed(out, inp, 8, True, "channel")
    layer = QuantLinear.from_packed(pw, backend=DENSE, dense="cached")
    x = torch.randn(4, inp, device=DEVICE).half()
    expected = linear_reference(x, pw)
    QuantLinear.from_packed(pw, backend=DENSE)(x)  # compile and warm up outside the capture
    graph, stream = torch.cuda.CUDAGraph(), torch.cuda.Stream()
    stream.wait_stream(torch.cuda.current_stream())
    with torch.cuda.stream(stream), torch.cuda.graph(graph):
        layer(x)  # its weight exists only when the graph replays: an eager call must not read it
    torch.cuda.current_stream().wait_stream(stream)
    assert _relative(layer(x), expected) <= 2e-3
    graph.replay()
    assert _relative(layer(x), expected) <= 2e-3


def test_the_dispatch_decides_apart_for_kept_and_per_call_dense_weights(kernels_mode):
    from moqlab.kernels.dispatch import CrossoverPolicy
    from moqlab.kernels.triton_backend import TritonFusedBackend

    class Recording(CrossoverPolicy):
        def __init__(self):
            super().__init__()
            self.keys = []

        def choose(self, key, *args, **kwargs):
            self.keys.append(key)
            return super().choose(key, *args, **kwargs)

    out, inp = SHAPES[0]
    pw = _packed(out, inp, 8, True, "channel")
    backend, policy = TritonFusedBackend(), Recording()
    backend._policy = policy
    x = torch.randn(2, inp, device=DEVICE).half()
    for dense in DenseWeight:  # the dense path costs differently with a kept weight: separate decisions
        backend.supports(QuantLinear.from_packed(pw, dense=dense), x)
    per_call, cached = policy.keys
    assert per_call != cached and per_call[:-1] == cached[:-1]


# ------------------------------------------------------------------------------ fused fake quantization
def _rewrite(kind: str):
    from moqlab.kernels.fake_quant import fused_applies, moq_rewrite

    def run(working, master, bits, r, scheme=QuantScheme(), *, generator=None):
        assert fused_applies(working, master, scheme.params(bits))
        moq_rewrite(working, master, bits, r, scheme, fused=True, generator=generator)

    return run if kind == "fused" else moq_rewrite_


# (groups, group length): short groups in one pass; one long group (two passes) in each mode.
GROUPINGS = [(32, 96), (3, 5000), (1, 20000 if not ON_CUDA else 1 << 22)]


@pytest.mark.parametrize("dtype_name", ["fp32", "fp16", "bf16"])
@pytest.mark.parametrize("grid", ["standard", "deepspeed"])
@pytest.mark.parametrize("symmetric", [True, False], ids=["sym", "asym"])
@pytest.mark.parametrize("bits", [3, 4, 8])
def test_fake_quantization_is_bitwise_the_reference(kernels_mode, bits, symmetric, grid, dtype_name):
    dtype = _dtype(dtype_name)
    for groups, length in GROUPINGS:
        master = torch.randn(groups, length, device=DEVICE) * 0.02
        working = torch.empty(groups, length, device=DEVICE, dtype=dtype)
        _rewrite("fused")(working, master, bits, 0.0, QuantScheme(symmetric=symmetric, grid=grid, groups=groups))
        expected = fake_quantize(master.to(dtype).float(), bits, QuantScheme(symmetric=symmetric, grid=grid, groups=groups)).to(dtype)
        assert torch.equal(working, expected), (groups, length)


def test_fake_quantization_rounds_ties_to_even(kernels_mode):
    # 4-bit standard symmetric with max|x| = 7: Δ = 1, so x/Δ = x and the halves are exact ties.
    row = torch.tensor([7.0, 0.5, 1.5, 2.5, -2.5, 3.5, -0.5, 0.49999997, -6.5, 5.5], device=DEVICE)
    master = row.repeat(4, 1)
    working = torch.empty_like(master)
    _rewrite("fused")(working, master, 4, 0.0, QuantScheme(groups=4))
    assert working[0].tolist() == [7.0, 0.0, 2.0, 2.0, -2.0, 4.0, -0.0, 0.0, -6.0, 6.0]


@pytest.mark.parametrize("dtype_name", ["fp32", "fp16", "bf16"])
def test_mixing_matches_the_pytorch_rewrite(kernels_mode, dtype_name):
    dtype = _dtype(dtype_name)
    master = torch.randn(16, 128, device=DEVICE) * 0.02
    for r in (0.25, 0.75):
        fused, plain = (torch.empty(16, 128, device=DEVICE, dtype=dtype) for _ in range(2))
        _rewrite("fused")(fused, master, 4, r, QuantScheme(symmetric=False, group_size=64))
        moq_rewrite_(plain, master, 4, r, QuantScheme(symmetric=False, group_size=64))
        # torch.lerp may contract to a fused multiply-add where the kernel does not: one rounding apart at most
        torch.testing.assert_close(fused, plain, rtol=torch.finfo(dtype).eps, atol=torch.finfo(dtype).tiny)
    one = torch.empty(16, 128, device=DEVICE, dtype=dtype)
    _rewrite("plain")(one, master, 4, 1.0)
    assert torch.equal(one, master.to(dtype))


@pytest.mark.parametrize("dtype_name", ["fp32", "fp16", "bf16"])
@pytest.mark.parametrize("symmetric", [True, False], ids=["sym", "asym"])
def test_stochastic_rounding_draws_what_the_pytorch_path_draws(kernels_mode, symmetric, dtype_name):
    dtype = _dtype(dtype_name)
    for groups, length in GROUPINGS:
        master = torch.randn(groups, length, device=DEVICE) * 0.02
        fused, plain = (torch.empty(groups, length, device=DEVICE, dtype=dtype) for _ in range(2))
        for out, rewrite in ((fused, _rewrite("fused")), (plain, moq_rewrite_)):
            rewrite(out, master, 4, 0.0, QuantScheme(symmetric=symmetric, rounding="stochastic", groups=groups),
                    generator=stochastic_generator(5, 3, 1, DEVICE))
        assert torch.equal(fused, plain), (groups, length)


def test_stochastic_rounding_is_unbiased(kernels_mode):
    length = 256
    master = torch.linspace(-1.0, 1.0, length, device=DEVICE).reshape(1, length)
    delta = 1.0 / 7  # 4-bit standard symmetric, max|x| = 1

    def draw(counter: int) -> torch.Tensor:
        working = torch.empty_like(master)
        _rewrite("fused")(working, master, 4, 0.0, QuantScheme(rounding="stochastic"), generator=stochastic_generator(5, counter, 0, DEVICE))
        return working

    low = torch.floor(master / delta) * delta
    first = draw(0)
    assert bool(((first - low).abs() < 1e-5).logical_or((first - low - delta).abs() < 1e-5).all())  # a neighbour
    mean = torch.stack([draw(c) for c in range(200)]).mean(0)
    assert float((mean - master).abs().mean()) < 0.2 * delta  # E[x̂] = x: 200 draws, σ ≤ Δ/(2·√200) ≈ 0.035·Δ


def test_a_failing_kernel_falls_back_to_pytorch(kernels_mode, monkeypatch):
    from moqlab.kernels import fake_quant, triton_backend

    monkeypatch.setattr(triton_backend, "_DISABLED", {})

    def fail(*args, **kwargs):
        raise RuntimeError("no such instruction")

    out, inp = SHAPES[0]
    pw = _packed(out, inp, 4, True, "32")
    layer = QuantLinear.from_packed(pw, backend=FUSED)
    x = torch.randn(2, inp, device=DEVICE).half()
    monkeypatch.setattr(triton_backend, "fused_linear", fail)
    with pytest.warns(RuntimeWarning, match="'triton' failed"):
        assert torch.equal(layer(x), linear_reference(x, pw))
    layer.backend = "auto"
    assert layer.selected_backend(x) == DENSE  # switched off for the process: the next backend takes the call

    master = torch.randn(8, 64, device=DEVICE)
    fused, plain = torch.empty_like(master), torch.empty_like(master)
    monkeypatch.setattr(kernels_mode, "fake_quant_rows", fail)
    with pytest.warns(RuntimeWarning, match="'fake-quant' failed"):
        fake_quant.moq_rewrite(fused, master, 4, 0.0, QuantScheme(rounding="stochastic", groups=8), fused=True, generator=stochastic_generator(1, 2, 3, DEVICE))
    moq_rewrite_(plain, master, 4, 0.0, QuantScheme(rounding="stochastic", groups=8), generator=stochastic_generator(1, 2, 3, DEVICE))
    assert torch.equal(fused, plain)  # the fallback drew from the generator's untouched state
    assert not fake_quant.fused_applies(fused, master, QuantScheme().params(4))


def test_the_launcher_takes_the_tuned_tiles_for_this_gpu(kernels_mode, monkeypatch, tmp_path):
    import json

    from moqlab.kernels import tiles
    from moqlab_tools import sass

    out, inp = SHAPES[0]
    pw = _packed(out, inp, 4, True, "128")
    tuned = tiles.LinearConfig(32, 16, 64, 2, 4, 3)
    entry = {"n": out, "k": inp, "width": 4, "group": 128, "m_bucket": 1, "config": dataclasses.asdict(tuned)}
    path = tmp_path / "t.json"
    path.write_text(json.dumps(tiles.table_document("Test GPU", [entry], {})))
    monkeypatch.setattr(kernels_mode, "TUNED", tiles.TunedConfigs([str(path)]))
    layer = QuantLinear.from_packed(pw, backend=FUSED)
    x = torch.randn(3, inp, device=DEVICE).half()
    for name, block_n in (("Test GPU", 32), ("Other GPU", kernels_mode.linear_config(3, out, inp, 128, 8).block_n)):
        monkeypatch.setattr(kernels_mode, "_device_facts", lambda device, name=name: (name, 8))
        with sass.recording() as launches:
            layer(x)
        assert [launch.kwargs["BLOCK_N"] for launch in launches] == [block_n], name
    monkeypatch.setattr(kernels_mode, "_device_facts", lambda device: ("Test GPU", 8))
    assert _relative(layer(x), linear_reference(x, pw)) <= 2e-3  # the tuned tiles compute the same product


def test_tuning_keeps_the_fastest_correct_candidate(kernels_mode):
    from moqlab.kernels import tiles
    from moqlab_tools import bench, sass, tune

    out, inp = SHAPES[0]
    cell = tune.Cell(bench.Shape("custom", inp, out), bench.VARIANTS["w4a16-g128"], 1)
    weights = bench.build_weights(cell.shape, [cell.variant], torch.float16, DEVICE, 1, 0, backend=FUSED)
    layer, pw = weights.layers[cell.variant.name][0], weights.packed[cell.variant.name][0]
    x = torch.randn(1, inp, device=DEVICE).half()
    configs = cell.candidates(8)[:6]
    times = {c: 1.0 + i for i, c in enumerate(configs)}
    fastest = configs[3]
    times[fastest] = 0.5

    class ByTiles:  # a timer that reads which tiles the timed call launched
        device = DEVICE

        def median_ms(self, fn):
            with sass.recording() as launches:
                fn()
            kw = launches[0].kwargs
            return times[tiles.LinearConfig(kw["BLOCK_N"], kw["BLOCK_M"], kw["BLOCK_K"], launches[0].grid[1],
                                            kw["num_warps"], kw["num_stages"])]

    failed = {configs[1]: "compile error: out of resource"}
    ref = F.linear(x, dequantize_packed(pw, torch.float16))
    row = tune.tune_cell(cell, configs, layer, x, ref, ByTiles(), failed)
    assert row["config"] == dataclasses.asdict(fastest) and row["ms"] == 0.5
    assert row["rule_ms"] == times[configs[0]] and row["timed"] == len(configs) - 1
    assert list(row["rejected"].values()) == ["compile error: out of resource"]
    assert (row["n"], row["k"], row["width"], row["group"], row["m_bucket"]) == (out, inp, 4, 128, 1)
    wrong = F.linear(x, dequantize_packed(pw, torch.float16) * 1.5)  # every candidate disagrees with this
    assert tune.tune_cell(cell, configs, layer, x, wrong, ByTiles(), {}) is None
