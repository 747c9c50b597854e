"""Block Hessian eigenvalues (SEMANTICS.md §4): the power iteration against explicit Hessians, block
resolution and its errors, and the trainer's computation (batch, RNG, data order, checkpoints)."""

from __future__ import annotations

import math
import weakref

import pytest
import torch
from torch import nn

from moqlab.data.base import LoadedData, Split, TaskType
from moqlab.eigen import (
    BlockEigenvalue,
    EigenConfig,
    block_eigenvalues,
    random_start,
    resolve_blocks,
    start_generator,
    start_seed,
)
from moqlab.errors import Code, WorkerError
from moqlab.models import build_model
from moqlab.quant import stochastic_seed
from moqlab import eigen as eigen_module
from moqlab.training import DynamicLossScaler, Trainer
from moqlab.training import trainer as trainer_module
from moqlab.training import checkpoint as ckpt
from test_trainer import cfg


# ------------------------------------------------------------------------------------------ helpers
def symmetric(eigenvalues: list[float], seed: int) -> torch.Tensor:
    """A symmetric matrix with the given spectrum and a random orthonormal eigenbasis (float64)."""
    g = torch.Generator().manual_seed(seed)
    q, _ = torch.linalg.qr(torch.randn(len(eigenvalues), len(eigenvalues), generator=g, dtype=torch.float64))
    return q @ torch.diag(torch.tensor(eigenvalues, dtype=torch.float64)) @ q.T


def gen(seed: int = 0) -> torch.Generator:
    return torch.Generator().manual_seed(seed)


def rel(a: float, b: float) -> float:
    return abs(a - b) / abs(b)


# ------------------------------------------------------------------------------------------ power iteration
def quadratic_blocks(dtype=torch.float32):
    a1 = symmetric([6.0, 3.0, 2.0, 1.0, 0.5, -1.0, -2.0, 0.0], seed=1)  # positive dominant
    a2 = symmetric([-9.0, 4.0, 3.0, 1.0, -2.0, 0.1], seed=2)  # negative dominant (by magnitude)
    x = nn.Parameter(torch.randn(8, generator=gen(3), dtype=torch.float64).to(dtype))
    y = nn.Parameter(torch.randn(6, generator=gen(4), dtype=torch.float64).to(dtype))
    a1, a2 = a1.to(dtype), a2.to(dtype)

    def loss() -> torch.Tensor:  # ½ [x;y]ᵀ blockdiag(A1, A2) [x;y]
        return 0.5 * (x @ a1 @ x) + 0.5 * (y @ a2 @ y)

    return loss, [("a", [("x", x)]), ("b", [("y", y)])]


@pytest.mark.parametrize("tol", [1e-2, 1e-4])
def test_quadratic_blocks_give_the_dominant_eigenvalue_of_each_diagonal_block(tol):
    loss, blocks = quadratic_blocks()
    results, vectors = block_eigenvalues(loss(), blocks, EigenConfig(tol=tol), generator=gen())
    assert [r.name for r in results] == ["a", "b"] and [r.block for r in results] == [0, 1]
    assert rel(results[0].eigenvalue, 6.0) < tol
    # Power iteration converges to the largest |λ|, reported with its sign.
    assert rel(results[1].eigenvalue, -9.0) < tol
    for r, v in zip(results, vectors):
        assert r.converged and 2 <= r.hvps == r.iterations <= 100 and r.seconds >= 0 and r.zeroed == 0
        assert math.isclose(float(torch.linalg.vector_norm(torch.cat([t.flatten() for t in v]))), 1.0, rel_tol=1e-4)
        assert all(t.dtype == torch.float32 and not t.requires_grad for t in v)
    # The returned vectors are the dominant eigenvectors.
    a1 = symmetric([6.0, 3.0, 2.0, 1.0, 0.5, -1.0, -2.0, 0.0], seed=1).float()
    v0 = vectors[0][0]
    assert abs(float(v0 @ a1 @ v0)) == pytest.approx(6.0, rel=tol)


