"""moqlab's WordPiece: hand-checked BERT tokenizations, a reference transcription as oracle, encoding."""

from __future__ import annotations

import importlib.util
import random
import unicodedata
import warnings

import pytest
import torch

from moqlab.data import wordpiece
from moqlab.data.wordpiece import WordPieceTokenizer, encode_texts, truncate_pair
from moqlab.errors import Code, WorkerError


@pytest.fixture
def tok(vocab_file) -> WordPieceTokenizer:
    return wordpiece.get_tokenizer(str(vocab_file))


@pytest.fixture
def ours_only(monkeypatch):
    monkeypatch.setenv(wordpiece.ENV_VAR, "wordpiece")


# -- hand-checked against bert-base-uncased-vocab.txt (each piece looked up in the file) --------------
HAND_CHECKED = [
    # "una", "##ffa", "##ble" are in the vocab; "unaff", "##ffable", "##affable" are not.
    ("unaffable", ["una", "##ffa", "##ble"]),
    ("Hello, World!", ["hello", ",", "world", "!"]),
    # accents: lowercased and stripped (NFD, drop Mn)
    ("Héllo naïve café RÉSUMÉ", ["hello", "naive", "cafe", "resume"]),
    ("ñ İstanbul", ["n", "istanbul"]),
    # Greek: final sigma kept by lowercasing; "##δος" is not in the vocab, "##δ" and "##ος" are
    ("ΟΔΟΣ", ["ο", "##δ", "##ος"]),
    ("ΟΔΟΣ.Α", ["ο", "##δ", "##ο", "##σ", ".", "α"]),  # not final: "." is case-ignorable, "Α" follows
    # CJK ideographs become separate words
    ("中国人民", ["中", "国", "人", "民"]),
    ("I love 東京tokyo", ["i", "love", "東", "京", "tokyo"]),
    # every non-alphanumeric ASCII character is punctuation, even "$", "^" and "`"
    ("don't stop-believing...", ["don", "'", "t", "stop", "-", "believing", ".", ".", "."]),
    ("$5.00 ^_^ `quote`", ["$", "5", ".", "00", "^", "_", "^", "`", "quote", "`"]),
    ("¿Qué? «non»", ["¿", "que", "?", "«", "non", "»"]),
    # control / format characters dropped (NUL, soft hyphen, zero-width space), whitespace split
    ("\x00a\u00adb\u200bc", ["abc"]),
    # so are unassigned code points (category Cn), which the Hugging Face libraries keep
    ("a\u0378b", ["ab"]),
    ("a\tb\nc\r\nd\u00a0e\u3000f", ["a", "b", "c", "d", "e", "f"]),
    # characters with no vocabulary piece: the whole word becomes [UNK]
    ("🙂 ☃ ☃x ｆｕｌｌ", ["[UNK]", "[UNK]", "[UNK]", "[UNK]"]),
    ("tokenization xyzzyq", ["token", "##ization", "x", "##y", "##zzy", "##q"]),
    # special tokens spelled in the text are text (as in BERT's reference tokenizer)
    ("a [SEP] b [MASK]", ["a", "[", "sep", "]", "b", "[", "mask", "]"]),
    ("", []),
    ("   \t ", []),
]


@pytest.mark.parametrize("text,expected", HAND_CHECKED)
def test_hand_checked_tokenizations(tok, text, expected):
    assert tok.tokenize(text) == expected


def test_word_longer_than_100_chars_is_unk(tok):
    assert tok.tokenize("x" * 101) == ["[UNK]"]
    hundred = tok.tokenize("x" * 100)
    assert hundred == ["xx"] + ["##xx"] * 49
    # the limit applies per word after punctuation splitting
    assert tok.tokenize("x" * 101 + " ok") == ["[UNK]", "ok"]
    assert tok.tokenize("x" * 60 + "." + "x" * 60)[30] == "."


def test_special_token_ids(tok):
    assert (tok.pad_id, tok.unk_id, tok.cls_id, tok.sep_id) == (0, 100, 101, 102)
    assert tok.encode("unaffable") == [tok.vocab["una"], tok.vocab["##ffa"], tok.vocab["##ble"]]


# -- oracle: a literal transcription of BERT's BasicTokenizer + WordpieceTokenizer (uncased) ----------
def _ref_is_whitespace(c):
    return c in " \t\n\r" or unicodedata.category(c) == "Zs"


