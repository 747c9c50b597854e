"""Tile sizes of the fused linear kernel: the untuned rule, the candidates a tuning run tries, and the
tables tuning runs leave (pure: no triton, no GPU).

A tuned table is a JSON file written by ``python -m moqlab_tools.tune`` on one GPU model. It maps
``(out_features, in_features, container width, group length, M bucket)`` to the fastest
:class:`LinearConfig` measured there. Tables committed in ``kernels/tuned/`` are read on first use;
``MOQLAB_TUNED_CONFIGS`` names further table files (``os.pathsep``-separated) whose entries take
precedence, so a table can be tried before it is committed. A table applies only on a GPU whose name
it records; anything it does not cover falls back to :func:`linear_config`.
"""

from __future__ import annotations

import dataclasses
import glob
import json
import os
import threading
from typing import Any, Iterable

from ..errors import Code, WorkerError
from .dispatch import bucket

ENV_TUNED = "MOQLAB_TUNED_CONFIGS"
TUNED_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tuned")
TABLE_KIND = "moqlab.kernels.tuned"
#: Shared memory a candidate's pipeline may plan for (an H100 block may have 227 KiB).
SHARED_LIMIT = 200 * 1024
#: Register values per thread a candidate may plan for (:func:`register_values`). Compiled for sm_90
#: (``python -m moqlab_tools.sass --candidates``), no tile at or under 96 spilled; of those at 128
#: most spilled a little, and every one above spilled hundreds of bytes (255 registers used).
REGISTER_LIMIT = 96


@dataclasses.dataclass(frozen=True)
class LinearConfig:
    """Tile sizes of one fused-linear launch: an output tile of ``block_n`` weight rows × ``block_m``
    activation rows, K tiles of ``block_k`` (inside one quantization group), the K loop split over
    ``split_k`` programs, ``num_warps`` warps and a ``num_stages``-deep copy pipeline."""

    block_n: int
    block_m: int
    block_k: int
    split_k: int
    num_warps: int
    num_stages: int


