"""BERT WordPiece tokenization (uncased), in pure Python, plus sentence(-pair) encoding to tensors.

Semantics follow the reference BERT ``BasicTokenizer`` + ``WordpieceTokenizer`` with
``do_lower_case=True`` (google-research/bert ``tokenization.py``, which Hugging Face ``tokenizers``'
``BertNormalizer``/``BertPreTokenizer``/``WordPiece`` reproduce):

1. clean: drop U+0000, U+FFFD and control characters (Unicode category C*, except tab/CR/LF);
   map whitespace (space, tab, CR, LF, category Zs) to a space;
2. put spaces around CJK ideographs;
3. split on whitespace; per word: lowercase, strip accents (NFD, drop category Mn), split off every
   punctuation character (category P*, plus all non-alphanumeric printable ASCII, like BERT);
4. WordPiece: greedy longest-match-first with ``##`` continuations; a word longer than 100
   characters, or one that cannot be covered by vocabulary pieces, becomes ``[UNK]``.

Speed: words are tokenized once and cached (SST-2's 67k sentences have ~15k distinct words), and
ASCII text takes a fast path with no per-character Python loop.

When Hugging Face ``tokenizers`` (or ``transformers``) is importable, :func:`encode_texts` can use it
for step 1-4 and keeps its own special-token assembly, truncation and padding, so the tensors do not
depend on the library's version; a sample is cross-checked against this implementation first. The
library lowercases one character at a time, where BERT's ``str.lower`` applies Unicode's final-sigma
rule (``ΟΔΟΣ`` → ``οδος``, not ``οδοσ``), and it keeps unassigned code points that step 1 drops: so
non-ASCII text reaches it cleaned and lowercased here (:func:`_library_input`).
"""

from __future__ import annotations

import inspect
import os
import re
import unicodedata
import warnings
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import torch

from ..errors import Code, WorkerError

UNK = "[UNK]"
CLS = "[CLS]"
SEP = "[SEP]"
PAD = "[PAD]"
MAX_CHARS_PER_WORD = 100

# Names written into LoadedData.tokenizer.
OURS = "wordpiece"
LIB_TOKENIZERS = "tokenizers.BertWordPieceTokenizer"
LIB_TRANSFORMERS = "transformers.BertTokenizerFast"
# MOQLAB_TOKENIZER values.
ENV_VAR = "MOQLAB_TOKENIZER"
_ENV_CHOICES = {"": "auto", "auto": "auto", "wordpiece": OURS, "tokenizers": LIB_TOKENIZERS,
                "transformers": LIB_TRANSFORMERS}

# ASCII cleaning: control characters removed, tab/CR/LF mapped to a space (step 1).
_ASCII_CLEAN = {cp: None for cp in list(range(0, 32)) + [127]}
_ASCII_CLEAN.update({ord("\t"): " ", ord("\n"): " ", ord("\r"): " "})
# After cleaning and lowercasing, an ASCII word is runs of [a-z0-9] and single punctuation chars.
_ASCII_PIECES = re.compile(r"[a-z0-9]+|[^a-z0-9]")


def _is_whitespace(ch: str) -> bool:
    if ch in (" ", "\t", "\n", "\r"):
        return True
    return unicodedata.category(ch) == "Zs"


def _is_control(ch: str) -> bool:
    if ch in ("\t", "\n", "\r"):
        return False
    return unicodedata.category(ch).startswith("C")


def _is_punctuation(ch: str) -> bool:
    cp = ord(ch)
    # All non-letter/number ASCII is treated as punctuation ("^", "$", "`" are not category P).
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(ch).startswith("P")


def _is_cjk(cp: int) -> bool:
    """CJK Unified Ideographs blocks, as BERT defines them (not Hangul, Hiragana or Katakana)."""
    return (
        0x4E00 <= cp <= 0x9FFF
        or 0x3400 <= cp <= 0x4DBF
        or 0x20000 <= cp <= 0x2A6DF
        or 0x2A700 <= cp <= 0x2B73F
        or 0x2B740 <= cp <= 0x2B81F
        or 0x2B820 <= cp <= 0x2CEAF
        or 0xF900 <= cp <= 0xFAFF
        or 0x2F800 <= cp <= 0x2FA1F
    )


