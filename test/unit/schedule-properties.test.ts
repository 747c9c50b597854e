/**
 * Property tests of the schedule over seeded random configurations, against a reference that
 * follows the spec's text literally: one optimizer step at a time, a DeepSpeed-style running
 * counter (with the offset reset) in legacy mode, a running mixing count, no closed forms.
 */
import { describe, expect, it } from 'vitest';
import { Semantics } from '../../src/config/quantization-enums.js';
import { mixRatio } from '../../src/schedule/mixing.js';
import { type Drop, type FactorOf, MoqSchedule, type ScheduleOptions, type TensorPlan } from '../../src/schedule/moq.js';
import type { QuantizedTensor } from '../../src/schedule/selection.js';
import { quantized, scheduleOptions, seededRandom } from './schedule-fixtures.js';

interface Case {
  seed: number;
  tensors: QuantizedTensor[];
  options: ScheduleOptions;
  factor: FactorOf;
  totalSteps: number;
}

const CASES = 300;

function randomCase(seed: number, { withFactors = true, semantics }: { withFactors?: boolean; semantics?: Semantics } = {}): Case {
  const rand = seededRandom(seed);
  const chosen = semantics ?? rand.pick([Semantics.Moqlab, Semantics.DeepspeedLegacy]);
  const groups = Array.from({ length: rand.int(1, 2) }, (_, g) => {
    const startBits = rand.int(2, 16);
    return { name: `g${g}`, startBits, targetBits: rand.int(1, startBits), period: rand.int(1, 40) };
  });
  const tensors = Array.from({ length: rand.int(1, 6) }, (_, index) => {
    const { name: group, ...bits } = rand.pick(groups);
    return quantized(`t${index}`, { index, group, ...bits, numel: rand.int(1, 1000) });
  });
  const legacyBlocks =
    chosen === Semantics.DeepspeedLegacy && rand.next() < 0.5
      ? Object.fromEntries(tensors.filter(() => rand.next() < 0.8).map((tensor) => [tensor.name, String(rand.int(0, 2))]))
      : undefined;
  const options = scheduleOptions({
    semantics: chosen,
    scheduleOffset: rand.next() < 0.5 ? 0 : rand.int(1, 60),
    mixing: rand.next() < 0.5 ? { enabled: true, changeRatio: rand.pick([0.05, 0.1, 0.3, 1]) } : { enabled: false, changeRatio: 0.001 },
    legacyLayerNum: rand.int(0, 3),
    ...(legacyBlocks === undefined ? {} : { legacyBlocks }),
  });
  const table = Array.from({ length: 17 }, () => rand.int(1, 5));
  const factor: FactorOf = withFactors ? (tensor, dropIndex) => table[(Number(tensor.slice(1)) * 5 + dropIndex) % table.length]! : () => 1;
  return { seed, tensors, options, factor, totalSteps: rand.int(1, 400) };
}

