/** MoqSchedule beyond the golden tables: offsets, mixing, arms, the checkpoint form and input validation. */
import { describe, expect, it } from 'vitest';
import { Semantics } from '../../src/config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { mixRatio } from '../../src/schedule/mixing.js';
import { Arm, MoqSchedule, type ScheduleOptions } from '../../src/schedule/moq.js';
import { quantized, scheduleOptions } from './schedule-fixtures.js';

function caught(fn: () => unknown): MoqlabError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MoqlabError) return e;
    throw e;
  }
  throw new Error('expected a MoqlabError');
}

/** r written at `step` (the plan of that step, j = 0). */
function ratioAt(schedule: MoqSchedule, step: number, tensor = 0): number {
  schedule.advanceTo(step - 1);
  return mixRatio(schedule.planForNextStep()[tensor]!);
}

describe('schedule offset', () => {
  it('moqlab: steps 1..S write nothing; S+1 is the first quantized step (n = 1)', () => {
    const schedule = new MoqSchedule([quantized('w')], scheduleOptions({ scheduleOffset: 100 }));
    expect(schedule.quantizationStartStep).toBe(101);
    expect(schedule.planForNextStep()).toEqual([]);
    expect(schedule.nextQuantizedStepNumber()).toBe(0);
    expect(schedule.nextChangeStep()).toBe(101);
    schedule.advanceTo(99);
    expect(schedule.planForNextStep()).toEqual([]);
    expect(schedule.nextChangeStep()).toBe(101);
    schedule.advanceTo(100);
    expect(schedule.planForNextStep()).toEqual([{ name: 'w', bits: 12, mixing: false, mixCount: 1, changeRatio: 0 }]);
    expect(schedule.nextQuantizedStepNumber()).toBe(1);
    expect(schedule.nextChangeStep()).toBe(110);
  });

  it('deepspeed-legacy: the step whose counter reaches the offset resets it and writes start bits', () => {
    // Δ = 6, offset 30: step 5 reaches 30 → counter 0, quantized at 12 bits; step 6 → 6; step 7 → 12 ≥ 10.
    const legacy = scheduleOptions({ semantics: Semantics.DeepspeedLegacy, scheduleOffset: 30 });
    const schedule = new MoqSchedule([quantized('w')], legacy);
    expect(schedule.quantizationStartStep).toBe(5);
    expect(schedule.nextChangeStep()).toBe(5);
    schedule.advanceTo(4);
    expect(schedule.planForNextStep()[0]).toMatchObject({ bits: 12, mixCount: 1 });
    expect(schedule.nextChangeStep()).toBe(7);
    expect(schedule.advanceTo(100).map((d) => [d.step, d.toBits])).toEqual([
      [7, 11],
      [9, 10], // counter 24 ≥ 20
      [12, 9], // 42 ≥ 40
      [19, 8], // 84 ≥ 80
    ]);
    // An offset between multiples of Δ is reached by the next multiple.
    expect(new MoqSchedule([quantized('w')], { ...legacy, scheduleOffset: 31 }).quantizationStartStep).toBe(6);
  });
});

