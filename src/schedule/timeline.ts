/**
 * The whole bit schedule of a run predicted ahead of training (`moqlab plan`): the schedule is fully
 * determined by (start, target, period, offset, factors), so the controller can show it, and warn
 * about what will not reach its target, before any GPU time is spent (SEMANTICS.md §3).
 */
import type { Semantics } from '../config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { Arm, type FactorOf, MoqSchedule, type ScheduleOptions, type TensorPlan } from './moq.js';
import type { QuantizedTensor } from './selection.js';

export interface BitsAtStep {
  step: number;
  bits: number;
}

export interface TimelineLayer {
  name: string;
  /** Every change of written bits, at the first step that writes the new bits (legacy cascades included). */
  drops: BitsAtStep[];
  /** The bits the schedule starts from: start bits, or target bits for basic-qat. */
  initialBits: number;
  targetBits: number;
  numel: number;
  /** For a tensor above its target when the run ends: its next change had training gone on. */
  afterRun: BitsAtStep | null;
}

/** Tensors whose timelines are identical, which reports show as one row or one line. */
export interface LayerGroup {
  layers: TimelineLayer[];
  /** The first of `layers`, whose timeline all share. */
  timeline: TimelineLayer;
}

export interface Timeline {
  /** Every quantized tensor in parameter order; none for the baseline arm. */
  layers: TimelineLayer[];
  warnings: string[];
  /** Mean written bits weighted by tensor size: at the first quantized step, then at every step where bits change. */
  averageBits: BitsAtStep[];
  /** The first step at which every tensor is written at its target bits, if within the run. */
  allAtTargetStep: number | null;
  totalSteps: number;
  /** The first quantized step (possibly after the run ends); null for the baseline arm. */
  quantizationStartStep: number | null;
  arm: Arm;
  semantics: Semantics;
}

/** What `moqlab plan --json` prints: the spec'd `layers` and `warnings` first, then moqlab's extras. */
export interface PlanJson {
  layers: Array<{ name: string; drops: BitsAtStep[] }>;
  warnings: string[];
  averageBits: BitsAtStep[];
  allAtTargetStep: number | null;
  totalSteps: number;
  quantizationStartStep: number | null;
  arm: Arm;
  semantics: Semantics;
}

/** The plan of every step where some plan changes, from step 1 on, until nothing changes any more. */
function* planChanges(schedule: MoqSchedule, factor: FactorOf): Generator<{ step: number; plan: TensorPlan[] }> {
  for (;;) {
    yield { step: schedule.step + 1, plan: schedule.planForNextStep(factor) };
    const next = schedule.nextChangeStep(factor);
    // Factors multiply thresholds up to tenfold per drop: past safe integers no run gets there.
    if (next === null || !Number.isSafeInteger(next)) return;
    schedule.advanceTo(next - 1, factor);
  }
}

/** Mean of per-tensor bits weighted by tensor size, as the model's memory sees them. */
export function weightedMean(bits: readonly number[], layers: readonly Pick<TimelineLayer, 'numel'>[]): number {
  const total = layers.reduce((sum, layer) => sum + layer.numel, 0);
  return layers.reduce((sum, layer, i) => sum + bits[i]! * layer.numel, 0) / total;
}

/**
 * The warning for a tensor that misses its target, about `subject` (its name, or a description of
 * several tensors sharing its timeline). Null when the tensor reaches its target within the run.
 */
export function shortfallWarning(subject: string, layer: TimelineLayer, timeline: Pick<Timeline, 'quantizationStartStep' | 'totalSteps'>): string | null {
  if (layer.afterRun === null) return null;
  const last = layer.drops.at(-1);
  const reached = last ? `reaches ${last.bits} bits at step ${last.step}` : `stays at ${layer.initialBits} bits from step ${timeline.quantizationStartStep}`;
  const next = layer.afterRun;
  return `${subject} ${reached} and would need step ${next.step} for ${next.bits}; the run ends at ${timeline.totalSteps}; lower quantize_period or train longer`;
}

/**
 * The bits a tensor is written with from each step on, from the quantization start: its initial
 * bits, then its drops. Bits dropped below at the very step they would start (a legacy cascade) are
 * never written, so they are left out.
 */
export function writtenBits(layer: TimelineLayer, quantizationStartStep: number): BitsAtStep[] {
  const entries = [{ step: quantizationStartStep, bits: layer.initialBits }, ...layer.drops];
  return entries.filter((entry, i) => entries[i + 1]?.step !== entry.step);
}