def _cdiv(a: int, b: int) -> int:
    return -(-a // b)


def block_k_for(group: int, in_features: int, width: int) -> int | None:
    """The K tile: the largest of 128, 64, 32 that divides the group (so a tile never straddles two
    groups) and ``in_features``; None when none does (the layer is left to the reference)."""
    for block in (128, 64, 32):
        if group % block == 0 and in_features % block == 0 and block // (8 // width) >= 16:
            return block
    return None


def split_for(tiles: int, k_tiles: int, sm_count: int, min_tiles_per_split: int = 4) -> int:
    """Split-K: double the split while the grid holds no more programs than there are SMs, each split
    keeps a whole number of K tiles and at least ``min_tiles_per_split`` of them."""
    split = 1
    while (tiles * split <= sm_count and k_tiles % (split * 2) == 0
           and k_tiles // (split * 2) >= min_tiles_per_split):
        split *= 2
    return split


def linear_config(m: int, n: int, k: int, block_k: int, sm_count: int) -> LinearConfig:
    """The untuned rule. Small M: a 16-wide activation side, 64-row weight tiles and split-K until the
    GPU is occupied; larger M: wider tiles, up to 128 × 128, the largest that keeps within
    :data:`REGISTER_LIMIT` and so dequantizes each weight the fewest times (M / 128)."""
    block_m = 16 if m <= 16 else 32 if m <= 32 else 64 if m <= 64 else 128
    block_n = 64 if m <= 32 else 128
    split = split_for(_cdiv(n, block_n) * _cdiv(m, block_m), k // block_k, sm_count)
    warps = 4 if block_n * block_m <= 64 * 32 else 8
    return LinearConfig(block_n, block_m, block_k, split, warps, 4 if m <= 32 else 3)


def shared_bytes(config: LinearConfig, width: int, activation_bytes: int = 2) -> int:
    """Shared memory the copy pipeline plans for: each stage holds a weight tile and an activation tile."""
    stage = config.block_n * config.block_k * width // 8 + config.block_k * config.block_m * activation_bytes
    return config.num_stages * stage


def register_values(config: LinearConfig) -> int:
    """What a thread holds across the main loop, in 32-bit registers: its share of the fp32 accumulator
    and of the dequantized weight tile (two 16-bit values per register), the operand the MMA reads
    from registers."""
    threads = 32 * config.num_warps
    return (config.block_n * config.block_m + config.block_n * config.block_k // 2) // threads


def candidates(m: int, n: int, k: int, block_k: int, width: int, sm_count: int) -> list[LinearConfig]:
    """The configurations a tuning run times for one shape and M: tile shapes around the rule's, each
    with no split and the rule's split-K (and twice it at small M), within :data:`SHARED_LIMIT` and
    :data:`REGISTER_LIMIT`; the rule's own choice is always among them (first), so tuning can only
    improve on it."""
    if m <= 16:
        block_ms, block_ns, warps, stages = (16,), (32, 64, 128, 256), (4, 8), (3, 5)
    elif m <= 64:
        block_ms, block_ns, warps, stages = (32, 64), (64, 128), (4, 8), (3, 4)
    else:  # the whole M side in one tile where registers allow: each weight is dequantized once per tile
        block_ms, block_ns, warps, stages = tuple(b for b in (64, 128, 256) if b < 2 * m), (64, 128, 256), (4, 8), (3, 4)
    halves = (block_k,) if 16 < m <= 64 else (block_k, block_k // 2)
    block_ks = [b for b in halves if b >= 16 * (8 // width) and k % b == 0]
    found = [linear_config(m, n, k, block_k, sm_count)]
    for bm in block_ms:
        for bn in block_ns:
            for bk in block_ks:
                tiles = _cdiv(n, bn) * _cdiv(m, bm)
                rule = split_for(tiles, k // bk, sm_count)
                splits = {1, rule} | ({rule * 2} if m <= 16 and (k // bk) % (rule * 2) == 0 else set())
                for w in warps:
                    if w == 8 and bn * bm < 64 * 32:  # too small a tile for two warpgroups
                        continue
                    for s in stages:
                        for split in sorted(splits):
                            found.append(LinearConfig(bn, bm, bk, split, w, s))
    unique = list(dict.fromkeys(found))
    return [c for c in unique
            if c == found[0] or (shared_bytes(c, width) <= SHARED_LIMIT and register_values(c) <= REGISTER_LIMIT)]


# ---------------------------------------------------------------------------------------------- tables
@dataclasses.dataclass(frozen=True)
class TunedKey:
    n: int
    k: int
    width: int
    group: int
    m_bucket: int


def _bad_table(path: str, why: str) -> WorkerError:
    return WorkerError(Code.INVALID_ARGUMENT, f"tuned-config table {path}: {why}; re-run python -m moqlab_tools.tune",
                       path=path)


def parse_table(doc: Any, path: str) -> tuple[str, dict[TunedKey, LinearConfig]]:
    """(device name, entries) of a table document; a malformed one is an error that names the file."""
    if not isinstance(doc, dict) or doc.get("kind") != TABLE_KIND or not isinstance(doc.get("entries"), list):
        raise _bad_table(path, f"not a table (expected kind {TABLE_KIND!r} and a list of entries)")
    device = doc.get("device")
    if not isinstance(device, str) or not device:
        raise _bad_table(path, "no device name")
    entries: dict[TunedKey, LinearConfig] = {}
    fields = [f.name for f in dataclasses.fields(LinearConfig)]
    for i, e in enumerate(doc["entries"]):
        try:
            key = TunedKey(int(e["n"]), int(e["k"]), int(e["width"]), int(e["group"]), int(e["m_bucket"]))
            config = LinearConfig(**{f: int(e["config"][f]) for f in fields})
        except (KeyError, TypeError, ValueError) as err:
            raise _bad_table(path, f"entry {i} is malformed ({err!r})") from err
        entries[key] = config
    return device, entries


def table_document(device: str, rows: Iterable[dict[str, Any]], meta: dict[str, Any]) -> dict[str, Any]:
    """A table as ``tune`` writes it: ``rows`` carry the key fields, ``config`` and the timings."""
    return {"kind": TABLE_KIND, "device": device, **meta, "entries": list(rows)}


_Shape = tuple[int, int, int, int]  # (n, k, width, group)


class TunedConfigs:
    """The tables visible to this process, per device name (loaded once, on first lookup)."""

    def __init__(self, paths: Iterable[str] | None = None) -> None:
        self._paths = list(paths) if paths is not None else None
        self._index: dict[str, dict[_Shape, list[tuple[int, LinearConfig]]]] | None = None
        self._lock = threading.Lock()

    def _default_paths(self) -> list[str]:
        extra = [p for p in os.environ.get(ENV_TUNED, "").split(os.pathsep) if p]
        for p in extra:
            if not os.path.isfile(p):
                raise WorkerError(Code.INVALID_ARGUMENT, f"{ENV_TUNED} names {p!r}, which is not a file", path=p)
        return sorted(glob.glob(os.path.join(TUNED_DIR, "*.json"))) + extra

    def _load(self) -> dict[str, dict[_Shape, list[tuple[int, LinearConfig]]]]:
        tables: dict[str, dict[TunedKey, LinearConfig]] = {}
        for path in self._paths if self._paths is not None else self._default_paths():
            with open(path, encoding="utf-8") as f:
                try:
                    doc = json.load(f)
                except json.JSONDecodeError as err:
                    raise _bad_table(path, f"not JSON ({err})") from err
            device, entries = parse_table(doc, path)
            tables.setdefault(device, {}).update(entries)  # later files win
        index: dict[str, dict[_Shape, list[tuple[int, LinearConfig]]]] = {}
        for device, entries in tables.items():
            per_shape = index.setdefault(device, {})
            for key, config in sorted(entries.items(), key=lambda e: e[0].m_bucket):
                per_shape.setdefault((key.n, key.k, key.width, key.group), []).append((key.m_bucket, config))
        return index

    def devices(self) -> list[str]:
        return sorted(self._tables())

    def _tables(self) -> dict[str, dict[_Shape, list[tuple[int, LinearConfig]]]]:
        index = self._index  # read without the lock: every fused launch looks up
        if index is None:
            with self._lock:
                if self._index is None:
                    self._index = self._load()
                index = self._index
        return index

    def lookup(self, device: str, m: int, n: int, k: int, width: int, group: int) -> LinearConfig | None:
        """The entry for ``m``'s bucket, else for the largest tuned bucket below it (a run may tune only
        some batch sizes), else for the smallest above; None where the table has nothing for the shape."""
        tuned = self._tables().get(device, {}).get((n, k, width, group))
        if not tuned:
            return None
        wanted = bucket(m)
        chosen = tuned[0][1]
        for m_bucket, config in tuned:
            if m_bucket > wanted:
                break
            chosen = config
        return chosen