describe('mixing (SEMANTICS.md §5)', () => {
  const mixing = (changeRatio: number, overrides: Partial<ScheduleOptions> = {}) => scheduleOptions({ mixing: { enabled: true, changeRatio }, ...overrides });

  it('r = max(0, 1 − c·k) from quantization start, 1 at a drop step, then restarts', () => {
    const r = (step: number) => ratioAt(new MoqSchedule([quantized('w')], mixing(0.1)), step);
    expect([1, 5, 9, 10, 11, 15, 19, 20, 21, 39, 40].map(r)).toEqual([0.9, 0.5, 0.09999999999999998, 1, 0.9, 0.5, 0.09999999999999998, 1, 0.9, 0, 1]);
    // Computed from the count: no drift from repeated subtraction.
    expect(r(7)).toBe(1 - 0.1 * 7);
  });

  it('clamps at 0 and stays there until the next drop', () => {
    const r = (step: number) => ratioAt(new MoqSchedule([quantized('w')], mixing(0.3)), step);
    expect([1, 3, 4, 9, 10, 11].map(r)).toEqual([0.7, 1 - 0.3 * 3, 0, 0, 1, 0.7]);
  });

  it('counts from the first quantized step after an offset', () => {
    const schedule = new MoqSchedule([quantized('w')], mixing(0.25, { scheduleOffset: 50 }));
    expect(ratioAt(schedule, 51)).toBe(0.75);
    expect(ratioAt(schedule, 54)).toBe(0);
    expect(ratioAt(schedule, 60)).toBe(1);
  });

  it('a drop step records r = 1; without mixing r = 0 everywhere', () => {
    expect(new MoqSchedule([quantized('w')], mixing(0.1)).advanceTo(20).map((d) => d.mixRatio)).toEqual([1, 1]);
    const off = new MoqSchedule([quantized('w')], scheduleOptions());
    expect([1, 10, 11].map((step) => ratioAt(off, step))).toEqual([0, 0, 0]);
    expect(off.advanceTo(20).map((d) => [d.step, d.mixRatio])).toEqual([[20, 0]]);
  });

  it('within a segment the worker advances r from the segment plan', () => {
    const schedule = new MoqSchedule([quantized('w')], mixing(0.05));
    schedule.advanceTo(9);
    const plan = schedule.planForNextStep()[0]!;
    expect(schedule.nextChangeStep()).toBe(20);
    const perStep = Array.from({ length: 10 }, (_, j) => ratioAt(new MoqSchedule([quantized('w')], mixing(0.05)), 10 + j));
    expect(Array.from({ length: 10 }, (_, j) => mixRatio(plan, j))).toEqual(perStep);
  });

  it('moqlab: each tensor restarts at its own drops', () => {
    const tensors = [quantized('slow', { period: 30 }), quantized('fast', { period: 10, index: 1 })];
    const schedule = new MoqSchedule(tensors, mixing(0.01));
    schedule.advanceTo(9);
    expect(schedule.planForNextStep().map((entry) => entry.mixCount)).toEqual([10, 0]);
    schedule.advanceTo(10);
    expect(schedule.planForNextStep().map((entry) => entry.mixCount)).toEqual([11, 1]);
  });

  it('deepspeed-legacy: one global r, reset by a drop in any state from the dropping visit on, for all from the next step', () => {
    // Two groups → two states (Δ = 6). 'slow' (period 30) is visited before 'fast' (period 10), which drops at step 2.
    const tensors = [quantized('slow', { period: 30, group: 'a' }), quantized('fast', { period: 10, group: 'b', index: 1 })];
    const schedule = new MoqSchedule(tensors, mixing(0.01, { semantics: Semantics.DeepspeedLegacy }));
    expect(schedule.planForNextStep().map((entry) => entry.mixCount)).toEqual([1, 1]);
    schedule.advanceTo(1);
    expect(schedule.planForNextStep().map((entry) => [entry.bits, entry.mixCount])).toEqual([
      [12, 2], // visited before the drop: still the running ratio
      [11, 0], // the drop resets r to 1 (DeepSpeed set its one ratio to 1.0 mid-loop)
    ]);
    // The reset reaches 'slow' at the next step: a change that is not a drop.
    expect(schedule.nextChangeStep()).toBe(3);
    schedule.advanceTo(2);
    expect(schedule.planForNextStep().map((entry) => entry.mixCount)).toEqual([1, 1]);
    // 'slow' drops at step 5 (counter 30): 'fast', visited after it, restarts in the same step.
    schedule.advanceTo(4);
    expect(schedule.planForNextStep().map((entry) => [entry.bits, entry.mixCount])).toEqual([
      [11, 0],
      [10, 0], // 'fast' also drops (counter 30 ≥ 20)
    ]);
  });
});