def test_parameters_keep_their_grad_and_the_result_is_reproducible():
    loss, blocks = quadratic_blocks()
    x = blocks[0][1][0][1]
    x.grad = torch.full_like(x, 7.0)
    first, _ = block_eigenvalues(loss(), blocks, EigenConfig(), generator=gen(5))
    again, _ = block_eigenvalues(loss(), blocks, EigenConfig(), generator=gen(5))
    assert torch.equal(x.grad, torch.full_like(x, 7.0)) and x.grad.grad_fn is None
    assert [r.eigenvalue for r in first] == [r.eigenvalue for r in again]
    assert [r.hvps for r in first] == [r.hvps for r in again]


def tanh_mlp(dtype=torch.float64):
    """2-layer tanh MLP as a module list: 4·3+4 = 16 and 3·4+3 = 15 parameters per block."""
    torch.manual_seed(0)
    net = nn.ModuleList([nn.Linear(3, 4), nn.Linear(4, 3)]).to(dtype)
    g = gen(11)
    x = torch.randn(16, 3, generator=g, dtype=torch.float64).to(dtype)
    labels = torch.randint(0, 3, (16,), generator=g)

    def loss_of(w1, b1, w2, b2):
        h = torch.tanh(x @ w1.T + b1)
        return nn.functional.cross_entropy(torch.tanh(h @ w2.T + b2) * 3.0, labels)

    return net, loss_of


def explicit_dominant(net, loss_of, block: int) -> float:
    """The eigenvalue of largest magnitude of the explicit Hessian over the flattened block parameters."""
    params = [p.detach() for p in net.parameters()]
    mine = [0, 1] if block == 0 else [2, 3]
    sizes = [params[i].numel() for i in mine]

    def f(flat):
        ps = list(params)
        for i, chunk in zip(mine, flat.split(sizes)):
            ps[i] = chunk.view_as(params[i])
        return loss_of(*ps)

    flat = torch.cat([params[i].flatten() for i in mine])
    h = torch.autograd.functional.hessian(f, flat)
    ev = torch.linalg.eigvalsh(h)
    return float(ev[ev.abs().argmax()])


# The stop rule bounds the last relative change of λ, not its error: the error is of the same order
# (≈ change·ρ/(1−ρ) for an eigenvalue ratio ρ; on this network it measures 0.1–1.5 × tol).
@pytest.mark.parametrize("tol, error", [(1e-2, 1e-2), (1e-4, 2e-4)])
def test_tiny_tanh_network_matches_the_explicit_block_hessian(tol, error):
    net, loss_of = tanh_mlp()
    blocks = resolve_blocks(_wrap(net), "layers", 2)
    w1, b1, w2, b2 = net.parameters()
    results, _ = block_eigenvalues(loss_of(w1, b1, w2, b2), blocks, EigenConfig(tol=tol, max_iter=500), generator=gen())
    for r in results:
        expected = explicit_dominant(net, loss_of, r.block)
        assert r.converged
        assert rel(r.eigenvalue, expected) < error, (r, expected)
    assert [len(p) for _, p in blocks] == [2, 2] and blocks[0][1][0][0] == "layers.0.weight"


def _wrap(net: nn.ModuleList) -> nn.Module:
    root = nn.Module()
    root.layers = net
    return root


def test_warm_start_converges_in_fewer_hvps_than_a_random_start():
    net, loss_of = tanh_mlp()
    blocks = resolve_blocks(_wrap(net), "layers", 2)
    params = list(net.parameters())
    cfg = EigenConfig(tol=1e-3, max_iter=500)
    cold, vectors = block_eigenvalues(loss_of(*params), blocks, cfg, generator=gen())
    warm, _ = block_eigenvalues(loss_of(*params), blocks, cfg, generator=gen(), start=vectors)
    for c, w in zip(cold, warm):
        assert w.hvps < c.hvps, (c, w)
        assert w.hvps <= 3
        assert rel(w.eigenvalue, c.eigenvalue) < 1e-2
    # An unusable start (zero) falls back to the random one.
    zero = [[torch.zeros_like(p) for _, p in params_] for _, params_ in blocks]
    fallback, _ = block_eigenvalues(loss_of(*params), blocks, cfg, generator=gen(), start=zero)
    assert [r.hvps for r in fallback] == [r.hvps for r in cold]


