/**
 * `moqlab repro glue` through the real CLI on the smoke profile: two GLUE tasks with data and one
 * without, a run killed at its first checkpoint and continued by the next invocation, and a third
 * invocation that finds everything finished and starts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EventKind } from '../../src/tracking/events.js';
import { openStore, RunStatus } from '../../src/tracking/index.js';
import { findPython, probePython } from '../../src/worker/python.js';
import { SHARED_DATA, hasSharedData, killWorkerAtFirstCheckpoint, runCli, startCli, tempDir } from './helpers.js';

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

    // One worker, so the first run is MRPC's baseline; killing its worker fails that run only.
    const first = startCli([...args, '--parallel', '1'], dir);
    const killed = await killWorkerAtFirstCheckpoint(store);
    expect(killed).not.toBe('');
    const firstResult = await first.done;
    expect(firstResult.stderr).toMatch(/MRPC baseline s42: failed: the worker \(pid \d+\) was killed by SIGKILL/);
    expect(firstResult.status).toBe(4);
    expect(groupRuns(store)).toHaveLength(8);

    const middle = await runCli([...args, '--status'], dir);
    expect(middle.stdout).toMatch(/8 runs: 7 finished, 1 to resume, 0 to start/);
    expect(middle.stdout).toMatch(/MRPC\s+42\s+resumable @(4|8) \(failed\)\s+finished\s+finished\s+finished/);

    const second = await runCli([...args, '--keep-checkpoints'], dir);
    expect(second.stderr).toMatch(new RegExp(`MRPC baseline s42: run ${killed}, continuing from the checkpoint at step (4|8)`));
    expect(second.status).toBe(0);
    const runs = groupRuns(store);
    expect(runs).toHaveLength(8);
    expect(runs.every(({ run }) => run.status === RunStatus.Finished)).toBe(true);
    expect(runs.find(({ run }) => run.id === killed)?.resumed).toBe(1);
    // Finished runs keep no checkpoint (the table needs their metrics, not their weights) unless asked:
    // the second invocation kept the final one of the run it finished, so its model can be exported.
    const others = runs.filter(({ run }) => run.id !== killed).map(({ run }) => run.id);
    expect(others.filter((id) => existsSync(join(dir, '.moqlab', 'checkpoints', id)))).toEqual([]);
    expect(readdirSync(join(dir, '.moqlab', 'checkpoints', killed))).toHaveLength(1);
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
  }, 900_000);
});
