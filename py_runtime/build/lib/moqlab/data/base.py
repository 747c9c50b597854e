"""The data layer's public types: what a loaded data set looks like to the rest of the worker.

Re-exported by :mod:`moqlab.data`; import them from there.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import Dict, List, Optional, Tuple

import torch

from ..errors import Code, WorkerError


class TaskType(enum.Enum):
    """What the labels are: class indices (int64) or real-valued targets (float32)."""

    CLASSIFICATION = "classification"
    REGRESSION = "regression"


class Metric(str, enum.Enum):
    """Names of the metrics Evaluate reports. ``LoadedData.metrics`` holds their ``.value`` strings."""

    ACCURACY = "accuracy"
    F1 = "f1"
    MCC = "mcc"
    PEARSON = "pearson"
    SPEARMAN = "spearman"


class DatasetName(str, enum.Enum):
    """Values accepted in ``DataSpec.name`` (compared case-insensitively)."""

    FASHION_MNIST = "fashion-mnist"
    GLUE = "glue"
    FILES = "files"


@dataclasses.dataclass
class DataSpec:
    """What to load. ``name`` is one of :class:`DatasetName` (case-insensitive)."""

    name: str
    # fashion-mnist: directory holding the IDX files (default $MOQLAB_FASHION_MNIST or
    # /usr/share/datasets/fashion-mnist); glue: the GLUE root directory or the task directory itself.
    path: str = ""
    # GLUE task, case-insensitive, with aliases (sst2/sst-2, stsb/sts-b, ...).
    task: str = ""
    # Text: moqlab's WordPiece over this vocab.txt, or (tokenizer_dir) a pretrained model's own tokenizer.
    vocab_path: str = ""
    tokenizer_dir: str = ""
    max_seq_len: int = 128
    # 0 = all rows; otherwise a random subset of that size drawn with the run's seed.
    max_train_examples: int = 0
    max_eval_examples: int = 0
    # files: the training and evaluation files, their one or two text columns and their label column.
    train_path: str = ""
    eval_path: str = ""
    text_columns: Tuple[str, ...] = ()
    label_column: str = ""
    task_type: Optional[TaskType] = None
    # files, classification: the labels in id order; empty = the training file's sorted distinct labels.
    labels: Tuple[str, ...] = ()
    # files: a FileFormat value for both files; empty = each file's extension decides.
    format: str = ""
    # Rows dropped or repaired are errors instead of warnings.
    strict: bool = False


# Keys of Split.inputs for text; images use IMAGE_KEY.
IMAGE_KEY = "x"
INPUT_IDS = "input_ids"
ATTENTION_MASK = "attention_mask"
TOKEN_TYPE_IDS = "token_type_ids"
TEXT_KEYS = (INPUT_IDS, ATTENTION_MASK, TOKEN_TYPE_IDS)


class Split:
    """Tensors of one split, all with first dimension N, held in memory.

    ``inputs``: images ``{"x": float32 (N,1,28,28)}``; text ``{"input_ids", "attention_mask",
    "token_type_ids"}`` int64 (N,T) padded to T. ``labels``: int64 (N,) for classification, float32 (N,)
    for regression.
    """

    def __init__(self, inputs: Dict[str, torch.Tensor], labels: torch.Tensor) -> None:
        n = labels.shape[0]
        for key, tensor in inputs.items():
            if tensor.shape[0] != n:
                raise WorkerError(
                    Code.INTERNAL,
                    f"Split input {key!r} has {tensor.shape[0]} rows but labels have {n}",
                    key=key,
                )
        self.labels = labels
        # Real (unpadded) length of every text row, for dynamic padding in batch().
        self._lengths: Optional[torch.Tensor] = None
        if ATTENTION_MASK in inputs:
            self._lengths = inputs[ATTENTION_MASK].sum(dim=1)
            # Columns past the longest row are padding everywhere: dropping them halves SST-2's memory.
            width = int(self._lengths.max()) if n else 0
            inputs = {k: v[:, :width].contiguous() for k, v in inputs.items()}
        self.inputs = inputs

    def __len__(self) -> int:
        return int(self.labels.shape[0])

    def __repr__(self) -> str:
        shapes = ", ".join(f"{k}={tuple(v.shape)}:{str(v.dtype).replace('torch.', '')}" for k, v in self.inputs.items())
        return f"Split(n={len(self)}, {shapes}, labels={str(self.labels.dtype).replace('torch.', '')})"

    def batch(self, index: torch.Tensor) -> Tuple[Dict[str, torch.Tensor], torch.Tensor]:
        """Rows ``index`` (int64, 1-D). Text is trimmed to the longest attention mask in the batch."""
        if self._lengths is None:
            return {k: v[index] for k, v in self.inputs.items()}, self.labels[index]
        width = int(self._lengths[index].max()) if index.numel() > 0 else 0
        return {k: v[index, :width] for k, v in self.inputs.items()}, self.labels[index]


class RowAction(str, enum.Enum):
    DROPPED = "dropped"  # left out of the split
    REPAIRED = "repaired"  # kept after a change (invalid UTF-8 replaced by U+FFFD)


@dataclasses.dataclass(frozen=True)
class DroppedRows:
    """Rows a reader left out of one file, or kept after repairing them: counted and reported, because
    nothing is dropped or changed silently; ``data.strict`` makes either an error."""

    path: str
    rows: int
    total: int  # data rows in the file
    first_at: str  # where the first one is, e.g. "line 17"
    reason: str
    action: RowAction = RowAction.DROPPED

    def __str__(self) -> str:
        return f"{self.path}: {self.action.value} {self.rows} of {self.total} rows ({self.reason}); the first at {self.first_at}"


@dataclasses.dataclass
class LoadedData:
    train: Split
    eval: Split
    num_labels: int  # 10 fashion-mnist; 2 / 3 GLUE classification; 1 STS-B regression
    task_type: TaskType
    metrics: List[str]  # Metric values, primary first
    eval_split: str  # "test" (fashion-mnist t10k), "dev" (GLUE) or "eval" (files)
    source: str  # resolved directory read (files: both files)
    tokenizer: str  # "" for images; "wordpiece" or the library class used
    labels: List[str] = dataclasses.field(default_factory=list)  # class names in id order, where the data names them
    dropped: List[DroppedRows] = dataclasses.field(default_factory=list)
    # More evaluation sets, evaluated with `eval` and reported as "<name>/<metric>" (MNLI: mismatched).
    extra_evals: Dict[str, Split] = dataclasses.field(default_factory=dict)


def subset_indices(n: int, k: int, seed: int, stream: int) -> Optional[torch.Tensor]:
    """Sorted indices of a random subset of ``k`` of ``n`` rows, or None for "all rows".

    Deterministic for (seed, stream); train uses stream 0 and eval stream 1 so the two subsets are
    drawn independently of each other's size.
    """
    if k <= 0 or k >= n:
        return None
    gen = torch.Generator()
    gen.manual_seed((int(seed) * 2 + stream) % (2**63))
    return torch.randperm(n, generator=gen)[:k].sort().values


def check_max_examples(spec: DataSpec) -> None:
    for field in ("max_train_examples", "max_eval_examples"):
        value = getattr(spec, field)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"data.{field} = {value!r} is invalid: use 0 for all rows or a positive row count.",
                field=f"data.{field}",
                value=value,
            )
