"""The kernel benchmark harness (moqlab_tools.bench) on CPU: argument parsing, the measurement
schedule (interleaving, median of medians), the figures derived from timings, and the output."""

from __future__ import annotations

import json
import math
import statistics

import pytest
import torch

from moqlab.errors import WorkerError
from moqlab.kernels import DenseWeight
from moqlab_tools import bench
from moqlab_tools.bench import Config, CpuTimer, Shape
from moqlab.kernels.cpu_backend import NAME as CPU_BACKEND, TorchCpuBackend


def test_parse_shapes_families_pairs_and_errors():
    assert [s.label for s in bench.parse_shapes("bert-base")] == ["768→2304", "768→768", "768→3072", "3072→768"]
    assert len(bench.parse_shapes("all")) == 12
    assert bench.parse_shapes("64x32, 64x32") == [Shape("custom", 64, 32)]
    for bad in ("gpt-5", "64x", "0x8", ""):
        with pytest.raises(WorkerError, match="shape"):
            bench.parse_shapes(bad)


def test_parse_variants_and_m():
    assert [v.name for v in bench.parse_variants("w4a16-g128,w8a16")] == ["w4a16-g128", "w8a16"]
    assert bench.VARIANTS["w8a16"].group_size is None and bench.VARIANTS["w4a16-g32"].group_size == 32
    with pytest.raises(WorkerError, match="w4a16-g128"):  # the message lists the known ones
        bench.parse_variants("w3a16")
    assert bench.parse_m("16,1,4,4") == [1, 4, 16]
    for bad in ("0", "a", ""):
        with pytest.raises(WorkerError, match="M must be"):
            bench.parse_m(bad)


def test_rotated_copies_cover_twice_the_l2_with_at_least_four():
    l2 = 50 << 20
    assert bench.rotated_copies(1 << 30, l2) == 4
    assert bench.rotated_copies(1 << 20, l2) == 100
    assert bench.rotated_copies(1000, l2) == 512  # capped


class CountingTimer:
    """Each timing runs ``fn`` once and 'takes' 1, 2, 3, ... ms in call order: the medians a schedule
    yields can then be predicted exactly."""

    method = "counting"

    def __init__(self):
        self.device = torch.device("cpu")
        self.calls = 0

    def median_ms(self, fn):
        fn()
        self.calls += 1
        return float(self.calls)

    def graph_ms(self, calls):
        return None


def test_schedule_interleaves_rotates_and_takes_the_median_of_sweeps():
    config = Config(shapes=[Shape("custom", 32, 16)], variants=[bench.VARIANTS["w8a16"]], m_values=[1, 2], sweeps=3,
                    copy_bytes=1 << 10)
    result = bench.run(config, CountingTimer())
    # call 1 is the copy bandwidth; then per M, 3 sweeps of 3 functions in the order rotating by sweep
    names = ["dense", "dequant", "quant"]
    expected: dict[tuple[int, str], list[float]] = {}
    t = 1
    for m in (1, 2):
        for sweep in range(3):
            for name in names[sweep:] + names[:sweep]:
                t += 1
                expected.setdefault((m, name), []).append(float(t))
    assert result["copy_bandwidth_gbps"] == pytest.approx(2 * (1 << 10) / 1e-3 / 1e9)
    for row in result["rows"]:
        m = row["m"]
        assert row["dense_ms"] == statistics.median(expected[(m, "dense")])
        assert row["dequant_ms"] == statistics.median(expected[(m, "dequant")])
        assert row["quant_ms"] == statistics.median(expected[(m, "quant")])
        assert row["speedup"] == pytest.approx(row["dense_ms"] / row["quant_ms"])
        assert row["timing"] == "bench"