def test_loss_scale_is_undone():
    net, loss_of = tanh_mlp()
    blocks = resolve_blocks(_wrap(net), "layers", 2)
    params = list(net.parameters())
    plain, _ = block_eigenvalues(loss_of(*params), blocks, EigenConfig(), generator=gen())
    scaled, _ = block_eigenvalues(loss_of(*params) * 1024.0, blocks, EigenConfig(), loss_scale=1024.0, generator=gen())
    for p, s in zip(plain, scaled):
        assert s.eigenvalue == pytest.approx(p.eigenvalue, rel=1e-6)
        assert s.hvps == p.hvps


def test_non_finite_hv_entries_are_zeroed_without_spreading():
    a = symmetric([5.0, 2.0, 1.0, -1.0], seed=7).float()
    x = nn.Parameter(torch.randn(4, generator=gen(8)))
    z = nn.Parameter(torch.zeros(3))  # |z|^1.5 at 0: finite gradient (0), non-finite second derivative

    def loss():
        return 0.5 * (x @ a @ x) + z.abs().pow(1.5).sum()

    g = torch.autograd.grad(loss(), [z], create_graph=True)[0]
    hz = torch.autograd.grad(g, z, grad_outputs=torch.ones(3))[0]
    assert torch.isfinite(g).all() and not torch.isfinite(hz).all()  # the premise

    blocks = [("mixed", [("x", x), ("z", z)]), ("z only", [("z", z)])]
    # z appears in two blocks here only to test the math; resolve_blocks refuses shared parameters.
    results, vectors = block_eigenvalues(loss(), blocks[:1], EigenConfig(tol=1e-4), generator=gen())
    r = results[0]
    assert math.isfinite(r.eigenvalue) and rel(r.eigenvalue, 5.0) < 1e-3 and r.converged
    assert r.zeroed >= 3 * r.hvps
    assert all(torch.isfinite(t).all() for t in vectors[0])
    assert torch.equal(vectors[0][1], torch.zeros(3))

    # A block whose every Hv entry is non-finite has nothing finite to measure: nan, not 0.
    only, vec = block_eigenvalues(loss(), blocks[1:], EigenConfig(), generator=gen())
    assert math.isnan(only[0].eigenvalue) and not only[0].converged and only[0].hvps == 1
    assert all(torch.isfinite(t).all() for t in vec[0])


def test_zero_hessian_blocks_give_zero_not_nan():
    a = symmetric([3.0, 1.0, -0.5], seed=9).float()
    x = nn.Parameter(torch.randn(3, generator=gen(1)))
    y = nn.Parameter(torch.randn(3, generator=gen(2)))  # enters bilinearly with x: H_yy = 0, gradient depends on x
    c = nn.Parameter(torch.randn(2, generator=gen(3)))  # enters linearly: constant gradient
    u = nn.Parameter(torch.randn(2, generator=gen(4)))  # not in the loss at all

    def loss():
        return 0.5 * (x @ a @ x) + (x * y).sum() + (c * torch.tensor([1.0, 2.0])).sum()

    blocks = [("x", [("x", x)]), ("y", [("y", y)]), ("c", [("c", c)]), ("u", [("u", u)])]
    results, vectors = block_eigenvalues(loss(), blocks, EigenConfig(tol=1e-4), generator=gen())
    assert rel(results[0].eigenvalue, 3.0) < 1e-3
    for r in results[1:]:
        assert r.eigenvalue == 0.0 and r.converged
    assert results[1].hvps == 1 and results[2].hvps == 0 and results[3].hvps == 0
    for v in vectors:  # usable as warm starts: unit, finite
        assert float(torch.linalg.vector_norm(torch.cat([t.flatten() for t in v]))) == pytest.approx(1.0, rel=1e-5)


