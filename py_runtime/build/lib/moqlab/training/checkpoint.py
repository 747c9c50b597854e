"""Checkpoint files: one ``torch.save`` of plain tensors and Python values, written atomically.

The file never pickles classes of ours, so it is read with ``torch.load(weights_only=True)`` on
torch ≥ 2 (torch 1.13's restricted unpickler cannot read Python floats, so there it loads normally).
The trainer decides the content (see ``Trainer.save_checkpoint``); this module owns the file format
marker, the atomic write and the error mapping.
"""

from __future__ import annotations

import hashlib
import inspect
import os
from typing import Any

import torch

from ..errors import Code, WorkerError
from ..fileio import atomic_write

FORMAT = "moqlab.trainer"
VERSION = 1

_LOAD_HAS_WEIGHTS_ONLY = (
    "weights_only" in inspect.signature(torch.load).parameters
    and int(torch.__version__.split(".")[0]) >= 2
)


def write_checkpoint(path: str, state: dict[str, Any]) -> int:
    """Write ``state`` (plus the format marker) to ``path`` atomically; returns the bytes written."""
    path = os.path.abspath(path)
    try:
        with atomic_write(path) as f:
            torch.save({"format": FORMAT, "version": VERSION, **state}, f)
    except OSError as exc:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"cannot write checkpoint {path!r}: {exc.strerror or exc}; choose a writable directory",
            path=path,
        ) from exc
    return os.path.getsize(path)


def checksum(path: str) -> str:
    """The file's SHA-256 (hex): recorded when a checkpoint is written, compared before it is read."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def read_checkpoint(path: str, sha256: str = "") -> dict[str, Any]:
    """Read a checkpoint written by :func:`write_checkpoint` (tensors on the CPU). With ``sha256`` (what the
    run recorded when it wrote the file), a file that changed since is refused before anything is loaded.
    Errors about the file's bytes carry ``corrupt="1"``: the controller then tries an older checkpoint."""
    if not os.path.isfile(path):
        raise WorkerError(Code.NOT_FOUND, f"checkpoint {path!r} does not exist", path=path)
    if sha256:
        actual = checksum(path)
        if actual != sha256:
            raise WorkerError(
                Code.FAILED_PRECONDITION,
                f"checkpoint {path!r} is corrupt: its SHA-256 is {actual}, but the run recorded {sha256} when it wrote it",
                path=path,
                corrupt="1",
            )
    kwargs: dict[str, Any] = {"map_location": "cpu"}
    if _LOAD_HAS_WEIGHTS_ONLY:
        kwargs["weights_only"] = True
    try:
        state = torch.load(path, **kwargs)
    except Exception as exc:  # truncated file, not a torch file, or pickled classes
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"checkpoint {path!r} is not readable as a moqlab checkpoint: {type(exc).__name__}: {exc}",
            path=path,
            corrupt="1",
        ) from exc
    if not isinstance(state, dict) or state.get("format") != FORMAT:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{path!r} is not a moqlab trainer checkpoint (format marker {FORMAT!r} missing)",
            path=path,
        )
    if state.get("version") != VERSION:
        raise WorkerError(
            Code.FAILED_PRECONDITION,
            f"checkpoint {path!r} has format version {state.get('version')}; this worker reads version {VERSION}",
            path=path,
        )
    return state
