import { describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import {
  BuiltinModel,
  DataName,
  configAsFile,
  DataParallel,
  editDistance,
  experimentSchema,
  formatProblem,
  GlueTask,
  NonfinitePolicy,
  Precision,
  resolveExperimentConfig,
  schema as s,
  suggest,
  totalSteps,
  validate,
  warmupSteps,
  type ExperimentConfig,
} from '../../src/config/index.js';

const BASE = '/home/me/exp';
const MINIMAL = { model: { name: 'cnn' }, data: { name: 'fashion-mnist' } };

/** `MINIMAL` with `patch` merged one level deep, the way a user edits one section. */
function withSections(patch: Record<string, unknown>): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...MINIMAL };
  for (const [key, value] of Object.entries(patch)) {
    const base = (merged as Record<string, unknown>)[key];
    merged[key] =
      typeof value === 'object' && value !== null && !Array.isArray(value) && typeof base === 'object'
        ? { ...base, ...value }
        : value;
  }
  return merged;
}

/** The problems of `raw`, each as the line the error message would show. */
function problemLines(raw: unknown): string[] {
  return validate(experimentSchema, raw).problems.map(formatProblem);
}

function resolveError(raw: unknown, fileName?: string): MoqlabError {
  try {
    resolveExperimentConfig(raw, { baseDir: BASE, ...(fileName === undefined ? {} : { fileName }) });
  } catch (e) {
    if (e instanceof MoqlabError) return e;
    throw e;
  }
  throw new Error('expected a ConfigInvalid error');
}

const DEFAULTS: ExperimentConfig = {
  name: 'fashion',
  model: { name: 'cnn', kwargs: {}, python_path: [] },
  data: {
    name: DataName.FashionMnist,
    path: null,
    task: null,
    vocab_path: null,
    train: null,
    eval: null,
    text_columns: [],
    label_column: null,
    task_type: null,
    labels: null,
    format: null,
    max_seq_len: 128,
    max_train_examples: 0,
    max_eval_examples: 0,
    strict: false,
  },
  training: {
    steps: 0,
    epochs: 1,
    batch_size: 64,
    gradient_accumulation_steps: 1,
    optimizer: { lr: 1e-3, weight_decay: 0.01, betas: [0.9, 0.999], eps: 1e-8 },
    warmup_steps: 0,
    warmup_ratio: 0,
    max_grad_norm: 1,
    precision: Precision.Fp32,
    initial_loss_scale: 65536,
    loss_scale_window: 1000,
    seed: 42,
    num_threads: 0,
    on_nonfinite: NonfinitePolicy.Fail,
    max_nonfinite_steps: 10,
    stall_seconds: 600,
    stall_step_factor: 20,
  },
  eval: { every_steps: 0, batch_size: 256, max_examples: 0 },
  logging: { every_steps: 50 },
  checkpoint: { every_steps: 0, every_minutes: 10, final: true, dir: null },
  device: 'auto',
  distributed: { nproc_per_node: 1, nnodes: 1, rdzv_endpoint: null, data_parallel: DataParallel.Ddp },
  quantization: null,
  quantize_training: null,
  compression_training: null,
};

