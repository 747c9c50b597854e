/**
 * A synthetic but realistic run for the report tests, recorded through the Store API the way
 * experiment/run.ts records a real one: a tiny-BERT-like model (embedding, two blocks of six
 * matrices, a classifier in its own group), the real MoQ schedule with eigenvalue factors, block
 * eigenvalues at the steps where drops are due, losses with a NaN, evaluations, and the SQNR of
 * each tensor at each change (one of them infinite).
 */
import { resolveExperimentConfig } from '../../src/config/index.js';
import { Semantics } from '../../src/config/quantization-enums.js';
import { EventKind } from '../../src/tracking/events.js';
import { Arm, MoqSchedule, type ScheduleOptions } from '../../src/schedule/moq.js';
import type { QuantizedTensor } from '../../src/schedule/selection.js';
import { type MetricPoint, type RunRecord, RunStatus, type Store } from '../../src/tracking/index.js';
import { quantized, seededRandom } from './schedule-fixtures.js';

export const MATRICES = ['attention.self.query', 'attention.self.key', 'attention.self.value', 'attention.output.dense', 'intermediate.dense', 'output.dense'];
const HIDDEN = 64;

/** In deepspeed-legacy semantics the tensors of a group share one state, so they must share a period too. */
export function tinyBertTensors(semantics: Semantics = Semantics.Moqlab, layers = 2): QuantizedTensor[] {
  const embeddingPeriod = semantics === Semantics.DeepspeedLegacy ? 25 : 40;
  const tensors: QuantizedTensor[] = [quantized('bert.embeddings.word_embeddings.weight', { index: 0, numel: 1000 * HIDDEN, period: embeddingPeriod })];
  for (let layer = 0; layer < layers; layer++) {
    MATRICES.forEach((m, i) => {
      const numel = m.startsWith('intermediate') || m === 'output.dense' ? 4 * HIDDEN * HIDDEN : HIDDEN * HIDDEN;
      tensors.push(quantized(`bert.encoder.layer.${layer}.${m}.weight`, { index: 1 + layer * 6 + i, numel, period: 25 }));
    });
  }
  tensors.push(quantized('classifier.weight', { index: 1 + layers * 6, numel: 2 * HIDDEN, group: 'head', startBits: 8, targetBits: 4, period: 30 }));
  return tensors;
}

export interface SyntheticRunOptions {
  arm?: Arm;
  semantics?: Semantics;
  /** Transformer blocks (default 2). */
  layers?: number;
  steps?: number;
  eigen?: boolean;
  status?: RunStatus;
  seed?: number;
}

const T0 = 1_760_000_000;
const OFFSET = 20;

export function blockOf(name: string): number | null {
  const match = /^bert\.encoder\.layer\.(\d+)\./.exec(name);
  return match ? Number(match[1]) : null;
}

/** The schedule the synthetic run follows (as experiment/quantization.ts would set it up). */
export function syntheticSchedule(arm: Arm, semantics: Semantics, eigen: boolean, tensors: readonly QuantizedTensor[], layers = 2): ScheduleOptions {
  const legacyBlocks = Object.fromEntries(tensors.flatMap((t) => (blockOf(t.name) === null ? [] : [[t.name, String(blockOf(t.name))]])));
  return {
    arm,
    semantics,
    scheduleOffset: OFFSET,
    mixing: { enabled: false, changeRatio: 0.001 },
    legacyLayerNum: eigen ? layers : 0,
    ...(eigen ? { legacyBlocks } : {}),
  };
}

function rawConfig(arm: Arm, semantics: Semantics, eigen: boolean, steps: number, layers: number): Record<string, unknown> {
  return {
    name: `sst2-tiny-bert-${arm}`,
    model: { name: 'tiny-bert' },
    data: { name: 'glue', task: 'SST-2', path: '/data/glue', vocab_path: '/data/vocab.txt', max_seq_len: 64 },
    training: { steps, batch_size: 32, optimizer: { lr: 5e-4, weight_decay: 0.01 }, seed: 42 },
    eval: { batch_size: 256, every_steps: 100 },
    logging: { every_steps: 5 },
    ...(arm === Arm.Baseline
      ? {}
      : {
          quantize_training: {
            enabled: true,
            semantics,
            quantize_bits: { start_bits: 12, target_bits: 8 },
            quantize_schedule: { quantize_period: 25, schedule_offset: OFFSET },
            quantize_groups: 8,
            quantize_algo: { q_type: 'symmetric', rounding: 'nearest' },
            ...(eigen ? { eigenvalue: { enabled: true, layer_name: 'bert.encoder.layer', layer_num: layers, max_iter: 50, tol: 0.01 } } : {}),
          },
        }),
  };
}

