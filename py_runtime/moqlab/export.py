"""Packed export of a trained model: ``model.safetensors`` + ``manifest.json`` (spec/kernels.md; docs/EXPORT.md).

What is written, for a model and the list of its quantized tensors (:class:`TensorExport`):

- **Quantized tensors at 1..8 bits** are packed (:mod:`moqlab.kernels.pack` has the bit layout). For a
  parameter ``P`` (``<module>.weight``; the prefix ``<module>`` is ``P`` without ``.weight``, or ``P``
  itself when it is named otherwise) the file holds ``<module>.qweight`` (uint8, ``(out, ceil(in/k))``),
  ``<module>.scales`` (one Δ per group, ``scale_dtype``) and, asymmetric only, ``<module>.zeros``
  (uint8, or float32 when a zero point leaves [0, 255]); a GRU's ``rnn.weight_ih_l0`` becomes
  ``rnn.weight_ih_l0.qweight`` and so on. ``x̂ = (u − z)·Δ`` in fp32, cast to the
  original dtype; symmetric codes have the implicit ``z = 2^(w−1)`` (128 / 8 / 2 for int8 / int4 /
  int2 containers).
- **Quantized tensors above 8 bits** are stored dense as their fake-quantized value ``Q_b(W)`` in
  ``dtype`` (fp16 or bf16; the manifest says which).
- **Everything else in the state dict** (biases, norms, unquantized weights, persistent buffers) is
  stored under its own name, floating tensors cast to ``dtype``, others as they are. A tensor that
  shares storage with another (tied weights) is stored once and listed as an alias.

The scales are the training-time grid: export calls :func:`moqlab.quant.quantize` on the fp32
master cast to the working dtype (the parameter's dtype in ``model``) with the tensor's bits and
options, exactly as the trainer's last rewrite did; nothing is re-derived from fake-quantized
weights. With ``scale_dtype=torch.float32``, dequantizing the export reproduces ``fake_quantize``
bit for bit; fp16/bf16 scales (what the kernels read) round Δ once (relative error ≤ 2^-11 / 2^-8
while Δ is a normal number), which the manifest records per tensor (``scale_rounding``) and
:func:`parity` measures end to end.

Stochastic rounding: the codes of the trainer's last rewrite depend on its generator. Pass the same
one as ``TensorExport.generator``: ``moqlab.quant.stochastic_generator(run_seed, n, param_index,
device)`` with ``n`` the quantized-step counter of that rewrite and ``param_index`` the tensor's
``QuantSpec.index``, on the masters' device type (CPU and CUDA streams differ). Quantization runs on
the master's device.

The container is safetensors, written and read here without the ``safetensors`` package (8-byte
little-endian header length, JSON header with ``dtype``/``shape``/``data_offsets`` and
``__metadata__``, padded with spaces to a multiple of 8 bytes, then the little-endian buffers in
order, largest element size first). No pickle anywhere. Plain Python + torch.
"""

from __future__ import annotations

import ctypes
import dataclasses
import difflib
import enum
import hashlib
import json
import math
import mmap
import os
import struct
import sys

from typing import Any, Callable, Iterable, Mapping, Sequence

import torch
from torch import nn
from torch.nn.utils import parametrize

from . import __version__
from .errors import Code, WorkerError
from .fileio import atomic_write
from .memory import BuiltModel, MemoryReport
from .kernels import DenseWeight, PackedModule, PackedWeight, QuantLinear, dequantize_packed, pack_quantized
from .kernels.quant_modules import (
    QuantConv,
    QuantEmbedding,
    QuantParameter,
    attach_parameter,
    conv_supported,
    embedding_supported,
    parameter_supported,
)
from .kernels.pack import WIDTHS
from .quant import (
    PER_TENSOR, GroupLayout, LayoutKind, QuantScheme, check_scheme, dequantize, fake_quantize, quantization_error, quantize,
)

FORMAT = "moqlab.packed"
FORMAT_VERSION = 1
WEIGHTS_FILE = "model.safetensors"
MANIFEST_FILE = "manifest.json"

_ST_DTYPES: dict[torch.dtype, str] = {
    torch.float64: "F64",
    torch.float32: "F32",
    torch.float16: "F16",
    torch.bfloat16: "BF16",
    torch.int64: "I64",
    torch.int32: "I32",
    torch.int16: "I16",
    torch.int8: "I8",
    torch.uint8: "U8",
    torch.bool: "BOOL",
}
_FROM_ST: dict[str, torch.dtype] = {v: k for k, v in _ST_DTYPES.items()}
_DTYPE_NAMES: dict[torch.dtype, str] = {
    torch.float64: "float64",
    torch.float32: "float32",
    torch.float16: "float16",
    torch.bfloat16: "bfloat16",
    torch.int64: "int64",
    torch.int32: "int32",
    torch.int16: "int16",
    torch.int8: "int8",
    torch.uint8: "uint8",
    torch.bool: "bool",
}
_FROM_NAME: dict[str, torch.dtype] = {v: k for k, v in _DTYPE_NAMES.items()}
_EXPORT_DTYPES = (torch.float16, torch.bfloat16, torch.float32)
_MAX_HEADER = 100 * 1024 * 1024  # safetensors' own limit


