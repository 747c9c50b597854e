/**
 * Issue 15 §2 through the real CLI: a sweep (`moqlab compare --listen`) on a pool of two workers that
 * connected over tcp loopback; one is killed mid-run, and every run of the sweep still finishes (the lost
 * one resumes from its checkpoint on the other worker).
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunStatus } from '../../src/tracking/index.js';
import { NAP_MODEL, hasFashionMnist, insecureListenEndpoint, readStore, startCli, storeIn, tempDir, waitForStore, workerPid } from './helpers.js';

describe.skipIf(!hasFashionMnist)('moqlab compare --listen: a pool of remote workers', () => {
  it('finishes every run of a sweep when one of its two workers is killed mid-run', async () => {
    const dir = tempDir();
    const flag = join(dir, 'slow');
    writeFileSync(flag, '');
    writeFileSync(join(dir, 'nap_models.py'), NAP_MODEL); // slow while the flag exists
    const config = join(dir, 'sweep.json');
    writeFileSync(
      config,
      JSON.stringify({
        name: 'it-pool',
        model: { name: 'nap_models:build', kwargs: { flag }, python_path: [dir] },
        data: { name: 'fashion-mnist', max_train_examples: 512, max_eval_examples: 128 },
        training: { steps: 60, batch_size: 16, optimizer: { lr: 0.002 } },
        logging: { every_steps: 10 },
        checkpoint: { every_steps: 10 },
        device: 'cpu',
        quantize_training: { enabled: true, quantize_bits: { start_bits: 12, target_bits: 8 }, quantize_schedule: { quantize_period: 5, schedule_offset: 0 } },
      }),
    );
    const sweep = startCli(['compare', config, '--arms', 'baseline,moq', '--seeds', '2', '--listen', 'tcp://127.0.0.1:0', '--insecure', '--parallel', '0', '--quiet'], dir);
    const endpoint = await insecureListenEndpoint(sweep.child);
    const workers = [0, 1].map(() => startCli(['worker', '--connect', endpoint, '--insecure'], dir));
    try {
      const killed = await killWorkerOfFirstCheckpointedRun(storeIn(dir));
      expect(killed).not.toBeNull();
      rmSync(flag);
      const result = await sweep.done;
      expect(result.status, result.stderr).toBe(0);
      expect(result.stderr).toMatch(/joined/);
      expect(result.stderr).toMatch(new RegExp(`run ${killed!.runId} lost its worker \\(.*\\); resuming it from .*step-\\d+\\.pt on the next free worker \\(attempt 2 of 3\\)`));
      readStore(storeIn(dir), (store) => {
        const runs = store.listRuns();
        expect(runs).toHaveLength(4);
        for (const run of runs) expect(run.status, `${run.name} ${run.error ?? ''}`).toBe(RunStatus.Finished);
        const workersUsed = new Set(runs.map(workerPid));
        expect(workersUsed.has(killed!.pid)).toBe(false); // the resumed run now names the worker that finished it
      });
    } finally {
      for (const w of workers) w.child.kill('SIGKILL');
      sweep.child.kill('SIGKILL');
    }
  });
});

/** Waits for a running run with a checkpoint and kills the Python worker running it (as an OOM kill would). */
async function killWorkerOfFirstCheckpointedRun(storePath: string): Promise<{ runId: string; pid: number } | null> {
  const target = await waitForStore(storePath, (store) =>
    store
      .listRuns()
      .filter((run) => run.status === RunStatus.Running && workerPid(run) !== undefined && store.getArtifacts(run.id).length > 0)
      .map((run) => ({ runId: run.id, pid: workerPid(run)! }))[0],
  );
  if (target) process.kill(target.pid, 'SIGKILL');
  return target;
}
