"""The worker's socket thread over a real ROUTER: it reads the DEALER alone while the executor is idle,
and still forwards what other threads hand over meanwhile."""

from __future__ import annotations

import logging
import tempfile
import threading
import time

import pytest

from moqlab.proto import PROTOCOL_VERSION, messages, type_name
from moqlab.server import envelope as env
from moqlab.server.handlers import HANDLERS, WorkerState
from moqlab.server.loop import WorkerServer
from moqlab.server.zmqlib import ROUTER, open_context


def _late_line(req, ctx):
    # Logs from another thread once the request is answered: the executor is idle by then.
    def later() -> None:
        time.sleep(0.3)
        logging.getLogger("moqlab.test").warning("a line from another thread")

    threading.Thread(target=later, daemon=True).start()
    return messages.EvaluateResult(loss=1.5)


@pytest.mark.parametrize("binding", ["pyzmq", "ctypes"])
def test_idle_reads_the_dealer_alone_and_still_forwards_other_threads(binding):
    try:
        ctx, ours = open_context(binding), open_context(binding)  # the server terminates its own context
    except Exception as e:  # the binding is not installed with this Python
        pytest.skip(f"{binding}: {e}")
    endpoint = f"ipc://{tempfile.mktemp(prefix='moqlab-test-', suffix='.sock')}"
    router = ours.socket(ROUTER)
    router.bind(endpoint)
    handlers = {**HANDLERS, type_name(messages.Evaluate): _late_line}
    server = WorkerServer(ctx, endpoint, "s", handlers, WorkerState(zmq_kind=binding, zmq_version="test"), heartbeat_interval=0.5)
    serving = threading.Thread(target=server.serve, daemon=True)
    serving.start()
    identity = router.recv()[0]  # WorkerReady

    def ask(message) -> messages.Envelope:
        data = env.encode(message, "s")
        sent = messages.Envelope.FromString(data).message_id
        router.send([identity, data])
        return wait_for(lambda e: e.in_reply_to == sent)

    seen: list[messages.Envelope] = []

    def wait_for(match, seconds: float = 60.0) -> messages.Envelope:
        deadline = time.monotonic() + seconds  # generous: the machine may be busy
        while time.monotonic() < deadline:
            frames = router.recv()
            envelope = messages.Envelope.FromString(frames[-1])
            seen.append(envelope)
            if match(envelope):
                return envelope
        raise AssertionError(f"nothing matched in {seconds} s; saw {[e.type for e in seen]}")

    try:
        assert not ask(messages.Hello(protocol_version=PROTOCOL_VERSION)).HasField("error")
        reply = ask(messages.Evaluate(batch_size=8))
        assert messages.EvaluateResult.FromString(reply.payload).loss == 1.5
        # The executor counts a request finished just after sending its reply.
        deadline = time.monotonic() + 30
        while server._finished < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server._handed == server._finished == 2
        log = wait_for(lambda e: e.type == type_name(messages.Log))
        assert messages.Log.FromString(log.payload).message == "a line from another thread"
        # Heartbeats keep coming while the socket thread waits on the DEALER alone.
        wait_for(lambda e: e.type == type_name(messages.Heartbeat))
        pong = ask(messages.Ping(payload=b"x"))
        assert messages.Pong.FromString(pong.payload).payload == b"x"
        assert not ask(messages.Shutdown()).HasField("error")
    finally:
        serving.join(timeout=30)
        router.close()
        ours.term()
    assert not serving.is_alive()
