"""Every rank's pulse through a real TCPStore (the store torchrun gives a gang): rank 0 sees how long each
rank has been silent, its steps and where its executor is; a stopped rank's silence grows."""

from __future__ import annotations

import datetime
import socket

import pytest
import torch

from moqlab.server.pulse import PulseReader, PulseWriter

pytestmark = pytest.mark.skipif(not torch.distributed.is_available(), reason="this torch build has no torch.distributed")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def store_factory():
    import torch.distributed as dist

    port = _free_port()
    host = dist.TCPStore("127.0.0.1", port, is_master=True, timeout=datetime.timedelta(seconds=10), wait_for_workers=False)
    yield lambda: dist.TCPStore("127.0.0.1", port, is_master=False, timeout=datetime.timedelta(seconds=10))
    del host


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_rank_zero_reads_each_ranks_steps_place_and_silence(store_factory):
    clock = Clock()
    steps = {0: 7, 1: 5}
    writers = [PulseWriter(rank, lambda rank=rank: steps[rank], interval=1.0, store_factory=store_factory) for rank in (0, 1)]
    reader = PulseReader(2, interval=1.0, store_factory=store_factory, clock=clock)

    clock.now += 3.0
    assert [(r, s) for r, s, _, _ in reader.pulses()] == [(0, 3.0), (1, 3.0)]  # never heard from: silent since start

    for w in writers:
        w.publish()
    reader.refresh()
    clock.now += 2.0
    pulses = reader.pulses()
    assert [(r, s, n) for r, s, n, _ in pulses] == [(0, 2.0, 7), (1, 2.0, 5)]

    # Rank 0 goes on beating, rank 1 stops (SIGSTOP): only rank 1's silence grows.
    for _ in range(3):
        steps[0] += 1
        writers[0].publish()
        reader.refresh()
        clock.now += 5.0
    pulses = reader.pulses()
    assert (pulses[0][0], pulses[0][1], pulses[0][2]) == (0, 5.0, 10)
    assert (pulses[1][0], pulses[1][1], pulses[1][2]) == (1, 17.0, 5)


def test_the_threads_publish_and_read_on_their_own(store_factory):
    writer = PulseWriter(3, lambda: 42, interval=0.05, store_factory=store_factory).start()
    reader = PulseReader(4, interval=0.05, store_factory=store_factory).start()
    try:
        import time

        # The first pulse may catch the main thread still starting the threads; later ones find it here.
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and "in test_the_threads_publish_and_read_on_their_own" not in reader.pulses()[3][3]:
            time.sleep(0.05)
        rank, silent, steps, where = reader.pulses()[3]
        assert (rank, steps) == (3, 42)
        assert where.startswith("py/test_pulse.py:") and where.endswith("in test_the_threads_publish_and_read_on_their_own"), where
    finally:
        writer.stop()
        reader.stop()
