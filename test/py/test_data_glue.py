"""GLUE loading: row counts, labels, metrics, encoding, subsets, dynamic padding, errors."""

from __future__ import annotations

import dataclasses

import functools
import os
import subprocess
import sys
import pathlib

import pytest
import torch

from moqlab.data.base import RowAction
from moqlab.data import DataSpec, LoadedData, Metric, TaskType, load_data
from moqlab.data import wordpiece
from moqlab.errors import Code, WorkerError

PY_RUNTIME = pathlib.Path(__file__).resolve().parents[2] / "py_runtime"


@functools.lru_cache(maxsize=None)
def _cached_load(glue: str, vocab: str, task: str, max_seq_len: int = 128, max_train: int = 0,
                 max_eval: int = 0, seed: int = 0) -> LoadedData:
    """Each configuration is loaded (and tokenized, with moqlab's WordPiece) once per test session."""
    old = os.environ.get(wordpiece.ENV_VAR)
    os.environ[wordpiece.ENV_VAR] = "wordpiece"
    try:
        spec = DataSpec("glue", path=glue, task=task, vocab_path=vocab, max_seq_len=max_seq_len,
                        max_train_examples=max_train, max_eval_examples=max_eval)
        return load_data(spec, seed)
    finally:
        if old is None:
            del os.environ[wordpiece.ENV_VAR]
        else:
            os.environ[wordpiece.ENV_VAR] = old


@pytest.fixture(scope="module", autouse=True)
def _free_cached_data():
    """Loaded data sets are shared by this module's tests and freed after it."""
    yield
    _cached_load.cache_clear()


@pytest.fixture
def load(glue_dir, vocab_file):
    def _load(task, **kw):
        return _cached_load(str(glue_dir), str(vocab_file), task, **kw)

    return _load


EXPECTED = {
    # task: (train rows, dev rows, num_labels, task type, metrics, pair?)
    "SST-2": (67_349, 872, 2, TaskType.CLASSIFICATION, ["accuracy"], False),
    "CoLA": (8_551, 1_043, 2, TaskType.CLASSIFICATION, ["mcc"], False),
    "MRPC": (3_668, 408, 2, TaskType.CLASSIFICATION, ["f1", "accuracy"], True),
    "STS-B": (5_749, 1_500, 1, TaskType.REGRESSION, ["pearson", "spearman"], True),
    "WNLI": (635, 71, 2, TaskType.CLASSIFICATION, ["accuracy"], True),
}


@pytest.mark.parametrize("task", sorted(EXPECTED))
def test_task_shapes_labels_and_metrics(load, glue_dir, task):
    n_train, n_dev, num_labels, task_type, metrics, pair = EXPECTED[task]
    data = load(task)
    assert (len(data.train), len(data.eval)) == (n_train, n_dev)
    assert data.num_labels == num_labels and data.task_type is task_type
    assert data.metrics == metrics and all(Metric(m) for m in metrics)
    assert data.eval_split == "dev"
    assert data.source == str(glue_dir / task)
    assert data.tokenizer == "wordpiece"
    for split in (data.train, data.eval):
        assert set(split.inputs) == {"input_ids", "attention_mask", "token_type_ids"}
        for tensor in split.inputs.values():
            # Padded to the split's longest row (never beyond max_seq_len), not to max_seq_len itself.
            longest = int(split.inputs["attention_mask"].sum(dim=1).max())
            assert tensor.dtype == torch.int64 and tensor.shape == (len(split), longest) and longest <= 128
        ids, mask, types = (split.inputs[k] for k in ("input_ids", "attention_mask", "token_type_ids"))
        assert (ids[:, 0] == 101).all()
        assert torch.equal(ids != 0, mask.bool())  # [PAD] exactly where the mask is 0
        n_sep = (ids == 102).sum(dim=1)
        assert (n_sep == (2 if pair else 1)).all()
        if pair:
            # 0 over [CLS] a [SEP], 1 over b [SEP], 0 on padding
            first_sep = (ids == 102).long().argmax(dim=1)
            pos = torch.arange(ids.shape[1])
            expected_types = (pos[None, :] > first_sep[:, None]) & mask.bool()
            assert torch.equal(types.bool(), expected_types)
        else:
            assert types.sum() == 0
        if task_type is TaskType.CLASSIFICATION:
            assert split.labels.dtype == torch.int64
            assert set(split.labels.unique().tolist()) == set(range(num_labels))
        else:
            assert split.labels.dtype == torch.float32
            assert split.labels.min() >= 0 and split.labels.max() <= 5
            assert split.labels.unique().numel() > 50


