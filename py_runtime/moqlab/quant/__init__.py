"""Quantization math: the quantization scheme, fake quantization, codes/scales/zero points, group layouts, the MoQ rewrite of
one tensor and error measures (SEMANTICS.md §1, §5, §6).

Pure tensor math and small dataclasses: no policy (bit widths, ratios and schedules come from the
caller), and no imports of ``server``, ``proto``, ``models`` or ``training``.
"""

from .error import quantization_error
from .grouping import GroupLayout, LayoutKind
from .primitives import EPS, PER_TENSOR, QuantizedTensor, dequantize, fake_quantize, quantize
from .rewrite import moq_rewrite_, stochastic_generator, stochastic_seed
from .scheme import Grid, Levels, QuantParams, QuantScheme, Rounding, check_scheme

__all__ = [
    "EPS",
    "Grid",
    "GroupLayout",
    "LayoutKind",
    "Levels",
    "PER_TENSOR",
    "QuantParams",
    "QuantScheme",
    "QuantizedTensor",
    "Rounding",
    "check_scheme",
    "dequantize",
    "fake_quantize",
    "moq_rewrite_",
    "quantization_error",
    "quantize",
    "stochastic_generator",
    "stochastic_seed",
]
