"""Shared pytest fixtures: the worker package on sys.path, and the data sets tests may need."""

from __future__ import annotations

import os
import pathlib
import sys

import pytest

REPO = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "py_runtime"))

SHARED_DATA = REPO.parent / "shared" / "data"
FASHION_MNIST = pathlib.Path(os.environ.get("MOQLAB_FASHION_MNIST", "/usr/share/datasets/fashion-mnist"))


@pytest.fixture
def shared_data() -> pathlib.Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"../shared/data is absent ({SHARED_DATA}); GLUE tests need it")
    return SHARED_DATA


@pytest.fixture
def glue_dir(shared_data: pathlib.Path) -> pathlib.Path:
    return shared_data / "glue"


@pytest.fixture
def vocab_file(shared_data: pathlib.Path) -> pathlib.Path:
    return shared_data / "vocab" / "bert-base-uncased-vocab.txt"


@pytest.fixture
def fashion_mnist_dir() -> pathlib.Path:
    if not (FASHION_MNIST / "train-images-idx3-ubyte.gz").exists():
        pytest.skip(f"Fashion-MNIST not found at {FASHION_MNIST}; apt-get install dataset-fashion-mnist")
    return FASHION_MNIST
