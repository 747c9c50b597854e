"""Block Hessian eigenvalues by power iteration on Hessian-vector products (SEMANTICS.md §4).

Facts, not policy: this module measures, for each block of parameters, the dominant eigenvalue of the
loss Hessian restricted to that block. When to measure, how to cluster the values and which period
factor follows are the controller's decisions.

- :func:`resolve_blocks` turns ``eigenvalue.layer_name`` / ``layer_num`` into the blocks (the first
  ``layer_num`` entries of an ``nn.ModuleList`` / ``nn.Sequential`` reached by a dotted path).
- :func:`block_eigenvalues` runs the power iteration. One ``create_graph`` backward gives the gradient
  of every block parameter; each iteration of block ``i`` is one more backward through those gradients,
  ``H_ii·v = ∂(g_i·v)/∂θ_i`` (``retain_graph``), so the graph of the first backward is built once and
  shared by all blocks.

Choices (the spec leaves them open):

- **Dominant = largest magnitude, reported with its sign.** Power iteration converges to the eigenvalue
  of largest ``|λ|``; the Rayleigh quotient gives it signed (a block at a saddle can report a negative
  λ). The controller uses ``|λ|``. When ``+μ`` and ``−μ`` are both dominant the iteration does not settle:
  it stops at ``max_iter`` with ``converged = False``.
- **λ is the Rayleigh quotient** ``vᵀHv / vᵀv`` of the current unit vector ``v`` (``vᵀv`` is 1 up to the
  ``stability`` term of the normalisation; dividing by it keeps that term from biasing λ for small
  curvature), divided by ``loss_scale``. Then ``v ← Hv / (‖Hv‖ + stability)``.
- **Stopping:** after at least two estimates, when ``|λ − λ_prev| / |λ| < tol``; or at ``max_iter``
  iterations (``converged = False``). One iteration = one HVP; ``iterations == hvps``.
- **Non-finite entries of Hv are set to 0** before anything else (so NaN/inf never spread into ``v``); the
  number set to 0, over all iterations, is reported as ``zeroed``.
- **Zero curvature:** ``Hv = 0`` exactly (a block whose Hessian is 0, or whose gradient does not depend on
  its own parameters) gives ``λ = 0``, converged, without NaN. If ``Hv`` is 0 only because every entry was
  non-finite, or λ itself is not finite, λ is ``nan`` (the controller treats it as most sensitive), and a
  non-finite loss gives ``nan`` for every block without iterating.
- **Start vectors:** ``start[i]`` (a warm start, e.g. the previous eigenvector of block ``i``) when given
  and usable (right shapes, finite, non-zero), else a random unit vector: standard normal entries drawn,
  in fp32, from ``generator`` on the generator's device (the CPU by default, so a seeded start is the same
  on every device) and moved to the parameters' device. :func:`start_seed` is the seeding the trainer uses.
- **Precision:** the HVPs run in the parameters' (working) dtype; the iteration vectors and all reductions
  are fp32.
"""

from __future__ import annotations

import contextlib
import dataclasses
import difflib
import math
import numbers
import time
from typing import Sequence

import torch
from torch import nn

from .errors import Code, WorkerError
from .quant.rewrite import stochastic_seed

Block = tuple[str, list[tuple[str, nn.Parameter]]]

# Offset added to the block index in :func:`start_seed`, so an eigenvalue stream never coincides with the
# stochastic-rounding stream of a parameter index (< 2^62) under the same (seed, counter).
_START_DOMAIN = 1 << 62