def _clean_unicode(text: str) -> str:
    out = []
    for ch in text:
        cp = ord(ch)
        if cp == 0 or cp == 0xFFFD or _is_control(ch):
            continue
        if _is_whitespace(ch):
            out.append(" ")
        elif _is_cjk(cp):
            out.append(" ")
            out.append(ch)
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _split_word_unicode(word: str) -> List[str]:
    """Lowercased, accent-stripped word split around punctuation (non-ASCII path)."""
    word = unicodedata.normalize("NFD", word.lower())
    word = "".join(ch for ch in word if unicodedata.category(ch) != "Mn")
    pieces: List[str] = []
    current: List[str] = []
    for ch in word:
        if _is_punctuation(ch):
            if current:
                pieces.append("".join(current))
                current = []
            pieces.append(ch)
        else:
            current.append(ch)
    if current:
        pieces.append("".join(current))
    return pieces


def load_vocab(path: str) -> Dict[str, int]:
    """token -> id, one token per line, id = line number (from 0)."""
    if not path:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            "No WordPiece vocabulary given: set data.vocab_path to a BERT vocab.txt "
            "(e.g. bert-base-uncased-vocab.txt).",
            field="data.vocab_path",
        )
    if not os.path.isfile(path):
        raise WorkerError(
            Code.NOT_FOUND,
            f"WordPiece vocabulary {path} not found: set data.vocab_path to an existing BERT vocab.txt "
            "(one token per line).",
            field="data.vocab_path",
            path=path,
        )
    vocab: Dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f):
            token = line.rstrip("\n").rstrip("\r")
            if token and token not in vocab:
                vocab[token] = i
    missing = [t for t in (UNK, CLS, SEP, PAD) if t not in vocab]
    if missing:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"WordPiece vocabulary {path} lacks the special tokens {', '.join(missing)} "
            f"({len(vocab)} tokens read): set data.vocab_path to a BERT vocab.txt.",
            field="data.vocab_path",
            path=path,
        )
    return vocab


class WordPieceTokenizer:
    """Uncased BERT tokenizer over a vocab file; :meth:`encode` gives ids without special tokens."""

    def __init__(self, vocab: Dict[str, int], vocab_path: str = "") -> None:
        self.vocab = vocab
        self.vocab_path = vocab_path
        self.ids_to_tokens = {i: t for t, i in vocab.items()}
        self.unk_id = vocab[UNK]
        self.cls_id = vocab[CLS]
        self.sep_id = vocab[SEP]
        self.pad_id = vocab[PAD]
        self._word_cache: Dict[str, Tuple[int, ...]] = {}

    @classmethod
    def from_file(cls, path: str) -> "WordPieceTokenizer":
        return cls(load_vocab(path), path)

    # -- the algorithm ---------------------------------------------------------------------
    def basic_tokenize(self, text: str) -> List[str]:
        """Step 1-3: the list of words and punctuation characters, before WordPiece."""
        out: List[str] = []
        for word in self._words(text):
            out.extend(self._split_word(word))
        return out

    def wordpiece(self, piece: str) -> List[str]:
        """Step 4 on one basic token: greedy longest-match-first, ``[UNK]`` if it cannot be covered."""
        if len(piece) > MAX_CHARS_PER_WORD:
            return [UNK]
        vocab = self.vocab
        tokens: List[str] = []
        start, n = 0, len(piece)
        while start < n:
            end = n
            found = None
            while start < end:
                sub = piece[start:end]
                if start > 0:
                    sub = "##" + sub
                if sub in vocab:
                    found = sub
                    break
                end -= 1
            if found is None:
                return [UNK]
            tokens.append(found)
            start = end
        return tokens

    def tokenize(self, text: str) -> List[str]:
        return [self.ids_to_tokens[i] for i in self.encode(text)]

    def encode(self, text: str) -> List[int]:
        """Token ids of ``text`` without special tokens."""
        cache = self._word_cache
        ids: List[int] = []
        for word in self._words(text):
            cached = cache.get(word)
            if cached is None:
                cached = tuple(self.vocab[t] for p in self._split_word(word) for t in self.wordpiece(p))
                if len(cache) < 2_000_000:
                    cache[word] = cached
            ids.extend(cached)
        return ids

    def _words(self, text: str) -> List[str]:
        if text.isascii():
            return text.translate(_ASCII_CLEAN).split()
        return _clean_unicode(text).split()

    @staticmethod
    def _split_word(word: str) -> List[str]:
        if word.isascii():
            return _ASCII_PIECES.findall(word.lower())
        return _split_word_unicode(word)


# -- library back-ends ------------------------------------------------------------------------

EncodeBatch = Callable[[List[str]], List[List[int]]]


