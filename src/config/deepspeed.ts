/**
 * A whole DeepSpeed JSON given next to an experiment config (`--ds-config`): the settings moqlab
 * understands are mapped onto the experiment's keys, where they win; everything else is named in
 * one warning, so a user's existing DeepSpeed file works unchanged and nothing in it is silently
 * dropped. Pure: returns a new raw experiment object that then goes through resolveExperimentConfig.
 */
import { Precision } from './experiment.js';
import { QuantLayout } from './quantization.js';
import * as s from './schema.js';
import { configError, jsonPath, validate, type ConfigProblem, type ConfigWarning } from './validate.js';

/** Optimizer types whose settings mean what they mean for moqlab's AdamW (DeepSpeed's Adam is AdamW by default). */
const ADAM_TYPES: readonly string[] = ['adam', 'adamw'];

/** The Hugging Face Trainer's placeholder for "fill this in from my arguments". */
const HF_AUTO = 'auto';

const positive = (doc: string): s.OptionalField<number> => s.optional(s.integer({ doc, min: 1 }));
const enabledSection = (doc: string): s.OptionalField<{ enabled: boolean }> =>
  s.optional(s.object({ enabled: s.boolean({ doc, default: false }) }, { doc }));

/** The DeepSpeed keys moqlab maps; every other key is reported as ignored, never as an error. */
const deepSpeedSchema = s.object(
  {
    train_batch_size: positive('examples per optimizer step over all GPUs'),
    train_micro_batch_size_per_gpu: positive('examples per forward/backward on one GPU'),
    gradient_accumulation_steps: positive('micro-batches per optimizer step'),
    gradient_clipping: s.optional(s.number({ doc: 'gradient clipping norm; 0 = none', min: 0 })),
    fp16: s.optional(
      s.object(
        {
          enabled: s.boolean({ doc: 'train in fp16 with dynamic loss scaling', default: false }),
          loss_scale: s.number({ doc: '0 = dynamic loss scaling; > 0 = a static scale', default: 0, min: 0 }),
          initial_scale_power: s.optional(s.integer({ doc: 'the first dynamic loss scale is 2^this', min: 0, max: 64 })),
          loss_scale_window: positive('consecutive finite steps after which the loss scale doubles'),
        },
        { doc: 'fp16 training' },
      ),
    ),
    bf16: enabledSection('train in bf16'),
    bfloat16: enabledSection('train in bf16 (older spelling of bf16)'),
    optimizer: s.optional(
      s.object(
        {
          type: s.string({ doc: 'the optimizer, e.g. AdamW' }),
          params: s.object(
            {
              lr: s.optional(s.number({ doc: 'learning rate', min: 0, exclusiveMin: true })),
              betas: s.optional(
                s.array(s.number({ doc: 'an Adam beta', min: 0, max: 1, exclusiveMax: true }), { doc: 'Adam betas', minItems: 2, maxItems: 2 }),
              ),
              eps: s.optional(s.number({ doc: 'Adam epsilon', min: 0, exclusiveMin: true })),
              weight_decay: s.optional(s.number({ doc: 'weight decay', min: 0 })),
            },
            { doc: 'optimizer settings' },
          ),
        },
        { doc: 'the optimizer' },
      ),
    ),
    [QuantLayout.QuantizeTraining]: s.optional(s.json({ doc: 'MoQ, DeepSpeed <= 0.6 layout' })),
    [QuantLayout.CompressionTraining]: s.optional(s.json({ doc: 'MoQ, DeepSpeed >= 0.7 layout' })),
  },
  { doc: 'a DeepSpeed config' },
);

type DeepSpeedSettings = s.Infer<typeof deepSpeedSchema>;

/** One experiment key the DeepSpeed file sets. */
interface Assignment {
  to: readonly string[];
  value: unknown;
  /** The DeepSpeed key(s) it comes from, for the override warning. */
  from: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `raw` without the keys `field` does not know (collected in `ignored` as dotted paths) and without
 * "auto" placeholders (collected in `autos`); the MoQ sections pass whole, as the experiment schema
 * checks them.
 */
function keepKnown(field: s.Field, raw: unknown, keys: readonly string[], ignored: string[], autos: string[]): unknown {
  if (field.kind === s.FieldKind.Optional) return keepKnown(field.field, raw, keys, ignored, autos);
  if (field.kind !== s.FieldKind.Object || !isPlainObject(raw)) return raw;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const path = [...keys, key];
    const child = field.fields[key];
    if (child === undefined) ignored.push(path.join('.'));
    else if (value === HF_AUTO && child.kind !== s.FieldKind.Json) autos.push(path.join('.'));
    else kept[key] = keepKnown(child, value, path, ignored, autos);
  }
  return kept;
}

