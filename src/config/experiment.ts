/**
 * The experiment config: a JSON file with snake_case keys (like DeepSpeed's), validated against
 * one schema and resolved into `ExperimentConfig`, where every field is present and every path is
 * absolute. The MoQ sections (DeepSpeed's quantize_training or compression_training) are defined in
 * quantization.ts and resolve into `quantization`. Pure: paths are resolved as strings, nothing is
 * read from disk.
 */
import { basename, extname, resolve } from 'node:path';
import { type CompressionTraining, compressionTrainingSchema, QuantLayout, type QuantizeTraining, quantizeTrainingSchema, resolveQuantization, type QuantizationConfig } from './quantization.js';
import * as s from './schema.js';
import { configError, didYouMean, suggest, validate, type ConfigWarning } from './validate.js';

export enum Precision {
  Fp32 = 'fp32',
  Fp16 = 'fp16',
  Bf16 = 'bf16',
}

/** What a training step whose loss or gradient norm is NaN or infinite does (it never updates the weights). */
export enum NonfinitePolicy {
  /** The run fails at that step, with the loss and gradient norm in the error. */
  Fail = 'fail',
  /** The step is skipped and recorded; the run fails after `max_nonfinite_steps` such steps in a row. */
  SkipStep = 'skip_step',
}

/** How a gang lays out the model across its ranks. */
export enum DataParallel {
  /** Every rank holds the whole model; gradients are all-reduced (DistributedDataParallel). */
  Ddp = 'ddp',
  /** Every rank holds a shard of each weight, gradient and optimizer moment (FSDP2, fully_shard). */
  Fsdp = 'fsdp',
}

export enum DataName {
  FashionMnist = 'fashion-mnist',
  Glue = 'glue',
  /** Your own training and evaluation files (CSV, TSV, JSON Lines or Parquet). */
  Files = 'files',
}

/** How `files` data is written; `data.format` overrides what a file's extension says. */
export enum DataFormat {
  Csv = 'csv',
  Tsv = 'tsv',
  JsonLines = 'jsonl',
  Parquet = 'parquet',
}

/** What the labels of `files` data are: classes or numbers. */
export enum TaskType {
  Classification = 'classification',
  Regression = 'regression',
}

const FORMAT_BY_EXTENSION: Readonly<Record<string, DataFormat>> = {
  '.csv': DataFormat.Csv,
  '.tsv': DataFormat.Tsv,
  '.jsonl': DataFormat.JsonLines,
  '.ndjson': DataFormat.JsonLines,
  '.parquet': DataFormat.Parquet,
};

/** The label column of `files` data when `data.label_column` is not given. */
export const DEFAULT_LABEL_COLUMN = 'label';

export enum BuiltinModel {
  Mlp = 'mlp',
  Cnn = 'cnn',
  TinyBert = 'tiny-bert',
  HfBert = 'hf-bert',
  /** all-MiniLM-L6-v2, a pretrained 6-layer BERT that the worker's virtualenv ships. */
  Minilm = 'minilm',
}

/** `hf:<dir>`: a local Hugging Face checkpoint directory (or a hub id already in the local cache). */
export const HF_PREFIX = 'hf:';

/** What a model's forward() reads. */
enum Input {
  Images = 'images',
  Text = 'text',
}

const DATA_INPUT: Record<DataName, Input> = {
  [DataName.FashionMnist]: Input.Images,
  [DataName.Glue]: Input.Text,
  [DataName.Files]: Input.Text,
};

const BUILTIN_INPUT: Record<BuiltinModel, Input> = {
  [BuiltinModel.Mlp]: Input.Images,
  [BuiltinModel.Cnn]: Input.Images,
  [BuiltinModel.TinyBert]: Input.Text,
  [BuiltinModel.HfBert]: Input.Text,
  [BuiltinModel.Minilm]: Input.Text,
};

/** undefined for a factory, which may read anything. */
function modelInput(name: string): Input | undefined {
  return name.startsWith(HF_PREFIX) ? Input.Text : BUILTIN_INPUT[name as BuiltinModel];
}

/**
 * Whether the model is a pretrained checkpoint that brings its own tokenizer (hf:<dir>, minilm, hf-bert
 * with kwargs.path): text is then encoded with it, never with data.vocab_path.
 */
export function isPretrainedCheckpoint(model: { name: string; kwargs: Record<string, unknown> }): boolean {
  if (model.name.startsWith(HF_PREFIX) || model.name === BuiltinModel.Minilm) return true;
  return model.name === BuiltinModel.HfBert && typeof model.kwargs.path === 'string';
}

