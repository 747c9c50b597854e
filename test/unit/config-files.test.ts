// `data.name: files`: the settings, their rules against other data sets and models, and their resolution.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFormat, DataName, experimentSchema, formatProblem, resolveExperimentConfig, TaskType, validate } from '../../src/config/index.js';
import { packageRoot } from '../../src/paths.js';

const BASE = '/home/me/exp';
const FILES = { name: 'files', train: 'data/train.csv', eval: 'data/dev.jsonl', text_columns: ['sentence'], task_type: 'classification' };

function problemLines(raw: unknown): string[] {
  return validate(experimentSchema, raw).problems.map(formatProblem);
}

/** The problems of MiniLM on `files` data with `patch` applied to the data section. */
function filesProblems(patch: Record<string, unknown>): string[] {
  return problemLines({ model: { name: 'minilm' }, data: { ...FILES, ...patch } });
}

describe('files data', () => {
  it('resolves paths against the config file and fills the defaults', () => {
    const config = resolveExperimentConfig({ model: { name: 'minilm' }, data: FILES }, { baseDir: BASE });
    expect(config.data).toEqual({
      name: DataName.Files,
      path: null,
      task: null,
      vocab_path: null,
      train: '/home/me/exp/data/train.csv',
      eval: '/home/me/exp/data/dev.jsonl',
      text_columns: ['sentence'],
      label_column: 'label',
      task_type: TaskType.Classification,
      labels: null,
      format: null,
      max_seq_len: 128,
      max_train_examples: 0,
      max_eval_examples: 0,
      strict: false,
    });
  });

  it('takes sentence pairs, explicit labels (strings or integers) and a format override', () => {
    const config = resolveExperimentConfig(
      {
        model: { name: 'minilm' },
        data: { ...FILES, train: 't.txt', eval: 'e.txt', text_columns: ['premise', 'hypothesis'], label_column: 'gold', labels: ['no', 'yes', 3], format: 'tsv' },
      },
      { baseDir: BASE },
    );
    expect(config.data).toMatchObject({ text_columns: ['premise', 'hypothesis'], label_column: 'gold', labels: ['no', 'yes', '3'], format: DataFormat.Tsv });
  });

  it('requires the files, the text column and the task type', () => {
    expect(problemLines({ model: { name: 'minilm' }, data: { name: 'files' } })).toEqual([
      '$.data.train: is required for files data (got ""); the training file (.csv .tsv .jsonl .ndjson .parquet), relative to the config file',
      '$.data.eval: is required for files data (got ""); the evaluation file (.csv .tsv .jsonl .ndjson .parquet), relative to the config file',
      '$.data.text_columns: is required for files data (got []); the text column, e.g. ["sentence"], or two for sentence pairs, e.g. ["premise", "hypothesis"]',
      '$.data.task_type: is required for files data (got ""); classification (the labels are classes) or regression (the labels are numbers)',
    ]);
  });

  it('tells the format by the extension, unless data.format says it', () => {
    expect(filesProblems({ train: 'train.txt' })).toEqual([
      '$.data.train: has no extension that names its format (.csv .tsv .jsonl .ndjson .parquet) (got "train.txt"); rename it, or set data.format to one of csv, tsv, jsonl, parquet',
    ]);
    expect(filesProblems({ eval: 'dev.json' })[0]).toMatch(/\$\.data\.eval: .*a \.json file with one object per line is JSON Lines: rename it \.jsonl or set data\.format to jsonl$/);
    expect(filesProblems({ train: 'train.txt', eval: 'dev.json', format: 'jsonl' })).toEqual([]);
    for (const train of ['a.CSV', 'a.tsv', 'a.jsonl', 'a.ndjson', 'a.parquet']) expect(filesProblems({ train })).toEqual([]);
    expect(filesProblems({ format: 'json' })).toEqual(['$.data.format: must be one of csv, tsv, jsonl, parquet (got "json"); did you mean \'jsonl\'?']);
  });

  it('checks the columns, the task type and the labels', () => {
    expect(filesProblems({ text_columns: ['a', 'b', 'c'] })).toEqual(['$.data.text_columns: must have at most 2 items (got ["a","b","c"])']);
    expect(filesProblems({ text_columns: ['a', 'a'] })).toEqual(['$.data.text_columns: must name one column, or two different ones (got ["a","a"])']);
    expect(filesProblems({ text_columns: ['label'] })).toEqual([
      "$.data.label_column: 'label' is also a text column (got \"\"); the label column holds the classes or scores, not text",
    ]);
    expect(filesProblems({ task_type: 'regresion' })).toEqual([
      '$.data.task_type: must be one of classification, regression (got "regresion"); did you mean \'regression\'?',
    ]);
    expect(filesProblems({ task_type: 'regression', labels: ['a', 'b'] })).toEqual([
      '$.data.labels: only applies to classification, not regression (got ["a","b"]); remove it: regression labels are numbers',
    ]);
    expect(filesProblems({ labels: ['a'] })[0]).toMatch(/^\$\.data\.labels: must list at least two different labels/);
    expect(filesProblems({ labels: [1, '1'] })[0]).toMatch(/^\$\.data\.labels: must list at least two different labels/);
    expect(filesProblems({ labels: ['a', 0.5] })).toEqual(['$.data.labels[1]: must be a string or an integer (got 0.5)']);
  });

  it('refuses the settings of other data sets, and its own on them', () => {
    expect(filesProblems({ path: 'glue', task: 'SST-2' })).toEqual([
      '$.data.task: only applies to glue data, not files (got "SST-2"); remove it',
      '$.data.path: does not apply to files data (got "glue"); data.train and data.eval name the files',
    ]);
    expect(problemLines({ model: { name: 'minilm' }, data: { name: 'glue', task: 'SST-2', train: 'train.csv', text_columns: ['s'] } })).toEqual([
      '$.data.train: only applies to files data, not glue (got "train.csv"); glue reads train.tsv and dev.tsv under data.path; for your own files set data.name to files',
      '$.data.text_columns: only applies to files data, not glue (got ["s"]); glue reads train.tsv and dev.tsv under data.path; for your own files set data.name to files',
    ]);
    expect(problemLines({ model: { name: 'cnn' }, data: { name: 'fashion-mnist', task_type: 'regression', labels: [0, 1] } })).toEqual([
      '$.data.task_type: only applies to files data, not fashion-mnist (got "regression"); remove it',
      '$.data.labels: only applies to files data, not fashion-mnist (got [0,1]); remove it',
    ]);
  });
});