/** World size 1: train_batch_size = micro-batch × accumulation; any two give the third (DeepSpeed's rule). */
function batchAssignments(ds: DeepSpeedSettings, problems: ConfigProblem[]): Assignment[] {
  const { train_batch_size: total, train_micro_batch_size_per_gpu: micro, gradient_accumulation_steps: gas } = ds;
  const batch = (value: number, from: string): Assignment => ({ to: ['training', 'batch_size'], value, from });
  const accumulation = (value: number, from: string): Assignment => ({ to: ['training', 'gradient_accumulation_steps'], value, from });
  const fail = (message: string): Assignment[] => {
    problems.push({
      path: jsonPath(['train_batch_size']),
      message: `${message} (train_batch_size = train_micro_batch_size_per_gpu × gradient_accumulation_steps on one GPU)`,
      got: String(total),
      hint: 'moqlab trains on one GPU; give two of the three and the third follows',
    });
    return [];
  };

  if (total !== null && micro !== null && gas !== null) {
    return total === micro * gas
      ? [batch(micro, 'train_micro_batch_size_per_gpu'), accumulation(gas, 'gradient_accumulation_steps')]
      : fail(`must equal train_micro_batch_size_per_gpu × gradient_accumulation_steps = ${micro} × ${gas} = ${micro * gas}`);
  }
  if (total !== null && micro !== null) {
    return total % micro === 0
      ? [batch(micro, 'train_micro_batch_size_per_gpu'), accumulation(total / micro, 'train_batch_size / train_micro_batch_size_per_gpu')]
      : fail(`must be a multiple of train_micro_batch_size_per_gpu (${micro}) to give a whole gradient_accumulation_steps`);
  }
  if (total !== null && gas !== null) {
    return total % gas === 0
      ? [batch(total / gas, 'train_batch_size / gradient_accumulation_steps'), accumulation(gas, 'gradient_accumulation_steps')]
      : fail(`must be a multiple of gradient_accumulation_steps (${gas}) to give a whole train_micro_batch_size_per_gpu`);
  }
  // One of the two sizes alone means one micro-batch per step, as in DeepSpeed; accumulation
  // alone keeps the experiment's micro-batch.
  if (total !== null) return [batch(total, 'train_batch_size'), accumulation(1, 'train_batch_size')];
  if (micro !== null) {
    const steps = gas === null ? accumulation(1, 'train_micro_batch_size_per_gpu') : accumulation(gas, 'gradient_accumulation_steps');
    return [batch(micro, 'train_micro_batch_size_per_gpu'), steps];
  }
  return gas === null ? [] : [accumulation(gas, 'gradient_accumulation_steps')];
}

function precisionAssignments(ds: DeepSpeedSettings, problems: ConfigProblem[], warn: (path: string, message: string) => void): Assignment[] {
  if (ds.bf16 !== null && ds.bfloat16 !== null) {
    problems.push({ path: jsonPath(['bfloat16']), message: 'cannot be combined with bf16 (it is an old spelling of it)', hint: 'keep bf16' });
  }
  const bf16Key = ds.bf16 !== null ? 'bf16' : 'bfloat16';
  const fp16 = ds.fp16?.enabled ?? false;
  const bf16 = (ds.bf16 ?? ds.bfloat16)?.enabled ?? false;
  if (fp16 && bf16) {
    problems.push({
      path: jsonPath([bf16Key, 'enabled']),
      message: 'cannot be true together with fp16.enabled',
      got: 'true',
      hint: 'moqlab trains in one precision: enable fp16 or bf16',
    });
  }
  // Without either section the file says nothing about precision, and the experiment's stands.
  if (ds.fp16 === null && ds.bf16 === null && ds.bfloat16 === null) return [];
  const from = [...(ds.fp16 === null ? [] : ['fp16.enabled']), ...(ds.bf16 === null && ds.bfloat16 === null ? [] : [`${bf16Key}.enabled`])];
  const assignments: Assignment[] = [
    { to: ['training', 'precision'], value: fp16 ? Precision.Fp16 : bf16 ? Precision.Bf16 : Precision.Fp32, from: from.join(' and ') },
  ];
  if (ds.fp16 !== null && fp16) {
    const { initial_scale_power: power, loss_scale_window: window, loss_scale: staticScale } = ds.fp16;
    if (power !== null) assignments.push({ to: ['training', 'initial_loss_scale'], value: 2 ** power, from: 'fp16.initial_scale_power' });
    if (window !== null) assignments.push({ to: ['training', 'loss_scale_window'], value: window, from: 'fp16.loss_scale_window' });
    if (staticScale > 0) {
      warn(
        jsonPath(['fp16', 'loss_scale']),
        `a static loss scale (${staticScale}) is not supported: moqlab scales the loss dynamically, from 2^initial_scale_power`,
      );
    }
  }
  return assignments;
}