describe('resolveExperimentConfig: defaults', () => {
  it('fills every field of a minimal config', () => {
    expect(resolveExperimentConfig(MINIMAL, { baseDir: BASE, fileName: 'fashion.json' })).toEqual(DEFAULTS);
  });

  it('accepts the documented template, which spells out every default', () => {
    const template = {
      name: 'fashion',
      model: { name: 'cnn', kwargs: {}, python_path: [] },
      data: {
        name: 'fashion-mnist',
        path: '',
        task: '',
        vocab_path: '',
        train: '',
        eval: '',
        text_columns: [],
        label_column: '',
        task_type: '',
        labels: [],
        format: '',
        max_seq_len: 128,
        max_train_examples: 0,
        max_eval_examples: 0,
      },
      training: {
        steps: 0,
        epochs: 1,
        batch_size: 64,
        gradient_accumulation_steps: 1,
        optimizer: { lr: 1e-3, weight_decay: 0.01, betas: [0.9, 0.999], eps: 1e-8 },
        warmup_steps: 0,
        warmup_ratio: 0,
        max_grad_norm: 1.0,
        precision: 'fp32',
        seed: 42,
        num_threads: 0,
      },
      eval: { every_steps: 0, batch_size: 256, max_examples: 0 },
      logging: { every_steps: 50 },
      checkpoint: { every_steps: 0, final: true, dir: '' },
      device: 'auto',
    };
    expect(resolveExperimentConfig(template, { baseDir: BASE })).toEqual(DEFAULTS);
  });

  it('names the run after the config file, else "run"', () => {
    expect(resolveExperimentConfig(MINIMAL, { baseDir: BASE, fileName: 'configs/sweep.v2.json' }).name).toBe('sweep.v2');
    expect(resolveExperimentConfig(MINIMAL, { baseDir: BASE }).name).toBe('run');
    expect(resolveExperimentConfig({ ...MINIMAL, name: 'mine' }, { baseDir: BASE, fileName: 'x.json' }).name).toBe('mine');
    expect(problemLines({ ...MINIMAL, name: '' })).toEqual(['$.name: must not be empty (got ""); remove the key to use the file name']);
  });

  it('does not share default arrays between results', () => {
    const a = resolveExperimentConfig(MINIMAL, { baseDir: BASE });
    a.training.optimizer.betas[0] = 0.5;
    a.model.python_path.push('/x');
    const b = resolveExperimentConfig(MINIMAL, { baseDir: BASE });
    expect(b.training.optimizer.betas).toEqual([0.9, 0.999]);
    expect(b.model.python_path).toEqual([]);
  });
});

describe('resolveExperimentConfig: paths', () => {
  it('resolves relative paths against baseDir and keeps absolute ones', () => {
    const config = resolveExperimentConfig(
      {
        model: { name: 'my_models.vision:build', python_path: ['src', '/opt/lib'] },
        data: { name: 'glue', task: 'sst-2', path: '../data/glue', vocab_path: 'vocab/vocab.txt' },
        checkpoint: { dir: 'ckpt' },
      },
      { baseDir: BASE },
    );
    expect(config.model.python_path).toEqual(['/home/me/exp/src', '/opt/lib']);
    expect(config.data.path).toBe('/home/me/data/glue');
    expect(config.data.vocab_path).toBe('/home/me/exp/vocab/vocab.txt');
    expect(config.checkpoint.dir).toBe('/home/me/exp/ckpt');
  });
});

