/**
 * Issue 14 through the real CLI, fault by fault: a controller killed with -9 (its run reads as crashed,
 * resume refuses a live one and continues a crashed one from its last intact checkpoint, its socket file
 * is cleaned up), a store that stays locked, checkpoints by the clock, and a forward that never returns.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { RunStatus, type RunRecord } from '../../src/tracking/index.js';
import { NAP_MODEL, STUCK_MODEL, hasFashionMnist, readStore, runCli, sameCheckpoints, startCli, storeIn, tempDir } from './helpers.js';

// NAP_MODEL is slow while the flag file exists, so the first controller is surely alive when it is refused and killed.
function config(dir: string, flag: string, overrides: Record<string, unknown> = {}): string {
  writeFileSync(join(dir, 'nap_models.py'), NAP_MODEL);
  writeFileSync(flag, '');
  const path = join(dir, 'lease.json');
  writeFileSync(
    path,
    JSON.stringify({
      name: 'lease',
      model: { name: 'nap_models:build', kwargs: { flag }, python_path: [dir] },
      data: { name: 'fashion-mnist', max_train_examples: 512, max_eval_examples: 64 },
      training: { steps: 2000, batch_size: 16 },
      logging: { every_steps: 10 },
      checkpoint: { every_steps: 20, dir: 'ckpt' },
      ...overrides,
    }),
  );
  return path;
}

function readRun(storePath: string, checkpoints: number): RunRecord | null {
  try {
    return readStore(storePath, (store) => {
      const run = store.listRuns({ limit: 1 })[0];
      return run !== undefined && store.getArtifacts(run.id).length >= checkpoints ? run : null;
    });
  } catch {
    return null; // the store does not exist yet
  }
}

async function checkpointed(storePath: string, checkpoints = 1): Promise<RunRecord> {
  for (let waited = 0; waited < 300_000; waited += 100) {
    const run = readRun(storePath, checkpoints);
    if (run !== null) return run;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('no checkpoint within 5 minutes');
}

const socketsOf = (pid: number) => {
  const dir = join(tmpdir(), `moqlab-${process.getuid!()}`);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.startsWith(`${pid}-`)) : [];
};

describe.skipIf(!hasFashionMnist)('runs that meet faults', () => {
  it('leaves a crashed run that resume refuses while alive, then continues; its socket file is removed', async () => {
    const dir = tempDir();
    const storePath = storeIn(dir);
    const flag = join(dir, 'slow');
    const { child, done } = startCli(['train', config(dir, flag), '--quiet'], dir);
    const run = await checkpointed(storePath);
    expect(run.status).toBe(RunStatus.Running);
    expect(run.lease?.pid).toBe(child.pid);
    expect(socketsOf(child.pid!)).toHaveLength(1);

    const refused = await runCli(['resume', run.id], dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`run ${run.id} is being trained by process ${child.pid} on `);

    await checkpointed(storePath, 2);
    child.kill('SIGKILL');
    const killed = await done;
    expect(killed.signal).toBe('SIGKILL');
    rmSync(flag);

    const listed = await runCli(['runs', 'ls'], dir);
    expect(listed.stdout).toMatch(new RegExp(`^${run.id}  lease +crashed `, 'm'));
    const shown = await runCli(['runs', 'show', run.id], dir);
    expect(shown.stdout).toMatch(new RegExp(`^status +crashed$`, 'm'));
    expect(shown.stdout).toMatch(new RegExp(`^controller +process ${child.pid} on \\S+, last heard \\S+ ago$`, 'm'));
    expect(socketsOf(child.pid!)).toHaveLength(1);

    // Issue 14 §2: the newest checkpoint is damaged on disk; resume notices (its checksum) and takes the one before.
    const steps = readdirSync(join(dir, 'ckpt')).map((f) => Number(/^step-(\d+)\.pt$/.exec(f)?.[1])).filter(Number.isInteger);
    const newest = Math.max(...steps);
    expect(steps).toContain(newest - 20);
    const damaged = join(dir, 'ckpt', `step-${newest}.pt`);
    const bytes = readFileSync(damaged);
    bytes[bytes.length >> 1]! ^= 1;
    writeFileSync(damaged, bytes);

    const resumed = await runCli(['resume', run.id, '--quiet'], dir);
    expect(resumed.stderr).toContain(`warning: checkpoint '${damaged}' is corrupt: its SHA-256 is `);
    expect(resumed.stderr).toContain(`resuming from the previous checkpoint ${join(dir, 'ckpt', `step-${newest - 20}.pt`)} instead`);
    expect(resumed.stderr).toMatch(new RegExp(`resumed run .* at step ${newest - 20}\n`));
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(socketsOf(child.pid!)).toEqual([]);
    readStore(storePath, (store) => {
      expect(store.getRun(run.id)).toMatchObject({ status: RunStatus.Finished, lease: null });
    });
  }, 600_000);

  it('Ctrl-C in the middle of a segment checkpoints where the worker stopped, and resume ends bitwise-identical to an uninterrupted run', async () => {
    const quantize = {
      enabled: true,
      quantize_bits: { start_bits: 8, target_bits: 4 },
      quantize_schedule: { quantize_period: 8, schedule_offset: 4 },
      quantize_algo: { q_type: 'asymmetric', rounding: 'stochastic' },
      fp16_mixed_quantize: { enabled: true, quantize_change_ratio: 0.1 },
    };
    const overrides = { training: { steps: 60, batch_size: 16 }, logging: { every_steps: 25 }, checkpoint: { dir: 'ckpt' }, quantize_training: quantize };
    const straightDir = tempDir();
    const straightConfig = config(straightDir, join(straightDir, 'fast'), overrides);
    rmSync(join(straightDir, 'fast')); // the same model, without the naps
    const straight = await runCli(['train', straightConfig, '--quiet'], straightDir);
    expect(straight.status, straight.stderr).toBe(0);

    const dir = tempDir();
    const flag = join(dir, 'slow');
    const { child, done } = startCli(['train', config(dir, flag, overrides), '--quiet'], dir);
    // Interrupt inside the first 25-step segment, once a few steps were trained.
    for (let waited = 0; waited < 300_000; waited += 100) {
      const steps = (() => {
        try {
          return readStore(storeIn(dir), (store) => store.getMetrics(store.listRuns()[0]!.id, 'train/loss').length);
        } catch {
          return 0;
        }
      })();
      if (steps >= 3) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGINT');
    const interrupted = await done;
    expect(interrupted.status).toBe(130);
    const at = Number(/interrupted at step (\d+); it was checkpointed there, and `moqlab resume ([0-9a-f]{12})` continues exactly/.exec(interrupted.stderr)?.[1]);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(25);
    expect(existsSync(join(dir, 'ckpt', `step-${at}.pt`))).toBe(true);
    rmSync(flag);

    const runId = readStore(storeIn(dir), (store) => store.listRuns()[0]!.id);
    const resumed = await runCli(['resume', runId, '--quiet'], dir);
    expect(resumed.stderr).toMatch(new RegExp(`resumed run ${runId} from .*step-${at}\\.pt at step ${at}`));
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(sameCheckpoints(join(straightDir, 'ckpt', 'step-60.pt'), join(dir, 'ckpt', 'step-60.pt'))).toBe('compared\n');
  }, 600_000);

  it('a store that stays locked fails the run with the store named, exit 6; the run then reads as crashed', async () => {
    const dir = tempDir();
    const storePath = storeIn(dir);
    const flag = join(dir, 'slow');
    const { child, done } = startCli(['train', config(dir, flag), '--quiet'], dir);
    const run = await checkpointed(storePath);
    // Another process takes the write lock and keeps it: every write of the run now waits, then fails.
    const other = new Database(storePath);
    other.exec('BEGIN EXCLUSIVE');
    try {
      const result = await done;
      expect(result.status).toBe(6);
      expect(result.stderr).toContain(`moqlab: error [STORE_WRITE]: the tracking store ${storePath} refused a write: database is locked (SQLITE_BUSY)`);
      expect(result.stderr).toContain("fix: another process holds the store's write lock");
    } finally {
      other.exec('ROLLBACK');
      other.close();
      rmSync(flag);
    }
    readStore(storePath, (store) => {
      expect(store.getRun(run.id).status).toBe(RunStatus.Crashed);
    });
  }, 600_000);

  it('checkpoints by the clock when every_minutes has passed, at the next logging boundary', async () => {
    const dir = tempDir();
    const flag = join(dir, 'slow');
    // Ten steps take at least half a second here, far past the 30 ms asked for.
    const path = config(dir, flag, { training: { steps: 60, batch_size: 16 }, checkpoint: { every_minutes: 0.0005, dir: 'ckpt' } });
    const result = await runCli(['train', path, '--quiet'], dir);
    expect(result.status, result.stderr).toBe(0);
    readStore(storeIn(dir), (store) => {
      const run = store.listRuns()[0]!;
      expect(store.getEvents(run.id, 'checkpoint').map((e) => e.step)).toEqual([10, 20, 30, 40, 50, 60]);
    });
  }, 600_000);

  it('a forward that never returns fails the run as STALLED, naming the step, while heartbeats still come', async () => {
    const dir = tempDir();
    const flag = join(dir, 'slow');
    writeFileSync(join(dir, 'stuck_models.py'), STUCK_MODEL);
    const path = config(dir, flag, {
      model: { name: 'stuck_models:build', kwargs: { after: 12 }, python_path: [dir] },
      training: { steps: 200, batch_size: 16, stall_seconds: 3, stall_step_factor: 5 },
      logging: { every_steps: 5 },
      checkpoint: {},
    });
    const result = await runCli(['train', path, '--quiet'], dir);
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/moqlab: error \[STALLED\]: the worker finished no training step for \d+ s after step 12 \(limit \d+ s(; the slowest step so far took [\d.]+ s)?\); it was still alive and running RunSegment/);
    readStore(storeIn(dir), (store) => {
      const run = store.listRuns()[0]!;
      expect(run.status).toBe(RunStatus.Failed);
      expect(run.error).toContain('finished no training step');
    });
  }, 600_000);
});

async function refusedBeforeRecording(patch: Record<string, unknown>, message: RegExp): Promise<void> {
  const dir = tempDir();
  const path = join(dir, 'refused.json');
  writeFileSync(path, JSON.stringify({ name: 'refused', model: { name: 'mlp' }, data: { name: 'fashion-mnist', max_train_examples: 64 }, training: { steps: 2 }, ...patch }));
  const result = await runCli(['train', path, '--quiet'], dir);
  expect(result.status).not.toBe(0);
  expect(result.stderr).toMatch(message);
  expect(result.stdout).not.toMatch(/run [0-9a-f]{12}/);
  const storePath = storeIn(dir);
  if (!existsSync(storePath)) return;
  readStore(storePath, (store) => {
    expect(store.listRuns()).toEqual([]);
  });
}

describe.skipIf(!hasFashionMnist)('set-ups the worker refuses', () => {
  it.each([
    ['a data directory that does not exist', { data: { name: 'fashion-mnist', path: '/nonexistent/fashion' } }, /\/nonexistent\/fashion/],
    [
      'an eigenvalue block path that does not resolve',
      { quantize_training: { enabled: true, quantize_bits: { start_bits: 8, target_bits: 4 }, quantize_schedule: { quantize_period: 5, schedule_offset: 0 }, eigenvalue: { enabled: true, layer_name: 'no.such.blocks', layer_num: 2 } } },
      /no\.such\.blocks/,
    ],
  ] as Array<[string, Record<string, unknown>, RegExp]>)('%s fails before any run is recorded', (_what, patch, message) => refusedBeforeRecording(patch, message), 300_000);

  it('config check --deep finds what the worker refuses, and passes what it accepts, training and recording nothing', async () => {
    const dir = tempDir();
    const good = join(dir, 'good.json');
    const quantize = { enabled: true, quantize_bits: { start_bits: 8, target_bits: 4 }, quantize_schedule: { quantize_period: 1, schedule_offset: 0 } };
    writeFileSync(good, JSON.stringify({ name: 'good', model: { name: 'mlp' }, data: { name: 'fashion-mnist', max_train_examples: 64 }, training: { steps: 40 }, quantize_training: quantize }));
    const passed = await runCli(['config', 'check', good, '--deep'], dir);
    expect(passed.status, passed.stderr).toBe(0);
    expect(passed.stdout).toContain('good: the worker accepts it (nothing trained, nothing recorded):');
    expect(passed.stdout).toMatch(/data: 64 training and 10000 evaluation examples; 40 optimizer steps/);
    expect(passed.stdout).toMatch(/quantization: 3 tensors \(\d+ parameters\), ending at 4 mean bits/);
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'bad', model: { name: 'mlp' }, data: { name: 'fashion-mnist', path: '/nonexistent/fashion' } }));
    const refused = await runCli(['config', 'check', bad, '--deep'], dir);
    expect(refused.status).toBe(5);
    expect(refused.stderr).toMatch(/\/nonexistent\/fashion does not exist/);
    expect(existsSync(join(dir, '.moqlab'))).toBe(false);
  }, 300_000);

  it.skipIf(existsSync('/dev/nvidia0'))('cuda on a machine without a GPU fails before any run is recorded', () => refusedBeforeRecording({ device: 'cuda' }, /cuda/i), 300_000);
});
