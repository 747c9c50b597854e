"""moqlab worker: executes training, evaluation and export commands sent by the moqlab controller."""

__version__ = "0.1.0"
