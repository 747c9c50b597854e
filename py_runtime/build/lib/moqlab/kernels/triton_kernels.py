"""The Triton kernels: fused dequantize-GEMM (W8A16 / W4A16), one-pass dequantization, fused fake
quantization. Imported only where triton is importable (:mod:`.triton_backend` and :mod:`.fake_quant`
decide); the launchers here check nothing the callers have not already checked.

With ``TRITON_INTERPRET=1`` set before this module is imported, the kernels run in Triton's
interpreter on CPU tensors: that is how test/py checks them where there is no GPU.

Fused linear (:func:`quant_linear`), ``y = x @ ((u − z)·Δ)ᵀ + b`` for ``x`` ``(M, K)``:

- The weights sit on the MMA's large side: a program computes an output tile ``(BLOCK_N, BLOCK_M)``
  as ``W_tile · xᵀ``, so M = 1..16 fills a 16-wide side instead of padding a 64-row tile.
- A K tile lies inside one quantization group (``BLOCK_K`` divides ``g``), so the tile's codes
  ``u − z`` (small integers, exact in bf16 and fp16) go through the MMA unscaled and the group's scale
  multiplies the fp32 partial product once per tile: no per-weight scale multiply or index arithmetic.
- The codes are made by bit pattern (:func:`_magic`), not by conversion instructions; int4 nibbles
  are put back in K order in registers (:func:`_unpack`), so ``x`` is read contiguously, in tiles
  that TMA copies (a tensor descriptor) and the MMA reads from shared memory with no fence between.
- Split-K (``split_k > 1``) adds fp32 partial sums atomically into a workspace when the output has
  too few tiles to occupy the GPU; the launcher then adds the bias and casts.
- Tile sizes: a tuned table for the GPU, else the rule (:func:`config_for`, :mod:`.tiles`).
"""

from __future__ import annotations

import functools

import torch
import triton
import triton.language as tl
from triton.tools.tensor_descriptor import TensorDescriptor

from ..quant.primitives import EPS
from .tiles import LinearConfig, TunedConfigs, block_k_for, linear_config

_EPS = tl.constexpr(EPS)
#: Every launch says whether a multiply and an add may fuse, as Triton's default changes (on until 3.9,
#: which warns; off from 3.10). On: the rewrite's lerp then rounds as PyTorch's CUDA lerp does, which
#: nvcc compiles to a fused multiply-add.
FP_FUSION = True


# ---------------------------------------------------------------------------------------- fused linear
@triton.jit
def _magic(u, DT: tl.constexpr):
    """Small unsigned integers ``u`` (at most 8 bits) as floats ``MAGIC + u`` of type ``DT``, by bit
    pattern: OR-ing ``u`` into the mantissa of the power of two ``MAGIC`` (fp16 1024, bf16 128, fp32
    2²³) costs one logic operation where a conversion instruction runs at a quarter of the issue rate
    (and would be the bottleneck at M ≤ 16, see :mod:`.sass`). bf16 keeps 7 mantissa bits, so 8-bit
    codes go through fp32, whose exact small integers truncate exactly to bf16."""
    if DT == tl.float16:
        return (u.to(tl.uint16) | 0x6400).to(tl.float16, bitcast=True)
    elif DT == tl.bfloat16:
        return (u.to(tl.uint16) | 0x4300).to(tl.bfloat16, bitcast=True)
    else:
        return (u.to(tl.uint32) | 0x4B000000).to(tl.float32, bitcast=True)


@triton.jit
def _codes(u, zero, DT: tl.constexpr, BITS: tl.constexpr):
    """``u − zero`` as ``DT`` (exact: small integers) for codes ``u`` of ``BITS`` ≤ 8 bits and fp32 zero
    points ``zero`` broadcastable to ``u``."""
    if DT == tl.float16:
        return _magic(u, DT) - (zero + 1024.0).to(DT)
    elif DT == tl.float32:
        return _magic(u, DT) - (zero + 8388608.0)
    elif BITS <= 7:
        return _magic(u, DT) - (zero + 128.0).to(DT)
    else:
        exact = _magic(u, tl.float32) - (zero + 8388608.0)
        return (exact.to(tl.uint32, bitcast=True) >> 16).to(tl.uint16).to(tl.bfloat16, bitcast=True)