@dataclasses.dataclass(frozen=True)
class EigenConfig:
    """``eigenvalue.{max_iter, tol, stability}`` of the MoQ config (SEMANTICS.md §7 defaults)."""

    max_iter: int = 100
    tol: float = 1e-2
    stability: float = 1e-6

    def validate(self) -> None:
        if isinstance(self.max_iter, bool) or not isinstance(self.max_iter, numbers.Integral) or self.max_iter < 1:
            raise WorkerError(
                Code.INVALID_ARGUMENT, f"eigenvalue.max_iter must be an integer >= 1, got {self.max_iter!r}",
                field="max_iter",
            )
        if not (isinstance(self.tol, numbers.Real) and math.isfinite(self.tol) and self.tol > 0):
            raise WorkerError(
                Code.INVALID_ARGUMENT, f"eigenvalue.tol must be a finite number > 0, got {self.tol!r}", field="tol"
            )
        if not (isinstance(self.stability, numbers.Real) and math.isfinite(self.stability) and self.stability >= 0):
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"eigenvalue.stability must be a finite number >= 0, got {self.stability!r}",
                field="stability",
            )


@dataclasses.dataclass
class BlockEigenvalue:
    """One block's measurement."""

    block: int  # index in the module list
    name: str  # the block's module name, e.g. "bert.encoder.layer.0"
    eigenvalue: float  # dominant (largest |λ|) eigenvalue, signed, loss scale undone; nan when not finite
    iterations: int  # power iterations run (== hvps)
    converged: bool  # the relative change fell below tol (or Hv was exactly 0) before max_iter
    seconds: float  # wall time of this block's iterations (the shared create_graph backward excluded)
    hvps: int  # Hessian-vector products computed
    zeroed: int = 0  # non-finite entries of Hv set to 0, summed over the iterations


# ------------------------------------------------------------------------------------------ blocks
def _did_you_mean(name: str, options: Sequence[str]) -> str:
    close = difflib.get_close_matches(name, list(options), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""


def _children_text(module: nn.Module) -> str:
    names = list(module._modules)
    return f"its children are {names}" if names else "it has no child modules"


def _is_module_list(module: nn.Module) -> bool:
    return isinstance(module, (nn.ModuleList, nn.Sequential))


def _list_paths(module: nn.Module, prefix: str) -> list[str]:
    """Dotted paths of the module lists under `module` (for suggestions)."""
    return [f"{prefix}.{n}" if prefix else n for n, m in module.named_modules() if n and _is_module_list(m)]


def resolve_blocks(model: nn.Module, layer_name: str, layer_num: int) -> list[Block]:
    """The blocks of ``eigenvalue.layer_name`` / ``layer_num``: ``[(module name, [(parameter name,
    parameter), ...]), ...]`` for the first ``layer_num`` entries of the module list at ``layer_name``
    (a dotted path from ``model``, e.g. ``"bert.encoder.layer"``). Parameter names are the model's
    (``named_parameters``) names; only trainable parameters are listed.

    Errors (``INVALID_ARGUMENT``, naming the failing path component, the available children and the
    nearest one): the path does not resolve; it resolves to something that is not an ``nn.ModuleList`` /
    ``nn.Sequential``; ``layer_num`` is not in 1..len(list); a block has no trainable parameter; two
    blocks share a parameter.
    """
    if not isinstance(layer_name, str) or not layer_name.strip(". "):
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"eigenvalue.layer_name must be a dotted module path such as 'bert.encoder.layer', got {layer_name!r}; "
            f"module lists in the model: {_list_paths(model, '')[:10]}",
            field="layer_name",
        )
    if isinstance(layer_num, bool) or not isinstance(layer_num, numbers.Integral):
        raise WorkerError(
            Code.INVALID_ARGUMENT, f"eigenvalue.layer_num must be an integer, got {layer_num!r}", field="layer_num"
        )
    module: nn.Module = model
    walked: list[str] = []
    for part in layer_name.split("."):
        children = module._modules
        child = children.get(part)
        if child is None:
            where = f"{'.'.join(walked)!r} ({type(module).__name__})" if walked else f"the model ({type(model).__name__})"
            if part in module._parameters or part in module._buffers:
                kind = "a parameter" if part in module._parameters else "a buffer"
                what = f"{'.'.join(walked + [part])!r} is {kind} of {where}, not a module"
            else:
                what = f"{where} has no child {part!r}"
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"eigenvalue.layer_name {layer_name!r} does not resolve: {what}; {_children_text(module)}"
                f"{_did_you_mean(part, list(children))}",
                field="layer_name",
                component=part,
            )
        module = child
        walked.append(part)
    if not _is_module_list(module):
        lists = _list_paths(module, layer_name)
        hint = f"; did you mean {lists[0]!r}?" if lists else ""
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"eigenvalue.layer_name {layer_name!r} is a {type(module).__name__}, not an indexable module list "
            f"(nn.ModuleList or nn.Sequential); {_children_text(module)}{hint}",
            field="layer_name",
        )
    length = len(module)
    if not 1 <= layer_num <= length:
        raise WorkerError(
            Code.INVALID_ARGUMENT,
            f"eigenvalue.layer_num = {layer_num} is out of range: {layer_name!r} holds {length} blocks, so it must be "
            f"between 1 and {length}",
            field="layer_num",
            length=length,
        )
    names = {id(p): n for n, p in model.named_parameters()}
    owner: dict[int, str] = {}
    blocks: list[Block] = []
    for index in range(int(layer_num)):
        block_name = f"{layer_name}.{index}"
        block = module[index]
        params = [(names.get(id(p), f"{block_name}.{n}"), p) for n, p in block.named_parameters() if p.requires_grad]
        if not params:
            raise WorkerError(
                Code.INVALID_ARGUMENT,
                f"eigenvalue block {block_name!r} ({type(block).__name__}) has no trainable parameters; "
                "choose a layer_name whose blocks hold trainable weights, or a smaller layer_num",
                field="layer_name",
                block=block_name,
            )
        for pname, p in params:
            if id(p) in owner:
                raise WorkerError(
                    Code.INVALID_ARGUMENT,
                    f"eigenvalue blocks {owner[id(p)]!r} and {block_name!r} share parameter {pname!r}; blocks must not "
                    "share weights",
                    field="layer_name",
                    block=block_name,
                )
            owner[id(p)] = block_name
        blocks.append((block_name, params))
    return blocks


