"""A JSON-ready description of a model: classes, parameter names, shapes and counts."""

from __future__ import annotations

from typing import Any

from torch import nn


def _dtype_name(dtype: Any) -> str:
    return str(dtype).replace("torch.", "")


def summarize_model(model: nn.Module) -> dict[str, Any]:
    """``{"model_class", "num_parameters", "num_trainable", "modules": [...]}``.

    ``modules`` lists every module in ``named_modules()`` order (``""`` is the root), each with the
    parameters it owns directly (full dotted names). Shared parameters are counted once.
    """
    modules: list[dict[str, Any]] = []
    seen: set[int] = set()
    total = trainable = 0
    for mod_name, module in model.named_modules():
        params = []
        for p_name, p in module.named_parameters(recurse=False):
            full = f"{mod_name}.{p_name}" if mod_name else p_name
            params.append(
                {
                    "name": full,
                    "shape": list(p.shape),
                    "numel": int(p.numel()),
                    "dtype": _dtype_name(p.dtype),
                    "trainable": bool(p.requires_grad),
                }
            )
            if id(p) not in seen:
                seen.add(id(p))
                total += p.numel()
                trainable += p.numel() if p.requires_grad else 0
        modules.append({"name": mod_name, "type": type(module).__name__, "parameters": params})
    return {
        "model_class": type(model).__name__,
        "num_parameters": int(total),
        "num_trainable": int(trainable),
        "modules": modules,
    }
