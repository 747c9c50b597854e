"""The fused kernel's tiles (moqlab.kernels.tiles): the untuned rule, tuning candidates and tuned
tables. Pure: no triton, no GPU."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from moqlab.errors import WorkerError
from moqlab.kernels.tiles import (
    ENV_TUNED,
    REGISTER_LIMIT,
    SHARED_LIMIT,
    TABLE_KIND,
    TUNED_DIR,
    LinearConfig,
    TunedConfigs,
    block_k_for,
    candidates,
    linear_config,
    parse_table,
    register_values,
    shared_bytes,
    split_for,
    table_document,
)
from moqlab_tools.tune import slug

from conftest import REPO


def test_the_rule_splits_k_until_the_gpu_is_occupied():
    cfg = linear_config(1, 4096, 4096, 128, 132)
    assert (cfg.block_n, cfg.block_m) == (64, 16)
    tiles = 4096 // 64
    assert tiles * cfg.split_k > 132 and tiles * cfg.split_k // 2 <= 132
    assert linear_config(1, 57344, 8192, 128, 132).split_k == 1  # 896 tiles occupy 132 SMs already
    assert split_for(1, 8, 132) == 2  # at least 4 K tiles per split
    assert split_for(1, 6, 132) == 1  # a split keeps a whole number of K tiles


@pytest.mark.parametrize("m", [1, 16, 32, 64, 256])
@pytest.mark.parametrize("width,group,k", [(4, 128, 4096), (8, 8192, 8192), (4, 32, 14336)])
def test_candidates_start_with_the_rule_and_respect_the_format(m, width, group, k):
    block_k = block_k_for(group, k, width)
    found = candidates(m, 4096, k, block_k, width, 132)
    assert found[0] == linear_config(m, 4096, k, block_k, 132)
    assert len(found) == len(set(found)) > 8
    for c in found:
        assert group % c.block_k == 0 and k % c.block_k == 0  # a K tile never straddles two groups
        assert c.block_k // (8 // width) >= 16  # the MMA's K side holds at least 16 packed columns
        assert (k // c.block_k) % c.split_k == 0
        assert c == found[0] or shared_bytes(c, width) <= SHARED_LIMIT
        assert register_values(c) <= REGISTER_LIMIT
        assert c.block_m >= 16 and (m > 16 or c.block_m == 16)


def test_register_values_count_the_accumulator_and_half_the_weight_tile():
    assert register_values(LinearConfig(128, 128, 128, 1, 8, 3)) == (128 * 128 + 128 * 128 // 2) // 256 == 96
    assert register_values(LinearConfig(256, 16, 128, 1, 4, 3)) == 160  # spilled when compiled for sm_90


@pytest.mark.parametrize("m", [1, 2, 16, 17, 32, 64, 65, 128, 256, 1024])
def test_the_rule_never_plans_a_tile_over_the_register_limit(m):
    for n, k in [(6144, 4096), (4096, 14336), (57344, 8192), (768, 768)]:
        for block_k in (32, 64, 128):
            assert register_values(linear_config(m, n, k, block_k, 132)) <= REGISTER_LIMIT


def test_large_batches_may_hold_the_whole_m_side_in_one_tile():
    for m in (256, 1024):
        assert any(c.block_m == 256 for c in candidates(m, 8192, 8192, 128, 8, 132))
    assert all(c.block_m <= 128 for c in candidates(128, 8192, 8192, 128, 8, 132))  # no half-empty tiles
    assert LinearConfig(256, 16, 128, 1, 4, 3) not in candidates(1, 8192, 8192, 128, 4, 132)


def _table(tmp_path, name, device, entries):
    path = tmp_path / name
    path.write_text(json.dumps(table_document(device, entries, {"dtype": "bf16"})))
    return str(path)


def _entry(m_bucket, block_n, n=4096, k=4096):
    cfg = LinearConfig(block_n, 16, 128, 1, 4, 3)
    return {"n": n, "k": k, "width": 4, "group": 128, "m_bucket": m_bucket,
            "config": {f: getattr(cfg, f) for f in cfg.__dataclass_fields__}}


def test_lookup_takes_the_bucket_else_the_nearest_lower_one(tmp_path):
    table = TunedConfigs([_table(tmp_path, "a.json", "GPU A", [_entry(1, 32), _entry(16, 64), _entry(128, 128)])])
    block_n = lambda m: table.lookup("GPU A", m, 4096, 4096, 4, 128).block_n  # noqa: E731
    assert [block_n(m) for m in (1, 2, 8, 16, 17, 64, 128, 1000)] == [32, 32, 32, 64, 64, 64, 128, 128]
    assert table.lookup("GPU B", 1, 4096, 4096, 4, 128) is None  # another GPU
    assert table.lookup("GPU A", 1, 4096, 4096, 8, 128) is None  # another format
    assert table.lookup("GPU A", 1, 8192, 4096, 4, 128) is None  # another shape
    above = TunedConfigs([_table(tmp_path, "b.json", "GPU A", [_entry(64, 256)])])
    assert above.lookup("GPU A", 1, 4096, 4096, 4, 128).block_n == 256  # only larger buckets tuned


def test_later_tables_win_and_the_environment_adds_tables(tmp_path, monkeypatch):
    first = _table(tmp_path, "a.json", "GPU A", [_entry(1, 32)])
    second = _table(tmp_path, "b.json", "GPU A", [_entry(1, 256)])
    assert TunedConfigs([first, second]).lookup("GPU A", 1, 4096, 4096, 4, 128).block_n == 256
    monkeypatch.setenv(ENV_TUNED, second)
    assert TunedConfigs().lookup("GPU A", 1, 4096, 4096, 4, 128).block_n == 256
    monkeypatch.setenv(ENV_TUNED, str(tmp_path / "missing.json"))
    with pytest.raises(WorkerError, match="missing.json"):
        TunedConfigs().lookup("GPU A", 1, 4096, 4096, 4, 128)


@pytest.mark.parametrize("doc,why", [
    ({"kind": "other", "entries": []}, "not a table"),
    ({"kind": TABLE_KIND, "entries": []}, "no device"),
    ({"kind": TABLE_KIND, "device": "X", "entries": [{"n": 1}]}, "entry 0 is malformed"),
])
def test_a_malformed_table_names_the_file_and_the_fix(doc, why):
    with pytest.raises(WorkerError, match=why) as info:
        parse_table(doc, "/some/table.json")
    assert "/some/table.json" in str(info.value) and "moqlab_tools.tune" in str(info.value)


def test_committed_tables_parse():
    table = TunedConfigs()
    for device in table.devices():
        assert device  # every committed file parsed, with a device name
    assert TUNED_DIR.endswith("tuned")


def test_slug_names_a_file_after_the_gpu():
    assert slug("NVIDIA H100 80GB HBM3") == "nvidia-h100-80gb-hbm3"
    assert slug("???") == "gpu"


def test_tuning_without_a_gpu_says_what_it_needs():
    run = subprocess.run([sys.executable, "-m", "moqlab_tools.tune"], capture_output=True, text=True,
                         cwd=REPO / "py_runtime", timeout=120)
    if run.returncode == 0:
        pytest.skip("a CUDA GPU is present: the tuner ran")
    assert run.returncode == 2, run.stderr
    assert "needs a CUDA GPU" in run.stderr or "needs triton" in run.stderr


def test_the_runtime_never_imports_the_developer_tools():
    """ARCHITECTURE.md: kernel tuning and machine-code reports live outside the runtime package."""
    import pathlib

    runtime = pathlib.Path(__file__).resolve().parents[2] / "py_runtime" / "moqlab"
    statement = re.compile(r"^\s*(from|import)\s+moqlab_tools\b", re.M)  # messages may name the tools
    importing = [str(p.relative_to(runtime)) for p in runtime.rglob("*.py") if statement.search(p.read_text())]
    assert importing == []
    probe = ("import sys, moqlab, moqlab.kernels, moqlab.export, moqlab.server.handlers, moqlab.training; "
             "print(sorted(m for m in sys.modules if m.startswith('moqlab_tools')))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(runtime.parent)})
    assert out.stdout.strip() == "[]"
