/**
 * `npm run bench:overhead`: optimizer steps per second of one training run driven by the controller
 * (segments over ZeroMQ, per-step metrics streamed and stored) against the identical loop run in one
 * Python process, alternated in the same run. Prints a table and JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { resolveExperimentConfig } from '../../src/config/index.js';
import { runExperiment } from '../../src/experiment/run.js';
import { packageRoot, pythonRuntimeDir } from '../../src/paths.js';
import { formatTable } from '../../src/report/table.js';
import { openStore } from '../../src/tracking/index.js';
import { findPython } from '../../src/worker/python.js';
import { median, printJson } from './stats.js';

const STEPS = Number(process.env.BENCH_STEPS ?? 300);
const SEGMENT = Number(process.env.BENCH_SEGMENT ?? 50);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const MODEL = process.env.BENCH_MODEL ?? 'cnn';
const BATCH = 64;
const LR = 1e-3;
const SEED = 0;

const python = findPython().executable;
const dir = mkdtempSync(join(tmpdir(), 'moqlab-bench-'));
const store = openStore(join(dir, 'bench.db'));
const config = resolveExperimentConfig(
  {
    name: 'bench-overhead',
    model: { name: MODEL },
    data: { name: 'fashion-mnist', max_eval_examples: 200 },
    training: { steps: STEPS, batch_size: BATCH, optimizer: { lr: LR, weight_decay: 0 }, max_grad_norm: 1.0, seed: SEED },
    logging: { every_steps: SEGMENT },
  },
  { baseDir: dir },
);

function inProcess(): number {
  const spec = {
    seed: SEED,
    steps: STEPS,
    segment: SEGMENT,
    data: { name: 'fashion-mnist', max_eval_examples: 200 },
    model: { name: MODEL, kwargs: { num_labels: 10 } },
    training: { lr: LR, weight_decay: 0, total_steps: STEPS, batch_size: BATCH, max_grad_norm: 1.0, precision: 'fp32', seed: SEED },
  };
  const result = spawnSync(python, [join(packageRoot(), 'scripts', 'bench', 'inprocess_train.py'), JSON.stringify(spec)], {
    encoding: 'utf8',
    env: { ...process.env, PYTHONPATH: [pythonRuntimeDir(), process.env.PYTHONPATH].filter(Boolean).join(delimiter) },
  });
  if (result.status !== 0) throw new Error(`in-process run failed:\n${result.stderr}`);
  return (JSON.parse(result.stdout.trim().split('\n').pop()!) as { seconds: number }).seconds;
}

const rows: Array<{ repeat: number; controller_steps_per_s: number; inprocess_steps_per_s: number; ratio: number }> = [];
for (let r = 1; r <= REPEATS; r++) {
  const controlled = await runExperiment({ store, config });
  const inproc = inProcess();
  const controllerRate = STEPS / controlled.trainWallSeconds;
  const inprocRate = STEPS / inproc;
  rows.push({ repeat: r, controller_steps_per_s: controllerRate, inprocess_steps_per_s: inprocRate, ratio: controllerRate / inprocRate });
  process.stderr.write(`repeat ${r}: controller ${controllerRate.toFixed(2)} steps/s, in-process ${inprocRate.toFixed(2)} steps/s\n`);
}
store.close();
rmSync(dir, { recursive: true, force: true });
const ratio = median(rows.map((r) => r.ratio));
process.stdout.write(
  `${formatTable(
    [
      { header: 'repeat', value: (r: (typeof rows)[number]) => r.repeat },
      { header: 'controller steps/s', value: (r) => r.controller_steps_per_s },
      { header: 'in-process steps/s', value: (r) => r.inprocess_steps_per_s },
      { header: 'ratio', value: (r) => r.ratio },
    ],
    rows,
  )}\n`,
);
process.stdout.write(`\nmedian ratio (controller / in-process): ${ratio.toFixed(4)}   target >= 0.97\n`);
printJson('json', { benchmark: 'overhead', model: MODEL, steps: STEPS, segment: SEGMENT, batch_size: BATCH, repeats: rows, median_ratio: ratio });
process.exit(0);
