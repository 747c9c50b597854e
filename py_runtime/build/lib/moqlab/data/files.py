"""Your own text data (``data.name: files``): a training and an evaluation file in CSV, TSV, JSON Lines
or Parquet, each row one or two texts and a label.

- CSV and TSV go through the csv module (standard quoting) and need a header line naming the columns;
  lines with no content (blank, or only empty fields) are not rows. JSON Lines hold one object per line.
  Parquet is read with pyarrow, imported only for Parquet, so that a worker without pyarrow still
  serves every other format.
- Labels: for classification, classes (strings or integers; ``1``, ``"1"`` and ``1.0`` are the same
  class) mapped to ids in the order of ``spec.labels``, or else of the training file's sorted distinct
  labels (numerically when every label is an integer). An evaluation label outside that list is an
  error. For regression, finite numbers.
- A row whose text is empty (or null) carries nothing to learn from: it is left out, counted and
  reported (``LoadedData.dropped``). Every other defect is an error that names the file, the line (in
  a Parquet file, the row) and the column, lists the columns that exist and suggests the nearest one.

Metrics: accuracy and F1 (of the label with id 1) for two classes; accuracy alone for more, since the
F1 of :mod:`..training.metrics` is binary (a macro average would be a metric of its own, which no GLUE
task reports); Pearson and Spearman for regression.
"""

from __future__ import annotations

import csv
import dataclasses
import difflib
import enum
import io
import json
import math
import os
import re
from typing import Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

import torch

from ..errors import Code, WorkerError
from .base import DataSpec, DroppedRows, LoadedData, Metric, Split, TaskType, check_max_examples, subset_indices
from .text import TextEncoder, text_encoder


class FileFormat(str, enum.Enum):
    CSV = "csv"
    TSV = "tsv"
    JSONL = "jsonl"
    PARQUET = "parquet"


EXTENSIONS: Dict[str, FileFormat] = {
    ".csv": FileFormat.CSV,
    ".tsv": FileFormat.TSV,
    ".jsonl": FileFormat.JSONL,
    ".ndjson": FileFormat.JSONL,
    ".parquet": FileFormat.PARQUET,
}
_DELIMITERS = {FileFormat.CSV: ",", FileFormat.TSV: "\t"}
PYARROW_FIX = (
    "run `npm run setup` in the moqlab directory (the worker's .venv has pyarrow) or pip install pyarrow, "
    "or convert the file to CSV or JSON Lines"
)
_INTEGER = re.compile(r"[+-]?\d+")


class Unit(str, enum.Enum):
    """What a record's number counts, in errors and in DroppedRows.first_at."""

    LINE = "line"  # text files: the line the record starts on
    ROW = "row"  # Parquet: the data row, from 1


@dataclasses.dataclass
class Table:
    """One file's records, each numbered by where it starts in the file."""

    path: str
    unit: Unit
    # The header or schema, checked before any record; None where each record has its own keys (JSON Lines).
    columns: Optional[List[str]]
    header_at: str  # where `columns` is written, for errors about it
    records: Iterator[Tuple[int, Mapping[str, object]]]


@dataclasses.dataclass
class Examples:
    """The usable rows of one file, before their labels are interpreted."""

    path: str
    unit: Unit
    text_a: List[str]
    text_b: Optional[List[str]]
    labels: List[object]  # the label cells as read; see class_ids and scores
    numbers: List[int]  # where each example starts, for label errors found after reading
    dropped: Optional[DroppedRows]

    def where(self, i: int) -> str:
        return f"{self.unit.value} {self.numbers[i]}"


def _invalid(message: str, **details: object) -> WorkerError:
    return WorkerError(Code.INVALID_ARGUMENT, message, **details)


def nearest(name: str, candidates: Sequence[str]) -> Optional[str]:
    """The candidate ``name`` most plausibly misspells (case aside), or None."""
    by_lower = {c.lower(): c for c in candidates}
    if name.lower() in by_lower:
        return by_lower[name.lower()]
    close = difflib.get_close_matches(name.lower(), list(by_lower), n=1, cutoff=0.6)
    return by_lower[close[0]] if close else None