describe('resolveExperimentConfig: field problems', () => {
  it.each([
    [{ training: { batch_size: 0 } }, '$.training.batch_size: must be >= 1 (got 0)'],
    [{ training: { batch_size: 1.5 } }, '$.training.batch_size: must be an integer (got 1.5)'],
    [{ training: { batch_size: '64' } }, '$.training.batch_size: must be an integer (got "64"); write 64 without quotes'],
    [{ training: { gradient_accumulation_steps: 0 } }, '$.training.gradient_accumulation_steps: must be >= 1 (got 0)'],
    [{ training: { epochs: 0 } }, '$.training.epochs: must be > 0 (got 0)'],
    [{ training: { steps: -1 } }, '$.training.steps: must be >= 0 (got -1)'],
    [{ training: { optimizer: { lr: 0 } } }, '$.training.optimizer.lr: must be in (0, 1000000] (got 0)'],
    [{ training: { optimizer: { weight_decay: -0.1 } } }, '$.training.optimizer.weight_decay: must be >= 0 (got -0.1)'],
    [{ training: { optimizer: { eps: 0 } } }, '$.training.optimizer.eps: must be > 0 (got 0)'],
    [{ training: { optimizer: { betas: [0.9, 1] } } }, '$.training.optimizer.betas[1]: must be in [0, 1) (got 1)'],
    [{ training: { optimizer: { betas: [0.9] } } }, '$.training.optimizer.betas: must have exactly 2 items (got [0.9])'],
    [{ training: { optimizer: { betas: 0.9 } } }, '$.training.optimizer.betas: must be an array (got 0.9)'],
    [{ training: { warmup_ratio: 1 } }, '$.training.warmup_ratio: must be in [0, 1) (got 1)'],
    [{ training: { max_grad_norm: -1 } }, '$.training.max_grad_norm: must be >= 0 (got -1)'],
    [{ training: { seed: 1.5 } }, '$.training.seed: must be an integer (got 1.5)'],
    // Values the 32-bit wire would truncate (2^32 + 1 arriving as 1) are refused at their path.
    [{ training: { batch_size: 2 ** 32 + 1 } }, '$.training.batch_size: must be <= 4294967295 (the largest 32-bit count) (got 4294967297)'],
    [{ training: { steps: 2 ** 32 + 5 } }, '$.training.steps: must be <= 4294967295 (the largest 32-bit count) (got 4294967301)'],
    [{ training: { steps: 2 ** 53 } }, '$.training.steps: must be <= 4294967295 (the largest 32-bit count) (got 9007199254740992)'],
    [{ training: { seed: 2 ** 53 } }, '$.training.seed: must be in [0, 9007199254740991] (got 9007199254740992)'],
    [{ training: { num_threads: 5000 } }, '$.training.num_threads: must be in [0, 1024] (got 5000)'],
    [{ training: { optimizer: { lr: 1e308 } } }, '$.training.optimizer.lr: must be in (0, 1000000] (got 1e+308)'],
    [{ training: { on_nonfinite: 'skip' } }, '$.training.on_nonfinite: must be one of fail, skip_step (got "skip")'],
    [{ training: { max_nonfinite_steps: 3 } }, '$.training.max_nonfinite_steps: only applies to on_nonfinite skip_step, not fail (got 3); remove it, or set on_nonfinite to skip_step'],
    [{ training: { optimizer: { lr: JSON.parse('1e309') } } }, '$.training.optimizer.lr: must be a finite number (got Infinity)'],
    [{ training: { precision: 'bf61' } }, "$.training.precision: must be one of fp32, fp16, bf16 (got \"bf61\"); did you mean 'bf16'?"],
    [{ training: { precision: 'int8' } }, '$.training.precision: must be one of fp32, fp16, bf16 (got "int8")'],
    [{ training: 'fast' }, '$.training: must be an object (got "fast")'],
    [{ data: { max_seq_len: 4 } }, '$.data.max_seq_len: must be in [8, 4096] (got 4)'],
    [{ data: { name: 'mnist' } }, '$.data.name: must be one of fashion-mnist, glue, files (got "mnist")'],
    [{ eval: { every_steps: -5 } }, '$.eval.every_steps: must be >= 0 (got -5)'],
    [{ eval: { batch_size: 0 } }, '$.eval.batch_size: must be >= 1 (got 0)'],
    [{ logging: { every_steps: true } }, '$.logging.every_steps: must be an integer (got true)'],
    [{ model: { name: 'cnn', kwargs: [] } }, '$.model.kwargs: must be an object (got [])'],
    [{ model: { name: 'cnn', python_path: ['a', 3] } }, '$.model.python_path[1]: must be a string (got 3)'],
    [{ device: 'gpu' }, '$.device: must be auto, cpu, cuda or cuda:N (got "gpu"); for the second GPU write cuda:1'],
  ])('%j', (patch, line) => {
    expect(problemLines(withSections(patch))).toEqual([line]);
  });

  it('keeps a seed past 32 bits exactly: seeds travel as 64-bit integers', () => {
    expect(problemLines(withSections({ training: { seed: 2 ** 40 } }))).toEqual([]);
    expect(problemLines(withSections({ training: { seed: Number.MAX_SAFE_INTEGER } }))).toEqual([]);
  });

  it('accepts every device form', () => {
    for (const device of ['auto', 'cpu', 'cuda', 'cuda:0', 'cuda:12']) {
      expect(problemLines({ ...MINIMAL, device })).toEqual([]);
    }
  });

  it('reports missing required fields at their own path', () => {
    expect(problemLines({})).toEqual([
      `$.model.name: is required; a builtin model (mlp, cnn, tiny-bert, hf-bert, minilm), a Hugging Face checkpoint 'hf:<dir>' (relative to the config file when it starts with ./ or ../) or a factory 'package.module:function'`,
      '$.data.name: is required; the dataset: fashion-mnist, glue, files',
    ]);
    expect(problemLines([])).toEqual(['$: must be an object (got [])']);
  });

  it('checks model names against the builtins and the factory syntax', () => {
    for (const name of [...Object.values(BuiltinModel), 'pkg.mod:fn', 'mod:build_2', '_p.q.r:_f', 'hf:./bert', 'hf:bert-base-uncased']) {
      expect(problemLines(withSections({ model: { name } })).filter((line) => line.startsWith('$.model.name'))).toEqual([]);
    }
    const prefix = "$.model.name: must be a builtin model (mlp, cnn, tiny-bert, hf-bert, minilm), a Hugging Face checkpoint 'hf:<dir>' or a factory 'package.module:function'";
    expect(problemLines(withSections({ model: { name: 'tiny_bert' } }))).toEqual([`${prefix} (got "tiny_bert"); did you mean 'tiny-bert'?`]);
    for (const name of ['pkg.mod', 'pkg.mod:', 'pkg..mod:fn', '1pkg:fn', 'pkg/mod:fn']) {
      expect(problemLines(withSections({ model: { name } }))[0]).toMatch(/^\$\.model\.name: must be a builtin model .*e\.g\. my_models\.vision:build$/);
    }
    expect(problemLines(withSections({ model: { name: 'hf:' } }))).toEqual([
      `$.model.name: 'hf:' needs a checkpoint directory after it (got "hf:"); e.g. hf:./bert-base-uncased (relative to the config file)`,
    ]);
  });
});