def test_known_rows(load):
    sst = load("SST-2")
    assert sst.train.labels[:3].tolist() == [0, 0, 1]  # "hide new secretions ...", "contains no wit ...", ...
    stsb = load("STS-B")
    assert stsb.train.labels[:2].tolist() == pytest.approx([5.0, 3.8])
    mrpc = load("MRPC")
    assert mrpc.train.labels[:2].tolist() == [1, 0]


def test_sst2_first_row_tokens(load, vocab_file):
    tok = wordpiece.get_tokenizer(str(vocab_file))
    row = load("SST-2").train.inputs["input_ids"][0]
    expected = [101] + tok.encode("hide new secretions from the parental units ") + [102]
    assert row[: len(expected)].tolist() == expected and row[len(expected):].sum() == 0


@pytest.mark.parametrize("alias,canonical", [("sst2", "SST-2"), ("Sst-2", "SST-2"), ("stsb", "STS-B"),
                                             ("STS-B", "STS-B"), ("cola", "CoLA"), ("WNLI", "WNLI")])
def test_task_aliases(load, glue_dir, alias, canonical):
    data = load(alias, max_train=16, max_eval=16)
    assert data.source == str(glue_dir / canonical)


def test_path_may_be_the_task_directory(glue_dir, vocab_file):
    data = _cached_load(str(glue_dir / "CoLA"), str(vocab_file), "", 128, 8, 8)
    assert data.source == str(glue_dir / "CoLA") and data.metrics == ["mcc"]
    data = _cached_load(str(glue_dir / "CoLA"), str(vocab_file), "cola", 128, 8, 8)
    assert data.source == str(glue_dir / "CoLA")
    with pytest.raises(WorkerError) as err:
        _cached_load(str(glue_dir / "CoLA"), str(vocab_file), "sst2", 128, 8, 8)
    assert err.value.code is Code.INVALID_ARGUMENT and "CoLA" in err.value.message


def test_truncation(load):
    full = load("MRPC")
    short = load("MRPC", max_seq_len=16)
    ids, mask = short.train.inputs["input_ids"], short.train.inputs["attention_mask"]
    assert ids.shape == (3_668, 16)
    assert (mask.sum(dim=1) == 16).all()  # every MRPC pair is longer than 16 tokens
    assert (ids[:, -1] == 102).all() and ((ids == 102).sum(dim=1) == 2).all()
    # each segment is a prefix of the untruncated segment
    for row in range(0, 3_668, 97):
        f = full.train.inputs["input_ids"][row].tolist()
        s = ids[row].tolist()
        f_sep, s_sep = f.index(102), s.index(102)
        assert s[1:s_sep] == f[1:1 + s_sep - 1]
        f_b, s_b = f[f_sep + 1:f.index(102, f_sep + 1)], s[s_sep + 1:15]
        assert s_b == f_b[: len(s_b)] and len(s_b) >= 1
        # longest-first: the longer side is cut first, then both alternately
        assert (len(s[1:s_sep]), len(s_b)) == wordpiece.truncate_pair(f_sep - 1, len(f_b), 16 - 3)


