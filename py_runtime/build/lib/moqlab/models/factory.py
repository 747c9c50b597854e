"""``build_model``: a built-in by name, or a user factory ``package.module:function``."""

from __future__ import annotations

import enum
import importlib
import importlib.machinery
import inspect
import os
import re
import site
import sys
import sysconfig
from collections.abc import Mapping
from typing import Any, Callable, Sequence

import torch
from torch import nn

from ..errors import Code, WorkerError


class Builtin(str, enum.Enum):
    """Names of the built-in models."""

    MLP = "mlp"
    CNN = "cnn"
    TINY_BERT = "tiny-bert"
    HF_BERT = "hf-bert"
    # The packaged all-MiniLM-L6-v2 (a pretrained 6-layer BERT): see models/hf.py.
    MINILM = "minilm"


BUILTIN: tuple[str, ...] = tuple(b.value for b in Builtin)

# "package.module:function": dotted identifiers, a colon, an identifier.
_FACTORY_RE = re.compile(r"^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*:[A-Za-z_]\w*$")
FACTORY_SYNTAX = "'package.module:function' (a module in a python_path directory, and a callable in it)"
# Top-level packages of the worker's own Python that factories may come from too (comma-separated), set
# where the worker runs: the controller cannot widen it.
ENV_FACTORY_MODULES = "MOQLAB_FACTORY_MODULES"
HF_SYNTAX = "'hf:<dir>' (a local Hugging Face checkpoint directory)"


def _is_hf(name: str) -> bool:
    from .hf import HF_PREFIX

    return name.startswith(HF_PREFIX) and len(name) > len(HF_PREFIX)


def _builtin_builder(name: Builtin) -> tuple[Callable[..., nn.Module], tuple[str, ...]]:
    """The constructor of a built-in and the kwargs it accepts."""
    if name is Builtin.MLP:
        from .mlp import MLP

        return MLP, _keyword_names(MLP)
    if name is Builtin.CNN:
        from .cnn import CNN

        return CNN, _keyword_names(CNN)
    if name is Builtin.TINY_BERT:
        import dataclasses

        from .tiny_bert import BertConfig, tiny_bert

        return tiny_bert, tuple(f.name for f in dataclasses.fields(BertConfig))
    if name is Builtin.MINILM:
        from .hf import ACCEPTED_KWARGS, hf_model, minilm_dir

        return (lambda **kwargs: hf_model(minilm_dir(), name.value, **kwargs)), ACCEPTED_KWARGS
    from .hf import HF_BERT_KWARGS, hf_bert

    return hf_bert, HF_BERT_KWARGS


def _hf_builder(name: str) -> tuple[Callable[..., nn.Module], tuple[str, ...]]:
    """``hf:<source>``: a Hugging Face checkpoint directory (or a cached hub id)."""
    from .hf import ACCEPTED_KWARGS, HF_PREFIX, checkpoint_dir, hf_model

    return (lambda **kwargs: hf_model(checkpoint_dir(name[len(HF_PREFIX):], name), name, **kwargs)), ACCEPTED_KWARGS


def _keyword_names(fn: Callable[..., Any]) -> tuple[str, ...]:
    params = inspect.signature(fn).parameters.values()
    return tuple(p.name for p in params if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD) and p.name != "self")


def _extend_sys_path(python_path: Sequence[str]) -> None:
    """Prepend each entry of python_path to sys.path, once (entries already present stay where they are)."""
    added = False
    for entry in reversed([str(p) for p in python_path]):
        if entry not in sys.path:
            sys.path.insert(0, entry)
            added = True
    if added:
        importlib.invalidate_caches()


def _library_dirs() -> list[str]:
    """The worker Python's own library directories (standard library, site-packages)."""
    dirs = set(sysconfig.get_paths().values()) | set(getattr(site, "getsitepackages", lambda: [])()) | {site.getusersitepackages()}
    return sorted(os.path.realpath(d) for d in dirs if d)


