/**
 * Issue 12 §5, fair comparisons, through the built CLI with real workers: each arm's final bits are
 * predicted before anything trains, warned about once per arm, shown in the table, and
 * --require-target refuses; overrides and problems every run would meet fail once, up front.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunStatus, openStore } from '../../src/tracking/index.js';
import { hasFashionMnist, runCli, tempDir } from './helpers.js';

type Raw = Record<string, unknown>;

/** 8 → 4 bits with period 5 drops at steps 5, 10, 20 and 40 (SEMANTICS.md §3): 20 steps end at 5 bits. */
function config(dir: string, training: Raw, quantize: Raw = {}, extra: Raw = {}): string {
  const path = join(dir, 'fair.json');
  const raw = {
    name: 'it-fair',
    model: { name: 'mlp', kwargs: { hidden: [64] } },
    data: { name: 'fashion-mnist', max_train_examples: 2000, max_eval_examples: 300 },
    training: { batch_size: 32, optimizer: { lr: 0.002 }, ...training },
    logging: { every_steps: 25 },
    quantize_training: { enabled: true, quantize_bits: { start_bits: 8, target_bits: 4 }, quantize_schedule: { quantize_period: 5, schedule_offset: 0 }, ...quantize },
    ...extra,
  };
  writeFileSync(path, JSON.stringify(raw));
  return path;
}

const MOQ_WARNING =
  'warning: moq arm ends above its target bits: 2 of 2 quantized tensors are still above target when the run ends at step 20, at 5 mean bits against the 4 bits basic-qat trains at; ' +
  'the last drop to target would come at step 40; train at least 40 steps or lower quantize_period; --require-target refuses such a run instead of training it';

function runsIn(dir: string) {
  const store = openStore(join(dir, '.moqlab', 'moqlab.db'));
  try {
    return store.listRuns();
  } finally {
    store.close();
  }
}

// Each test starts real workers and trains; a loaded machine may take several times as long.
const SLOW = { timeout: 240_000 };

