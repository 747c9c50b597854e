"""A small convolutional classifier for 28×28 single-channel images (Fashion-MNIST)."""

from __future__ import annotations

from typing import Sequence

import torch
from torch import nn


class CNN(nn.Module):
    """[Conv(k×k, same padding) → ReLU → MaxPool(2)] per entry of ``channels``, then
    flatten → ``fc`` (Linear → ReLU → Dropout) → ``classifier`` (Linear).

    Module names: ``convs.0``, ``convs.1`` (``nn.Conv2d``), ``fc`` and ``classifier`` (``nn.Linear``).
    With the defaults (channels 32, 64; hidden 128; 3×3) it has 421,642 parameters.
    """

    def __init__(
        self,
        *,
        in_channels: int = 1,
        num_labels: int = 10,
        channels: Sequence[int] = (32, 64),
        hidden: int = 128,
        dropout: float = 0.25,
        kernel_size: int = 3,
        image_size: int = 28,
    ) -> None:
        super().__init__()
        chans = [int(in_channels), *(int(c) for c in channels)]
        if len(chans) < 2 or any(c < 1 for c in chans):
            raise ValueError(f"channels must be a non-empty list of positive widths, got {list(channels)}")
        if int(kernel_size) not in (3, 5):
            raise ValueError(f"kernel_size must be 3 or 5, got {kernel_size}")
        if int(hidden) < 1 or int(num_labels) < 1:
            raise ValueError(f"hidden and num_labels must be positive, got {hidden} and {num_labels}")
        if not 0.0 <= float(dropout) < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {dropout}")
        side = int(image_size)
        for _ in channels:
            side //= 2
        if side < 1:
            raise ValueError(f"image_size {image_size} is too small for {len(channels)} pooling blocks")
        k = int(kernel_size)
        self.convs = nn.ModuleList(
            nn.Conv2d(a, b, kernel_size=k, padding=k // 2) for a, b in zip(chans[:-1], chans[1:])
        )
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(chans[-1] * side * side, int(hidden))
        self.dropout = nn.Dropout(float(dropout))
        self.classifier = nn.Linear(int(hidden), int(num_labels))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x
        for conv in self.convs:
            h = torch.relu(self.pool(conv(h)))  # == pool(relu(.)), on 4x fewer elements
        h = self.dropout(torch.relu(self.fc(h.flatten(1))))
        return self.classifier(h)
