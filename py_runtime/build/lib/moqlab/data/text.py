"""Turning sentences (or sentence pairs) into model inputs, with the tokenizer the data spec names.

Two sources, exactly one per data set:

- ``tokenizer_dir``: a pretrained checkpoint's own tokenizer (``AutoTokenizer``, fast), from the same
  directory as the model, so that token ids match the embeddings the model was trained with. Its
  ``model_input_names`` decide the input keys (BERT: ids, mask, token types; RoBERTa: no token types).
- ``vocab_path``: moqlab's BERT WordPiece over a ``vocab.txt`` (see :mod:`.wordpiece`), for models
  trained from scratch.

Either way the result is int64 tensors (N, T) padded on the right with an attention mask, which
:class:`~.base.Split` trims per batch.
"""

from __future__ import annotations

from typing import Callable, Dict, List, Optional, Sequence, Tuple

import torch

from ..errors import Code, WorkerError
from .base import ATTENTION_MASK, DataSpec

# (texts a, texts b or None, max_seq_len) -> (inputs, tokenizer name)
TextEncoder = Callable[[Sequence[str], Optional[Sequence[str]], int], Tuple[Dict[str, torch.Tensor], str]]


def text_encoder(spec: DataSpec) -> TextEncoder:
    """The encoder ``spec`` asks for; loading it is cheap and checked before any data file is read."""
    if bool(spec.tokenizer_dir) == bool(spec.vocab_path):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            "text data needs exactly one tokenizer: data.vocab_path (a WordPiece vocab.txt, for models trained "
            "from scratch) or a pretrained model, whose own tokenizer is used"
            + (" (both were given)" if spec.tokenizer_dir else " (neither was given)"),
            field="data.vocab_path",
        )
    if spec.tokenizer_dir:
        return _pretrained_encoder(spec.tokenizer_dir)
    from .wordpiece import encode_texts, get_tokenizer

    tokenizer = get_tokenizer(spec.vocab_path)
    return lambda a, b, max_len: encode_texts(tokenizer, a, b, max_len)


_PRETRAINED: Dict[str, object] = {}


def _load_pretrained(directory: str):
    tok = _PRETRAINED.get(directory)
    if tok is not None:
        return tok
    try:
        from transformers import AutoTokenizer
    except ImportError as exc:
        raise WorkerError(
            Code.UNAVAILABLE,
            f"the tokenizer of {directory} needs the transformers package, which this Python cannot import ({exc}); "
            "run `npm run setup` in the moqlab directory or pip install transformers",
            path=directory,
        ) from exc
    try:
        tok = AutoTokenizer.from_pretrained(directory, local_files_only=True, use_fast=True)
    except (OSError, ValueError, KeyError) as exc:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"cannot load the tokenizer of {directory}: {type(exc).__name__}: {exc}; a checkpoint directory needs its "
            "tokenizer files (tokenizer.json, or vocab.txt with tokenizer_config.json)",
            path=directory,
        ) from exc
    if not getattr(tok, "is_fast", False):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"the tokenizer of {directory} is a slow (pure Python) {type(tok).__name__}; moqlab needs a fast tokenizer "
            "(tokenizer.json, or files the tokenizers library can convert)",
            path=directory,
        )
    # Split trims padding columns from the right of each batch.
    tok.padding_side = "right"
    _PRETRAINED[directory] = tok
    return tok


def _pretrained_encoder(directory: str) -> TextEncoder:
    tok = _load_pretrained(directory)
    name = f"{type(tok).__name__} ({directory})"
    keys: List[str] = list(tok.model_input_names)

    def encode(text_a: Sequence[str], text_b: Optional[Sequence[str]], max_seq_len: int) -> Tuple[Dict[str, torch.Tensor], str]:
        if not text_a:
            return {key: torch.zeros((0, 0), dtype=torch.int64) for key in keys}, name
        encoded = tok(
            list(text_a),
            list(text_b) if text_b is not None else None,
            truncation=True,  # longest first, as BERT's reference truncation of pairs
            max_length=max_seq_len,
            padding="longest",
            return_tensors="pt",
        )
        inputs = {key: encoded[key].to(torch.int64) for key in keys if key in encoded}
        if ATTENTION_MASK not in inputs:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"the tokenizer of {directory} returns no attention mask (inputs {sorted(encoded.keys())}); moqlab pads "
                "batches and needs one",
                path=directory,
            )
        return inputs, name

    return encode