/** A checkpoint written as a path (absolute, ./, ../ or ~) rather than a hub id. */
function isPathLike(source: string): boolean {
  return /^(\/|\.{1,2}(\/|$)|~)/.test(source);
}

/** Canonical spellings, as the GLUE distribution names its directories. */
export enum GlueTask {
  Sst2 = 'SST-2',
  Cola = 'CoLA',
  Mrpc = 'MRPC',
  StsB = 'STS-B',
  Wnli = 'WNLI',
  Rte = 'RTE',
  Qnli = 'QNLI',
  Qqp = 'QQP',
  Mnli = 'MNLI',
}

export interface ModelConfig {
  /** A `BuiltinModel` or a user factory `package.module:function`. */
  name: string;
  kwargs: Record<string, unknown>;
  /** Absolute directories the worker prepends to `sys.path` before importing a factory. */
  python_path: string[];
}

export interface DataConfig {
  name: DataName;
  /** Absolute; null lets the worker use its default location (never set for files). */
  path: string | null;
  /** Set exactly when `name` is glue. */
  task: GlueTask | null;
  /** Absolute; set exactly when the data is text and the model is not a pretrained checkpoint. */
  vocab_path: string | null;
  /** files: the training file, absolute (null for other data). */
  train: string | null;
  /** files: the evaluation file, absolute (null for other data). */
  eval: string | null;
  /** files: one text column, or two for sentence pairs ([] for other data). */
  text_columns: string[];
  /** files: the label column (null for other data). */
  label_column: string | null;
  /** files: what the labels are (null for other data). */
  task_type: TaskType | null;
  /** files, classification: the labels in id order; null: the training file's sorted distinct labels. */
  labels: string[] | null;
  /** files: the format of both files; null: each file's extension decides. */
  format: DataFormat | null;
  max_seq_len: number;
  /** 0 = all. */
  max_train_examples: number;
  /** 0 = all. */
  max_eval_examples: number;
  /** Rows the reader would drop or repair (bad labels, out-of-range scores, invalid UTF-8) are errors. */
  strict: boolean;
}

export interface OptimizerConfig {
  lr: number;
  weight_decay: number;
  betas: [number, number];
  eps: number;
}

export interface TrainingConfig {
  /** > 0: train exactly this many optimizer steps; 0: derive them from `epochs`. */
  steps: number;
  epochs: number;
  batch_size: number;
  gradient_accumulation_steps: number;
  optimizer: OptimizerConfig;
  warmup_steps: number;
  warmup_ratio: number;
  /** 0 = no clipping. */
  max_grad_norm: number;
  precision: Precision;
  /** fp16 only: the dynamic loss scale's starting value. */
  initial_loss_scale: number;
  /** fp16 only: consecutive finite steps after which the loss scale doubles. */
  loss_scale_window: number;
  seed: number;
  /** 0 = torch's default. */
  num_threads: number;
  on_nonfinite: NonfinitePolicy;
  /** skip_step: non-finite steps in a row after which the run fails. */
  max_nonfinite_steps: number;
  /** A segment that finishes no step for max(stall_seconds, stall_step_factor × its slowest step) fails the run. */
  stall_seconds: number;
  stall_step_factor: number;
}

export interface EvalConfig {
  /** 0 = evaluate only at the end. */
  every_steps: number;
  batch_size: number;
  /** 0 = the whole eval set. */
  max_examples: number;
}

export interface LoggingConfig {
  /** 0 = log only at the end. */
  every_steps: number;
}

export interface CheckpointConfig {
  /** 0 = no periodic checkpoints. */
  every_steps: number;
  /** Wall-clock minutes after which the next segment boundary checkpoints; 0 = never. */
  every_minutes: number;
  /** Checkpoint at the last step too. */
  final: boolean;
  /** Absolute; null lets the run choose its own directory. */
  dir: string | null;
}

export interface DistributedConfig {
  /** Ranks of the local torchrun gang the run starts (1 = one process, no gang). */
  nproc_per_node: number;
  /** Machines the gang spans (this one included); more than one needs `rdzv_endpoint` and a listening controller. */
  nnodes: number;
  /** host:port where the machines' torchrun agents meet; null for one machine. */
  rdzv_endpoint: string | null;
  data_parallel: DataParallel;
}

/** One process, no gang: what `moqlab export` loads a run's checkpoint into, whatever trained it. */
export const ONE_PROCESS: DistributedConfig = { nproc_per_node: 1, nnodes: 1, rdzv_endpoint: null, data_parallel: DataParallel.Ddp };