/** Records the run in `store` and returns it. */
export function createSyntheticRun(store: Store, options: SyntheticRunOptions = {}): RunRecord {
  const arm = options.arm ?? Arm.MoqEigen;
  const steps = options.steps ?? 400;
  const eigen = (options.eigen ?? arm === Arm.MoqEigen) && arm !== Arm.Baseline;
  const random = seededRandom(options.seed ?? 7);
  const config = resolveExperimentConfig(rawConfig(arm, options.semantics ?? Semantics.Moqlab, eigen, steps, options.layers ?? 2), { baseDir: '/work' });
  const run = store.createRun({
    name: config.name,
    config,
    environment: { controller: { moqlab: '0.1.0', node: 'v20.19.0', platform: 'linux 6.1', host: 'lab', cpus: 2, git: { commit: 'abc123', dirty: false } } },
    arm,
  });
  const startedAt = T0 * 1000;
  store.updateRun(run.id, { status: RunStatus.Running, startedAt });
  store.updateRun(run.id, {
    environment: {
      controller: { moqlab: '0.1.0', node: 'v20.19.0', platform: 'linux 6.1', host: 'lab', cpus: 2, git: { commit: 'abc123', dirty: false } },
      worker: { python: '3.11.2', torch: '2.4.0', cuda: null, device: 'cpu', threads: 1, devices: [{ name: 'cpu', description: 'x86_64', memoryBytes: 0 }] },
    },
  });
  store.logEvent(run.id, { kind: EventKind.DataLoaded, step: 0, wallTime: T0, payload: { train: 67349, eval: 872, labels: 2, metrics: ['accuracy'] } });
  store.logEvent(run.id, { kind: EventKind.ModelLoaded, step: 0, wallTime: T0, payload: { class: 'TinyBert', parameters: 180_000, device: 'cpu' } });
  store.logParams(run.id, {
    arm,
    'model.name': 'tiny-bert',
    'model.parameters': 180_000,
    'data.name': 'glue',
    'data.task': 'SST-2',
    'training.total_steps': steps,
    'training.lr': 5e-4,
    'training.seed': 42,
    device: 'cpu',
  });

  const semantics = options.semantics ?? Semantics.Moqlab;
  const layers = options.layers ?? 2;
  const tensors = tinyBertTensors(semantics, layers);
  const metrics: MetricPoint[] = [];
  const changeSteps: number[] = [];

  if (arm !== Arm.Baseline) {
    const schedule = syntheticSchedule(arm, semantics, eigen, tensors, layers);
    store.logParams(run.id, { 'quantization.tensors': tensors.length, 'quantization.parameters': tensors.reduce((s, t) => s + t.numel, 0), 'quantization.semantics': semantics });
    store.logEvent(run.id, {
      kind: EventKind.QuantizationConfigured,
      step: 0,
      wallTime: T0,
      payload: {
        arm,
        semantics,
        scheduleOffset: OFFSET,
        mixing: schedule.mixing,
        tensors: tensors.map((t) => ({ name: t.name, group: t.group, numel: t.numel, startBits: t.startBits, targetBits: t.targetBits, period: t.period })),
      },
    });
    const moq = new MoqSchedule(tensors, schedule);
    const factors = new Map<number, number>();
    const factorOf = (tensor: string) => {
      const block = blockOf(tensor);
      return block === null ? 1 : (factors.get(block) ?? 1);
    };
    const lastBits = new Map<string, number>();
    for (let step = 0; step < steps; ) {
      if (eigen && moq.dropsDueAtNextStep().some((t) => blockOf(t) !== null)) {
        // Block 0 sharp and growing, the last block flat: more than two decades apart, so the chart goes log.
        const lambdas = Array.from({ length: layers }, (_, b) => (b === layers - 1 ? 0.25 + random.next() * 0.05 : 40 * (1 + step / 100) * 0.5 ** b));
        const top = Math.max(...lambdas);
        const blocks = lambdas.map((eigenvalue, block) => {
          const normalized = eigenvalue / top;
          const factor = 1 + Math.min(4, Math.floor(4 * normalized));
          factors.set(block, factor);
          return { block, name: `bert.encoder.layer.${block}`, eigenvalue, normalized, cluster: factor - 1, factor, iterations: block === layers - 1 && step > 150 ? 50 : 12, converged: !(block === layers - 1 && step > 150), seconds: 0.4 };
        });
        store.logEvent(run.id, { kind: EventKind.Eigenvalues, step: step + 1, wallTime: T0 + step, payload: { seconds: 0.8, clustering: 'equal-width', blocks } });
      }
      const change = moq.nextChangeStep(factorOf);
      const end = change !== null && change - 1 < steps ? change - 1 : steps;
      const plan = moq.planForNextStep(factorOf);
      const changed = plan.filter((p) => lastBits.get(p.name) !== p.bits);
      if (changed.length) {
        changeSteps.push(step + 1);
        const numel = new Map(tensors.map((t) => [t.name, t.numel]));
        const total = plan.reduce((s, p) => s + numel.get(p.name)!, 0);
        metrics.push({ name: 'quant/average_bits', step: step + 1, wallTime: T0 + step, value: plan.reduce((s, p) => s + p.bits * numel.get(p.name)!, 0) / total });
        for (const p of changed) {
          // The classifier's first rewrite is exact in this synthetic run: an infinite SQNR, as the worker reports it.
          const sqnr = p.name === 'classifier.weight' && !lastBits.has(p.name) ? Infinity : 6.02 * p.bits + 1.76 - 3 - random.next() * 2;
          metrics.push({ name: `quant/sqnr_db/${p.name}`, step: step + 1, wallTime: T0 + step, value: sqnr }, { name: `quant/rel_mse/${p.name}`, step: step + 1, wallTime: T0 + step, value: 10 ** (-sqnr / 10) });
        }
      }
      for (const p of plan) lastBits.set(p.name, p.bits);
      for (const drop of moq.advanceTo(end, factorOf)) {
        const { step: at, ...payload } = drop;
        store.logEvent(run.id, { kind: EventKind.Drop, step: at, wallTime: T0 + at, payload });
      }
      store.logEvent(run.id, { kind: EventKind.Segment, step: end, wallTime: T0 + end, payload: { start: step, end } });
      step = end;
    }
  }

  for (let step = 5; step <= steps; step += 5) {
    const bump = changeSteps.some((s) => step >= s && step < s + 10) ? 0.15 : 0;
    const loss = step === 155 ? Number.NaN : 0.3 + 0.5 * Math.exp(-step / 90) + bump + (random.next() - 0.5) * 0.08;
    metrics.push(
      { name: 'train/loss', step, wallTime: T0 + step, value: loss },
      { name: 'train/lr', step, wallTime: T0 + step, value: 5e-4 * Math.min(1, step / 24) * (1 - step / (steps + 1)) },
      { name: 'train/grad_norm', step, wallTime: T0 + step, value: 1 + random.next() },
    );
  }
  for (let step = 100; step <= steps; step += 100) {
    metrics.push({ name: 'eval/accuracy', step, wallTime: T0 + step, value: 0.7 + 0.04 * (step / 100) + random.next() * 0.01 }, { name: 'eval/loss', step, wallTime: T0 + step, value: 0.62 - 0.05 * (step / 100) });
    store.logEvent(run.id, { kind: EventKind.Evaluation, step, wallTime: T0 + step, payload: { examples: 872, seconds: 1.2 } });
  }
  store.logMetrics(run.id, metrics);
  store.logEvent(run.id, { kind: EventKind.Checkpoint, step: steps, wallTime: T0 + steps, payload: { path: '/tmp/ckpt.pt', bytes: 1000 } });
  const status = options.status ?? RunStatus.Finished;
  store.updateRun(run.id, { status, endedAt: startedAt + 754_000, ...(status === RunStatus.Failed ? { error: 'worker died at step 400' } : {}) });
  return store.getRun(run.id);
}
