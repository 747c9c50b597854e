/**
 * The bits an arm ends with, predicted before training. A comparison is fair only when its MoQ arms
 * end at the target bits basic-qat trains at from step 1 (issue 12 §5): an arm that ends at 5 bits
 * against a 4-bit basic-qat looks better for the wrong reason. The schedule is fully determined by
 * its inputs (SEMANTICS.md §3), so this is known before any step is trained, except for moq-eigen, whose
 * factors are measured while training: it is predicted with factor 1, the earliest its drops can
 * come, and with the largest factor on every block, the latest.
 */
import { ErrorCode, MoqlabError } from '../errors.js';
import { Arm, type FactorOf, MoqSchedule, type ScheduleOptions } from './moq.js';
import type { QuantizedTensor } from './selection.js';
import { predictTimeline, weightedMean } from './timeline.js';

export enum TargetOutcome {
  /** Every quantized tensor is at its target bits when the run ends. */
  Reached = 'reached',
  /** Some tensor is still above its target when the run ends (for moq-eigen: even with factor 1). */
  Missed = 'missed',
  /** moq-eigen only: reached with factor 1, missed if the measured factors stretch the schedule enough. */
  AtRisk = 'at-risk',
  /** Quantization starts after the run ends (schedule_offset): every tensor trains unquantized. */
  NeverQuantized = 'never-quantized',
}

/** How one schedule ends. */
export interface Ending {
  /** Tensors above their target bits when the run ends. */
  aboveTarget: number;
  /** Mean bits written when the run ends, weighted by tensor size; null when nothing is quantized by then. */
  finalBits: number | null;
  /** The first step at which every tensor is at its target, within the run or after it; null when beyond any run. */
  targetStep: number | null;
}

export interface FinalBits extends Ending {
  arm: Exclude<Arm, Arm.Baseline>;
  outcome: TargetOutcome;
  /** Quantized tensors. */
  tensors: number;
  /** Mean target bits weighted by tensor size: the bits basic-qat trains at. */
  targetBits: number;
  totalSteps: number;
  /** The first quantized step. */
  quantizationStartStep: number;
  /** moq-eigen: the ending with the largest factor on every block (the latest the drops can come). */
  worstCase: Ending | null;
}

function ending(tensors: QuantizedTensor[], options: ScheduleOptions, totalSteps: number, factor?: FactorOf): Ending {
  const { layers, quantizationStartStep, averageBits } = predictTimeline(tensors, options, totalSteps, factor);
  const quantized = quantizationStartStep !== null && quantizationStartStep <= totalSteps;
  return {
    aboveTarget: quantized ? layers.filter((layer) => (layer.drops.at(-1)?.bits ?? layer.initialBits) > layer.targetBits).length : layers.length,
    finalBits: quantized ? averageBits.at(-1)!.bits : null,
    // The same schedule in a run as long as it takes.
    targetStep: predictTimeline(tensors, options, Number.MAX_SAFE_INTEGER, factor).allAtTargetStep,
  };
}

/**
 * The ending of `options.arm` over a run of `totalSteps` optimizer steps; null for the baseline arm.
 * `worstFactor` is moq-eigen's largest factor per tensor (1 outside every block).
 */
export function predictFinalBits(tensors: QuantizedTensor[], options: ScheduleOptions, totalSteps: number, worstFactor?: FactorOf): FinalBits | null {
  const { arm } = options;
  if (arm === Arm.Baseline) return null;
  if (arm === Arm.MoqEigen && worstFactor === undefined) throw new MoqlabError(ErrorCode.InvalidArgument, 'the moq-eigen arm is predicted with its largest factors too: pass worstFactor');
  const best = ending(tensors, options, totalSteps);
  const worstCase = arm === Arm.MoqEigen ? ending(tensors, options, totalSteps, worstFactor) : null;
  const start = new MoqSchedule(tensors, options).quantizationStartStep!;
  const outcome =
    start > totalSteps
      ? TargetOutcome.NeverQuantized
      : best.aboveTarget > 0
        ? TargetOutcome.Missed
        : worstCase !== null && worstCase.aboveTarget > 0
          ? TargetOutcome.AtRisk
          : TargetOutcome.Reached;
  return {
    arm,
    outcome,
    tensors: tensors.length,
    targetBits: weightedMean(tensors.map((tensor) => tensor.targetBits), tensors),
    totalSteps,
    quantizationStartStep: start,
    ...best,
    worstCase,
  };
}