def _within(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def _check_factory_origin(name: str, python_path: Sequence[str]) -> None:
    """A factory's module must come from the directories the config names (the user's own code), or from
    a package the worker's machine allows (:data:`ENV_FACTORY_MODULES`): whoever sends LoadModel must not
    be able to run ``os:system``. Checked before anything is imported, since importing runs code."""
    top = name.split(":")[0].split(".")[0]
    allowed = {m.strip() for m in os.environ.get(ENV_FACTORY_MODULES, "").split(",") if m.strip()}
    if top in allowed:
        return
    roots = [os.path.realpath(str(p)) for p in python_path]
    library = [p for p in roots if any(_within(p, lib) for lib in _library_dirs())]
    if library:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"model factory {name!r}: python_path {library} holds the worker Python's own library; name the "
            "directory of your own model code",
            python_path=library,
        )
    loaded = sys.modules.get(top)
    if loaded is not None:
        origin = getattr(loaded, "__file__", None)
        found = origin is not None and any(_within(os.path.realpath(origin), r) for r in roots)
    else:
        found = importlib.machinery.PathFinder.find_spec(top, roots) is not None
    if found:
        return
    elsewhere = loaded is not None or top in sys.builtin_module_names or importlib.machinery.PathFinder.find_spec(top) is not None
    if elsewhere:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"model factory {name!r}: module {top!r} is not in the config's python_path {list(python_path)}; a factory "
            f"comes from your own code there, or from a package the worker's machine allows in ${ENV_FACTORY_MODULES}",
            module=top,
        )


def _import_factory(name: str, python_path: Sequence[str]) -> Callable[..., Any]:
    module_name, func_name = name.split(":")
    _check_factory_origin(name, python_path)
    _extend_sys_path(python_path)
    tried = list(python_path)
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or module_name
        if module_name == missing or module_name.startswith(missing + "."):
            raise WorkerError(
                Code.NOT_FOUND,
                f"model factory {name!r}: module {module_name!r} is not importable (python_path tried: {tried}); "
                "add the directory that contains it to python_path",
                module=module_name,
                python_path=tried,
            ) from exc
        raise WorkerError(
            Code.NOT_FOUND,
            f"model factory {name!r}: importing module {module_name!r} failed because it imports {missing!r}, "
            "which is not installed in the worker's Python",
            module=module_name,
            missing=missing,
        ) from exc
    except Exception as exc:  # SyntaxError, or the module raising at import time
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"model factory {name!r}: importing module {module_name!r} raised {type(exc).__name__}: {exc}",
            module=module_name,
        ) from exc
    func = getattr(module, func_name, None)
    if func is None:
        raise WorkerError(
            Code.NOT_FOUND,
            f"model factory {name!r}: module {module_name!r} ({getattr(module, '__file__', '?')}) has no attribute "
            f"{func_name!r}",
            module=module_name,
            function=func_name,
        )
    if not callable(func):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"model factory {name!r}: {module_name}.{func_name} is a {type(func).__name__}, not a callable",
            module=module_name,
            function=func_name,
        )
    return func


def _check_kwargs_bind(label: str, func: Callable[..., Any], kwargs: Mapping[str, Any]) -> None:
    try:
        sig = inspect.signature(func)
    except (TypeError, ValueError):  # builtins without a signature: let the call decide
        return
    try:
        sig.bind(**kwargs)
    except TypeError as exc:
        params = sig.parameters
        takes_var = any(p.kind is p.VAR_KEYWORD for p in params.values())
        accepted = [p.name for p in params.values() if p.kind in (p.KEYWORD_ONLY, p.POSITIONAL_OR_KEYWORD)]
        unknown = [] if takes_var else [k for k in kwargs if k not in params]
        what = f"unknown kwarg(s) {unknown}" if unknown else str(exc)
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{label} rejected its kwargs: {what}; it accepts {accepted}",
            kwargs=sorted(kwargs),
            accepted=accepted,
        ) from exc


