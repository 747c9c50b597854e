"""Model introspection for `moqlab inspect` (called through the pythonia bridge, not the worker)."""

from __future__ import annotations

import json


def describe(name: str, kwargs_json: str = "{}", python_path: list | None = None) -> str:
    """Builds the model on CPU and returns its module tree as JSON (see models.summarize_model)."""
    from .models import build_model, summarize_model

    model = build_model(name, json.loads(kwargs_json or "{}"), list(python_path or []))
    return json.dumps(summarize_model(model))
