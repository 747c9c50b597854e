/**
 * `npm run bench:peers`: basic QAT (int8 weights, groups of 128 along the input, every Linear) done by
 * moqlab, driven by the controller as a user runs it, against the same QAT done with torchao's QAT API
 * and against plain PyTorch: the same model, data, optimizer, batches and machine, in one run. The
 * arms alternate block by block (the peers train the block the worker just trained), so drift in
 * machine load hits all alike. Prints the time per optimizer step of each, their ratios, and the final
 * metric; a table and JSON.
 *
 * Model: the packaged MiniLM (BENCH_MODEL=hf:<dir> for another); data: GLUE SST-2 from ../shared/data
 * (BENCH_GLUE_DIR for another copy).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createInterface } from 'node:readline';
import { resolveExperimentConfig } from '../../src/config/index.js';
import { runExperiment } from '../../src/experiment/run.js';
import { packageRoot, pythonRuntimeDir } from '../../src/paths.js';
import { Arm } from '../../src/schedule/moq.js';
import { formatTable } from '../../src/report/table.js';
import { openStore } from '../../src/tracking/index.js';
import { findPython } from '../../src/worker/python.js';
import { median, printJson } from './stats.js';
import { twinTraining } from './twin.js';

const BLOCK = Number(process.env.BENCH_BLOCK ?? 25);
const BLOCKS = Number(process.env.BENCH_BLOCKS ?? 8);
const WARMUP_BLOCKS = 1;
const MODEL = process.env.BENCH_MODEL ?? 'minilm';
const GLUE = process.env.BENCH_GLUE_DIR ?? join(packageRoot(), '..', 'shared', 'data', 'glue');
const BATCH = 32;
const MAX_SEQ_LEN = 64;
const LR = 1e-4;
const SEED = 0;
const BITS = 8;
const GROUP_SIZE = 128;
const EVAL_BATCH = 128;
const STEPS = BLOCK * BLOCKS;

if (!existsSync(join(GLUE, 'SST-2', 'train.tsv'))) {
  process.stderr.write(`bench:peers: no GLUE SST-2 under ${GLUE}; set BENCH_GLUE_DIR to a GLUE copy\n`);
  process.exit(2);
}
const python = findPython().executable;
const dir = mkdtempSync(join(tmpdir(), 'moqlab-bench-'));
const store = openStore(join(dir, 'bench.db'));
const data = { name: 'glue', task: 'SST-2', path: GLUE, max_seq_len: MAX_SEQ_LEN, max_train_examples: STEPS * BATCH };
const training = { steps: STEPS, batch_size: BATCH, optimizer: { lr: LR, weight_decay: 0.01 }, warmup_steps: BLOCK, max_grad_norm: 1.0, seed: SEED };
const config = resolveExperimentConfig(
  {
    name: 'bench-peers',
    model: { name: MODEL },
    data,
    training,
    eval: { batch_size: EVAL_BATCH },
    logging: { every_steps: BLOCK },
    checkpoint: { final: false },
    // Every Linear weight, as torchao's quantize_ takes every nn.Linear: the embeddings are left out.
    quantize_training: {
      enabled: true,
      quantize_bits: { start_bits: BITS, target_bits: BITS },
      quantize_schedule: { quantize_period: 1, schedule_offset: 0 },
      group_size: GROUP_SIZE,
      exclude: ['embeddings'],
    },
  },
  { baseDir: dir },
);

type Peer = 'torchao' | 'pytorch';
const PEERS: Peer[] = ['torchao', 'pytorch'];

async function startPeers() {
  const spec = {
    seed: SEED,
    data: { name: 'glue', task: 'SST-2', path: GLUE, max_seq_len: MAX_SEQ_LEN, max_train_examples: STEPS * BATCH },
    model: { name: config.model.name, kwargs: config.model.kwargs },
    quantization: { bits: BITS, group_size: GROUP_SIZE },
    eval_batch_size: EVAL_BATCH,
    training: twinTraining(config),
  };
  const child = spawn(python, [join(packageRoot(), 'scripts', 'bench', 'peers_twin.py'), JSON.stringify(spec)], {
    env: { ...process.env, PYTHONPATH: [pythonRuntimeDir(), process.env.PYTHONPATH].filter(Boolean).join(delimiter) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const ask = async <T>(command?: string): Promise<T> => {
    if (command) child.stdin!.write(`${command}\n`);
    const line = await lines.next();
    if (line.done) throw new Error('bench:peers: the peers process exited');
    return (command ? JSON.parse(line.value) : line.value) as T;
  };
  await ask();
  return {
    train: (steps: number) => ask<{ seconds: Record<Peer, number>; optimizer_step: number }>(`train ${steps}`),
    evaluate: () => ask<{ metrics: Record<Peer, Record<string, number>> }>('eval'),
    close: () => child.kill(),
  };
}

interface Block {
  block: number;
  /** Seconds per optimizer step: moqlab's worker-side segment time, its controller-side wall time, and each peer's. */
  moqlab: number;
  moqlab_wall: number;
  torchao: number;
  pytorch: number;
}

