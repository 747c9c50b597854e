"""Model introspection for `moqlab inspect` (called through the pythonia bridge, not the worker)."""

from __future__ import annotations

import json

from .errors import WorkerError


def describe(name: str, kwargs_json: str = "{}", python_path: list | None = None) -> str:
    """Builds the model on CPU and returns its module tree (see models.summarize_model) as JSON, or
    {"error": {"code", "message"}} for a model that cannot be built: errors cross the bridge as data
    rather than as exceptions, whose text the bridge rewraps."""
    from .models import build_model, summarize_model

    try:
        model = build_model(name, json.loads(kwargs_json or "{}"), list(python_path or []))
    except WorkerError as e:
        return json.dumps({"error": {"code": e.code.value, "message": e.message}})
    return json.dumps(summarize_model(model))
