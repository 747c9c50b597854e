"""The worker's CURVE key pair on disk, in the format `moqlab keys` writes on the controller's side.

``$MOQLAB_KEYS_DIR`` (default ``$XDG_CONFIG_HOME/moqlab/keys``, else ``~/.config/moqlab/keys``), mode
0700, holds ``worker.json`` (and on a controller ``controller.json``): ``{"public": Z85, "secret": Z85}``,
mode 0600. The worker creates its pair on first use; the controller authorizes its public key.
"""

from __future__ import annotations

import json
import os
import stat

from ..errors import Code, WorkerError
from .zmqlib import KeyPair

ENV_KEYS_DIR = "MOQLAB_KEYS_DIR"


def keys_dir() -> str:
    configured = os.environ.get(ENV_KEYS_DIR)
    if configured:
        return configured
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "moqlab", "keys")


def load_or_create(generate, role: str = "worker") -> KeyPair:
    """The pair stored for ``role``, made with ``generate()`` and stored (0600) when there is none yet."""
    directory = keys_dir()
    path = os.path.join(directory, f"{role}.json")
    if os.path.exists(path):
        mode = stat.S_IMODE(os.stat(path).st_mode)
        if mode & 0o077:
            raise WorkerError(
                Code.FAILED_PRECONDITION,
                f"{path} can be read by other users (mode {mode:o}); its secret key would let them pose as this worker: "
                f"chmod 600 {path}",
                path=path,
            )
        with open(path, encoding="utf-8") as f:
            stored = json.load(f)
        return KeyPair(stored["public"], stored["secret"])
    os.makedirs(directory, mode=0o700, exist_ok=True)
    pair = generate()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump({"public": pair.public, "secret": pair.secret}, f)
    return pair