def test_batch_trims_to_longest_in_batch(load):
    data = load("SST-2")
    split = data.train
    index = torch.tensor([5, 17, 3, 40_000, 67_348], dtype=torch.int64)
    inputs, labels = split.batch(index)
    width = int(split.inputs["attention_mask"][index].sum(dim=1).max())
    assert width < 128
    for key, tensor in inputs.items():
        assert tensor.shape == (5, width) and tensor.dtype == torch.int64
        assert torch.equal(tensor, split.inputs[key][index, :width])
        assert split.inputs[key][index, width:].sum() == 0  # only padding was trimmed
    assert torch.equal(labels, split.labels[index])
    assert int(inputs["attention_mask"].sum(dim=1).max()) == width
    # full-batch width is the longest sentence
    assert split.batch(torch.arange(len(split)))[0]["input_ids"].shape[1] == int(split.inputs["attention_mask"].sum(1).max())


def test_subsets_are_seeded(load):
    a = load("CoLA", max_train=100, max_eval=50, seed=7)
    b = load("CoLA", max_train=100, max_eval=50, seed=7)
    c = load("CoLA", max_train=100, max_eval=50, seed=8)
    full = load("CoLA")
    assert (len(a.train), len(a.eval)) == (100, 50)
    assert torch.equal(a.train.inputs["input_ids"], b.train.inputs["input_ids"])
    assert not torch.equal(a.train.inputs["input_ids"], c.train.inputs["input_ids"])
    # a subset is made of real rows of the full split
    def unpadded(rows):
        return {tuple(t for t in r if t != 0) for r in rows.tolist()}

    assert unpadded(a.train.inputs["input_ids"]) <= unpadded(full.train.inputs["input_ids"])
    # the eval subset does not depend on the train subset's size
    d = load("CoLA", max_train=200, max_eval=50, seed=7)
    assert torch.equal(a.eval.inputs["input_ids"], d.eval.inputs["input_ids"])
    # bigger than the split: everything
    e = load("WNLI", max_train=10_000, max_eval=10_000)
    assert (len(e.train), len(e.eval)) == (635, 71)


def test_subset_determinism_uncached(glue_dir, vocab_file, monkeypatch):
    monkeypatch.setenv(wordpiece.ENV_VAR, "wordpiece")
    spec = DataSpec("GLUE", path=str(glue_dir), task="wnli", vocab_path=str(vocab_file), max_train_examples=20)
    x, y = load_data(spec, 3), load_data(spec, 3)
    assert torch.equal(x.train.labels, y.train.labels)
    assert torch.equal(x.train.inputs["input_ids"], y.train.inputs["input_ids"])


# -- errors -------------------------------------------------------------------------------------------
def _err(spec: DataSpec) -> WorkerError:
    with pytest.raises(WorkerError) as info:
        load_data(spec, 0)
    return info.value


def test_missing_task_is_not_found_with_help(glue_dir, vocab_file):
    for task, dirname in [("MNLI", "MNLI"), ("qqp", "QQP"), ("QNLI", "QNLI"), ("rte", "RTE")]:
        err = _err(DataSpec("glue", path=str(glue_dir), task=task, vocab_path=str(vocab_file)))
        assert err.code is Code.NOT_FOUND
        assert f"GLUE task {task!r} not found under {glue_dir}" in err.message
        assert str(glue_dir / dirname / "train.tsv") in err.message
        assert "Tasks found there: CoLA, MRPC, SST-2, STS-B, WNLI" in err.message
        assert "data.path" in err.message


def test_unknown_task_lists_valid_ones(glue_dir, vocab_file):
    err = _err(DataSpec("glue", path=str(glue_dir), task="squad", vocab_path=str(vocab_file)))
    assert err.code is Code.INVALID_ARGUMENT
    assert "'squad'" in err.message and "SST-2" in err.message and "MNLI" in err.message
    err = _err(DataSpec("glue", path=str(glue_dir), task="", vocab_path=str(vocab_file)))
    assert err.code is Code.INVALID_ARGUMENT and "data.task" in err.message


