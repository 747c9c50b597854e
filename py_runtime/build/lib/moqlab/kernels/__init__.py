"""Packed weights and the quantized linear layer: the format (:mod:`.pack`), the oracle
(:mod:`.reference`), ``QuantLinear`` with its kernel-backend hook (:mod:`.quant_linear`), the Triton
kernels (:mod:`.triton_kernels`) behind the ``triton`` / ``triton-dense`` backends
(:mod:`.triton_backend`, choice between them: :mod:`.dispatch`), torch's int8/int4 CPU kernels behind
``torch-cpu`` (:mod:`.cpu_backend`), the packed embedding and convolution (:mod:`.quant_modules`) and
the fused MoQ rewrite (:mod:`.fake_quant`).

Kernels plug in with :func:`register_backend`; the pure PyTorch reference is always available and
defines the math every kernel is tested against. Imports only torch, ``moqlab.quant`` and the error
type (never ``server`` or ``proto``); triton only once a Triton backend is asked whether it can run.
"""

from .pack import PACKINGS, PackedWeight, container_width, kernel_layout, pack, pack_quantized, unpack
from .packed_module import PackedModule, row_groups
from .quant_linear import (
    AUTO,
    REFERENCE,
    Backend,
    DenseWeight,
    QuantLinear,
    available_backends,
    register_backend,
    reset_availability,
    unregister_backend,
)
from .reference import dequantize_packed, linear_reference
from .cpu_backend import TorchCpuBackend
from .triton_backend import GPU_VERIFIED, TritonDenseBackend, TritonFusedBackend

register_backend(TritonFusedBackend(), priority=20, verified=GPU_VERIFIED)
register_backend(TritonDenseBackend(), priority=10, verified=GPU_VERIFIED)
register_backend(TorchCpuBackend(), priority=5)

__all__ = [
    "AUTO",
    "PACKINGS",
    "REFERENCE",
    "Backend",
    "DenseWeight",
    "PackedModule",
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
    "reset_availability",
    "row_groups",
    "unpack",
    "unregister_backend",
]
