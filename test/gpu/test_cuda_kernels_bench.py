"""The kernel benchmark on CUDA: do_bench (or the event fallback) timings, CUDA-graph timing over rotated
weight copies for sub-10 µs cases, the correctness gate against the fp32 reference, the device record."""

from __future__ import annotations

import pytest
import torch

from moqlab_tools import bench
from moqlab_tools.bench import Config, Shape

pytestmark = pytest.mark.skipif(
    not torch.cuda.is_available(), reason=f"needs a CUDA device; torch {torch.__version__} sees none here (CI never has one)"
)

CUDA = torch.device("cuda")


def test_graph_timing_replays_every_rotated_call():
    timer = bench.make_timer(CUDA, 1.0, 20.0)
    counter = torch.zeros(4, device=CUDA)
    calls = [lambda i=i: counter[i].add_(1) for i in range(4)]
    ms = timer.graph_ms(calls)
    torch.cuda.synchronize()
    assert ms is not None and ms > 0
    assert counter.min() == counter.max() and counter[0] > 16  # warm-up + capture-free replays, all copies alike


@pytest.mark.parametrize("dtype", ["bf16", "fp16"])
def test_cuda_run_is_correct_and_times_small_cases_as_graphs(dtype):
    config = Config(shapes=[Shape("custom", 768, 768), Shape("custom", 4096, 4096)],
                    variants=bench.parse_variants("w8a16,w4a16-g128,w4a16-g128-asym"), m_values=[1, 256], dtype=dtype,
                    sweeps=1, warmup_ms=2.0, rep_ms=10.0, copy_bytes=256 << 20, fake_quant=dtype == "bf16")
    result = bench.run(config, bench.make_timer(CUDA, config.warmup_ms, config.rep_ms))
    assert result["copy_bandwidth_gbps"] > 100
    for row in result["rows"]:
        assert row["correct"], row
        if row["timing"] == "bench":  # not graphed: the dense time was not below the threshold
            assert row["dense_ms"] >= bench.GRAPH_BELOW_MS, row
    if config.fake_quant:  # the rewrite is timed fused (triton is on the GPU image) and through PyTorch
        assert len(result["fake_quant"]) == 8
        assert all(r["fused_ms"] > 0 and r["torch_ms"] > 0 for r in result["fake_quant"])
    env = bench.environment(CUDA)
    assert env["device"] == torch.cuda.get_device_name(CUDA) and env["cuda"] == torch.version.cuda
