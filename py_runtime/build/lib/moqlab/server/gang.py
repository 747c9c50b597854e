"""A worker that is a torchrun gang: rank 0 holds the controller's socket and relays each request to
the other ranks, which run the same handler in step with it (their collectives meet inside it).

The controller sees one worker. A request's reply is rank 0's, unless another rank failed where rank 0
did not: then the reply is that rank's error, named. Ranks other than 0 skip what only needs one copy
(evaluation and export run on rank 0's weights, which equal every rank's), except evaluation in an FSDP
gang, whose forward gathers the weights from every rank; they emit no events.
"""

from __future__ import annotations

import logging

from ..proto import messages, type_name
from . import envelope as env
from .dispatch import Dispatcher, Reply

log = logging.getLogger("moqlab.worker")

# Rank 0 alone answers these: the handshake describes the process the controller talks to, and
# evaluation and export read weights that are the same on every rank, with no collective.
LEADER_ONLY = frozenset({type_name(messages.Hello), type_name(messages.Evaluate), type_name(messages.Export)})


class Relay:
    """Rank 0's side: sends each request to the gang, and merges the gang's outcome into the reply."""

    def __init__(self, gang, session_id: str) -> None:
        self.gang = gang
        self.session_id = session_id
        self._ended = False

    def send(self, envelope) -> None:
        self.gang.broadcast(envelope.SerializeToString())

    def agree(self, envelope, reply: Reply) -> bytes:
        outcomes = self.gang.gather(None)
        if reply.error is not None:
            return reply.data
        for rank, failure in enumerate(outcomes):
            if failure is not None:
                code, message = failure
                return env.encode_error(code, f"rank {rank} of {self.gang.world_size}: {message}", self.session_id, envelope.message_id, {"rank": str(rank)})
        return reply.data

    def end(self) -> None:
        """Tells the other ranks to exit; a gang that already fell apart is past telling."""
        if self._ended:
            return
        self._ended = True
        try:
            self.gang.broadcast(None)
        except Exception as e:
            log.warning("could not tell the gang to stop: %s", e)


def _gathers_weights(message_type: str, state: object) -> bool:
    """An FSDP gang evaluates on every rank: its forward gathers each weight's shards (a collective)."""
    trainer = getattr(state, "trainer", None)
    return message_type == type_name(messages.Evaluate) and trainer is not None and trainer.sharded


def follow(gang, handlers: dict, state: object) -> int:
    """The loop of ranks other than 0: run what rank 0 relays until it says stop."""
    dispatcher = Dispatcher(handlers, state, session_id="", send=lambda data: None)
    log.info("rank %d of %d follows rank 0", gang.rank, gang.world_size)
    while True:
        data = gang.broadcast(None)
        if data is None:
            return 0
        envelope, payload = env.decode(data)
        if envelope.type in LEADER_ONLY and not _gathers_weights(envelope.type, state):
            gang.gather(None)
            continue
        reply = dispatcher.answer(envelope, payload)
        if reply.error is not None:
            log.error("rank %d: %s", gang.rank, reply.error.message)
        gang.gather(None if reply.error is None else (reply.error.code, reply.error.message))