def _library_input(text: str) -> str:
    """``text`` with step 1-2 and the lowercasing of step 3 done as BERT does them, so the library's own
    are no-ops. Lowercasing whole text is lowercasing each word: the final-sigma rule looks through
    case-ignorable characters only, and the spaces between words are not."""
    return text if text.isascii() else _clean_unicode(text).lower()


def _library_encoder(name: str, vocab_path: str) -> EncodeBatch:
    """A batch encoder (ids without special tokens) from the named library; raises ImportError."""
    if name == LIB_TOKENIZERS:
        from tokenizers import BertWordPieceTokenizer  # type: ignore[import-not-found]

        tok = BertWordPieceTokenizer(vocab_path, lowercase=True)
        tok.no_truncation()
        tok.no_padding()
        # Text that spells "[SEP]" is text, as in BERT's reference tokenizer (tokenizers >= 0.15).
        try:
            tok._tokenizer.encode_special_tokens = True
        except AttributeError:
            pass

        def encode_tokenizers(texts: List[str]) -> List[List[int]]:
            return [e.ids for e in tok.encode_batch([_library_input(t) for t in texts], add_special_tokens=False)]

        return encode_tokenizers
    if name == LIB_TRANSFORMERS:
        from transformers import BertTokenizerFast  # type: ignore[import-not-found]

        # transformers 5 takes the vocabulary as ``vocab`` and ignores ``vocab_file``, leaving a vocabulary of
        # the five special tokens; transformers 4 takes only ``vocab_file``
        parameters = inspect.signature(BertTokenizerFast.__init__).parameters
        vocab = {"vocab": vocab_path} if "vocab" in parameters else {"vocab_file": vocab_path}
        hf = BertTokenizerFast(**vocab, do_lower_case=True, split_special_tokens=True)

        def encode_transformers(texts: List[str]) -> List[List[int]]:
            batch = [_library_input(t) for t in texts]
            return list(hf(batch, add_special_tokens=False, truncation=False)["input_ids"])

        return encode_transformers
    raise ValueError(name)


_CROSS_CHECK = 512
_LIBRARY_ENCODERS: Dict[Tuple[str, str], EncodeBatch] = {}


def _cached_library_encoder(name: str, vocab_path: str) -> EncodeBatch:
    key = (name, vocab_path)
    if key not in _LIBRARY_ENCODERS:
        _LIBRARY_ENCODERS[key] = _library_encoder(name, vocab_path)
    return _LIBRARY_ENCODERS[key]


