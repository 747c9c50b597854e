"""The worker exits by itself when the process that started it dies."""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
import threading
import time

log = logging.getLogger("moqlab.worker")

_PR_SET_PDEATHSIG = 1


def _set_pdeathsig() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):
        pass


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def watch_parent(parent_pid: int, interval: float = 0.5) -> None:
    """Exit (status 3) when `parent_pid` is gone. The kernel signal covers a direct parent at once;
    polling covers everything else (a wrapper shell, platforms without prctl)."""
    _set_pdeathsig()
    original_ppid = os.getppid()

    def run() -> None:
        while True:
            time.sleep(interval)
            parent_gone = not _alive(parent_pid) or (original_ppid == parent_pid and os.getppid() != original_ppid)
            if parent_gone:
                log.error("controller process %d is gone; worker exiting", parent_pid)
                os._exit(3)

    threading.Thread(target=run, name="moqlab-parent-watchdog", daemon=True).start()