def test_a_non_finite_loss_gives_nan_for_every_block():
    loss, blocks = quadratic_blocks()
    results, vectors = block_eigenvalues(loss() * float("inf"), blocks, EigenConfig(), generator=gen())
    assert all(math.isnan(r.eigenvalue) and r.hvps == 0 and not r.converged for r in results)
    assert len(vectors) == 2


def test_max_iter_bounds_the_iterations():
    loss, blocks = quadratic_blocks()
    results, _ = block_eigenvalues(loss(), blocks, EigenConfig(max_iter=2, tol=1e-12), generator=gen())
    assert all(r.hvps == 2 and not r.converged and math.isfinite(r.eigenvalue) for r in results)


@pytest.mark.parametrize(
    "config, field",
    [(EigenConfig(max_iter=0), "max_iter"), (EigenConfig(tol=0.0), "tol"), (EigenConfig(tol=float("nan")), "tol"),
     (EigenConfig(stability=-1.0), "stability")],
)
def test_config_errors(config, field):
    loss, blocks = quadratic_blocks()
    with pytest.raises(WorkerError) as err:
        block_eigenvalues(loss(), blocks, config)
    assert err.value.code is Code.INVALID_ARGUMENT and field in err.value.message


def test_argument_errors():
    loss, blocks = quadratic_blocks()
    for bad in (0.0, -1.0, float("inf")):
        with pytest.raises(WorkerError, match="loss_scale"):
            block_eigenvalues(loss(), blocks, EigenConfig(), loss_scale=bad)
    with pytest.raises(WorkerError, match="start has 1 entries for 2 blocks"):
        block_eigenvalues(loss(), blocks, EigenConfig(), start=[None])


def test_start_seeds_are_deterministic_and_apart_from_stochastic_rounding():
    assert start_seed(1, 2, 3) == start_seed(1, 2, 3)
    seeds = {start_seed(s, n, b) for s in range(3) for n in range(3) for b in range(3)}
    assert len(seeds) == 27
    assert all(start_seed(0, 0, b) != stochastic_seed(0, 0, i) for b in range(4) for i in range(4))
    p = [torch.empty(3, 2), torch.empty(4)]
    v1 = random_start(p, start_generator(5, 6, 1))
    v2 = random_start(p, start_generator(5, 6, 1))
    v3 = random_start(p, start_generator(5, 7, 1))
    assert all(torch.equal(a, b) for a, b in zip(v1, v2)) and not torch.equal(v1[1], v3[1])
    assert float(torch.cat([t.flatten() for t in v1]).norm()) == pytest.approx(1.0)


# ------------------------------------------------------------------------------------------ blocks
def tiny_bert(**kw) -> nn.Module:
    torch.manual_seed(0)
    cfg = dict(vocab_size=64, hidden_size=16, num_hidden_layers=2, num_attention_heads=2, intermediate_size=32,
               max_position_embeddings=16)
    cfg.update(kw)
    return build_model("tiny-bert", cfg)


def test_resolve_blocks_on_tiny_bert():
    model = tiny_bert()
    blocks = resolve_blocks(model, "bert.encoder.layer", 2)
    assert [name for name, _ in blocks] == ["bert.encoder.layer.0", "bert.encoder.layer.1"]
    named = dict(model.named_parameters())
    for name, params in blocks:
        expected = [n for n in named if n.startswith(name + ".")]
        assert [n for n, _ in params] == expected and len(expected) == 16
        assert all(named[n] is p for n, p in params)
    assert [n for n, _ in resolve_blocks(model, "bert.encoder.layer", 1)] == ["bert.encoder.layer.0"]
    # Frozen parameters are not part of a block.
    model.bert.encoder.layer[0].attention.self.query.weight.requires_grad_(False)
    first = resolve_blocks(model, "bert.encoder.layer", 1)[0][1]
    assert "bert.encoder.layer.0.attention.self.query.weight" not in [n for n, _ in first] and len(first) == 15


def message_of(model, layer_name, layer_num) -> str:
    with pytest.raises(WorkerError) as err:
        resolve_blocks(model, layer_name, layer_num)
    assert err.value.code is Code.INVALID_ARGUMENT
    return err.value.message


