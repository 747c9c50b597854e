"""moqlab worker: executes training, evaluation and export commands sent by the moqlab controller.

`moqlab.load_quantized(model, dir)` loads a packed export (docs/EXPORT.md) into a model built from
the same spec. It is resolved lazily so that importing the package never imports torch (the worker
answers its handshake without it).
"""

__version__ = "0.1.0"


def __getattr__(name: str):
    if name == "load_quantized":
        from .export import load_quantized

        return load_quantized
    raise AttributeError(f"module 'moqlab' has no attribute {name!r}")