describe.skipIf(!hasFashionMnist)('moqlab compare: fair comparisons', SLOW, () => {
  it('warns once per arm that ends above target, before any run starts, and prints both arms’ final bits', async () => {
    const dir = tempDir();
    const result = await runCli(['compare', config(dir, { steps: 20 }), '--arms', 'baseline,basic-qat,moq', '--quiet'], dir);
    expect(result.status).toBe(0);
    const lines = result.stderr.split('\n');
    expect(lines.filter((line) => line.startsWith('warning:'))).toEqual([MOQ_WARNING]);
    expect(lines.indexOf(MOQ_WARNING)).toBeLessThan(lines.findIndex((line) => / s42: run [0-9a-f]{12}$/.test(line)));
    expect(result.stdout).toMatch(/final bits predicted\s+final bits \(mean ± std\)\n/);
    expect(result.stdout).toMatch(/\nbasic-qat\s+1\s.*\s4\s+4\n/);
    expect(result.stdout).toMatch(/\nmoq\s+1\s.*\s5 \*\s+5 \*\n/);
    expect(result.stdout).toContain('* ends above the 4 target bits basic-qat trains at: not a like-for-like comparison');
  });

  it('--require-target refuses before any run is recorded, exiting 2', async () => {
    const dir = tempDir();
    const result = await runCli(['compare', config(dir, { steps: 20 }), '--arms', 'basic-qat,moq', '--require-target', '--quiet'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(MOQ_WARNING);
    expect(result.stderr).toContain('moqlab: error [CONFIG_INVALID]: --require-target: moq (5 bits) would end above the 4 target bits basic-qat trains at');
    expect(runsIn(dir)).toEqual([]);
  });

  it('predicts moq-eigen on the blocks the worker resolves, with factor 1 as a lower bound', async () => {
    const dir = tempDir();
    const eigenvalue = { enabled: true, layer_name: 'hidden', layer_num: 2 };
    const path = config(dir, { steps: 20 }, { eigenvalue }, { model: { name: 'mlp', kwargs: { hidden: [64, 32] } } });
    const result = await runCli(['compare', path, '--arms', 'moq-eigen', '--require-target', '--quiet'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'warning: moq-eigen arm ends above its target bits even with eigenvalue factor 1 (measured factors can only delay the drops further): 3 of 3 quantized tensors are still above target',
    );
    expect(result.stderr).toContain('--require-target: moq-eigen (5 bits) would end above the 4 target bits');
    expect(runsIn(dir)).toEqual([]);
  });

  it('--require-target lets a comparison whose arms all reach their target run', async () => {
    const dir = tempDir();
    const result = await runCli(['compare', config(dir, { steps: 40 }), '--arms', 'basic-qat,moq', '--require-target', '--quiet'], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toMatch(/warning:/);
    expect(result.stdout).toMatch(/\nmoq\s+1\s.*\s4\s+4\n/);
    expect(result.stdout).not.toContain('*');
  });

  it('refuses --steps below the warmup before starting a worker or recording a run', async () => {
    const dir = tempDir();
    const path = config(dir, { epochs: 1, warmup_steps: 100 });
    const result = await runCli(['compare', path, '--steps', '5', '--quiet'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`[CONFIG_INVALID]: ${path}: $.training.warmup_steps: 100 is more than the 5 training steps that --steps 5 sets`);
    expect(runsIn(dir)).toEqual([]);
  });

  it('fails once, before any run, on a problem every run would meet', async () => {
    const dir = tempDir();
    const result = await runCli(['compare', config(dir, { steps: 20 }, { exclude: ['.*'] }), '--arms', 'baseline,moq', '--seeds', '2', '--quiet'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr.match(/CONFIG_INVALID/g)).toHaveLength(1);
    expect(runsIn(dir)).toEqual([]);
  });
});

describe.skipIf(!hasFashionMnist)('moqlab train: final bits', SLOW, () => {
  it('warns before training, and shows the current mean bits in the progress bar', async () => {
    const dir = tempDir();
    const result = await runCli(['train', config(dir, { steps: 20 })], dir);
    expect(result.status).toBe(0);
    const lines = result.stderr.split('\n');
    const warning = lines.indexOf(MOQ_WARNING);
    expect(warning).toBeGreaterThan(-1);
    // Off a terminal the bar prints a line now and then and one at the end: all after the warning.
    const bars = lines.flatMap((line, i) => (/\|\s*\d+\/20 steps \| loss /.test(line) ? [i] : []));
    expect(bars.length).toBeGreaterThan(0);
    expect(Math.min(...bars)).toBeGreaterThan(warning);
    expect(lines[bars.at(-1)!]).toMatch(/^done\s+\|.*\| 20\/20 steps \| loss \d+\.\d+ \| bits 5 \|/);
  });

  it('--require-target refuses before any run is recorded, exiting 2', async () => {
    const dir = tempDir();
    const result = await runCli(['train', config(dir, { steps: 20 }), '--require-target', '--quiet'], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(MOQ_WARNING);
    expect(result.stderr).toContain('[CONFIG_INVALID]: --require-target: moq (5 bits) would end above the 4 target bits basic-qat trains at');
    expect(runsIn(dir)).toEqual([]);
  });

  it('--require-target trains a run that reaches its target, on the worker that predicted it', async () => {
    const dir = tempDir();
    const result = await runCli(['train', config(dir, { steps: 40 }), '--require-target', '--quiet'], dir);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('warning:');
    const [run] = runsIn(dir);
    expect(run).toMatchObject({ status: RunStatus.Finished });
    const store = openStore(join(dir, '.moqlab', 'moqlab.db'));
    try {
      expect(store.getMetrics(run!.id, 'quant/average_bits').at(-1)?.value).toBe(4);
    } finally {
      store.close();
    }
  });
});
