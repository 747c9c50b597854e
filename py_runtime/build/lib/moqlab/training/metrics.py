"""Evaluation metrics over whole prediction vectors (GLUE conventions).

- ``accuracy``: fraction of predictions equal to the labels.
- ``f1``: binary F1 with class 1 as the positive class (any other value counts as negative);
  0.0 when there are no positive labels and no positive predictions (as scikit-learn).
- ``mcc``: Matthews correlation coefficient, multi-class form (equals the binary formula for two
  classes); 0.0 when undefined (a constant prediction or label vector), as scikit-learn.
- ``pearson``: Pearson correlation; NaN when either side is constant.
- ``spearman``: Pearson correlation of the ranks, ties get their average rank; NaN when either side is
  constant.

All arithmetic is float64 on the CPU. An empty input gives NaN for every metric.
"""

from __future__ import annotations

import math
from typing import Callable, Sequence

import torch

from ..errors import Code, WorkerError

NAN = float("nan")


def accuracy(predictions: torch.Tensor, labels: torch.Tensor) -> float:
    return float((predictions == labels).double().mean())


def f1(predictions: torch.Tensor, labels: torch.Tensor) -> float:
    pred_pos = predictions == 1
    true_pos = labels == 1
    tp = int((pred_pos & true_pos).sum())
    fp = int((pred_pos & ~true_pos).sum())
    fn = int((~pred_pos & true_pos).sum())
    denom = 2 * tp + fp + fn
    return 0.0 if denom == 0 else 2.0 * tp / denom


def mcc(predictions: torch.Tensor, labels: torch.Tensor) -> float:
    classes, inverse = torch.unique(torch.cat([labels, predictions]), return_inverse=True)
    k = classes.numel()
    n = labels.numel()
    y, p = inverse[:n], inverse[n:]
    conf = torch.bincount(y * k + p, minlength=k * k).reshape(k, k).double()  # rows: true, cols: predicted
    t = conf.sum(1)  # times each class truly occurred
    q = conf.sum(0)  # times each class was predicted
    c = conf.trace()
    s = float(n)
    cov_yp = c * s - (t * q).sum()
    cov_pp = s * s - (q * q).sum()
    cov_yy = s * s - (t * t).sum()
    denom = math.sqrt(float(cov_pp) * float(cov_yy))
    return 0.0 if denom == 0.0 else float(cov_yp) / denom


def pearson(predictions: torch.Tensor, labels: torch.Tensor) -> float:
    x = predictions.double() - predictions.double().mean()
    y = labels.double() - labels.double().mean()
    denom = math.sqrt(float((x * x).sum()) * float((y * y).sum()))
    return NAN if denom == 0.0 else float((x * y).sum()) / denom


def average_ranks(values: torch.Tensor) -> torch.Tensor:
    """1-based ranks (float64), ties share the mean of the ranks they span (scipy's ``rankdata`` 'average')."""
    v = values.reshape(-1)
    sorted_vals, order = torch.sort(v, stable=True)
    _, counts = torch.unique_consecutive(sorted_vals, return_counts=True)
    ends = torch.cumsum(counts, 0).double()  # 1-based rank of each tie group's last member
    group_rank = ends - (counts.double() - 1.0) / 2.0
    ranks = torch.empty(v.numel(), dtype=torch.float64)
    ranks[order] = torch.repeat_interleave(group_rank, counts)
    return ranks


def spearman(predictions: torch.Tensor, labels: torch.Tensor) -> float:
    return pearson(average_ranks(predictions.double()), average_ranks(labels.double()))


METRICS: dict[str, Callable[[torch.Tensor, torch.Tensor], float]] = {
    "accuracy": accuracy,
    "f1": f1,
    "mcc": mcc,
    "pearson": pearson,
    "spearman": spearman,
}


def compute_metrics(names: Sequence[str], predictions: torch.Tensor, labels: torch.Tensor) -> dict[str, float]:
    """Each named metric over 1-D ``predictions`` (class ids or regression values) and ``labels``.

    Names may be strings or string enums (their ``.value`` is used); the result keeps their order.
    """
    names = [str(getattr(n, "value", n)) for n in names]
    unknown = [n for n in names if n not in METRICS]
    if unknown:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"unknown metric(s) {unknown}; known metrics: {sorted(METRICS)}",
            unknown=unknown,
            known=sorted(METRICS),
        )
    predictions = predictions.detach().reshape(-1).cpu()
    labels = labels.detach().reshape(-1).cpu()
    if predictions.numel() != labels.numel():
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{predictions.numel()} predictions for {labels.numel()} labels; they must have the same length",
        )
    if labels.numel() == 0:
        return {n: NAN for n in names}
    return {n: METRICS[n](predictions, labels) for n in names}