def test_cpu_run_measures_every_case_with_the_cpu_kernels_and_checks_correctness():
    shapes = [Shape("custom", 256, 64), Shape("custom", 128, 96)]
    variants = bench.parse_variants("w8a16,w4a16-g32,w4a16-g128-asym")
    config = Config(shapes=shapes, variants=variants, m_values=[1, 3], sweeps=2, warmup_ms=0.5, rep_ms=2.0,
                    copy_bytes=1 << 20)
    seen = []
    result = bench.run(config, CpuTimer(0.5, 2.0, flush_bytes=1 << 20), lambda d, t, w: seen.append((d, t)))
    assert seen[-1] == (8, 8) and len(seen) == 8  # shapes × M × sweeps
    rows = result["rows"]
    assert len(rows) == 2 * 2 * 3
    kernels = TorchCpuBackend().available()
    for r in rows:  # asymmetric 4-bit codes do not fit torch's int4 kernel: the reference runs them
        assert r["backend"] == (CPU_BACKEND if kernels and r["symmetric"] else "reference"), r
        assert r["dense_bf16_ms"] is None and r["speedup_vs_bf16"] is None  # bf16 activations: one baseline
        assert r["correct"] and 0 <= r["relative_error"] <= bench.MAX_RELATIVE_ERROR
        assert r["dense_ms"] > 0 and r["quant_ms"] > 0 and r["dequant_ms"] > 0
        element = 2  # bf16
        assert r["dense_weight_bytes"] == r["in_features"] * r["out_features"] * element
        io = (r["m"] * (r["in_features"] + r["out_features"])) * element
        bw = (r["quant_weight_bytes"] + io) / (r["quant_ms"] * 1e-3) / (result["copy_bandwidth_gbps"] * 1e9)
        assert r["quant_bandwidth_fraction"] == pytest.approx(bw)
    w4 = next(r for r in rows if r["variant"] == "w4a16-g32" and r["shape"] == "256→64")
    assert w4["quant_weight_bytes"] == 64 * 128 + 64 * (256 // 32) * 2  # two codes per byte + bf16 scales
    asym = next(r for r in rows if r["variant"] == "w4a16-g128-asym" and r["shape"] == "256→64")
    assert asym["quant_weight_bytes"] == 64 * 128 + 64 * 2 * 2 + 64 * 2  # + one uint8 zero point per group
    json.dumps(result)  # the result is plain JSON


def test_the_layers_keep_their_dense_weight_when_asked():
    variants = bench.parse_variants("w4a16-g128")
    for dense in DenseWeight:
        weights = bench.build_weights(Shape("custom", 256, 64), variants, torch.bfloat16, torch.device("cpu"), 2, 0,
                                      dense_weight=dense)
        assert [layer.dense for layer in weights.layers["w4a16-g128"]] == [dense, dense]


def test_summary_is_the_geomean_and_minimum_over_shapes_per_family_and_m():
    rows = [
        {"variant": "w8a16", "family": "a", "m": 1, "speedup": 2.0, "dequant_speedup": 0.5,
         "quant_bandwidth_fraction": 0.9, "dense_weight_bytes": 10**8, "backend": "reference"},
        {"variant": "w8a16", "family": "a", "m": 1, "speedup": 0.5, "dequant_speedup": 0.5,
         "quant_bandwidth_fraction": 0.2, "dense_weight_bytes": 10**3, "backend": "reference"},
        {"variant": "w8a16", "family": "b", "m": 1, "speedup": 8.0, "dequant_speedup": 2.0,
         "quant_bandwidth_fraction": 0.7, "dense_weight_bytes": 10**8, "backend": "triton"},
    ]
    summary = {(s["family"], s["m"]): s for s in bench.summarize(rows)}
    assert set(summary) == {("a", 1), ("b", 1), ("all", 1)}
    assert summary[("a", 1)]["geomean_speedup"] == pytest.approx(1.0)
    assert summary[("a", 1)]["min_speedup"] == 0.5
    assert summary[("a", 1)]["min_bandwidth_fraction_large"] == 0.9  # the small weight does not count
    assert summary[("all", 1)]["geomean_speedup"] == pytest.approx(2.0)
    assert summary[("all", 1)]["geomean_dequant_speedup"] == pytest.approx(math.pow(0.5 * 0.5 * 2.0, 1 / 3))
    assert summary[("all", 1)]["backends"] == ["reference", "triton"]


def test_main_prints_tables_writes_json_and_rejects_bad_input(tmp_path, capsys):
    out = tmp_path / "kernels.json"
    argv = ["--device", "cpu", "--shapes", "256x48", "--variants", "w8a16,w4a16-g128", "--m", "1,2", "--sweeps", "1", "--warmup", "0.2", "--rep", "1",
            "--copy-mib", "1", "--json", str(out)]
    assert bench.main(argv) == 0
    printed = capsys.readouterr().out
    assert "custom 256→48" in printed and "geomean speedup" in printed and "dense bf16" in printed
    data = json.loads(out.read_text())
    assert data["config"]["dtype"] == "fp32"  # the CPU default: what models run in; bf16 F.linear is the second baseline
    assert all(r["dense_bf16_ms"] > 0 and r["speedup_vs_bf16"] > 0 for r in data["rows"])
    assert data["kind"] == "moqlab.bench.kernels"
    assert data["environment"]["device"].startswith("CPU") and data["environment"]["torch"] == torch.__version__
    assert data["config"]["m"] == [1, 2] and len(data["rows"]) == 2 * 2
    assert bench.main(argv[:-2] + ["--markdown"]) == 0
    assert "| shape | M | variant |" in capsys.readouterr().out
    assert bench.main(["--device", "cpu", "--shapes", "tiny"]) == 2
    assert "unknown shape 'tiny'" in capsys.readouterr().err
    assert bench.main(["--device", "cpu", "--shapes", "64x48", "--variants", "w4a16-g128"]) == 2
    assert "w4a16-g128 (group size 128) does not fit shape 64→48" in capsys.readouterr().err
    assert bench.main(["--device", "cpu", "--dtype", "fp16", "--shapes", "64x48", "--m", "1"]) == 2
    assert "--dtype bf16" in capsys.readouterr().err
    assert data["config"]["backend"] == "auto"
    for name in ("nope", *([] if torch.cuda.is_available() else ["triton"])):
        assert bench.main(["--device", "cpu", "--backend", name, "--shapes", "64x48", "--m", "1"]) == 2
        assert f"backend {name!r} cannot run here; use auto or one of: " in capsys.readouterr().err
    forced = tmp_path / "forced.json"
    assert bench.main(argv[:-1] + [str(forced), "--backend", "reference", "--fake-quant", "--dtype", "bf16"]) == 0
    assert "MoQ rewrite (4-bit fake quantization" in capsys.readouterr().out
    data = json.loads(forced.read_text())
    assert data["config"]["backend"] == "reference" and {r["backend"] for r in data["rows"]} == {"reference"}
    assert data["config"]["dense_weight"] == "per-call"
    kept = tmp_path / "kept.json"
    assert bench.main(argv[:-1] + [str(kept), "--dense-weight", "cached"]) == 0
    assert "quantized layers' dense weight cached" in capsys.readouterr().out
    assert json.loads(kept.read_text())["config"]["dense_weight"] == "cached"
    with pytest.raises(SystemExit):
        bench.main(argv + ["--dense-weight", "always"])
    assert "invalid choice: 'always'" in capsys.readouterr().err
    fq = data["fake_quant"]
    assert [(r["working"], r["layout"]) for r in fq] == [("bfloat16", "g128"), ("bfloat16", "per-row"), ("float32", "g128"), ("float32", "per-row")]
    for r in fq:  # no fused kernel on CPU: the PyTorch path alone, its bytes = fp32 master + working
        assert r["fused_ms"] is None and r["speedup"] is None and r["torch_ms"] > 0
        assert r["bytes"] == 1024 * 1024 * (4 + (2 if r["working"] == "bfloat16" else 4))
        assert r["torch_bandwidth_fraction"] == pytest.approx(r["bytes"] / (r["torch_ms"] * 1e-3) / (data["copy_bandwidth_gbps"] * 1e9))
    if not torch.cuda.is_available():
        assert bench.main(["--device", "cuda"]) == 2
        assert "CUDA is not available" in capsys.readouterr().err