describe('files data and the model', () => {
  it('is read by text models, factories and pretrained checkpoints, not by image models', () => {
    for (const name of ['minilm', 'hf:./ckpt']) expect(problemLines({ model: { name }, data: FILES })).toEqual([]);
    for (const name of ['tiny-bert', 'pkg.mod:fn']) expect(problemLines({ model: { name }, data: { ...FILES, vocab_path: 'v.txt' } })).toEqual([]);
    expect(problemLines({ model: { name: 'cnn' }, data: FILES })).toEqual([
      '$.model: cnn reads images (fashion-mnist data), but data.name is files; for files data use tiny-bert, hf-bert, minilm, hf:<dir>, or a factory model',
    ]);
  });

  it('needs a vocab for a model trained from scratch, and refuses one for a pretrained checkpoint', () => {
    expect(problemLines({ model: { name: 'tiny-bert' }, data: FILES })).toEqual([
      "$.data.vocab_path: is required for files data with model tiny-bert (got \"\"); the WordPiece vocab.txt the model's embeddings are sized for (pretrained models, e.g. minilm or hf:<dir>, bring their own tokenizer)",
    ]);
    expect(problemLines({ model: { name: 'minilm' }, data: { ...FILES, vocab_path: 'v.txt' } })).toEqual([
      '$.data.vocab_path: does not apply to model minilm: a pretrained checkpoint encodes text with its own tokenizer (got "v.txt"); remove data.vocab_path',
    ]);
  });
});

describe('examples/files-minilm.json', () => {
  it('validates, and its data files are in the repository', () => {
    const examples = join(packageRoot(), 'examples');
    const config = resolveExperimentConfig(JSON.parse(readFileSync(join(examples, 'files-minilm.json'), 'utf8')), { baseDir: examples });
    expect(config.data).toMatchObject({ name: DataName.Files, text_columns: ['review'], label_column: 'sentiment', task_type: TaskType.Classification });
    for (const file of [config.data.train, config.data.eval]) expect(existsSync(file!)).toBe(true);
  });
});

describe('examples/spam-minilm-moq.json (npm run demo)', () => {
  it('validates, and reads the files scripts/demo.sh writes', () => {
    const examples = join(packageRoot(), 'examples');
    const config = resolveExperimentConfig(JSON.parse(readFileSync(join(examples, 'spam-minilm-moq.json'), 'utf8')), { baseDir: examples });
    const demoData = join(packageRoot(), '.moqlab', 'data', 'spam-assassin');
    expect(config.data).toMatchObject({ name: DataName.Files, train: join(demoData, 'train.jsonl'), eval: join(demoData, 'dev.jsonl') });
    expect(readFileSync(join(packageRoot(), 'scripts', 'demo.sh'), 'utf8')).toContain('data=.moqlab/data/spam-assassin');
  });
});
