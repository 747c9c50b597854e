"""Request handling in-process, without sockets: typed errors, unknown requests, out-of-memory."""

from __future__ import annotations

from moqlab.errors import Code, WorkerError
from moqlab.proto import messages, type_name
from moqlab.server import envelope as env
from moqlab.server.dispatch import Dispatcher


def _run(handlers, request):
    sent = []
    d = Dispatcher(handlers, state=None, session_id="s", send=sent.append)
    data = env.encode(request, "s")
    envelope, payload = env.decode(data)
    d.handle(envelope, payload)
    return envelope, [messages.Envelope.FromString(b) for b in sent]


def test_result_reply_carries_the_request_id():
    def ping(req, ctx):
        ctx.emit(messages.Log(message="working"))
        return messages.Pong(payload=req.payload)

    request, out = _run({type_name(messages.Ping): ping}, messages.Ping(payload=b"x"))
    log, reply = out
    assert log.type == "moqlab.v1.Log" and log.in_reply_to == ""
    assert reply.in_reply_to == request.message_id
    assert messages.Pong.FromString(reply.payload).payload == b"x"


def test_worker_error_becomes_a_typed_error_reply():
    def bad(req, ctx):
        raise WorkerError(Code.INVALID_ARGUMENT, "model.kwargs.hidden must be a list", field="model.kwargs.hidden")

    request, (reply,) = _run({type_name(messages.Ping): bad}, messages.Ping())
    assert reply.error.code == messages.ErrorCode.ERROR_CODE_INVALID_ARGUMENT
    assert reply.error.details["field"] == "model.kwargs.hidden"
    assert reply.in_reply_to == request.message_id


def test_unexpected_exception_is_internal_with_traceback():
    def boom(req, ctx):
        raise KeyError("x")

    _, (reply,) = _run({type_name(messages.Ping): boom}, messages.Ping())
    assert reply.error.code == messages.ErrorCode.ERROR_CODE_INTERNAL
    assert "KeyError" in reply.error.details["traceback"]


def test_out_of_memory_is_reported_as_such():
    def oom(req, ctx):
        raise RuntimeError("CUDA out of memory. Tried to allocate 2.00 GiB")

    _, (reply,) = _run({type_name(messages.Ping): oom}, messages.Ping())
    assert reply.error.code == messages.ErrorCode.ERROR_CODE_OUT_OF_MEMORY


def test_request_without_handler_is_unimplemented():
    _, (reply,) = _run({}, messages.Evaluate())
    assert reply.error.code == messages.ErrorCode.ERROR_CODE_UNIMPLEMENTED


def test_decode_rejects_garbage_and_unknown_types():
    import pytest

    with pytest.raises(env.ProtocolError) as e:
        env.decode(b"\xff\xfe\x00")
    assert e.value.code == "MALFORMED_MESSAGE"
    unknown = messages.Envelope(message_id="m", type="moqlab.v1.Nope", protocol_version=1).SerializeToString()
    with pytest.raises(env.ProtocolError) as e:
        env.decode(unknown)
    assert e.value.code == "UNKNOWN_MESSAGE_TYPE" and e.value.envelope.message_id == "m"


class _FakeGang:
    """The collectives a Relay calls, answered from a script instead of other processes."""

    world_size = 2

    def __init__(self, outcomes):
        self.outcomes = outcomes
        self.broadcasts = []

    def broadcast(self, data=None):
        self.broadcasts.append(data)
        return data

    def gather(self, value):
        return [value, *self.outcomes]


def test_a_gangs_reply_is_rank_0s_unless_another_rank_failed_where_it_did_not():
    from moqlab.server.gang import Relay

    d = Dispatcher({type_name(messages.Ping): lambda req, ctx: messages.Pong(payload=req.payload)}, None, "s", lambda b: None)
    envelope, payload = env.decode(env.encode(messages.Ping(payload=b"x"), "s"))

    relay = Relay(_FakeGang([None]), "s")
    relay.send(envelope)
    ok = messages.Envelope.FromString(relay.agree(envelope, d.answer(envelope, payload)))
    assert ok.type == "moqlab.v1.Pong" and relay.gang.broadcasts == [envelope.SerializeToString()]

    relay = Relay(_FakeGang([("OUT_OF_MEMORY", "CUDA out of memory")]), "s")
    failed = messages.Envelope.FromString(relay.agree(envelope, d.answer(envelope, payload)))
    assert failed.error.code == messages.ErrorCode.ERROR_CODE_OUT_OF_MEMORY
    assert failed.error.message == "rank 1 of 2: CUDA out of memory" and failed.error.details["rank"] == "1"
    assert failed.in_reply_to == envelope.message_id

    # Rank 0's own failure is the reply; the others' are in their logs.
    def bad(req, ctx):
        raise WorkerError(Code.INVALID_ARGUMENT, "rank 0 refuses")

    d0 = Dispatcher({type_name(messages.Ping): bad}, None, "s", lambda b: None)
    first = messages.Envelope.FromString(relay.agree(envelope, d0.answer(envelope, payload)))
    assert first.error.message == "rank 0 refuses"

    relay.end()
    relay.end()
    assert relay.gang.broadcasts == [None]  # told once, however often the server ends
