"""Fashion-MNIST from its IDX files (gzip-compressed or not): train = train-*, eval = t10k-*."""

from __future__ import annotations

import gzip
import os
import struct
import zlib
from typing import Callable, Optional

import torch

from ..errors import Code, WorkerError
from .base import IMAGE_KEY, DataSpec, LoadedData, Metric, Split, TaskType, check_max_examples, subset_indices

DEFAULT_DIR = "/usr/share/datasets/fashion-mnist"
ENV_DIR = "MOQLAB_FASHION_MNIST"
# Mean and standard deviation of the training pixels scaled to [0, 1].
MEAN = 0.2860
STD = 0.3530
NUM_CLASSES = 10
ROWS = COLS = 28

# The training images are 47 MB once decompressed; a file that inflates past this is not Fashion-MNIST
# (a gzip bomb would otherwise fill the memory before any check ran).
MAX_IDX_BYTES = 1 << 30

IMAGES_MAGIC = 0x00000803  # unsigned byte, 3 dimensions
LABELS_MAGIC = 0x00000801  # unsigned byte, 1 dimension


def default_dir() -> str:
    return os.environ.get(ENV_DIR) or DEFAULT_DIR


def _find(directory: str, stem: str) -> str:
    for name in (stem + ".gz", stem):
        path = os.path.join(directory, name)
        if os.path.isfile(path):
            return path
    raise WorkerError(
        Code.NOT_FOUND,
        f"Fashion-MNIST file {stem}[.gz] not found in {directory}. Set data.path (or ${ENV_DIR}) to the "
        "directory holding train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz, t10k-images-idx3-ubyte.gz "
        "and t10k-labels-idx1-ubyte.gz (Debian: apt-get install dataset-fashion-mnist).",
        path=os.path.join(directory, stem + ".gz"),
    )


def _read_bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"  # gzip, whatever the name says
            raw.seek(0)
            stream = gzip.GzipFile(fileobj=raw) if gzipped else raw
            data = stream.read(MAX_IDX_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"Fashion-MNIST file {path} cannot be read ({type(exc).__name__}: {exc}); it looks corrupt or "
            "truncated: replace it with a fresh copy (Debian: apt-get install --reinstall dataset-fashion-mnist).",
            path=path,
        ) from exc
    if len(data) > MAX_IDX_BYTES:
        raise _corrupt(path, f"it holds more than {MAX_IDX_BYTES} bytes (decompressed), far more than Fashion-MNIST's 47 MB")
    return data


def _corrupt(path: str, what: str) -> WorkerError:
    return WorkerError(
        Code.INVALID_ARGUMENT,
        f"Fashion-MNIST file {path} is not a valid IDX file: {what}. Replace it with a fresh copy "
        "(Debian: apt-get install --reinstall dataset-fashion-mnist).",
        path=path,
    )


def read_idx_images(path: str) -> torch.Tensor:
    """uint8 (N, 28, 28)."""
    data = _read_bytes(path)
    if len(data) < 16:
        raise _corrupt(path, f"{len(data)} bytes, shorter than the 16-byte image header")
    magic, n, rows, cols = struct.unpack(">IIII", data[:16])
    if magic != IMAGES_MAGIC:
        raise _corrupt(path, f"magic number 0x{magic:08x}, expected 0x{IMAGES_MAGIC:08x} (ubyte images)")
    if (rows, cols) != (ROWS, COLS):
        raise _corrupt(path, f"images are {rows}x{cols}, expected {ROWS}x{COLS}")
    expected = 16 + n * rows * cols
    if len(data) != expected:
        raise _corrupt(path, f"{len(data)} bytes, but the header announces {n} images ({expected} bytes)")
    return torch.frombuffer(bytearray(data[16:]), dtype=torch.uint8).reshape(n, rows, cols)


def read_idx_labels(path: str) -> torch.Tensor:
    """int64 (N,)."""
    data = _read_bytes(path)
    if len(data) < 8:
        raise _corrupt(path, f"{len(data)} bytes, shorter than the 8-byte label header")
    magic, n = struct.unpack(">II", data[:8])
    if magic != LABELS_MAGIC:
        raise _corrupt(path, f"magic number 0x{magic:08x}, expected 0x{LABELS_MAGIC:08x} (ubyte labels)")
    if len(data) != 8 + n:
        raise _corrupt(path, f"{len(data)} bytes, but the header announces {n} labels ({8 + n} bytes)")
    labels = torch.frombuffer(bytearray(data[8:]), dtype=torch.uint8).long()
    if n and int(labels.max()) >= NUM_CLASSES:
        raise _corrupt(path, f"label {int(labels.max())} is outside 0..{NUM_CLASSES - 1}")
    return labels


def normalize(images: torch.Tensor) -> torch.Tensor:
    """uint8 (N, 28, 28) -> float32 (N, 1, 28, 28), ``(x/255 - MEAN) / STD``."""
    x = images.to(torch.float32).div_(255.0).sub_(MEAN).div_(STD)
    return x.unsqueeze(1)


# Given the row count of a split, the rows to keep (None = all).
IndexFn = Callable[[int], Optional[torch.Tensor]]


def _load_split(directory: str, prefix: str, index_for: IndexFn) -> Split:
    images_path = _find(directory, f"{prefix}-images-idx3-ubyte")
    labels_path = _find(directory, f"{prefix}-labels-idx1-ubyte")
    images = read_idx_images(images_path)
    labels = read_idx_labels(labels_path)
    if images.shape[0] != labels.shape[0]:
        raise _corrupt(labels_path, f"{labels.shape[0]} labels for {images.shape[0]} images in {images_path}")
    index = index_for(images.shape[0])
    if index is not None:
        images, labels = images[index], labels[index]
    return Split({IMAGE_KEY: normalize(images)}, labels)


def load_fashion_mnist(spec: DataSpec, seed: int) -> LoadedData:
    check_max_examples(spec)
    directory = os.path.abspath(os.path.expanduser(spec.path or default_dir()))
    if not os.path.isdir(directory):
        raise WorkerError(
            Code.NOT_FOUND,
            f"Fashion-MNIST directory {directory} does not exist. Set data.path (or ${ENV_DIR}) to the "
            "directory holding the four *-ubyte.gz files (Debian: apt-get install dataset-fashion-mnist).",
            field="data.path",
            path=directory,
        )

    def train_index(n: int) -> Optional[torch.Tensor]:
        return subset_indices(n, spec.max_train_examples, seed, 0)

    def eval_index(n: int) -> Optional[torch.Tensor]:
        return subset_indices(n, spec.max_eval_examples, seed, 1)

    train = _load_split(directory, "train", train_index)
    evaluation = _load_split(directory, "t10k", eval_index)
    return LoadedData(
        train=train,
        eval=evaluation,
        num_labels=NUM_CLASSES,
        task_type=TaskType.CLASSIFICATION,
        metrics=[Metric.ACCURACY.value],
        eval_split="test",
        source=directory,
        tokenizer="",
    )