def test_unknown_data_name():
    err = _err(DataSpec("imagenet"))
    assert err.code is Code.INVALID_ARGUMENT
    assert "'imagenet'" in err.message and "fashion-mnist" in err.message and "glue" in err.message


def test_missing_vocab(glue_dir, tmp_path):
    err = _err(DataSpec("glue", path=str(glue_dir), task="sst2"))
    assert err.code is Code.INVALID_ARGUMENT and "data.vocab_path" in err.message
    err = _err(DataSpec("glue", path=str(glue_dir), task="sst2", vocab_path=str(tmp_path / "v.txt")))
    assert err.code is Code.NOT_FOUND and str(tmp_path / "v.txt") in err.message


def test_missing_glue_dir(vocab_file, tmp_path):
    err = _err(DataSpec("glue", path=str(tmp_path / "nowhere"), task="sst2", vocab_path=str(vocab_file)))
    assert err.code is Code.NOT_FOUND and str(tmp_path / "nowhere") in err.message
    err = _err(DataSpec("glue", task="sst2", vocab_path=str(vocab_file)))
    assert err.code is Code.INVALID_ARGUMENT and "data.path" in err.message


def test_bad_spec_values(glue_dir, vocab_file):
    err = _err(DataSpec("glue", path=str(glue_dir), task="wnli", vocab_path=str(vocab_file), max_train_examples=-1))
    assert err.code is Code.INVALID_ARGUMENT and "max_train_examples" in err.message
    err = _err(DataSpec("glue", path=str(glue_dir), task="wnli", vocab_path=str(vocab_file), max_seq_len=2))
    assert err.code is Code.INVALID_ARGUMENT and "max_seq_len" in err.message