export interface ExperimentConfig {
  name: string;
  model: ModelConfig;
  data: DataConfig;
  training: TrainingConfig;
  eval: EvalConfig;
  logging: LoggingConfig;
  checkpoint: CheckpointConfig;
  /** auto | cpu | cuda | cuda:N */
  device: string;
  distributed: DistributedConfig;
  /** The MoQ arm's settings; null when the config asks for no quantization (no section, or a disabled one). */
  quantization: QuantizationConfig | null;
  /**
   * The quantization section as the file wrote it (validated, defaults filled; the other layout is
   * null), so that a run's config can be written back as a file (`configAsFile`).
   */
  quantize_training: QuantizeTraining | null;
  compression_training: CompressionTraining | null;
}

const BUILTIN_MODELS: readonly string[] = Object.values(BuiltinModel);
const GLUE_TASKS: readonly string[] = Object.values(GlueTask);
const DATA_FORMATS: readonly string[] = Object.values(DataFormat);
const TASK_TYPES: readonly string[] = Object.values(TaskType);
/** The settings only `files` data reads. */
const FILES_KEYS = ['train', 'eval', 'text_columns', 'label_column', 'task_type', 'labels', 'format'] as const;
/** Python dotted module path, a colon, a function name. */
const FACTORY_SYNTAX = /^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*:[A-Za-z_]\w*$/;
const DEVICE_SYNTAX = /^(auto|cpu|cuda(:\d+)?)$/;
const ENDPOINT_SYNTAX = /^[^\s:]+:\d+$/;

/** Case-insensitive, because people write sst-2 and cola as often as SST-2 and CoLA. */
function canonicalGlueTask(task: string): GlueTask | undefined {
  return Object.values(GlueTask).find((t) => t.toLowerCase() === task.toLowerCase());
}

function checkModelName(name: string): s.Check | undefined {
  if (name.startsWith(HF_PREFIX)) {
    return name.length > HF_PREFIX.length ? undefined : { message: `'${HF_PREFIX}' needs a checkpoint directory after it`, hint: 'e.g. hf:./bert-base-uncased (relative to the config file)' };
  }
  if (BUILTIN_MODELS.includes(name) || FACTORY_SYNTAX.test(name)) return undefined;
  const near = suggest(name, BUILTIN_MODELS);
  return {
    message: `must be a builtin model (${BUILTIN_MODELS.join(', ')}), a Hugging Face checkpoint 'hf:<dir>' or a factory 'package.module:function'`,
    hint: near === undefined ? 'for your own model name a function that returns an nn.Module, e.g. my_models.vision:build' : didYouMean(near),
  };
}

/** More intra-op threads than any machine has cores only thrashes; a typo of 10000 is refused here. */
const MAX_THREADS = 1024;
/** More local ranks than any machine has cores or GPUs for: a typo, not a gang. */
const MAX_GANG_RANKS = 256;
const nonNegativeInteger = (doc: string, value: number): s.NumberField => s.integer({ doc, default: value, min: 0 });
const positiveInteger = (doc: string, value: number): s.NumberField => s.integer({ doc, default: value, min: 1 });
const optionalPath = (doc: string): s.StringField => s.string({ doc, default: '' });
/** An enum setting where '' means "not given", so that a template can list it for every data set. */
const optionalEnum = (doc: string, values: readonly string[]): s.StringField =>
  s.string({
    doc,
    default: '',
    check: (value) => {
      if (value === '' || values.includes(value)) return undefined;
      const near = suggest(value, values);
      return { message: `must be one of ${values.join(', ')}`, ...(near === undefined ? {} : { hint: didYouMean(near) }) };
    },
  });

/** A non-default value of a data setting: a string or a list that is not empty. */
const isSet = (value: string | readonly unknown[]): boolean => value.length > 0;

const dataFields = {
  name: s.enumOf(DataName, { doc: `the dataset: ${Object.values(DataName).join(', ')}` }),
  path: optionalPath('fashion-mnist and glue: the dataset directory, relative to the config file; empty: the default location'),
  task: s.string({ doc: `the GLUE task: ${GLUE_TASKS.join(', ')}`, default: '' }),
  vocab_path: optionalPath(
    'text data (glue, files) with a model trained from scratch: the WordPiece vocab.txt, relative to the config file (pretrained models use their own tokenizer)',
  ),
  train: optionalPath(`files: the training file (${Object.keys(FORMAT_BY_EXTENSION).join(' ')}), relative to the config file`),
  eval: optionalPath('files: the evaluation file, relative to the config file'),
  text_columns: s.array(s.string({ doc: 'a column name' }), {
    doc: 'files: the text column, or two for sentence pairs (e.g. ["premise", "hypothesis"])',
    default: [],
    maxItems: 2,
  }),
  label_column: s.string({ doc: `files: the label column; empty: ${DEFAULT_LABEL_COLUMN}`, default: '' }),
  task_type: optionalEnum(`files: ${TASK_TYPES.join(' or ')}`, TASK_TYPES),
  labels: s.array(
    s.json({
      doc: 'a label',
      check: (label) => (typeof label === 'string' || Number.isInteger(label) ? undefined : { message: 'must be a string or an integer' }),
    }),
    { doc: 'files, classification: every label, in id order; empty: the sorted distinct labels of the training file', default: [] },
  ),
  format: optionalEnum(`files: the format of both files, ${DATA_FORMATS.join(', ')}; empty: by each file's extension`, DATA_FORMATS),
  max_seq_len: s.integer({ doc: 'tokens per example for text data (glue, files)', default: 128, min: 8, max: 4096 }),
  max_train_examples: nonNegativeInteger('use at most this many training examples; 0 = all', 0),
  max_eval_examples: nonNegativeInteger('use at most this many evaluation examples; 0 = all', 0),
  strict: s.boolean({ doc: 'make rows the reader would drop or repair (bad labels, out-of-range scores, invalid UTF-8) errors instead of warnings', default: false }),
};

