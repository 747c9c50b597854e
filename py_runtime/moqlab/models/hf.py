"""Hugging Face ``BertForSequenceClassification``, when ``transformers`` is importable.

The model keeps its Hugging Face module names (``bert.encoder.layer.N...``); a forward hook replaces
its ``SequenceClassifierOutput`` by the logits tensor, so ``model(**inputs)`` returns logits like the
built-ins.
"""

from __future__ import annotations

import os
from typing import Any, Mapping

from torch import nn

from ..errors import Code, WorkerError

INSTALL_HINT = (
    "install transformers (e.g. apt-get install python3-transformers if your distribution has it, "
    "or pip install transformers)"
)
ACCEPTED_KWARGS = ("path", "config", "num_labels", "attn_implementation")


def transformers_available() -> bool:
    try:
        import transformers  # noqa: F401
    except Exception:  # ImportError, or a broken install raising something else
        return False
    return True


def _logits_hook(module: nn.Module, args: Any, output: Any) -> Any:
    from .factory import logits_of

    return logits_of(output)


def hf_bert(
    *,
    path: str | None = None,
    config: Mapping[str, Any] | None = None,
    num_labels: int | None = None,
    attn_implementation: str | None = None,
) -> nn.Module:
    """``{"path": dir}``: ``from_pretrained(dir, local_files_only=True)``; ``{"config": {...}}``: random init.

    ``attn_implementation`` (e.g. ``"eager"``) is passed through when given; Hessian-vector products
    need an attention implementation with double backward.
    """
    try:
        import transformers
    except ImportError as exc:
        raise WorkerError(
            Code.UNAVAILABLE,
            f"model 'hf-bert' needs the transformers package, which is not importable ({exc}); {INSTALL_HINT}",
            model="hf-bert",
        ) from exc
    if (path is None) == (config is None):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            "model 'hf-bert' needs exactly one of kwargs 'path' (a local directory with config.json and weights) "
            "or 'config' (a BertConfig dict, random initialisation)",
            model="hf-bert",
        )
    extra: dict[str, Any] = {}
    if num_labels is not None:
        extra["num_labels"] = int(num_labels)
    if attn_implementation is not None:
        extra["attn_implementation"] = attn_implementation
    cls = transformers.BertForSequenceClassification
    if path is not None:
        if not os.path.isdir(path):
            raise WorkerError(
                Code.NOT_FOUND,
                f"model 'hf-bert': path {path!r} is not a directory; pass a local directory holding config.json "
                "and the weights (downloads are disabled)",
                path=path,
            )
        try:
            model = cls.from_pretrained(path, local_files_only=True, **extra)
        except (OSError, ValueError, RuntimeError) as exc:  # missing files, bad config, size mismatch
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"model 'hf-bert': could not load a BERT checkpoint from {path!r}: {exc}",
                path=path,
            ) from exc
    else:
        if not isinstance(config, Mapping):
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"model 'hf-bert': kwarg 'config' must be an object of BertConfig fields, got {type(config).__name__}",
            )
        cfg_kwargs = dict(config)
        if attn_implementation is not None:
            cfg_kwargs["attn_implementation"] = extra.pop("attn_implementation")
        if "num_labels" in extra:
            cfg_kwargs["num_labels"] = extra.pop("num_labels")
        bert_config = transformers.BertConfig(**cfg_kwargs)
        model = cls(bert_config)
    model = model.float()  # masters and working weights are derived from fp32 parameters
    model.register_forward_hook(_logits_hook)
    return model
