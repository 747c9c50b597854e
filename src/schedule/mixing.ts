/** fp16 mixing of the MoQ rewrite `w ← r·W + (1−r)·Q_b(W)` (SEMANTICS.md §5). */

/** What a tensor's plan says about mixing; the worker derives r from it for every step of a segment. */
export interface Mixing {
  /** Off: r = 0 (pure Q_b(W)) whatever the count. */
  mixing: boolean;
  /**
   * k of SEMANTICS.md §5 at the segment's first step: quantized steps since the tensor's last drop (0 on the
   * drop step itself, so r = 1 there), or since quantization started (1 on the first quantized step).
   */
  mixCount: number;
  /** c = quantize_change_ratio. */
  changeRatio: number;
}

/**
 * The unquantized share r at the j-th step (from 0) of a segment: max(0, 1 − c·(k + j)), computed
 * from the count rather than by repeated subtraction so no rounding drift accumulates.
 */
export function mixRatio(plan: Mixing, j = 0): number {
  return plan.mixing ? Math.max(0, 1 - plan.changeRatio * (plan.mixCount + j)) : 0;
}