/** The problems of `files` settings that the file names alone can show; the worker checks the contents. */
function filesProblems(data: s.InferShape<typeof dataFields>): s.RuleProblem[] {
  const problems: s.RuleProblem[] = [];
  for (const key of ['train', 'eval'] as const) {
    const file = data[key];
    if (file === '') {
      problems.push({ key, message: 'is required for files data', hint: `the ${key === 'train' ? 'training' : 'evaluation'} file (${Object.keys(FORMAT_BY_EXTENSION).join(' ')}), relative to the config file` });
    } else if (data.format === '' && FORMAT_BY_EXTENSION[extname(file).toLowerCase()] === undefined) {
      const json = extname(file).toLowerCase() === '.json';
      problems.push({
        key,
        message: `has no extension that names its format (${Object.keys(FORMAT_BY_EXTENSION).join(' ')})`,
        hint: json ? 'a .json file with one object per line is JSON Lines: rename it .jsonl or set data.format to jsonl' : `rename it, or set data.format to one of ${DATA_FORMATS.join(', ')}`,
      });
    }
  }
  const columns = data.text_columns;
  if (columns.length === 0) {
    problems.push({ key: 'text_columns', message: 'is required for files data', hint: 'the text column, e.g. ["sentence"], or two for sentence pairs, e.g. ["premise", "hypothesis"]' });
  } else if (columns.includes('') || new Set(columns).size !== columns.length) {
    problems.push({ key: 'text_columns', message: 'must name one column, or two different ones' });
  }
  const label = data.label_column || DEFAULT_LABEL_COLUMN;
  if (columns.includes(label)) {
    problems.push({ key: 'label_column', message: `'${label}' is also a text column`, hint: 'the label column holds the classes or scores, not text' });
  }
  if (data.task_type === '') {
    problems.push({ key: 'task_type', message: 'is required for files data', hint: 'classification (the labels are classes) or regression (the labels are numbers)' });
  }
  const labels = data.labels.map(String);
  if (labels.length > 0 && data.task_type === TaskType.Regression) {
    problems.push({ key: 'labels', message: 'only applies to classification, not regression', hint: 'remove it: regression labels are numbers' });
  } else if (labels.length === 1 || labels.some((label, i) => labels.indexOf(label) !== i)) {
    problems.push({ key: 'labels', message: 'must list at least two different labels', hint: 'or remove it to use the sorted distinct labels of the training file' });
  }
  return problems;
}

const dataSchema = s.object(dataFields, {
  doc: 'the dataset',
  rules: (data) => {
    const problems: s.RuleProblem[] = [];
    if (data.name === DataName.Glue) {
      if (data.task === '') {
        problems.push({ key: 'task', message: 'is required for glue data', hint: `one of ${GLUE_TASKS.join(', ')}` });
      } else if (canonicalGlueTask(data.task) === undefined) {
        const near = suggest(data.task, GLUE_TASKS);
        problems.push({
          key: 'task',
          message: `must be one of ${GLUE_TASKS.join(', ')} (any case)`,
          ...(near === undefined ? {} : { hint: didYouMean(near) }),
        });
      }
    } else if (data.task !== '') {
      // Silently ignoring settings would hide a config that does not say what its author meant.
      problems.push({ key: 'task', message: `only applies to glue data, not ${data.name}`, hint: 'remove it' });
    }
    if (DATA_INPUT[data.name] !== Input.Text && data.vocab_path !== '') {
      problems.push({ key: 'vocab_path', message: `only applies to text data (glue or files), not ${data.name}`, hint: 'remove it' });
    }
    if (data.name === DataName.Files) {
      if (data.path !== '') problems.push({ key: 'path', message: 'does not apply to files data', hint: 'data.train and data.eval name the files' });
      problems.push(...filesProblems(data));
    } else {
      const hint = data.name === DataName.Glue ? 'glue reads train.tsv and dev.tsv under data.path; for your own files set data.name to files' : 'remove it';
      for (const key of FILES_KEYS) {
        if (isSet(data[key])) problems.push({ key, message: `only applies to files data, not ${data.name}`, hint });
      }
    }
    return problems;
  },
});