def _ref_is_control(c):
    return c not in "\t\n\r" and unicodedata.category(c).startswith("C")


def _ref_is_punct(c):
    cp = ord(c)
    if 33 <= cp <= 47 or 58 <= cp <= 64 or 91 <= cp <= 96 or 123 <= cp <= 126:
        return True
    return unicodedata.category(c).startswith("P")


def _ref_is_cjk(cp):
    return any(lo <= cp <= hi for lo, hi in [(0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF),
                                             (0x2A700, 0x2B73F), (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF),
                                             (0xF900, 0xFAFF), (0x2F800, 0x2FA1F)])


def reference_tokenize(text, vocab):
    text = "".join(" " if _ref_is_whitespace(c) else c for c in text
                   if not (ord(c) == 0 or ord(c) == 0xFFFD or _ref_is_control(c)))
    text = "".join(f" {c} " if _ref_is_cjk(ord(c)) else c for c in text)
    split = []
    for token in text.strip().split():
        token = unicodedata.normalize("NFD", token.lower())
        token = "".join(c for c in token if unicodedata.category(c) != "Mn")
        words, start_new = [], True
        for c in token:
            if _ref_is_punct(c):
                words.append([c])
                start_new = True
            else:
                if start_new:
                    words.append([])
                start_new = False
                words[-1].append(c)
        split.extend("".join(w) for w in words)
    out = []
    for token in " ".join(split).strip().split():
        chars = list(token)
        if len(chars) > 100:
            out.append("[UNK]")
            continue
        start, subs, bad = 0, [], False
        while start < len(chars):
            end, cur = len(chars), None
            while start < end:
                s = "".join(chars[start:end])
                if start > 0:
                    s = "##" + s
                if s in vocab:
                    cur = s
                    break
                end -= 1
            if cur is None:
                bad = True
                break
            subs.append(cur)
            start = end
        out.extend(["[UNK]"] if bad else subs)
    return out


def test_matches_reference_on_hand_checked_and_random_unicode(tok):
    texts = [t for t, _ in HAND_CHECKED]
    rng = random.Random(1234)
    # Characters from many categories: ASCII, Latin-1, combining marks, controls, format chars,
    # Zs/Zl spaces, CJK, Hangul, kana, Greek, Cyrillic, emoji, private use, symbols, fullwidth.
    pool = (
        [chr(c) for c in range(0, 128)] + [chr(c) for c in range(0xA0, 0x180)]
        + [chr(c) for c in range(0x300, 0x370)] + ["\u200b", "\u200d", "\ufeff", "\u2028", "\u2029", "\x85"]
        + ["\u3000", "\u2003", "\ufffd", "\ue000"] + [chr(c) for c in range(0x4E00, 0x4E40)]
        + [chr(c) for c in range(0xAC00, 0xAC10)] + [chr(c) for c in range(0x3040, 0x3060)]
        + [chr(c) for c in range(0x391, 0x3CA)] + [chr(c) for c in range(0x410, 0x450)]
        + ["🙂", "😀", "€", "™", "∑", "—", "–", "…", "“", "”", "‘", "’", "ｆ", "Ａ", "１", "ﬁ", "ǅ"]
    )
    letters = "abcdefghijklmnopqrstuvwxyz      "
    for _ in range(3000):
        n = rng.randint(0, 40)
        texts.append("".join(rng.choice(pool) if rng.random() < 0.4 else rng.choice(letters) for _ in range(n)))
    fresh = WordPieceTokenizer.from_file(tok.vocab_path)
    for text in texts:
        assert fresh.tokenize(text) == reference_tokenize(text, fresh.vocab), repr(text)
        # and again, from the word cache
        assert fresh.tokenize(text) == reference_tokenize(text, fresh.vocab), repr(text)


def test_matches_reference_on_glue_text(tok, glue_dir):
    rng = random.Random(0)
    texts = []
    for task, col in [("SST-2", 0), ("CoLA", 3), ("MRPC", 3), ("STS-B", 7), ("WNLI", 1)]:
        lines = (glue_dir / task / "train.tsv").read_text(encoding="utf-8-sig").splitlines()[1:]
        texts += [line.split("\t")[col] for line in rng.sample(lines, min(400, len(lines)))]
    fresh = WordPieceTokenizer.from_file(tok.vocab_path)
    for text in texts:
        assert fresh.tokenize(text) == reference_tokenize(text, fresh.vocab), repr(text)