def test_resolve_blocks_errors_name_the_path_and_the_fix():
    model = tiny_bert()
    m = message_of(model, "bert.encodr.layer", 2)
    assert "'bert' (BertModel) has no child 'encodr'" in m
    assert "['embeddings', 'encoder', 'pooler']" in m and "did you mean 'encoder'?" in m
    m = message_of(model, "bret.encoder.layer", 2)
    assert "the model (TinyBertForSequenceClassification) has no child 'bret'" in m and "did you mean 'bert'?" in m
    m = message_of(model, "bert.encoder.layers", 2)
    assert "has no child 'layers'" in m and "['layer']" in m and "did you mean 'layer'?" in m
    m = message_of(model, "bert.encoder.xyz", 2)
    assert "did you mean" not in m and "['layer']" in m
    m = message_of(model, "bert.encoder", 2)
    assert "is a BertEncoder, not an indexable module list" in m and "did you mean 'bert.encoder.layer'?" in m
    m = message_of(model, "classifier.weight", 2)
    assert "'classifier.weight' is a parameter of 'classifier' (Linear), not a module" in m
    m = message_of(model, "", 2)
    assert "dotted module path" in m and "bert.encoder.layer" in m
    for n in (0, -1, 3):
        m = message_of(model, "bert.encoder.layer", n)
        assert f"layer_num = {n}" in m and "holds 2 blocks" in m and "between 1 and 2" in m
    m = message_of(model, "bert.encoder.layer", 1.5)
    assert "must be an integer" in m
    for p in model.bert.encoder.layer[1].parameters():
        p.requires_grad_(False)
    m = message_of(model, "bert.encoder.layer", 2)
    assert "block 'bert.encoder.layer.1' (BertLayer) has no trainable parameters" in m
    shared = nn.Module()
    lin = nn.Linear(2, 2)
    shared.blocks = nn.Sequential(lin, lin)
    assert len(resolve_blocks(shared, "blocks", 1)) == 1
    m = message_of(shared, "blocks", 2)
    assert "share parameter" in m and "'blocks.0'" in m and "'blocks.1'" in m


# ------------------------------------------------------------------------------------------ the trainer
def text_data(n: int = 20, t: int = 12, seed: int = 0) -> LoadedData:
    g = gen(seed)
    inputs = {"input_ids": torch.randint(1, 64, (n, t), generator=g),
              "attention_mask": torch.ones(n, t, dtype=torch.int64),
              "token_type_ids": torch.zeros(n, t, dtype=torch.int64)}
    train = Split(inputs, torch.randint(0, 2, (n,), generator=g))
    return LoadedData(train=train, eval=train, num_labels=2, task_type=TaskType.CLASSIFICATION,
                      metrics=["accuracy"], eval_split="train", source="synthetic", tokenizer="")


def bert_trainer(seed: int = 0, **model_kw) -> Trainer:
    config = cfg(lr=1e-3, batch_size=8, seed=seed)
    return Trainer(tiny_bert(**model_kw), text_data(), "cpu", config)


LAYERS = "bert.encoder.layer"


def state_of(trainer: Trainer) -> list[torch.Tensor]:
    out = [p.detach().clone() for p in trainer.model.parameters()]
    out += [s.master.detach().clone() for s in trainer.slots]
    for st in trainer.optimizer.state.values():
        out += [v.clone() for v in st.values() if isinstance(v, torch.Tensor)]
    return out


