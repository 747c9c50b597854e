"""The machine-code report (moqlab_tools.sass): its SASS parsing everywhere, and, where triton is
importable (no GPU needed), that every launch the launchers make compiles for Hopper (sm_90) without
spills, runs its MMAs on tensor cores and dequantizes without conversion instructions in the fused
linear's main loop."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys

import pytest

from moqlab_tools.sass import H100, issue_budget, parse_sass

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SASS = """
        /*0000*/                   LDC R1, c[0x0][0x28] ;                          /* 0x00000a00ff017b82 */
        /*0010*/                   I2F.F16.U16 R2, R3 ;                            /* 0x0000000000000000 */
        /*0020*/                   NOP ;                                           /* 0x0000000000000000 */
        /*0030*/                   LDGSTS.E.BYPASS.128 [R4], desc[UR4][R6.64] ;   /* 0x0000000000000000 */
        /*0040*/                   LOP3.LUT R2, R2, 0xf, RZ, 0xc0, !PT ;          /* 0x0000000000000000 */
        /*0050*/                   HGMMA.64x16x16.F32 R24, R56, gdesc[UR36], RZ ; /* 0x0000000000000000 */
        /*0060*/               @P0 BRA 0x40 ;                                      /* 0x0000000000000000 */
        /*0070*/                   LDG.E.U16 R8, desc[UR4][R10.64] ;              /* 0x0000000000000000 */
        /*0080*/              @!P1 BRA 0x70 ;                                      /* 0x0000000000000000 */
        /*0090*/                   BRA 0xa0 ;                                      /* 0x0000000000000000 */
        /*00a0*/                   EXIT ;                                          /* 0x0000000000000000 */
"""


def test_parse_sass_counts_instruction_classes_and_the_largest_loop():
    s = parse_sass(SASS)
    assert s.instructions == 10  # the NOP is not counted
    assert s.loop == 3  # 0x40..0x60 (LOP3, HGMMA, BRA); 0x70..0x80 is shorter, 0x90 → 0xa0 is forward
    assert s.classes == {"conversion": 1, "async copy": 1, "wgmma": 1, "global load": 1}
    assert s.loop_classes == {"wgmma": 1}
    assert s.opcodes["LDGSTS.E.BYPASS.128"] == 1 and s.opcodes["HGMMA.64x16x16.F32"] == 1


# A loop whose mbarrier wait has a slow path placed after the EXIT (as Triton 3.9 compiles a TMA copy):
# its jump back into the loop at 0x00b0 spans the epilogue, but the epilogue is not in the loop.
OUT_OF_LINE = """
        /*0000*/                   LDC R1, c[0x0][0x28] ;
        /*0010*/                   LOP3.LUT R2, R2, 0xf, RZ, 0xc0, !PT ;
        /*0020*/              @!P0 BRA 0x90 ;
        /*0030*/                   HGMMA.64x16x16.F32 R24, R56, gdesc[UR36], RZ ;
        /*0040*/               @P1 BRA 0x10 ;
        /*0050*/                   STG.E desc[UR4][R2.64], R24 ;
        /*0060*/                   STG.E desc[UR4][R4.64], R25 ;
        /*0070*/                   STG.E desc[UR4][R6.64], R26 ;
        /*0080*/                   EXIT ;
        /*0090*/                   SYNCS.PHASECHK.TRANS64.TRYWAIT P0, [UR4], R2 ;
        /*00a0*/              @!P0 BRA 0x90 ;
        /*00b0*/                   BRA 0x30 ;
        /*00c0*/                   BRA 0xc0 ;
