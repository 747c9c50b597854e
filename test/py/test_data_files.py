"""Your own files (data.name 'files'): each format, labels, pairs, dropped rows and every error's wording."""

from __future__ import annotations

import json
import logging
import sys

import pytest
import torch

from moqlab.data import DataSpec, TaskType, load_data
from moqlab.data import wordpiece
from moqlab.data.files import FileFormat, Examples, delimited_table, json_lines_table, label_key, label_vocabulary, read_examples
from moqlab.errors import Code, WorkerError

WORDS = "a fine film awful dull great plot it was not bad good the cat sat on mat dog ran".split()


@pytest.fixture(autouse=True)
def _pure_wordpiece(monkeypatch):
    """moqlab's own WordPiece, so that the tests run the same with or without the tokenizers library."""
    monkeypatch.setenv(wordpiece.ENV_VAR, "wordpiece")


@pytest.fixture
def vocab(tmp_path):
    path = tmp_path / "vocab.txt"
    path.write_text("\n".join(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]) + "\n")
    return str(path)


@pytest.fixture
def load(tmp_path, vocab):
    """Writes the given files into tmp_path and loads them as files data (classification of 'sentence')."""

    def _load(train: str | bytes, dev: str | bytes, train_name="train.csv", dev_name="dev.csv", seed=0, **spec):
        paths = []
        for name, content in ((train_name, train), (dev_name, dev)):
            path = tmp_path / name
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content)
            paths.append(str(path))
        spec.setdefault("text_columns", ("sentence",))
        spec.setdefault("label_column", "label")
        spec.setdefault("task_type", TaskType.CLASSIFICATION)
        return load_data(DataSpec("files", vocab_path=vocab, train_path=paths[0], eval_path=paths[1], **spec), seed)

    return _load


def _error(call, *args, **kwargs) -> WorkerError:
    with pytest.raises(WorkerError) as info:
        call(*args, **kwargs)
    return info.value


CSV_TRAIN = 'sentence,label\n"a fine, fine film",pos\nawful,neg\n"it was\nnot bad",pos\n,neg\ndull,neg\n'
CSV_DEV = "sentence,label\ngreat plot,pos\nthe cat,neg\n"


def test_csv_classification_quoting_labels_metrics_and_dropped_rows(load, tmp_path):
    data = load(CSV_TRAIN, CSV_DEV)
    assert (len(data.train), len(data.eval)) == (4, 2)
    assert data.labels == ["neg", "pos"] and data.num_labels == 2
    assert data.task_type is TaskType.CLASSIFICATION and data.metrics == ["accuracy", "f1"]
    assert data.train.labels.tolist() == [1, 0, 1, 0] and data.train.labels.dtype == torch.int64
    assert data.eval_split == "eval" and data.source == f"{tmp_path / 'train.csv'}, {tmp_path / 'dev.csv'}"
    assert data.tokenizer == "wordpiece"
    # The quoted comma stays in the text, the quoted line break too: "a fine , fine film" is 6 tokens with [CLS] [SEP].
    assert int(data.train.inputs["attention_mask"][0].sum()) == 7
    # The empty sentence starts on line 6, after a record that spans lines 4-5.
    (dropped,) = data.dropped
    assert (dropped.rows, dropped.total, dropped.first_at) == (1, 5, "line 6")
    assert str(dropped) == f"{tmp_path / 'train.csv'}: dropped 1 of 5 rows (empty text in 'sentence'); the first at line 6"


def test_tsv_sentence_pairs_with_three_classes(load):
    train = "premise\thypothesis\tlabel\nthe cat sat\tthe cat ran\tno\nthe dog ran\ta dog ran\tyes\nthe mat\tthe cat\tmaybe\n"
    dev = "premise\thypothesis\tlabel\nthe cat\tthe mat\tyes\n"
    data = load(train, dev, "train.tsv", "dev.tsv", text_columns=("premise", "hypothesis"))
    assert data.labels == ["maybe", "no", "yes"] and data.metrics == ["accuracy"]
    types = data.train.inputs["token_type_ids"]
    assert types[0].tolist()[:5] == [0, 0, 0, 0, 0] and types[0].max() == 1  # [CLS] a [SEP] then b [SEP]
    assert data.eval.labels.tolist() == [2]


