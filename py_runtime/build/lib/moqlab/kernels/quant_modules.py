"""Embedding and convolution layers that keep their packed weight in memory (issue: exports that are
smaller where they run).

- :class:`QuantEmbedding` replaces an ``nn.Embedding``: a lookup dequantizes only the rows it reads,
  with the arithmetic of :func:`.reference.dequantize_packed` (``(u − z)·Δ`` in fp32, cast to the
  trained dtype), so its output equals a lookup in the dequantized table bit for bit.
- :class:`QuantConv` replaces an ``nn.Conv1d/2d/3d`` (zero padding): its forward dequantizes the weight
  (per call, or once and kept with ``dense="cached"``) and runs PyTorch's convolution.
- :class:`QuantParameter` serves any other packed parameter whose module reads it directly (RNN gates
  such as ``weight_ih_l0``, ``nn.MultiheadAttention.in_proj_weight`` and its ``out_proj.weight``, a
  custom module's parameter): a ``torch.nn.utils.parametrize`` parametrization whose value is the
  dequantized weight, made on each access (or once and kept), so the module's own forward runs
  unchanged while only the packed weight is held (:func:`attach_parameter`). The module's state dict then
  names the parts ``<module>.parametrizations.<name>.0.qweight`` and so on.

Both hold the weight as :class:`~.packed_module.PackedModule` buffers; their forwards take the same
arguments as the modules they replace. :func:`embedding_supported` / :func:`conv_supported` say which
modules can be replaced (the rest are dequantized at load).
"""

from __future__ import annotations

from typing import Callable

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils import parametrize

from ..errors import Code, WorkerError
from .pack import PackedWeight, unpack
from .packed_module import DenseWeight, PackedModule, row_groups

_F32 = torch.float32
_CONVS: dict[type, Callable[..., torch.Tensor]] = {nn.Conv1d: F.conv1d, nn.Conv2d: F.conv2d, nn.Conv3d: F.conv3d}


def embedding_supported(module: nn.Module, pw: PackedWeight) -> bool:
    """A plain ``nn.Embedding`` without ``max_norm`` (which renormalizes the table in place) whose groups
    lie within rows or span whole rows."""
    return type(module) is nn.Embedding and module.max_norm is None and row_groups(pw) is not None


def conv_supported(module: nn.Module) -> bool:
    """A plain ``nn.Conv1d/2d/3d`` with zero padding (other padding modes pad in the module's forward)."""
    return type(module) in _CONVS and module.padding_mode == "zeros"


class QuantEmbedding(PackedModule):
    """``nn.Embedding`` lookups from a packed ``(num_embeddings, embedding_dim)`` table."""

    def __init__(self, pw: PackedWeight, *, padding_idx: int | None = None, dense: DenseWeight | str = DenseWeight.PER_CALL) -> None:
        if len(pw.shape) != 2 or row_groups(pw) is None:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"QuantEmbedding needs a 2-D table whose groups lie within rows or span whole rows, got shape "
                f"{pw.shape} with {pw.layout.to_dict()}",
                shape=pw.shape,
            )
        super().__init__(pw, dense=dense)
        self.num_embeddings, self.embedding_dim = (int(s) for s in pw.shape)
        self.padding_idx = padding_idx

    @classmethod
    def from_embedding(cls, module: nn.Embedding, pw: PackedWeight, *, dense: DenseWeight | str = DenseWeight.PER_CALL) -> "QuantEmbedding":
        return cls(pw, padding_idx=module.padding_idx, dense=dense)

    def forward(self, input: torch.Tensor) -> torch.Tensor:
        if self._dense is DenseWeight.CACHED:
            return F.embedding(input, self.dense_weight(self.weight_dtype), self.padding_idx)
        idx = input.reshape(-1)
        pw = self.packed()
        scales, zeros, c = row_groups(pw)  # type: ignore[misc]  # checked in __init__
        u = unpack(self.qweight.index_select(0, idx), pw.width, self.embedding_dim).to(_F32)
        q = u.view(idx.numel(), -1, c)
        if zeros is None:
            q.sub_(float(pw.zero_point))
        else:
            q.sub_(zeros.index_select(0, idx).to(_F32).unsqueeze(-1))
        q.mul_(scales.index_select(0, idx).to(_F32).unsqueeze(-1))
        return q.view(*input.shape, self.embedding_dim).to(self.weight_dtype)

    def extra_repr(self) -> str:
        return f"{self.num_embeddings}, {self.embedding_dim}, padding_idx={self.padding_idx}, {self._describe_packing()}"