describe('resolveExperimentConfig: unknown keys', () => {
  it('suggests the nearest valid key', () => {
    expect(problemLines(withSections({ training: { batchsize: 32 } }))).toEqual([
      "$.training.batchsize: unknown key (got 32); did you mean 'batch_size'?",
    ]);
    expect(problemLines({ ...MINIMAL, modle: {} })).toEqual(["$.modle: unknown key (got {}); did you mean 'model'?"]);
    expect(problemLines(withSections({ training: { optimizer: { rl: 0.1 } } }))).toEqual([
      "$.training.optimizer.rl: unknown key (got 0.1); did you mean 'lr'?",
    ]);
  });

  it('points at a key that belongs one level down', () => {
    expect(problemLines(withSections({ training: { lr: 0.1 } }))).toEqual([
      "$.training.lr: unknown key (got 0.1); did you mean 'optimizer.lr'?",
    ]);
  });

  it('lists the valid keys when nothing is close', () => {
    expect(problemLines(withSections({ logging: { wandb: true } }))).toEqual([
      '$.logging.wandb: unknown key (got true); valid keys here: every_steps',
    ]);
  });

  it('quotes keys that are not identifiers', () => {
    expect(problemLines(withSections({ eval: { 'every steps': 1 } }))[0]).toBe(
      `$.eval["every steps"]: unknown key (got 1); did you mean 'every_steps'?`,
    );
  });
});

