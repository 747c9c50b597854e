"""Every rank's pulse, so that the controller watches each rank of a gang and not only rank 0.

A rank's executor can be stuck where no collective notices for a long time (a forward that never
returns, a stopped process), while rank 0 waits in an all-reduce and keeps answering heartbeats. So a
thread of every rank writes a pulse into the gang's rendezvous store (torchrun's TCPStore, at
MASTER_ADDR:MASTER_PORT) every heartbeat interval: a counter, the steps the rank finished and where
its executor is. A thread of rank 0 reads them, and rank 0's heartbeat carries the last reading: how
long each rank's pulse has not changed (on rank 0's clock, so machines need not agree on the time).
The controller decides what a silent rank means.
"""

from __future__ import annotations

import datetime
import logging
import os
import sys
import threading
import time
from typing import Callable

log = logging.getLogger("moqlab.worker")

# The store's own timeout per operation: a store that stops answering must not hold a pulse thread long.
STORE_TIMEOUT = datetime.timedelta(seconds=10)


def executor_location() -> str:
    """Where the main thread (the executor) is: its innermost Python frame, as "dir/file.py:LINE in function"."""
    frame = sys._current_frames().get(threading.main_thread().ident)
    if frame is None:
        return ""
    code = frame.f_code
    path = "/".join(code.co_filename.replace("\\", "/").split("/")[-2:])
    return f"{path}:{frame.f_lineno} in {code.co_name}"


def _beat_key(rank: int) -> str:
    return f"moqlab/pulse/{rank}/beat"


def _info_key(rank: int) -> str:
    return f"moqlab/pulse/{rank}/info"


def connect_store():
    """A client of the gang's rendezvous store (one per thread: a client is one connection)."""
    import torch.distributed as dist

    return dist.TCPStore(os.environ["MASTER_ADDR"], int(os.environ["MASTER_PORT"]), is_master=False, timeout=STORE_TIMEOUT)


class _Ticker:
    """A daemon thread that calls ``tick`` every ``interval`` seconds until stopped; a failing tick is
    logged once and retried, so a store that comes back is used again."""

    def __init__(self, name: str, interval: float, tick: Callable[[], None]) -> None:
        self._stop = threading.Event()
        self._interval = interval
        self._tick = tick
        self._failed = False
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                self._tick()
                self._failed = False
            except Exception as e:
                if not self._failed:
                    log.warning("%s: %s", self._thread.name, e)
                self._failed = True
            self._stop.wait(self._interval)


class PulseWriter:
    """Publishes this rank's pulse every ``interval`` seconds."""

    def __init__(self, rank: int, steps: Callable[[], int], interval: float, store_factory=connect_store) -> None:
        self.rank = rank
        self._steps = steps
        self._store_factory = store_factory
        self._store = None
        self._ticker = _Ticker(f"moqlab-pulse-{rank}", interval, self.publish)

    def publish(self) -> None:
        if self._store is None:
            self._store = self._store_factory()
        # The info first: a reader that sees a beat finds it (a counter, because add() never blocks
        # on a missing key, where get() would wait).
        self._store.set(_info_key(self.rank), f"{self._steps()}\t{executor_location()}")
        self._store.add(_beat_key(self.rank), 1)

    def start(self) -> PulseWriter:
        self._ticker.start()
        return self

    def stop(self) -> None:
        self._ticker.stop()


class PulseReader:
    """Rank 0's view of every rank's pulse, refreshed every ``interval`` seconds by a thread of its own, so
    that reading it (the heartbeat, on the socket thread) never waits on the store."""

    def __init__(self, world_size: int, interval: float, store_factory=connect_store, clock: Callable[[], float] = time.monotonic) -> None:
        self.world_size = world_size
        self._store_factory = store_factory
        self._store = None
        self._clock = clock
        self._since = clock()
        self._last: dict[int, tuple[int, float, int, str]] = {}  # rank -> (beat, changed at, steps, where)
        self._lock = threading.Lock()
        self._ticker = _Ticker("moqlab-pulse-reader", interval, self.refresh)

    def refresh(self) -> None:
        if self._store is None:
            self._store = self._store_factory()
        now = self._clock()
        for rank in range(self.world_size):
            beat = self._store.add(_beat_key(rank), 0)
            if beat == 0:
                continue
            steps, where = self._store.get(_info_key(rank)).decode("utf-8", "replace").split("\t", 1)
            with self._lock:
                previous = self._last.get(rank)
                changed = now if previous is None or previous[0] != beat else previous[1]
                self._last[rank] = (beat, changed, int(steps), where)

    def pulses(self) -> list[tuple[int, float, int, str]]:
        """(rank, seconds silent, steps finished, where) per rank; a rank never heard from is silent since the reader started."""
        now = self._clock()
        with self._lock:
            out = []
            for rank in range(self.world_size):
                last = self._last.get(rank)
                if last is None:
                    out.append((rank, now - self._since, 0, ""))
                else:
                    out.append((rank, now - last[1], last[2], last[3]))
            return out

    def start(self) -> PulseReader:
        self._ticker.start()
        return self

    def stop(self) -> None:
        self._ticker.stop()
