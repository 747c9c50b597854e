/**
 * The MoQ bit schedule (SEMANTICS.md §2, §3, §5) as a plain, serializable state machine. The
 * controller owns it: it asks for the plan of the next training segment and where that segment must
 * end, advances it over the steps the worker ran, and stores it in checkpoints.
 *
 * Steps are counted optimizer steps (an update the optimizer skipped, e.g. on fp16 overflow, is not
 * a step here), numbered from 1. "The plan of step k" is what the MoQ rewrite that follows optimizer
 * step k writes; the spec's golden "step → bits" is the first k whose rewrite writes the new bits.
 *
 * Per state (see units.ts): `bits` starts at start_bits and `threshold` T at quantize_period. At a
 * quantized step, before the rewrite, each quantized tensor visited in parameter order checks its
 * state: if bits > target_bits and counter ≥ T, then bits −= 1 and T ← 2·T·f, f the eigenvalue factor
 * in force (1 without eigenvalues). Thresholds are absolute counter values, so with f = 1 the dwell
 * times are P, P, 2P, 4P, ...
 * - `moqlab`: one state per tensor and counter n = k − S, so at most one drop per tensor per step.
 * - `deepspeed-legacy`: states shared per block (or by all tensors) and a counter advancing 6·max(L,1)
 *   per step (counter.ts). Every visit checks the shared state, so one step can drop a state several
 *   bits ("cascade") and tensors of one state visited in one step are written at different bits;
 *   the next step writes them all at the state's bits. Unlike DeepSpeed ≤ 0.6, each tensor is always
 *   written at its own state's bits (never at layer 0's).
 */
import { Semantics } from '../config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { type Counter, scheduleCounter } from './counter.js';
import { type Mixing, mixRatio } from './mixing.js';
import type { QuantizedTensor } from './selection.js';
import { type StateUnit, stateUnits } from './units.js';

export enum Arm {
  /** No quantization ever. */
  Baseline = 'baseline',
  /** Every selected tensor at its target bits from step 1: no offset, schedule, mixing or eigenvalues. */
  BasicQat = 'basic-qat',
  /** The full MoQ schedule. */
  Moq = 'moq',
  /** The full schedule with eigenvalue-adapted periods: the controller computes the factors. */
  MoqEigen = 'moq-eigen',
}

export interface ScheduleOptions {
  arm: Arm;
  semantics: Semantics;
  /** schedule_offset: in optimizer steps (`moqlab`) or in counter units (`deepspeed-legacy`, SEMANTICS.md §2). */
  scheduleOffset: number;
  /** fp16_mixed_quantize; changeRatio is c = quantize_change_ratio, 0 < c ≤ 1 when enabled. */
  mixing: { enabled: boolean; changeRatio: number };
  /** deepspeed-legacy: L in Δ = 6·max(L,1) (eigenvalue.layer_num when eigenvalues are enabled, else 0). */
  legacyLayerNum: number;
  /**
   * deepspeed-legacy with eigenvalues: tensor name → block id; tensors of one block share one state.
   * Absent: all tensors share one state (legacy without eigenvalues). Tensors outside every block
   * share their own extra state. Sharing never crosses quantization groups. Ignored by `moqlab`.
   */
  legacyBlocks?: Record<string, string>;
}

/** What one quantized tensor is written with at a step, and how its mixing share continues in a segment. */
export interface TensorPlan extends Mixing {
  name: string;
  bits: number;
}

export interface Drop {
  /** The optimizer step whose rewrite first writes `toBits`. */
  step: number;
  /** The tensor whose visit made the drop (in deepspeed-legacy, the state is shared with its block). */
  tensor: string;
  fromBits: number;
  toBits: number;
  /** The new threshold T after the drop (an absolute counter value). */
  threshold: number;
  /** The eigenvalue factor f used (1 without eigenvalues). */
  factor: number;
  /** The unquantized share r written at this step: 1 with mixing (the master itself), 0 without. */
  mixRatio: number;
}

