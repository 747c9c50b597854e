"""A multi-layer perceptron over flattened images (Fashion-MNIST's ``x``: float32 (B, 1, 28, 28))."""

from __future__ import annotations

from typing import Sequence

import torch
from torch import nn


class MLP(nn.Module):
    """``x`` → flatten → [Linear → ReLU → Dropout] per hidden width → ``classifier``.

    Module names: ``hidden.0``, ``hidden.1``, ... and ``classifier`` (all ``nn.Linear``).
    """

    def __init__(
        self,
        *,
        in_features: int = 784,
        hidden: Sequence[int] = (256, 128),
        num_labels: int = 10,
        dropout: float = 0.1,
    ) -> None:
        super().__init__()
        widths = [int(in_features), *(int(h) for h in hidden)]
        if any(w < 1 for w in widths) or int(num_labels) < 1:
            raise ValueError(f"in_features, hidden and num_labels must be positive, got {widths} and {num_labels}")
        if not 0.0 <= float(dropout) < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {dropout}")
        self.hidden = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths[:-1], widths[1:]))
        self.dropout = nn.Dropout(float(dropout))
        self.classifier = nn.Linear(widths[-1], int(num_labels))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for layer in self.hidden:
            h = self.dropout(torch.relu(layer(h)))
        return self.classifier(h)
