/**
 * How counted optimizer steps map to the schedule counter that thresholds are compared against
 * (SEMANTICS.md §2). Steps are counted (successful) optimizer steps, numbered from 1.
 */
import { Semantics } from '../config/quantization-enums.js';

/**
 * DeepSpeed ≤ 0.6 advanced its counter by TWO_D_PARAMS·max(L,1) per optimizer step: 6 is the number
 * of weight matrices of a BERT block (query, key, value, attention output, intermediate, output).
 */
const LEGACY_MATRICES_PER_BLOCK = 6;

export interface Counter {
  /** The first quantized optimizer step. */
  readonly startStep: number;
  /** The counter compared against thresholds at optimizer step `step` (≥ startStep). */
  at(step: number): number;
  /** The first quantized optimizer step whose counter is at least `value`. */
  firstStepReaching(value: number): number;
}

/** `moqlab`: n = k − S at optimizer step k > S, so n = 1 at the first quantized step. */
function moqlabCounter(offset: number): Counter {
  return {
    startStep: offset + 1,
    at: (step) => step - offset,
    firstStepReaching: (value) => offset + Math.max(value, 1),
  };
}

/**
 * `deepspeed-legacy`: the counter advances Δ = 6·max(L,1) per optimizer step, from 0, and the
 * offset is in counter units. Like DeepSpeed ≤ 0.6, the step whose advance first reaches the offset
 * resets the counter to 0 and is itself quantized: it writes start bits (counter 0 is below every
 * threshold, since periods are ≥ 1), and the next step counts Δ. Without an offset no reset
 * happens: step 1 is quantized with counter Δ.
 */
function legacyCounter(offset: number, layerNum: number): Counter {
  const delta = LEGACY_MATRICES_PER_BLOCK * Math.max(layerNum, 1);
  const startStep = offset > 0 ? Math.ceil(offset / delta) : 1;
  const startValue = offset > 0 ? 0 : delta;
  return {
    startStep,
    at: (step) => startValue + delta * (step - startStep),
    firstStepReaching: (value) => startStep + Math.max(0, Math.ceil((value - startValue) / delta)),
  };
}

export function scheduleCounter(semantics: Semantics, offset: number, legacyLayerNum: number): Counter {
  return semantics === Semantics.DeepspeedLegacy ? legacyCounter(offset, legacyLayerNum) : moqlabCounter(offset);
}