# -- encoding to tensors -----------------------------------------------------------------------------
def test_single_sentence_layout(tok, ours_only):
    inputs, name = encode_texts(tok, ["Hello, world!", "a"], None, 8)
    assert name == "wordpiece"
    ids = inputs["input_ids"]
    assert ids.dtype == torch.int64 and ids.shape == (2, 8)
    hello, comma, world, bang = (tok.vocab[t] for t in ["hello", ",", "world", "!"])
    assert ids[0].tolist() == [101, hello, comma, world, bang, 102, 0, 0]
    assert ids[1].tolist() == [101, tok.vocab["a"], 102, 0, 0, 0, 0, 0]
    assert inputs["attention_mask"].tolist() == [[1] * 6 + [0] * 2, [1] * 3 + [0] * 5]
    assert inputs["token_type_ids"].abs().sum() == 0


def test_pair_layout_and_token_types(tok, ours_only):
    inputs, _ = encode_texts(tok, ["a b", "x"], ["c", "y z w"], 10)
    a, b, c = (tok.vocab[t] for t in "abc")
    assert inputs["input_ids"][0].tolist() == [101, a, b, 102, c, 102, 0, 0, 0, 0]
    assert inputs["token_type_ids"][0].tolist() == [0, 0, 0, 0, 1, 1, 0, 0, 0, 0]
    assert inputs["attention_mask"][0].tolist() == [1] * 6 + [0] * 4
    assert inputs["token_type_ids"][1].tolist() == [0, 0, 0, 1, 1, 1, 1, 0, 0, 0]
    for key in ("input_ids", "attention_mask", "token_type_ids"):
        assert inputs[key].dtype == torch.int64


def _loop_truncate(la, lb, budget):
    while la + lb > budget:
        if la > lb:
            la -= 1
        else:
            lb -= 1
    return la, lb


def test_truncate_pair_is_longest_first():
    for budget in range(1, 30):
        for la in range(0, 40):
            for lb in range(0, 40):
                assert truncate_pair(la, lb, budget) == _loop_truncate(la, lb, budget), (la, lb, budget)


def test_truncation_single_and_pair(tok, ours_only):
    words = " ".join(f"w{i}" for i in range(50))  # "w", "##0", ... many tokens
    inputs, _ = encode_texts(tok, [words], None, 7)
    row = inputs["input_ids"][0].tolist()
    assert row[0] == 101 and row[-1] == 102 and len(row) == 7
    assert row[1:6] == tok.encode(words)[:5]

    long_a, short_b = "a " * 20, "b c"
    inputs, _ = encode_texts(tok, [long_a, short_b], [short_b, long_a], 10)
    a, b, c = (tok.vocab[t] for t in "abc")
    # budget 7: the longer side is cut first -> a*5 + "b c"
    assert inputs["input_ids"][0].tolist() == [101] + [a] * 5 + [102, b, c, 102]
    assert inputs["input_ids"][1].tolist() == [101, b, c, 102] + [a] * 5 + [102]
    assert inputs["token_type_ids"][1].tolist() == [0] * 4 + [1] * 6


def test_max_seq_len_too_small(tok):
    with pytest.raises(WorkerError) as err:
        encode_texts(tok, ["a"], ["b"], 4)
    assert err.value.code is Code.INVALID_ARGUMENT and "data.max_seq_len" in err.value.message


def test_tokenizer_env_var(tok, monkeypatch):
    monkeypatch.setenv(wordpiece.ENV_VAR, "sentencepiece")
    with pytest.raises(WorkerError) as err:
        encode_texts(tok, ["a"], None, 8)
    assert err.value.code is Code.INVALID_ARGUMENT and wordpiece.ENV_VAR in err.value.message


def test_vocab_errors(tmp_path):
    with pytest.raises(WorkerError) as err:
        WordPieceTokenizer.from_file("")
    assert err.value.code is Code.INVALID_ARGUMENT and "data.vocab_path" in err.value.message
    missing = tmp_path / "nope.txt"
    with pytest.raises(WorkerError) as err:
        WordPieceTokenizer.from_file(str(missing))
    assert err.value.code is Code.NOT_FOUND and str(missing) in err.value.message
    bad = tmp_path / "vocab.txt"
    bad.write_text("[PAD]\nhello\n")
    with pytest.raises(WorkerError) as err:
        WordPieceTokenizer.from_file(str(bad))
    assert err.value.code is Code.INVALID_ARGUMENT and "[UNK]" in err.value.message


