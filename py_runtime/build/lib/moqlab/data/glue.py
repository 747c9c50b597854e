"""GLUE tasks from the standard GLUE directory layout (``<root>/<TASK>/{train,dev}.tsv``).

GLUE TSVs are not CSV-quoted (sentences contain bare ``"``), so rows are split on tabs only.
Columns are found by header name where a file has a header; CoLA has none and is positional.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import os
import re
from typing import Dict, List, Optional, Tuple, Union

import torch

from ..errors import Code, WorkerError
from .base import DataSpec, DroppedRows, LoadedData, Metric, RowAction, Split, TaskType, check_max_examples, subset_indices
from .text import TextEncoder, text_encoder

# Column reference: a header name, or an int position (negative counts from the end).
Column = Union[str, int]


@dataclasses.dataclass(frozen=True)
class GlueTask:
    name: str  # canonical GLUE directory name
    aliases: Tuple[str, ...]
    text_a: Column
    text_b: Optional[Column]
    label: Column
    labels: Optional[Tuple[str, ...]]  # label strings in id order; None = regression
    metrics: Tuple[Metric, ...]
    header: bool = True
    n_fields: Optional[int] = None  # headerless files: exact field count
    min_fields_is_header: bool = False  # rows may carry more fields than the header (STS-B)
    dev_file: str = "dev.tsv"
    score_range: Optional[Tuple[float, float]] = None  # regression: the valid scores, inclusive
    extra_dev: Tuple[Tuple[str, str], ...] = ()  # (name, file) of further dev sets, evaluated too

    @property
    def task_type(self) -> TaskType:
        return TaskType.REGRESSION if self.labels is None else TaskType.CLASSIFICATION

    @property
    def num_labels(self) -> int:
        return 1 if self.labels is None else len(self.labels)


_BINARY = ("0", "1")
_ENTAIL = ("entailment", "not_entailment")

TASKS: Tuple[GlueTask, ...] = (
    GlueTask("CoLA", ("cola",), text_a=3, text_b=None, label=1, labels=_BINARY,
             metrics=(Metric.MCC,), header=False, n_fields=4),
    GlueTask("SST-2", ("sst2", "sst-2", "sst"), text_a="sentence", text_b=None, label="label",
             labels=_BINARY, metrics=(Metric.ACCURACY,)),
    GlueTask("MRPC", ("mrpc",), text_a="#1 String", text_b="#2 String", label="Quality",
             labels=_BINARY, metrics=(Metric.F1, Metric.ACCURACY)),
    GlueTask("STS-B", ("stsb", "sts-b", "sts"), text_a="sentence1", text_b="sentence2", label=-1,
             labels=None, metrics=(Metric.PEARSON, Metric.SPEARMAN), min_fields_is_header=True, score_range=(0.0, 5.0)),
    GlueTask("QQP", ("qqp",), text_a="question1", text_b="question2", label="is_duplicate",
             labels=_BINARY, metrics=(Metric.F1, Metric.ACCURACY)),
    GlueTask("MNLI", ("mnli", "mnli-m", "mnli_matched"), text_a="sentence1", text_b="sentence2",
             label="gold_label", labels=("contradiction", "entailment", "neutral"),
             metrics=(Metric.ACCURACY,), dev_file="dev_matched.tsv", extra_dev=(("mismatched", "dev_mismatched.tsv"),)),
    GlueTask("QNLI", ("qnli",), text_a="question", text_b="sentence", label="label", labels=_ENTAIL,
             metrics=(Metric.ACCURACY,)),
    GlueTask("RTE", ("rte",), text_a="sentence1", text_b="sentence2", label="label", labels=_ENTAIL,
             metrics=(Metric.ACCURACY,)),
    GlueTask("WNLI", ("wnli",), text_a="sentence1", text_b="sentence2", label="label", labels=_BINARY,
             metrics=(Metric.ACCURACY,)),
)

TRAIN_FILE = "train.tsv"
# More than this fraction of malformed rows means the file is not what we think it is.
MAX_BAD_FRACTION = 0.01


def _norm(name: str) -> str:
    return re.sub(r"[-_ ]", "", name.strip().lower())


_BY_KEY: Dict[str, GlueTask] = {}
for _t in TASKS:
    _BY_KEY[_norm(_t.name)] = _t
    for _a in _t.aliases:
        _BY_KEY[_norm(_a)] = _t


def task_names() -> List[str]:
    return [t.name for t in TASKS]


def find_task(name: str) -> Optional[GlueTask]:
    return _BY_KEY.get(_norm(name)) if name else None


@dataclasses.dataclass
class Rows:
    text_a: List[str]
    text_b: Optional[List[str]]
    labels: List[float]  # class ids or scores
    dropped: List[DroppedRows]  # malformed rows left out (at most MAX_BAD_FRACTION of them), rows repaired
    path: str


def _resolve_column(col: Column, header: Optional[List[str]], path: str, task: GlueTask) -> int:
    if isinstance(col, int):
        return col
    assert header is not None
    if col not in header:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{path}: the header has no column {col!r} (header: {', '.join(header)}). GLUE {task.name} files "
            f"need the columns of the standard GLUE layout; check that data.path and data.task refer to "
            f"the same task.",
            path=path,
            column=col,
        )
    return header.index(col)


def read_tsv(path: str, task: GlueTask) -> Rows:
    """Parse one GLUE TSV of ``task`` into texts and labels, skipping (and counting) malformed rows."""
    with open(path, "rb") as f:
        raw_lines = f.read().split(b"\n")

    header: Optional[List[str]] = None
    first_data = 0
    if task.header:
        # utf-8-sig semantics: drop a BOM in front of the header (MRPC has one).
        first = raw_lines[0].decode("utf-8-sig").rstrip("\r") if raw_lines else ""
        header = first.split("\t")
        first_data = 1
        n_fields = len(header)
    else:
        assert task.n_fields is not None
        n_fields = task.n_fields
    idx_a = _resolve_column(task.text_a, header, path, task)
    idx_b = _resolve_column(task.text_b, header, path, task) if task.text_b is not None else None
    idx_label = _resolve_column(task.label, header, path, task)
    label_ids = {s: i for i, s in enumerate(task.labels)} if task.labels is not None else None

    text_a: List[str] = []
    text_b: Optional[List[str]] = [] if idx_b is not None else None
    labels: List[float] = []
    skipped = 0
    first_bad: Optional[Tuple[int, str]] = None
    repaired = 0
    first_repaired = 0
    total = 0
    for lineno in range(first_data, len(raw_lines)):
        raw = raw_lines[lineno]
        if lineno == 0:
            raw = raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
        try:
            line = raw.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", errors="replace").rstrip("\r")
            repaired += 1
            first_repaired = first_repaired or lineno + 1
        if not line.strip():
            continue
        total += 1
        fields = line.split("\t")
        reason = ""
        if len(fields) != n_fields and not (task.min_fields_is_header and len(fields) > n_fields):
            reason = f"{len(fields)} tab-separated fields, expected {n_fields}"
        else:
            label_text = fields[idx_label].strip()
            if label_ids is not None:
                label = label_ids.get(label_text)
                if label is None:
                    reason = f"label {label_text!r} is not one of {', '.join(task.labels or ())}"
            else:
                try:
                    label = float(label_text)
                except ValueError:
                    reason = f"score {label_text!r} is not a number"
                else:
                    low, high = task.score_range or (-math.inf, math.inf)
                    if not low <= label <= high:  # NaN fails too
                        reason = f"score {label_text!r} is outside {low:g}..{high:g}"
        if reason:
            skipped += 1
            if first_bad is None:
                first_bad = (lineno + 1, reason)
            continue
        text_a.append(fields[idx_a])
        if text_b is not None and idx_b is not None:
            text_b.append(fields[idx_b])
        labels.append(label)

    if total == 0:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{path} has no data rows: point data.path at a complete GLUE {task.name} copy.",
            path=path,
        )
    if skipped > MAX_BAD_FRACTION * total:
        assert first_bad is not None
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{path}: {skipped} of {total} rows are malformed (more than {MAX_BAD_FRACTION:.0%}); first at "
            f"line {first_bad[0]}: {first_bad[1]}. Is this the GLUE {task.name} file, unmodified? GLUE TSVs "
            f"are tab-separated with no CSV quoting.",
            path=path,
            line=first_bad[0],
            skipped=skipped,
        )
    dropped = [DroppedRows(path, skipped, total, f"line {first_bad[0]}", f"malformed, e.g. {first_bad[1]}")] if first_bad else []
    if repaired:
        dropped.append(
            DroppedRows(path, repaired, total, f"line {first_repaired}", "invalid UTF-8, replaced by U+FFFD", RowAction.REPAIRED)
        )
    return Rows(text_a, text_b, labels, dropped, path)


def _listing(root: str) -> List[str]:
    try:
        return sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)))
    except OSError:
        return []


def resolve_task_dir(path: str, task_name: str) -> Tuple[GlueTask, str]:
    """The task and its directory, from data.path (GLUE root or task dir) and data.task."""
    valid = ", ".join(task_names())
    if not path:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            "data.path is empty: set it to the GLUE root directory (holding SST-2/, CoLA/, ...) or to a "
            "task directory.",
            field="data.path",
        )
    path = os.path.abspath(os.path.expanduser(path))
    if not os.path.isdir(path):
        raise WorkerError(
            Code.NOT_FOUND,
            f"GLUE directory {path} does not exist: set data.path to the GLUE root directory or to a task "
            "directory.",
            field="data.path",
            path=path,
        )
    base_task = find_task(os.path.basename(path))
    is_task_dir = os.path.isfile(os.path.join(path, TRAIN_FILE))

    task = find_task(task_name)
    if task_name and task is None:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"GLUE task {task_name!r} is unknown: set data.task to one of {valid}.",
            field="data.task",
            value=task_name,
        )
    if task is None:
        if is_task_dir and base_task is not None:
            task = base_task  # data.path is a task directory named after its task
        else:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"data.task is empty: set it to one of {valid}.",
                field="data.task",
            )

    if is_task_dir:
        if base_task is not None and base_task is not task:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"data.path {path} is the {base_task.name} task directory but data.task is {task_name!r} "
                f"({task.name}): set data.path to the GLUE root or to the {task.name} directory.",
                field="data.task",
                path=path,
            )
        task_dir = path
    else:
        matches = [d for d in _listing(path) if find_task(d) is task]
        exact = [d for d in matches if d == task.name]
        task_dir = os.path.join(path, (exact or matches or [task.name])[0])

    train_path = os.path.join(task_dir, TRAIN_FILE)
    dev_path = os.path.join(task_dir, task.dev_file)
    if not os.path.isfile(train_path):
        found = [d for d in _listing(path) if find_task(d) is not None and
                 os.path.isfile(os.path.join(path, d, TRAIN_FILE))]
        raise WorkerError(
            Code.NOT_FOUND,
            f"GLUE task {task_name or task.name!r} not found under {path}: expected {train_path}. "
            f"Tasks found there: {', '.join(found) if found else 'none'}. "
            "Set data.path to the GLUE root or to the task directory.",
            task=task.name,
            path=train_path,
        )
    if not os.path.isfile(dev_path):
        raise WorkerError(
            Code.NOT_FOUND,
            f"GLUE {task.name} has no dev set: expected {dev_path} next to {TRAIN_FILE}. "
            "Use a complete GLUE copy of the task (train and dev files).",
            task=task.name,
            path=dev_path,
        )
    return task, task_dir


def _to_split(rows: Rows, task: GlueTask, index: Optional[torch.Tensor], spec: DataSpec, encode: TextEncoder
              ) -> Tuple[Split, str]:
    text_a, text_b, labels = rows.text_a, rows.text_b, rows.labels
    if index is not None:
        keep = index.tolist()
        text_a = [text_a[i] for i in keep]
        text_b = [text_b[i] for i in keep] if text_b is not None else None
        labels = [labels[i] for i in keep]
    inputs, tokenizer = encode(text_a, text_b, spec.max_seq_len)
    if task.labels is None:
        label_t = torch.tensor(labels, dtype=torch.float32)
    else:
        label_t = torch.tensor(labels, dtype=torch.int64)
    return Split(inputs, label_t), tokenizer


def load_glue(spec: DataSpec, seed: int) -> LoadedData:
    check_max_examples(spec)
    # The tokenizer is checked first: it is cheap and the most common omission.
    encode = text_encoder(spec)
    task, task_dir = resolve_task_dir(spec.path, spec.task)
    train_rows = read_tsv(os.path.join(task_dir, TRAIN_FILE), task)
    eval_rows = read_tsv(os.path.join(task_dir, task.dev_file), task)
    train_index = subset_indices(len(train_rows.labels), spec.max_train_examples, seed, 0)
    eval_index = subset_indices(len(eval_rows.labels), spec.max_eval_examples, seed, 1)
    train, tokenizer = _to_split(train_rows, task, train_index, spec, encode)
    evaluation, _ = _to_split(eval_rows, task, eval_index, spec, encode)
    extra_evals = {}
    dropped = [*train_rows.dropped, *eval_rows.dropped]
    for stream, (name, file) in enumerate(task.extra_dev, start=2):
        path = os.path.join(task_dir, file)
        if not os.path.isfile(path):
            # Said, not skipped silently: the run goes on with the main dev set.
            logging.getLogger("moqlab.worker").warning("%s not found: GLUE %s's %s dev set is not evaluated", path, task.name, name)
            continue
        rows = read_tsv(path, task)
        extra_evals[name], _ = _to_split(rows, task, subset_indices(len(rows.labels), spec.max_eval_examples, seed, stream), spec, encode)
        dropped.extend(rows.dropped)
    return LoadedData(
        train=train,
        eval=evaluation,
        num_labels=task.num_labels,
        task_type=task.task_type,
        metrics=[m.value for m in task.metrics],
        eval_split="dev",
        source=task_dir,
        tokenizer=tokenizer,
        labels=list(task.labels or ()),
        dropped=dropped,
        extra_evals=extra_evals,
    )