"""


def test_parse_sass_takes_the_natural_loop_with_its_out_of_line_blocks():
    s = parse_sass(OUT_OF_LINE)
    assert s.loop == 7  # 0x10..0x40 and the slow path 0x90..0xb0, not the stores after the loop
    assert s.loop_classes == {"wgmma": 1}
    assert s.classes["global store"] == 3


def test_parse_sass_without_a_loop():
    s = parse_sass(SASS.split("/*0060*/")[0])
    assert s.loop is None and s.loop_classes == {}


def test_issue_budget_is_lanes_per_second_over_weights_per_second():
    # 128 lanes × 132 SMs × 1.98 GHz over 6e12 int4 weights per second at 3.0 TB/s
    assert issue_budget(4) == pytest.approx(128 * 132 * 1.98e9 / 6e12)
    assert issue_budget(8) == pytest.approx(2 * issue_budget(4))
    assert issue_budget(4, bandwidth=H100["bandwidth"] / 2) == pytest.approx(2 * issue_budget(4))


@pytest.mark.skipif(importlib.util.find_spec("triton") is None,
                    reason="needs triton (compiles for sm_90 without a GPU); CI installs no PyPI packages")
@pytest.mark.parametrize("dtype", ["bf16", "fp16"])
def test_every_launch_compiles_for_hopper_without_spills(tmp_path, dtype):
    out = tmp_path / "sass.json"
    env = {**os.environ, "PYTHONPATH": os.path.join(REPO, "py_runtime")}
    env.pop("TRITON_INTERPRET", None)
    run = subprocess.run(
        [sys.executable, "-m", "moqlab_tools.sass", "--shapes", "4096x4096,14336x4096,768x2304", "--m", "1,16,256",
         "--variants", "w8a16,w4a16-g128,w4a16-g32,w8a16-asym,w4a16-g128-asym", "--dtype", dtype, "--json", str(out)],
        capture_output=True, text=True, env=env, timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    rows = json.loads(out.read_text())
    kernels = {r["kernel"] for r in rows}
    assert kernels == {"_linear_kernel", "_dequant_kernel", "_fake_quant_rows_kernel", "_group_range_kernel",
                       "_fake_quant_chunks_kernel"}
    assert all(r["local_bytes"] == 0 for r in rows), [r["case"] for r in rows if r["local_bytes"]]
    linear = [r for r in rows if r["kernel"] == "_linear_kernel"]
    assert len(linear) == 3 * 3 * 5
    for r in linear:
        assert r["sass"]["classes"].get("wgmma", 0) > 0, r["case"]  # Hopper's warpgroup MMA
        # codes by bit pattern: conversions only per row (asymmetric zero points), not per weight
        assert r["conversions_per_weight"] < 0.05, r["case"]
        assert r["sass"]["loop_classes"].get("fence", 0) == 0, r["case"]
    assert "lane-ops/weight" in run.stdout


@pytest.mark.skipif(importlib.util.find_spec("triton") is None,
                    reason="needs triton (compiles for sm_90 without a GPU); CI installs no PyPI packages")
def test_no_tuning_candidate_spills(tmp_path):
    """The evidence behind tiles.REGISTER_LIMIT: every tile the tuner may time compiles without spills."""
    out = tmp_path / "candidates.json"
    env = {**os.environ, "PYTHONPATH": os.path.join(REPO, "py_runtime")}
    env.pop("TRITON_INTERPRET", None)
    run = subprocess.run(
        [sys.executable, "-m", "moqlab_tools.sass", "--shapes", "8192x8192", "--m", "1,256", "--candidates",
         "--variants", "w4a16-g128,w8a16", "--json", str(out)],
        capture_output=True, text=True, env=env, timeout=900,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    linear = [r for r in json.loads(out.read_text()) if r["kernel"] == "_linear_kernel"]
    variant_tiles = {(r["case"].split()[0], r["tiles"]) for r in linear}
    assert len(linear) > 60 and len(variant_tiles) == len(linear)  # each kernel compiled once
    assert any(r["tiles"].startswith("64×256×") for r in linear)  # the whole of M = 256 in one tile
    assert [r["tiles"] for r in linear if r["local_bytes"]] == []
