"""The fused-versus-dense choice (moqlab.kernels.dispatch): pure policy, measured by fake timings."""

from __future__ import annotations

import math

import pytest
import torch

from moqlab.errors import WorkerError
from moqlab.kernels.dispatch import (
    AGREEMENT,
    MAX_BUCKET,
    CrossoverPolicy,
    Measurement,
    Path,
    bucket,
    env_max_m,
    static_choice,
)


class Probe:
    def __init__(self, fused_ms: float, dense_ms: float, error: float = 0.0) -> None:
        self.result = Measurement(fused_ms, dense_ms, error)
        self.calls = 0

    def __call__(self) -> Measurement:
        self.calls += 1
        return self.result


def test_buckets_are_powers_of_two_up_to_the_cap():
    assert [bucket(m) for m in (1, 2, 3, 4, 5, 16, 17, 256)] == [1, 2, 4, 4, 8, 16, 32, 256]
    assert bucket(10**6) == MAX_BUCKET


def test_static_rule_follows_the_container_width():
    assert static_choice(64, 4) is Path.FUSED and static_choice(65, 4) is Path.DENSE
    assert static_choice(128, 8) is Path.FUSED and static_choice(129, 8) is Path.DENSE
    assert static_choice(1, 8, max_m=0) is Path.DENSE
    assert static_choice(4096, 4, max_m=4096) is Path.FUSED


def test_the_faster_path_is_kept_per_bucket_and_measured_once():
    policy = CrossoverPolicy()
    fast_fused, slow_fused = Probe(1.0, 2.0), Probe(3.0, 2.0)
    assert policy.choose("a", 3, 4, fast_fused) is Path.FUSED
    assert policy.choose("a", 4, 4, slow_fused) is Path.FUSED  # same bucket (4): not measured again
    assert (fast_fused.calls, slow_fused.calls) == (1, 0)
    assert policy.choose("a", 300, 4, slow_fused) is Path.DENSE
    assert policy.choose("b", 3, 4, slow_fused) is Path.DENSE  # another key is measured for itself
    assert slow_fused.calls == 2
    assert policy.decisions() == {("a", 4): Path.FUSED, ("a", 512): Path.DENSE, ("b", 4): Path.DENSE}
    policy.forget("a")
    assert set(policy.decisions()) == {("b", 4)}


@pytest.mark.parametrize("error", [AGREEMENT * 2, math.nan, math.inf])
def test_a_fused_kernel_that_disagrees_is_dropped_for_the_layer(error):
    policy = CrossoverPolicy()
    with pytest.warns(RuntimeWarning, match="output for layer q differs from the dense path"):
        assert policy.choose("a", 1, 4, Probe(0.1, 1.0, error), describe=lambda: "layer q") is Path.DENSE
    later = Probe(0.1, 1.0)
    assert policy.choose("a", 64, 4, later) is Path.DENSE and later.calls == 0  # every bucket, unmeasured
    assert policy.choose("b", 1, 4, later) is Path.FUSED


def test_without_a_probe_the_static_rule_decides_and_nothing_is_cached():
    policy = CrossoverPolicy()
    assert policy.choose("a", 64, 4, None) is Path.FUSED
    assert policy.choose("a", 65, 4, None) is Path.DENSE
    assert policy.decisions() == {}


def test_a_fixed_threshold_replaces_measuring():
    probe = Probe(0.1, 1.0)
    policy = CrossoverPolicy(max_m=8)
    assert policy.choose("a", 8, 4, probe) is Path.FUSED
    assert policy.choose("a", 9, 4, probe) is Path.DENSE
    assert probe.calls == 0


def test_threshold_from_the_environment():
    assert env_max_m({}) is None
    assert env_max_m({"MOQLAB_FUSED_MAX_M": ""}) is None
    assert env_max_m({"MOQLAB_FUSED_MAX_M": "32"}) == 32
    for bad in ("-1", "many", "1.5"):
        with pytest.raises(WorkerError, match="MOQLAB_FUSED_MAX_M must be a whole number"):
            env_max_m({"MOQLAB_FUSED_MAX_M": bad})


def test_a_failing_kernel_is_switched_off_and_the_fallback_answers(monkeypatch):
    from moqlab.kernels import triton_backend

    monkeypatch.setattr(triton_backend, "_DISABLED", {})
    runs = []

    def broken():
        runs.append(1)
        raise RuntimeError("PTX assembly failed")

    with pytest.warns(RuntimeWarning, match=r"'k1' failed \(RuntimeError: PTX assembly failed\)"):
        assert triton_backend.guarded("k1", broken, lambda: "fallback") == "fallback"
    assert triton_backend.guarded("k1", broken, lambda: "again") == "again" and len(runs) == 1  # not retried
    assert not triton_backend.enabled("k1") and triton_backend.enabled("k2")
    assert triton_backend.disabled_kernels() == {"k1": "RuntimeError: PTX assembly failed"}
    assert triton_backend.guarded("k2", lambda: "ran", lambda: "fallback") == "ran"

    def out_of_memory():
        raise torch.cuda.OutOfMemoryError("CUDA out of memory")

    with pytest.raises(torch.cuda.OutOfMemoryError):
        triton_backend.guarded("k3", out_of_memory, lambda: "fallback")
    assert triton_backend.enabled("k3")  # memory is not the kernel's fault
