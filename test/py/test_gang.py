"""Data-parallel training in a real 2-rank gloo gang (torch.distributed, two processes): the gang takes
the steps of one process with twice the batch, MoQ's rewrite (stochastic rounding included) writes the
same weights on every rank, eigenvalues are the mean of the ranks' own, and a gang's checkpoint resumes
in a single process. An FSDP gang (each rank a shard of every weight) takes the same steps."""

from __future__ import annotations

import os
import pathlib
import socket

import pytest
import torch
import torch.multiprocessing as mp

from moqlab.eigen import EigenConfig
from moqlab.errors import WorkerError
from moqlab.quant import QuantScheme
from moqlab.training import DataParallel, QuantSpec, TensorPlan, Trainer, sharding
from moqlab.training.gang import join_from_environment
from test_trainer import cfg, mlp, separable

HIDDEN = "hidden.0.weight"
HEAD = "classifier.weight"
SPECS = {HIDDEN: QuantSpec(index=0), HEAD: QuantSpec(index=2, scheme=QuantScheme(groups=2, rounding="stochastic"))}
SEGMENTS = [(3, {HIDDEN: TensorPlan(bits=8), HEAD: TensorPlan(bits=8)}), (4, {HIDDEN: TensorPlan(bits=4), HEAD: TensorPlan(bits=3)})]
PER_RANK_BATCH = 4
WORLD = 2

pytestmark = pytest.mark.skipif(not torch.distributed.is_available(), reason="this torch build has no torch.distributed")


def _trainer(batch_size: int, gang=None, **kw) -> Trainer:
    config = cfg(batch_size=batch_size, lr=1e-2, seed=3, max_grad_norm=1.0, **kw)
    trainer = Trainer(mlp(dropout=0.0, seed=1), separable(), "cpu", config, gang=gang)
    trainer.configure_quantization(SPECS, seed=11)
    return trainer


def _train(trainer: Trainer, segments=SEGMENTS) -> list[float]:
    losses: list[float] = []
    counter = 1
    for steps, plan in segments:
        trainer.run_steps(steps, on_step=lambda r: losses.append(r.loss), plan=plan, quant_counter=counter)
        counter += steps
    return losses


def _eigen(trainer: Trainer) -> list[float]:
    return [b.eigenvalue for b in trainer.compute_block_eigenvalues("hidden", 1, EigenConfig(max_iter=50, tol=1e-4), seed=5, counter=1)]


def _scenario_train(gang, out: pathlib.Path, gas: int) -> dict:
    trainer = _trainer(PER_RANK_BATCH // gas, gang, gradient_accumulation_steps=gas)
    losses = _train(trainer)
    eigen = _eigen(trainer)
    trainer.save_checkpoint(str(out / "gang.ckpt"))
    return {
        "masters": {k: v.detach().clone() for k, v in trainer.master_weights().items()},
        "working": {s.name: s.working.detach().clone() for s in trainer.slots},
        "losses": losses,
        "eigen": eigen,
        "local_eigen": trainer.local_eigenvalues,
        "position": trainer.position,
        "examples": trainer.run_steps(1, plan=SEGMENTS[-1][1], quant_counter=99).examples,
    }


def _scenario_resume(gang, out: pathlib.Path, gas: int) -> dict:
    """With dropout (each rank its own masks): a gang that checkpoints, is rebuilt from scratch and resumes
    ends bitwise where the same gang ends uninterrupted."""
    def dropout_trainer() -> Trainer:
        config = cfg(batch_size=PER_RANK_BATCH, lr=1e-2, seed=3)
        trainer = Trainer(mlp(dropout=0.3, seed=1), separable(), "cpu", config, gang=gang)
        trainer.configure_quantization(SPECS, seed=11)
        return trainer

    more = [(3, SEGMENTS[-1][1])]
    uninterrupted = dropout_trainer()
    _train(uninterrupted)
    uninterrupted.save_checkpoint(str(out / "resume.ckpt"))
    _train(uninterrupted, more)
    resumed = dropout_trainer()
    resumed.load_checkpoint(str(out / "resume.ckpt"))
    _train(resumed, more)
    return {
        "uninterrupted": {k: v.detach().clone() for k, v in uninterrupted.master_weights().items()},
        "resumed": {k: v.detach().clone() for k, v in resumed.master_weights().items()},
    }


def _scenario_fsdp(gang, out: pathlib.Path, gas: int) -> dict:
    trainer = _trainer(PER_RANK_BATCH // gas, gang, gradient_accumulation_steps=gas, data_parallel=DataParallel.FSDP)
    losses = _train(trainer)
    try:
        _eigen(trainer)
        refused = ""
    except WorkerError as e:
        refused = e.message
    evaluation = trainer.evaluate(64)  # every rank runs it: the forward gathers the shards
    trainer.save_checkpoint(str(out / "fsdp.ckpt"))
    return {
        "masters": {k: sharding.whole(v).clone() for k, v in trainer.master_weights().items()},
        "working": {s.name: sharding.whole(s.working).clone() for s in trainer.slots},
        "local_rows": {s.name: sharding.local(s.master).shape[0] for s in trainer.slots if s.master.ndim == 2},
        "losses": losses,
        "eval": evaluation.metrics,
        "eigen_refused": refused,
    }


SCENARIOS = {"train": _scenario_train, "resume": _scenario_resume, "fsdp": _scenario_fsdp}


def _rank_main(rank: int, port: int, out: str, gas: int, scenario: str) -> None:
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port), WORLD_SIZE=str(WORLD), RANK=str(rank), LOCAL_RANK=str(rank))
    torch.set_num_threads(1)
    gang = join_from_environment()
    try:
        result = SCENARIOS[scenario](gang, pathlib.Path(out), gas)
        torch.save(result, pathlib.Path(out) / f"rank{rank}.pt")
    finally:
        gang.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run_gang(tmp_path: pathlib.Path, gas: int, scenario: str = "train") -> list[dict]:
    mp.start_processes(_rank_main, args=(_free_port(), str(tmp_path), gas, scenario), nprocs=WORLD, start_method="spawn")
    return [torch.load(tmp_path / f"rank{r}.pt", weights_only=False) for r in range(WORLD)]


