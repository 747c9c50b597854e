/**
 * The TypeScript API as a script uses it (issue 13 §5): a config written as a typed object (a misspelled
 * key does not compile), trained with `runExperiment` on a real worker, and a result that carries each
 * tensor's final bits; the schedule planned without training (`moqlab plan`) and a stopped run
 * continued (`moqlab resume`), all through the package's entry point.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  Arm,
  ErrorCode,
  type ExperimentConfigInput,
  EventKind,
  RunStatus,
  configAsFile,
  openStore,
  planExperiment,
  recordedConfig,
  resolveExperimentConfig,
  resumeTarget,
  runExperiment,
} from '../../src/index.js';
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

  it('plans a run without training, and continues a stopped run from its checkpoint where the plan said', async () => {
    const dir = tempDir();
    const store = openStore(join(dir, 'moqlab.db'));
    try {
      const config = resolveExperimentConfig({ ...input, training: { ...input.training, steps: 24 }, checkpoint: { every_steps: 4 } }, { baseDir: dir });
      const plan = await planExperiment(config, Arm.Moq, { kind: 'none' });
      const planned = Object.fromEntries(plan.timeline.layers.map((l) => [l.name, writtenBits(l, plan.timeline.quantizationStartStep!).at(-1)!.bits]));
      expect(Object.keys(planned).length).toBeGreaterThan(0);

      const abort = new AbortController();
      await expect(
        runExperiment({ store, config, signal: abort.signal, onProgress: (p) => p.step >= 10 && abort.abort() }),
      ).rejects.toMatchObject({ code: ErrorCode.Interrupted });
      const [stopped] = store.listRuns();
      expect(stopped!.status).toBe(RunStatus.Interrupted);

      const target = resumeTarget(store, stopped!.id.slice(0, 8));
      expect(target.resume.run.id).toBe(stopped!.id);
      expect(target.config).toEqual(config);
      const resumed = await runExperiment({ store, ...target });
      expect(resumed.run.id).toBe(stopped!.id);
      expect(resumed.steps).toBe(24);
      expect(resumed.finalBits).toEqual(planned);
      // The continued run's drops are those the plan predicted, each made once across the stop.
      const recorded = store.getEvents(stopped!.id, EventKind.Drop).map((e) => `${String(e.payload.tensor)}@${e.step}:${Number(e.payload.toBits)}`);
      const predicted = plan.timeline.layers.flatMap((l) => l.drops.map((d) => `${l.name}@${d.step}:${d.bits}`));
      expect(recorded.sort()).toEqual(predicted.sort());
      expect(() => resumeTarget(store, stopped!.id)).toThrow(expect.objectContaining({ code: ErrorCode.Usage }));
    } finally {
      store.close();
    }
  }, 300_000);
});
