"""Metrics against hand-computed values (and scipy/scikit-learn where importable)."""

from __future__ import annotations

import enum
import math

import pytest
import torch

from moqlab.errors import Code, WorkerError
from moqlab.training.metrics import average_ranks, compute_metrics

T = torch.tensor


def test_accuracy():
    assert compute_metrics(["accuracy"], T([0, 1, 1, 0]), T([0, 1, 0, 0])) == {"accuracy": 0.75}


def test_f1_binary_positive_class_one():
    # TP = 2, FP = 1, FN = 1  ->  2·2 / (2·2 + 1 + 1)
    assert compute_metrics(["f1"], T([1, 1, 0, 1, 0]), T([1, 0, 0, 1, 1]))["f1"] == pytest.approx(4 / 6)
    assert compute_metrics(["f1"], T([0, 0]), T([0, 0]))["f1"] == 0.0  # no positives anywhere
    assert compute_metrics(["f1"], T([1, 1]), T([1, 1]))["f1"] == 1.0


def test_mcc_binary_and_undefined():
    # TP 2, FP 1, FN 1, TN 1: (2·1 − 1·1) / sqrt(3·3·2·2) = 1/6
    assert compute_metrics(["mcc"], T([1, 1, 0, 1, 0]), T([1, 0, 0, 1, 1]))["mcc"] == pytest.approx(1 / 6)
    assert compute_metrics(["mcc"], T([1, 0, 1, 0]), T([1, 0, 1, 0]))["mcc"] == pytest.approx(1.0)
    assert compute_metrics(["mcc"], T([0, 1, 0, 1]), T([1, 0, 1, 0]))["mcc"] == pytest.approx(-1.0)
    assert compute_metrics(["mcc"], T([1, 1, 1, 1]), T([1, 0, 1, 0]))["mcc"] == 0.0  # constant prediction


def test_mcc_multiclass():
    # confusion (true rows): [[2,0,0],[1,0,1],[0,1,1]]; t = (2,2,2), p = (3,1,2), c = 3, s = 6
    # (c·s − t·p) / sqrt((s² − p·p)(s² − t·t)) = (18 − 12) / sqrt(22 · 24)
    value = compute_metrics(["mcc"], T([0, 2, 1, 0, 0, 2]), T([0, 1, 2, 0, 1, 2]))["mcc"]
    assert value == pytest.approx(6 / math.sqrt(22 * 24))


def test_pearson():
    # dx = (−1.5, −.5, .5, 1.5), dy = (−3, −1, 0, 4): Σdxdy = 11, Σdx² = 5, Σdy² = 26
    value = compute_metrics(["pearson"], T([1.0, 2.0, 3.0, 4.0]), T([2.0, 4.0, 5.0, 9.0]))["pearson"]
    assert value == pytest.approx(11 / math.sqrt(130))


def test_spearman_average_ranks_for_ties():
    assert average_ranks(T([10.0, 20.0, 20.0, 5.0, 20.0])).tolist() == [2.0, 4.0, 4.0, 1.0, 4.0]
    # ranks (1, 2.5, 2.5, 4) vs (1, 3, 2, 4): Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5
    value = compute_metrics(["spearman"], T([1.0, 2.0, 2.0, 3.0]), T([1.0, 3.0, 2.0, 4.0]))["spearman"]
    assert value == pytest.approx(4.5 / math.sqrt(22.5))
    # monotone but non-linear: spearman 1, pearson < 1
    x = T([1.0, 2.0, 3.0, 4.0, 5.0])
    both = compute_metrics(["pearson", "spearman"], x, x.exp())
    assert both["spearman"] == pytest.approx(1.0) and both["pearson"] < 0.99


def test_correlations_nan_when_constant():
    out = compute_metrics(["pearson", "spearman"], T([1.0, 1.0, 1.0]), T([1.0, 2.0, 3.0]))
    assert math.isnan(out["pearson"]) and math.isnan(out["spearman"])


def test_string_enum_names():
    class Metric(str, enum.Enum):
        ACCURACY = "accuracy"
        MCC = "mcc"

    assert compute_metrics([Metric.ACCURACY, Metric.MCC], T([1, 0]), T([1, 0])) == {"accuracy": 1.0, "mcc": 1.0}


def test_order_and_names():
    out = compute_metrics(["mcc", "accuracy"], T([1, 0]), T([1, 0]))
    assert list(out) == ["mcc", "accuracy"]
    with pytest.raises(WorkerError) as err:
        compute_metrics(["accuracy", "auc"], T([1]), T([1]))
    assert err.value.code is Code.INVALID_ARGUMENT and "auc" in err.value.message and "spearman" in err.value.message
    with pytest.raises(WorkerError):
        compute_metrics(["accuracy"], T([1, 0]), T([1]))
    assert math.isnan(compute_metrics(["accuracy"], T([], dtype=torch.long), T([], dtype=torch.long))["accuracy"])


def test_against_scipy_and_sklearn():
    stats = pytest.importorskip("scipy.stats", reason="scipy is not installed")
    sk = pytest.importorskip("sklearn.metrics", reason="scikit-learn is not installed")
    g = torch.Generator().manual_seed(0)
    y = torch.randint(0, 2, (200,), generator=g)
    p = torch.where(torch.rand(200, generator=g) < 0.8, y, 1 - y)
    out = compute_metrics(["accuracy", "f1", "mcc"], p, y)
    assert out["accuracy"] == pytest.approx(sk.accuracy_score(y.numpy(), p.numpy()))
    assert out["f1"] == pytest.approx(sk.f1_score(y.numpy(), p.numpy()))
    assert out["mcc"] == pytest.approx(sk.matthews_corrcoef(y.numpy(), p.numpy()))
    y3, p3 = torch.randint(0, 3, (100,), generator=g), torch.randint(0, 3, (100,), generator=g)
    assert compute_metrics(["mcc"], p3, y3)["mcc"] == pytest.approx(sk.matthews_corrcoef(y3.numpy(), p3.numpy()))
    a = torch.randint(0, 5, (100,), generator=g).double()  # many ties
    b = a + torch.rand(100, generator=g, dtype=torch.float64)
    corr = compute_metrics(["pearson", "spearman"], a, b)
    assert corr["pearson"] == pytest.approx(stats.pearsonr(a.numpy(), b.numpy())[0])
    assert corr["spearman"] == pytest.approx(stats.spearmanr(a.numpy(), b.numpy())[0])