/** Whether the arm's predicted final bits are above its target: what --require-target refuses. */
export function endsAboveTarget(prediction: FinalBits): boolean {
  return prediction.outcome === TargetOutcome.Missed || prediction.outcome === TargetOutcome.NeverQuantized;
}

/** "4", "6.5", "5.87": bits to at most two decimals, which is all a reader compares. */
export function formatBits(bits: number): string {
  return String(Number(bits.toFixed(2)));
}

function tensorsAbove(count: number, of: number): string {
  return `${count} of ${of} quantized tensor${of === 1 ? '' : 's'} ${count === 1 ? 'is' : 'are'} still above target`;
}

function lastDrop(targetStep: number | null): string {
  return targetStep === null ? 'the last drop to target would need more steps than any run has' : `the last drop to target would come at step ${targetStep}`;
}

const REFUSE = '--require-target refuses such a run instead of training it';

/**
 * One warning per arm that ends above target, before it trains: which arm, how many tensors, the
 * final mean bits against basic-qat's, when the last drop would come against the run's end, and the
 * fix. Null when the arm ends at its target.
 */
export function finalBitsWarning(p: FinalBits): string | null {
  const target = `the ${formatBits(p.targetBits)} bits basic-qat trains at`;
  const end = `the run ends at step ${p.totalSteps}`;
  switch (p.outcome) {
    case TargetOutcome.Reached:
      return null;
    case TargetOutcome.NeverQuantized:
      return (
        `${p.arm} arm never quantizes: quantization starts at step ${p.quantizationStartStep} but ${end}, so its ${p.tensors} tensors train at full precision against ${target}; ` +
        `lower schedule_offset or train longer; ${REFUSE}`
      );
    case TargetOutcome.Missed: {
      const lowerBound = p.arm === Arm.MoqEigen ? ' even with eigenvalue factor 1 (measured factors can only delay the drops further)' : '';
      const fix = p.targetStep === null ? 'train longer' : `train at least ${p.targetStep} steps`;
      return (
        `${p.arm} arm ends above its target bits${lowerBound}: ${tensorsAbove(p.aboveTarget, p.tensors)} when ${end}, ` +
        `at ${formatBits(p.finalBits!)} mean bits against ${target}; ${lastDrop(p.targetStep)}; ` +
        `${fix} or lower quantize_period; ${REFUSE}`
      );
    }
    case TargetOutcome.AtRisk: {
      const worst = p.worstCase!;
      const worstBits = worst.finalBits === null ? '' : `, at ${formatBits(worst.finalBits)} mean bits`;
      return (
        `${p.arm} arm may end above target if eigenvalue factors stretch the schedule: with factor 1 every tensor is at target from step ${p.targetStep} ` +
        `and ${end}, but with the largest factor on every block ${worst.aboveTarget} of ${p.tensors} would still be above target${worstBits} against ${target} ` +
        `(${lastDrop(worst.targetStep)}); the factors are measured while training, so check the final bits after it, or train longer or lower quantize_period`
      );
    }
  }
}

/** --require-target: refuses, before anything trains, when some arm's predicted final bits are above its target. */
export function requireTarget(predictions: readonly FinalBits[]): void {
  const above = predictions.filter(endsAboveTarget);
  if (above.length === 0) return;
  const arms = above.map((p) => `${p.arm} (${p.finalBits === null ? 'unquantized' : `${formatBits(p.finalBits)} bits`})`).join(', ');
  throw new MoqlabError(ErrorCode.ConfigInvalid, `--require-target: ${arms} would end above the ${formatBits(above[0]!.targetBits)} target bits basic-qat trains at`, {
    hint: 'train longer (training.steps or --steps) or lower quantize_period or schedule_offset so every tensor reaches its target; `moqlab plan` shows when each does',
  });
}
