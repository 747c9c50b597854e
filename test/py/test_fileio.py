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


def test_a_write_removes_what_dead_writers_left_and_keeps_what_live_ones_are_writing(tmp_path):
    import subprocess
    import sys

    from moqlab.fileio import _host

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f"step-60.pt.{_host()}-{dead.pid}.k3j2h1.tmp"
    live = tmp_path / f"step-80.pt.{_host()}-{os.getpid()}.a1b2c3.tmp"
    elsewhere = tmp_path / f"step-60.pt.otherhost-{dead.pid}.zz9.tmp"
    for f in (left, live, elsewhere):
        f.write_bytes(b"partial")
    with atomic_write(str(tmp_path / "step-100.pt")) as f:
        f.write(b"whole")
    assert not left.exists() and live.exists() and elsewhere.exists()
    assert (tmp_path / "step-100.pt").read_bytes() == b"whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, elsewhere.name, "step-100.pt"])
