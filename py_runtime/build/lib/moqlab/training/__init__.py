"""Training: the loop (AdamW on fp32 masters, working weights in fp32/fp16/bf16), loss scaling,
checkpoints and evaluation metrics. No sockets or wire types here."""

from .metrics import METRICS, compute_metrics
from .moq import QuantSpec, TensorPlan
from .precision import DynamicLossScaler, Precision
from .trainer import (
    DataParallel,
    EvalSummary,
    NonfinitePolicy,
    ParamSlot,
    SegmentSummary,
    StepRecord,
    Trainer,
    TrainingConfig,
    lr_at,
)

__all__ = [
    "DataParallel",
    "DynamicLossScaler",
    "EvalSummary",
    "METRICS",
    "NonfinitePolicy",
    "ParamSlot",
    "Precision",
    "QuantSpec",
    "SegmentSummary",
    "StepRecord",
    "TensorPlan",
    "Trainer",
    "TrainingConfig",
    "compute_metrics",
    "lr_at",
]