@pytest.mark.parametrize("gas", [1, 2])
def test_a_gang_trains_like_one_process_with_the_global_batch(tmp_path, gas):
    ranks = _run_gang(tmp_path, gas)
    single = _trainer(PER_RANK_BATCH * WORLD // gas, gradient_accumulation_steps=gas)
    losses = _train(single)
    for r in ranks:
        for name, master in single.master_weights().items():
            torch.testing.assert_close(r["masters"][name], master, rtol=1e-5, atol=1e-6)
        torch.testing.assert_close(torch.tensor(r["losses"]), torch.tensor(losses), rtol=1e-5, atol=1e-6)
        assert r["position"] == single.position
    # Every rank holds the same working weights, bit for bit: the rewrite (stochastic rounding too) is
    # seeded by (seed, counter, parameter), not by the rank.
    for name in ranks[0]["working"]:
        assert torch.equal(ranks[0]["working"][name], ranks[1]["working"][name]), name
    assert ranks[0]["examples"] == PER_RANK_BATCH * WORLD  # a step counts the gang's examples
    # Eigenvalues: each rank measured its own half of the batch; both report the mean.
    local = [r["local_eigen"] for r in ranks]
    assert local[0] != local[1]
    for r in ranks:
        torch.testing.assert_close(torch.tensor(r["eigen"]), (torch.tensor(local[0]) + torch.tensor(local[1])) / 2, rtol=1e-12, atol=0.0)


def test_a_gang_checkpoint_resumes_in_one_process(tmp_path):
    _run_gang(tmp_path, 1)
    assert (tmp_path / "gang.ckpt").is_file()  # rank 0 wrote it; the other rank wrote nothing
    resumed = _trainer(PER_RANK_BATCH * WORLD)
    resumed.load_checkpoint(str(tmp_path / "gang.ckpt"))
    uninterrupted = _trainer(PER_RANK_BATCH * WORLD)
    _train(uninterrupted)
    assert resumed.optimizer_step == uninterrupted.optimizer_step == sum(steps for steps, _ in SEGMENTS)
    more = [(2, SEGMENTS[-1][1])]
    _train(resumed, more)
    _train(uninterrupted, more)
    for name, master in uninterrupted.master_weights().items():
        torch.testing.assert_close(resumed.master_weights()[name], master, rtol=1e-5, atol=1e-6)


def test_a_gang_resumes_bitwise_on_the_same_world_size_with_each_ranks_dropout(tmp_path):
    ranks = _run_gang(tmp_path, 1, "resume")
    for r in ranks:
        for name, weight in r["uninterrupted"].items():
            assert torch.equal(r["resumed"][name], weight), name
    # Each rank drew its own dropout masks, yet DDP keeps the weights equal across ranks.
    for name in ranks[0]["uninterrupted"]:
        assert torch.equal(ranks[0]["uninterrupted"][name], ranks[1]["uninterrupted"][name]), name


@pytest.mark.parametrize("gas", [1, 2])
def test_an_fsdp_gang_shards_the_weights_and_trains_like_one_process(tmp_path, gas):
    try:
        from torch.distributed.fsdp import fully_shard  # noqa: F401
    except Exception:  # torch 1.x has none, and its FSDP fails to import under Python 3.11
        pytest.skip("this torch has no torch.distributed.fsdp.fully_shard (FSDP2, torch >= 2.6)")
    ranks = _run_gang(tmp_path, gas, "fsdp")
    single = _trainer(PER_RANK_BATCH * WORLD // gas, gradient_accumulation_steps=gas)
    losses = _train(single)
    for r in ranks:
        for name, master in single.master_weights().items():
            torch.testing.assert_close(r["masters"][name], master, rtol=1e-5, atol=1e-6)
            # Each rank held only its rows of every matrix.
            if master.ndim == 2:
                assert r["local_rows"][name] < master.shape[0], name
        torch.testing.assert_close(torch.tensor(r["losses"]), torch.tensor(losses), rtol=1e-5, atol=1e-6)
        assert "FSDP gang" in r["eigen_refused"]
    for name in ranks[0]["working"]:
        assert torch.equal(ranks[0]["working"][name], ranks[1]["working"][name]), name
        torch.testing.assert_close(ranks[0]["working"][name], single.slots[[s.name for s in single.slots].index(name)].working, rtol=1e-5, atol=1e-6)
    expected = single.evaluate(64).metrics
    for r in ranks:
        assert r["eval"].keys() == expected.keys()
        for key, value in expected.items():
            assert abs(r["eval"][key] - value) < 1e-6, key

    # The checkpoint holds whole tensors: it resumes in one process like the single process's own.
    resumed = _trainer(PER_RANK_BATCH * WORLD // gas, gradient_accumulation_steps=gas)
    resumed.load_checkpoint(str(tmp_path / "fsdp.ckpt"))
    more = [(2, SEGMENTS[-1][1])]
    _train(resumed, more)
    _train(single, more)
    for name, master in single.master_weights().items():
        torch.testing.assert_close(resumed.master_weights()[name], master, rtol=1e-5, atol=1e-6)


def test_fsdp_needs_a_gang():
    with pytest.raises(WorkerError, match="data_parallel fsdp shards the model across the ranks of a gang"):
        _trainer(PER_RANK_BATCH, data_parallel=DataParallel.FSDP)
