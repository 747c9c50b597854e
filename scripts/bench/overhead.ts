/**
 * `npm run bench:overhead`: optimizer steps per second of one training run driven by the controller
 * (segments over ZeroMQ, per-step metrics streamed and stored) against the identical loop in one
 * Python process. The two alternate block by block (the worker waits while its twin trains the same
 * block), so drift in machine load hits both alike. Prints a table and JSON.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';
import { resolveExperimentConfig } from '../../src/config/index.js';
import { runExperiment } from '../../src/experiment/run.js';
import { packageRoot, pythonRuntimeDir } from '../../src/paths.js';
import { formatTable } from '../../src/report/table.js';
import { openStore } from '../../src/tracking/index.js';
import { findPython } from '../../src/worker/python.js';
import { median, printJson } from './stats.js';
import { twinTraining } from './twin.js';

const BLOCK = Number(process.env.BENCH_BLOCK ?? 50);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 16);
const WARMUP_BLOCKS = 2;
const MODEL = process.env.BENCH_MODEL ?? 'cnn';
const BATCH = 64;
const LR = 1e-3;
const SEED = 0;
const STEPS = BLOCK * BLOCKS;

const python = findPython().executable;
const dir = mkdtempSync(join(tmpdir(), 'moqlab-bench-'));
const store = openStore(join(dir, 'bench.db'));
const config = resolveExperimentConfig(
  {
    name: 'bench-overhead',
    model: { name: MODEL },
    data: { name: 'fashion-mnist', max_eval_examples: 200 },
    training: { steps: STEPS, batch_size: BATCH, optimizer: { lr: LR, weight_decay: 0 }, max_grad_norm: 1.0, seed: SEED },
    logging: { every_steps: BLOCK },
  },
  { baseDir: dir },
);

/** The in-process twin, trained block by block on request. */
async function startTwin() {
  const spec = {
    seed: SEED,
    data: { name: 'fashion-mnist', max_eval_examples: 200 },
    model: { name: MODEL, kwargs: { num_labels: 10 } },
    training: twinTraining(config),
  };
  const child = spawn(python, [join(packageRoot(), 'scripts', 'bench', 'inprocess_train.py'), JSON.stringify(spec)], {
    env: { ...process.env, PYTHONPATH: [pythonRuntimeDir(), process.env.PYTHONPATH].filter(Boolean).join(delimiter) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async () => {
    const line = await lines.next();
    if (line.done) throw new Error('the in-process twin exited');
    return line.value;
  };
  await next();
  return {
    async train(steps: number): Promise<{ seconds: number; optimizer_step: number }> {
      child.stdin!.write(`${steps}\n`);
      return JSON.parse(await next()) as { seconds: number; optimizer_step: number };
    },
    close: () => child.kill(),
  };
}

const twin = await startTwin();
const blocks: Array<{ block: number; controller_steps_per_s: number; inprocess_steps_per_s: number; ratio: number }> = [];
await runExperiment({
  store,
  config,
  onSegmentEnd: async (segment) => {
    const inproc = await twin.train(segment.end - segment.start);
    if (inproc.optimizer_step !== segment.end) throw new Error(`twin at step ${inproc.optimizer_step}, worker at ${segment.end}`);
    const steps = segment.end - segment.start;
    const controller = steps / segment.wallSeconds;
    const inprocess = steps / inproc.seconds;
    blocks.push({ block: blocks.length + 1, controller_steps_per_s: controller, inprocess_steps_per_s: inprocess, ratio: controller / inprocess });
  },
});
twin.close();
store.close();
rmSync(dir, { recursive: true, force: true });

const measured = blocks.slice(WARMUP_BLOCKS);
const ratio = median(measured.map((b) => b.ratio));
const pooled = measured.reduce((n, b) => n + BLOCK / b.inprocess_steps_per_s, 0) / measured.reduce((n, b) => n + BLOCK / b.controller_steps_per_s, 0);
process.stdout.write(
  `${formatTable(
    [
      { header: 'block', value: (b: (typeof blocks)[number]) => (b.block <= WARMUP_BLOCKS ? `${b.block} (warm-up)` : String(b.block)) },
      { header: 'controller steps/s', value: (b) => b.controller_steps_per_s },
      { header: 'in-process steps/s', value: (b) => b.inprocess_steps_per_s },
      { header: 'ratio', value: (b) => b.ratio },
    ],
    blocks,
  )}\n`,
);
process.stdout.write(`\n${MODEL}, ${BLOCKS} blocks of ${BLOCK} steps, batch ${BATCH}\n`);
process.stdout.write(`median block ratio (controller / in-process): ${ratio.toFixed(4)}; pooled: ${pooled.toFixed(4)}   target >= 0.97\n`);
printJson('json', { benchmark: 'overhead', model: MODEL, block_steps: BLOCK, blocks, warmup_blocks: WARMUP_BLOCKS, median_ratio: ratio, pooled_ratio: pooled });
process.exit(0);
