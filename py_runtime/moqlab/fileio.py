"""Files the worker writes (checkpoints, exports): whole or not at all, with the usual permissions."""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import BinaryIO, Iterator


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(path: str) -> Iterator[BinaryIO]:
    """Yields a binary file that becomes `path` only when the block ends without an error (a temporary
    file in the same directory, fsynced, then renamed over `path`). mkstemp creates files readable by
    the owner only; the result gets the permissions an ordinary open() would have given it."""
    path = os.path.abspath(path)
    directory = os.path.dirname(path)
    os.makedirs(directory, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=os.path.basename(path) + ".", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as f:
            yield f
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
