"""Working-weight precision and fp16 dynamic loss scaling.

The optimizer always owns fp32 master weights; :class:`Precision` is the dtype of the model's working
weights (what forward/backward read).
"""

from __future__ import annotations

import enum
import math
from typing import Any

import torch

from ..errors import Code, WorkerError


class Precision(enum.Enum):
    FP32 = "fp32"
    FP16 = "fp16"
    BF16 = "bf16"

    @property
    def dtype(self) -> torch.dtype:
        return _DTYPES[self]

    @classmethod
    def parse(cls, value: "Precision | str") -> "Precision":
        if isinstance(value, Precision):
            return value
        try:
            return cls(str(value).lower())
        except ValueError:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"unknown precision {value!r}; use one of {[p.value for p in cls]}",
                precision=value,
            ) from None


_DTYPES = {Precision.FP32: torch.float32, Precision.FP16: torch.float16, Precision.BF16: torch.bfloat16}


def dtype_name(dtype: torch.dtype) -> str:
    """``torch.bfloat16`` → ``"bfloat16"``."""
    return str(dtype).replace("torch.", "")


def dtype_from_name(name: str) -> torch.dtype:
    dtype = getattr(torch, name, None)
    if not isinstance(dtype, torch.dtype):
        raise WorkerError(Code.INVALID_ARGUMENT, f"unknown dtype name {name!r}", dtype=name)
    return dtype


def check_precision_supported(precision: Precision, device: torch.device) -> None:
    """fp16 training is CUDA-only (CPU fp16 kernels are missing or very slow)."""
    if precision is Precision.FP16 and device.type != "cuda":
        raise WorkerError(
            Code.UNAVAILABLE,
            f"fp16 training needs a CUDA device (the worker's device is {device}); use precision fp32 or bf16 on CPU",
            precision=precision.value,
            device=str(device),
        )
    if precision is Precision.BF16 and device.type == "cuda":
        is_bf16 = getattr(torch.cuda, "is_bf16_supported", None)
        if is_bf16 is not None and not is_bf16():
            raise WorkerError(
                Code.UNAVAILABLE,
                f"bf16 is not supported on {torch.cuda.get_device_name(device)}; use precision fp16 or fp32",
                precision=precision.value,
                device=str(device),
            )


class DynamicLossScaler:
    """fp16 dynamic loss scaling.

    The loss is multiplied by ``scale`` before backward and the gradients divided by it afterwards.
    :meth:`update` is told whether the unscaled gradients were finite: if not, the step must be
    skipped and the scale halves (not below ``min_scale``); after ``window`` consecutive good steps
    the scale doubles.
    """

    def __init__(self, initial_scale: float = 65536.0, window: int = 1000, factor: float = 2.0,
                 min_scale: float = 1.0) -> None:
        if not (initial_scale > 0 and math.isfinite(initial_scale)):
            raise WorkerError(Code.INVALID_ARGUMENT, f"initial_loss_scale must be finite and > 0, got {initial_scale}")
        if window < 1:
            raise WorkerError(Code.INVALID_ARGUMENT, f"loss_scale_window must be >= 1, got {window}")
        self.scale = float(initial_scale)
        self.window = int(window)
        self.factor = float(factor)
        self.min_scale = float(min_scale)
        self.good_steps = 0  # consecutive finite steps since the last change of scale
        self.overflows = 0  # total skipped steps

    @property
    def at_minimum(self) -> bool:
        return self.scale <= self.min_scale

    def update(self, grads_finite: bool) -> bool:
        """Record one step's outcome; returns True when the optimizer step must be skipped."""
        if not grads_finite:
            self.scale = max(self.scale / self.factor, self.min_scale)
            self.good_steps = 0
            self.overflows += 1
            return True
        self.good_steps += 1
        if self.good_steps >= self.window:
            self.scale *= self.factor
            self.good_steps = 0
        return False

    def state_dict(self) -> dict[str, Any]:
        return {"scale": self.scale, "good_steps": self.good_steps, "overflows": self.overflows,
                "window": self.window, "factor": self.factor, "min_scale": self.min_scale}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.scale = float(state["scale"])
        self.good_steps = int(state["good_steps"])
        self.overflows = int(state.get("overflows", 0))