/** Groups layers with identical timelines, in the order of each group's first layer. */
export function groupIdenticalLayers(layers: readonly TimelineLayer[]): LayerGroup[] {
  const groups = new Map<string, LayerGroup>();
  for (const layer of layers) {
    const { initialBits, targetBits, drops, afterRun } = layer;
    const key = JSON.stringify({ initialBits, targetBits, drops, afterRun });
    const group = groups.get(key);
    if (group) group.layers.push(layer);
    else groups.set(key, { layers: [layer], timeline: layer });
  }
  return [...groups.values()];
}

/**
 * Predicts a run of `totalSteps` optimizer steps. `factors` gives the eigenvalue factor of each drop
 * (all 1 by default, i.e. without eigenvalues); a run with eigenvalues can only be predicted under
 * assumed factors. A tensor still above target when the run ends gets a warning saying when its
 * next drop would come.
 */
export function predictTimeline(tensors: QuantizedTensor[], options: ScheduleOptions, totalSteps: number, factors: FactorOf = () => 1): Timeline {
  if (!Number.isSafeInteger(totalSteps) || totalSteps < 0) {
    throw new MoqlabError(ErrorCode.InvalidArgument, `total steps must be an integer ≥ 0, got ${totalSteps}`);
  }
  const schedule = new MoqSchedule(tensors, options);
  const start = schedule.quantizationStartStep;
  const layers: TimelineLayer[] =
    options.arm === Arm.Baseline
      ? []
      : tensors.map((tensor) => ({
          name: tensor.name,
          drops: [],
          initialBits: options.arm === Arm.BasicQat ? tensor.targetBits : tensor.startBits,
          targetBits: tensor.targetBits,
          numel: tensor.numel,
          afterRun: null,
        }));
  const written = layers.map((layer) => layer.initialBits);
  const averageBits: BitsAtStep[] = [];
  let allAtTargetStep: number | null = null;
  // Bits written when the run ends; the simulation goes on until every tensor then above its target has its next change.
  let endBits: number[] | null = null;
  const resolved = (bits: readonly number[]) => layers.every((layer, i) => bits[i] === layer.targetBits || layer.afterRun !== null);

  for (const { step, plan } of planChanges(schedule, factors)) {
    if (step > totalSteps) {
      endBits ??= [...written];
      if (plan.length === 0 || resolved(endBits)) break;
    }
    const changed = plan.flatMap((entry, i) => (entry.bits === written[i] ? [] : [i]));
    for (const i of changed) {
      const change = { step, bits: plan[i]!.bits };
      const layer = layers[i]!;
      written[i] = change.bits;
      if (endBits === null) layer.drops.push(change);
      else if (layer.afterRun === null && endBits[i] !== layer.targetBits) layer.afterRun = change;
    }
    if (endBits === null && plan.length > 0) {
      if (averageBits.length === 0 || changed.length > 0) averageBits.push({ step, bits: weightedMean(written, layers) });
      if (allAtTargetStep === null && layers.every((layer, i) => written[i] === layer.targetBits)) allAtTargetStep = step;
    }
  }

  const timeline: Timeline = { layers, warnings: [], averageBits, allAtTargetStep, totalSteps, quantizationStartStep: start, arm: options.arm, semantics: options.semantics };
  if (start !== null && start > totalSteps) {
    // One cause for every tensor: say it once.
    timeline.warnings.push(`quantization starts at step ${start} but the run ends at ${totalSteps}: no tensor is quantized; lower schedule_offset or train longer`);
  } else {
    for (const layer of layers) {
      const warning = shortfallWarning(layer.name, layer, timeline);
      if (warning !== null) timeline.warnings.push(warning);
    }
  }
  return timeline;
}

export function toPlanJson(timeline: Timeline): PlanJson {
  return {
    layers: timeline.layers.map((layer) => ({ name: layer.name, drops: layer.drops.map(({ step, bits }) => ({ step, bits })) })),
    warnings: [...timeline.warnings],
    averageBits: timeline.averageBits.map(({ step, bits }) => ({ step, bits })),
    allAtTargetStep: timeline.allAtTargetStep,
    totalSteps: timeline.totalSteps,
    quantizationStartStep: timeline.quantizationStartStep,
    arm: timeline.arm,
    semantics: timeline.semantics,
  };
}