def _missing_column(path: str, where: str, column: str, setting: str, present: Sequence[str]) -> WorkerError:
    near = nearest(column, present)
    listed = ", ".join(repr(c) for c in present) or "none"
    return _invalid(
        f"{path}, {where}: no column {column!r} (data.{setting}); the columns are {listed}"
        + (f"; did you mean {near!r}?" if near else ""),
        path=path,
        where=where,
        column=column,
        columns=", ".join(present),
    )


# --- the formats ------------------------------------------------------------------------------


def parse_format(name: str) -> FileFormat:
    """data.format: one format for both files."""
    try:
        return FileFormat(name.strip().lower())
    except ValueError:
        known = ", ".join(f.value for f in FileFormat)
        raise _invalid(f"data.format {name!r} is not one of {known}", field="data.format", value=name) from None


def format_of(path: str, setting: str) -> FileFormat:
    """The format ``path``'s extension names."""
    extension = os.path.splitext(path)[1].lower()
    found = EXTENSIONS.get(extension)
    if found is None:
        raise _invalid(
            f"{setting} {path}: the extension {extension or '(none)'!r} names no format I read; use "
            f"{', '.join(EXTENSIONS)}, or set data.format to one of {', '.join(f.value for f in FileFormat)}",
            field=setting,
            path=path,
        )
    return found


def _decode(path: str) -> str:
    with open(path, "rb") as f:
        raw = f.read()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise _invalid(f"{path}, line {line}: not UTF-8 text ({exc.reason}); save the file as UTF-8", path=path, line=line) from None


def _delimited_rows(path: str, text: str, delimiter: str) -> Iterator[Tuple[int, List[str]]]:
    """(first line, fields) of every record; a record may span lines inside quotes."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    start = 1
    while True:
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _invalid(f"{path}, line {start}: {exc}", path=path, line=start) from None
        if any(f.strip() for f in fields):
            yield start, fields
        start = reader.line_num + 1


def delimited_table(path: str, text: str, fmt: FileFormat) -> Table:
    """A CSV or TSV file's header and records; ``text`` is its content (pure, for tests)."""
    rows = _delimited_rows(path, text, _DELIMITERS[fmt])
    first = next(rows, None)
    if first is None:
        raise _invalid(
            f"{path} is empty: a {fmt.value.upper()} file needs a header line naming its columns, then one line per example",
            path=path,
        )
    header_line, names = first
    # Spreadsheets write "text, label"; the space is not part of the name anyone means.
    header = [n.strip() for n in names]

    def records() -> Iterator[Tuple[int, Mapping[str, object]]]:
        for line, fields in rows:
            if len(fields) != len(header):
                raise _invalid(
                    f"{path}, line {line}: {len(fields)} fields, but the header (line {header_line}) has {len(header)}; "
                    f"a field holding the delimiter, a quote or a line break must be quoted",
                    path=path,
                    line=line,
                )
            yield line, dict(zip(header, fields))

    return Table(path, Unit.LINE, header, f"line {header_line} (the header)", records())


def _json_type(value: object) -> str:
    return {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}.get(type(value), "null")


def json_lines_table(path: str, text: str) -> Table:
    """A JSON Lines file's objects; ``text`` is its content (pure, for tests)."""

    def records() -> Iterator[Tuple[int, Mapping[str, object]]]:
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                array = number == 1 and line.strip() == "["
                raise _invalid(
                    f"{path}, line {number}: not valid JSON ({exc.msg} at column {exc.colno})"
                    + ("; this looks like one JSON array, but JSON Lines has one object per line" if array else ""),
                    path=path,
                    line=number,
                ) from None
            if not isinstance(value, dict):
                raise _invalid(
                    f"{path}, line {number}: a JSON {_json_type(value)}, not an object; each line of a JSON Lines file "
                    'is one object, e.g. {"text": "a fine film", "label": 1}',
                    path=path,
                    line=number,
                )
            yield number, value

    return Table(path, Unit.LINE, None, "", records())


