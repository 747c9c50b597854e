"""GPU tests put the worker package on sys.path; each module skips itself where CUDA is absent."""

from __future__ import annotations

import pathlib
import sys

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "py_runtime"))
