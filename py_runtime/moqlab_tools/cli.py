"""The scaffold the three tools share: their parser, how a refused argument ends them, where JSON goes."""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from moqlab.errors import WorkerError
from moqlab.fileio import atomic_write


def parser(tool: str, description: str, epilog: str | None = None, *, prog: str | None = None) -> argparse.ArgumentParser:
    """A tool's parser, named as it is run (``python -m moqlab_tools.<tool>`` unless ``prog`` says otherwise)."""
    return argparse.ArgumentParser(prog=prog or f"python -m moqlab_tools.{tool}", description=description, epilog=epilog)


def refused(p: argparse.ArgumentParser, error: WorkerError | str) -> int:
    """Report a refused input on stderr, prefixed with the tool's name; the exit status of a usage error."""
    print(f"{p.prog}: {error}", file=sys.stderr)
    return 2


def write_json(path: str, data: Any) -> None:
    """Write ``data`` as indented JSON, whole or not at all, and say where."""
    with atomic_write(path) as f:
        f.write(json.dumps(data, indent=1).encode())
    print(f"\nwrote {os.path.abspath(path)}")
