"""Typed errors raised by worker code; the server turns them into wire errors.

This module imports nothing from torch or the wire contract so every layer can use it.
"""

from __future__ import annotations

import enum


class Code(enum.Enum):
    """Error kinds; names match the wire enum ``ErrorCode`` without its ``ERROR_CODE_`` prefix."""

    INVALID_ARGUMENT = "INVALID_ARGUMENT"
    FAILED_PRECONDITION = "FAILED_PRECONDITION"
    NOT_FOUND = "NOT_FOUND"
    UNAVAILABLE = "UNAVAILABLE"
    CANCELLED = "CANCELLED"
    OUT_OF_MEMORY = "OUT_OF_MEMORY"
    INTERNAL = "INTERNAL"
    UNIMPLEMENTED = "UNIMPLEMENTED"


class WorkerError(Exception):
    """An error with a code the controller can act on and details that name the bad input."""

    def __init__(self, code: Code, message: str, **details: object) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.details = {k: str(v) for k, v in details.items()}

    def __str__(self) -> str:
        return self.message


def is_out_of_memory(exc: BaseException) -> bool:
    """torch's out-of-memory errors (CUDA's own type, or the RuntimeError text CPU and older torch use),
    recognised without importing torch."""
    if type(exc).__name__ == "OutOfMemoryError":
        return True
    text = str(exc)
    return isinstance(exc, RuntimeError) and ("out of memory" in text or "can't allocate memory" in text)