describe('configAsFile', () => {
  it('writes a resolved config back as a file that resolves to the same config, in both quantization layouts', () => {
    const quantizeTraining = {
      enabled: true,
      quantize_bits: { start_bits: 12, target_bits: 8 },
      quantize_schedule: { quantize_period: 5, schedule_offset: 10 },
      quantize_algo: { q_type: 'asymmetric', rounding: 'stochastic' },
      fp16_mixed_quantize: { enabled: true, quantize_change_ratio: 0.01 },
      eigenvalue: { enabled: true, layer_name: 'features', layer_num: 2 },
    };
    const compressionTraining = {
      weight_quantization: {
        shared_parameters: { enabled: true, schedule_offset: 20, quantize_groups: 2 },
        different_groups: { wq1: { params: { start_bits: 8, target_bits: 4, quantization_period: 10 }, modules: ['hidden'] } },
      },
    };
    const sources: unknown[] = [
      MINIMAL,
      withSections({ data: { max_train_examples: 100 }, checkpoint: { dir: 'ckpt' }, distributed: { nproc_per_node: 2, nnodes: 2, rdzv_endpoint: 'node0:29500' }, quantize_training: quantizeTraining }),
      withSections({ compression_training: compressionTraining }),
      { model: { name: 'tiny-bert' }, data: { name: 'glue', task: 'sst-2', vocab_path: 'vocab.txt', path: 'glue' } },
    ];
    for (const source of sources) {
      const config = resolveExperimentConfig(source, { baseDir: BASE });
      const file = configAsFile(config)!;
      expect(file).not.toHaveProperty('quantization');
      expect(JSON.stringify(file)).not.toMatch(/startBits|scheduleOffset|qType/);
      expect(resolveExperimentConfig(JSON.parse(JSON.stringify(file)), { baseDir: '/elsewhere' })).toEqual(config);
    }
  });

  it('has no file form for a config recorded before the sections were kept', () => {
    const config = resolveExperimentConfig(withSections({ quantize_training: { enabled: true, quantize_bits: { target_bits: 8 } } }), { baseDir: BASE });
    expect(configAsFile({ ...config, quantize_training: null })).toBeNull();
  });
});