def parquet_table(path: str, needed: Sequence[str]) -> Table:
    """A Parquet file's schema and, lazily, the ``needed`` columns row by row."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise WorkerError(
            Code.UNAVAILABLE,
            f"{path} is a Parquet file, and reading Parquet needs pyarrow, which this Python cannot import ({exc}); {PYARROW_FIX}",
            path=path,
        ) from exc

    def unreadable(exc: Exception) -> WorkerError:
        return _invalid(f"{path} is not a readable Parquet file: {type(exc).__name__}: {exc}", path=path)

    try:
        columns = list(pq.read_schema(path).names)
    except (OSError, ValueError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        raise unreadable(exc) from exc

    def records() -> Iterator[Tuple[int, Mapping[str, object]]]:
        wanted = list(dict.fromkeys(needed))
        try:
            table = pq.read_table(path, columns=wanted)
        except (OSError, ValueError) as exc:
            raise unreadable(exc) from exc
        values = [table.column(c).to_pylist() for c in wanted]
        for i in range(table.num_rows):
            yield i + 1, {c: v[i] for c, v in zip(wanted, values)}

    return Table(path, Unit.ROW, columns, "its schema", records())


def open_table(path: str, fmt: FileFormat, needed: Sequence[str]) -> Table:
    if fmt is FileFormat.PARQUET:
        return parquet_table(path, needed)
    text = _decode(path)
    return json_lines_table(path, text) if fmt is FileFormat.JSONL else delimited_table(path, text, fmt)


# --- rows into examples (pure) ----------------------------------------------------------------


def _text(value: object, path: str, where: str, column: str) -> Optional[str]:
    """The cell as text, or None when it is empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if not isinstance(value, str):
        raise _invalid(
            f"{path}, {where}: column {column!r} (data.text_columns) holds {type(value).__name__} {value!r:.40}, not text",
            path=path,
            where=where,
            column=column,
        )
    return value


def read_examples(table: Table, text_columns: Sequence[str], label_column: str) -> Examples:
    """Texts and label cells of every row; rows with an empty text are dropped and counted."""
    path = table.path
    settings = [*(("text_columns", c) for c in text_columns), ("label_column", label_column)]
    if table.columns is not None:
        for setting, column in settings:
            if column not in table.columns:
                raise _missing_column(path, table.header_at, column, setting, table.columns)
            if table.columns.count(column) > 1:
                raise _invalid(f"{path}, {table.header_at}: column {column!r} appears {table.columns.count(column)} times; rename the others", path=path, column=column)
    pair = len(text_columns) == 2
    text_a: List[str] = []
    text_b: Optional[List[str]] = [] if pair else None
    labels: List[object] = []
    numbers: List[int] = []
    total = dropped = 0
    first_dropped = ""
    for number, record in table.records:
        total += 1
        where = f"{table.unit.value} {number}"
        if table.columns is None:
            for setting, column in settings:
                if column not in record:
                    raise _missing_column(path, where, column, setting, list(record))
        texts = [_text(record[c], path, where, c) for c in text_columns]
        if any(t is None for t in texts):
            dropped += 1
            first_dropped = first_dropped or where
            continue
        label = record[label_column]
        if label is None or (isinstance(label, str) and not label.strip()):
            raise _invalid(f"{path}, {where}: the label (column {label_column!r}) is empty; every row needs one", path=path, where=where, column=label_column)
        text_a.append(texts[0])  # type: ignore[arg-type]
        if text_b is not None:
            text_b.append(texts[1])  # type: ignore[arg-type]
        labels.append(label)
        numbers.append(number)
    columns = " or ".join(repr(c) for c in text_columns)
    if total == 0:
        raise _invalid(f"{path} has no data rows; the training and the evaluation file need at least one each", path=path)
    if dropped == total:
        raise _invalid(f"{path}: all {total} rows have an empty text in {columns}; check data.text_columns", path=path)
    lost = DroppedRows(path, dropped, total, first_dropped, f"empty text in {columns}") if dropped else None
    return Examples(path, table.unit, text_a, text_b, labels, numbers, lost)