# ------------------------------------------------------------------------------------------ start vectors
def start_seed(seed: int, counter: int, block: int) -> int:
    """The 63-bit seed of block ``block``'s random start vector at a computation identified by (run seed,
    ``counter``): :func:`moqlab.quant.stochastic_seed` ``(seed, counter, 2^62 + block)``, i.e. SplitMix64
    chained over the three, with the block index offset so the stream never equals a stochastic-rounding
    stream of the same (seed, counter)."""
    if isinstance(block, bool) or not isinstance(block, numbers.Integral) or not 0 <= int(block) < _START_DOMAIN:
        raise WorkerError(Code.INVALID_ARGUMENT, f"block index must be an integer >= 0, got {block!r}", field="block")
    return stochastic_seed(seed, counter, _START_DOMAIN + int(block))


def start_generator(seed: int, counter: int, block: int) -> torch.Generator:
    """A CPU generator seeded with :func:`start_seed` (start vectors are drawn on the CPU, so they are the
    same on every device)."""
    g = torch.Generator()
    g.manual_seed(start_seed(seed, counter, block))
    return g


def random_start(params: Sequence[torch.Tensor], generator: torch.Generator | None = None) -> list[torch.Tensor]:
    """A random unit vector (fp32, on the parameters' device) over ``params``: standard normal entries drawn
    from ``generator`` on its device, in parameter order, then normalised."""
    gen_device = generator.device if generator is not None else torch.device("cpu")
    v = [
        torch.randn(tuple(p.shape), generator=generator, device=gen_device, dtype=torch.float32).to(p.device)
        for p in params
    ]
    norm = torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(x) for x in v]))
    return [x / norm for x in v]