def test_trainer_eigenvalues_on_tiny_bert_blocks():
    trainer = bert_trainer()
    trainer.run_steps(2)
    # A tight tol: near initialisation tiny-bert's block Hessians are small and indefinite with eigenvalues
    # of close magnitude, where tol 1e-2 can stop after a few iterations on a value far from λ (see docs).
    cfg = EigenConfig(tol=1e-4, max_iter=1000)
    results = trainer.compute_block_eigenvalues(LAYERS, 2, cfg, seed=0, counter=1)
    assert [r.name for r in results] == ["bert.encoder.layer.0", "bert.encoder.layer.1"]
    assert all(isinstance(r, BlockEigenvalue) and math.isfinite(r.eigenvalue) and r.converged for r in results)
    assert abs(results[0].eigenvalue - results[1].eigenvalue) > 1e-2 * abs(results[0].eigenvalue)
    assert set(trainer._eigenvectors) == {"bert.encoder.layer.0", "bert.encoder.layer.1"}
    assert trainer.model.training  # train mode restored

    # Same weights and batch: the warm start (the previous eigenvectors) converges at once.
    again = trainer.compute_block_eigenvalues(LAYERS, 2, cfg, seed=0, counter=1)
    for a, r in zip(again, results):
        assert a.hvps < r.hvps and a.hvps <= 3
        assert rel(a.eigenvalue, r.eigenvalue) < 1e-3

    # The random start is seeded by (seed, counter, block): an identical trainer gives identical results.
    twin = bert_trainer()
    twin.run_steps(2)
    same = twin.compute_block_eigenvalues(LAYERS, 2, cfg, seed=0, counter=1)
    assert [(r.eigenvalue, r.hvps) for r in same] == [(r.eigenvalue, r.hvps) for r in results]


def test_trainer_computation_runs_in_eval_mode_on_the_next_steps_first_batch(monkeypatch):
    trainer = bert_trainer()
    seen_modes: list[bool] = []
    trainer.model.bert.encoder.layer[0].register_forward_hook(lambda m, i, o: seen_modes.append(m.training))
    batches: list[torch.Tensor] = []
    original = trainer.data.train.batch
    monkeypatch.setattr(trainer.data.train, "batch", lambda index: batches.append(index.clone()) or original(index))
    trainer.run_steps(2)  # position 16 of 20: the next batch crosses into epoch 1
    position, epoch = trainer.position, trainer.epoch
    trainer.compute_block_eigenvalues(LAYERS, 1, EigenConfig(max_iter=3), seed=0, counter=0)
    assert (trainer.position, trainer.epoch) == (position, epoch) == (16, 0)
    assert seen_modes == [True, True, False]
    trainer.run_steps(1)
    assert seen_modes[-1] is True
    assert torch.equal(batches[2], batches[3]) and batches[3].numel() == 8


def test_computing_eigenvalues_changes_neither_data_order_nor_rng_nor_training():
    a = bert_trainer()  # dropout 0.1: every step draws from the global RNG
    a.run_steps(5)
    a_rng = torch.get_rng_state()
    b = bert_trainer()
    b.run_steps(2)
    b.compute_block_eigenvalues(LAYERS, 2, EigenConfig(), seed=3, counter=2)  # next batch crosses an epoch
    b.run_steps(2)
    b.compute_block_eigenvalues(LAYERS, 2, EigenConfig(), seed=3, counter=4)
    b.run_steps(1)
    assert all(torch.equal(x, y) for x, y in zip(state_of(a), state_of(b)))
    assert (a.position, a.epoch, a.optimizer_step) == (b.position, b.epoch, b.optimizer_step)
    assert torch.equal(a._data_gen.get_state(), b._data_gen.get_state())
    assert torch.equal(torch.get_rng_state(), a_rng)


def test_ordinary_steps_do_not_build_second_order_graphs():
    trainer = bert_trainer()
    trainer.run_steps(1)
    before = {n: p.grad.clone() for n, p in trainer.model.named_parameters()}
    trainer.compute_block_eigenvalues(LAYERS, 2, EigenConfig(max_iter=5), seed=0, counter=0)
    for n, p in trainer.model.named_parameters():  # .grad untouched by the computation
        assert torch.equal(p.grad, before[n]) and p.grad.grad_fn is None and not p.grad.requires_grad
    trainer.run_steps(1)
    for p in trainer.model.parameters():
        assert p.grad is not None and p.grad.grad_fn is None and not p.grad.requires_grad
    for v in trainer._eigenvectors.values():
        assert all(t.grad_fn is None and not t.requires_grad for t in v)


class _Sentinel:
    pass


