/** Issue 12 §5 around the prediction: overrides checked up front, the comparison table's final bits, the progress bar's bits. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStepBudget, loadExperiment, parseSteps } from '../../src/cli/experiment-options.js';
import { progressValues } from '../../src/cli/progress.js';
import { ErrorCode, isMoqlabError } from '../../src/errors.js';
import { type ComparisonOutcome, runComparison } from '../../src/experiment/compare.js';
import { RunPhase } from '../../src/experiment/run.js';
import { formatComparison, summarizeArms } from '../../src/report/compare.js';
import { type FinalBits, predictFinalBits } from '../../src/schedule/final-bits.js';
import { Arm } from '../../src/schedule/moq.js';
import type { Store } from '../../src/tracking/index.js';
import { quantized, scheduleOptions } from './schedule-fixtures.js';
import { thrown } from './thrown.js';

function writeConfig(training: Record<string, unknown>): string {
  const path = join(mkdtempSync(join(tmpdir(), 'moqlab-unit-')), 'exp.json');
  writeFileSync(path, JSON.stringify({ name: 'exp', model: { name: 'mlp' }, data: { name: 'fashion-mnist' }, training }));
  return path;
}

describe('command-line overrides, checked before any worker starts', () => {
  it('takes --steps as a positive integer only', () => {
    expect(parseSteps('500')).toBe(500);
    for (const bad of ['0', '-5', '2.5', '1e3', 'ten', '']) {
      const e = thrown(() => parseSteps(bad));
      expect(isMoqlabError(e, ErrorCode.Usage), bad).toBe(true);
      expect((e as Error).message).toBe(`--steps ${bad}: expected a positive integer`);
    }
  });

  it('refuses --steps below the warmup, naming the file, the JSON path and the flag', () => {
    const path = writeConfig({ epochs: 1, warmup_steps: 100 });
    const e = thrown(() => loadExperiment(path, { steps: '5' }));
    expect(isMoqlabError(e, ErrorCode.ConfigInvalid)).toBe(true);
    expect((e as Error).message).toBe(`${path}: $.training.warmup_steps: 100 is more than the 5 training steps that --steps 5 sets`);
    expect(loadExperiment(path, { steps: '100' }).training.steps).toBe(100);
  });

  it('checks a step count written in the config the same way, and leaves epochs to the data set', () => {
    const path = writeConfig({ steps: 50, warmup_steps: 60 });
    expect((thrown(() => loadExperiment(path, {})) as Error).message).toBe(`${path}: $.training.warmup_steps: 60 is more than the 50 training steps`);
    const epochs = loadExperiment(writeConfig({ epochs: 1, warmup_steps: 100 }), {});
    expect(() => checkStepBudget(epochs, 'exp.json')).not.toThrow();
  });
});

describe('comparison arms', () => {
  it('refuses an arm listed twice before starting any worker', async () => {
    const config = loadExperiment(writeConfig({ steps: 10 }), {});
    const e = await runComparison({ store: {} as Store, config, arms: [Arm.Baseline, Arm.Moq, Arm.Moq], seeds: 1 }).catch((error: unknown) => error);
    expect(isMoqlabError(e, ErrorCode.Usage)).toBe(true);
    expect((e as Error).message).toBe('arm moq is listed more than once');
  });
});

const tensors = [quantized('a', { startBits: 8, targetBits: 4, period: 5 })];
const predicted = (arm: Arm, steps: number) => predictFinalBits(tensors, scheduleOptions({ arm }), steps)!;

function outcome(arm: Arm, seed: number, accuracy: number): ComparisonOutcome {
  return { task: { arm, seed }, run: null, result: { metrics: { 'eval/accuracy': accuracy } } as unknown as ComparisonOutcome['result'], error: null };
}

describe('the comparison table', () => {
  it('prints each arm’s final bits, predicted and recorded, and marks an arm above basic-qat’s target', () => {
    // 8 → 4 with period 5: drops at 5, 10, 20 and 40, so 20 steps end at 5 bits.
    const predictions: FinalBits[] = [predicted(Arm.BasicQat, 20), predicted(Arm.Moq, 20)];
    const recorded: Record<string, number> = { [Arm.BasicQat]: 4, [Arm.Moq]: 5 };
    const outcomes = [outcome(Arm.Baseline, 1, 0.8), outcome(Arm.BasicQat, 1, 0.7), outcome(Arm.Moq, 1, 0.75)];
    const table = formatComparison(summarizeArms(outcomes, predictions, (o) => recorded[o.task.arm])).split('\n');
    expect(table[0]).toMatch(/^arm\s+runs\s+eval\/accuracy \(mean ± std\)\s+Δ accuracy vs baseline\s+final bits predicted\s+final bits \(mean ± std\)$/);
    expect(table[2]).toMatch(/^baseline\s+1\s+0\.8\s+-\s+-\s+-$/);
    expect(table[3]).toMatch(/^basic-qat\s+1\s+0\.7\s+-0\.1000\s+4\s+4$/);
    expect(table[4]).toMatch(/^moq\s+1\s+0\.75\s+-0\.0500\s+5 \*\s+5 \*$/);
    expect(table.slice(5)).toEqual(['', '* ends above the 4 target bits basic-qat trains at: not a like-for-like comparison']);
  });

  it('marks a recorded ending above target even when the prediction reached it (moq-eigen’s factors)', () => {
    const predictions = [{ ...predicted(Arm.Moq, 40), arm: Arm.MoqEigen as const }];
    const table = formatComparison(summarizeArms([outcome(Arm.MoqEigen, 1, 0.7), outcome(Arm.MoqEigen, 2, 0.7)], predictions, (o) => (o.task.seed === 1 ? 4 : 5)));
    expect(table).toMatch(/moq-eigen\s+2\s+0\.7 ± 0\s+4\s+4\.5 ± 0\.71 \*/);
    expect(table).toMatch(/\* ends above the 4 target bits/);
  });

  it('says unquantized for an arm whose quantization never starts', () => {
    const p = predictFinalBits(tensors, scheduleOptions({ scheduleOffset: 30 }), 20)!;
    expect(formatComparison(summarizeArms([outcome(Arm.Moq, 1, 0.8)], [p]))).toMatch(/moq\s+1\s+0\.8\s+unquantized \*\s+-/);
  });
});

describe('the progress bar', () => {
  it('shows the mean bits the run writes now, or -- while nothing is quantized', () => {
    const progress = { phase: RunPhase.Training, step: 10, totalSteps: 100, loss: 0.5, stepsPerSecond: 2, bits: 6.5 };
    expect(progressValues(progress).bits).toBe('6.5');
    expect(progressValues({ ...progress, bits: null }).bits).toBe('--');
  });
});