def usable_start(start: Sequence[torch.Tensor] | None, params: Sequence[torch.Tensor]) -> list[torch.Tensor] | None:
    """``start`` as a unit fp32 vector on the parameters' device, or None when it cannot start the
    iteration over ``params`` (absent, wrong number or shapes of tensors, not finite, or zero)."""
    if start is None or len(start) != len(params):
        return None
    if any(tuple(s.shape) != tuple(p.shape) for s, p in zip(start, params)):
        return None
    v = [s.detach().to(device=p.device, dtype=torch.float32) for s, p in zip(start, params)]
    norm = float(torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(x) for x in v])))
    if not (math.isfinite(norm) and norm > 0):
        return None
    return [x / norm for x in v]


# ------------------------------------------------------------------------------------------ power iteration
def _power_iteration(
    grads: list[torch.Tensor],
    params: list[torch.Tensor],
    v: list[torch.Tensor],
    config: EigenConfig,
    loss_scale: float,
) -> tuple[float, int, bool, int, list[torch.Tensor]]:
    """(λ, iterations, converged, zeroed entries, final vector) for one block; `grads` are the block's
    gradients that depend on its parameters (``create_graph``), `params` the matching parameters."""
    lam_prev: float | None = None
    zeroed = 0
    for it in range(1, config.max_iter + 1):
        hv = torch.autograd.grad(
            grads, params, grad_outputs=[x.to(g.dtype) for x, g in zip(v, grads)], retain_graph=True,
            allow_unused=True,
        )
        h: list[torch.Tensor] = []
        stats = []
        for x, y in zip(v, hv):
            if y is None:
                y = torch.zeros_like(x)
            else:
                y = y.float()
                stats.append((~torch.isfinite(y)).sum().float())
                y = torch.nan_to_num(y, nan=0.0, posinf=0.0, neginf=0.0)
            h.append(y)
        dots = [torch.sum(x * y) for x, y in zip(v, h)]
        sq_h = [torch.sum(y * y) for y in h]
        sq_v = [torch.sum(x * x) for x in v]
        bad = torch.stack(stats).sum() if stats else torch.zeros((), device=v[0].device)
        vhv, hh, vv, nbad = torch.stack([torch.stack(dots).sum(), torch.stack(sq_h).sum(), torch.stack(sq_v).sum(),
                                         bad.to(v[0].device)]).tolist()  # the one host sync per iteration
        zeroed += int(nbad)
        if hh == 0.0:
            # Hv = 0: the Hessian maps v to 0, every later iterate is the same; λ = 0 unless the zeros
            # came from non-finite entries only (then nothing finite is left to measure).
            if nbad > 0:
                return float("nan"), it, False, zeroed, v
            return 0.0, it, True, zeroed, v
        lam = vhv / vv / loss_scale
        if not (math.isfinite(lam) and math.isfinite(hh)):
            return float("nan"), it, False, zeroed, v
        norm = math.sqrt(hh)
        v = [y / (norm + config.stability) for y in h]
        if lam_prev is not None and lam != 0.0 and abs(lam - lam_prev) / abs(lam) < config.tol:
            return lam, it, True, zeroed, v
        lam_prev = lam
    assert lam_prev is not None
    return lam_prev, config.max_iter, False, zeroed, v


def double_backward_attention():
    """A context in which ``F.scaled_dot_product_attention`` can be differentiated twice.

    PyTorch's fused attention kernels (flash, memory-efficient, and the CPU flash kernel that Hugging
    Face's default ``sdpa`` attention picks) have no double backward, so a Hessian-vector product through
    them fails. The math backend is composed of differentiable ops. Torch without ``sdpa_kernel``
    (1.13) has no fused attention to avoid.
    """
    try:
        from torch.nn.attention import SDPBackend, sdpa_kernel
    except ImportError:
        return contextlib.nullcontext()
    return sdpa_kernel([SDPBackend.MATH])


