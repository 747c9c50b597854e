/**
 * The TypeScript API as a script uses it (issue 13 §5): a config written as a typed object (a misspelled
 * key does not compile), trained with `runExperiment` on a real worker, and a result that carries each
 * tensor's final bits.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { configAsFile, recordedConfig } from '../../src/config/index.js';
import { Arm, type ExperimentConfigInput, EventKind, openStore, resolveExperimentConfig, runExperiment } from '../../src/index.js';
import { loadRunReport } from '../../src/report/figures.js';
import { writtenBits } from '../../src/schedule/timeline.js';
import { RECORD_VERSION, recordVersionOf } from '../../src/tracking/index.js';
import { hasFashionMnist, tempDir } from './helpers.js';

const input: ExperimentConfigInput = {
  name: 'api',
  model: { name: 'mlp' },
  data: { name: 'fashion-mnist', max_train_examples: 256, max_eval_examples: 64 },
  training: { steps: 12, batch_size: 16, precision: 'fp32' },
  logging: { every_steps: 4 },
  checkpoint: { final: false },
  device: 'cpu',
  quantize_training: { enabled: true, quantize_bits: { start_bits: 8, target_bits: 6 }, quantize_schedule: { quantize_period: 2, schedule_offset: 0 } },
};

// Compile-time checks, never run: a misspelled key and a wrong value type are type errors.
export const misspelled: ExperimentConfigInput = {
  ...input,
  // @ts-expect-error 'trainig' is not a key of the config
  trainig: { steps: 1 },
};
export const wrongType: ExperimentConfigInput = {
  ...input,
  // @ts-expect-error batch_size is a number
  training: { batch_size: '16' },
};

describe.skipIf(!hasFashionMnist)('the TypeScript API', () => {
  it('trains a typed config and returns every tensor\'s final bits, the last drop of each', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'moqlab.db'));
    try {
      const config = resolveExperimentConfig(input, { baseDir: dir });
      const result = await runExperiment({ store, config });
      const lastDrop = new Map<string, number>();
      for (const drop of store.getEvents(result.run.id, EventKind.Drop)) lastDrop.set(String(drop.payload.tensor), Number(drop.payload.toBits));
      expect(lastDrop.size).toBeGreaterThan(0);
      expect(result.finalBits).toEqual(Object.fromEntries(lastDrop));
      expect(Object.values(result.finalBits).every((bits) => bits === 6)).toBe(true);
      expect(result.averageBits).toBe(6);
      // The run records what each segment wrote, and the report draws its bits from that.
      expect(recordVersionOf(store.getRun(result.run.id))).toBe(RECORD_VERSION);
      const report = loadRunReport(store, result.run.id);
      const start = report.timeline!.quantizationStartStep!;
      expect(Object.fromEntries(report.timeline!.layers.map((l) => [l.name, writtenBits(l, start).at(-1)!.bits]))).toEqual(result.finalBits);

      // The stored config written back as a file resolves to the config that trained.
      expect(resolveExperimentConfig(configAsFile(recordedConfig(store.getRun(result.run.id))), { baseDir: '/elsewhere' })).toEqual(config);

      const baseline = await runExperiment({ store, config, arm: Arm.Baseline });
      expect(baseline.finalBits).toEqual({});
      expect(baseline.averageBits).toBeNull();
    } finally {
      store.close();
    }
  }, 300_000);
});