class _Tracked(torch.autograd.Function):
    """Identity that keeps a Python object alive for as long as its graph node lives."""

    alive: list[weakref.ref] = []

    @staticmethod
    def forward(ctx, x):
        ctx.sentinel = _Sentinel()
        _Tracked.alive.append(weakref.ref(ctx.sentinel))
        return x.view_as(x)

    @staticmethod
    def backward(ctx, grad):
        return grad


def test_the_graph_is_freed_after_the_computation():
    trainer = bert_trainer()
    trainer.model.bert.encoder.layer[0].register_forward_hook(lambda m, i, o: _Tracked.apply(o))
    _Tracked.alive.clear()
    trainer.compute_block_eigenvalues(LAYERS, 2, EigenConfig(max_iter=4), seed=0, counter=0)
    assert len(_Tracked.alive) == 1 and _Tracked.alive[0]() is None  # no cycle, nothing kept


def test_checkpoint_round_trip_restores_the_eigenvectors(tmp_path):
    trainer = bert_trainer()
    trainer.run_steps(1)
    trainer.compute_block_eigenvalues(LAYERS, 2, EigenConfig(), seed=0, counter=0)
    path = str(tmp_path / "ck.pt")
    trainer.save_checkpoint(path)
    follow = trainer.compute_block_eigenvalues(LAYERS, 2, EigenConfig(), seed=9, counter=9)  # warm: seed unused

    resumed = bert_trainer(seed=0)
    resumed.load_checkpoint(path)
    assert set(resumed._eigenvectors) == set(trainer._eigenvectors)
    restored = resumed.compute_block_eigenvalues(LAYERS, 2, EigenConfig(), seed=9, counter=9)
    assert [(r.eigenvalue, r.hvps) for r in restored] == [(r.eigenvalue, r.hvps) for r in follow]

    # A checkpoint written before eigenvalues existed (no key) still loads, with no vectors.
    state = ckpt.read_checkpoint(path)
    del state["eigenvectors"], state["format"], state["version"]
    old = str(tmp_path / "old.pt")
    ckpt.write_checkpoint(old, state)
    fresh = bert_trainer(seed=0)
    fresh._eigenvectors = {"stale": [torch.zeros(1)]}
    fresh.load_checkpoint(old)
    assert fresh._eigenvectors == {}


def test_trainer_uses_and_undoes_the_current_loss_scale(monkeypatch):
    # fp16 needs CUDA; the loss-scale path is the same with any working dtype, so give an fp32 trainer a scaler.
    plain = bert_trainer()
    scaled = bert_trainer()
    scaled._scaler = DynamicLossScaler(initial_scale=4096.0)
    seen: list[float] = []
    original = eigen_module.block_eigenvalues

    def spy(loss, blocks, config, **kw):
        seen.append(kw["loss_scale"])
        return original(loss, blocks, config, **kw)

    monkeypatch.setattr(trainer_module, "block_eigenvalues", spy)
    a = plain.compute_block_eigenvalues(LAYERS, 2, EigenConfig(), seed=0, counter=0)
    b = scaled.compute_block_eigenvalues(LAYERS, 2, EigenConfig(), seed=0, counter=0)
    assert seen == [1.0, 4096.0]
    for x, y in zip(a, b):
        assert y.eigenvalue == pytest.approx(x.eigenvalue, rel=1e-4) and y.hvps == x.hvps


def test_trainer_errors():
    trainer = bert_trainer()
    with pytest.raises(WorkerError, match="has no child 'layers'"):
        trainer.compute_block_eigenvalues("bert.encoder.layers", 2, EigenConfig(), seed=0, counter=0)
    with pytest.raises(WorkerError, match="counter must be an integer >= 0"):
        trainer.compute_block_eigenvalues(LAYERS, 2, EigenConfig(), seed=0, counter=-1)
    with pytest.raises(WorkerError, match="max_iter"):
        trainer.compute_block_eigenvalues(LAYERS, 2, EigenConfig(max_iter=0), seed=0, counter=0)
    assert trainer.model.training and trainer.position == 0