def build_model(name: str, kwargs: Mapping[str, Any] | None = None, python_path: Sequence[str] = ()) -> nn.Module:
    """Build a model: a built-in (:data:`BUILTIN`), a checkpoint ``hf:<dir>`` or a user factory ``package.module:function``.

    Raises :class:`WorkerError`: INVALID_ARGUMENT for a bad name or kwargs, NOT_FOUND for a factory
    that cannot be imported or a checkpoint that is not here, UNAVAILABLE for Hugging Face models without
    ``transformers`` (or ``minilm`` without its package).
    """
    kwargs = dict(kwargs or {})
    if name in BUILTIN or _is_hf(name):
        ctor, accepted = _builtin_builder(Builtin(name)) if name in BUILTIN else _hf_builder(name)
        unknown = sorted(k for k in kwargs if k not in accepted)
        if unknown:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"model {name!r} does not accept kwarg(s) {unknown}; accepted kwargs: {list(accepted)}",
                model=name,
                unknown=unknown,
                accepted=list(accepted),
            )
        try:
            model = ctor(**kwargs)
        except WorkerError:
            raise
        except (TypeError, ValueError) as exc:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"model {name!r}: bad kwargs {kwargs}: {exc}; accepted kwargs: {list(accepted)}",
                model=name,
                accepted=list(accepted),
            ) from exc
        return model

    if not _FACTORY_RE.match(name or ""):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"unknown model {name!r}: use a built-in ({', '.join(BUILTIN)}), {HF_SYNTAX} or a user factory {FACTORY_SYNTAX}",
            model=name,
            builtins=list(BUILTIN),
        )
    func = _import_factory(name, python_path)
    label = f"model factory {name!r}"
    _check_kwargs_bind(label, func, kwargs)
    try:
        model = func(**kwargs)
    except WorkerError:
        raise
    except TypeError as exc:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{label} raised TypeError with kwargs {sorted(kwargs)}: {exc}",
            model=name,
            kwargs=sorted(kwargs),
        ) from exc
    except ValueError as exc:
        raise WorkerError(Code.INVALID_ARGUMENT, f"{label} raised ValueError: {exc}", model=name) from exc
    if not isinstance(model, nn.Module):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{label} returned a {type(model).__module__}.{type(model).__qualname__}, not a torch.nn.Module; "
            "the factory must return the model",
            model=name,
        )
    return model


def factory_accepts(name: str, kwarg: str, python_path: Sequence[str] = ()) -> bool:
    """Whether a model (built-in or user factory) accepts ``kwarg``, e.g. ``num_labels`` (imports the factory)."""
    if name in BUILTIN:
        return kwarg in _builtin_builder(Builtin(name))[1]
    if _is_hf(name):
        return kwarg in _hf_builder(name)[1]
    if not _FACTORY_RE.match(name or ""):
        return False
    func = _import_factory(name, python_path)
    try:
        params = inspect.signature(func).parameters
    except (TypeError, ValueError):
        return False
    return kwarg in params or any(p.kind is p.VAR_KEYWORD for p in params.values())


def logits_of(output: Any) -> torch.Tensor:
    """The logits in a model's output: a tensor, an object with ``.logits`` (Hugging Face), a mapping
    with ``"logits"``, or a tuple/list whose first element is the logits."""
    if isinstance(output, torch.Tensor):
        return output
    logits = getattr(output, "logits", None)
    if isinstance(logits, torch.Tensor):
        return logits
    if isinstance(output, Mapping) and isinstance(output.get("logits"), torch.Tensor):
        return output["logits"]
    if isinstance(output, (tuple, list)) and output and isinstance(output[0], torch.Tensor):
        return output[0]
    raise WorkerError(
        Code.INVALID_ARGUMENT,
        f"model output of type {type(output).__name__} holds no logits; forward must return a tensor (B, num_labels), "
        "an object with .logits, or a tuple whose first element is the logits",
        output_type=type(output).__name__,
    )