describe('resolveExperimentConfig: cross-field rules', () => {
  it('refuses eigenvalues in an FSDP gang, which never holds a whole block', () => {
    const quantize = {
      enabled: true,
      quantize_bits: { start_bits: 12, target_bits: 8 },
      quantize_schedule: { quantize_period: 5 },
      eigenvalue: { enabled: true, layer_name: 'features', layer_num: 2 },
    };
    const error = resolveError(withSections({ distributed: { nproc_per_node: 2, data_parallel: 'fsdp' }, quantize_training: quantize }), 'fsdp.json');
    expect(error.message).toContain('$.distributed.data_parallel: fsdp cannot compute the eigenvalues the quantization asks for (eigenvalue.enabled)');
    expect(error.message).toContain('use data_parallel ddp, or turn eigenvalue.enabled off');
    const withoutEigen = resolveExperimentConfig(withSections({ distributed: { nproc_per_node: 2, data_parallel: 'fsdp' }, quantize_training: { ...quantize, eigenvalue: { enabled: false } } }), { baseDir: BASE });
    expect(withoutEigen.distributed).toEqual({ nproc_per_node: 2, nnodes: 1, rdzv_endpoint: null, data_parallel: DataParallel.Fsdp });
  });

  it('asks a gang over several machines for its rendezvous, and a rendezvous for several machines', () => {
    expect(problemLines(withSections({ distributed: { nnodes: 2 } }))).toEqual([
      '$.distributed.rdzv_endpoint: is required for a gang over 2 machines (nnodes) (got ""); an address every machine reaches, e.g. node0:29500',
    ]);
    expect(problemLines(withSections({ distributed: { rdzv_endpoint: 'node0:29500' } }))).toEqual([
      '$.distributed.rdzv_endpoint: is where the machines of a gang meet, and nnodes is 1 (got "node0:29500"); set nnodes to the number of machines, or leave rdzv_endpoint out',
    ]);
    expect(problemLines(withSections({ distributed: { nnodes: 2, rdzv_endpoint: 'node0' } }))[0]).toMatch(/^\$\.distributed\.rdzv_endpoint: must be HOST:PORT/);
    const config = resolveExperimentConfig(withSections({ distributed: { nproc_per_node: 8, nnodes: 2, rdzv_endpoint: 'node0:29500' } }), { baseDir: BASE });
    expect(config.distributed).toEqual({ nproc_per_node: 8, nnodes: 2, rdzv_endpoint: 'node0:29500', data_parallel: DataParallel.Ddp });
  });

  it('requires a task and a vocab for glue, and normalises the task', () => {
    expect(problemLines({ model: { name: 'tiny-bert' }, data: { name: 'glue' } })).toEqual([
      '$.data.task: is required for glue data (got ""); one of SST-2, CoLA, MRPC, STS-B, WNLI, RTE, QNLI, QQP, MNLI',
    ]);
    expect(problemLines({ model: { name: 'tiny-bert' }, data: { name: 'glue', task: 'SST-2' } })).toEqual([
      "$.data.vocab_path: is required for glue data with model tiny-bert (got \"\"); the WordPiece vocab.txt the model's embeddings are sized for (pretrained models, e.g. minilm or hf:<dir>, bring their own tokenizer)",
    ]);
    expect(problemLines({ model: { name: 'tiny-bert' }, data: { name: 'glue', task: 'sst2', vocab_path: 'v.txt' } })).toEqual([
      "$.data.task: must be one of SST-2, CoLA, MRPC, STS-B, WNLI, RTE, QNLI, QQP, MNLI (any case) (got \"sst2\"); did you mean 'SST-2'?",
    ]);
    for (const [given, canonical] of [
      ['cola', GlueTask.Cola],
      ['sts-b', GlueTask.StsB],
      ['MNLI', GlueTask.Mnli],
    ] as const) {
      const config = resolveExperimentConfig(
        { model: { name: 'tiny-bert' }, data: { name: 'glue', task: given, vocab_path: 'v.txt' } },
        { baseDir: BASE },
      );
      expect(config.data.task).toBe(canonical);
    }
  });

  it('rejects glue-only settings on fashion-mnist', () => {
    expect(problemLines(withSections({ data: { task: 'SST-2', vocab_path: 'v.txt' } }))).toEqual([
      '$.data.task: only applies to glue data, not fashion-mnist (got "SST-2"); remove it',
      '$.data.vocab_path: only applies to text data (glue or files), not fashion-mnist (got "v.txt"); remove it',
    ]);
  });

  it('allows steps or epochs but not both', () => {
    expect(resolveExperimentConfig(withSections({ training: { steps: 500 } }), { baseDir: BASE }).training).toMatchObject({ steps: 500 });
    expect(resolveExperimentConfig(withSections({ training: { steps: 0, epochs: 3 } }), { baseDir: BASE }).training).toMatchObject({
      steps: 0,
      epochs: 3,
    });
    expect(problemLines(withSections({ training: { steps: 500, epochs: 1 } }))).toEqual([
      '$.training.steps: cannot be combined with training.epochs (got 500); remove epochs to train a fixed number of steps, or set steps to 0',
    ]);
  });

  it('allows one non-zero warmup setting', () => {
    expect(problemLines(withSections({ training: { warmup_steps: 10 } }))).toEqual([]);
    expect(problemLines(withSections({ training: { warmup_ratio: 0.1 } }))).toEqual([]);
    expect(problemLines(withSections({ training: { warmup_steps: 10, warmup_ratio: 0.1 } }))).toEqual([
      '$.training.warmup_ratio: cannot be combined with a non-zero training.warmup_steps (got 0.1); keep one of warmup_steps and warmup_ratio',
    ]);
  });
});

