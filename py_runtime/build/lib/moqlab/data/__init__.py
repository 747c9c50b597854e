"""The worker's data layer: Fashion-MNIST (IDX), GLUE (TSV) and your own files (CSV, TSV, JSON Lines,
Parquet), held in memory as tensors; text is encoded with the tokenizer the spec names.

``load_data(DataSpec(...), seed)`` is the one entry point. Importing this package reads nothing.
No sockets or wire types here: the server maps ``WorkerError`` to the wire.
"""

from __future__ import annotations

from ..errors import Code, WorkerError
from .base import DataSpec, DatasetName, DroppedRows, LoadedData, Metric, Split, TaskType

__all__ = [
    "DataSpec",
    "DatasetName",
    "DroppedRows",
    "LoadedData",
    "Metric",
    "Split",
    "TaskType",
    "load_data",
]


def load_data(spec: DataSpec, seed: int) -> LoadedData:
    """Load both splits of the data set ``spec`` names; random subsets are drawn with ``seed``. With
    ``spec.strict``, rows a reader dropped or repaired are an error instead of a warning."""
    data = _load(spec, seed)
    if spec.strict and data.dropped:
        first = data.dropped[0]
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"{first}; data.strict is on, so no row is {first.action.value}: fix the file, or turn data.strict off "
            "to train on the rest with a warning",
            path=first.path,
            first_at=first.first_at,
        )
    return data


def _load(spec: DataSpec, seed: int) -> LoadedData:
    name = (spec.name or "").strip().lower().replace("_", "-")
    if name == DatasetName.FASHION_MNIST.value:
        from .fashion_mnist import load_fashion_mnist

        return load_fashion_mnist(spec, seed)
    if name == DatasetName.GLUE.value:
        from .glue import load_glue

        return load_glue(spec, seed)
    if name == DatasetName.FILES.value:
        from .files import load_files

        return load_files(spec, seed)
    valid = ", ".join(d.value for d in DatasetName)
    raise WorkerError(
        Code.INVALID_ARGUMENT,
        f"Unknown data set {spec.name!r}: set data.name to one of {valid} "
        "(for a GLUE task, data.name is 'glue' and data.task names the task; for your own files, 'files').",
        field="data.name",
        value=spec.name,
    )