# -- synthetic task directories (formats of tasks not available here, malformed files) -----------------
def _write(dirpath: pathlib.Path, name: str, lines: list) -> None:
    dirpath.mkdir(parents=True, exist_ok=True)
    (dirpath / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture
def ours(monkeypatch):
    monkeypatch.setenv(wordpiece.ENV_VAR, "wordpiece")


def test_rte_qnli_qqp_mnli_formats(tmp_path, vocab_file, ours):
    root = tmp_path / "glue"
    _write(root / "RTE", "train.tsv", ["index\tsentence1\tsentence2\tlabel",
                                       "0\tA cat sat.\tA cat exists.\tentailment",
                                       "1\tA dog ran.\tNo dog.\tnot_entailment"])
    _write(root / "RTE", "dev.tsv", ["index\tsentence1\tsentence2\tlabel", "0\tx\ty\tnot_entailment"])
    _write(root / "QNLI", "train.tsv", ["index\tquestion\tsentence\tlabel", "0\tWho?\tHim.\tentailment"])
    _write(root / "QNLI", "dev.tsv", ["index\tquestion\tsentence\tlabel", "0\tWhy?\tNo.\tnot_entailment"])
    qqp_header = "id\tqid1\tqid2\tquestion1\tquestion2\tis_duplicate"
    _write(root / "QQP", "train.tsv", [qqp_header, "0\t1\t2\tHow are you?\tHow do you do?\t1"])
    _write(root / "QQP", "dev.tsv", [qqp_header, "0\t1\t2\tWhat?\tWho?\t0"])
    mnli_header = ("index\tpromptID\tpairID\tgenre\tsentence1_binary_parse\tsentence2_binary_parse\t"
                   "sentence1_parse\tsentence2_parse\tsentence1\tsentence2\tlabel1\tgold_label")
    mnli_dev_header = mnli_header.replace("label1\t", "label1\tlabel2\tlabel3\tlabel4\tlabel5\t")
    _write(root / "MNLI", "train.tsv", [mnli_header] + [
        f"{i}\t0\t0\tfiction\t( a )\t( b )\t(ROOT a)\t(ROOT b)\tPremise {i}.\tHypothesis {i}.\t{lab}\t{lab}"
        for i, lab in enumerate(["contradiction", "entailment", "neutral"])])
    _write(root / "MNLI", "dev_matched.tsv", [mnli_dev_header,
                                              "0\t0\t0\tfiction\t( a )\t( b )\t(ROOT a)\t(ROOT b)\tP.\tH.\t"
                                              "neutral\tneutral\tneutral\tentailment\tneutral\tneutral"])
    _write(root / "MNLI", "dev_mismatched.tsv", [mnli_dev_header,
                                                 "0\t0\t0\tletters\t( a )\t( b )\t(ROOT a)\t(ROOT b)\tP2.\tH2.\t"
                                                 "entailment\tentailment\tentailment\tentailment\tentailment\tentailment"])

    def get(task):
        return load_data(DataSpec("glue", path=str(root), task=task, vocab_path=str(vocab_file)), 0)

    rte = get("RTE")
    assert rte.train.labels.tolist() == [0, 1] and rte.eval.labels.tolist() == [1]
    assert rte.num_labels == 2 and rte.metrics == ["accuracy"]
    assert (rte.train.inputs["token_type_ids"].sum(dim=1) > 0).all()
    qnli = get("qnli")
    assert qnli.train.labels.tolist() == [0] and qnli.eval.labels.tolist() == [1]
    qqp = get("QQP")
    assert qqp.metrics == ["f1", "accuracy"] and qqp.train.labels.tolist() == [1]
    mnli = get("mnli")
    assert mnli.num_labels == 3 and mnli.metrics == ["accuracy"]
    assert mnli.train.labels.tolist() == [0, 1, 2] and mnli.eval.labels.tolist() == [2]
    assert list(mnli.extra_evals) == ["mismatched"] and mnli.extra_evals["mismatched"].labels.tolist() == [1]
    assert rte.extra_evals == {}
    tok = wordpiece.get_tokenizer(str(vocab_file))
    expected = [101] + tok.encode("Premise 0.") + [102] + tok.encode("Hypothesis 0.") + [102]
    assert mnli.train.inputs["input_ids"][0, : len(expected)].tolist() == expected

    (root / "MNLI" / "dev_mismatched.tsv").unlink()
    assert get("mnli").extra_evals == {}  # said in a warning; the matched dev set is still evaluated

    (root / "MNLI" / "dev_matched.tsv").unlink()
    err = _err(DataSpec("glue", path=str(root), task="mnli", vocab_path=str(vocab_file)))
    assert err.code is Code.NOT_FOUND and "dev_matched.tsv" in err.message


def test_no_csv_quoting(tmp_path, vocab_file, ours):
    root = tmp_path / "glue"
    _write(root / "SST-2", "train.tsv", ["sentence\tlabel", '" a quote starts it\t1',
                                         "it 's \"fine\" , really\t0"])
    _write(root / "SST-2", "dev.tsv", ["sentence\tlabel", "ok\t1"])
    data = load_data(DataSpec("glue", path=str(root), task="sst2", vocab_path=str(vocab_file)), 0)
    tok = wordpiece.get_tokenizer(str(vocab_file))
    row = data.train.inputs["input_ids"][0].tolist()
    assert row[: 2 + len(tok.encode('" a quote starts it'))][1:-1] == tok.encode('" a quote starts it')
    assert data.train.labels.tolist() == [1, 0]


def test_malformed_rows_are_skipped_or_rejected(tmp_path, vocab_file, ours):
    root = tmp_path / "glue"
    good = [f"sentence {i}\t{i % 2}" for i in range(300)]
    _write(root / "SST-2", "train.tsv", ["sentence\tlabel"] + good[:150] + ["broken row with no label"] + good[150:])
    _write(root / "SST-2", "dev.tsv", ["sentence\tlabel"] + good[:10])
    data = load_data(DataSpec("glue", path=str(root), task="sst2", vocab_path=str(vocab_file)), 0)
    assert len(data.train) == 300  # 1 bad row in 301 (< 1%) is skipped, and reported
    (dropped,) = data.dropped
    assert (dropped.rows, dropped.total, dropped.first_at) == (1, 301, "line 152")
    assert dropped.reason == "malformed, e.g. 1 tab-separated fields, expected 2"
    assert data.labels == ["0", "1"]

    bad = good[:100] + ["a\tb\tc"] * 3 + ["wrong label\tpositive"] * 2
    _write(root / "SST-2", "train.tsv", ["sentence\tlabel"] + bad)
    err = _err(DataSpec("glue", path=str(root), task="sst2", vocab_path=str(vocab_file)))
    assert err.code is Code.INVALID_ARGUMENT
    assert str(root / "SST-2" / "train.tsv") in err.message and "line 102" in err.message
    assert "5 of 105" in err.message


def test_out_of_range_scores_and_invalid_utf8_are_counted_and_strict_refuses_them(tmp_path, vocab_file, ours):
    root = tmp_path / "glue"
    header = "index\tgenre\tfilename\tyear\told_index\tsource1\tsource2\tsentence1\tsentence2\tscore"
    rows = [f"{i}\tmain\tf\t2012\t{i}\ts\ts\tA man {i}.\tA person {i}.\t{i % 6}" for i in range(400)]
    rows[10] = rows[10].rsplit("\t", 1)[0] + "\t7.5"  # out of 0..5
    rows[20] = rows[20].rsplit("\t", 1)[0] + "\tnan"  # not a score at all
    (root / "STS-B").mkdir(parents=True)
    body = "\n".join([header] + rows).encode() + b"\n"
    body = body.replace(b"A man 30.", b"A man \xff30.")  # invalid UTF-8
    (root / "STS-B" / "train.tsv").write_bytes(body)
    _write(root / "STS-B", "dev.tsv", [header] + rows[:5])
    spec = DataSpec("glue", path=str(root), task="sts-b", vocab_path=str(vocab_file))
    data = load_data(spec, 0)
    assert len(data.train) == 398 and all(0 <= x <= 5 for x in data.train.labels.tolist())
    dropped, repaired = data.dropped
    assert (dropped.action, dropped.rows, dropped.first_at) == (RowAction.DROPPED, 2, "line 12")
    assert dropped.reason == "malformed, e.g. score '7.5' is outside 0..5"
    assert (repaired.action, repaired.rows, repaired.first_at) == (RowAction.REPAIRED, 1, "line 32")
    assert str(repaired).endswith("repaired 1 of 400 rows (invalid UTF-8, replaced by U+FFFD); the first at line 32")

    err = _err(dataclasses.replace(spec, strict=True))
    assert err.code is Code.INVALID_ARGUMENT and "data.strict is on, so no row is dropped" in err.message
    assert "line 12" in err.message


def test_missing_header_column(tmp_path, vocab_file, ours):
    root = tmp_path / "glue"
    _write(root / "WNLI", "train.tsv", ["index\ttext\thypothesis\tlabel", "0\ta\tb\t1"])
    _write(root / "WNLI", "dev.tsv", ["index\tsentence1\tsentence2\tlabel", "0\ta\tb\t1"])
    err = _err(DataSpec("glue", path=str(root), task="wnli", vocab_path=str(vocab_file)))
    assert err.code is Code.INVALID_ARGUMENT and "'sentence1'" in err.message and "train.tsv" in err.message


def test_data_package_imports_no_wire_code():
    code = ("import sys; import moqlab.data, moqlab.data.glue, moqlab.data.fashion_mnist, moqlab.data.wordpiece;"
            "bad = [m for m in sys.modules if m.startswith(('zmq', 'google.protobuf', 'moqlab.proto', 'moqlab.server'))];"
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, env={**os.environ, "PYTHONPATH": str(PY_RUNTIME)})