describe('resolveExperimentConfig: the error', () => {
  it('reports every problem at once, one per line', () => {
    const raw = {
      model: { name: 'cnn' },
      data: { name: 'glue', task: 'rte' },
      training: { batchsize: 32, epochs: -1, optimizer: { betas: [0.9, 2] }, precision: 'fp8' },
      device: 'tpu',
    };
    const error = resolveError(raw, 'exp.json');
    expect(error.code).toBe(ErrorCode.ConfigInvalid);
    expect(error.message.split('\n')).toEqual([
      'exp.json has 5 problems:',
      "  $.training.batchsize: unknown key (got 32); did you mean 'batch_size'?",
      '  $.training.epochs: must be > 0 (got -1)',
      '  $.training.optimizer.betas[1]: must be in [0, 1) (got 2)',
      '  $.training.precision: must be one of fp32, fp16, bf16 (got "fp8")',
      '  $.device: must be auto, cpu, cuda or cuda:N (got "tpu"); for the second GPU write cuda:1',
    ]);
    expect(error.hint).toMatch(/fix each listed field/);
    expect(JSON.parse(error.details.problems!)).toHaveLength(5);
  });

  it('names the config generically without a file name', () => {
    expect(resolveError({ model: { name: 'cnn' }, data: { name: 'fashion-mnist' }, device: 1 }).message).toBe(
      'the experiment config has 1 problem:\n  $.device: must be a string (got 1)',
    );
  });
});

