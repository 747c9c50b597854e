"""Quantization math: fake quantization, codes/scales/zero points, group layouts, the MoQ rewrite of
one tensor and error measures (SEMANTICS.md §1, §5, §6).

Pure tensor math and small dataclasses: no policy (bit widths, ratios and schedules come from the
caller), and no imports of ``server``, ``proto``, ``models`` or ``training``.
"""

from .error import quantization_error
from .grouping import GroupLayout, LayoutKind
from .primitives import (
    EPS,
    Grid,
    QuantizedTensor,
    QuantParams,
    Rounding,
    Scheme,
    dequantize,
    fake_quantize,
    quant_params,
    quantize,
)
from .rewrite import moq_rewrite_, stochastic_generator, stochastic_seed

__all__ = [
    "EPS",
    "Grid",
    "GroupLayout",
    "LayoutKind",
    "QuantParams",
    "QuantizedTensor",
    "Rounding",
    "Scheme",
    "dequantize",
    "fake_quantize",
    "moq_rewrite_",
    "quant_params",
    "quantization_error",
    "quantize",
    "stochastic_generator",
    "stochastic_seed",
]