/** The spec, literally: plans[k − 1] is what step k writes. Only the moq arm. */
function reference({ tensors, options, factor, totalSteps }: Case): { plans: TensorPlan[][]; drops: Drop[] } {
  const legacy = options.semantics === Semantics.DeepspeedLegacy;
  const changeRatio = options.mixing.enabled ? options.mixing.changeRatio : 0;
  const stateKey = (tensor: QuantizedTensor): string => {
    if (!legacy) return tensor.name;
    if (options.legacyBlocks === undefined) return tensor.group;
    const block = options.legacyBlocks[tensor.name];
    return block === undefined ? `${tensor.group} outside` : `${tensor.group} ${block}`;
  };
  const states = new Map<string, { bits: number; threshold: number }>();
  for (const tensor of tensors) if (!states.has(stateKey(tensor))) states.set(stateKey(tensor), { bits: tensor.startBits, threshold: tensor.period });
  const sinceDrop = new Map(tensors.map((tensor) => [tensor.name, 0]));
  let sinceAnyDrop = 0;
  let counter = 0;
  let quantizing = false;
  const plans: TensorPlan[][] = [];
  const drops: Drop[] = [];
  for (let step = 1; step <= totalSteps; step++) {
    if (legacy) {
      counter += 6 * Math.max(options.legacyLayerNum, 1);
      if (!quantizing && (options.scheduleOffset === 0 || counter >= options.scheduleOffset)) {
        if (options.scheduleOffset > 0) counter = 0;
        quantizing = true;
      }
    } else {
      counter = step - options.scheduleOffset;
      quantizing = counter >= 1;
    }
    if (!quantizing) {
      plans.push([]);
      continue;
    }
    sinceAnyDrop += 1;
    for (const tensor of tensors) sinceDrop.set(tensor.name, sinceDrop.get(tensor.name)! + 1);
    const plan: TensorPlan[] = [];
    for (const tensor of tensors) {
      const state = states.get(stateKey(tensor))!;
      if (state.bits > tensor.targetBits && counter >= state.threshold) {
        const f = factor(tensor.name, tensor.startBits - state.bits);
        drops.push({ step, tensor: tensor.name, fromBits: state.bits, toBits: state.bits - 1, threshold: 2 * state.threshold * f, factor: f, mixRatio: options.mixing.enabled ? 1 : 0 });
        state.bits -= 1;
        state.threshold *= 2 * f;
        sinceDrop.set(tensor.name, 0);
        sinceAnyDrop = 0;
      }
      const mixCount = legacy ? sinceAnyDrop : sinceDrop.get(tensor.name)!;
      plan.push({ name: tensor.name, bits: state.bits, mixing: options.mixing.enabled, mixCount, changeRatio });
    }
    plans.push(plan);
  }
  return { plans, drops };
}

function progressed(plan: readonly TensorPlan[], j: number): TensorPlan[] {
  return plan.map((entry) => ({ ...entry, mixCount: entry.mixCount + j }));
}

function forEachCase(options: { withFactors?: boolean; semantics?: Semantics }, check: (c: Case) => void): void {
  for (let seed = 1; seed <= CASES; seed++) {
    const c = randomCase(seed, options);
    try {
      check(c);
    } catch (error) {
      (error as Error).message = `seed ${seed} (${JSON.stringify({ options: c.options, totalSteps: c.totalSteps, tensors: c.tensors.map(({ name, group, startBits, targetBits, period }) => ({ name, group, startBits, targetBits, period })) })}): ${(error as Error).message}`;
      throw error;
    }
  }
}