describe('schema machinery', () => {
  it('validates records and arrays generically with defaults and custom checks', () => {
    const even = s.integer({ doc: 'an even number', check: (n) => (n % 2 === 0 ? undefined : { message: 'must be even' }) });
    const field = s.object(
      {
        flags: s.record(s.boolean({ doc: 'a flag' }), { doc: 'flags', default: {} }),
        evens: s.array(even, { doc: 'evens', default: [2], maxItems: 3 }),
        mode: s.enumOf(Precision, { doc: 'mode', default: Precision.Bf16 }),
      },
      { doc: 'test' },
    );
    expect(validate(field, {})).toEqual({ value: { flags: {}, evens: [2], mode: Precision.Bf16 }, problems: [] });
    expect(validate(field, { flags: { a: true, b: 'no' }, evens: [1, 2, 3, 4] }).problems.map(formatProblem)).toEqual([
      '$.flags.b: must be true or false (got "no")',
      '$.evens: must have at most 3 items (got [1,2,3,4])',
    ]);
    expect(validate(field, { flags: { x: 'true' }, evens: [4, 5] }).problems.map(formatProblem)).toEqual([
      '$.flags.x: must be true or false (got "true"); write true without quotes',
      '$.evens[1]: must be even (got 5)',
    ]);
  });

  it('measures edit distance with transpositions', () => {
    expect(editDistance('batchsize', 'batch_size')).toBe(1);
    expect(editDistance('lr', 'rl')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(suggest('BATCH_SIZE', ['batch_size', 'epochs'])).toBe('batch_size');
    expect(suggest('seed', ['steps', 'epochs'])).toBeUndefined();
    expect(suggest('x', ['y'])).toBe('y');
  });
});

describe('totalSteps and warmupSteps', () => {
  const training = { steps: 0, epochs: 1, batch_size: 64, gradient_accumulation_steps: 1 };

  it('uses steps when set, else ceil(epochs * examples / (batch * accumulation))', () => {
    expect(totalSteps({ ...training, steps: 123 }, 60_000)).toBe(123);
    expect(totalSteps(training, 60_000)).toBe(938);
    expect(totalSteps({ ...training, gradient_accumulation_steps: 4 }, 60_000)).toBe(235);
    expect(totalSteps({ ...training, epochs: 2.5 }, 1000)).toBe(40);
    // 0.7 * 100 is 70.00000000000001 in floating point; it must not round up to an extra step.
    expect(totalSteps({ ...training, epochs: 0.7, batch_size: 7 }, 100)).toBe(10);
  });

  it('refuses a run of zero steps and a bad example count', () => {
    expect(() => totalSteps(training, 0)).toThrow(/0 training examples is 0 steps/);
    expect(() => totalSteps(training, 1.5)).toThrow(MoqlabError);
  });

  it('takes warmup from steps or from the ratio', () => {
    expect(warmupSteps({ warmup_steps: 0, warmup_ratio: 0 }, 1000)).toBe(0);
    expect(warmupSteps({ warmup_steps: 100, warmup_ratio: 0 }, 1000)).toBe(100);
    expect(warmupSteps({ warmup_steps: 0, warmup_ratio: 0.1 }, 938)).toBe(94);
    expect(warmupSteps({ warmup_steps: 0, warmup_ratio: 0.07 }, 100)).toBe(7);
    expect(() => warmupSteps({ warmup_steps: 2000, warmup_ratio: 0 }, 1000)).toThrow(
      /\$\.training\.warmup_steps: 2000 is more than the 1000 training steps/,
    );
  });
});

describe('model and data must fit together', () => {
  it('rejects a built-in image model on text data, naming the models that fit', () => {
    expect(() =>
      resolveExperimentConfig(
        { model: { name: 'cnn' }, data: { name: 'glue', task: 'SST-2', vocab_path: 'v.txt' } },
        { baseDir: '/x' },
      ),
    ).toThrow(/\$\.model: cnn reads images \(fashion-mnist data\), but data\.name is glue[\s\S]*for glue data use tiny-bert, hf-bert, minilm, hf:<dir>, or a factory model/);
    expect(() => resolveExperimentConfig({ model: { name: 'tiny-bert' }, data: { name: 'fashion-mnist' } }, { baseDir: '/x' })).toThrow(
      /tiny-bert reads text \(glue or files data\), but data\.name is fashion-mnist/,
    );
  });

  it('lets factories take any data', () => {
    const config = resolveExperimentConfig({ model: { name: 'pkg.mod:fn' }, data: { name: 'glue', task: 'cola', vocab_path: 'v.txt' } }, { baseDir: '/x' });
    expect(config.data.task).toBe('CoLA');
  });
});

describe('resolveExperimentConfig: pretrained checkpoints', () => {
  const glue = { name: 'glue', task: 'SST-2' };

  it('encodes text with the checkpoint\'s own tokenizer, so a vocab_path is refused', () => {
    for (const name of ['minilm', 'hf:./ckpt', 'hf:org/model']) {
      expect(problemLines({ model: { name }, data: glue })).toEqual([]);
      expect(problemLines({ model: { name }, data: { ...glue, vocab_path: 'v.txt' } })).toEqual([
        `$.data.vocab_path: does not apply to model ${name}: a pretrained checkpoint encodes text with its own tokenizer (got "v.txt"); remove data.vocab_path`,
      ]);
    }
    expect(problemLines({ model: { name: 'hf-bert', kwargs: { path: '/ckpt' } }, data: glue })).toEqual([]);
    expect(problemLines({ model: { name: 'hf-bert', kwargs: { config: {} } }, data: glue })[0]).toMatch(/vocab_path: is required for glue data with model hf-bert/);
  });

  it('resolves a checkpoint path against the config file and keeps a hub id as written', () => {
    const resolved = (name: string) => resolveExperimentConfig({ model: { name }, data: glue }, { baseDir: '/home/me/exp' }).model.name;
    expect(resolved('hf:./models/bert')).toBe('hf:/home/me/exp/models/bert');
    expect(resolved('hf:../bert')).toBe('hf:/home/me/bert');
    expect(resolved('hf:/abs/bert')).toBe('hf:/abs/bert');
    expect(resolved('hf:google-bert/bert-base-uncased')).toBe('hf:google-bert/bert-base-uncased');
    expect(resolved('minilm')).toBe('minilm');
  });

  it('refuses a checkpoint on image data', () => {
    expect(problemLines({ model: { name: 'hf:./bert' }, data: { name: 'fashion-mnist' } })[0]).toMatch(/hf:\.\/bert reads text \(glue or files data\), but data\.name is fashion-mnist/);
    expect(problemLines({ model: { name: 'minilm' }, data: { name: 'fashion-mnist' } })[0]).toMatch(/minilm reads text/);
  });
});
