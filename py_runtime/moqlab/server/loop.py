"""The worker process: a socket thread that owns the DEALER socket, and an executor (the main thread)
that runs requests one at a time.

The socket thread answers Ping at once (even while training), sends heartbeats, forwards what the
executor sends, and notices a silent controller; the executor never touches the DEALER socket.
"""

from __future__ import annotations

import collections
import logging
import os
import resource
import threading
import time

from .. import __version__
from ..proto import messages, type_name
from . import envelope as env
from .dispatch import Dispatcher
from .pulse import executor_location
from .zmqlib import DEALER, PAIR

log = logging.getLogger("moqlab.worker")

PING = type_name(messages.Ping)
SHUTDOWN = type_name(messages.Shutdown)
HEARTBEAT = type_name(messages.Heartbeat)
HELLO = type_name(messages.Hello)
CANCEL = type_name(messages.Cancel)
# While the executor is idle the socket thread waits on the DEALER alone (a blocking read costs less per
# message than polling two sockets); this bounds how late a heartbeat, a stop, or a log line that another
# thread hands over meanwhile can be.
IDLE_WAIT_MS = 50
# The largest message the worker accepts. Commands are small (tensors never travel); a larger frame
# is dropped by ZeroMQ, which closes that connection, instead of growing the worker's memory.
DEFAULT_MAX_FRAME_BYTES = 64 << 20


class _Queue:
    """Requests for the executor; Shutdown jumps the queue."""

    def __init__(self) -> None:
        self._items: collections.deque = collections.deque()
        self._cv = threading.Condition()

    def put(self, item, urgent: bool = False) -> None:
        with self._cv:
            (self._items.appendleft if urgent else self._items.append)(item)
            self._cv.notify()

    def get(self):
        with self._cv:
            while not self._items:
                self._cv.wait()
            return self._items.popleft()

    def drain(self) -> list:
        with self._cv:
            items = list(self._items)
            self._items.clear()
            return items


class _Outbox:
    """Lets any thread hand frames to the socket thread through an inproc PAIR socket."""

    def __init__(self, ctx, address: str) -> None:
        self._lock = threading.Lock()
        self._sock = ctx.socket(PAIR)
        self._sock.connect(address)

    def send(self, data: bytes) -> None:
        with self._lock:
            self._sock.send([data])

    def close(self) -> None:
        with self._lock:
            self._sock.close(linger_ms=1000)


def _rss_bytes() -> float:
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss) * 1024.0


class _LogForwarder(logging.Handler):
    """Sends the worker's log records to the controller as Log events."""

    _LEVELS = {
        logging.DEBUG: "LOG_LEVEL_DEBUG",
        logging.INFO: "LOG_LEVEL_INFO",
        logging.WARNING: "LOG_LEVEL_WARNING",
        logging.ERROR: "LOG_LEVEL_ERROR",
    }

    def __init__(self, emit) -> None:
        super().__init__(level=logging.INFO)
        self._emit = emit

    def emit(self, record: logging.LogRecord) -> None:
        level = self._LEVELS.get(record.levelno, "LOG_LEVEL_ERROR" if record.levelno > logging.ERROR else "LOG_LEVEL_INFO")
        try:
            self._emit(
                messages.Log(
                    level=messages.LogLevel.Value(level), message=self.format(record), logger=record.name, time=record.created
                )
            )
        except Exception:
            self.handleError(record)


