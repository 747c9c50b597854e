"""Packed weights and the quantized linear layer: the format (:mod:`.pack`), the oracle
(:mod:`.reference`) and ``QuantLinear`` with its kernel-backend hook (:mod:`.quant_linear`).

GPU kernels plug in with :func:`register_backend`; the pure PyTorch reference is always available and
defines the math every kernel is tested against. Imports only torch, ``moqlab.quant`` and the error
type (never ``server`` or ``proto``).
"""

from .pack import PACKINGS, PackedWeight, container_width, kernel_layout, pack, pack_quantized, unpack
from .quant_linear import AUTO, REFERENCE, Backend, QuantLinear, available_backends, register_backend, unregister_backend
from .reference import dequantize_packed, linear_reference

__all__ = [
    "AUTO",
    "PACKINGS",
    "REFERENCE",
    "Backend",
    "PackedWeight",
    "QuantLinear",
    "available_backends",
    "container_width",
    "dequantize_packed",
    "kernel_layout",
    "linear_reference",
    "pack",
    "pack_quantized",
    "register_backend",
    "unpack",
    "unregister_backend",
]
