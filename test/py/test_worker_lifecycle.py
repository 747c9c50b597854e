"""The worker process exits by itself when its parent dies or the controller goes silent."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time

from conftest import REPO

ENV = {**os.environ, "PYTHONPATH": str(REPO / "py_runtime")}


def _endpoint() -> str:
    return f"ipc://{tempfile.mktemp(prefix='moqlab-test-', suffix='.sock')}"


def _wait_exit(proc: subprocess.Popen, timeout: float) -> int | None:
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        return None


def test_exits_when_the_watched_parent_dies():
    parent = subprocess.Popen(["sleep", "60"])
    worker = subprocess.Popen(
        [sys.executable, "-m", "moqlab", "worker", "--connect", _endpoint(), "--parent-pid", str(parent.pid), "--controller-timeout", "0"],
        env=ENV,
        stderr=subprocess.PIPE,
    )
    time.sleep(1.0)
    assert worker.poll() is None, "worker should run while its parent lives"
    parent.kill()
    parent.wait()
    started = time.monotonic()
    code = _wait_exit(worker, timeout=5)
    assert code == 3, worker.stderr.read().decode()
    assert time.monotonic() - started < 3
    assert b"is gone" in worker.stderr.read()


def test_direct_parent_killed_with_sigkill_takes_the_worker_down():
    # The shell is the worker's direct parent: the kernel's parent-death signal ends the worker.
    shell = subprocess.Popen(
        ["sh", "-c", f'exec_pid=$$; "{sys.executable}" -m moqlab worker --connect {_endpoint()} --parent-pid $exec_pid --controller-timeout 0 & echo $!; wait'],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    worker_pid = int(shell.stdout.readline())
    time.sleep(1.0)
    os.kill(shell.pid, signal.SIGKILL)
    shell.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(worker_pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(worker_pid, signal.SIGKILL)
    raise AssertionError("worker outlived its parent by more than 5 s")


def test_exits_when_the_controller_is_silent():
    worker = subprocess.Popen(
        [sys.executable, "-m", "moqlab", "worker", "--connect", _endpoint(), "--controller-timeout", "1"],
        env=ENV,
        stderr=subprocess.PIPE,
    )
    code = _wait_exit(worker, timeout=10)
    assert code == 4
    assert b"no message from the controller" in worker.stderr.read()
