/** Shared builders for the schedule tests: quantized tensors, schedule options, a seeded generator. */
import { Grid, QuantType, Rounding, Semantics } from '../../src/config/quantization-enums.js';
import { Arm, type ScheduleOptions } from '../../src/schedule/moq.js';
import type { QuantizedTensor } from '../../src/schedule/selection.js';

export function quantized(name: string, overrides: Partial<QuantizedTensor> = {}): QuantizedTensor {
  return {
    name,
    module: name.replace(/\.weight$/, ''),
    index: 0,
    shape: [16, 16],
    numel: 256,
    group: 'default',
    startBits: 12,
    targetBits: 8,
    period: 10,
    quantizeGroups: 1,
    groupSize: null,
    qType: QuantType.Symmetric,
    rounding: Rounding.Nearest,
    grid: Grid.Standard,
    ...overrides,
  };
}

export function scheduleOptions(overrides: Partial<ScheduleOptions> = {}): ScheduleOptions {
  return {
    arm: Arm.Moq,
    semantics: Semantics.Moqlab,
    scheduleOffset: 0,
    mixing: { enabled: false, changeRatio: 0.001 },
    legacyLayerNum: 0,
    ...overrides,
  };
}

/** mulberry32: a tiny seeded PRNG, so property tests replay exactly. */
export function seededRandom(seed: number): { next(): number; int(lo: number, hi: number): number; pick<T>(items: readonly T[]): T } {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  };
}