function optimizerAssignments(ds: DeepSpeedSettings, warn: (path: string, message: string) => void): Assignment[] {
  if (ds.optimizer === null) return [];
  const { type, params } = ds.optimizer;
  if (!ADAM_TYPES.includes(type.toLowerCase())) {
    const uses = "using this optimizer's lr, betas, eps and weight_decay";
    warn(jsonPath(['optimizer', 'type']), `${type} is not available: moqlab trains with AdamW, ${uses}`);
  }
  return (['lr', 'betas', 'eps', 'weight_decay'] as const).flatMap((key) =>
    params[key] === null ? [] : [{ to: ['training', 'optimizer', key], value: params[key], from: `optimizer.params.${key}` }],
  );
}

/** The MoQ sections of the DeepSpeed file replace the experiment's, whichever layout either uses. */
function quantizationAssignments(ds: DeepSpeedSettings): Assignment[] {
  const layouts = [QuantLayout.QuantizeTraining, QuantLayout.CompressionTraining];
  const given = layouts.filter((layout) => ds[layout] !== null);
  if (given.length === 0) return [];
  // `undefined` removes the experiment's section of the layout the DeepSpeed file does not use.
  return layouts.map((layout) => ({ to: [layout], value: ds[layout] ?? undefined, from: given.join(' and ') }));
}

/** Sets `keys` in `raw`, creating missing objects; returns the value it replaced. Leaves a non-object in the way for validation to report. */
function setIn(raw: Record<string, unknown>, keys: readonly string[], value: unknown): unknown {
  let at = raw;
  for (const key of keys.slice(0, -1)) {
    at[key] ??= {};
    const next = at[key];
    if (!isPlainObject(next)) return undefined;
    at = next;
  }
  const last = keys[keys.length - 1]!;
  const previous = at[last];
  if (value === undefined) delete at[last];
  else at[last] = value;
  return previous;
}

/**
 * Applies the settings of DeepSpeed config `ds` to a copy of `experimentRaw`. Throws one
 * ConfigInvalid error, headed `source`, listing every problem of the DeepSpeed file; warns (with
 * `source`) about ignored DeepSpeed keys and (without it) about each experiment key it overrides.
 */
export function applyDeepSpeedConfig(
  experimentRaw: Record<string, unknown>,
  ds: unknown,
  onWarning: (warning: ConfigWarning) => void,
  source = 'the DeepSpeed config',
): Record<string, unknown> {
  const ignored: string[] = [];
  const autos: string[] = [];
  const { value, problems } = validate(deepSpeedSchema, keepKnown(deepSpeedSchema, ds, [], ignored, autos));
  if (value === undefined) throw configError(source, problems);

  const warnings: ConfigWarning[] = [];
  const warn = (path: string, message: string): void => {
    warnings.push({ path, message, source });
  };
  if (ignored.length > 0) warn('$', `ignored DeepSpeed sections (moqlab does not use them): ${ignored.join(', ')}`);
  if (autos.length > 0) warn('$', `"auto" is the Hugging Face Trainer's placeholder; the experiment's values stand for: ${autos.join(', ')}`);

  const assignments = [
    ...batchAssignments(value, problems),
    ...precisionAssignments(value, problems, warn),
    ...optimizerAssignments(value, warn),
    ...(value.gradient_clipping === null ? [] : [{ to: ['training', 'max_grad_norm'], value: value.gradient_clipping, from: 'gradient_clipping' }]),
    ...quantizationAssignments(value),
  ];
  if (problems.length > 0) throw configError(source, problems);

  const merged = structuredClone(experimentRaw);
  for (const { to, value: setting, from } of assignments) {
    const previous = setIn(merged, to, setting);
    if (previous !== undefined && JSON.stringify(previous) !== JSON.stringify(setting)) {
      // Whole sections are too long to quote; a number or a pair of betas reads well as "old → new".
      const change = isPlainObject(previous) || setting === undefined ? '' : `: ${JSON.stringify(previous)} → ${JSON.stringify(setting)}`;
      warnings.push({ path: jsonPath(to), message: `overridden by the DeepSpeed config's ${from}${change}` });
    }
  }
  warnings.forEach(onWarning);
  return merged;
}
