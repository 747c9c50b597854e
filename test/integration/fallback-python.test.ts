/**
 * Debian's own torch 1.13 (/usr/bin/python3 with python3-torch) stays a supported worker interpreter
 * beside the project's .venv: the worker must keep importing, training with MoQ and exporting there.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportFormat, parseRunRecord } from '../../src/report/export.js';
import { hasFashionMnist, runCli, tempDir } from './helpers.js';

const FALLBACK = '/usr/bin/python3';
const fallbackTorch = spawnSync(FALLBACK, ['-c', 'import torch, google.protobuf; print(torch.__version__)'], { encoding: 'utf8' });
const hasFallback = fallbackTorch.status === 0;

describe.skipIf(!hasFallback || !hasFashionMnist)(`the fallback interpreter ${FALLBACK} (torch ${fallbackTorch.stdout.trim() || 'absent'})`, () => {
  it('trains with MoQ, records the interpreter and exports', async () => {
    const dir = tempDir();
    const config = join(dir, 'fallback.json');
    writeFileSync(
      config,
      JSON.stringify({
        name: 'it-fallback',
        model: { name: 'mlp', kwargs: { hidden: [32] } },
        data: { name: 'fashion-mnist', max_train_examples: 600, max_eval_examples: 100 },
        training: { steps: 20, batch_size: 32 },
        quantize_training: { enabled: true, quantize_bits: { start_bits: 8, target_bits: 4 }, quantize_schedule: { quantize_period: 2, schedule_offset: 0 } },
      }),
    );
    const env = { MOQLAB_PYTHON: FALLBACK };
    const trained = await runCli(['train', config, '--quiet'], dir, env);
    expect(trained.stderr).not.toMatch(/error/i);
    expect(trained.status).toBe(0);
    const id = /run ([0-9a-f]{12})/.exec(trained.stdout)![1]!;
    const doc = parseRunRecord((await runCli(['runs', 'export', id], dir)).stdout, ExportFormat.Json);
    const worker = doc.run.environment.worker as { pythonExecutable?: string; torch?: string };
    expect(worker.pythonExecutable).toBe(FALLBACK);
    expect(worker.torch).toBe(fallbackTorch.stdout.trim());
    expect(doc.events.filter((e) => e.kind === 'drop').length).toBeGreaterThan(0);
    const exported = await runCli(['export', id, '--out', join(dir, 'packed')], dir, env);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/prediction agreement/);
  }, 300_000);
});