export const experimentSchema = s.object(
  {
    name: s.string({
      doc: 'the run name; default: the config file name without extension',
      default: '',
      check: (name) => (name === '' ? { message: 'must not be empty', hint: 'remove the key to use the file name' } : undefined),
    }),
    model: s.object(
      {
        name: s.string({
          doc: `a builtin model (${BUILTIN_MODELS.join(', ')}), a Hugging Face checkpoint 'hf:<dir>' (relative to the config file when it starts with ./ or ../) or a factory 'package.module:function'`,
          check: checkModelName,
        }),
        kwargs: s.record(s.json({ doc: 'a keyword argument' }), { doc: 'keyword arguments for the model factory', default: {} }),
        python_path: s.array(s.string({ doc: 'a directory' }), {
          doc: 'directories added to sys.path before importing a factory, relative to the config file',
          default: [],
        }),
      },
      { doc: 'the model to train' },
    ),
    data: dataSchema,
    training: s.object(
      {
        steps: nonNegativeInteger('optimizer steps to train; 0 = derive them from epochs', 0),
        epochs: s.number({ doc: 'passes over the training data (may be fractional)', default: 1, min: 0, exclusiveMin: true }),
        batch_size: positiveInteger('examples per micro-batch', 64),
        gradient_accumulation_steps: positiveInteger('micro-batches per optimizer step', 1),
        optimizer: s.object(
          {
            // AdamW moves each weight by about lr per step: past 1e6 a rate is a typo (1e308 overflowed
            // torch's float32 optimizer arithmetic with a RuntimeError).
            lr: s.number({ doc: 'peak learning rate', default: 1e-3, min: 0, exclusiveMin: true, max: 1e6 }),
            weight_decay: s.number({ doc: 'AdamW weight decay', default: 0.01, min: 0 }),
            betas: s.array(s.number({ doc: 'an Adam beta', min: 0, max: 1, exclusiveMax: true }), {
              doc: 'Adam betas [beta1, beta2]',
              default: [0.9, 0.999],
              minItems: 2,
              maxItems: 2,
            }),
            eps: s.number({ doc: 'Adam epsilon', default: 1e-8, min: 0, exclusiveMin: true }),
          },
          { doc: 'the AdamW optimizer' },
        ),
        warmup_steps: nonNegativeInteger('linear warmup steps; give this or warmup_ratio', 0),
        warmup_ratio: s.number({
          doc: 'linear warmup as a fraction of the total steps; give this or warmup_steps',
          default: 0,
          min: 0,
          max: 1,
          exclusiveMax: true,
        }),
        max_grad_norm: s.number({ doc: 'gradient clipping norm; 0 = no clipping', default: 1.0, min: 0 }),
        precision: s.enumOf(Precision, { doc: 'training precision', default: Precision.Fp32 }),
        initial_loss_scale: s.number({ doc: "fp16's starting dynamic loss scale", default: 65536, min: 0, exclusiveMin: true }),
        loss_scale_window: positiveInteger('fp16: consecutive finite steps after which the loss scale doubles', 1000),
        seed: s.integer({ doc: 'random seed', default: 42, min: 0, max: s.MAX_EXACT_INTEGER }),
        num_threads: s.integer({ doc: "CPU threads for torch; 0 = torch's default", default: 0, min: 0, max: MAX_THREADS }),
        on_nonfinite: s.enumOf(NonfinitePolicy, {
          doc: 'a step whose loss or gradient norm is NaN/Inf never updates the weights: fail the run there, or skip_step it',
          default: NonfinitePolicy.Fail,
        }),
        max_nonfinite_steps: positiveInteger('skip_step: non-finite steps in a row after which the run fails', 10),
        stall_seconds: s.number({
          doc: 'fail the run when training finishes no step for this long (or stall_step_factor times its slowest step, if longer): a forward that never returns',
          default: 600,
          min: 0,
          exclusiveMin: true,
        }),
        stall_step_factor: s.number({ doc: 'a stall is also this many times the slowest training step seen', default: 20, min: 1 }),
      },
      {
        doc: 'the training loop',
        rules: (training, given) => {
          const problems: s.RuleProblem[] = [];
          // steps = 0 means "not set", so a template listing both keys with steps 0 stays valid.
          if (training.steps > 0 && given('epochs')) {
            problems.push({
              key: 'steps',
              message: 'cannot be combined with training.epochs',
              hint: 'remove epochs to train a fixed number of steps, or set steps to 0',
            });
          }
          if (training.warmup_steps > 0 && training.warmup_ratio > 0) {
            problems.push({
              key: 'warmup_ratio',
              message: 'cannot be combined with a non-zero training.warmup_steps',
              hint: 'keep one of warmup_steps and warmup_ratio',
            });
          }
          if (given('max_nonfinite_steps') && training.on_nonfinite !== NonfinitePolicy.SkipStep) {
            problems.push({ key: 'max_nonfinite_steps', message: `only applies to on_nonfinite skip_step, not ${training.on_nonfinite}`, hint: 'remove it, or set on_nonfinite to skip_step' });
          }
          // Only fp16 scales the loss; elsewhere these would be settings that do nothing.
          for (const key of ['initial_loss_scale', 'loss_scale_window'] as const) {
            if (given(key) && training.precision !== Precision.Fp16) {
              problems.push({ key, message: `only applies to fp16 precision, not ${training.precision}`, hint: 'remove it' });
            }
          }
          return problems;
        },
      },
    ),
    eval: s.object(
      {
        every_steps: nonNegativeInteger('evaluate every N optimizer steps; 0 = only at the end', 0),
        batch_size: positiveInteger('examples per evaluation batch', 256),
        max_examples: nonNegativeInteger('evaluate on at most this many examples; 0 = all', 0),
      },
      { doc: 'evaluation' },
    ),
    logging: s.object(
      { every_steps: nonNegativeInteger('log training metrics every N optimizer steps; 0 = only at the end', 50) },
      { doc: 'metric logging' },
    ),
    checkpoint: s.object(
      {
        every_steps: nonNegativeInteger('checkpoint every N optimizer steps; 0 = no periodic checkpoints', 0),
        every_minutes: s.number({
          doc: 'also checkpoint at the first logging or evaluation boundary after this many minutes without one, so a killed run loses at most that much; 0 = never',
          default: 10,
          min: 0,
        }),
        final: s.boolean({ doc: 'checkpoint at the last step (what moqlab export reads)', default: true }),
        dir: optionalPath('the checkpoint directory, relative to the config file; empty: inside the run directory'),
      },
      { doc: 'checkpoints' },
    ),
    device: s.string({
      doc: 'auto, cpu, cuda or cuda:N',
      default: 'auto',
      check: (device) =>
        DEVICE_SYNTAX.test(device) ? undefined : { message: 'must be auto, cpu, cuda or cuda:N', hint: 'for the second GPU write cuda:1' },
    }),
    distributed: s.object(
      {
        nproc_per_node: s.integer({
          doc: 'train data parallel in a local torchrun gang of this many processes (gloo on CPU, NCCL on CUDA, one GPU per rank); training.batch_size is per rank',
          default: 1,
          min: 1,
          max: MAX_GANG_RANKS,
        }),
        nnodes: s.integer({
          doc: 'machines the gang spans, this one included: the others run the `moqlab worker` command `moqlab train --listen` prints',
          default: 1,
          min: 1,
          max: MAX_GANG_RANKS,
        }),
        rdzv_endpoint: s.string({
          doc: "host:port where the machines' torchrun agents meet (e.g. the first machine, port 29500); needed when nnodes > 1",
          default: '',
          check: (endpoint) => (endpoint === '' || ENDPOINT_SYNTAX.test(endpoint) ? undefined : { message: 'must be HOST:PORT', hint: 'e.g. node0:29500' }),
        }),
        data_parallel: s.enumOf(DataParallel, {
          doc: "ddp: every rank holds the whole model; fsdp: every rank holds a shard of each weight (for models that don't fit one device; no eigenvalues)",
          default: DataParallel.Ddp,
        }),
      },
      {
        doc: 'data-parallel training on torch.distributed',
        rules: (d) =>
          d.nnodes > 1 && d.rdzv_endpoint === ''
            ? [{ key: ['rdzv_endpoint'], message: `is required for a gang over ${d.nnodes} machines (nnodes)`, hint: 'an address every machine reaches, e.g. node0:29500' }]
            : d.nnodes === 1 && d.rdzv_endpoint !== ''
              ? [{ key: ['rdzv_endpoint'], message: 'is where the machines of a gang meet, and nnodes is 1', hint: 'set nnodes to the number of machines, or leave rdzv_endpoint out' }]
              : [],
      },
    ),
    [QuantLayout.QuantizeTraining]: s.optional(quantizeTrainingSchema),
    [QuantLayout.CompressionTraining]: s.optional(compressionTrainingSchema),
  },
  {
    doc: 'an experiment',
    rules: (config) => {
      const problems: s.RuleProblem[] = [];
      // Built-in models read one kind of input; a mismatch would only fail inside the worker's forward.
      const wants = modelInput(config.model.name);
      const has = DATA_INPUT[config.data.name];
      if (wants !== undefined && wants !== has) {
        const readers = (input: Input) => Object.values(DataName).filter((data) => DATA_INPUT[data] === input);
        const fits = [...BUILTIN_MODELS.filter((model) => BUILTIN_INPUT[model as BuiltinModel] === has), ...(has === Input.Text ? [`${HF_PREFIX}<dir>`] : [])];
        problems.push({
          key: 'model',
          message: `${config.model.name} reads ${wants} (${readers(wants).join(' or ')} data), but data.name is ${config.data.name}`,
          hint: `for ${config.data.name} data use ${fits.join(', ')}, or a factory model`,
        });
      } else if (has === Input.Text) {
        // The tokenizer belongs to the model: a pretrained checkpoint's own, or WordPiece over vocab_path.
        const pretrained = isPretrainedCheckpoint(config.model);
        if (pretrained && config.data.vocab_path !== '') {
          problems.push({
            key: ['data', 'vocab_path'],
            message: `does not apply to model ${config.model.name}: a pretrained checkpoint encodes text with its own tokenizer`,
            hint: 'remove data.vocab_path',
          });
        } else if (!pretrained && config.data.vocab_path === '') {
          problems.push({
            key: ['data', 'vocab_path'],
            message: `is required for ${config.data.name} data with model ${config.model.name}`,
            hint: "the WordPiece vocab.txt the model's embeddings are sized for (pretrained models, e.g. minilm or hf:<dir>, bring their own tokenizer)",
          });
        }
      }
      if (config.quantize_training !== null && config.compression_training !== null) {
        problems.push({
          key: QuantLayout.CompressionTraining,
          message: 'cannot be combined with quantize_training: they are two layouts of the same MoQ settings',
          hint: 'keep one: quantize_training (DeepSpeed <= 0.6) or compression_training.weight_quantization (>= 0.7)',
        });
      }
      return problems;
    },
  },
);