def _installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


@pytest.mark.parametrize("choice,library", [("", None), ("tokenizers", wordpiece.LIB_TOKENIZERS),
                                            ("transformers", wordpiece.LIB_TRANSFORMERS)])
def test_library_backend_gives_the_same_tensors(tok, glue_dir, monkeypatch, choice, library):
    needed = [choice] if choice else ["tokenizers", "transformers"]
    if not any(_installed(module) for module in needed):
        pytest.skip(f"{' or '.join(needed)} is not installed")
    lines = (glue_dir / "MRPC" / "train.tsv").read_text(encoding="utf-8-sig").splitlines()[1:]
    a = [line.split("\t")[3] for line in lines] + [t for t, _ in HAND_CHECKED] + ["x" * 101]
    b = [line.split("\t")[4] for line in lines] + ["pair"] * (len(HAND_CHECKED) + 1)
    monkeypatch.setenv(wordpiece.ENV_VAR, choice)
    with warnings.catch_warnings():
        # unset: a library that disagrees with ours warns and is not used; named: it is an error
        warnings.simplefilter("error")
        theirs, name = encode_texts(tok, a, b, 64)
    assert name == library if library else name != "wordpiece"
    monkeypatch.setenv(wordpiece.ENV_VAR, "wordpiece")
    ours, _ = encode_texts(tok, a, b, 64)
    for key in ours:
        assert torch.equal(ours[key], theirs[key]), key


def test_sst2_tokenization(vocab_file, glue_dir):
    lines = (glue_dir / "SST-2" / "train.tsv").read_text(encoding="utf-8").splitlines()[1:]
    texts = [line.split("\t")[0] for line in lines]
    fresh = WordPieceTokenizer.from_file(str(vocab_file))  # cold word cache
    ids = [fresh.encode(t) for t in texts]
    assert len(ids) == 67_349


def test_backend_selection_and_cross_check(tok, monkeypatch):
    """Wiring of the library back-end, with a stand-in library (the real ones may be absent here)."""
    monkeypatch.setattr(wordpiece, "_LIBRARY_ENCODERS", {})
    behaviour = {}

    def fake_library(name, vocab_path):
        if behaviour.get(name) is None:
            raise ImportError(f"no {name}")
        return behaviour[name]

    monkeypatch.setattr(wordpiece, "_library_encoder", fake_library)
    texts = ["Hello, world!", "naïve café"]
    good = lambda batch: [tok.encode(t) for t in batch]  # noqa: E731
    wrong = lambda batch: [tok.encode(t)[:-1] for t in batch]  # noqa: E731

    monkeypatch.setenv(wordpiece.ENV_VAR, "")
    assert encode_texts(tok, texts, None, 16)[1] == "wordpiece"  # nothing installed
    behaviour[wordpiece.LIB_TRANSFORMERS] = good
    assert encode_texts(tok, texts, None, 16)[1] == wordpiece.LIB_TRANSFORMERS
    behaviour[wordpiece.LIB_TOKENIZERS] = good
    assert encode_texts(tok, texts, None, 16)[1] == wordpiece.LIB_TOKENIZERS  # preferred

    monkeypatch.setattr(wordpiece, "_LIBRARY_ENCODERS", {})
    behaviour = {wordpiece.LIB_TOKENIZERS: wrong}
    with pytest.warns(UserWarning, match="does not match"):
        inputs, name = encode_texts(tok, texts, None, 16)
    assert name == "wordpiece"
    assert inputs["input_ids"][0, :6].tolist() == [101] + tok.encode("Hello, world!") + [102]

    monkeypatch.setattr(wordpiece, "_LIBRARY_ENCODERS", {})
    monkeypatch.setenv(wordpiece.ENV_VAR, "tokenizers")
    with pytest.raises(WorkerError) as err:
        encode_texts(tok, texts, None, 16)
    assert err.value.code is Code.FAILED_PRECONDITION and "wordpiece" in err.value.message
    monkeypatch.setenv(wordpiece.ENV_VAR, "transformers")
    with pytest.raises(WorkerError) as err:
        encode_texts(tok, texts, None, 16)
    assert err.value.code is Code.FAILED_PRECONDITION and "install" in err.value.message