def block_eigenvalues(
    loss: torch.Tensor,
    blocks: Sequence[Block],
    config: EigenConfig,
    *,
    loss_scale: float = 1.0,
    generator: torch.Generator | None = None,
    start: Sequence[Sequence[torch.Tensor] | None] | None = None,
) -> tuple[list[BlockEigenvalue], list[list[torch.Tensor]]]:
    """The dominant eigenvalue of the Hessian of ``loss / loss_scale`` restricted to each block's
    parameters (see the module docstring for every choice), and each block's final unit vector (fp32,
    detached: the next computation's warm start).

    ``loss`` is a scalar with its graph (computed under grad mode); it is differentiated once with
    ``create_graph=True`` with respect to every block parameter; the graph is released when this function
    returns (the caller should drop ``loss`` too). ``.grad`` of the parameters is not touched.
    ``start[i]``, when given and usable, is block ``i``'s start vector; otherwise a random unit vector is
    drawn from ``generator`` (blocks in order, each parameter in order).
    """
    config.validate()
    if not (isinstance(loss_scale, numbers.Real) and math.isfinite(loss_scale) and loss_scale > 0):
        raise WorkerError(Code.INVALID_ARGUMENT, f"loss_scale must be a finite number > 0, got {loss_scale!r}")
    if not isinstance(loss, torch.Tensor) or loss.numel() != 1:
        raise WorkerError(Code.INVALID_ARGUMENT, "block_eigenvalues needs a scalar loss tensor")
    if start is not None and len(start) != len(blocks):
        raise WorkerError(
            Code.INVALID_ARGUMENT, f"start has {len(start)} entries for {len(blocks)} blocks (give one per block, or None)"
        )
    if not blocks:
        return [], []
    all_params = [p for _, params in blocks for _, p in params]
    vectors: list[list[torch.Tensor]] = []
    for i, (_, params) in enumerate(blocks):
        tensors = [p for _, p in params]
        v = usable_start(start[i] if start is not None else None, tensors)
        vectors.append(v if v is not None else random_start(tensors, generator))

    if not bool(torch.isfinite(loss.detach()).all()):
        results = [BlockEigenvalue(i, name, float("nan"), 0, False, 0.0, 0) for i, (name, _) in enumerate(blocks)]
        return results, [[x.detach() for x in v] for v in vectors]
    if not loss.requires_grad:
        results = [BlockEigenvalue(i, name, 0.0, 0, True, 0.0, 0) for i, (name, _) in enumerate(blocks)]
        return results, [[x.detach() for x in v] for v in vectors]

    with torch.enable_grad():
        grads = torch.autograd.grad(loss, all_params, create_graph=True, allow_unused=True)
    results: list[BlockEigenvalue] = []
    finals: list[list[torch.Tensor]] = []
    offset = 0
    for i, (name, params) in enumerate(blocks):
        n = len(params)
        block_grads = grads[offset:offset + n]
        offset += n
        start_time = time.perf_counter()
        # Gradients that do not depend on the parameters (None, or constant) contribute 0 to Hv.
        keep = [j for j, g in enumerate(block_grads) if g is not None and g.requires_grad]
        v = vectors[i]
        if not keep:
            results.append(BlockEigenvalue(i, name, 0.0, 0, True, time.perf_counter() - start_time, 0))
            finals.append([x.detach() for x in v])
            continue
        sub_v = [v[j] for j in keep]
        if len(keep) < len(v) and usable_start(sub_v, sub_v) is None:  # the start is 0 where Hv can be non-zero
            sub_v = random_start([params[j][1] for j in keep], generator)
        lam, iters, converged, zeroed, sub_final = _power_iteration(
            [block_grads[j] for j in keep], [params[j][1] for j in keep], sub_v, config, float(loss_scale)
        )
        final = [torch.zeros_like(x) for x in v]
        for j, x in zip(keep, sub_final):
            final[j] = x.detach()
        if len(keep) < len(v) and sub_final is sub_v:  # the start vector came back unchanged
            final = [x.detach() for x in v]
        results.append(BlockEigenvalue(i, name, lam, iters, converged, time.perf_counter() - start_time, iters, zeroed))
        finals.append(final)
    del grads
    return results, finals