describe('arms', () => {
  const tensors = [quantized('a', { startBits: 12, targetBits: 8 }), quantized('b', { startBits: 8, targetBits: 4, index: 1 })];

  it('baseline never quantizes', () => {
    const schedule = new MoqSchedule(tensors, scheduleOptions({ arm: Arm.Baseline, mixing: { enabled: true, changeRatio: 0.1 } }));
    expect(schedule.planForNextStep()).toEqual([]);
    expect(schedule.nextChangeStep()).toBeNull();
    expect(schedule.advanceTo(1000)).toEqual([]);
    expect(schedule.planForNextStep()).toEqual([]);
    expect(schedule.quantizationStartStep).toBeNull();
    expect(schedule.dropsDueAtNextStep()).toEqual([]);
    expect(schedule.nextQuantizedStepNumber()).toBe(0);
  });

  it('basic-qat writes target bits from step 1, ignoring offset, schedule and mixing', () => {
    const options = scheduleOptions({ arm: Arm.BasicQat, scheduleOffset: 500, mixing: { enabled: true, changeRatio: 0.1 } });
    const schedule = new MoqSchedule(tensors, options);
    expect(schedule.quantizationStartStep).toBe(1);
    expect(schedule.planForNextStep()).toEqual([
      { name: 'a', bits: 8, mixing: false, mixCount: 1, changeRatio: 0 },
      { name: 'b', bits: 4, mixing: false, mixCount: 1, changeRatio: 0 },
    ]);
    expect(schedule.nextChangeStep()).toBeNull();
    expect(schedule.advanceTo(10_000)).toEqual([]);
    expect(schedule.planForNextStep().map((entry) => entry.bits)).toEqual([8, 4]);
    expect(schedule.nextQuantizedStepNumber()).toBe(10_001);
  });

  it('moq runs the schedule', () => {
    const schedule = new MoqSchedule(tensors, scheduleOptions());
    expect(schedule.planForNextStep().map((entry) => entry.bits)).toEqual([12, 8]);
    expect(schedule.advanceTo(80).map((d) => [d.step, d.tensor, d.toBits])).toEqual([
      [10, 'a', 11],
      [10, 'b', 7],
      [20, 'a', 10],
      [20, 'b', 6],
      [40, 'a', 9],
      [40, 'b', 5],
      [80, 'a', 8],
      [80, 'b', 4],
    ]);
    expect(schedule.nextChangeStep()).toBeNull();
  });
});

describe('checkpoint state', () => {
  const tensors = [quantized('a'), quantized('b', { index: 1, period: 7 })];

  it('is plain JSON that restores the schedule exactly', () => {
    const schedule = new MoqSchedule(tensors, scheduleOptions({ mixing: { enabled: true, changeRatio: 0.01 } }));
    schedule.advanceTo(25, () => 2);
    const state = JSON.parse(JSON.stringify(schedule));
    expect(state).toEqual({
      version: 1,
      arm: 'moq',
      semantics: 'moqlab',
      step: 25,
      units: { a: { bits: 11, threshold: 40 }, b: { bits: 11, threshold: 28 } },
      mixOrigins: { a: 10, b: 7 },
    });
    const restored = MoqSchedule.fromJSON(tensors, scheduleOptions({ mixing: { enabled: true, changeRatio: 0.01 } }), state);
    expect(restored.toJSON()).toEqual(schedule.toJSON());
    expect(restored.planForNextStep()).toEqual(schedule.planForNextStep());
  });

  it('keys deepspeed-legacy states by group and block', () => {
    const options = scheduleOptions({ semantics: Semantics.DeepspeedLegacy, legacyLayerNum: 1, legacyBlocks: { a: '0' } });
    expect(Object.keys(new MoqSchedule(tensors.map((t) => ({ ...t, period: 10 })), options).toJSON().units)).toEqual(['default/block:0', 'default/outside-blocks']);
    expect(Object.keys(new MoqSchedule(tensors.map((t) => ({ ...t, period: 10 })), scheduleOptions({ semantics: Semantics.DeepspeedLegacy })).toJSON().units)).toEqual(['default']);
  });

  it('refuses a state from another configuration', () => {
    const state = new MoqSchedule(tensors, scheduleOptions()).toJSON();
    const refused = (fn: () => unknown, text: string) => {
      const error = caught(fn);
      expect(error.code).toBe(ErrorCode.ConfigInvalid);
      expect(error.message).toContain(text);
      expect(error.hint).toBe('resume with the quantization configuration the run was started with');
    };
    refused(() => MoqSchedule.fromJSON(tensors.slice(0, 1), scheduleOptions(), state), "its states are not this configuration's (a)");
    refused(() => MoqSchedule.fromJSON(tensors, scheduleOptions({ arm: Arm.BasicQat }), state), 'saved for arm moq with moqlab semantics, resumed as arm basic-qat with moqlab');
    refused(() => MoqSchedule.fromJSON(tensors, scheduleOptions(), { ...state, units: { ...state.units, a: { bits: 13, threshold: 10 } } }), "state 'a' has bits 13 and threshold 10, outside 12→8 bits with period 10");
    refused(() => MoqSchedule.fromJSON(tensors, scheduleOptions(), { ...state, version: 2 as 1 }), 'unknown state version 2');
    refused(() => MoqSchedule.fromJSON(tensors, scheduleOptions(), { ...state, mixOrigins: { a: 0 } }), 'its tensors are not the ones this configuration quantizes');
  });
});

