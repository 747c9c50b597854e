"""Group layouts: how a tensor is cut into quantization groups (SEMANTICS.md §6).

Every group gets its own scale (and zero point). Three layouts:

- ``TENSOR``: one group, the whole tensor (neither ``groups`` nor ``group_size`` given).
- ``GROUPS`` (DeepSpeed's ``quantize_groups = G``): G contiguous equal chunks of the row-major
  flattened tensor. ``numel % G != 0`` is an error. G = number of rows gives per-output-channel
  scales.
- ``GROUP_SIZE`` (``group_size = g``, what the int4/int8 inference kernels read): view the tensor as
  ``(out, in)`` with ``out = shape[0]`` and ``in = prod(shape[1:])`` (1 for a 1-D tensor); each
  output row is cut into ``in / g`` blocks of ``g`` consecutive input elements. ``in % g != 0`` is
  an error.

Because a ``group_size`` block never straddles two rows, both layouts are, in the flattened tensor,
consecutive runs of equal length: every layout is the 2-D view ``(num_groups, group_len)`` of the
flattened tensor (:meth:`GroupLayout.as_2d`). They differ only in what they check and in the shape
the exported scales take (:meth:`GroupLayout.scale_shape`: ``(G,)`` or ``(out, in / g)``; ``(1,)``
for the whole tensor). Row-major group order: group ``i`` covers flat elements
``[i·L, (i+1)·L)``.

Pure shape arithmetic; imports only torch and the error type.
"""

from __future__ import annotations

import enum
import math
import numbers
from dataclasses import dataclass
from typing import Sequence

import torch

from ..errors import Code, WorkerError


class LayoutKind(str, enum.Enum):
    """How a tensor is cut into groups (string-valued: ``LayoutKind("groups")`` works)."""

    TENSOR = "tensor"
    GROUPS = "groups"
    GROUP_SIZE = "group_size"


def _describe(shape: tuple[int, ...], name: str | None) -> str:
    return f"tensor {name!r} of shape {shape}" if name else f"tensor of shape {shape}"


def _positive_int(value: object, key: str) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or int(value) < 1:
        raise WorkerError(
            Code.INVALID_ARGUMENT, f"{key} must be an integer >= 1, got {value!r}", field=key, value=value
        )
    return int(value)


@dataclass(frozen=True)
class GroupLayout:
    """A group layout; ``size`` is G for ``GROUPS``, g for ``GROUP_SIZE`` and 1 for ``TENSOR``.

    A layout is independent of any one tensor; :meth:`check` (or :meth:`resolve`) says whether it
    fits a shape.
    """

    kind: LayoutKind
    size: int = 1

    # ------------------------------------------------------------------------------ construction
    @staticmethod
    def of(groups: int | None = None, group_size: int | None = None) -> "GroupLayout":
        """The layout the keyword pair ``groups`` / ``group_size`` selects (not yet checked against a shape)."""
        if groups is not None and group_size is not None:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"give either groups ({groups!r}) or group_size ({group_size!r}), not both",
                groups=groups,
                group_size=group_size,
            )
        if groups is not None:
            return GroupLayout(LayoutKind.GROUPS, _positive_int(groups, "groups"))
        if group_size is not None:
            return GroupLayout(LayoutKind.GROUP_SIZE, _positive_int(group_size, "group_size"))
        return _WHOLE

    @staticmethod
    def resolve(
        shape: Sequence[int] | torch.Size,
        *,
        groups: int | None = None,
        group_size: int | None = None,
        name: str | None = None,
    ) -> "GroupLayout":
        """:meth:`of` + :meth:`check`: the layout, verified to fit ``shape`` (``name`` goes into errors).

        Configuration validation should call this with the parameter's name before training, so that
        a bad ``quantize_groups`` is reported naming the tensor rather than at the first rewrite.
        """
        layout = GroupLayout.of(groups, group_size)
        layout.check(shape, name=name)
        return layout

    # ------------------------------------------------------------------------------ checks
    def check(self, shape: Sequence[int] | torch.Size, *, name: str | None = None) -> None:
        """Raise ``INVALID_ARGUMENT`` naming the shape (and ``name``) when this layout does not fit it."""
        shape = tuple(int(s) for s in shape)
        numel = math.prod(shape)
        if numel == 0:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"cannot quantize the empty {_describe(shape, name)}",
                shape=shape,
                name=name or "",
            )
        if self.kind is LayoutKind.GROUPS:
            if numel % self.size:
                rows = f"; groups = {shape[0]} gives per-output-channel scales" if len(shape) >= 2 else ""
                raise WorkerError(
                    Code.INVALID_ARGUMENT,
                    f"quantize groups = {self.size} does not divide the {_describe(shape, name)}: it has {numel} "
                    f"elements and {numel} % {self.size} = {numel % self.size}; use a divisor of {numel}{rows}",
                    shape=shape,
                    groups=self.size,
                    name=name or "",
                )
        elif self.kind is LayoutKind.GROUP_SIZE:
            if len(shape) == 0:
                raise WorkerError(
                    Code.INVALID_ARGUMENT,
                    f"group_size = {self.size} needs a tensor with at least one dimension; got the 0-d "
                    f"{_describe(shape, name)}",
                    shape=shape,
                    group_size=self.size,
                    name=name or "",
                )
            in_features = numel // shape[0]
            if in_features % self.size:
                raise WorkerError(
                    Code.INVALID_ARGUMENT,
                    f"group_size = {self.size} does not divide the input dimension of the {_describe(shape, name)}: "
                    f"in = prod(shape[1:]) = {in_features} and {in_features} % {self.size} = "
                    f"{in_features % self.size}; use a divisor of {in_features}",
                    shape=shape,
                    group_size=self.size,
                    name=name or "",
                )

    # ------------------------------------------------------------------------------ geometry
    def num_groups(self, shape: Sequence[int] | torch.Size) -> int:
        numel = math.prod(int(s) for s in shape)
        if self.kind is LayoutKind.TENSOR:
            return 1
        return numel // self.size if self.kind is LayoutKind.GROUP_SIZE else self.size

    def group_len(self, shape: Sequence[int] | torch.Size) -> int:
        return math.prod(int(s) for s in shape) // self.num_groups(shape)

    def scale_shape(self, shape: Sequence[int] | torch.Size) -> tuple[int, ...]:
        """Shape of the per-group scales/zero points: ``(1,)``, ``(G,)`` or ``(out, in / g)``."""
        if self.kind is LayoutKind.GROUP_SIZE:
            out = int(shape[0])
            return (out, self.num_groups(shape) // out)
        return (self.num_groups(shape),)

    def as_2d(self, x: torch.Tensor) -> torch.Tensor:
        """``x`` as ``(num_groups, group_len)``, row-major; a view when ``x`` is contiguous."""
        return x.reshape(self.num_groups(x.shape), -1)

    def to_dict(self) -> dict[str, object]:
        """For manifests: ``{"kind": "groups" | "group_size" | "tensor", "size": int}``."""
        return {"kind": self.kind.value, "size": self.size}


_WHOLE = GroupLayout(LayoutKind.TENSOR, 1)