describe('schedule properties (seeded)', () => {
  it('matches the literal reference, one step at a time and in one jump', () => {
    forEachCase({}, (c) => {
      const expected = reference(c);
      const stepwise = new MoqSchedule(c.tensors, c.options);
      const drops: Drop[] = [];
      for (let step = 1; step <= c.totalSteps; step++) {
        expect(stepwise.planForNextStep(c.factor)).toEqual(expected.plans[step - 1]);
        drops.push(...stepwise.advanceTo(step, c.factor));
      }
      expect(drops).toEqual(expected.drops);
      expect(new MoqSchedule(c.tensors, c.options).advanceTo(c.totalSteps, c.factor)).toEqual(expected.drops);
    });
  });

  it('never raises bits, never goes below target or above start', () => {
    forEachCase({}, (c) => {
      const written: Record<string, number> = Object.fromEntries(c.tensors.map((tensor) => [tensor.name, tensor.startBits]));
      const targets: Record<string, number> = Object.fromEntries(c.tensors.map((tensor) => [tensor.name, tensor.targetBits]));
      const schedule = new MoqSchedule(c.tensors, c.options);
      const violations: string[] = [];
      for (let step = 1; step <= c.totalSteps; step++) {
        for (const { name, bits } of schedule.planForNextStep(c.factor)) {
          if (bits > written[name]! || bits < targets[name]!) violations.push(`${name} at step ${step}: ${written[name]} → ${bits}`);
          written[name] = bits;
        }
        schedule.advanceTo(step, c.factor);
      }
      expect(violations).toEqual([]);
    });
  });

  it('moqlab: at most one drop per tensor per step', () => {
    forEachCase({ semantics: Semantics.Moqlab }, (c) => {
      const drops = new MoqSchedule(c.tensors, c.options).advanceTo(c.totalSteps, c.factor);
      const perStep = drops.map((drop) => `${drop.step} ${drop.tensor}`);
      expect(new Set(perStep).size).toBe(perStep.length);
    });
  });

  it('moqlab with f = 1: thresholds are absolute, so the dwell times are P, P, 2P, 4P, ...', () => {
    forEachCase({ semantics: Semantics.Moqlab, withFactors: false }, (c) => {
      const drops = new MoqSchedule(c.tensors, c.options).advanceTo(c.totalSteps);
      for (const tensor of c.tensors) {
        const steps = drops.filter((drop) => drop.tensor === tensor.name).map((drop) => drop.step);
        const expected = Array.from({ length: tensor.startBits - tensor.targetBits }, (_, i) => c.options.scheduleOffset + tensor.period * 2 ** i);
        expect(steps).toEqual(expected.filter((step) => step <= c.totalSteps));
      }
    });
  });

  it('a checkpoint mid-run continues exactly like the uninterrupted run', () => {
    forEachCase({}, (c) => {
      const straight = new MoqSchedule(c.tensors, c.options);
      const straightDrops = straight.advanceTo(c.totalSteps, c.factor);
      const half = Math.floor(c.totalSteps / 2);
      const first = new MoqSchedule(c.tensors, c.options);
      const firstDrops = first.advanceTo(half, c.factor);
      const restored = MoqSchedule.fromJSON(c.tensors, c.options, JSON.parse(JSON.stringify(first)));
      expect(restored.planForNextStep(c.factor)).toEqual(first.planForNextStep(c.factor));
      expect(restored.nextChangeStep(c.factor)).toEqual(first.nextChangeStep(c.factor));
      expect([...firstDrops, ...restored.advanceTo(c.totalSteps, c.factor)]).toEqual(straightDrops);
      expect(restored.toJSON()).toEqual(straight.toJSON());
      expect(restored.planForNextStep(c.factor)).toEqual(straight.planForNextStep(c.factor));
    });
  });

  it('segments from nextChangeStep cover every step, the plan only progresses within them and changes at their ends', () => {
    forEachCase({}, (c) => {
      const { plans } = reference(c);
      const schedule = new MoqSchedule(c.tensors, c.options);
      let covered = 0;
      while (schedule.step < c.totalSteps) {
        const first = schedule.step + 1;
        expect(first).toBe(covered + 1);
        const plan = schedule.planForNextStep(c.factor);
        const next = schedule.nextChangeStep(c.factor);
        const end = next === null ? c.totalSteps : Math.min(next - 1, c.totalSteps);
        expect(end).toBeGreaterThanOrEqual(first);
        for (let step = first; step <= end; step++) expect(plans[step - 1]).toEqual(progressed(plan, step - first));
        // nextChangeStep is the FIRST differing step.
        if (next !== null && next <= c.totalSteps) expect(plans[next - 1]).not.toEqual(progressed(plan, next - first));
        schedule.advanceTo(end, c.factor);
        covered = end;
      }
      expect(covered).toBe(c.totalSteps);
    });
  });

  it('the mixing share the worker derives within a segment is the per-step share', () => {
    forEachCase({}, (c) => {
      const { plans } = reference(c);
      const schedule = new MoqSchedule(c.tensors, c.options);
      while (schedule.step < c.totalSteps) {
        const first = schedule.step + 1;
        const plan = schedule.planForNextStep(c.factor);
        const end = Math.min((schedule.nextChangeStep(c.factor) ?? Infinity) - 1, c.totalSteps);
        for (let step = first; step <= end; step++) {
          expect(plan.map((entry) => mixRatio(entry, step - first))).toEqual(plans[step - 1]!.map((entry) => mixRatio(entry)));
        }
        schedule.advanceTo(end, c.factor);
      }
    });
  });
});