describe('input validation', () => {
  const invalid = (fn: () => unknown, text: string) => {
    const error = caught(fn);
    expect(error.code).toBe(ErrorCode.InvalidArgument);
    expect(error.message).toBe(text);
  };

  it('rejects impossible bits, periods, offsets and ratios', () => {
    invalid(() => new MoqSchedule([quantized('w', { startBits: 17 })], scheduleOptions()), "tensor 'w': bits must be integers with 1 ≤ target ≤ start ≤ 16, got start 17 and target 8");
    invalid(() => new MoqSchedule([quantized('w', { startBits: 8, targetBits: 9 })], scheduleOptions()), "tensor 'w': bits must be integers with 1 ≤ target ≤ start ≤ 16, got start 8 and target 9");
    invalid(() => new MoqSchedule([quantized('w', { targetBits: 0 })], scheduleOptions()), "tensor 'w': bits must be integers with 1 ≤ target ≤ start ≤ 16, got start 12 and target 0");
    invalid(() => new MoqSchedule([quantized('w', { period: 0 })], scheduleOptions()), "tensor 'w': quantize period must be an integer ≥ 1, got 0");
    invalid(() => new MoqSchedule([quantized('w', { period: 2.5 })], scheduleOptions()), "tensor 'w': quantize period must be an integer ≥ 1, got 2.5");
    invalid(() => new MoqSchedule([quantized('w'), quantized('w')], scheduleOptions()), "tensor 'w' is listed twice");
    invalid(() => new MoqSchedule([], scheduleOptions({ scheduleOffset: -1 })), 'schedule offset must be an integer ≥ 0, got -1');
    invalid(() => new MoqSchedule([], scheduleOptions({ legacyLayerNum: 1.5 })), 'legacy layer_num must be an integer ≥ 0, got 1.5');
    invalid(() => new MoqSchedule([], scheduleOptions({ mixing: { enabled: true, changeRatio: 0 } })), 'mixing change ratio must be in (0, 1], got 0');
    invalid(() => new MoqSchedule([], scheduleOptions({ arm: 'qat' as Arm })), "unknown arm 'qat'");
    invalid(
      () => new MoqSchedule([quantized('w')], scheduleOptions({ semantics: Semantics.DeepspeedLegacy, legacyBlocks: { x: '0' } })),
      "legacyBlocks names 'x', which is not a quantized tensor",
    );
    invalid(
      () => new MoqSchedule([quantized('a'), quantized('b', { period: 20 })], scheduleOptions({ semantics: Semantics.DeepspeedLegacy })),
      "tensor 'b' shares the deepspeed-legacy state 'default' with tensors of another start/target/period",
    );
  });

  it('rejects factors outside 1..5 and leaves the schedule untouched', () => {
    const schedule = new MoqSchedule([quantized('w')], scheduleOptions());
    for (const factor of [0, 6, 2.5]) {
      invalid(() => schedule.advanceTo(10, () => factor), `eigenvalue factor of 'w' must be an integer in 1..5, got ${factor}`);
    }
    expect(schedule.step).toBe(0);
    expect(schedule.advanceTo(10, () => 5).map((d) => d.threshold)).toEqual([100]);
  });

  it('only goes forward, by whole steps', () => {
    const schedule = new MoqSchedule([quantized('w')], scheduleOptions());
    schedule.advanceTo(5);
    invalid(() => schedule.advanceTo(4), 'cannot advance the schedule from step 5 to 4: steps are integers and only go forward');
    invalid(() => schedule.advanceTo(5.5), 'cannot advance the schedule from step 5 to 5.5: steps are integers and only go forward');
    expect(schedule.advanceTo(5)).toEqual([]);
  });
});