# ------------------------------------------------------------------------------------------ requests
@dataclasses.dataclass
class TensorExport:
    """One quantized tensor: its parameter name (as in ``model.named_parameters()``), the bits it ended
    training with and the scheme it was trained with (the trainer's ``QuantSpec.scheme``).

    ``generator`` is needed for stochastic rounding only (module docstring)."""

    name: str
    bits: int
    scheme: QuantScheme = PER_TENSOR
    generator: torch.Generator | None = None


# ------------------------------------------------------------------------------------------ safetensors
def _check_host() -> None:
    if sys.byteorder != "little":
        raise WorkerError(Code.UNIMPLEMENTED, "safetensors buffers are little-endian; this host is big-endian")


def _tensor_bytes(t: torch.Tensor) -> bytes:
    t = t.detach().to("cpu").contiguous()
    if t.numel() == 0:
        return b""
    u8 = t.reshape(-1).view(torch.uint8)
    return ctypes.string_at(u8.data_ptr(), u8.numel())


def _safetensors_header(tensors: Mapping[str, torch.Tensor], metadata: Mapping[str, str]) -> tuple[bytes, list[str]]:
    order = sorted(tensors, key=lambda k: (-tensors[k].element_size(), k))
    header: dict[str, Any] = {"__metadata__": {str(k): str(v) for k, v in metadata.items()}}
    offset = 0
    for name in order:
        t = tensors[name]
        if t.dtype not in _ST_DTYPES:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"tensor {name!r} has dtype {t.dtype}, which safetensors cannot hold",
                tensor=name,
            )
        size = t.numel() * t.element_size()
        header[name] = {"dtype": _ST_DTYPES[t.dtype], "shape": [int(s) for s in t.shape], "data_offsets": [offset, offset + size]}
        offset += size
    raw = json.dumps(header, separators=(",", ":")).encode("utf-8")
    raw += b" " * (-len(raw) % 8)
    return raw, order


def write_safetensors(path: str, tensors: Mapping[str, torch.Tensor], metadata: Mapping[str, str] | None = None) -> tuple[int, str]:
    """Write ``tensors`` to ``path`` atomically in the safetensors format; returns (bytes, sha256 hex)."""
    _check_host()
    header, order = _safetensors_header(tensors, metadata or {})
    digest = hashlib.sha256()
    with atomic_write(path) as f:
        for chunk in (struct.pack("<Q", len(header)), header):
            f.write(chunk)
            digest.update(chunk)
        for name in order:
            chunk = _tensor_bytes(tensors[name])
            f.write(chunk)
            digest.update(chunk)
    return os.path.getsize(path), digest.hexdigest()


def read_safetensors(path: str) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    """Read a safetensors file (any writer's) into CPU tensors; returns (tensors, ``__metadata__``)."""
    _check_host()

    def bad(msg: str) -> WorkerError:
        return WorkerError(
            Code.INVALID_ARGUMENT,
            f"{path!r} is not a valid safetensors file: {msg}; export the model again",
            path=path,
        )

    with open(path, "rb") as f:
        try:
            data: Any = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            data = b""
    try:
        return _parse_safetensors(data, bad)
    finally:
        if isinstance(data, mmap.mmap):
            data.close()


