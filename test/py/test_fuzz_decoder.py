"""Issue 14 §6: the worker's decoder on random and mutated bytes (bounded, seeded). Whatever arrives, decode
either returns an envelope and a payload or raises ProtocolError, which the worker answers; nothing else
may escape the socket thread."""

from __future__ import annotations

import random

from moqlab.proto import messages as m
from moqlab.server import envelope as env

ITERATIONS = 3000


def _valid_frames() -> list[bytes]:
    return [
        env.encode(m.Hello(protocol_version=1), "s"),
        env.encode(m.Ping(payload=b"\x07" * 40), "s"),
        env.encode(m.LoadModel(spec=m.ModelSpec(name="mlp", kwargs_json='{"hidden": [8]}'), device="cpu"), "s"),
        env.encode(m.RunSegment(num_steps=3, plan=[m.LayerPlan(name="fc.weight", bits=4)]), "s"),
    ]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(4)
        if op == 0 and b:
            b[rng.randrange(len(b))] = rng.randrange(256)
        elif op == 1 and b:
            del b[rng.randrange(len(b)) :]
        elif op == 2:
            b[rng.randrange(len(b) + 1) : rng.randrange(len(b) + 1)] = rng.randbytes(rng.randint(1, 16))
        else:
            i = rng.randrange(len(b) + 1)
            b[i:i] = b[: rng.randint(0, len(b))]
    return bytes(b)


def test_random_and_mutated_frames_decode_or_raise_protocol_error():
    rng = random.Random(14)
    seeds = _valid_frames()
    outcomes = {"decoded": 0, "refused": 0}
    for i in range(ITERATIONS):
        data = rng.randbytes(rng.randint(0, 200)) if i % 3 == 0 else _mutate(rng, rng.choice(seeds))
        try:
            env.decode(data)
        except env.ProtocolError as e:
            assert e.code in {"MALFORMED_MESSAGE", "UNKNOWN_MESSAGE_TYPE", "PROTOCOL_VERSION_MISMATCH"}, e.code
            outcomes["refused"] += 1
        else:
            outcomes["decoded"] += 1
    # Both paths were exercised, so the test says something about each.
    assert outcomes["decoded"] > 50 and outcomes["refused"] > 50, outcomes
