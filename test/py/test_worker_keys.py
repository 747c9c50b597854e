"""The worker's CURVE key pair on disk: made once with mode 0600, read back, refused when others can read it."""

from __future__ import annotations

import json
import os
import stat

import pytest

from moqlab.errors import WorkerError
from moqlab.server import keys
from moqlab.server.zmqlib import open_context


@pytest.mark.parametrize("binding", ["pyzmq", "ctypes"])
def test_the_pair_is_made_once_private_and_read_back(tmp_path, monkeypatch, binding):
    monkeypatch.setenv(keys.ENV_KEYS_DIR, str(tmp_path / "keys"))
    ctx = open_context(binding)
    try:
        made = keys.load_or_create(ctx.curve_keypair)
        assert len(made.public) == 40 and len(made.secret) == 40 and made.public != made.secret
        path = tmp_path / "keys" / "worker.json"
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(tmp_path / "keys").st_mode) == 0o700
        assert json.loads(path.read_text()) == {"public": made.public, "secret": made.secret}
        assert keys.load_or_create(ctx.curve_keypair) == made
        os.chmod(path, 0o644)
        with pytest.raises(WorkerError) as err:
            keys.load_or_create(ctx.curve_keypair)
        assert "can be read by other users" in err.value.message and f"chmod 600 {path}" in err.value.message
    finally:
        ctx.term()