def _choose_encoder(ours: WordPieceTokenizer, sample: Sequence[str]) -> Tuple[str, EncodeBatch]:
    choice = os.environ.get(ENV_VAR, "").strip().lower()
    if choice not in _ENV_CHOICES:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{ENV_VAR}={choice!r} is not a tokenizer: use one of wordpiece, tokenizers, transformers, "
            "or leave it unset to pick the fastest available.",
            env=ENV_VAR,
            value=choice,
        )
    wanted = _ENV_CHOICES[choice]

    def encode_ours(texts: List[str]) -> List[List[int]]:
        return [ours.encode(t) for t in texts]

    if wanted == OURS:
        return OURS, encode_ours
    candidates = [LIB_TOKENIZERS, LIB_TRANSFORMERS] if wanted == "auto" else [wanted]
    for name in candidates:
        try:
            encoder = _cached_library_encoder(name, ours.vocab_path)
        except Exception as exc:  # ImportError, or a library whose constructor changed
            if wanted != "auto":
                raise WorkerError(
                    Code.FAILED_PRECONDITION,
                    f"{ENV_VAR}={choice} but {name} cannot be used here ({type(exc).__name__}: {exc}); "
                    f"install it, or set {ENV_VAR}=wordpiece.",
                    env=ENV_VAR,
                ) from exc
            continue
        probe = list(sample[:: max(1, len(sample) // _CROSS_CHECK)][:_CROSS_CHECK])  # spread over the data
        try:
            theirs = encoder(probe)
        except Exception as exc:  # pragma: no cover - library misbehaving
            theirs = None
            reason = f"{type(exc).__name__}: {exc}"
        else:
            reason = ""
        if theirs is not None:
            expected = encode_ours(probe)
            if len(theirs) != len(expected):
                reason = f"{len(theirs)} results for {len(expected)} texts"
            else:
                diffs = [i for i, (x, y) in enumerate(zip(theirs, expected)) if list(x) != y]
                if not diffs:
                    return name, encoder
                reason = f"{len(diffs)} of {len(probe)} sample texts differ, first {probe[diffs[0]]!r}"
        if wanted != "auto":
            raise WorkerError(
                Code.FAILED_PRECONDITION,
                f"{ENV_VAR}={choice} but {name} tokenizes differently from BERT WordPiece ({reason}); "
                f"set {ENV_VAR}=wordpiece.",
                env=ENV_VAR,
            )
        warnings.warn(f"{name} does not match moqlab's WordPiece on this data ({reason}); using moqlab's")
    return OURS, encode_ours


_TOKENIZERS: Dict[str, WordPieceTokenizer] = {}


def get_tokenizer(vocab_path: str) -> WordPieceTokenizer:
    """One tokenizer (and word cache) per vocab file per process."""
    key = os.path.abspath(vocab_path) if vocab_path else ""
    tok = _TOKENIZERS.get(key)
    if tok is None:
        tok = WordPieceTokenizer.from_file(vocab_path)
        _TOKENIZERS[key] = tok
    return tok


# -- assembling model inputs ----------------------------------------------------------------


def truncate_pair(len_a: int, len_b: int, budget: int) -> Tuple[int, int]:
    """Longest-first truncation, as BERT's ``_truncate_seq_pair``: drop the last token of the longer
    sequence (of the second on a tie) until both fit in ``budget``. Closed form of that loop."""
    if len_a + len_b <= budget:
        return len_a, len_b
    if len_a > len_b:
        # Cut a down to b first (or as far as the budget needs), then alternate.
        if len_b >= budget - len_b:  # both end up near budget/2
            return (budget + 1) // 2, budget // 2
        return budget - len_b, len_b
    if len_a >= budget - len_a:
        return (budget + 1) // 2, budget // 2
    return len_a, budget - len_a


def encode_texts(
    tokenizer: WordPieceTokenizer,
    text_a: Sequence[str],
    text_b: Optional[Sequence[str]],
    max_seq_len: int,
) -> Tuple[Dict[str, torch.Tensor], str]:
    """``[CLS] a [SEP]`` or ``[CLS] a [SEP] b [SEP]`` as int64 (N, max_seq_len) tensors padded with 0.

    Returns the inputs dict (input_ids, attention_mask, token_type_ids) and the tokenizer name used.
    """
    pair = text_b is not None
    min_len = 5 if pair else 3
    if not isinstance(max_seq_len, int) or max_seq_len < min_len:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"data.max_seq_len = {max_seq_len!r} leaves no room for text: it must be at least {min_len} "
            f"({'[CLS] a [SEP] b [SEP]' if pair else '[CLS] a [SEP]'} with one token per sentence); "
            "128 is usual.",
            field="data.max_seq_len",
            value=max_seq_len,
        )
    n = len(text_a)
    name, encoder = _choose_encoder(tokenizer, list(text_a) + (list(text_b) if pair else []))
    ids_a = encoder(list(text_a))
    ids_b = encoder(list(text_b)) if pair else None

    cls_id, sep_id = tokenizer.cls_id, tokenizer.sep_id
    flat: List[int] = []
    lengths: List[int] = []
    first_segment: List[int] = []  # length of [CLS] a [SEP]
    if ids_b is None:
        budget = max_seq_len - 2
        for a in ids_a:
            a = a[:budget]
            flat.append(cls_id)
            flat.extend(a)
            flat.append(sep_id)
            lengths.append(len(a) + 2)
        first_segment = lengths
    else:
        budget = max_seq_len - 3
        for a, b in zip(ids_a, ids_b):
            la, lb = truncate_pair(len(a), len(b), budget)
            flat.append(cls_id)
            flat.extend(a[:la])
            flat.append(sep_id)
            flat.extend(b[:lb])
            flat.append(sep_id)
            lengths.append(la + lb + 3)
            first_segment.append(la + 2)

    positions = torch.arange(max_seq_len).unsqueeze(0)
    length_t = torch.tensor(lengths, dtype=torch.int64).reshape(n, 1)
    mask = positions < length_t
    input_ids = torch.full((n, max_seq_len), tokenizer.pad_id, dtype=torch.int64)
    input_ids[mask] = torch.tensor(flat, dtype=torch.int64)  # row-major fill: row by row, left to right
    token_type_ids = (mask & (positions >= torch.tensor(first_segment, dtype=torch.int64).reshape(n, 1))).long()
    inputs = {"input_ids": input_ids, "attention_mask": mask.long(), "token_type_ids": token_type_ids}
    return inputs, name
