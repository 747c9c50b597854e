"""The worker's import rule of ARCHITECTURE.md, read from the source: below the server (quant, kernels,
eigen, training, models, data, export) nothing imports the server or the generated protobuf code, so
nothing there sees a wire message."""

from __future__ import annotations

import pathlib
import re

RUNTIME = pathlib.Path(__file__).resolve().parents[2] / "py_runtime" / "moqlab"
WIRE = re.compile(r"^\s*(from\s+(\.+|moqlab\.)(server|proto)\b|import\s+moqlab\.(server|proto)\b)", re.MULTILINE)


def test_nothing_below_the_server_imports_the_server_or_the_wire():
    below = [p for p in RUNTIME.rglob("*.py") if p.relative_to(RUNTIME).parts[0] not in ("server", "proto", "__main__.py")]
    assert len(below) > 20
    offenders = [f"{p.relative_to(RUNTIME)}: {m.group(0).strip()}" for p in below for m in WIRE.finditer(p.read_text())]
    assert offenders == []


def test_the_rule_sees_a_violation():
    assert WIRE.search("from ..server.handlers import HANDLERS\n")
    assert WIRE.search("    from ..proto import messages\n")
    assert not WIRE.search("from ..quant import fake_quantize\n")