/**
 * The eigenvalue factor f ∈ 1..5 in force at a drop of `tensor`'s state; `dropIndex` counts the
 * drops that state made before this one (0 for its first). Called once per drop and per question
 * about a step with a drop, so it must answer the same for the same arguments.
 */
export type FactorOf = (tensor: string, dropIndex: number) => number;

const WITHOUT_EIGENVALUES: FactorOf = () => 1;

/** Checkpoint form (SEMANTICS.md §8). The counter, r and the offset progress all follow from `step`. */
export interface ScheduleState {
  version: typeof STATE_VERSION;
  arm: Arm;
  semantics: Semantics;
  /** Optimizer steps applied. */
  step: number;
  /** Per state (units.ts key): current bits and threshold. */
  units: Record<string, { bits: number; threshold: number }>;
  /** Per tensor: the step its mixing count is taken from (count at step k = k − origin). */
  mixOrigins: Record<string, number>;
}

const STATE_VERSION = 1;
const MIN_BITS = 1;
const MAX_BITS = 16;
const MIN_FACTOR = 1;
const MAX_FACTOR = 5;

interface UnitState {
  bits: number;
  threshold: number;
}

interface State {
  step: number;
  /** Parallel to the schedule's units. */
  units: UnitState[];
  /** Parallel to the schedule's tensors. */
  mixOrigins: number[];
}

function copyState(state: State): State {
  return { step: state.step, units: state.units.map((unit) => ({ ...unit })), mixOrigins: [...state.mixOrigins] };
}

function invalid(message: string): MoqlabError {
  return new MoqlabError(ErrorCode.InvalidArgument, message);
}

function isCount(value: unknown, min = 0): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

function checkTensors(tensors: readonly QuantizedTensor[]): void {
  const seen = new Set<string>();
  for (const tensor of tensors) {
    if (seen.has(tensor.name)) throw invalid(`tensor '${tensor.name}' is listed twice`);
    seen.add(tensor.name);
    const { startBits, targetBits, period } = tensor;
    if (!isCount(targetBits, MIN_BITS) || !isCount(startBits, targetBits) || startBits > MAX_BITS) {
      throw invalid(`tensor '${tensor.name}': bits must be integers with ${MIN_BITS} ≤ target ≤ start ≤ ${MAX_BITS}, got start ${startBits} and target ${targetBits}`);
    }
    if (!isCount(period, 1)) throw invalid(`tensor '${tensor.name}': quantize period must be an integer ≥ 1, got ${period}`);
  }
}

function checkOptions(options: ScheduleOptions): void {
  if (!Object.values(Arm).includes(options.arm)) throw invalid(`unknown arm '${String(options.arm)}'`);
  if (!Object.values(Semantics).includes(options.semantics)) throw invalid(`unknown semantics '${String(options.semantics)}'`);
  if (!isCount(options.scheduleOffset)) throw invalid(`schedule offset must be an integer ≥ 0, got ${options.scheduleOffset}`);
  if (!isCount(options.legacyLayerNum)) throw invalid(`legacy layer_num must be an integer ≥ 0, got ${options.legacyLayerNum}`);
  const { enabled, changeRatio } = options.mixing;
  if (enabled && !(changeRatio > 0 && changeRatio <= 1)) throw invalid(`mixing change ratio must be in (0, 1], got ${changeRatio}`);
}

function checkedFactor(factor: number, tensor: string): number {
  if (!Number.isInteger(factor) || factor < MIN_FACTOR || factor > MAX_FACTOR) {
    throw invalid(`eigenvalue factor of '${tensor}' must be an integer in ${MIN_FACTOR}..${MAX_FACTOR}, got ${factor}`);
  }
  return factor;
}

function stateMismatch(message: string): MoqlabError {
  return new MoqlabError(ErrorCode.ConfigInvalid, `the checkpoint's bit schedule does not fit this configuration: ${message}`, {
    hint: 'resume with the quantization configuration the run was started with',
  });
}