class QuantConv(PackedModule):
    """``nn.Conv1d/2d/3d`` (zero padding) with a packed weight; built by :meth:`from_conv`."""

    def __init__(self, pw: PackedWeight, conv: nn.Module, bias: torch.Tensor | None, *, dense: DenseWeight | str = DenseWeight.PER_CALL) -> None:
        if not conv_supported(conv) or tuple(conv.weight.shape) != tuple(pw.shape):
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"QuantConv replaces a zero-padded nn.Conv1d/2d/3d whose weight has the packed shape {pw.shape}, "
                f"got {type(conv).__name__}",
            )
        super().__init__(pw, dense=dense)
        self.kind = type(conv).__name__
        self._conv = _CONVS[type(conv)]
        self.in_channels, self.out_channels = conv.in_channels, conv.out_channels
        self.kernel_size, self.stride, self.padding = conv.kernel_size, conv.stride, conv.padding
        self.dilation, self.groups = conv.dilation, conv.groups
        self.register_buffer("bias", bias)

    @classmethod
    def from_conv(cls, conv: nn.Module, pw: PackedWeight, bias: torch.Tensor | None, *, dense: DenseWeight | str = DenseWeight.PER_CALL) -> "QuantConv":
        return cls(pw, conv, bias, dense=dense)

    def forward(self, input: torch.Tensor) -> torch.Tensor:
        weight = self.dense_weight(self.weight_dtype)
        return self._conv(input, weight, self.bias, self.stride, self.padding, self.dilation, self.groups)

    def extra_repr(self) -> str:
        return (
            f"{self.kind}: {self.in_channels}, {self.out_channels}, kernel_size={self.kernel_size}, stride={self.stride}, "
            f"padding={self.padding}, bias={self.bias is not None}, {self._describe_packing()}"
        )


class QuantParameter(PackedModule):
    """A parametrization whose value is the packed weight, dequantized (see :func:`attach_parameter`)."""

    def forward(self, original: torch.Tensor) -> torch.Tensor:
        return self.dense_weight(self.weight_dtype)

    def right_inverse(self, weight: torch.Tensor) -> torch.Tensor:
        # what parametrize stores as ``original``: nothing, the packed buffers are the weight
        return weight.new_empty((0,))

    def extra_repr(self) -> str:
        return f"shape={self.weight_shape}, {self._describe_packing()}"


#: torch 1.x RNNs read their gates from a flat list made at construction, which a parametrization does not
#: reach (a size-mismatch error at the first call); torch 2.x reads them through the attribute.
RNN_PARAMETRIZE = int(torch.__version__.split(".")[0]) >= 2


def parameter_supported(module: nn.Module | None, attr: str) -> bool:
    """A direct parameter of a module (not already parametrized) that the module reads through its attribute."""
    return (
        module is not None
        and isinstance(module._parameters.get(attr), nn.Parameter)
        and not parametrize.is_parametrized(module, attr)
        and (RNN_PARAMETRIZE or not isinstance(module, nn.RNNBase))
    )


def attach_parameter(module: nn.Module, attr: str, pw: PackedWeight, *, dense: DenseWeight | str = DenseWeight.PER_CALL) -> QuantParameter:
    """Make ``module.<attr>`` the dequantized value of ``pw`` and free the dense parameter."""
    if not parameter_supported(module, attr) or tuple(getattr(module, attr).shape) != tuple(pw.shape):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{type(module).__name__}.{attr} is not a plain parameter of the packed shape {pw.shape}",
        )
    holder = QuantParameter(pw, dense=dense)
    parametrize.register_parametrization(module, attr, holder, unsafe=True)
    return holder