def _parse_safetensors(data: Any, bad: Any) -> tuple[dict[str, torch.Tensor], dict[str, str]]:
    if len(data) < 8:
        raise bad(f"it has {len(data)} bytes, fewer than the 8-byte header length")
    (n,) = struct.unpack("<Q", data[:8])
    if n > _MAX_HEADER or 8 + n > len(data):
        raise bad(f"header length {n} does not fit the file of {len(data)} bytes")
    try:
        header = json.loads(data[8 : 8 + n].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise bad(f"its header is not JSON ({exc})") from None
    if not isinstance(header, dict):
        raise bad("its header is not a JSON object")
    metadata = header.pop("__metadata__", None) or {}
    base = 8 + n
    out: dict[str, torch.Tensor] = {}
    spans = []
    for name, info in header.items():
        try:
            dtype = _FROM_ST[info["dtype"]]
            shape = [int(s) for s in info["shape"]]
            begin, end = (int(v) for v in info["data_offsets"])
        except (KeyError, TypeError, ValueError):
            raise bad(f"tensor {name!r} has a malformed entry {info!r}") from None
        itemsize = torch.empty((), dtype=dtype).element_size()
        if end - begin != math.prod(shape) * itemsize or begin < 0 or base + end > len(data):
            raise bad(f"tensor {name!r}: offsets {[begin, end]} do not fit shape {shape} of {info['dtype']}")
        spans.append((begin, end))
        if end == begin:
            out[name] = torch.empty(shape, dtype=dtype)
        else:
            out[name] = torch.frombuffer(bytearray(data[base + begin : base + end]), dtype=dtype).reshape(shape)
    spans.sort()
    position = 0
    for begin, end in spans:
        if begin != position:
            raise bad(f"the data buffers are not contiguous at byte {position}")
        position = end
    if base + position != len(data):
        raise bad(f"the buffers end at byte {base + position}, the file has {len(data)}")
    return out, {str(k): str(v) for k, v in metadata.items()}


# ------------------------------------------------------------------------------------------ helpers
def _dtype_name(dtype: torch.dtype) -> str:
    return _DTYPE_NAMES.get(dtype, str(dtype).replace("torch.", ""))


def _dtype_from(name: str, where: str) -> torch.dtype:
    try:
        return _FROM_NAME[name]
    except KeyError:
        raise WorkerError(Code.INVALID_ARGUMENT, f"{where}: unknown dtype {name!r}") from None


def _suggest(name: str, candidates: Iterable[str]) -> str:
    close = difflib.get_close_matches(name, list(candidates), n=3)
    return f"; did you mean {close}?" if close else ""


def _prefix(param: str) -> str:
    return param[: -len(".weight")] if param.endswith(".weight") else param


def _module_of(param: str) -> tuple[str, str]:
    module, _, attr = param.rpartition(".")
    return module, attr


class LoadAs(str, enum.Enum):
    """What :func:`load_quantized` makes of a packed tensor: the manifest's ``load_as``."""

    QUANT_LINEAR = "quant_linear"  # the module becomes a QuantLinear that keeps the packed codes
    QUANT_EMBEDDING = "quant_embedding"  # a QuantEmbedding: rows dequantized on lookup
    QUANT_CONV = "quant_conv"  # a QuantConv: the weight dequantized for each call (or once, kept)
    QUANT_PARAMETER = "quant_parameter"  # a QuantParameter parametrization: dequantized on each access
    DEQUANTIZED = "dequantized"  # dequantized once, into the module's own parameter


#: The module that replaces a packed tensor's module, for each way of loading it that keeps it packed.
_PACKED_MODULES: dict[LoadAs, type[PackedModule]] = {
    LoadAs.QUANT_LINEAR: QuantLinear, LoadAs.QUANT_EMBEDDING: QuantEmbedding, LoadAs.QUANT_CONV: QuantConv,
}


def _load_as(module: nn.Module | None, attr: str, pw: PackedWeight) -> LoadAs:
    """The ``weight`` of a plain ``nn.Linear``, ``nn.Embedding`` (without ``max_norm``, groups within or
    across whole rows) or zero-padded ``nn.Conv1d/2d/3d`` (exact classes: a subclass's forward may differ)
    is replaced with its module by one that reads the packed weight. Any other packed parameter (RNN gates
    such as ``weight_ih_l0``, ``nn.MultiheadAttention.in_proj_weight``, a Linear subclass's weight, a
    custom module's parameter) is read directly by its module's forward: it stays packed behind a
    parametrization that dequantizes it on each access. Only a tensor of the root module itself, or one
    that is already parametrized, is dequantized once into the parameter."""
    if module is None:
        return LoadAs.DEQUANTIZED
    if attr == "weight":
        if type(module) is nn.Linear:
            return LoadAs.QUANT_LINEAR
        if embedding_supported(module, pw):
            return LoadAs.QUANT_EMBEDDING
        if conv_supported(module):
            return LoadAs.QUANT_CONV
    return LoadAs.QUANT_PARAMETER if parameter_supported(module, attr) else LoadAs.DEQUANTIZED


def _storage_key(t: torch.Tensor) -> tuple | None:
    if t.numel() == 0:
        return None
    return (t.device.type, t.device.index, t.data_ptr(), tuple(t.shape), t.stride(), t.dtype)


def _nbytes(t: torch.Tensor) -> int:
    return t.numel() * t.element_size()


def _fp16_bytes(t: torch.Tensor) -> int:
    return t.numel() * 2 if t.is_floating_point() else _nbytes(t)


def _scale_check(name: str, qt: Any, pw: PackedWeight, scale_dtype: torch.dtype) -> dict[str, float]:
    """The effect of rounding Δ to ``scale_dtype``: error stats; an error when a scale overflows or
    underflows to 0 in a group that has nonzero values."""
    if scale_dtype == torch.float32:
        return {"max_abs": 0.0, "rel_mse": 0.0}
    exact = dequantize(qt).to(torch.float32)
    groups = pw.layout.num_groups(pw.shape)
    cast = pw.scales.reshape(groups)
    orig = qt.scales.reshape(groups).to(cast.device)
    finite = torch.isfinite(orig)
    overflow = finite & ~torch.isfinite(cast)
    underflow = (cast == 0) & (orig != 0) & (exact.reshape(groups, -1).to(cast.device).abs().amax(dim=1) > 0)
    for what, mask in (("overflow", overflow), ("underflow to 0", underflow)):
        count = int(mask.sum())
        if count:
            raise WorkerError(
                Code.FAILED_PRECONDITION,
                f"tensor {name!r}: {count} of {groups} scales {what} in {_dtype_name(scale_dtype)} (|Δ| range "
                f"{float(orig.abs().min()):.3g}..{float(orig.abs().max()):.3g}); export with scale_dtype "
                "bfloat16 (fp32's range) or float32",
                tensor=name,
            )
    err = quantization_error(exact, dequantize_packed(pw, torch.float32).to(exact.device))
    return {k: (err[k] if math.isfinite(err[k]) else None) for k in ("max_abs", "rel_mse")}


def _resolve_requests(
    model: nn.Module,
    state: Mapping[str, torch.Tensor],
    masters: Mapping[str, torch.Tensor],
    tensors: Sequence[TensorExport],
) -> dict[str, TensorExport]:
    params = dict(model.named_parameters())
    requests: dict[str, TensorExport] = {}
    for te in tensors:
        if not isinstance(te, TensorExport):
            raise WorkerError(Code.INVALID_ARGUMENT, f"tensors must be TensorExport entries, got {type(te).__name__}")
        name = te.name
        if name in requests:
            raise WorkerError(Code.INVALID_ARGUMENT, f"tensor {name!r} is listed twice for export", tensor=name)
        if name not in params:
            hint = _suggest(name, params)
            if name in state:
                hint = "; it is a buffer, and only parameters are quantized"
            elif name + ".weight" in params:
                hint = f"; name the parameter, {name + '.weight'!r}, not the module"
            raise WorkerError(
                Code.NOT_FOUND,
                f"tensor {name!r} to export is not a parameter of the model{hint}",
                tensor=name,
            )
        if name not in masters:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"no master weight for {name!r}: pass the trainer's fp32 masters (Trainer.master_weights())",
                tensor=name,
            )
        master = masters[name]
        if not isinstance(master, torch.Tensor) or tuple(master.shape) != tuple(params[name].shape):
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"the master of {name!r} has shape {tuple(getattr(master, 'shape', ()))}, the parameter "
                f"{tuple(params[name].shape)}; the masters come from another model",
                tensor=name,
            )
        try:
            check_scheme(te.scheme).params(te.bits)
            te.scheme.layout.check(master.shape, name=name)
        except WorkerError as exc:
            raise WorkerError(exc.code, f"tensor {name!r}: {exc.message}", tensor=name) from None
        if te.bits <= 8 and master.ndim < 2:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"tensor {name!r} has shape {tuple(master.shape)}: only tensors of 2 or more dimensions are packed",
                tensor=name,
            )
        requests[name] = te
    return requests