/** `T` as a script may write it: every key optional, and an enum's values also as their string literals. */
type Written<T> = T extends readonly (infer U)[]
  ? readonly Written<U>[]
  : T extends string
    ? T | `${T}`
    : T extends object
      ? { [K in keyof T]?: Written<T[K]> }
      : T;

/**
 * An experiment config as a TypeScript script writes it: the JSON file's snake_case keys, each optional
 * where the file may leave it out, so that a misspelled key or a wrong type fails to compile
 * (`resolveExperimentConfig` still checks values, ranges and the rules between keys).
 */
export type ExperimentConfigInput = Written<Omit<s.Infer<typeof experimentSchema>, 'model' | 'data'>> & {
  model: { name: string } & Written<s.Infer<typeof experimentSchema>['model']>;
  data: { name: DataName | `${DataName}` } & Written<s.Infer<typeof experimentSchema>['data']>;
};

export interface ResolveOptions {
  /** The directory relative paths in the config are resolved against (the config file's). */
  baseDir: string;
  /** The config file's name: names the run by default and prefixes error messages. */
  fileName?: string;
  /** What error messages call the config when it is more than the file (default: `fileName`). */
  label?: string;
  /** Told about settings that are legal but deprecated or ignored; only when the config is valid. */
  onWarning?: (warning: ConfigWarning) => void;
}