# --- labels (pure) ----------------------------------------------------------------------------


def label_key(value: object) -> Optional[str]:
    """A class label's canonical text, so that 1, "1", "01" and 1.0 are one class; None for no label type."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, str):
        text = value.strip()
        return str(int(text)) if _INTEGER.fullmatch(text) else text
    return None


def _class_key(examples: Examples, i: int, column: str) -> str:
    value = examples.labels[i]
    key = label_key(value)
    if key is None:
        raise _invalid(
            f"{examples.path}, {examples.where(i)}: the label (column {column!r}) is {type(value).__name__} {value!r:.40}; "
            "classification labels are strings or integers",
            path=examples.path,
            where=examples.where(i),
            column=column,
        )
    return key


def label_vocabulary(examples: Examples, column: str) -> List[str]:
    """The distinct labels of ``examples``, sorted: numerically when all are integers, else as text."""
    distinct = {_class_key(examples, i, column) for i in range(len(examples.labels))}
    if all(_INTEGER.fullmatch(k) for k in distinct):
        return sorted(distinct, key=int)
    return sorted(distinct)


def class_ids(examples: Examples, labels: Sequence[str], column: str, origin: str) -> torch.Tensor:
    """int64 class ids of ``examples`` in the order of ``labels``, which came from ``origin``."""
    ids = {k: i for i, k in enumerate(labels)}
    out: List[int] = []
    for i in range(len(examples.labels)):
        key = _class_key(examples, i, column)
        if key not in ids:
            raise _invalid(
                f"{examples.path}, {examples.where(i)}: label {key!r} (column {column!r}) is not one of the labels "
                f"{', '.join(labels)} ({origin}); list every label in data.labels",
                path=examples.path,
                where=examples.where(i),
                label=key,
            )
        out.append(ids[key])
    return torch.tensor(out, dtype=torch.int64)


def scores(examples: Examples, column: str) -> torch.Tensor:
    """float32 regression targets; anything but a finite number is an error naming its line."""
    out: List[float] = []
    for i, value in enumerate(examples.labels):
        score = None
        if isinstance(value, (int, float, str)) and not isinstance(value, bool):
            try:
                score = float(value)
            except ValueError:
                pass
        if score is None or not math.isfinite(score):
            raise _invalid(
                f"{examples.path}, {examples.where(i)}: the label (column {column!r}) is {value!r:.40}, not a finite number, "
                "as regression needs",
                path=examples.path,
                where=examples.where(i),
                column=column,
            )
        out.append(score)
    return torch.tensor(out, dtype=torch.float32)


def metrics_for(task_type: TaskType, num_labels: int) -> List[Metric]:
    if task_type is TaskType.REGRESSION:
        return [Metric.PEARSON, Metric.SPEARMAN]
    return [Metric.ACCURACY, Metric.F1] if num_labels == 2 else [Metric.ACCURACY]


# --- the data set ------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class CheckedSpec:
    task_type: TaskType
    train_format: FileFormat
    eval_format: FileFormat
    labels: List[str]  # given labels, canonical; empty = derive them from the training file


def _check_file(path: str, setting: str) -> None:
    if not path:
        raise _invalid(f"{setting} is empty: name the file (CSV, TSV, JSON Lines or Parquet)", field=setting)
    if not os.path.exists(path):
        raise WorkerError(Code.NOT_FOUND, f"{setting}: {path} does not exist", field=setting, path=path)
    if not os.path.isfile(path):
        raise _invalid(f"{setting}: {path} is not a file", field=setting, path=path)


def check_spec(spec: DataSpec) -> CheckedSpec:
    """Every setting of ``spec`` that can be wrong before a file is opened (the controller checked them too)."""
    if spec.task_type is None:
        raise _invalid("data.task_type is required for files data: classification or regression", field="data.task_type")
    for setting in ("path", "task"):
        if getattr(spec, setting):
            raise _invalid(f"data.{setting} does not apply to files data, whose files are data.train and data.eval", field=f"data.{setting}")
    columns = list(spec.text_columns)
    if len(columns) not in (1, 2) or not all(columns) or len(set(columns)) != len(columns):
        raise _invalid(
            f"data.text_columns = {columns!r}: name one text column, or two distinct ones for sentence pairs",
            field="data.text_columns",
        )
    if not spec.label_column or spec.label_column in columns:
        raise _invalid(
            f"data.label_column = {spec.label_column!r}: name the label column, which is none of the text columns",
            field="data.label_column",
        )
    labels = [label_key(label) or "" for label in spec.labels]
    if labels and spec.task_type is TaskType.REGRESSION:
        raise _invalid("data.labels only applies to classification; regression labels are numbers", field="data.labels")
    if labels and (len(labels) < 2 or "" in labels or len(set(labels)) != len(labels)):
        raise _invalid(f"data.labels = {list(spec.labels)!r}: list at least two distinct, non-empty labels", field="data.labels")
    override = parse_format(spec.format) if spec.format else None
    _check_file(spec.train_path, "data.train")
    _check_file(spec.eval_path, "data.eval")
    return CheckedSpec(
        spec.task_type,
        override or format_of(spec.train_path, "data.train"),
        override or format_of(spec.eval_path, "data.eval"),
        labels,
    )


def _split(examples: Examples, targets: torch.Tensor, index: Optional[torch.Tensor], spec: DataSpec,
           encode: TextEncoder) -> Tuple[Split, str]:
    text_a, text_b = examples.text_a, examples.text_b
    if index is not None:
        keep = index.tolist()
        text_a = [text_a[i] for i in keep]
        text_b = [text_b[i] for i in keep] if text_b is not None else None
        targets = targets[index]
    inputs, tokenizer = encode(text_a, text_b, spec.max_seq_len)
    return Split(inputs, targets), tokenizer


def load_files(spec: DataSpec, seed: int) -> LoadedData:
    check_max_examples(spec)
    checked = check_spec(spec)
    # The tokenizer is checked before the files: it is cheap and the most common omission.
    encode = text_encoder(spec)
    needed = [*spec.text_columns, spec.label_column]
    train = read_examples(open_table(spec.train_path, checked.train_format, needed), spec.text_columns, spec.label_column)
    evaluation = read_examples(open_table(spec.eval_path, checked.eval_format, needed), spec.text_columns, spec.label_column)

    column = spec.label_column
    labels: List[str] = []
    if checked.task_type is TaskType.CLASSIFICATION:
        labels = checked.labels or label_vocabulary(train, column)
        origin = "data.labels" if checked.labels else f"the distinct labels of {spec.train_path}"
        if len(labels) < 2:
            raise _invalid(
                f"{spec.train_path}: every row has the label {labels[0]!r} (column {column!r}); classification needs at "
                "least two classes: check data.label_column, or set data.task_type to regression",
                path=spec.train_path,
            )
        train_y, eval_y = class_ids(train, labels, column, origin), class_ids(evaluation, labels, column, origin)
    else:
        train_y, eval_y = scores(train, column), scores(evaluation, column)

    train_index = subset_indices(len(train.labels), spec.max_train_examples, seed, 0)
    eval_index = subset_indices(len(evaluation.labels), spec.max_eval_examples, seed, 1)
    train_split, tokenizer = _split(train, train_y, train_index, spec, encode)
    eval_split, _ = _split(evaluation, eval_y, eval_index, spec, encode)
    return LoadedData(
        train=train_split,
        eval=eval_split,
        num_labels=len(labels) if labels else 1,
        task_type=checked.task_type,
        metrics=[m.value for m in metrics_for(checked.task_type, len(labels))],
        eval_split="eval",
        source=f"{spec.train_path}, {spec.eval_path}",
        tokenizer=tokenizer,
        labels=labels,
        dropped=[d for d in (train.dropped, evaluation.dropped) if d is not None],
    )
