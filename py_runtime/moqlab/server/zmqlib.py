"""The few ZeroMQ calls the worker needs, over pyzmq when importable, else over libzmq.so.5 via ctypes.

GPU machines ship torch and protobuf but not pyzmq; libzmq alone is enough for a DEALER socket.
`MOQLAB_ZMQ_BINDING=ctypes` forces the ctypes path (tests use it), `MOQLAB_LIBZMQ` names the library.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import dataclasses
import enum
import errno
import os
from typing import Sequence

DEALER = 5
PAIR = 0
ROUTER = 6
POLLIN = 1
_DONTWAIT = 1
_LINGER = 17
_ROUTING_ID = 5
_SNDHWM = 23
_RCVHWM = 24
_RCVTIMEO = 27
_MAXMSGSIZE = 22  # int64
_CURVE_PUBLICKEY = 48
_CURVE_SECRETKEY = 49
_CURVE_SERVERKEY = 50


class BindingKind(enum.Enum):
    PYZMQ = "pyzmq"
    CTYPES = "ctypes"


@dataclasses.dataclass(frozen=True)
class KeyPair:
    """A CURVE key pair, each key in Z85 (40 characters)."""

    public: str
    secret: str


class ZmqError(OSError):
    pass


class _PyzmqSocket:
    def __init__(self, sock) -> None:
        self._sock = sock

    def connect(self, endpoint: str) -> None:
        self._sock.connect(endpoint)

    def bind(self, endpoint: str) -> None:
        self._sock.bind(endpoint)

    def set_routing_id(self, value: bytes) -> None:
        import zmq

        self._sock.setsockopt(zmq.ROUTING_ID, value)

    def set_hwm(self, value: int) -> None:
        import zmq

        self._sock.setsockopt(zmq.SNDHWM, value)
        self._sock.setsockopt(zmq.RCVHWM, value)

    def set_max_message_size(self, value: int) -> None:
        import zmq

        self._sock.setsockopt(zmq.MAXMSGSIZE, value)

    def set_recv_timeout(self, ms: int) -> None:
        """A blocking recv gives None after ``ms`` without a message."""
        import zmq

        self._sock.setsockopt(zmq.RCVTIMEO, ms)

    def set_curve_client(self, server_key: str, keys: "KeyPair") -> None:
        import zmq

        self._sock.setsockopt(zmq.CURVE_SERVERKEY, server_key.encode())
        self._sock.setsockopt(zmq.CURVE_PUBLICKEY, keys.public.encode())
        self._sock.setsockopt(zmq.CURVE_SECRETKEY, keys.secret.encode())

    def send(self, frames: Sequence[bytes], block: bool = True) -> bool:
        """False when ``block`` is off and the message cannot be queued (no peer to send to)."""
        import zmq

        try:
            self._sock.send_multipart(list(frames), flags=0 if block else zmq.NOBLOCK, copy=False)
        except zmq.Again:
            return False
        return True

    def recv(self, block: bool = True) -> list[bytes] | None:
        import zmq

        try:
            return self._sock.recv_multipart(flags=0 if block else zmq.NOBLOCK)
        except zmq.Again:
            return None

    def close(self, linger_ms: int = 0) -> None:
        self._sock.close(linger=linger_ms)

    @property
    def handle(self):
        return self._sock


class _PyzmqPoller:
    """Waits until any of a fixed set of sockets is readable; built once, polled many times."""

    def __init__(self, zmq, sockets: Sequence[_PyzmqSocket]) -> None:
        self._poller = zmq.Poller()
        self._handles = [s.handle for s in sockets]
        for h in self._handles:
            self._poller.register(h, zmq.POLLIN)

    def poll(self, timeout_ms: int) -> list[bool]:
        ready = dict(self._poller.poll(timeout_ms))
        return [h in ready for h in self._handles]


class _PyzmqContext:
    kind = BindingKind.PYZMQ

    def __init__(self) -> None:
        import zmq

        self._zmq = zmq
        self._ctx = zmq.Context()
        self.version = zmq.zmq_version()

    def socket(self, socket_type: int) -> _PyzmqSocket:
        return _PyzmqSocket(self._ctx.socket(socket_type))

    def curve_keypair(self) -> "KeyPair":
        public, secret = self._zmq.curve_keypair()
        return KeyPair(public.decode(), secret.decode())

    def poller(self, sockets: Sequence[_PyzmqSocket]) -> "_PyzmqPoller":
        return _PyzmqPoller(self._zmq, sockets)

    def term(self) -> None:
        self._ctx.term()


class _PollItem(ctypes.Structure):
    _fields_ = [("socket", ctypes.c_void_p), ("fd", ctypes.c_int), ("events", ctypes.c_short), ("revents", ctypes.c_short)]


class _Msg(ctypes.Structure):
    # zmq_msg_t is an opaque 64-byte, pointer-aligned blob.
    _fields_ = [("_", ctypes.c_void_p * 8)]


def _load_libzmq() -> ctypes.CDLL:
    candidates = [os.environ.get("MOQLAB_LIBZMQ"), ctypes.util.find_library("zmq"), "libzmq.so.5", "libzmq.so"]
    errors = []
    for name in candidates:
        if not name:
            continue
        try:
            return ctypes.CDLL(name, use_errno=True)
        except OSError as e:
            errors.append(f"{name}: {e}")
    raise ZmqError(
        errno.ENOENT,
        "libzmq not found (tried " + "; ".join(errors) + "). Install it (Debian: apt-get install libzmq5) "
        "or point MOQLAB_LIBZMQ at libzmq.so.5",
    )


class _CtypesLib:
    def __init__(self) -> None:
        lib = _load_libzmq()
        vp, ci, sz = ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t
        sigs = {
            "zmq_ctx_new": (vp, []),
            "zmq_ctx_term": (ci, [vp]),
            "zmq_socket": (vp, [vp, ci]),
            "zmq_close": (ci, [vp]),
            "zmq_connect": (ci, [vp, ctypes.c_char_p]),
            "zmq_bind": (ci, [vp, ctypes.c_char_p]),
            "zmq_setsockopt": (ci, [vp, ci, vp, sz]),
            "zmq_send": (ci, [vp, vp, sz, ci]),
            "zmq_msg_init": (ci, [ctypes.POINTER(_Msg)]),
            "zmq_msg_recv": (ci, [ctypes.POINTER(_Msg), vp, ci]),
            "zmq_msg_data": (vp, [ctypes.POINTER(_Msg)]),
            "zmq_msg_size": (sz, [ctypes.POINTER(_Msg)]),
            "zmq_msg_more": (ci, [ctypes.POINTER(_Msg)]),
            "zmq_msg_close": (ci, [ctypes.POINTER(_Msg)]),
            "zmq_poll": (ci, [ctypes.POINTER(_PollItem), ci, ctypes.c_long]),
            "zmq_errno": (ci, []),
            "zmq_strerror": (ctypes.c_char_p, [ci]),
            "zmq_version": (None, [ctypes.POINTER(ci)] * 3),
            "zmq_curve_keypair": (ci, [ctypes.c_char_p, ctypes.c_char_p]),
        }
        for name, (restype, argtypes) in sigs.items():
            fn = getattr(lib, name)
            fn.restype = restype
            fn.argtypes = argtypes
            setattr(self, name, fn)

    def check(self, rc: int, what: str) -> int:
        if rc == -1:
            code = self.zmq_errno()
            raise ZmqError(code, f"{what}: {self.zmq_strerror(code).decode()}")
        return rc


class _CtypesSocket:
    def __init__(self, lib: _CtypesLib, handle: int) -> None:
        self._lib = lib
        self.handle = handle

    def _setopt_int(self, option: int, value: int) -> None:
        v = ctypes.c_int(value)
        self._lib.check(self._lib.zmq_setsockopt(self.handle, option, ctypes.byref(v), ctypes.sizeof(v)), "zmq_setsockopt")

    def connect(self, endpoint: str) -> None:
        self._lib.check(self._lib.zmq_connect(self.handle, endpoint.encode()), f"connect {endpoint}")

    def bind(self, endpoint: str) -> None:
        self._lib.check(self._lib.zmq_bind(self.handle, endpoint.encode()), f"bind {endpoint}")

    def set_routing_id(self, value: bytes) -> None:
        buf = ctypes.create_string_buffer(value, len(value))
        self._lib.check(self._lib.zmq_setsockopt(self.handle, _ROUTING_ID, buf, len(value)), "zmq_setsockopt")

    def set_hwm(self, value: int) -> None:
        self._setopt_int(_SNDHWM, value)
        self._setopt_int(_RCVHWM, value)

    def set_recv_timeout(self, ms: int) -> None:
        """A blocking recv gives None after ``ms`` without a message."""
        self._setopt_int(_RCVTIMEO, ms)

    def set_max_message_size(self, value: int) -> None:
        v = ctypes.c_int64(value)
        self._lib.check(self._lib.zmq_setsockopt(self.handle, _MAXMSGSIZE, ctypes.byref(v), ctypes.sizeof(v)), "zmq_setsockopt")

    def set_curve_client(self, server_key: str, keys: "KeyPair") -> None:
        for option, key in ((_CURVE_SERVERKEY, server_key), (_CURVE_PUBLICKEY, keys.public), (_CURVE_SECRETKEY, keys.secret)):
            raw = key.encode()  # Z85, 40 characters
            self._lib.check(self._lib.zmq_setsockopt(self.handle, option, raw, len(raw)), "zmq_setsockopt")

    def send(self, frames: Sequence[bytes], block: bool = True) -> bool:
        """False when ``block`` is off and the message cannot be queued (no peer to send to)."""
        last = len(frames) - 1
        for i, frame in enumerate(frames):
            flags = (2 if i < last else 0) | (0 if block else _DONTWAIT)  # ZMQ_SNDMORE
            while True:
                rc = self._lib.zmq_send(self.handle, frame, len(frame), flags)
                if rc != -1:
                    break
                code = self._lib.zmq_errno()
                if code == errno.EAGAIN and i == 0:
                    return False
                if code != errno.EINTR:
                    self._lib.check(rc, "zmq_send")
        return True

    def recv(self, block: bool = True) -> list[bytes] | None:
        frames: list[bytes] = []
        msg = _Msg()
        while True:
            self._lib.zmq_msg_init(ctypes.byref(msg))
            try:
                while True:
                    rc = self._lib.zmq_msg_recv(ctypes.byref(msg), self.handle, 0 if block or frames else _DONTWAIT)
                    if rc != -1:
                        break
                    code = self._lib.zmq_errno()
                    if code == errno.EAGAIN:
                        return None
                    if code != errno.EINTR:
                        self._lib.check(rc, "zmq_msg_recv")
                size = self._lib.zmq_msg_size(ctypes.byref(msg))
                frames.append(ctypes.string_at(self._lib.zmq_msg_data(ctypes.byref(msg)), size))
                more = self._lib.zmq_msg_more(ctypes.byref(msg))
            finally:
                self._lib.zmq_msg_close(ctypes.byref(msg))
            if not more:
                return frames

    def close(self, linger_ms: int = 0) -> None:
        if self.handle:
            self._setopt_int(_LINGER, linger_ms)
            self._lib.zmq_close(self.handle)
            self.handle = None


class _CtypesPoller:
    """Waits until any of a fixed set of sockets is readable; the poll items are allocated once."""

    def __init__(self, lib: _CtypesLib, sockets: Sequence[_CtypesSocket]) -> None:
        self._lib = lib
        self._items = (_PollItem * len(sockets))()
        for item, s in zip(self._items, sockets):
            item.socket = s.handle
            item.events = POLLIN
        # Views of each item's revents, made once: reading a field through an item proxy per poll costs more
        # than the poll's own bookkeeping.
        self._revents = [
            ctypes.c_short.from_buffer(self._items, i * ctypes.sizeof(_PollItem) + _PollItem.revents.offset)
            for i in range(len(sockets))
        ]
        self._nothing = [False] * len(sockets)

    def poll(self, timeout_ms: int) -> list[bool]:
        items = self._items
        while True:
            rc = self._lib.zmq_poll(items, len(items), timeout_ms)
            if rc != -1:
                break
            if self._lib.zmq_errno() != errno.EINTR:
                self._lib.check(rc, "zmq_poll")
        if rc == 0:
            return list(self._nothing)
        return [bool(r.value & POLLIN) for r in self._revents]


class _CtypesContext:
    kind = BindingKind.CTYPES

    def __init__(self) -> None:
        self._lib = _CtypesLib()
        major, minor, patch = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
        self._lib.zmq_version(ctypes.byref(major), ctypes.byref(minor), ctypes.byref(patch))
        self.version = f"{major.value}.{minor.value}.{patch.value}"
        self._ctx = self._lib.zmq_ctx_new()
        if not self._ctx:
            self._lib.check(-1, "zmq_ctx_new")

    def socket(self, socket_type: int) -> _CtypesSocket:
        handle = self._lib.zmq_socket(self._ctx, socket_type)
        if not handle:
            self._lib.check(-1, "zmq_socket")
        return _CtypesSocket(self._lib, handle)

    def curve_keypair(self) -> "KeyPair":
        public, secret = ctypes.create_string_buffer(41), ctypes.create_string_buffer(41)
        self._lib.check(self._lib.zmq_curve_keypair(public, secret), "zmq_curve_keypair")
        return KeyPair(public.value.decode(), secret.value.decode())

    def poller(self, sockets: Sequence[_CtypesSocket]) -> "_CtypesPoller":
        return _CtypesPoller(self._lib, sockets)

    def term(self) -> None:
        if self._ctx:
            self._lib.zmq_ctx_term(self._ctx)
            self._ctx = None


def open_context(prefer: str | None = None):
    """A ZeroMQ context over pyzmq when importable (unless `prefer`/MOQLAB_ZMQ_BINDING says ctypes)."""
    choice = (prefer or os.environ.get("MOQLAB_ZMQ_BINDING") or "").lower()
    if choice not in ("", BindingKind.PYZMQ.value, BindingKind.CTYPES.value):
        raise ValueError(f"MOQLAB_ZMQ_BINDING={choice!r}: expected 'pyzmq' or 'ctypes'")
    if choice != BindingKind.CTYPES.value:
        try:
            return _PyzmqContext()
        except ImportError:
            if choice == BindingKind.PYZMQ.value:
                raise
    return _CtypesContext()