def test_json_lines_regression(load):
    rows = [{"sentence": "a fine film", "score": 4.5}, {"sentence": "dull", "score": "1"}, {"sentence": "good", "score": 3}]
    train = "\n".join(json.dumps(r) for r in rows) + "\n\n"
    dev = json.dumps({"sentence": "great", "score": 5.0, "other": [1]}) + "\n"
    data = load(train, dev, "train.jsonl", "dev.ndjson", label_column="score", task_type=TaskType.REGRESSION)
    assert data.task_type is TaskType.REGRESSION and data.num_labels == 1 and data.labels == []
    assert data.metrics == ["pearson", "spearman"]
    assert data.train.labels.dtype == torch.float32 and data.train.labels.tolist() == [4.5, 1.0, 3.0]


def test_parquet_with_integer_labels_sorted_numerically(load, tmp_path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"sentence": ["a fine film", "dull", "good", "the cat"], "label": [10, 2, 10, 2], "id": [1, 2, 3, 4]}), tmp_path / "t.parquet")
    pq.write_table(pa.table({"sentence": ["great", None], "label": [2, 10]}), tmp_path / "d.parquet")
    data = load((tmp_path / "t.parquet").read_bytes(), (tmp_path / "d.parquet").read_bytes(), "train.parquet", "dev.parquet")
    assert data.labels == ["2", "10"] and data.train.labels.tolist() == [1, 0, 1, 0]
    assert len(data.eval) == 1 and data.dropped[0].first_at == "row 2"

    pq.write_table(pa.table({"sentence": ["a"], "lable": [1]}), tmp_path / "bad.parquet")
    err = _error(load, (tmp_path / "bad.parquet").read_bytes(), CSV_DEV, "train.parquet")
    assert err.message == f"{tmp_path / 'train.parquet'}, its schema: no column 'label' (data.label_column); the columns are 'sentence', 'lable'; did you mean 'lable'?"


