import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportFormat, parseRunRecord } from '../../src/report/export.js';
import { SHARED_DATA, hasSharedData, runCli, tempDir } from './helpers.js';


function glueConfig(dir: string, task: string): string {
  const path = join(dir, `${task}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      name: `it-${task}`,
      model: { name: 'tiny-bert', kwargs: { num_hidden_layers: 1 } },
      data: {
        name: 'glue',
        task,
        path: join(SHARED_DATA, 'glue'),
        vocab_path: join(SHARED_DATA, 'vocab', 'bert-base-uncased-vocab.txt'),
        max_seq_len: 64,
        max_train_examples: 400,
        max_eval_examples: 200,
      },
      training: { steps: 12, batch_size: 16, optimizer: { lr: 0.001 } },
      logging: { every_steps: 6 },
    }),
  );
  return path;
}

describe.skipIf(!hasSharedData)('tiny-bert on GLUE (needs ../shared/data)', () => {
  it.each([
    ['SST-2', ['eval/accuracy']],
    ['STS-B', ['eval/pearson', 'eval/spearman']],
    ['MRPC', ['eval/f1', 'eval/accuracy']],
    ['CoLA', ['eval/mcc']],
  ])('%s trains from scratch and reports its GLUE metric', async (task, metrics) => {
    const dir = tempDir();
    const result = await runCli(['train', glueConfig(dir, task), '--quiet'], dir);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const id = /run ([0-9a-f]{12})/.exec(result.stdout)![1]!;
    const doc = parseRunRecord((await runCli(['runs', 'export', id], dir)).stdout, ExportFormat.Json);
    const names = new Set(doc.metrics.map((m) => m.name));
    for (const m of metrics) expect(names).toContain(m);
    expect(doc.metrics.filter((m) => m.name === 'train/loss')).toHaveLength(12);
    expect(doc.events.find((e) => e.kind === 'data_loaded')?.payload.tokenizer).toBeTruthy();
  });

  it('reports a GLUE task that is not in the directory as unavailable', async () => {
    const dir = tempDir();
    const result = await runCli(['train', glueConfig(dir, 'MNLI'), '--quiet'], dir);
    expect(result.status).toBe(5);
    expect(result.stderr).toMatch(/NOT_FOUND/);
    expect(result.stderr).toMatch(/MNLI/);
  });
});
