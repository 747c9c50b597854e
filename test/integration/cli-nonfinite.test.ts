/**
 * Issue 14 §3 through the real CLI: a model whose loss turns NaN must not end as a finished run. By
 * default the run fails at that step with the loss named; `on_nonfinite: skip_step` skips and records.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RunStatus } from '../../src/tracking/index.js';
import { EventKind } from '../../src/tracking/events.js';
import { hasFashionMnist, readStore, runCli, storeIn, tempDir } from './helpers.js';

const MODEL = `
import torch
from torch import nn


class NanForAWhile(nn.Module):
    """A linear classifier whose training output is NaN on calls start .. start + count - 1."""

    def __init__(self, num_labels, start, count):
        super().__init__()
        self.fc = nn.Linear(784, num_labels)
        self.calls, self.start, self.count = 0, start, count

    def forward(self, x):
        out = self.fc(x.flatten(1))
        if self.training:
            self.calls += 1
            if self.start <= self.calls < self.start + self.count:
                out = out * float("nan")
        return out


def build(num_labels=10, start=3, count=2):
    return NanForAWhile(num_labels, start, count)
`;

function config(dir: string, training: Record<string, unknown> = {}, kwargs: Record<string, unknown> = {}): string {
  writeFileSync(join(dir, 'nan_models.py'), MODEL);
  const path = join(dir, 'nan.json');
  writeFileSync(
    path,
    JSON.stringify({
      name: 'nan',
      model: { name: 'nan_models:build', kwargs, python_path: [dir] },
      data: { name: 'fashion-mnist', max_train_examples: 256, max_eval_examples: 64 },
      training: { steps: 8, batch_size: 32, ...training },
      logging: { every_steps: 4 },
    }),
  );
  return path;
}

function onlyRun(dir: string) {
  return readStore(storeIn(dir), (store) => {
    const [run, ...others] = store.listRuns();
    expect(others).toEqual([]);
    return { run: run!, events: store.getEvents(run!.id), losses: store.getMetrics(run!.id, 'train/loss') };
  });
}

// Each test starts a real worker and trains a few steps; a loaded machine may take several times as long.
const SLOW = { timeout: 180_000 };

describe.skipIf(!hasFashionMnist)('non-finite training steps', SLOW, () => {
  it('fail (the default): the run fails at the first NaN step, which is recorded and never trained on', async () => {
    const dir = tempDir();
    const result = await runCli(['train', config(dir), '--quiet'], dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('the training loss is not finite at optimizer step 3');
    expect(result.stderr).toContain('set training.on_nonfinite to skip_step');
    const { run, events, losses } = onlyRun(dir);
    expect(run.status).toBe(RunStatus.Failed);
    expect(events.filter((e) => e.kind === EventKind.Failure)).toHaveLength(1);
    // Steps 1 and 2 trained; the NaN step reached the store before the failure, at step 2 where it left the weights.
    expect(losses.map((p) => [p.step, Number.isNaN(p.value)])).toEqual([
      [1, false],
      [2, false],
      [2, true],
    ]);
  });

  it('skip_step: NaN steps are skipped, counted on the segment and recorded, and the run finishes its steps', async () => {
    const dir = tempDir();
    const result = await runCli(['train', config(dir, { on_nonfinite: 'skip_step', max_nonfinite_steps: 3 }), '--quiet'], dir);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain('2 step(s) with a non-finite loss or gradient skipped (training.on_nonfinite skip_step)');
    const { run, events, losses } = onlyRun(dir);
    expect(run.status).toBe(RunStatus.Finished);
    const skipped = events.filter((e) => e.kind === EventKind.NonfiniteSteps).map((e) => e.payload);
    expect(skipped).toEqual([{ start: 0, end: 4, count: 2, policy: 'skip_step' }]);
    expect(losses.filter((p) => Number.isNaN(p.value))).toHaveLength(2);
    expect(Math.max(...losses.map((p) => p.step))).toBe(8);
  });

  it('skip_step still fails when NaN steps go on for max_nonfinite_steps in a row', async () => {
    const dir = tempDir();
    const result = await runCli(['train', config(dir, { on_nonfinite: 'skip_step', max_nonfinite_steps: 3 }, { count: 100 }), '--quiet'], dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('the training loss is not finite for 3 steps in a row at optimizer step 3');
    expect(onlyRun(dir).run.status).toBe(RunStatus.Failed);
  });
});
