"""Models the worker can build: built-ins (mlp, cnn, tiny-bert), pretrained Hugging Face checkpoints
(``hf:<dir>``, the packaged ``minilm``) when ``transformers`` is importable, and user factories
``package.module:function``. Every model is called as ``model(**inputs)``."""

from .factory import BUILTIN, FACTORY_SYNTAX, Builtin, build_model, factory_accepts, logits_of
from .hf import source_of as checkpoint_of
from .summary import summarize_model

__all__ = ["BUILTIN", "Builtin", "FACTORY_SYNTAX", "build_model", "checkpoint_of", "factory_accepts", "logits_of", "summarize_model"]
