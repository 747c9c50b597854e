/**
 * `moqlab repro glue` through the real CLI on the smoke profile: two GLUE tasks with data and one
 * without, an invocation killed at its second run's first checkpoint and continued by the next one, and a
 * third invocation that finds everything finished and starts nothing. The second invocation trains on
 * a remote worker that connects to `--listen`. (A worker killed under a run is
 * re-queued within the same invocation: cli-pool.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventKind } from '../../src/tracking/events.js';
import { openStore, RunStatus } from '../../src/tracking/index.js';
import { findPython, probePython } from '../../src/worker/python.js';
import { SHARED_DATA, hasSharedData, insecureListenEndpoint, runCli, startCli, tempDir, waitForStore } from './helpers.js';

const minilm = probePython(findPython().executable).minilm;

function groupRuns(storePath: string) {
  const store = openStore(storePath, { readonly: true });
  try {
    const runs = store.listRuns();
    return runs.map((run) => ({ run, resumed: store.getEvents(run.id, EventKind.Resumed).length }));
  } finally {
    store.close();
  }
}

describe.skipIf(!hasSharedData || !minilm)('moqlab repro glue (needs ../shared/data and the .venv)', () => {
  it('reproduces two tasks, shows a third as no data, continues a killed run, and skips finished runs', async () => {
    const dir = tempDir();
    const store = join(dir, '.moqlab', 'moqlab.db');
    const args = ['repro', 'glue', '--profile', 'smoke', '--tasks', 'MRPC,WNLI,RTE', '--glue-dir', join(SHARED_DATA, 'glue'), '--quiet'];

    const before = await runCli([...args, '--status'], dir);
    expect(before.status).toBe(0);
    expect(before.stdout).toMatch(/8 runs: 0 finished, 0 to resume, 8 to start/);
    expect(before.stdout).toMatch(/RTE\s+-\s+no data\s+no data\s+no data\s+no data/);
    expect(existsSync(store)).toBe(false);

    // One worker, so MRPC's baseline runs first, then its basic-qat; the controller is killed (-9) at the
    // second run's first checkpoint.
    const first = startCli([...args, '--parallel', '1'], dir);
    const killed = await checkpointedRun(store, 2);
    expect(killed).not.toBe('');
    first.child.kill('SIGKILL');
    expect((await first.done).signal).toBe('SIGKILL');
    const firstRuns = groupRuns(store);
    expect(firstRuns).toHaveLength(2);
    const finishedFirst = firstRuns.find(({ run }) => run.id !== killed)!.run;
    expect(finishedFirst.status).toBe(RunStatus.Finished);

    const middle = await runCli([...args, '--status'], dir);
    expect(middle.stdout).toMatch(/8 runs: 1 finished, 1 to resume, 6 to start/);
    expect(middle.stdout).toMatch(/MRPC\s+42\s+finished\s+resumable @(4|8) \(crashed\)/);

    // The second invocation runs on a pool of one remote worker that connects to it (issue 15 §2).
    const pooled = startCli([...args, '--keep-checkpoints', '--listen', 'tcp://127.0.0.1:0', '--insecure', '--parallel', '0'], dir);
    const remote = startCli(['worker', '--connect', await insecureListenEndpoint(pooled.child), '--insecure'], dir);
    const second = await pooled.done;
    remote.child.kill('SIGKILL');
    expect(second.stderr).toMatch(/joined/);
    expect(second.stderr).toMatch(new RegExp(`MRPC basic-qat s42: run ${killed}, continuing from the checkpoint at step (4|8)`));
    expect(second.status).toBe(0);
    const runs = groupRuns(store);
    expect(runs).toHaveLength(8);
    expect(runs.every(({ run }) => run.status === RunStatus.Finished)).toBe(true);
    expect(runs.find(({ run }) => run.id === killed)?.resumed).toBe(1);
    // Finished runs keep no checkpoint (the table needs their metrics, not their weights) unless asked:
    // the first invocation kept none of the run it finished; the second, asked, kept the final one of
    // each run it finished, so their models can be exported.
    expect(existsSync(join(dir, '.moqlab', 'checkpoints', finishedFirst.id))).toBe(false);
    for (const { run } of runs.filter(({ run }) => run.id !== finishedFirst.id)) {
      expect(readdirSync(join(dir, '.moqlab', 'checkpoints', run.id)), run.name).toHaveLength(1);
    }
    const exported = await runCli(['export', killed, '--out', join(dir, 'packed'), '--parity-examples', '16'], dir);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/in memory once loaded \(measured\)/);

    const groupId = /group ([0-9a-f]{12}) in /.exec(second.stdout)?.[1];
    expect(groupId).toBeDefined();
    const out = join(dir, '.moqlab', 'repro', groupId!);
    const markdown = readFileSync(join(out, 'table.md'), 'utf8');
    expect(markdown).toContain('|  | MRPC (F1) | WNLI (acc) | RTE (acc) | ACC+ |');
    expect(markdown).toMatch(/\| \*\*w\/o QAT \(baseline\)\*\* \| \d+\.\d\d \| \d+\.\d\d \| no data \| 0 \|/);
    expect(markdown).toContain('| blog: w/o QAT (FP16) | 88.12 | 56.34 | 65.30 | 0 |');
    expect(markdown).toMatch(/\| blog: MoQ \| 89\.00ᵉ \| 56\.34ᵉ \| 67\.15ᵉ \| [+-]\d\.\d\d \(printed \+0\.75\) \|/);
    expect(second.stdout).toContain('| blog: Basic QAT | 88.35 | 55.30 | 64.20 | -0.41 (printed -0.87) |');
    const json = JSON.parse(readFileSync(join(out, 'table.json'), 'utf8')) as { columns: Array<{ task: string; data: string; arms: Array<{ arm: string; seeds: Array<{ value: number | null }> }> }> };
    expect(json.columns.map((c) => [c.task, c.data])).toEqual([
      ['MRPC', 'found'],
      ['WNLI', 'found'],
      ['RTE', 'no data'],
    ]);
    expect(json.columns[0]!.arms.map((a) => a.arm)).toEqual(['baseline', 'basic-qat', 'moq', 'moq-eigen']);
    expect(json.columns[0]!.arms.every((a) => typeof a.seeds[0]!.value === 'number')).toBe(true);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    // Both tasks' moq-eigen runs have their bits-over-steps and final-bits figures.
    expect(html.match(/id="fig-bits-[0-9a-f]{12}"/g)).toHaveLength(2);
    expect(html.match(/id="fig-final-bits-[0-9a-f]{12}"/g)).toHaveLength(2);

    const third = await runCli(args, dir);
    expect(third.status).toBe(0);
    expect(third.stderr).toMatch(/8 runs: 8 finished, 0 to resume, 0 to start/);
    expect(third.stderr).not.toMatch(/: run [0-9a-f]{12}/);
    expect(groupRuns(store)).toHaveLength(8);
  }, 1_800_000);
});

/** The id of the `nth` run once it has a checkpoint ('' if none came). */
async function checkpointedRun(storePath: string, nth: number): Promise<string> {
  const id = await waitForStore(storePath, (store) => {
    const runs = store.listRuns();
    return runs.length === nth && store.getArtifacts(runs[0]!.id).length > 0 ? runs[0]!.id : null;
  });
  return id ?? '';
}
