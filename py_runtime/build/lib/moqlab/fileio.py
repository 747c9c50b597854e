"""Files the worker writes (checkpoints, exports): whole or not at all, with the usual permissions."""

from __future__ import annotations

import contextlib
import os
import re
import socket
import tempfile
from typing import BinaryIO, Iterator

#: Temporary files are named ``<target>.<host>-<pid>.<random>.tmp``, so a later writer can tell the ones a
#: dead process left (killed mid-write, e.g. kill -9 during a checkpoint) from ones still being written.
_TEMP = re.compile(r"\.(?P<host>[^.]+)-(?P<pid>\d+)\.[^.]+\.tmp$")


def _host() -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", socket.gethostname()) or "host"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def remove_stale_temporaries(directory: str) -> list[str]:
    """Delete the temporary files that writers on this host left in ``directory`` when they died; returns
    their paths. Files of live processes, and of other hosts (a shared filesystem), are left alone."""
    removed = []
    host = _host()
    with contextlib.suppress(OSError):
        for name in os.listdir(directory):
            m = _TEMP.search(name)
            if m and m.group("host") == host and not _alive(int(m.group("pid"))):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(directory, name))
                    removed.append(os.path.join(directory, name))
    return removed


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_write(path: str) -> Iterator[BinaryIO]:
    """Yields a binary file that becomes `path` only when the block ends without an error (a temporary
    file in the same directory, fsynced, then renamed over `path`). mkstemp creates files readable by
    the owner only; the result gets the permissions an ordinary open() would have given it. Temporary
    files that dead writers left in the directory are removed first (:func:`remove_stale_temporaries`)."""
    path = os.path.abspath(path)
    directory = os.path.dirname(path)
    os.makedirs(directory, exist_ok=True)
    remove_stale_temporaries(directory)
    prefix = f"{os.path.basename(path)}.{_host()}-{os.getpid()}."
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=directory)
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
