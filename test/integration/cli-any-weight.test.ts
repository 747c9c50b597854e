/**
 * Issue 12 §3 through the real CLI, as a new user would: a model of their own with a GRU and a
 * TransformerEncoderLayer has every weight quantized (RNN gates, the fused Q/K/V `in_proj_weight`),
 * `plan` and `train` say what is left out and why, and the export packs them and checks parity.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/paths.js';
import { hasFashionMnist, runCli, tempDir } from './helpers.js';

type Raw = Record<string, unknown>;

function config(dir: string, quantize: Raw = {}): string {
  const path = join(dir, 'row-sequence.json');
  writeFileSync(
    path,
    JSON.stringify({
      name: 'row-sequence',
      model: { name: 'my_models:row_sequence', kwargs: { hidden: 16 }, python_path: [join(packageRoot(), 'examples', 'user_models')] },
      data: { name: 'fashion-mnist', max_train_examples: 256, max_eval_examples: 64 },
      training: { steps: 8, batch_size: 32 },
      logging: { every_steps: 4 },
      quantize_training: {
        enabled: true,
        quantize_bits: { start_bits: 8, target_bits: 6 },
        quantize_schedule: { quantize_period: 2, schedule_offset: 0 },
        group_size: 4,
        ...quantize,
      },
    }),
  );
  return path;
}

const WEIGHTS = [
  'rnn.weight_ih_l0',
  'rnn.weight_hh_l0',
  'encoder.self_attn.in_proj_weight',
  'encoder.self_attn.out_proj.weight',
  'encoder.linear1.weight',
  'encoder.linear2.weight',
  'classifier.weight',
];

describe.skipIf(!hasFashionMnist)('every weight of a user model with a GRU and a Transformer layer', () => {
  it('plan --json quantizes RNN gates and the fused Q/K/V, and gives every other tensor with its reason', async () => {
    const dir = tempDir();
    const result = await runCli(['plan', config(dir), '--json'], dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const plan = JSON.parse(result.stdout) as { layers: Array<{ name: string }>; skipped: Array<{ name: string; reason: string; why: string }> };
    expect(plan.layers.map((l) => l.name)).toEqual(WEIGHTS);
    expect(plan.skipped.map((s) => s.name)).toContain('rnn.bias_ih_l0');
    expect(new Set(plan.skipped.map((s) => s.reason))).toEqual(new Set(['fewer-than-2-dims']));
  });

  it('plan says which tensors include and exclude leave out', async () => {
    const dir = tempDir();
    const result = await runCli(['plan', config(dir, { include: ['^rnn\\.', 'self_attn'], exclude: ['in_proj_weight'] })], dir);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^MoQ plan: 3 quantized tensors,/);
    expect(result.stdout).toContain("15 tensors left out of quantization: 11 with fewer than 2 dimensions (biases, norms), 1 excluded by 'in_proj_weight', 3 named by no include regex");
    expect(result.stdout).toMatch(/encoder\.self_attn\.in_proj_weight\s+\[48, 16\]\s+excluded by regex 'in_proj_weight'/);
    expect(result.stdout).toMatch(/encoder\.linear1\.weight\s+\[32, 16\]\s+named by no include regex/);
  });

  it('train says at configure time what it quantizes, and export packs every weight with parity', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const trained = await runCli(['train', config(dir), '--quiet'], dir);
    expect(trained.status, trained.stderr).toBe(0);
    expect(trained.stderr).toContain('quantizing 7 tensors (4320 parameters); 11 tensors left out of quantization: 11 with fewer than 2 dimensions (biases, norms)');
    const id = /run ([0-9a-f]{12}) \(/.exec(trained.stdout)![1]!;
    const out = join(dir, 'packed');
    const exported = await runCli(['export', id, '--out', out], dir);
    expect(exported.status, exported.stderr).toBe(0);
    expect(exported.stdout).toMatch(/rnn\.weight_ih_l0\s+packed\s+6\s+int8/);
    expect(exported.stdout).toMatch(/prediction agreement 100\.00%/);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { quantized: string[]; tensors: Record<string, { kind: string; load_as?: string }> };
    expect(manifest.quantized).toEqual(WEIGHTS);
    // MultiheadAttention reads in_proj_weight itself: it stays packed behind a parametrization once loaded
    expect(manifest.tensors['encoder.self_attn.in_proj_weight']).toMatchObject({ kind: 'packed', load_as: 'quant_parameter' });
    expect(exported.stdout).toMatch(/encoder\.self_attn\.in_proj_weight\s+packed\s+\d+\s+int\d\s+\d+\s+\d+\s+QuantParameter/);
    expect(manifest.tensors['encoder.linear1.weight']).toMatchObject({ kind: 'packed', load_as: 'quant_linear' });
  });
});