def test_parquet_without_pyarrow_names_the_fix(load, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # `import pyarrow` now raises ImportError
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    err = _error(load, b"PAR1", CSV_DEV, "train.parquet")
    assert err.code is Code.UNAVAILABLE
    assert "reading Parquet needs pyarrow" in err.message and "npm run setup" in err.message and "convert the file to CSV" in err.message


def test_a_missing_column_names_the_file_line_and_nearest_column(load, tmp_path):
    err = _error(load, "sentense,label\na,pos\n", CSV_DEV)
    assert err.code is Code.INVALID_ARGUMENT
    assert err.message == (
        f"{tmp_path / 'train.csv'}, line 1 (the header): no column 'sentence' (data.text_columns); the columns are "
        "'sentense', 'label'; did you mean 'sentense'?"
    )
    assert err.details["column"] == "sentence"
    # JSON Lines: each object has its own keys, so the error names the object's line.
    train = '{"sentence": "a", "label": 1}\n{"Sentence": "b", "label": 0}\n'
    err = _error(load, train, CSV_DEV, "train.jsonl")
    assert err.message == f"{tmp_path / 'train.jsonl'}, line 2: no column 'sentence' (data.text_columns); the columns are 'Sentence', 'label'; did you mean 'Sentence'?"
    # A headerless file: its first row is taken as the header, and the error lists it.
    assert "the columns are 'a fine film', 'pos'" in _error(load, "a fine film,pos\n", CSV_DEV).message


def test_bad_json_lines_name_their_line(load, tmp_path):
    train = '{"sentence": "a", "label": 1}\n\n{"sentence": "b", "label": 0,}\n'
    err = _error(load, train, CSV_DEV, "train.jsonl")
    assert err.message.startswith(f"{tmp_path / 'train.jsonl'}, line 3: not valid JSON (") and err.details["line"] == "3"
    assert "JSON Lines has one object per line" in _error(load, '[\n{"sentence": "a"}\n]\n', CSV_DEV, "train.jsonl").message
    assert _error(load, '["a", 1]\n', CSV_DEV, "train.jsonl").message == (
        f'{tmp_path / "train.jsonl"}, line 1: a JSON array, not an object; each line of a JSON Lines file is one object, '
        'e.g. {"text": "a fine film", "label": 1}'
    )


def test_an_eval_label_the_training_file_lacks_is_an_error(load, tmp_path):
    err = _error(load, CSV_TRAIN, "sentence,label\ngood,pos\nthe cat,neutral\n")
    assert err.message == (
        f"{tmp_path / 'dev.csv'}, line 3: label 'neutral' (column 'label') is not one of the labels neg, pos "
        f"(the distinct labels of {tmp_path / 'train.csv'}); list every label in data.labels"
    )
    data = load(CSV_TRAIN, "sentence,label\ngood,pos\nthe cat,neutral\n", labels=("pos", "neg", "neutral"))
    assert data.labels == ["pos", "neg", "neutral"] and data.num_labels == 3 and data.eval.labels.tolist() == [0, 2]
    assert "(data.labels)" in _error(load, CSV_TRAIN, CSV_DEV, labels=("pos", "neutral")).message


def test_labels_of_any_spelling_meet(load):
    assert [label_key(v) for v in (1, "1", " 01 ", 1.0, True, "pos ", 0.5)] == ["1", "1", "1", "1", "true", "pos", "0.5"]
    data = load("sentence,label\na,1\ndull,0\n", '{"sentence": "good", "label": 1}\n', dev_name="dev.jsonl", labels=(0, 1))
    assert data.eval.labels.tolist() == [1]


def test_empty_and_header_only_files(load, tmp_path):
    assert _error(load, "", CSV_DEV).message == (
        f"{tmp_path / 'train.csv'} is empty: a CSV file needs a header line naming its columns, then one line per example"
    )
    assert _error(load, "sentence,label\n\n", CSV_DEV).message.endswith("has no data rows; the training and the evaluation file need at least one each")
    assert "all 2 rows have an empty text in 'sentence'" in _error(load, "sentence,label\n,a\n ,b\n", CSV_DEV).message
    assert "has no data rows" in _error(load, CSV_TRAIN, "\n\n", dev_name="dev.jsonl").message


def test_row_defects_name_their_line_and_column(load, tmp_path):
    train = tmp_path / "train.csv"
    assert _error(load, "sentence,label\na,pos\nb,neg,extra\n", CSV_DEV).message == (
        f"{train}, line 3: 3 fields, but the header (line 1) has 2; a field holding the delimiter, a quote or a line break must be quoted"
    )
    assert _error(load, "sentence,label\na,pos\nb,\n", CSV_DEV).message == (
        f"{train}, line 3: the label (column 'label') is empty; every row needs one"
    )
    err = _error(load, "sentence,score\na,1.5\nb,high\n", "sentence,score\ngood,2\n", label_column="score", task_type=TaskType.REGRESSION)
    assert err.message == f"{train}, line 3: the label (column 'score') is 'high', not a finite number, as regression needs"
    err = _error(load, '{"sentence": 3, "label": 1}\n', CSV_DEV, "train.jsonl")
    assert err.message == f"{tmp_path / 'train.jsonl'}, line 1: column 'sentence' (data.text_columns) holds int 3, not text"
    err = _error(load, '{"sentence": "a", "label": [1]}\n{"sentence": "b", "label": 2}\n', CSV_DEV, "train.jsonl")
    assert err.message.startswith(f"{tmp_path / 'train.jsonl'}, line 1: the label (column 'label') is list [1]; classification labels are strings or integers")
    assert _error(load, "sentence,label\na,pos\nb,pos\n", CSV_DEV).message.startswith(
        f"{train}: every row has the label 'pos' (column 'label'); classification needs at least two classes"
    )
    err = _error(load, b"sentence,label\na,pos\n\xff,neg\n", CSV_DEV)
    assert err.message == f"{train}, line 3: not UTF-8 text (invalid start byte); save the file as UTF-8"


def test_the_spec_is_checked_before_any_file_is_read(load, tmp_path, vocab):
    def spec_error(**kw):
        base = dict(vocab_path=vocab, train_path=str(tmp_path / "none.csv"), eval_path=str(tmp_path / "none.csv"),
                    text_columns=("sentence",), label_column="label", task_type=TaskType.CLASSIFICATION)
        return _error(load_data, DataSpec("files", **{**base, **kw}), 0)

    assert spec_error(task_type=None).message == "data.task_type is required for files data: classification or regression"
    assert spec_error(text_columns=("a", "b", "c")).details["field"] == "data.text_columns"
    assert spec_error(label_column="sentence").details["field"] == "data.label_column"
    assert spec_error(task_type=TaskType.REGRESSION, labels=("a", "b")).details["field"] == "data.labels"
    assert spec_error(labels=("1", "01")).details["field"] == "data.labels"
    assert spec_error(task="SST-2").details["field"] == "data.task"
    err = spec_error()
    assert err.code is Code.NOT_FOUND and err.message == f"data.train: {tmp_path / 'none.csv'} does not exist"
    (tmp_path / "train.txt").write_text("sentence,label\n")
    err = spec_error(train_path=str(tmp_path / "train.txt"), eval_path=str(tmp_path / "train.txt"))
    assert "the extension '.txt' names no format I read" in err.message and "set data.format" in err.message
    assert "is not one of csv, tsv, jsonl, parquet" in spec_error(train_path=str(tmp_path / "train.txt"), format="json").message


def test_format_override_and_subsets(load):
    train = "".join(json.dumps({"sentence": w, "label": i % 2}) + "\n" for i, w in enumerate(WORDS))
    data = load(train, json.dumps({"sentence": "good", "label": 1}) + "\n", "train.txt", "dev.txt", format="jsonl",
                max_train_examples=5, seed=3)
    assert len(data.train) == 5 and len(data.eval) == 1 and data.labels == ["0", "1"]
    again = load(train, json.dumps({"sentence": "good", "label": 1}) + "\n", "train.txt", "dev.txt", format="jsonl",
                 max_train_examples=5, seed=3)
    assert torch.equal(data.train.inputs["input_ids"], again.train.inputs["input_ids"])


def test_read_examples_is_a_pure_core():
    table = delimited_table("mem.tsv", "a\tb\tlabel\nx\ty\t1\n\t\t\nx\t\t0\n", FileFormat.TSV)
    examples = read_examples(table, ("a", "b"), "label")
    assert isinstance(examples, Examples)
    assert (examples.text_a, examples.text_b, examples.labels, examples.numbers) == (["x"], ["y"], ["1"], [2])
    assert examples.dropped is not None and (examples.dropped.rows, examples.dropped.first_at) == (1, "line 4")
    assert label_vocabulary(read_examples(json_lines_table("m.jsonl", '{"t": "x", "y": 10}\n{"t": "z", "y": 9}\n'), ("t",), "y"), "y") == ["9", "10"]


def test_load_data_reports_dropped_rows_on_the_wire_and_in_the_log(tmp_path, vocab, caplog):
    from moqlab.proto import messages as m
    from moqlab.server import envelope as env
    from moqlab.server.dispatch import Dispatcher
    from moqlab.server.handlers import HANDLERS, WorkerState

    (tmp_path / "train.csv").write_text(CSV_TRAIN)
    (tmp_path / "dev.csv").write_text(CSV_DEV)
    sent: list[bytes] = []
    dispatcher = Dispatcher(HANDLERS, WorkerState(zmq_kind="pyzmq", zmq_version="test"), "s", send=sent.append)
    request = m.LoadData(spec=m.DataSpec(
        name="files", vocab_path=vocab, train_path=str(tmp_path / "train.csv"), eval_path=str(tmp_path / "dev.csv"),
        text_columns=["sentence"], label_column="label", task_type=m.TaskType.Value("TASK_TYPE_CLASSIFICATION"), max_seq_len=32,
    ))
    with caplog.at_level(logging.WARNING, logger="moqlab"):
        dispatcher.handle(*env.decode(env.encode(request, "s")))
    reply = m.Envelope.FromString(sent[-1])
    assert not reply.HasField("error"), reply.error.message
    result = m.LoadDataResult.FromString(reply.payload)
    assert (result.train_examples, result.eval_examples, list(result.labels), list(result.metrics)) == (4, 2, ["neg", "pos"], ["accuracy", "f1"])
    assert result.task_type == m.TaskType.Value("TASK_TYPE_CLASSIFICATION")
    (dropped,) = result.dropped
    assert (dropped.path, dropped.rows, dropped.total, dropped.first_at) == (str(tmp_path / "train.csv"), 1, 5, "line 6")
    assert any("dropped 1 of 5 rows" in r.getMessage() for r in caplog.records)

    request.spec.task_type = m.TaskType.Value("TASK_TYPE_UNSPECIFIED")
    dispatcher.handle(*env.decode(env.encode(request, "s")))
    reply = m.Envelope.FromString(sent[-1])
    assert reply.error.code == m.ErrorCode.ERROR_CODE_INVALID_ARGUMENT and "data.task_type is required" in reply.error.message
