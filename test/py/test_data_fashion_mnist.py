"""Fashion-MNIST: IDX parsing (gzip or raw), normalization, subsets, corrupt and missing files."""

from __future__ import annotations

import functools
import gzip
import pathlib
import struct

import pytest
import torch

from moqlab.data import DataSpec, LoadedData, Metric, TaskType, load_data
from moqlab.data import fashion_mnist
from moqlab.errors import Code, WorkerError


@functools.lru_cache(maxsize=None)
def _cached_load(path: str, max_train: int = 0, max_eval: int = 0, seed: int = 0) -> LoadedData:
    spec = DataSpec("fashion-mnist", path=path, max_train_examples=max_train, max_eval_examples=max_eval)
    return load_data(spec, seed)


@pytest.fixture(scope="module", autouse=True)
def _free_cached_data():
    """Loaded data sets are shared by this module's tests and freed after it."""
    yield
    _cached_load.cache_clear()


@pytest.fixture
def full(fashion_mnist_dir) -> LoadedData:
    return _cached_load(str(fashion_mnist_dir))


def test_shapes_dtypes_and_metadata(full, fashion_mnist_dir):
    assert (len(full.train), len(full.eval)) == (60_000, 10_000)
    for split in (full.train, full.eval):
        assert set(split.inputs) == {"x"}
        assert split.inputs["x"].dtype == torch.float32
        assert split.inputs["x"].shape == (len(split), 1, 28, 28)
        assert split.labels.dtype == torch.int64 and split.labels.shape == (len(split),)
        assert split.labels.unique().tolist() == list(range(10))
        assert torch.bincount(split.labels).tolist() == [len(split) // 10] * 10  # balanced classes
    assert full.num_labels == 10 and full.task_type is TaskType.CLASSIFICATION
    assert full.metrics == [Metric.ACCURACY.value] == ["accuracy"]
    assert full.eval_split == "test" and full.tokenizer == ""
    assert full.source == str(fashion_mnist_dir)


def test_normalization(full):
    x = full.train.inputs["x"]
    assert abs(float(x.mean())) < 0.01 and abs(float(x.std()) - 1.0) < 0.01
    # pixel 0 maps to -MEAN/STD, 255 to (1-MEAN)/STD
    assert float(x.min()) == pytest.approx(-0.2860 / 0.3530, abs=1e-5)
    assert float(x.max()) == pytest.approx((1 - 0.2860) / 0.3530, abs=1e-5)
    xe = full.eval.inputs["x"]
    assert abs(float(xe.mean())) < 0.05 and abs(float(xe.std()) - 1.0) < 0.05


def test_batch(full):
    index = torch.tensor([0, 59_999, 7], dtype=torch.int64)
    inputs, labels = full.train.batch(index)
    assert inputs["x"].shape == (3, 1, 28, 28)
    assert torch.equal(inputs["x"], full.train.inputs["x"][index])
    assert torch.equal(labels, full.train.labels[index])


def test_subsets_are_seeded_and_real_rows(full, fashion_mnist_dir):
    a = _cached_load(str(fashion_mnist_dir), 500, 200, 3)
    b = load_data(DataSpec("Fashion-MNIST", path=str(fashion_mnist_dir), max_train_examples=500,
                           max_eval_examples=200), 3)
    c = _cached_load(str(fashion_mnist_dir), 500, 200, 4)
    assert (len(a.train), len(a.eval)) == (500, 200)
    assert torch.equal(a.train.inputs["x"], b.train.inputs["x"]) and torch.equal(a.eval.labels, b.eval.labels)
    assert not torch.equal(a.train.inputs["x"], c.train.inputs["x"])
    # the subset's rows are rows of the full set (find the first one)
    first = a.train.inputs["x"][0]
    match = (full.train.inputs["x"] == first).flatten(1).all(dim=1).nonzero().flatten()
    assert match.numel() >= 1 and full.train.labels[match[0]] == a.train.labels[0]


# -- synthetic IDX files --------------------------------------------------------------------------------
def _images(n: int, magic: int = 0x803, rows: int = 28, cols: int = 28, extra: bytes = b"") -> bytes:
    pixels = bytes((i * 7) % 256 for i in range(n * rows * cols))
    return struct.pack(">IIII", magic, n, rows, cols) + pixels + extra


def _labels(n: int, magic: int = 0x801, values=None) -> bytes:
    values = values if values is not None else [i % 10 for i in range(n)]
    return struct.pack(">II", magic, n) + bytes(values)


def _write_set(d: pathlib.Path, gz: bool = True, train=None, train_labels=None, test=None, test_labels=None):
    d.mkdir(parents=True, exist_ok=True)
    files = {
        "train-images-idx3-ubyte": train if train is not None else _images(30),
        "train-labels-idx1-ubyte": train_labels if train_labels is not None else _labels(30),
        "t10k-images-idx3-ubyte": test if test is not None else _images(20),
        "t10k-labels-idx1-ubyte": test_labels if test_labels is not None else _labels(20),
    }
    for name, data in files.items():
        if gz:
            (d / (name + ".gz")).write_bytes(gzip.compress(data))
        else:
            (d / name).write_bytes(data)
    return d


@pytest.mark.parametrize("gz", [True, False])
def test_reads_gzip_and_raw_idx(tmp_path, gz):
    d = _write_set(tmp_path / "fm", gz=gz)
    data = load_data(DataSpec("fashion-mnist", path=str(d)), 0)
    assert (len(data.train), len(data.eval)) == (30, 20)
    assert data.train.labels.tolist() == [i % 10 for i in range(30)]
    raw = torch.tensor([(i * 7) % 256 for i in range(28 * 28)], dtype=torch.float32).reshape(1, 28, 28)
    assert torch.allclose(data.train.inputs["x"][0], (raw / 255 - 0.2860) / 0.3530)


def test_default_dir_from_env(tmp_path, monkeypatch):
    d = _write_set(tmp_path / "fm")
    monkeypatch.setenv(fashion_mnist.ENV_DIR, str(d))
    data = load_data(DataSpec("fashion-mnist"), 0)
    assert data.source == str(d) and len(data.train) == 30


CORRUPT = {
    "bad image magic": dict(train=_images(30, magic=0x801)),
    "bad label magic": dict(train_labels=_labels(30, magic=0x803)),
    "truncated images": dict(train=_images(30)[:-100]),
    "trailing bytes": dict(train=_images(30, extra=b"\0" * 5)),
    "wrong image size": dict(train=_images(30, rows=32, cols=32)),
    "label count mismatch": dict(train_labels=_labels(29)),
    "label out of range": dict(train_labels=_labels(30, values=[12] * 30)),
    "header cut": dict(train=b"\0\0\x08"),
}


@pytest.mark.parametrize("case", sorted(CORRUPT))
def test_corrupt_idx_is_invalid_argument(tmp_path, case):
    d = _write_set(tmp_path / "fm", **CORRUPT[case])
    with pytest.raises(WorkerError) as err:
        load_data(DataSpec("fashion-mnist", path=str(d)), 0)
    assert err.value.code is Code.INVALID_ARGUMENT
    assert str(d / "train-") in err.value.message and "fresh copy" in err.value.message


def test_corrupt_gzip_stream(tmp_path):
    d = _write_set(tmp_path / "fm")
    path = d / "t10k-images-idx3-ubyte.gz"
    path.write_bytes(path.read_bytes()[:200])  # cut mid-stream
    with pytest.raises(WorkerError) as err:
        load_data(DataSpec("fashion-mnist", path=str(d)), 0)
    assert err.value.code is Code.INVALID_ARGUMENT and str(path) in err.value.message


def test_a_gzip_bomb_is_refused_without_inflating_it(tmp_path, monkeypatch):
    d = _write_set(tmp_path / "fm")
    path = d / "train-images-idx3-ubyte.gz"
    monkeypatch.setattr(fashion_mnist, "MAX_IDX_BYTES", 1 << 20)  # the same check at a test-sized limit
    path.write_bytes(gzip.compress(bytes(16 << 20)))  # 16 kB that inflate to 16 MB
    with pytest.raises(WorkerError) as err:
        load_data(DataSpec("fashion-mnist", path=str(d)), 0)
    assert err.value.code is Code.INVALID_ARGUMENT
    assert "more than 1048576 bytes (decompressed)" in err.value.message and str(path) in err.value.message


def test_missing_files_and_dir(tmp_path):
    d = _write_set(tmp_path / "fm")
    (d / "t10k-labels-idx1-ubyte.gz").unlink()
    with pytest.raises(WorkerError) as err:
        load_data(DataSpec("fashion-mnist", path=str(d)), 0)
    assert err.value.code is Code.NOT_FOUND and "t10k-labels-idx1-ubyte" in err.value.message
    assert "data.path" in err.value.message
    with pytest.raises(WorkerError) as err:
        load_data(DataSpec("fashion-mnist", path=str(tmp_path / "absent")), 0)
    assert err.value.code is Code.NOT_FOUND and str(tmp_path / "absent") in err.value.message


def test_bad_subset_size(tmp_path):
    d = _write_set(tmp_path / "fm")
    with pytest.raises(WorkerError) as err:
        load_data(DataSpec("fashion-mnist", path=str(d), max_eval_examples=-5), 0)
    assert err.value.code is Code.INVALID_ARGUMENT and "data.max_eval_examples" in err.value.message
