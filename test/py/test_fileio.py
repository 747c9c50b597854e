"""Files the worker writes appear whole or not at all, with ordinary permissions."""

from __future__ import annotations

import os
import stat

import pytest

from moqlab.fileio import atomic_write


def test_written_file_has_the_umask_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        with atomic_write(str(tmp_path / "sub" / "f.bin")) as f:
            f.write(b"data")
    finally:
        os.umask(old)
    path = tmp_path / "sub" / "f.bin"
    assert path.read_bytes() == b"data"
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    path = tmp_path / "f.bin"
    path.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        with atomic_write(str(path)) as f:
            f.write(b"half")
            raise RuntimeError("crash mid-write")
    assert path.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["f.bin"]
