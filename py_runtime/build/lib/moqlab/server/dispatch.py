"""Request dispatch: a table from message type to handler, usable in-process without sockets."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
import traceback
from typing import Callable

from ..errors import Code, WorkerError, is_out_of_memory
from . import envelope as env

log = logging.getLogger("moqlab.worker")

Handler = Callable[[object, "RequestContext"], object]


@dataclasses.dataclass
class RequestContext:
    request_id: str
    emit: Callable[[object], None]
    cancel: threading.Event
    state: object

    def cancelled(self) -> bool:
        return self.cancel.is_set()


@dataclasses.dataclass(frozen=True)
class Failure:
    code: str
    message: str


@dataclasses.dataclass(frozen=True)
class Reply:
    data: bytes  # the encoded reply envelope
    error: Failure | None  # why the request failed; None when it succeeded


class Dispatcher:
    def __init__(self, handlers: dict[str, Handler], state: object, session_id: str, send: Callable[[bytes], None]) -> None:
        self.handlers = handlers
        self.state = state
        self.session_id = session_id
        self.send = send
        self.cancel = threading.Event()
        self.busy: tuple[str, str, float] | None = None

    def emit(self, event) -> None:
        self.send(env.encode(event, self.session_id))

    def handle(self, envelope, payload) -> None:
        """Runs one request and sends its reply (a result or a typed error)."""
        self.send(self.answer(envelope, payload).data)

    def answer(self, envelope, payload) -> "Reply":
        """Runs one request; its reply, not yet sent."""
        handler = self.handlers.get(envelope.type)
        if handler is None:
            error = Failure("UNIMPLEMENTED", f"{envelope.type} is not a request this worker serves")
            return Reply(env.encode_error(error.code, error.message, self.session_id, envelope.message_id), error)
        self.busy = (envelope.type, envelope.message_id, time.time())
        ctx = RequestContext(envelope.message_id, self.emit, self.cancel, self.state)
        try:
            result = handler(payload, ctx)
        except WorkerError as e:
            error = Failure(e.code.value, e.message)
            return Reply(env.encode_error(e.code.value, e.message, self.session_id, envelope.message_id, e.details), error)
        except Exception as e:
            code = Code.OUT_OF_MEMORY if is_out_of_memory(e) else Code.INTERNAL
            log.exception("%s failed", envelope.type)
            error = Failure(code.value, f"{envelope.type} failed: {type(e).__name__}: {e}")
            data = env.encode_error(error.code, error.message, self.session_id, envelope.message_id, {"traceback": traceback.format_exc()})
            return Reply(data, error)
        else:
            return Reply(env.encode(result, self.session_id, envelope.message_id), None)
        finally:
            self.busy = None

    def reply_error(self, envelope, code: str, message: str) -> None:
        self.send(env.encode_error(code, message, self.session_id, envelope.message_id))
