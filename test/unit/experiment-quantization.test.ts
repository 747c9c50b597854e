import { describe, expect, it } from 'vitest';
import { Grid, QuantType, Rounding } from '../../src/config/quantization-enums.js';
import type { ComparisonOutcome } from '../../src/experiment/compare.js';
import { comparisonTasks } from '../../src/experiment/compare.js';
import { defaultPoolSize } from '../../src/experiment/pool.js';
import { averageBits, layerPlans, tensorSpecs, tensorsFromSummary } from '../../src/experiment/quantization.js';
import { pb } from '../../src/protocol/messages.js';
import { formatComparison, stats, summarizeArms } from '../../src/report/compare.js';
import { Arm } from '../../src/schedule/moq.js';
import { ModuleKind, type QuantizedTensor } from '../../src/schedule/selection.js';

const param = (name: string, index: number, shape: number[], trainable = true) => ({ name, index, shape, trainable, numel: shape.reduce((a, b) => a * b, 1), dtype: 'float32' });

describe('tensorsFromSummary', () => {
  it('maps module kinds, keeps parameter order, keeps frozen parameters (selection says why they are left out) and lists a tied weight once', () => {
    const summary = pb.ModelSummary.create({
      modules: [
        { name: '', type: 'Net', kind: pb.ModuleKind.MODULE_KIND_OTHER, parameters: [] },
        { name: 'head', type: 'Linear', kind: pb.ModuleKind.MODULE_KIND_LINEAR, parameters: [param('head.weight', 0, [10, 4]), param('head.bias', 2, [10], false)] },
        { name: 'emb', type: 'Embedding', kind: pb.ModuleKind.MODULE_KIND_EMBEDDING, parameters: [param('emb.weight', 0, [10, 4])] },
        { name: 'conv', type: 'Conv2d', kind: pb.ModuleKind.MODULE_KIND_CONV, parameters: [param('conv.weight', 1, [4, 1, 3, 3])] },
      ],
    });
    expect(tensorsFromSummary(summary)).toEqual([
      { name: 'head.weight', module: 'head', moduleKind: ModuleKind.Linear, shape: [10, 4], index: 0, trainable: true },
      { name: 'conv.weight', module: 'conv', moduleKind: ModuleKind.Conv, shape: [4, 1, 3, 3], index: 1, trainable: true },
      { name: 'head.bias', module: 'head', moduleKind: ModuleKind.Linear, shape: [10], index: 2, trainable: false },
    ]);
  });
});

const tensor = (name: string, numel: number, extra: Partial<QuantizedTensor> = {}): QuantizedTensor => ({
  name, module: name.replace(/\.weight$/, ''), index: 0, shape: [numel], numel, group: 'default', startBits: 8, targetBits: 4, period: 10,
  quantizeGroups: 1, groupSize: null, qType: QuantType.Symmetric, rounding: Rounding.Nearest, grid: Grid.Standard, ...extra,
});

describe('the wire form of quantization', () => {
  it('sends either quantize_groups or group_size, and the enums', () => {
    const specs = tensorSpecs([
      tensor('a.weight', 64, { quantizeGroups: 4, index: 3 }),
      tensor('b.weight', 64, { groupSize: 16, quantizeGroups: 4, qType: QuantType.Asymmetric, rounding: Rounding.Stochastic, grid: Grid.Deepspeed }),
    ]);
    expect(specs).toEqual([
      { name: 'a.weight', index: 3, quantizeGroups: 4, groupSize: 0, qType: pb.QuantType.QUANT_TYPE_SYMMETRIC, rounding: pb.QuantRounding.QUANT_ROUNDING_NEAREST, grid: pb.QuantGrid.QUANT_GRID_STANDARD },
      { name: 'b.weight', index: 0, quantizeGroups: 0, groupSize: 16, qType: pb.QuantType.QUANT_TYPE_ASYMMETRIC, rounding: pb.QuantRounding.QUANT_ROUNDING_STOCHASTIC, grid: pb.QuantGrid.QUANT_GRID_DEEPSPEED },
    ]);
  });

  it('flags the changed tensors for an error report', () => {
    const plans = layerPlans(
      [
        { name: 'a.weight', bits: 7, mixing: true, mixCount: 0, changeRatio: 0.1 },
        { name: 'b.weight', bits: 8, mixing: false, mixCount: 3, changeRatio: 0 },
      ],
      new Set(['a.weight']),
    );
    expect(plans.map((p) => [p.name, p.bits, p.reportError, p.mixCount])).toEqual([
      ['a.weight', 7, true, 0],
      ['b.weight', 8, false, 3],
    ]);
  });

  it('weights the mean bits by tensor size', () => {
    const tensors = [tensor('a.weight', 300), tensor('b.weight', 100)];
    expect(averageBits([{ name: 'a.weight', bits: 4, mixing: false, mixCount: 0, changeRatio: 0 }, { name: 'b.weight', bits: 8, mixing: false, mixCount: 0, changeRatio: 0 }], tensors)).toBe(5);
    expect(averageBits([], tensors)).toBeNaN();
  });
});

describe('comparisons', () => {
  it('runs every arm for each seed, seed-major', () => {
    expect(comparisonTasks([Arm.Baseline, Arm.Moq], 2, 42)).toEqual([
      { arm: Arm.Baseline, seed: 42 },
      { arm: Arm.Moq, seed: 42 },
      { arm: Arm.Baseline, seed: 43 },
      { arm: Arm.Moq, seed: 43 },
    ]);
    expect(defaultPoolSize(9, 1, 2)).toBe(2);
    expect(defaultPoolSize(1, 1, 16)).toBe(1);
    // a worker of 2 ranks takes 2 cores; one worker always fits
    expect(defaultPoolSize(9, 2, 8)).toBe(4);
    expect(defaultPoolSize(9, 4, 2)).toBe(1);
  });

  it('summarizes mean ± sample std per arm and the difference to the baseline', () => {
    const s = stats([0.8, 0.9]);
    expect(s.n).toBe(2);
    expect(s.mean).toBeCloseTo(0.85, 12);
    expect(s.std).toBeCloseTo(Math.sqrt(0.005), 12);
    expect(stats([0.7]).std).toBe(0);
    const outcome = (arm: Arm, seed: number, accuracy: number | null): ComparisonOutcome => ({
      task: { arm, seed },
      run: null,
      result: accuracy === null ? null : ({ metrics: { 'eval/accuracy': accuracy, 'eval/loss': 1 - accuracy } } as unknown as ComparisonOutcome['result']),
      error: null,
    });
    const summaries = summarizeArms([outcome(Arm.Baseline, 1, 0.9), outcome(Arm.Moq, 1, 0.85), outcome(Arm.Baseline, 2, 0.8), outcome(Arm.Moq, 2, null)]);
    expect(summaries.map((s) => [s.arm, s.runs, s.failed, s.values['eval/accuracy']])).toEqual([
      [Arm.Baseline, 2, 0, [0.9, 0.8]],
      [Arm.Moq, 2, 1, [0.85]],
    ]);
    const table = formatComparison(summaries).split('\n');
    expect(table[0]).toMatch(/^arm\s+runs\s+eval\/accuracy \(mean ± std\)\s+Δ accuracy vs baseline\s+eval\/loss \(mean ± std\)\s+Δ loss vs baseline$/);
    expect(table[2]).toMatch(/^baseline\s+2\s+0\.85 ± 0\.0707107\s+-/);
    expect(table[3]).toMatch(/^moq\s+1\/2\s+0\.85\s+\+0\.0000\s+0\.15\s+\+0\.0000$/);
  });
});