/** `hf:./dir` is relative to the config file; a hub id (`hf:org/name`) stays as written for the worker's cache lookup. */
function resolveModelName(name: string, absolute: (path: string) => string): string {
  if (!name.startsWith(HF_PREFIX)) return name;
  const source = name.slice(HF_PREFIX.length);
  return isPathLike(source) && !source.startsWith('~') ? `${HF_PREFIX}${absolute(source)}` : name;
}

/** Validates `raw`, fills defaults and resolves paths; throws one ConfigInvalid error listing every problem. */
export function resolveExperimentConfig(raw: unknown, options: ResolveOptions): ExperimentConfig {
  const { value, problems } = validate(experimentSchema, raw);
  if (value === undefined) throw configError(options.label ?? options.fileName ?? 'the experiment config', problems);

  const absolute = (path: string): string => resolve(options.baseDir, path);
  const optional = (path: string): string | null => (path === '' ? null : absolute(path));
  const fileStem = options.fileName === undefined ? '' : basename(options.fileName, extname(options.fileName));
  const [beta1, beta2] = value.training.optimizer.betas as [number, number];

  return {
    name: value.name || fileStem || 'run',
    model: { ...value.model, name: resolveModelName(value.model.name, absolute), python_path: value.model.python_path.map(absolute) },
    data: {
      ...value.data,
      path: optional(value.data.path),
      task: canonicalGlueTask(value.data.task) ?? null,
      vocab_path: optional(value.data.vocab_path),
      train: optional(value.data.train),
      eval: optional(value.data.eval),
      label_column: value.data.name === DataName.Files ? value.data.label_column || DEFAULT_LABEL_COLUMN : null,
      task_type: (value.data.task_type || null) as TaskType | null,
      labels: value.data.labels.length > 0 ? value.data.labels.map(String) : null,
      format: (value.data.format || null) as DataFormat | null,
    },
    training: { ...value.training, optimizer: { ...value.training.optimizer, betas: [beta1, beta2] } },
    eval: value.eval,
    logging: value.logging,
    checkpoint: { ...value.checkpoint, dir: optional(value.checkpoint.dir) },
    device: value.device,
    distributed: { ...value.distributed, rdzv_endpoint: value.distributed.rdzv_endpoint || null },
    quantization: requireWholeBlocks(value.distributed, resolveQuantization(value, options.onWarning ?? (() => undefined)), options),
    quantize_training: value.quantize_training,
    compression_training: value.compression_training,
  };
}

