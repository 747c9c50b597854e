"""Training: the loop (AdamW on fp32 masters, working weights in fp32/fp16/bf16), loss scaling,
checkpoints and evaluation metrics. No sockets or wire types here."""

from .metrics import METRICS, compute_metrics
from .precision import DynamicLossScaler, Precision
from .trainer import (
    EvalSummary,
    ParamSlot,
    SegmentSummary,
    StepRecord,
    Trainer,
    TrainingConfig,
    lr_at,
)

__all__ = [
    "DynamicLossScaler",
    "EvalSummary",
    "METRICS",
    "ParamSlot",
    "Precision",
    "SegmentSummary",
    "StepRecord",
    "Trainer",
    "TrainingConfig",
    "compute_metrics",
    "lr_at",
]
