"""Example user model factories for moqlab.

A factory is any function that returns a ``torch.nn.Module``. Name it as ``module:function``
(here ``my_models:wide_mlp``) and put this directory on the model spec's python path
(``python_path: ["examples/user_models"]``); its keyword arguments come from the model kwargs.

The controller passes ``num_labels`` from the data set; the model is called as ``model(**inputs)``,
so ``forward`` takes the batch's input names (Fashion-MNIST: ``x``, float32 (B, 1, 28, 28); GLUE text:
``input_ids``, ``attention_mask``, ``token_type_ids``) and returns logits (B, num_labels).

Quantization (MoQ) rewrites the >=2-D weights of ``nn.Linear``/``nn.Conv*d``/``nn.Embedding`` modules,
so build models from those and they quantize without any extra code.
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