class WorkerServer:
    def __init__(
        self,
        ctx,
        endpoint: str,
        session_id: str,
        handlers: dict,
        state: object,
        heartbeat_interval: float = 1.0,
        controller_timeout: float = 0.0,
        max_frame_bytes: int = DEFAULT_MAX_FRAME_BYTES,
        curve: tuple | None = None,
        relay=None,
        pulses=None,
    ) -> None:
        # A gang's rank 0 relays every request to the other ranks (server/gang.py); None alone.
        self.relay = relay
        # A gang's rank 0 reads every rank's pulse (server/pulse.py) into its heartbeats; None alone.
        self.pulses = pulses
        # (the controller's public key, this worker's KeyPair): a CURVE client connection.
        self.curve = curve
        self.endpoint = endpoint
        self.max_frame_bytes = max_frame_bytes
        # Nothing but Hello is served before Hello: a peer that skips the handshake gets errors only.
        self._greeted = False
        self._connection_lost = False
        self.session_id = session_id
        self.heartbeat_interval = heartbeat_interval
        self.controller_timeout = controller_timeout
        self.ctx = ctx
        self.started = time.time()
        self.queue = _Queue()
        # Requests handed to the executor, and those it has finished (after sending all it had to send):
        # equal, the executor is idle. Each is written by one thread only.
        self._handed = 0
        self._finished = 0
        self._outbox_address = f"inproc://moqlab-outbox-{os.getpid()}-{id(self)}"
        self._stop = threading.Event()
        self._socket_ready = threading.Event()
        self._socket_error: BaseException | None = None
        self.exit_code = 0
        self.outbox: _Outbox | None = None
        self.dispatcher = Dispatcher(handlers, state, session_id, self._send)

    # --- executor side -------------------------------------------------------------------------
    def _send(self, data: bytes) -> None:
        assert self.outbox is not None
        self.outbox.send(data)

    def serve(self) -> int:
        thread = threading.Thread(target=self._socket_thread, name="moqlab-socket", daemon=True)
        thread.start()
        self._socket_ready.wait()
        if self._socket_error is not None:
            raise self._socket_error
        self.outbox = _Outbox(self.ctx, self._outbox_address)
        forwarder = _LogForwarder(self.dispatcher.emit)
        logging.getLogger("moqlab").addHandler(forwarder)
        try:
            while not self._stop.is_set():
                item = self.queue.get()
                if item is None:
                    break
                envelope, payload = item
                if envelope.type == SHUTDOWN:
                    if self.relay is not None:
                        self.relay.end()
                    self._send(env.encode(messages.ShutdownResult(), self.session_id, envelope.message_id))
                    for other, _ in (i for i in self.queue.drain() if i is not None):
                        self.dispatcher.reply_error(other, "CANCELLED", "the worker is shutting down")
                    break
                if self.relay is None:
                    self.dispatcher.handle(envelope, payload)
                else:
                    self.relay.send(envelope)
                    self._send(self.relay.agree(envelope, self.dispatcher.answer(envelope, payload)))
                self._finished += 1
        finally:
            if self.relay is not None:
                self.relay.end()
            logging.getLogger("moqlab").removeHandler(forwarder)
            self._stop.set()
            self.outbox.close()
            thread.join(timeout=5)
            self.ctx.term()
        return self.exit_code

    # --- socket side ---------------------------------------------------------------------------
    def _socket_thread(self) -> None:
        try:
            dealer = self.ctx.socket(DEALER)
            dealer.set_hwm(0)
            dealer.set_max_message_size(self.max_frame_bytes)
            dealer.set_recv_timeout(IDLE_WAIT_MS)
            if self.curve is not None:
                dealer.set_curve_client(*self.curve)
            dealer.connect(self.endpoint)
            inbox = self.ctx.socket(PAIR)
            inbox.bind(self._outbox_address)
        except BaseException as e:
            self._socket_error = e
            self._socket_ready.set()
            return
        self._socket_ready.set()
        ready = messages.WorkerReady(pid=os.getpid(), session_id=self.session_id, worker_version=__version__, hostname=os.uname().nodename)
        self._to_controller(dealer, [env.encode(ready, self.session_id)])
        last_heard = time.monotonic()
        next_beat = time.monotonic() + self.heartbeat_interval
        poller = self.ctx.poller([dealer, inbox])
        flushed = -1  # the value of _finished when the inbox was last emptied
        while not self._stop.is_set():
            finished = self._finished
            if finished == self._handed:
                if flushed != finished:
                    # The executor queued its last frames before it counted the request finished.
                    self._flush(dealer, inbox)
                    flushed = finished
                frames = dealer.recv()
                if frames is not None:
                    last_heard = time.monotonic()
                    self._on_incoming(dealer, frames[-1])
                else:
                    self._flush(dealer, inbox)
            else:
                timeout_ms = max(0, int((next_beat - time.monotonic()) * 1000))
                dealer_ready, inbox_ready = poller.poll(min(timeout_ms, 200))
                # One message per socket per turn: POLLIN guarantees it is there, and a queue of more
                # simply makes the next poll return at once (no failing non-blocking read per message).
                if dealer_ready:
                    last_heard = time.monotonic()
                    self._on_incoming(dealer, dealer.recv()[-1])
                if inbox_ready:
                    self._to_controller(dealer, inbox.recv())
            now = time.monotonic()
            if now >= next_beat:
                self._to_controller(dealer, [env.encode(self._heartbeat(), self.session_id)])
                next_beat = now + self.heartbeat_interval
            if self.controller_timeout and now - last_heard > self.controller_timeout:
                log.error("no message from the controller for %.0f s; worker exiting", self.controller_timeout)
                self.exit_code = 4
                self.dispatcher.cancel.set()
                self.queue.put(None, urgent=True)
                break
        self._flush(dealer, inbox)  # what the executor sent before it stopped
        inbox.close()
        dealer.close(linger_ms=2000)

    def _flush(self, dealer, inbox) -> None:
        while (frames := inbox.recv(block=False)) is not None:
            self._to_controller(dealer, frames)

    def _to_controller(self, dealer, frames) -> None:
        """Never blocks the socket thread: with no connection to send on (ZeroMQ ended it, e.g. after a frame
        over the size cap), the message is dropped, and the controller timeout ends the worker."""
        if not dealer.send(frames, block=False) and not self._connection_lost:
            self._connection_lost = True
            log.error("the connection to the controller is gone; messages are dropped until the controller timeout")

    def _heartbeat(self):
        beat = messages.Heartbeat(uptime_seconds=time.time() - self.started, rss_bytes=_rss_bytes())
        busy = self.dispatcher.busy
        if busy is not None:
            beat.busy_with, beat.busy_request_id = busy[0], busy[1]
            beat.busy_seconds = time.time() - busy[2]
            beat.busy_at = executor_location()
        step = getattr(self.dispatcher.state, "optimizer_step", None)
        if step is not None:
            beat.optimizer_step = step
        attempted = getattr(self.dispatcher.state, "steps_attempted", None)
        if attempted is not None:
            beat.steps_attempted = attempted
        if self.pulses is not None:
            for rank, silent, steps, at in self.pulses.pulses():
                beat.ranks.add(rank=rank, silent_seconds=silent, steps_attempted=steps, at=at)
        return beat

    def _on_incoming(self, dealer, data: bytes) -> None:
        try:
            envelope, payload = env.decode(data)
        except env.ProtocolError as e:
            reply_to = e.envelope.message_id if e.envelope is not None else ""
            log.warning("rejected a message: %s", e.message)
            self._to_controller(dealer, [env.encode_error(e.code, e.message, self.session_id, reply_to, e.details)])
            return
        # Read once: each read of a protobuf string field builds a new str.
        kind = envelope.type
        if not self._greeted and kind not in (HELLO, HEARTBEAT):
            log.warning("refused %s before the handshake", kind)
            self._to_controller(dealer, [env.encode_error("FAILED_PRECONDITION", f"{kind} before Hello: this worker serves nothing until the handshake", self.session_id, envelope.message_id)])
            return
        if kind == HELLO:
            self._greeted = True
        if kind == PING:
            self._to_controller(dealer, [env.encode(messages.Pong(payload=payload.payload), self.session_id, envelope.message_id)])
        elif kind == HEARTBEAT:
            pass
        elif kind == CANCEL:
            self.dispatcher.cancel.set()
        elif kind == SHUTDOWN:
            self.dispatcher.cancel.set()
            self._handed += 1  # never finished: its reply must not wait for an idle read to time out
            self.queue.put((envelope, payload), urgent=True)
        else:
            self._handed += 1
            self.queue.put((envelope, payload))