function sameKeys(record: object, keys: readonly string[]): boolean {
  const own = Object.keys(record);
  return own.length === keys.length && keys.every((key) => Object.hasOwn(record, key));
}

export class MoqSchedule {
  readonly #tensors: readonly QuantizedTensor[];
  readonly #options: ScheduleOptions;
  readonly #units: readonly StateUnit[];
  readonly #unitOf: readonly number[];
  readonly #counter: Counter;
  #state: State;
  readonly #arm: Exclude<Arm, Arm.MoqEigen>;

  /** `tensors` in parameter order (as selectTensors returns them): the order drop checks visit them. */
  constructor(tensors: readonly QuantizedTensor[], options: ScheduleOptions) {
    checkTensors(tensors);
    checkOptions(options);
    this.#tensors = [...tensors];
    this.#options = options;
    // The schedule of moq-eigen is moq's; only where its factors come from differs.
    this.#arm = options.arm === Arm.MoqEigen ? Arm.Moq : options.arm;
    const layout = stateUnits(tensors, options.semantics, options.legacyBlocks);
    this.#units = layout.units;
    this.#unitOf = layout.unitOf;
    this.#counter = scheduleCounter(options.semantics, options.scheduleOffset, options.legacyLayerNum);
    // Counting mixing from the step before the first quantized one makes that step's count 1.
    const origin = this.#arm === Arm.Moq ? this.#counter.startStep - 1 : 0;
    this.#state = {
      step: 0,
      units: this.#units.map((unit) => ({ bits: unit.startBits, threshold: unit.period })),
      mixOrigins: tensors.map(() => origin),
    };
  }

  /** Optimizer steps already applied (0 before training). */
  get step(): number {
    return this.#state.step;
  }

  /** The first quantized optimizer step; null for the baseline arm. */
  get quantizationStartStep(): number | null {
    switch (this.#arm) {
      case Arm.Baseline:
        return null;
      case Arm.BasicQat:
        return 1;
      case Arm.Moq:
        return this.#counter.startStep;
    }
  }

  /**
   * What every quantized tensor is written with at optimizer step `this.step + 1`, in parameter
   * order; empty before quantization starts and for the baseline arm. `factor` matters only for
   * deepspeed-legacy cascades, whose later drops in a step depend on the thresholds set by earlier ones.
   */
  planForNextStep(factor: FactorOf = WITHOUT_EIGENVALUES): TensorPlan[] {
    const next = this.#state.step + 1;
    switch (this.#arm) {
      case Arm.Baseline:
        return [];
      case Arm.BasicQat:
        return this.#tensors.map((tensor, i) => this.#entry(tensor, tensor.targetBits, next - this.#state.mixOrigins[i]!));
      case Arm.Moq:
        return next < this.#counter.startStep ? [] : this.#runStep(copyState(this.#state), next, factor).plan;
    }
  }

  /**
   * The first step s > this.step + 1 whose plan differs from step this.step + 1's in anything but the
   * progression of mixCount (a drop, quantization starting, a legacy cascade settling), or null when
   * nothing will change again: steps this.step + 1 .. s − 1 form one segment trained with
   * planForNextStep(), mixCount advancing by one per step. `factor` as for planForNextStep: the
   * answer after a step with a drop depends on the threshold that drop sets.
   */
  nextChangeStep(factor: FactorOf = WITHOUT_EIGENVALUES): number | null {
    if (this.#arm !== Arm.Moq || this.#tensors.length === 0) return null;
    const next = this.#state.step + 1;
    if (next < this.#counter.startStep) return this.#counter.startStep;
    const after = copyState(this.#state);
    const written = this.#runStep(after, next, factor).plan;
    // After a legacy cascade or a mid-step mixing reset, the following step writes some tensors
    // differently even without a drop.
    const steady = this.#steadyPlan(after, next + 1);
    const progresses = written.every((entry, i) => entry.bits === steady[i]!.bits && entry.mixCount + 1 === steady[i]!.mixCount);
    return progresses ? this.#nextDropStep(after) : next + 1;
  }

  /**
   * The tensors whose state drops at least once at step this.step + 1, whatever the factors: where
   * SEMANTICS.md §4 computes block eigenvalues (on that step's batch) before the drop uses them.
   */
  dropsDueAtNextStep(): string[] {
    const next = this.#state.step + 1;
    if (this.#arm !== Arm.Moq || next < this.#counter.startStep) return [];
    const counter = this.#counter.at(next);
    // Within a step the counter is fixed and thresholds only grow, so a state that drops at all
    // drops at the first visit of one of its tensors: the check before any visit decides.
    return this.#tensors.filter((_, i) => this.#isDue(this.#state, this.#unitOf[i]!, counter)).map((tensor) => tensor.name);
  }

  /**
   * The 1-based number of step this.step + 1 among quantized steps (n of SEMANTICS.md §2 in moqlab
   * semantics), 0 when that step is not quantized. The worker seeds stochastic rounding with it
   * (SEMANTICS.md §6), adding j at the j-th step of a segment.
   */
  nextQuantizedStepNumber(): number {
    const start = this.quantizationStartStep;
    const next = this.#state.step + 1;
    return start === null || next < start ? 0 : next - start + 1;
  }

  /**
   * Applies optimizer steps up to and including `step`: drops happen at their steps, with the
   * factor in force given by `factor`. Returns the drops that happened, in order.
   */
  advanceTo(step: number, factor: FactorOf = WITHOUT_EIGENVALUES): Drop[] {
    if (!isCount(step, this.#state.step)) throw invalid(`cannot advance the schedule from step ${this.#state.step} to ${step}: steps are integers and only go forward`);
    const drops: Drop[] = [];
    if (this.#arm === Arm.Moq) {
      for (let next = this.#nextDropStep(this.#state); next !== null && next <= step; next = this.#nextDropStep(this.#state)) {
        // On a copy, so a factor callback that throws leaves the schedule at the last step it completed.
        const after = copyState(this.#state);
        drops.push(...this.#runStep(after, next, factor).drops);
        this.#state = after;
      }
    }
    this.#state.step = step;
    return drops;
  }

  toJSON(): ScheduleState {
    const units = Object.fromEntries(this.#units.map((unit, u) => [unit.key, { ...this.#state.units[u]! }]));
    const mixOrigins = Object.fromEntries(this.#tensors.map((tensor, i) => [tensor.name, this.#state.mixOrigins[i]!]));
    return { version: STATE_VERSION, arm: this.#options.arm, semantics: this.#options.semantics, step: this.#state.step, units, mixOrigins };
  }

  /** The schedule `toJSON` saved, for the same tensors and options; anything else is rejected. */
  static fromJSON(tensors: readonly QuantizedTensor[], options: ScheduleOptions, state: ScheduleState): MoqSchedule {
    const schedule = new MoqSchedule(tensors, options);
    if (state?.version !== STATE_VERSION) throw stateMismatch(`unknown state version ${String(state?.version)}`);
    if (state.arm !== options.arm || state.semantics !== options.semantics) {
      throw stateMismatch(`saved for arm ${state.arm} with ${state.semantics} semantics, resumed as arm ${options.arm} with ${options.semantics}`);
    }
    if (!isCount(state.step)) throw stateMismatch(`step ${String(state.step)} is not a step count`);
    const keys = schedule.#units.map((unit) => unit.key);
    if (typeof state.units !== 'object' || state.units === null || !sameKeys(state.units, keys)) {
      throw stateMismatch(`its states are not this configuration's (${keys.join(', ')})`);
    }
    const names = tensors.map((tensor) => tensor.name);
    if (typeof state.mixOrigins !== 'object' || state.mixOrigins === null || !sameKeys(state.mixOrigins, names)) {
      throw stateMismatch('its tensors are not the ones this configuration quantizes');
    }
    const units = schedule.#units.map((unit) => {
      const saved = state.units[unit.key]!;
      if (!isCount(saved.bits, unit.targetBits) || saved.bits > unit.startBits || !isCount(saved.threshold, unit.period)) {
        throw stateMismatch(`state '${unit.key}' has bits ${saved.bits} and threshold ${saved.threshold}, outside ${unit.startBits}→${unit.targetBits} bits with period ${unit.period}`);
      }
      return { bits: saved.bits, threshold: saved.threshold };
    });
    const mixOrigins = names.map((name) => {
      const origin = state.mixOrigins[name];
      if (!isCount(origin)) throw stateMismatch(`tensor '${name}' has mixing origin ${String(origin)}`);
      return origin;
    });
    schedule.#state = { step: state.step, units, mixOrigins };
    return schedule;
  }

  get #mixing(): boolean {
    return this.#arm === Arm.Moq && this.#options.mixing.enabled;
  }

  #entry(tensor: QuantizedTensor, bits: number, mixCount: number): TensorPlan {
    const mixing = this.#mixing;
    return { name: tensor.name, bits, mixing, mixCount, changeRatio: mixing ? this.#options.mixing.changeRatio : 0 };
  }

  #isDue(state: State, unitIndex: number, counter: number): boolean {
    const unit = state.units[unitIndex]!;
    return unit.bits > this.#units[unitIndex]!.targetBits && counter >= unit.threshold;
  }

  /**
   * Runs quantized step `step` on `state` (mutated): the drop checks in parameter order, then the
   * plan the step writes. Mixing restarts at a drop: for that tensor (moqlab), or in deepspeed-legacy
   * for every tensor from the dropping visit on, and for all of them from the next step (one global
   * r, reset when any state drops, as DeepSpeed reset its single ratio mid-loop).
   */
  #runStep(state: State, step: number, factor: FactorOf): { plan: TensorPlan[]; drops: Drop[] } {
    const counter = this.#counter.at(step);
    const globalMixing = this.#options.semantics === Semantics.DeepspeedLegacy;
    const plan: TensorPlan[] = [];
    const drops: Drop[] = [];
    let resetAll = false;
    this.#tensors.forEach((tensor, i) => {
      const unitIndex = this.#unitOf[i]!;
      const unit = state.units[unitIndex]!;
      let dropped: Omit<Drop, 'mixRatio'> | null = null;
      if (this.#isDue(state, unitIndex, counter)) {
        const f = checkedFactor(factor(tensor.name, this.#units[unitIndex]!.startBits - unit.bits), tensor.name);
        dropped = { step, tensor: tensor.name, fromBits: unit.bits, toBits: unit.bits - 1, threshold: 2 * unit.threshold * f, factor: f };
        unit.bits = dropped.toBits;
        unit.threshold = dropped.threshold;
        resetAll ||= globalMixing;
        state.mixOrigins[i] = step;
      }
      if (resetAll) state.mixOrigins[i] = step;
      const entry = this.#entry(tensor, unit.bits, step - state.mixOrigins[i]!);
      plan.push(entry);
      if (dropped) drops.push({ ...dropped, mixRatio: mixRatio(entry) });
    });
    if (resetAll) state.mixOrigins.fill(step);
    state.step = step;
    return { plan, drops };
  }

  /** What step `step` writes if no state drops there. */
  #steadyPlan(state: State, step: number): TensorPlan[] {
    return this.#tensors.map((tensor, i) => this.#entry(tensor, state.units[this.#unitOf[i]!]!.bits, step - state.mixOrigins[i]!));
  }

  /** The first step after `state.step` at which some state drops, or null when all are at target. */
  #nextDropStep(state: State): number | null {
    let lowest = Infinity;
    this.#units.forEach((unit, u) => {
      const current = state.units[u]!;
      if (current.bits > unit.targetBits) lowest = Math.min(lowest, current.threshold);
    });
    if (lowest === Infinity) return null;
    // A legacy cascade is limited to one drop per visit, so a state can still be due at the next step.
    return Math.max(this.#counter.firstStepReaching(lowest), state.step + 1);
  }
}