@triton.jit
def _unpack(w_ptr, rows, row_mask, k0, stride, K, WIDTH: tl.constexpr, BLOCK_K: tl.constexpr,
            MASK_K: tl.constexpr):
    """The codes of columns ``k0 .. k0 + BLOCK_K`` of the packed rows ``rows`` (int4: byte j holds
    column 2j in its low nibble and 2j + 1 in its high one, put side by side again in K order).
    ``MASK_K``: the tile may run past ``K``."""
    if WIDTH == 8:
        offs_k = k0 + tl.arange(0, BLOCK_K)
        mask = row_mask[:, None] & ((offs_k < K) | (not MASK_K))[None, :]
        return tl.load(w_ptr + rows[:, None] * stride + offs_k[None, :], mask=mask, other=0,
                       eviction_policy="evict_first")
    else:
        offs_b = k0 // 2 + tl.arange(0, BLOCK_K // 2)
        mask = row_mask[:, None] & ((offs_b < K // 2) | (not MASK_K))[None, :]
        u = tl.load(w_ptr + rows[:, None] * stride + offs_b[None, :], mask=mask, other=0,
                    eviction_policy="evict_first")
        return tl.reshape(tl.join(u & 15, u >> 4), (rows.shape[0], BLOCK_K))


# M and the K tiles per split vary with every call: specialising on them (1, multiple of 16) would
# compile the same kernel three times over for no gain
@triton.jit(do_not_specialize=["M", "TILES_PER_SPLIT"])
def _linear_kernel(
    x_desc, w_ptr, s_ptr, z_ptr, b_ptr, y_ptr, ws_ptr,
    M, N, K, TILES_PER_SPLIT,
    stride_wn, stride_sn, stride_sg, stride_zn, stride_zg, stride_ym,
    ZERO_POINT: tl.constexpr, HAS_ZEROS: tl.constexpr, HAS_BIAS: tl.constexpr, WIDTH: tl.constexpr,
    GROUP: tl.constexpr, BLOCK_N: tl.constexpr, BLOCK_M: tl.constexpr, BLOCK_K: tl.constexpr,
    ATOMIC: tl.constexpr,
):
    pid_n = tl.program_id(0)
    pid_k = tl.program_id(1)
    pid_m = tl.program_id(2)
    offs_n = pid_n * BLOCK_N + tl.arange(0, BLOCK_N)
    offs_m = pid_m * BLOCK_M + tl.arange(0, BLOCK_M)
    mask_n = offs_n < N
    mask_m = offs_m < M
    dt: tl.constexpr = x_desc.dtype
    acc = tl.zeros((BLOCK_N, BLOCK_M), dtype=tl.float32)
    for t in range(pid_k * TILES_PER_SPLIT, (pid_k + 1) * TILES_PER_SPLIT):
        k0 = t * BLOCK_K
        group = k0 // GROUP
        scale = tl.load(s_ptr + offs_n * stride_sn + group * stride_sg, mask=mask_n, other=0.0).to(tl.float32)
        if HAS_ZEROS:
            zero = tl.load(z_ptr + offs_n * stride_zn + group * stride_zg, mask=mask_n, other=0)
            zero = (_magic(zero, tl.float32) - 8388608.0)[:, None]  # uint8 → fp32 without a conversion
        else:
            zero = tl.full((BLOCK_N, 1), ZERO_POINT, tl.float32)
        codes = _codes(_unpack(w_ptr, offs_n, mask_n, k0, stride_wn, K, WIDTH, BLOCK_K, False), zero, dt, WIDTH)
        # TMA writes the tile through the async proxy that the warpgroup MMA reads by; a cp.async copy
        # (generic proxy) needs a proxy fence before every MMA, which Triton ≥ 3.9 inserts in the loop
        xt = x_desc.load([pid_m * BLOCK_M, k0]).T
        part = tl.dot(codes, xt)
        acc += part * scale[:, None]
    mask = mask_n[:, None] & mask_m[None, :]
    if not ATOMIC:
        if HAS_BIAS:
            acc += tl.load(b_ptr + offs_n, mask=mask_n, other=0.0).to(tl.float32)[:, None]
        tl.store(y_ptr + offs_m[None, :] * stride_ym + offs_n[:, None], acc.to(y_ptr.dtype.element_ty), mask=mask)
    else:
        # relaxed: the partial sums need no ordering, and the default (acq_rel) fences every atomic
        tl.atomic_add(ws_ptr + offs_m[None, :] * N + offs_n[:, None], acc, mask=mask, sem="relaxed")


@functools.lru_cache(maxsize=None)
def _device_facts(device: torch.device) -> tuple[str | None, int]:
    """(GPU name, multiprocessor count); no name in the interpreter, where any small count exercises
    split-K."""
    if device.type == "cuda":
        props = torch.cuda.get_device_properties(device)
        return props.name, props.multi_processor_count
    return None, 8


#: The tuned tables (:mod:`.tiles`), read on the first fused launch.
TUNED = TunedConfigs()


def config_for(m: int, n: int, k: int, width: int, group: int, block_k: int, device: torch.device) -> LinearConfig:
    """The tuned tiles for this GPU and shape where a table has them, else the untuned rule."""
    name, sm_count = _device_facts(device)
    tuned = TUNED.lookup(name, m, n, k, width, group) if name is not None else None
    return tuned or linear_config(m, n, k, block_k, sm_count)


def _scale_strides(t: torch.Tensor) -> tuple[int, int]:
    """(row, group) strides of a scale/zero tensor: ``(out, in / g)`` or one per tensor ``(1,)``."""
    if t.numel() == 1:
        return 0, 0
    return t.stride(0), t.stride(1)


def quant_linear(
    x: torch.Tensor,
    qweight: torch.Tensor,
    scales: torch.Tensor,
    zeros: torch.Tensor | None,
    bias: torch.Tensor | None,
    *,
    width: int,
    group: int,
    block_k: int,
    zero_point: int,
    config: LinearConfig | None = None,
) -> torch.Tensor:
    """``x @ dequant(W).T + bias`` for ``x`` ``(M, K)`` contiguous fp16/bf16; ``qweight`` ``(N, K·w/8)``
    uint8; ``scales``/``zeros`` ``(N, K / group)`` or one element; returns ``(M, N)`` in ``x.dtype``."""
    m, k = x.shape
    n = qweight.shape[0]
    cfg = config or config_for(m, n, k, width, group, block_k, x.device)
    y = torch.empty((m, n), dtype=x.dtype, device=x.device)
    ws = torch.zeros((m, n), dtype=torch.float32, device=x.device) if cfg.split_k > 1 else y
    s_sn, s_sg = _scale_strides(scales)
    z = zeros if zeros is not None else scales
    z_sn, z_sg = _scale_strides(z)
    if x.data_ptr() % 16:  # TMA reads from 16-byte aligned addresses only
        x = x.clone(memory_format=torch.contiguous_format)
    # strides from the shape: a contiguous x of one row may report any stride for it; rows of K ≥ 32
    # (block_k_for) 16-bit values keep TMA's 16-byte row alignment; rows past M read as zeros
    x_desc = TensorDescriptor(x, [m, k], [k, 1], [cfg.block_m, cfg.block_k])
    grid = (triton.cdiv(n, cfg.block_n), cfg.split_k, triton.cdiv(m, cfg.block_m))
    _linear_kernel[grid](
        x_desc, qweight, scales, z, bias if bias is not None else scales, y, ws,
        m, n, k, k // cfg.block_k // cfg.split_k,
        qweight.stride(0), s_sn, s_sg, z_sn, z_sg, y.stride(0),
        ZERO_POINT=zero_point, HAS_ZEROS=zeros is not None, HAS_BIAS=bias is not None, WIDTH=width,
        GROUP=group, BLOCK_N=cfg.block_n, BLOCK_M=cfg.block_m, BLOCK_K=cfg.block_k, ATOMIC=cfg.split_k > 1,
        num_warps=cfg.num_warps, num_stages=cfg.num_stages, enable_fp_fusion=FP_FUSION,
    )
    if cfg.split_k == 1:
        return y
    if bias is not None:
        ws += bias.to(torch.float32)
    return ws.to(x.dtype)


# ---------------------------------------------------------------------------------------- dequantization
@triton.jit
def _dequant_kernel(
    w_ptr, s_ptr, z_ptr, out_ptr, N, K,
    stride_wn, stride_sn, stride_sg, stride_zn, stride_zg,
    ZERO_POINT: tl.constexpr, HAS_ZEROS: tl.constexpr, WIDTH: tl.constexpr, GROUP: tl.constexpr,
    BLOCK_N: tl.constexpr, BLOCK_K: tl.constexpr,
):
    offs_n = tl.program_id(0) * BLOCK_N + tl.arange(0, BLOCK_N)
    k0 = tl.program_id(1) * BLOCK_K
    offs_k = k0 + tl.arange(0, BLOCK_K)
    mask_n = offs_n < N
    mask = mask_n[:, None] & (offs_k < K)[None, :]
    u = _unpack(w_ptr, offs_n, mask_n, k0, stride_wn, K, WIDTH, BLOCK_K, True)
    if GROUP % BLOCK_K == 0:  # the tile lies in one group: one scale (and zero) per row
        group = k0 // GROUP
        scale = tl.load(s_ptr + offs_n * stride_sn + group * stride_sg, mask=mask_n, other=0.0)[:, None]
        if HAS_ZEROS:
            zero = tl.load(z_ptr + offs_n * stride_zn + group * stride_zg, mask=mask_n, other=0)[:, None]
    else:
        group = offs_k // GROUP
        scale = tl.load(s_ptr + offs_n[:, None] * stride_sn + group[None, :] * stride_sg, mask=mask, other=0.0)
        if HAS_ZEROS:
            zero = tl.load(z_ptr + offs_n[:, None] * stride_zn + group[None, :] * stride_zg, mask=mask, other=0)
    if not HAS_ZEROS:
        zero = tl.full((BLOCK_N, 1), ZERO_POINT, tl.float32)
    value = _codes(u, zero.to(tl.float32), tl.float32, WIDTH) * scale.to(tl.float32)
    tl.store(out_ptr + offs_n[:, None] * K + offs_k[None, :], value.to(out_ptr.dtype.element_ty), mask=mask)


def dequantize(
    qweight: torch.Tensor,
    scales: torch.Tensor,
    zeros: torch.Tensor | None,
    *,
    in_features: int,
    width: int,
    group: int,
    zero_point: int,
    dtype: torch.dtype,
) -> torch.Tensor:
    """``(u − z)·Δ`` computed in fp32 and cast to ``dtype``, shape ``(N, in_features)``: the same
    arithmetic as :func:`.reference.dequantize_packed`, in one pass over the packed weight."""
    n = qweight.shape[0]
    out = torch.empty((n, in_features), dtype=dtype, device=qweight.device)
    s_sn, s_sg = _scale_strides(scales)
    z = zeros if zeros is not None else scales
    z_sn, z_sg = _scale_strides(z)
    block_n, block_k = 32, next((b for b in (128, 64, 32) if group % b == 0), 128)
    grid = (triton.cdiv(n, block_n), triton.cdiv(in_features, block_k))
    _dequant_kernel[grid](
        qweight, scales, z, out, n, in_features, qweight.stride(0), s_sn, s_sg, z_sn, z_sg,
        ZERO_POINT=zero_point, HAS_ZEROS=zeros is not None, WIDTH=width, GROUP=group, BLOCK_N=block_n, BLOCK_K=block_k,
        enable_fp_fusion=FP_FUSION,
    )
    return out


# ---------------------------------------------------------------------------------------- fake quantization
@triton.jit
def _round_half_even(y):
    # floor(y + 0.5) is wrong where y + 0.5 rounds up (y = 0.49999997); y − floor(y) is exact.
    f = tl.floor(y)
    d = y - f
    odd = (f - 2.0 * tl.floor(f * 0.5)) != 0.0
    return tl.where(d > 0.5, f + 1.0, tl.where(d < 0.5, f, tl.where(odd, f + 1.0, f)))


@triton.jit
def _fq_values(x, lo, hi, r, u, SYMMETRIC: tl.constexpr, DIVISOR: tl.constexpr, QMIN: tl.constexpr,
               QMAX: tl.constexpr, CLAMP: tl.constexpr, STOCHASTIC: tl.constexpr, MIX: tl.constexpr):
    """``r·x + (1 − r)·Q_b(x)`` for a block of one group (``lo``/``hi`` its min and max; ``u`` the
    stochastic-rounding noise), in the exact operation order of :mod:`moqlab.quant.primitives`."""
    divisor = tl.full(lo.shape, DIVISOR, tl.float32)
    if SYMMETRIC:
        scale = tl.math.div_rn(tl.maximum(tl.maximum(hi, -lo), _EPS), divisor)
        zero = tl.zeros(lo.shape, tl.float32)
    else:
        scale = tl.math.div_rn(tl.maximum(hi - lo, _EPS), divisor)
        zero = _round_half_even(tl.math.div_rn(-lo, scale))
    y = tl.math.div_rn(x, scale[:, None])
    if STOCHASTIC:
        q = tl.floor(y + u)
    else:
        q = _round_half_even(y)
    q = q + zero[:, None]
    if CLAMP:
        q = tl.minimum(tl.maximum(q, QMIN), QMAX)
    value = (q - zero[:, None]) * scale[:, None]
    if MIX:
        # torch.lerp(value, x, r), the formula ATen uses
        if r < 0.5:
            value = value + r * (x - value)
        else:
            value = x - (x - value) * (1.0 - r)
    return value


@triton.jit
def _fake_quant_rows_kernel(
    src_ptr, out_ptr, noise_ptr, G, L, r,
    ROUND_TO: tl.constexpr, SYMMETRIC: tl.constexpr, DIVISOR: tl.constexpr, QMIN: tl.constexpr, QMAX: tl.constexpr,
    CLAMP: tl.constexpr, STOCHASTIC: tl.constexpr, MIX: tl.constexpr, ROWS: tl.constexpr, BLOCK_L: tl.constexpr,
):
    """One pass: a program holds ``ROWS`` whole groups (``L ≤ BLOCK_L``) in registers."""
    rows = tl.program_id(0) * ROWS + tl.arange(0, ROWS)
    cols = tl.arange(0, BLOCK_L)
    offs = rows[:, None] * L + cols[None, :]
    mask = (rows < G)[:, None] & (cols < L)[None, :]
    x = tl.load(src_ptr + offs, mask=mask, other=0.0)
    x = x.to(ROUND_TO).to(tl.float32)
    lo = tl.min(tl.where(mask, x, float("inf")), axis=1)
    hi = tl.max(tl.where(mask, x, float("-inf")), axis=1)
    u = tl.load(noise_ptr + offs, mask=mask, other=0.0) if STOCHASTIC else 0.0
    value = _fq_values(x, lo, hi, r, u, SYMMETRIC, DIVISOR, QMIN, QMAX, CLAMP, STOCHASTIC, MIX)
    tl.store(out_ptr + offs, value.to(out_ptr.dtype.element_ty), mask=mask)


@triton.jit
def _group_range_kernel(src_ptr, lo_ptr, hi_ptr, L, CHUNKS, ROUND_TO: tl.constexpr, BLOCK_L: tl.constexpr):
    """Long groups, pass 1: min and max of chunk ``program_id(1)`` of group ``program_id(0)``."""
    g = tl.program_id(0)
    c = tl.program_id(1)
    lo = tl.full((BLOCK_L,), float("inf"), tl.float32)
    hi = tl.full((BLOCK_L,), float("-inf"), tl.float32)
    chunk = tl.cdiv(L, CHUNKS)
    start = c * chunk
    end = tl.minimum(start + chunk, L)
    for i in range(start, end, BLOCK_L):
        cols = i + tl.arange(0, BLOCK_L)
        mask = cols < end
        x = tl.load(src_ptr + g.to(tl.int64) * L + cols, mask=mask, other=0.0).to(ROUND_TO).to(tl.float32)
        lo = tl.minimum(lo, tl.where(mask, x, float("inf")))
        hi = tl.maximum(hi, tl.where(mask, x, float("-inf")))
    tl.store(lo_ptr + g * CHUNKS + c, tl.min(lo, axis=0))
    tl.store(hi_ptr + g * CHUNKS + c, tl.max(hi, axis=0))


@triton.jit
def _fake_quant_chunks_kernel(
    src_ptr, out_ptr, noise_ptr, lo_ptr, hi_ptr, L, CHUNKS, r,
    ROUND_TO: tl.constexpr, SYMMETRIC: tl.constexpr, DIVISOR: tl.constexpr, QMIN: tl.constexpr, QMAX: tl.constexpr,
    CLAMP: tl.constexpr, STOCHASTIC: tl.constexpr, MIX: tl.constexpr, CHUNKS_P2: tl.constexpr, BLOCK_L: tl.constexpr,
):
    """Long groups, pass 2: the group's range from the chunk ranges, then chunk ``program_id(1)``."""
    g = tl.program_id(0)
    c = tl.program_id(1)
    parts = tl.arange(0, CHUNKS_P2)
    pmask = parts < CHUNKS
    lo = tl.min(tl.load(lo_ptr + g * CHUNKS + parts, mask=pmask, other=float("inf")), axis=0)
    hi = tl.max(tl.load(hi_ptr + g * CHUNKS + parts, mask=pmask, other=float("-inf")), axis=0)
    lo = tl.zeros((1,), tl.float32) + lo
    hi = tl.zeros((1,), tl.float32) + hi
    chunk = tl.cdiv(L, CHUNKS)
    start = c * chunk
    end = tl.minimum(start + chunk, L)
    for i in range(start, end, BLOCK_L):
        cols = i + tl.arange(0, BLOCK_L)
        mask = cols < end
        offs = g.to(tl.int64) * L + cols
        x = tl.load(src_ptr + offs, mask=mask, other=0.0).to(ROUND_TO).to(tl.float32)
        u = tl.load(noise_ptr + offs, mask=mask, other=0.0) if STOCHASTIC else 0.0
        value = _fq_values(x[None, :], lo, hi, r, u, SYMMETRIC, DIVISOR, QMIN, QMAX, CLAMP,
                           STOCHASTIC, MIX)
        tl.store(out_ptr + offs[None, :], value.to(out_ptr.dtype.element_ty), mask=mask[None, :])


#: Groups up to this many elements are quantized in one pass (held in registers).
ONE_PASS_MAX = 8192

_TL_DTYPES = {torch.float32: tl.float32, torch.float16: tl.float16, torch.bfloat16: tl.bfloat16}


def fake_quant_rows(
    src: torch.Tensor,
    out: torch.Tensor,
    *,
    round_to: torch.dtype,
    symmetric: bool,
    divisor: float,
    qmin: int,
    qmax: int,
    clamp: bool,
    noise: torch.Tensor | None,
    mix_ratio: float,
) -> None:
    """``out ← r·W + (1 − r)·Q_b(W)`` per row of the contiguous ``(G, L)`` views ``src`` and ``out``,
    where ``W`` is ``src`` rounded to ``round_to`` (the working dtype) and computed in fp32.
    ``noise``: fp32 ``(G, L)`` uniform draws for stochastic rounding (``floor(W/Δ + u)``), else None."""
    groups, length = src.shape
    flags = dict(
        ROUND_TO=_TL_DTYPES[round_to], SYMMETRIC=symmetric, DIVISOR=float(divisor), QMIN=float(qmin), QMAX=float(qmax),
        CLAMP=clamp, STOCHASTIC=noise is not None, MIX=mix_ratio > 0.0,
    )
    noise_arg = noise if noise is not None else src
    if length <= ONE_PASS_MAX:
        block = triton.next_power_of_2(length)
        rows = max(1, min(triton.next_power_of_2(groups), 4096 // block))
        warps = 4 if rows * block <= 2048 else 8
        _fake_quant_rows_kernel[(triton.cdiv(groups, rows),)](
            src, out, noise_arg, groups, length, float(mix_ratio), ROWS=rows, BLOCK_L=block, num_warps=warps,
            enable_fp_fusion=FP_FUSION, **flags,
        )
        return
    block = 1024
    chunks = min(triton.cdiv(length, 16 * block), 256)
    lo = torch.empty((groups, chunks), dtype=torch.float32, device=src.device)
    hi = torch.empty_like(lo)
    _group_range_kernel[(groups, chunks)](
        src, lo, hi, length, chunks, ROUND_TO=flags["ROUND_TO"], BLOCK_L=block, num_warps=8, enable_fp_fusion=FP_FUSION,
    )
    _fake_quant_chunks_kernel[(groups, chunks)](
        src, out, noise_arg, lo, hi, length, chunks, float(mix_ratio),
        CHUNKS_P2=max(2, triton.next_power_of_2(chunks)), BLOCK_L=block, num_warps=8, enable_fp_fusion=FP_FUSION,
        **flags,
    )


__all__ = [
    "LinearConfig",
    "ONE_PASS_MAX",
    "TUNED",
    "block_k_for",
    "config_for",
    "dequantize",
    "fake_quant_rows",
    "linear_config",
    "quant_linear",
]