const peers = await startPeers();
const blocks: Block[] = [];
const result = await runExperiment({
  store,
  config,
  arm: Arm.BasicQat,
  onLog: (message) => process.stderr.write(`${message}\n`),
  onSegmentEnd: async (segment) => {
    const steps = segment.end - segment.start;
    const peer = await peers.train(steps);
    if (peer.optimizer_step !== segment.end) throw new Error(`peers at step ${peer.optimizer_step}, worker at ${segment.end}`);
    blocks.push({
      block: blocks.length + 1,
      moqlab: segment.seconds / steps,
      moqlab_wall: segment.wallSeconds / steps,
      torchao: peer.seconds.torchao / steps,
      pytorch: peer.seconds.pytorch / steps,
    });
  },
});
const { metrics } = await peers.evaluate();
peers.close();
store.close();
rmSync(dir, { recursive: true, force: true });

const measured = blocks.slice(WARMUP_BLOCKS);
const perStep = (key: keyof Omit<Block, 'block'>) => median(measured.map((b) => b[key]));
const ratio = (a: keyof Omit<Block, 'block'>, b: keyof Omit<Block, 'block'>) => median(measured.map((x) => x[a] / x[b]));
const ms = (s: number) => (s * 1000).toFixed(1);
process.stdout.write(
  `${formatTable(
    [
      { header: 'block', value: (b: Block) => (b.block <= WARMUP_BLOCKS ? `${b.block} (warm-up)` : String(b.block)) },
      { header: 'moqlab ms/step', value: (b) => ms(b.moqlab) },
      { header: 'moqlab wall ms/step', value: (b) => ms(b.moqlab_wall) },
      { header: 'torchao ms/step', value: (b) => ms(b.torchao) },
      { header: 'pytorch ms/step', value: (b) => ms(b.pytorch) },
    ],
    blocks,
  )}\n`,
);
const primary = Object.keys(result.metrics).find((k) => k.startsWith('eval/') && k !== 'eval/loss') ?? 'eval/loss';
const metricName = primary.slice('eval/'.length);
const arms = [
  { arm: 'moqlab basic QAT', seconds_per_step: perStep('moqlab'), wall_seconds_per_step: perStep('moqlab_wall'), metric: result.metrics[primary] },
  { arm: 'torchao QAT', seconds_per_step: perStep('torchao'), wall_seconds_per_step: null, metric: metrics.torchao[metricName] },
  { arm: 'plain PyTorch', seconds_per_step: perStep('pytorch'), wall_seconds_per_step: null, metric: metrics.pytorch[metricName] },
];
process.stdout.write(
  `\n${formatTable(
    [
      { header: 'arm', value: (a: (typeof arms)[number]) => a.arm },
      { header: 'ms/step (median)', value: (a) => ms(a.seconds_per_step) },
      { header: 'wall ms/step', value: (a) => (a.wall_seconds_per_step === null ? '-' : ms(a.wall_seconds_per_step)) },
      { header: `dev ${metricName}`, value: (a) => a.metric ?? Number.NaN },
    ],
    arms,
  )}\n`,
);
const vsTorchao = ratio('moqlab', 'torchao');
const wallVsTorchao = ratio('moqlab_wall', 'torchao');
process.stdout.write(
  `\n${MODEL} on SST-2 (${STEPS * BATCH} training examples, max_seq_len ${MAX_SEQ_LEN}), batch ${BATCH}, ${BLOCKS} blocks of ${BLOCK} steps, ` +
    `int${BITS} weights in groups of ${GROUP_SIZE}, every Linear\n` +
    `median block ratio moqlab / torchao: ${vsTorchao.toFixed(3)} (worker time), ${wallVsTorchao.toFixed(3)} (controller wall time)   target <= 1\n` +
    `median block ratio moqlab / plain PyTorch: ${ratio('moqlab', 'pytorch').toFixed(3)}; torchao / plain PyTorch: ${ratio('torchao', 'pytorch').toFixed(3)}\n`,
);
printJson('json', {
  benchmark: 'peers',
  model: MODEL,
  task: 'SST-2',
  block_steps: BLOCK,
  // Each block's and arm's figures are seconds per optimizer step.
  blocks,
  warmup_blocks: WARMUP_BLOCKS,
  bits: BITS,
  group_size: GROUP_SIZE,
  arms,
  median_ratio_moqlab_torchao: vsTorchao,
  median_wall_ratio_moqlab_torchao: wallVsTorchao,
});
process.exit(0);