# ------------------------------------------------------------------------------------------ export
def export_packed(
    model: nn.Module,
    masters: Mapping[str, torch.Tensor],
    tensors: Sequence[TensorExport],
    out_dir: str,
    *,
    dtype: torch.dtype = torch.float16,
    scale_dtype: torch.dtype | None = None,
    model_spec: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Write ``out_dir/model.safetensors`` and ``out_dir/manifest.json`` (module docstring).

    - ``masters``: the fp32 master of each tensor in ``tensors`` (``Trainer.master_weights()``); the
      working dtype is the parameter's dtype in ``model``.
    - ``dtype``: fp16 or bf16 for dense tensors (fp32 keeps everything lossless).
    - ``scale_dtype``: the scales' dtype (default ``dtype``); fp32 makes the export bit-exact.
    - ``model_spec``: JSON-serializable description of the model (e.g. ``{"name": "mlp", "kwargs": {}}``),
      stored in the manifest.

    Returns ``{"bytes", "weights_bytes", "manifest_bytes", "fp16_bytes", "ratio", "tensors": [...]}``:
    file sizes, the size of the same state dict all in fp16 and, per stored state-dict entry, its
    kind, bits, packing, bytes and fp16 bytes.
    """
    if not isinstance(model, nn.Module):
        raise WorkerError(Code.INVALID_ARGUMENT, f"model must be a torch.nn.Module, got {type(model).__name__}")
    for key, value in (("dtype", dtype), ("scale_dtype", scale_dtype or dtype)):
        if value not in _EXPORT_DTYPES:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"{key} must be torch.float16, torch.bfloat16 or torch.float32, got {value}",
                field=key,
            )
    scale_dtype = scale_dtype or dtype
    try:
        spec_json = json.loads(json.dumps(dict(model_spec) if model_spec is not None else None))
    except (TypeError, ValueError) as exc:
        raise WorkerError(Code.INVALID_ARGUMENT, f"model_spec is not JSON-serializable: {exc}") from None

    state = model.state_dict()
    requests = _resolve_requests(model, state, masters, tensors)
    modules = dict(model.named_modules())

    # Tied tensors: one primary per storage (a quantized one if any), the others alias it.
    by_storage: dict[tuple, list[str]] = {}
    for key, t in state.items():
        sk = _storage_key(t)
        if sk is not None:
            by_storage.setdefault(sk, []).append(key)
    alias_of: dict[str, str] = {}
    for names in by_storage.values():
        if len(names) > 1:
            quantized = [n for n in names if n in requests]
            if len(quantized) > 1:
                raise WorkerError(
                    Code.INVALID_ARGUMENT,
                    f"tensors {quantized} are the same (tied) tensor; list it once for export",
                    tensors=quantized,
                )
            primary = quantized[0] if quantized else names[0]
            alias_of.update({n: primary for n in names if n != primary})

    file_tensors: dict[str, torch.Tensor] = {}
    entries: dict[str, dict[str, Any]] = {}
    report: list[dict[str, Any]] = []

    def put(key: str, t: torch.Tensor, owner: str) -> None:
        if key in file_tensors:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"the export of {owner!r} would write {key!r}, which another tensor already uses; rename the parameter",
                tensor=owner,
            )
        file_tensors[key] = t.detach().to("cpu").contiguous()

    reserved = {f"{_prefix(n)}.{suffix}" for n in requests if requests[n].bits <= 8 for suffix in ("qweight", "scales", "zeros")}
    for key, t in state.items():
        fp16 = _fp16_bytes(t)
        if key in alias_of:
            entries[key] = {"kind": "alias", "of": alias_of[key], "shape": list(t.shape), "dtype": _dtype_name(t.dtype)}
            report.append({"name": key, "kind": "alias", "bits": None, "packing": None, "bytes": 0, "fp16_bytes": 0})
            continue
        te = requests.get(key)
        if te is None:
            if key in reserved:
                raise WorkerError(
                    Code.INVALID_ARGUMENT,
                    f"state-dict entry {key!r} has the name export gives a packed tensor's part; rename it",
                    tensor=key,
                )
            stored = t.detach().to(dtype) if t.is_floating_point() else t.detach()
            put(key, stored, key)
            entries[key] = {
                "kind": "dense", "tensor": key, "shape": list(t.shape), "dtype": _dtype_name(stored.dtype),
                "original_dtype": _dtype_name(t.dtype), "bits": None, "bytes": _nbytes(stored),
            }
            report.append({"name": key, "kind": "dense", "bits": None, "packing": None, "bytes": _nbytes(stored), "fp16_bytes": fp16})
            continue

        working_dtype = t.dtype
        master = masters[key].detach()
        w = master.to(dtype=working_dtype)  # W = master cast to the working dtype (SEMANTICS.md §5)
        module_name, attr = _module_of(key)
        module = modules.get(module_name)
        common = {
            "module": module_name, "module_type": type(module).__module__ + "." + type(module).__qualname__,
            "bits": te.bits, "symmetric": te.scheme.symmetric, "grid": te.scheme.grid.value,
            "rounding": te.scheme.rounding.value,
            "shape": list(t.shape), "dtype": _dtype_name(working_dtype),
            "trained_layout": {"groups": te.scheme.groups, "group_size": te.scheme.group_size},
        }
        if te.bits > 8:
            stored = fake_quantize(w, te.bits, te.scheme, generator=te.generator).to(dtype)
            put(key, stored, key)
            note = (f"kept {_dtype_name(dtype)}: {te.bits}-bit codes do not fit an int8 container, and the {te.bits}-bit "
                    "training grid has no exact 8-bit form")
            entries[key] = {"kind": "dense", "tensor": key, **common, "dtype": _dtype_name(dtype),
                            "original_dtype": _dtype_name(working_dtype), "bytes": _nbytes(stored), "note": note}
            report.append({"name": key, "kind": "dense", "bits": te.bits, "packing": None, "bytes": _nbytes(stored),
                           "fp16_bytes": fp16, "note": note})
            continue

        qt = quantize(w, te.bits, te.scheme, generator=te.generator)
        pw = pack_quantized(qt, scale_dtype)
        scale_rounding = _scale_check(key, qt, pw, scale_dtype)
        pw = pw.to("cpu")
        prefix = _prefix(key)
        names = {"qweight": f"{prefix}.qweight", "scales": f"{prefix}.scales"}
        put(names["qweight"], pw.qweight, key)
        put(names["scales"], pw.scales, key)
        if pw.zeros is not None:
            names["zeros"] = f"{prefix}.zeros"
            put(names["zeros"], pw.zeros, key)
        layout = pw.layout
        load_as = _load_as(module if module_name else None, attr, pw)
        note = {
            LoadAs.QUANT_PARAMETER: f"the forward of {type(module).__name__} reads {attr!r} itself: kept packed, dequantized "
                                    "on each access (load with dense='cached' to keep the dequantized copy)",
            LoadAs.DEQUANTIZED: "dequantized at load: a parameter of the root module or an already parametrized one",
        }.get(load_as, "")
        if pw.bits < pw.width:  # the containers are what the kernels read; say what the spare bits cost
            note = "; ".join(filter(None, [
                f"{pw.bits}-bit codes stored in the {pw.width}-bit {pw.packing} container "
                f"({pw.width / pw.bits:.2f}× the bits the codes need)", note]))
        entries[key] = {
            "kind": "packed", **common, "load_as": load_as.value, "note": note,
            "scheme": pw.levels.value, "packing": pw.packing, "codes_per_byte": pw.codes_per_byte,
            "out_features": pw.out_features, "in_features": pw.in_features,
            "layout": layout.kind.value,
            "group_size": layout.size if layout.kind is LayoutKind.GROUP_SIZE else None,
            "groups": layout.size if layout.kind is LayoutKind.GROUPS else None,
            "num_groups": layout.num_groups(pw.shape),
            "zero_point": pw.zero_point,
            "scale_dtype": _dtype_name(pw.scales.dtype),
            "zeros_dtype": None if pw.zeros is None else _dtype_name(pw.zeros.dtype),
            "tensors": names, "bytes": pw.nbytes(), "scale_rounding": scale_rounding,
        }
        report.append({"name": key, "kind": "packed", "bits": te.bits, "packing": pw.packing, "bytes": pw.nbytes(),
                       "fp16_bytes": fp16, "note": note})

    for r in report:
        r["bits_per_weight"] = None if not r["fp16_bytes"] else 16.0 * r["bytes"] / r["fp16_bytes"]

    fp16_bytes = sum(r["fp16_bytes"] for r in report)
    os.makedirs(out_dir, exist_ok=True)
    manifest_path = os.path.join(out_dir, MANIFEST_FILE)
    if os.path.exists(manifest_path):
        os.unlink(manifest_path)  # an interrupted export leaves no manifest that describes other weights
    metadata = {"format": FORMAT, "format_version": str(FORMAT_VERSION), "moqlab_version": __version__}
    weights_bytes, sha256 = write_safetensors(os.path.join(out_dir, WEIGHTS_FILE), file_tensors, metadata)
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "moqlab_version": __version__,
        "torch_version": torch.__version__,
        "model": spec_json,
        "weights_file": WEIGHTS_FILE,
        "weights_bytes": weights_bytes,
        "weights_sha256": sha256,
        "dtype": _dtype_name(dtype),
        "scale_dtype": _dtype_name(scale_dtype),
        "fp16_bytes": fp16_bytes,
        "quantized": [k for k in state if k in requests],
        "tensors": entries,
    }
    text = json.dumps(manifest, indent=1, allow_nan=False) + "\n"
    with atomic_write(manifest_path) as f:
        f.write(text.encode("utf-8"))
    manifest_bytes = os.path.getsize(manifest_path)
    total = weights_bytes + manifest_bytes
    return {
        "bytes": total,
        "weights_bytes": weights_bytes,
        "manifest_bytes": manifest_bytes,
        "fp16_bytes": fp16_bytes,
        "ratio": total / fp16_bytes if fp16_bytes else None,
        "out_dir": os.path.abspath(out_dir),
        "tensors": report,
    }


# ------------------------------------------------------------------------------------------ reading
def read_packed(out_dir: str, *, verify: bool = False) -> tuple[dict[str, Any], dict[str, torch.Tensor]]:
    """The manifest and the file's tensors (CPU). Checks that the export is complete and consistent;
    ``verify=True`` also checks the weights file's SHA-256."""
    if not os.path.isdir(out_dir):
        raise WorkerError(Code.NOT_FOUND, f"export directory {out_dir!r} does not exist", path=out_dir)
    manifest_path = os.path.join(out_dir, MANIFEST_FILE)
    if not os.path.isfile(manifest_path):
        raise WorkerError(
            Code.NOT_FOUND,
            f"{out_dir!r} has no {MANIFEST_FILE}: it is not a moqlab export, or the export did not finish; export again",
            path=out_dir,
        )
    try:
        with open(manifest_path, encoding="utf-8") as f:
            manifest = json.load(f)
    except (OSError, ValueError) as exc:
        raise WorkerError(Code.INVALID_ARGUMENT, f"{manifest_path!r} is not readable JSON: {exc}; export again", path=manifest_path) from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise WorkerError(Code.INVALID_ARGUMENT, f"{manifest_path!r} is not a moqlab packed-export manifest (format {FORMAT!r})", path=manifest_path)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise WorkerError(
            Code.FAILED_PRECONDITION,
            f"{manifest_path!r} has format version {manifest.get('format_version')}; this moqlab reads version {FORMAT_VERSION}",
            path=manifest_path,
        )
    weights_path = os.path.join(out_dir, manifest.get("weights_file", WEIGHTS_FILE))
    if not os.path.isfile(weights_path):
        raise WorkerError(
            Code.NOT_FOUND,
            f"{weights_path!r} is missing (the manifest refers to it); copy the whole export directory or export again",
            path=weights_path,
        )
    size = os.path.getsize(weights_path)
    if size != manifest.get("weights_bytes"):
        raise WorkerError(
            Code.FAILED_PRECONDITION,
            f"{weights_path!r} has {size} bytes, the manifest says {manifest.get('weights_bytes')}: the files are from "
            "different exports or truncated; export again",
            path=weights_path,
        )
    if verify:
        digest = hashlib.sha256()
        with open(weights_path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        if digest.hexdigest() != manifest.get("weights_sha256"):
            raise WorkerError(Code.FAILED_PRECONDITION, f"{weights_path!r} does not match the manifest's SHA-256; export again", path=weights_path)
    tensors, _ = read_safetensors(weights_path)
    for key, entry in manifest.get("tensors", {}).items():
        for part in _file_parts(entry):
            if part not in tensors:
                raise WorkerError(
                    Code.INVALID_ARGUMENT,
                    f"the export's weights file has no tensor {part!r} (part of {key!r}); export again",
                    tensor=part,
                )
    return manifest, tensors


def _file_parts(entry: Mapping[str, Any]) -> list[str]:
    if entry.get("kind") == "packed":
        return list(entry["tensors"].values())
    if entry.get("kind") == "dense":
        return [entry["tensor"]]
    return []


def packed_weight(entry: Mapping[str, Any], tensors: Mapping[str, torch.Tensor], name: str = "weight") -> PackedWeight:
    """The :class:`PackedWeight` a manifest entry of kind ``packed`` describes (validated)."""
    if entry.get("kind") != "packed":
        raise WorkerError(Code.INVALID_ARGUMENT, f"{name!r} is a {entry.get('kind')} entry, not a packed one", tensor=name)
    layout = GroupLayout.of(entry.get("groups"), entry.get("group_size"))
    parts = entry["tensors"]
    pw = PackedWeight(
        qweight=tensors[parts["qweight"]],
        scales=tensors[parts["scales"]],
        zeros=tensors[parts["zeros"]] if "zeros" in parts else None,
        bits=int(entry["bits"]),
        symmetric=bool(entry["symmetric"]),
        layout=layout,
        shape=tuple(int(s) for s in entry["shape"]),
        dtype=_dtype_from(entry["dtype"], f"manifest entry {name!r}"),
    )
    if pw.packing != entry.get("packing") or WIDTHS.get(entry.get("packing", "")) is None:
        raise WorkerError(Code.INVALID_ARGUMENT, f"manifest entry {name!r}: packing {entry.get('packing')!r} does not match {pw.bits} bits ({pw.packing})", tensor=name)
    pw.validate(name)
    return pw


def packed_weights(manifest: Mapping[str, Any], tensors: Mapping[str, torch.Tensor]) -> dict[str, PackedWeight]:
    """Every packed tensor of an export, by parameter name."""
    return {k: packed_weight(e, tensors, k) for k, e in manifest["tensors"].items() if e.get("kind") == "packed"}


def dequantized_state_dict(manifest: Mapping[str, Any], tensors: Mapping[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """The full state dict of an export: packed tensors dequantized to their original dtype, dense ones
    as stored, aliases resolved (``model.load_state_dict`` can take it, for a model without QuantLinear)."""
    out: dict[str, torch.Tensor] = {}
    entries = manifest["tensors"]
    for key, entry in entries.items():
        if entry["kind"] == "packed":
            out[key] = dequantize_packed(packed_weight(entry, tensors, key))
        elif entry["kind"] == "dense":
            out[key] = tensors[entry["tensor"]]
    for key, entry in entries.items():
        if entry["kind"] == "alias":
            out[key] = out[entry["of"]]
    return {k: out[k] for k in entries}


# ------------------------------------------------------------------------------------------ loading
def _set_module(model: nn.Module, name: str, new: nn.Module) -> None:
    parent_name, _, child = name.rpartition(".")
    parent = model.get_submodule(parent_name) if parent_name else model
    setattr(parent, child, new)


def _stored_bias(module_name: str, module: nn.Module, entries: Mapping[str, Any], tensors: Mapping[str, torch.Tensor]) -> torch.Tensor | None:
    """The module's bias as the export stored it (dense), cast to the module's bias, or None without one."""
    if module.bias is None:
        return None
    bias_key = f"{module_name}.bias"
    entry = entries[bias_key]
    if entry["kind"] != "dense":
        raise WorkerError(Code.INVALID_ARGUMENT, f"the bias {bias_key!r} of {module_name!r} is not stored dense", tensor=bias_key)
    return tensors[entry["tensor"]].to(device=module.bias.device, dtype=module.bias.dtype)


def load_quantized(
    model: nn.Module, out_dir: str, *, backend: str = "auto", dense: DenseWeight | str = DenseWeight.PER_CALL,
    report: Callable[[MemoryReport], Any] | None = None,
) -> nn.Module:
    """Load an export into ``model`` (built with the same spec) in place, and return it.

    - Each packed ``weight`` of a plain ``nn.Linear``, ``nn.Embedding`` or ``nn.Conv1d/2d/3d`` (exact classes)
      is replaced, module and all, by a :class:`~moqlab.kernels.QuantLinear`, ``QuantEmbedding`` or
      ``QuantConv`` under the same name holding the packed weight (and the bias, cast to the module's
      dtype); its forward has the same signature, and the weight stays packed in memory. ``dense``
      (``"per-call"`` or ``"cached"``: keep each layer's dequantized weight for its dense path, which
      makes large batches as fast as the dense module for a copy of the weights in memory) is set on every
      such layer, ``backend`` on every ``QuantLinear``.
    - Every other packed parameter (subclasses of those modules whose forward may differ, an embedding
      with ``max_norm``, RNN gates, ``nn.MultiheadAttention.in_proj_weight``, a custom module's parameter)
      stays packed behind a ``QuantParameter`` parametrization (``torch.nn.utils.parametrize``) that
      dequantizes it on each access (once, with ``dense="cached"``); only a parameter of the root module
      or one already parametrized is dequantized at load into the parameter itself. The manifest's
      ``load_as`` says which each packed tensor gets.
    - Dense tensors (and aliases) are copied into the model's parameters and buffers (cast to their
      dtype).

    ``report`` (e.g. ``print``) is called with a :class:`~moqlab.memory.MemoryReport`: the bytes the loaded
    model holds per tensor and in total (measured from its storages), against the model as built and its
    fp32 / fp16 sizes. Backends that re-lay weights out on their first call add to it then
    (``moqlab.memory.held_bytes`` measures again).

    Errors name the entry: a model whose state dict has keys the export lacks or the reverse, or
    whose shapes differ, was built with a different spec than the export's ``manifest["model"]``.
    """
    dense = DenseWeight.parse(dense)
    built = BuiltModel(model) if report is not None else None
    manifest, tensors = read_packed(out_dir)
    entries: dict[str, Any] = manifest["tensors"]
    state = model.state_dict()
    missing = [k for k in state if k not in entries]
    extra = [k for k in entries if k not in state]
    if missing or extra:
        raise WorkerError(
            Code.FAILED_PRECONDITION,
            f"the model does not match the export in {out_dir!r}: the export lacks {missing[:5]}"
            f"{' ...' if len(missing) > 5 else ''} and the model lacks {extra[:5]}{' ...' if len(extra) > 5 else ''}; "
            f"build the model the export describes (manifest model: {json.dumps(manifest.get('model'))})",
            missing=missing[:20],
            extra=extra[:20],
        )
    for key, entry in entries.items():
        if list(state[key].shape) != list(entry["shape"]):
            raise WorkerError(
                Code.FAILED_PRECONDITION,
                f"{key!r} has shape {tuple(state[key].shape)} in the model and {tuple(entry['shape'])} in the export; "
                f"build the model the export describes (manifest model: {json.dumps(manifest.get('model'))})",
                tensor=key,
            )
    modules = dict(model.named_modules())
    consumed: set[str] = set()
    replacements: list[tuple[str, PackedModule]] = []
    for key, entry in entries.items():
        if entry["kind"] != "packed":
            continue
        pw = packed_weight(entry, tensors, key)
        module_name, attr = _module_of(key)
        module = modules.get(module_name) if module_name else None
        target = state[key]
        how = _load_as(module, attr, pw)
        if how is LoadAs.DEQUANTIZED:
            with torch.no_grad():
                target.copy_(dequantize_packed(pw))
        elif how is LoadAs.QUANT_PARAMETER:
            attach_parameter(module, attr, pw.to(target.device), dense=dense)
        else:
            pw = pw.to(target.device)
            if how is LoadAs.QUANT_EMBEDDING:
                layer: PackedModule = QuantEmbedding.from_embedding(module, pw, dense=dense)
            else:
                bias = _stored_bias(module_name, module, entries, tensors)
                if bias is not None:
                    consumed.add(f"{module_name}.bias")
                if how is LoadAs.QUANT_LINEAR:
                    layer = QuantLinear.from_packed(pw, bias, backend=backend, dense=dense)
                else:
                    layer = QuantConv.from_conv(module, pw, bias, dense=dense)
            replacements.append((module_name, layer))
        consumed.add(key)
    with torch.no_grad():
        for key, entry in entries.items():
            if key in consumed:
                continue
            if entry["kind"] == "dense":
                state[key].copy_(tensors[entry["tensor"]])
            elif entry["kind"] == "alias":
                source = entries[entry["of"]]
                if source["kind"] == "dense":
                    state[key].copy_(tensors[source["tensor"]])
                else:  # tied to a packed tensor: the alias keeps a dense copy
                    state[key].copy_(dequantize_packed(packed_weight(source, tensors, entry["of"])))
    for module_name, layer in replacements:
        _set_module(model, module_name, layer)
    if built is not None and report is not None:
        report(built.report(model))
    return model


def loaded_form(model: nn.Module, key: str) -> str:
    """What a loaded model holds a state-dict entry of the export as: the class of the module that serves it
    (``QuantLinear``, ``QuantEmbedding``, ``QuantConv``, ``LayerNorm`` …), or ``QuantParameter`` for a
    parameter kept packed behind a parametrization."""
    module_name, attr = _module_of(key)
    module = model.get_submodule(module_name) if module_name else model
    if parametrize.is_parametrized(module, attr):
        return QuantParameter.__name__
    return type(module).__name__


# ------------------------------------------------------------------------------------------ parity
def _device_of(model: nn.Module) -> torch.device:
    for t in model.parameters():
        return t.device
    for t in model.buffers():
        return t.device
    return torch.device("cpu")


def parity(fake_model: nn.Module, packed_model: nn.Module, inputs: Mapping[str, torch.Tensor]) -> dict[str, float]:
    """Compare the fake-quantized model with the packed one on ``inputs`` (``model(**inputs)``), both in
    eval mode without gradients (their modes are restored):

    - ``max_abs``: largest absolute difference of the logits;
    - ``sqnr_db``: ``10·log10(‖fake‖² / ‖fake − packed‖²)`` (``inf`` when identical);
    - ``agreement``: fraction of rows whose argmax over the last dimension agrees (1.0 for one logit);
    - ``count``: number of rows compared.
    """
    from .models import logits_of

    outs = []
    for model in (fake_model, packed_model):
        device = _device_of(model)
        moved = {k: v.to(device) if isinstance(v, torch.Tensor) else v for k, v in inputs.items()}
        was_training = model.training
        model.eval()
        try:
            with torch.no_grad():
                outs.append(logits_of(model(**moved)).detach().to("cpu", torch.float32))
        finally:
            model.train(was_training)
    fake, packed = outs
    if fake.shape != packed.shape:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"the models' outputs differ in shape: {tuple(fake.shape)} and {tuple(packed.shape)}",
        )
    err = quantization_error(fake, packed)
    rows = fake.reshape(-1, fake.shape[-1]) if fake.ndim else fake.reshape(1, 1)
    other = packed.reshape(rows.shape)
    agreement = float((rows.argmax(dim=-1) == other.argmax(dim=-1)).float().mean()) if rows.numel() else 1.0
    return {"max_abs": err["max_abs"], "sqnr_db": err["sqnr_db"], "agreement": agreement, "count": int(rows.shape[0])}
