import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { ExportFormat, parseRunRecord } from '../../src/report/export.js';
import { RunStatus, openStore } from '../../src/tracking/index.js';
import { hasFashionMnist, runCli, startCli, tempDir } from './helpers.js';


function smallConfig(dir: string, steps: number, extra: Record<string, unknown> = {}): string {
  const path = join(dir, 'config.json');
  writeFileSync(
    path,
    JSON.stringify({
      name: 'it-fmnist',
      model: { name: 'mlp' },
      data: { name: 'fashion-mnist', max_train_examples: 4000, max_eval_examples: 500 },
      training: { steps, batch_size: 32, optimizer: { lr: 0.002 } },
      logging: { every_steps: 10 },
      ...extra,
    }),
  );
  return path;
}

/** Polls the store until `predicate` holds for the newest run. */
async function waitForRun(storePath: string, predicate: (metrics: number, env: Record<string, unknown>) => boolean, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const store = openStore(storePath, { readonly: true });
      try {
        const run = store.listRuns({ limit: 1 })[0];
        if (run && predicate(store.getMetrics(run.id).length, run.environment)) return run;
      } finally {
        store.close();
      }
    } catch {
      // the database may not exist yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out waiting for the run');
}

describe.skipIf(!hasFashionMnist)('moqlab train (Fashion-MNIST installed)', () => {
  it('trains end to end, prints the result and records every step', async () => {
    const dir = tempDir();
    const result = await runCli(['train', smallConfig(dir, 40), '--quiet'], dir);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/eval\/accuracy/);
    const id = /run ([0-9a-f]{12}) \(it-fmnist\) finished/.exec(result.stdout)?.[1];
    expect(id).toBeDefined();

    const ls = await runCli(['runs', 'ls'], dir);
    expect(ls.stdout).toContain(id);
    const exported = await runCli(['runs', 'export', id!.slice(0, 6), '--format', 'json'], dir);
    const doc = parseRunRecord(exported.stdout, ExportFormat.Json);
    expect(doc.run.status).toBe(RunStatus.Finished);
    const lossSteps = doc.metrics.filter((m) => m.name === 'train/loss').map((m) => m.step);
    expect(lossSteps).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    const accuracy = doc.metrics.find((m) => m.name === 'eval/accuracy');
    expect(accuracy?.step).toBe(40);
    expect(accuracy?.value).toBeGreaterThan(0.5);
    expect((doc.run.environment.worker as Record<string, unknown>).torch).toMatch(/^\d/);
    expect(doc.params['training.total_steps']).toBe(40);

    // The run's config as a file: the settings that differ from the defaults, which check as a config.
    const shown = await runCli(['runs', 'show', id!, '--config'], dir);
    expect(shown.status, shown.stderr).toBe(0);
    const file = JSON.parse(shown.stdout) as Record<string, Record<string, unknown>>;
    expect(file.model).toEqual({ name: 'mlp' });
    expect(file.training).toEqual({ steps: 40, batch_size: 32, optimizer: { lr: 0.002 } });
    expect(file).not.toHaveProperty('device');
    writeFileSync(join(dir, 'again.json'), shown.stdout);
    expect((await runCli(['config', 'check', join(dir, 'again.json')], dir)).status).toBe(0);
  });

  it('reports the worker death within 5 s when it is killed, keeping the metrics already received', async () => {
    const dir = tempDir();
    const storePath = join(dir, '.moqlab', 'moqlab.db');
    const { done } = startCli(['train', smallConfig(dir, 100_000), '--quiet'], dir);
    const run = await waitForRun(storePath, (n, env) => n > 30 && env.worker !== undefined);
    const before = (() => {
      const s = openStore(storePath, { readonly: true });
      const n = s.getMetrics(run.id).length;
      s.close();
      return n;
    })();
    const pid = (run.environment.worker as { pid: number }).pid;
    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    const result = await done;
    expect(Date.now() - killedAt).toBeLessThan(5000);
    expect(result.status).toBe(4);
    expect(result.stderr).toMatch(/WORKER_DIED/);
    expect(result.stderr).toMatch(new RegExp(`worker \\(pid ${pid}\\) was killed by SIGKILL`));
    const store = openStore(storePath, { readonly: true });
    const after = store.getRun(run.id);
    expect(after.status).toBe(RunStatus.Failed);
    expect(after.error).toMatch(/SIGKILL/);
    expect(store.getMetrics(run.id).length).toBeGreaterThanOrEqual(before);
    store.close();
  });

  // Ctrl-C, `kill` and a closed terminal alike: no run is left `running`.
  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('stops the worker and marks the run interrupted on %s', async (signal) => {
    const dir = tempDir();
    const storePath = join(dir, '.moqlab', 'moqlab.db');
    const { child, done } = startCli(['train', smallConfig(dir, 100_000), '--quiet'], dir);
    const run = await waitForRun(storePath, (n, env) => n > 10 && env.worker !== undefined);
    const pid = (run.environment.worker as { pid: number }).pid;
    child.kill(signal);
    const result = await done;
    expect(result.status).toBe(130);
    expect(result.stderr).toMatch(/INTERRUPTED/);
    const store = openStore(storePath, { readonly: true });
    expect(store.getRun(run.id).status).toBe(RunStatus.Interrupted);
    store.close();
    expect(() => process.kill(pid, 0)).toThrow();
  });
});

describe.skipIf(!hasFashionMnist)('more torch threads than cores (issue 14 §4)', () => {
  it('trains with num_threads 1000, warned, and the slow steps do not read as a lost worker', async () => {
    const dir = tempDir();
    const result = await runCli(['train', smallConfig(dir, 10, { training: { steps: 10, batch_size: 32, num_threads: 1000 } }), '--quiet'], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/training\.num_threads 1000 × 1 process\(es\) is more than the \d+ cores of this machine/);
    expect(result.stderr).not.toMatch(/WORKER_UNRESPONSIVE|STALLED/);
  });
});

describe.skipIf(!hasFashionMnist)('a user model factory', () => {
  it('trains examples/user-model.json, which gets num_labels from the data set', async () => {
    const dir = tempDir();
    const result = await runCli(['train', join(packageRoot(), 'examples', 'user-model.json'), '--steps', '5', '--quiet', '--store', join(dir, 'db.sqlite')], dir);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/eval\/accuracy/);
  });
});

describe('moqlab train config errors', () => {
  it('names the JSON path and suggests the key for a typo, exiting 2', async () => {
    const dir = tempDir();
    const path = smallConfig(dir, 10, { trainig: {} });
    const result = await runCli(['train', path], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/CONFIG_INVALID/);
    expect(result.stderr).toMatch(/\$\.trainig/);
    expect(result.stderr).toMatch(/training/);
  });

  it('says which file is missing', async () => {
    const dir = tempDir();
    const result = await runCli(['train', join(dir, 'nope.json')], dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/FILE_NOT_FOUND.*nope\.json/);
  });
});
