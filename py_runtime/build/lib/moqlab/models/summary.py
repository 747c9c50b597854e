"""A JSON-ready description of a model: classes, parameter names, shapes and counts."""

from __future__ import annotations

import enum
from typing import Any

from torch import nn


class ModuleKind(str, enum.Enum):
    """What a module is by isinstance: the facts the controller's default tensor selection uses."""

    LINEAR = "linear"
    CONV = "conv"
    EMBEDDING = "embedding"
    OTHER = "other"


def module_kind(module: nn.Module) -> ModuleKind:
    if isinstance(module, nn.Linear):
        return ModuleKind.LINEAR
    if isinstance(module, (nn.Conv1d, nn.Conv2d, nn.Conv3d)):
        return ModuleKind.CONV
    if isinstance(module, nn.Embedding):
        return ModuleKind.EMBEDDING
    return ModuleKind.OTHER


def _dtype_name(dtype: Any) -> str:
    return str(dtype).replace("torch.", "")


def summarize_model(model: nn.Module) -> dict[str, Any]:
    """``{"model_class", "num_parameters", "num_trainable", "modules": [...]}``.

    ``modules`` lists every module in ``named_modules()`` order (``""`` is the root), its ``kind`` and
    the parameters it owns directly (full dotted names, ``index`` = position in ``model.parameters()``).
    Shared parameters are counted once and carry the index of their first occurrence.
    """
    index_of = {id(p): i for i, p in enumerate(model.parameters())}
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
                    "index": index_of[id(p)],
                }
            )
            if id(p) not in seen:
                seen.add(id(p))
                total += p.numel()
                trainable += p.numel() if p.requires_grad else 0
        modules.append({"name": mod_name, "type": type(module).__name__, "kind": module_kind(module).value, "parameters": params})
    return {
        "model_class": type(model).__name__,
        "num_parameters": int(total),
        "num_trainable": int(trainable),
        "modules": modules,
    }