/** The config a run was recorded with, with the defaults of settings added since (runs recorded before gangs have no `distributed`, before the quantization sections were kept none). */
export function recordedConfig(run: { config: unknown }): ExperimentConfig {
  const config = run.config as Omit<ExperimentConfig, 'distributed' | 'quantize_training' | 'compression_training'> &
    Partial<Pick<ExperimentConfig, 'quantize_training' | 'compression_training'>> & { distributed?: Partial<DistributedConfig> };
  const d = config.distributed ?? {};
  return {
    ...config,
    quantize_training: config.quantize_training ?? null,
    compression_training: config.compression_training ?? null,
    distributed: { nproc_per_node: d.nproc_per_node ?? 1, nnodes: d.nnodes ?? 1, rdzv_endpoint: d.rdzv_endpoint ?? null, data_parallel: d.data_parallel ?? DataParallel.Ddp },
  };
}

/**
 * A resolved config as a config file says it: the file's keys, the settings that differ from their
 * defaults (every setting with `defaults`), the quantization as its section. Resolving the result gives
 * the config back;
 * `moqlab runs show RUN --config` prints it. Null for a config recorded before the sections were kept
 * (its quantization exists only resolved).
 */
export function configAsFile(config: ExperimentConfig, options: { defaults?: boolean } = {}): Record<string, unknown> | null {
  const { quantization, quantize_training: quantizeTraining, compression_training: compressionTraining, ...rest } = config;
  if (quantization !== null && !quantizeTraining && !compressionTraining) return null;
  const d = rest.data;
  const file = {
    ...rest,
    data: {
      ...d,
      path: d.path ?? '',
      task: d.task ?? '',
      vocab_path: d.vocab_path ?? '',
      train: d.train ?? '',
      eval: d.eval ?? '',
      label_column: d.label_column ?? '',
      task_type: d.task_type ?? '',
      labels: d.labels ?? [],
      format: d.format ?? '',
    },
    checkpoint: { ...rest.checkpoint, dir: rest.checkpoint.dir ?? '' },
    distributed: { ...rest.distributed, rdzv_endpoint: rest.distributed.rdzv_endpoint ?? '' },
    ...(quantizeTraining ? { [QuantLayout.QuantizeTraining]: quantizeTraining } : {}),
    ...(compressionTraining ? { [QuantLayout.CompressionTraining]: compressionTraining } : {}),
  };
  return options.defaults ? file : (s.withoutDefaults(experimentSchema, file) as Record<string, unknown>);
}

/** Eigenvalues take Hessian-vector products through whole blocks, which an FSDP gang never holds. */
function requireWholeBlocks(distributed: DistributedConfig, quantization: QuantizationConfig | null, options: ResolveOptions): QuantizationConfig | null {
  if (distributed.data_parallel === DataParallel.Fsdp && quantization?.eigenvalue.enabled) {
    throw configError(options.label ?? options.fileName ?? 'the experiment config', [
      {
        path: '$.distributed.data_parallel',
        message: 'fsdp cannot compute the eigenvalues the quantization asks for (eigenvalue.enabled): each rank holds only a shard of every block',
        hint: 'use data_parallel ddp, or turn eigenvalue.enabled off',
      },
    ]);
  }
  return quantization;
}
