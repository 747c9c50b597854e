"""Example user model factories for moqlab.

A factory is any function that returns a ``torch.nn.Module``. Name it as ``module:function``
(here ``my_models:wide_mlp``) and put this directory on the model spec's python path
(``python_path: ["examples/user_models"]``); its keyword arguments come from the model kwargs.

The controller passes ``num_labels`` from the data set; the model is called as ``model(**inputs)``,
so ``forward`` takes the batch's input names (Fashion-MNIST: ``x``, float32 (B, 1, 28, 28); GLUE text:
``input_ids``, ``attention_mask``, ``token_type_ids``) and returns logits (B, num_labels).

Quantization (MoQ) rewrites every trainable tensor of 2 or more dimensions, whatever module owns it
(Linear, Conv and Embedding weights, RNN gates, ``nn.MultiheadAttention.in_proj_weight``, your own
``nn.Parameter`` matrices), so models quantize without any extra code; ``moqlab plan`` lists every
tensor left out and why.
"""

from __future__ import annotations

import torch
from torch import nn


class WideMLP(nn.Module):
    """One wide hidden layer: flatten → ``fc`` → ReLU → Dropout → ``classifier``."""

    def __init__(self, hidden: int = 512, num_labels: int = 10, in_features: int = 784, dropout: float = 0.1) -> None:
        super().__init__()
        self.fc = nn.Linear(in_features, hidden)
        self.dropout = nn.Dropout(dropout)
        self.classifier = nn.Linear(hidden, num_labels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.dropout(torch.relu(self.fc(x.flatten(1)))))


def wide_mlp(hidden: int = 512, num_labels: int = 10) -> nn.Module:
    """A one-hidden-layer MLP for Fashion-MNIST's ``x`` (784 inputs)."""
    return WideMLP(hidden=hidden, num_labels=num_labels)


class RowSequence(nn.Module):
    """An image read as a sequence of its rows: ``rnn`` (a GRU) → ``encoder`` (a Transformer layer,
    whose Q/K/V live in one ``in_proj_weight``) → mean over rows → ``classifier``."""

    def __init__(self, hidden: int = 64, num_labels: int = 10, width: int = 28, heads: int = 4) -> None:
        super().__init__()
        self.rnn = nn.GRU(width, hidden, batch_first=True)
        self.encoder = nn.TransformerEncoderLayer(hidden, heads, dim_feedforward=2 * hidden, dropout=0.0, batch_first=True)
        self.classifier = nn.Linear(hidden, num_labels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        rows, _ = self.rnn(x.flatten(1, 2))  # (B, 1, H, W) -> (B, H, W): H steps of W features
        return self.classifier(self.encoder(rows).mean(dim=1))


def row_sequence(hidden: int = 64, num_labels: int = 10) -> nn.Module:
    """A GRU + Transformer-layer classifier for Fashion-MNIST's ``x`` (28 rows of 28 pixels)."""
    return RowSequence(hidden=hidden, num_labels=num_labels)
