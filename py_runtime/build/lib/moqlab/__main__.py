"""`python -m moqlab worker --connect ENDPOINT`: run a worker that serves one controller session."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import uuid


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m moqlab", description="moqlab worker")
    sub = p.add_subparsers(dest="command", required=True)
    w = sub.add_parser("worker", help="connect to a moqlab controller and serve its requests")
    w.add_argument("--connect", required=True, help="controller endpoint, e.g. ipc:///tmp/moqlab-x.sock or tcp://host:5555")
    w.add_argument("--session", default="", help="session id (the controller assigns one when it spawns the worker)")
    w.add_argument("--parent-pid", type=int, default=0, help="exit when this process dies")
    w.add_argument("--heartbeat-ms", type=int, default=1000, help="heartbeat interval")
    w.add_argument(
        "--controller-timeout", type=float, default=30.0, help="exit after this many seconds without a message from the controller (0 = never)"
    )
    w.add_argument(
        "--max-frame-bytes", type=int, default=None,
        help="largest message accepted from the controller; larger ones are dropped (default 64 MiB)",
    )
    w.add_argument(
        "--server-key", default=None,
        help="tcp: the controller's CURVE public key (printed by `moqlab train --listen`); the connection is encrypted "
        "and the worker authenticates with its own key pair (created in $MOQLAB_KEYS_DIR on first use)",
    )
    w.add_argument("--insecure", action="store_true", help="tcp without CURVE: anyone who reaches the endpoint can pose as the controller")
    w.add_argument("--zmq-binding", choices=["pyzmq", "ctypes"], default=None, help="force a ZeroMQ binding (default: pyzmq when importable)")
    return p


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="moqlab-worker[%(process)d] %(levelname)s %(message)s")
    # A worker never downloads (models are local directories or already cached); without these a
    # missing checkpoint would stall on network retries instead of failing at once.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    from .server.handlers import HANDLERS, WorkerState
    from .server.watchdog import watch_parent

    if args.parent_pid:
        watch_parent(args.parent_pid)
    log = logging.getLogger("moqlab.worker")
    session_id = args.session or uuid.uuid4().hex
    gang = relay = writer = reader = None
    state = WorkerState(zmq_kind="", zmq_version="")
    if int(os.environ.get("WORLD_SIZE", "1")) > 1:
        # Under torchrun: join the gang first; only rank 0 talks to the controller.
        from .server.gang import follow
        from .server.pulse import PulseReader, PulseWriter
        from .training.gang import join_from_environment

        gang = join_from_environment()
        state.gang = gang
        interval = args.heartbeat_ms / 1000.0
        writer = PulseWriter(gang.rank, lambda: state.steps_attempted or 0, interval).start()
        if not gang.leader:
            try:
                return follow(gang, HANDLERS, state)
            finally:
                writer.stop()
                gang.close()
        from .server.gang import Relay

        relay = Relay(gang, session_id)
        reader = PulseReader(gang.world_size, interval).start()
    try:
        return _serve(args, log, session_id, state, relay, reader)
    finally:
        if relay is not None:
            relay.end()
        for thread in (writer, reader):
            if thread is not None:
                thread.stop()
        if gang is not None:
            gang.close()


def _serve(args, log, session_id: str, state, relay, pulses) -> int:
    from .server.handlers import HANDLERS
    from .server.loop import WorkerServer
    from .server.zmqlib import open_context

    ctx = open_context(args.zmq_binding)
    state.zmq_kind, state.zmq_version = ctx.kind.value, ctx.version  # the handshake reports the binding
    curve = None
    if args.server_key:
        from .server.keys import load_or_create

        keys = load_or_create(ctx.curve_keypair)
        curve = (args.server_key, keys)
        log.info("CURVE: this worker's public key is %s (on the controller: moqlab keys --authorize %s)", keys.public, keys.public)
    elif args.connect.startswith("tcp://"):
        if not args.insecure:
            log.error(
                "%s is a tcp endpoint: pass --server-key with the controller's public key (moqlab train --listen prints it), "
                "or --insecure to connect without authentication",
                args.connect,
            )
            return 2
        log.warning("connecting to %s without CURVE (--insecure): anyone who reaches it can pose as the controller", args.connect)
    server = WorkerServer(
        ctx,
        endpoint=args.connect,
        session_id=session_id,
        handlers=HANDLERS,
        state=state,
        relay=relay,
        pulses=pulses,
        heartbeat_interval=args.heartbeat_ms / 1000.0,
        controller_timeout=args.controller_timeout,
        curve=curve,
        **({} if args.max_frame_bytes is None else {"max_frame_bytes": args.max_frame_bytes}),
    )
    log.info("serving %s (pid %d, zmq %s via %s)", args.connect, os.getpid(), ctx.version, ctx.kind.value)
    return server.serve()


if __name__ == "__main__":
    sys.exit(main())
