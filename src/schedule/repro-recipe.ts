/**
 * A reproduction recipe (`recipes/glue-moq-blog.json`): the protocol of a published table as data,
 * with a source for every number, the published rows, and the profiles (how much of the protocol to
 * run) and variants (which schedule semantics) a reproduction can choose. Pure: it validates the
 * recipe, derives each task's experiment config, and hashes the protocol so that a changed recipe
 * never silently reuses runs made under another. Its names for a reproduction's runs (identity,
 * group, keys, tasks) live here, below both the runner that makes the runs and the report that
 * reads them.
 */
import { createHash } from 'node:crypto';
import { Clustering, type ExperimentConfig, GlueTask, Grid, Precision, QuantType, Rounding, Semantics, configError, schema as s, resolveExperimentConfig, totalSteps, validate } from '../config/index.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { Arm } from './moq.js';

/** The dev-set metrics the worker reports for GLUE (`eval/<name>`). */
export enum GlueMetric {
  Accuracy = 'accuracy',
  F1 = 'f1',
  Mcc = 'mcc',
  Pearson = 'pearson',
  Spearman = 'spearman',
}

/** The rows a published table has: the baseline, basic QAT and MoQ. */
export type PublishedArm = Arm.Baseline | Arm.BasicQat | Arm.Moq;
export const PUBLISHED_ARMS: readonly PublishedArm[] = [Arm.Baseline, Arm.BasicQat, Arm.Moq];

/** The table's rows: the baseline, basic QAT, MoQ and MoQ with eigenvalues. */
export const REPRO_ARMS: readonly Arm[] = [Arm.Baseline, Arm.BasicQat, Arm.Moq, Arm.MoqEigen];

const sources = (doc: string) => s.record(s.string({ doc: 'where the value comes from: a reference key, then where in it' }), { doc, default: {} });
const published = (doc: string) =>
  s.object(
    {
      [Arm.Baseline]: s.number({ doc: 'the w/o QAT row, in points' }),
      [Arm.BasicQat]: s.number({ doc: 'the Basic QAT row, in points' }),
      [Arm.Moq]: s.number({ doc: 'the MoQ row, in points' }),
    },
    { doc },
  );
const positive = (doc: string) => s.integer({ doc, min: 1 });

const taskSchema = s.object(
  {
    task: s.enumOf(GlueTask, { doc: 'the GLUE task, as GLUE names its directory' }),
    metric: s.enumOf(GlueMetric, { doc: "the dev metric of the published column (the table's cell)" }),
    epochs: s.number({ doc: 'training epochs', min: 0, exclusiveMin: true }),
    start_bits: s.integer({ doc: 'MoQ start bits', min: 1, max: 16 }),
    quantize_period: positive('MoQ quantize_period'),
    blog_eigenvalue: s.boolean({ doc: 'whether the published MoQ number came from a run with eigenvalues' }),
    train_examples: positive("the task's full training set size; scales quantize_period for profiles that train on fewer"),
    published: published("the published rows' values for this task"),
  },
  { doc: 'one task of the table' },
);

const TASK_FIELDS = Object.keys(taskSchema.fields);

/** Keys of a section, other than its `sources`, that have no source. */
function unsourced(section: Record<string, unknown>, sourced: Record<string, string>, keys = Object.keys(section)): string[] {
  return keys.filter((key) => key !== 'sources' && !Object.hasOwn(sourced, key));
}

export const recipeSchema = s.object(
  {
    name: s.string({ doc: 'the recipe name' }),
    description: s.string({ doc: 'what the recipe reproduces' }),
    references: s.record(s.object({ url: s.string({ doc: 'where it is' }), what: s.string({ doc: 'what was taken from it' }) }, { doc: 'a source' }), {
      doc: 'the sources, by the key the sources fields cite',
    }),
    training: s.object(
      {
        lr: s.number({ doc: 'peak learning rate', min: 0, exclusiveMin: true }),
        batch_size: positive('examples per step'),
        max_seq_len: s.integer({ doc: 'tokens per example', min: 8 }),
        weight_decay: s.number({ doc: 'AdamW weight decay', min: 0 }),
        warmup_steps: s.integer({ doc: 'linear warmup steps', min: 0 }),
        max_grad_norm: s.number({ doc: 'gradient clipping', min: 0 }),
        first_seed: s.integer({ doc: 'the first seed; the others follow it', min: 0 }),
        precision: s.enumOf(Precision, { doc: 'training precision' }),
        sources: sources('a source per training value'),
      },
      { doc: 'the fine-tuning hyperparameters every task shares' },
    ),
    quantization: s.object(
      {
        target_bits: s.integer({ doc: 'the bits basic-qat trains at and MoQ ends at', min: 1, max: 16 }),
        quantize_groups: positive('scales per tensor'),
        q_type: s.enumOf(QuantType, { doc: 'symmetric or asymmetric' }),
        rounding: s.enumOf(Rounding, { doc: 'nearest or stochastic' }),
        schedule_offset: s.integer({ doc: 'unquantized steps before MoQ starts', min: 0 }),
        eigenvalue: s.object(
          {
            layer_name: s.string({ doc: 'dotted path to the model’s blocks; every block of it gets an eigenvalue' }),
            max_iter: positive('power iterations at most'),
            tol: s.number({ doc: 'relative change that stops the power iteration', min: 0, exclusiveMin: true }),
            stability: s.number({ doc: 'added to the vector norm', min: 0 }),
            gas_boundary_resolution: positive('eigenvalues on every N-th step only'),
            clustering: s.enumOf(Clustering, { doc: 'how eigenvalues become period factors' }),
          },
          { doc: 'the moq-eigen arm' },
        ),
        sources: sources('a source per quantization value'),
      },
      { doc: 'the MoQ settings every task shares' },
    ),
    task_sources: sources('a source per task field'),
    tasks: s.array(taskSchema, { doc: "the table's columns, in its order", minItems: 1 }),
    published: s.object(
      {
        acc_plus: s.object({ [Arm.BasicQat]: s.number({ doc: 'the printed ACC+ of Basic QAT' }), [Arm.Moq]: s.number({ doc: 'the printed ACC+ of MoQ' }) }, { doc: 'the printed aggregate column' }),
        other_columns: s.array(s.object({ name: s.string({ doc: 'the column' }), published: published('its values') }, { doc: 'a column that is not reproduced' }), {
          doc: 'published columns outside the reproduction, which the rows imply ACC+ over',
          default: [],
        }),
        sources: sources('a source per published value'),
      },
      { doc: 'published values beside the per-task ones' },
    ),
    default_profile: s.string({ doc: 'the profile a reproduction takes by default' }),
    profiles: s.record(
      s.object(
        {
          doc: s.string({ doc: 'what the profile is for' }),
          seeds: positive('seeds by default'),
          max_train_examples: s.integer({ doc: 'training examples per task at most; 0 = all', min: 0 }),
          max_eval_examples: s.integer({ doc: 'dev examples per task at most; 0 = all', min: 0 }),
          max_seq_len: s.optional(s.integer({ doc: "tokens per example instead of the recipe's", min: 8 })),
          lr: s.optional(s.number({ doc: "peak learning rate instead of the recipe's", min: 0, exclusiveMin: true })),
          batch_size: s.optional(positive("examples per step instead of the recipe's")),
          epochs: s.optional(s.number({ doc: "epochs instead of the task's", min: 0, exclusiveMin: true })),
          eigen_max_iter: s.optional(positive("power iterations instead of the recipe's")),
          scale_period: s.boolean({ doc: "scale each task's quantize_period by this profile's steps over the full protocol's" }),
          checkpoint_every_steps: positive('checkpoint interval: a killed run continues from its last checkpoint'),
          logging_every_steps: positive('training metrics interval'),
        },
        { doc: 'a profile' },
      ),
      { doc: 'how much of the protocol a reproduction runs' },
    ),
    default_variant: s.string({ doc: 'the variant a reproduction takes by default' }),
    variants: s.record(
      s.object(
        {
          doc: s.string({ doc: 'what the variant is' }),
          semantics: s.enumOf(Semantics, { doc: 'how the schedule counts steps' }),
          grid: s.enumOf(Grid, { doc: 'the quantization grid' }),
        },
        { doc: 'a variant' },
      ),
      { doc: 'schedule semantics a reproduction can take' },
    ),
  },
  {
    doc: 'a reproduction recipe',
    rules: (recipe) => {
      const problems: s.RuleProblem[] = [];
      const missing = (at: string[], keys: string[]) => {
        for (const key of keys) problems.push({ key: [...at, 'sources'], message: `has no source for ${key}`, hint: `add "${key}": "<reference key>: <where in it>"` });
      };
      missing(['training'], unsourced(recipe.training, recipe.training.sources));
      missing(['quantization'], unsourced(recipe.quantization, recipe.quantization.sources));
      missing(['published'], unsourced(recipe.published, recipe.published.sources));
      for (const key of TASK_FIELDS.filter((field) => field !== 'task' && !Object.hasOwn(recipe.task_sources, field))) {
        problems.push({ key: 'task_sources', message: `has no source for the tasks' ${key}`, hint: `add "${key}": "<reference key>: <where in it>"` });
      }
      const cited = [recipe.training.sources, recipe.quantization.sources, recipe.task_sources, recipe.published.sources].flatMap((map) => Object.entries(map));
      for (const [key, text] of cited) {
        const reference = /^([\w-]+)/.exec(text)?.[1];
        if (reference === undefined || !(Object.hasOwn(recipe.references, reference) || text.startsWith('a deviation'))) {
          problems.push({ key: 'references', message: `the source of ${key} cites no reference key ("${text.slice(0, 40)}…")`, hint: `start it with one of ${Object.keys(recipe.references).join(', ')}, or with "a deviation" for a choice of moqlab's` });
        }
      }
      const seen = new Set<string>();
      for (const task of recipe.tasks) {
        if (seen.has(task.task)) problems.push({ key: 'tasks', message: `${task.task} is listed twice`, hint: 'list each task once' });
        seen.add(task.task);
        if (task.start_bits < recipe.quantization.target_bits) {
          problems.push({ key: 'tasks', message: `${task.task}'s start_bits ${task.start_bits} is below quantization.target_bits (${recipe.quantization.target_bits})`, hint: 'bits fall from start_bits to target_bits' });
        }
      }
      if (!Object.hasOwn(recipe.profiles, recipe.default_profile)) {
        problems.push({ key: 'default_profile', message: `names no profile (profiles: ${Object.keys(recipe.profiles).join(', ')})`, hint: 'name one of the profiles' });
      }
      if (!Object.hasOwn(recipe.variants, recipe.default_variant)) {
        problems.push({ key: 'default_variant', message: `names no variant (variants: ${Object.keys(recipe.variants).join(', ')})`, hint: 'name one of the variants' });
      }
      return problems;
    },
  },
);

export type Recipe = s.Infer<typeof recipeSchema>;
export type RecipeTask = s.Infer<typeof taskSchema>;
export type RecipeProfile = Recipe['profiles'][string];
export type RecipeVariant = Recipe['variants'][string];

/** Validates a recipe; one ConfigInvalid error lists every problem. */
export function parseRecipe(raw: unknown, label: string): Recipe {
  const { value, problems } = validate(recipeSchema, raw);
  if (value === undefined) throw configError(label, problems);
  return value;
}

/** JSON with object keys sorted at every level: the same protocol always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

function withoutKeys<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([key]) => !keys.includes(key))) as Partial<T>;
}

/** A profile and a variant of a recipe: what one reproduction runs. */
export interface Protocol {
  recipe: Recipe;
  profileName: string;
  profile: RecipeProfile;
  variantName: string;
  variant: RecipeVariant;
}

/** The profile and variant by name (the recipe's defaults when null); a name the recipe lacks is a usage error naming those it has. */
export function selectProtocol(recipe: Recipe, profileName: string | null, variantName: string | null): Protocol {
  const p = profileName ?? recipe.default_profile;
  const v = variantName ?? recipe.default_variant;
  const profile = recipe.profiles[p];
  if (profile === undefined) throw new MoqlabError(ErrorCode.Usage, `--profile ${p}: recipe ${recipe.name} has no such profile`, { hint: `choose one of ${Object.keys(recipe.profiles).join(', ')}` });
  const variant = recipe.variants[v];
  if (variant === undefined) throw new MoqlabError(ErrorCode.Usage, `--variant ${v}: recipe ${recipe.name} has no such variant`, { hint: `choose one of ${Object.keys(recipe.variants).join(', ')}` });
  return { recipe, profileName: p, profile, variantName: v, variant };
}

/**
 * The hash of every recipe value that reaches a run's config under this profile and variant, and of
 * nothing else: sources, published numbers and other profiles can change without invalidating runs.
 */
export function protocolHash(protocol: Protocol): string {
  const { recipe } = protocol;
  const protocolValues = {
    training: withoutKeys(recipe.training, ['sources']),
    quantization: withoutKeys(recipe.quantization, ['sources']),
    tasks: recipe.tasks.map((task) => withoutKeys(task, ['published', 'blog_eigenvalue'])),
    profile: withoutKeys(protocol.profile, ['doc', 'seeds']),
    variant: withoutKeys(protocol.variant, ['doc']),
  };
  return createHash('sha256').update(canonicalJson(protocolValues)).digest('hex');
}

/** A reproduction's identity: the same command on the same protocol and model finds the same group. */
export interface ReproIdentity {
  recipe: string;
  protocolHash: string;
  profile: string;
  variant: string;
  model: string;
}

export function reproIdentity(protocol: Protocol, model: string): ReproIdentity {
  return { recipe: protocol.recipe.name, protocolHash: protocolHash(protocol), profile: protocol.profileName, variant: protocol.variantName, model };
}

/**
 * The group id, 12 hex digits like compare's: the hash of the identity, so it never depends on the
 * machine (the GLUE directory, the device) and a changed protocol lands in a new group.
 */
export function reproGroupId(identity: ReproIdentity): string {
  return createHash('sha256').update(canonicalJson(identity)).digest('hex').slice(0, 12);
}

/** The seeds of a reproduction with `count` seeds. */
export function reproSeeds(recipe: Recipe, count: number): number[] {
  return Array.from({ length: count }, (_, i) => recipe.training.first_seed + i);
}

export interface RunKey {
  task: GlueTask;
  arm: Arm;
  seed: number;
}

export function runKeyText(key: RunKey): string {
  return `${key.task} ${key.arm} s${key.seed}`;
}

/** Every run of a reproduction, seed by seed: a reproduction stopped half-way has whole seeds, not whole tasks. */
export function reproKeys(tasks: readonly GlueTask[], seeds: readonly number[]): RunKey[] {
  return seeds.flatMap((seed) => tasks.flatMap((task) => REPRO_ARMS.map((arm) => ({ task, arm, seed }))));
}

export enum TaskData {
  Found = 'found',
  Missing = 'no data',
}

export interface ReproTaskEntry {
  recipe: RecipeTask;
  data: TaskData;
  /** The task's directory under the GLUE root; null without data. */
  dir: string | null;
}

/** Optimizer steps a task takes under the full protocol and under the profile (from the recipe's training set sizes). */
export function protocolSteps(protocol: Protocol, task: RecipeTask): { full: number; profile: number } {
  const { recipe, profile } = protocol;
  const full = totalSteps({ steps: 0, epochs: task.epochs, batch_size: recipe.training.batch_size, gradient_accumulation_steps: 1 }, task.train_examples);
  const examples = profile.max_train_examples > 0 ? Math.min(profile.max_train_examples, task.train_examples) : task.train_examples;
  const steps = totalSteps({ steps: 0, epochs: profile.epochs ?? task.epochs, batch_size: profile.batch_size ?? recipe.training.batch_size, gradient_accumulation_steps: 1 }, examples);
  return { full, profile: steps };
}

/**
 * The period a profile trains with. A profile that trains fewer steps scales the period by its
 * steps over the full protocol's (rounded down, at least 1), so each drop comes at the same fraction
 * of training as in the full protocol and MoQ reaches its target when the full protocol does.
 */
export function profilePeriod(protocol: Protocol, task: RecipeTask): number {
  if (!protocol.profile.scale_period) return task.quantize_period;
  const { full, profile } = protocolSteps(protocol, task);
  return Math.max(1, Math.floor((task.quantize_period * profile) / full));
}

export interface TaskConfigOptions {
  /** A model spec as a config takes it (minilm, hf:<dir>, ...). */
  model: string;
  /** The task's GLUE directory. */
  dataPath: string;
  /** The model's block count under the recipe's eigenvalue.layer_name (every block gets an eigenvalue). */
  layerNum: number;
  device: string;
  /** What relative paths (an hf:./dir model) resolve against. */
  baseDir: string;
}

/**
 * The experiment config of one task, the same for every arm and seed (the run takes its arm, and
 * compare's sweepRunConfig its seed): checked by the one config validator like any config file.
 */
export function taskExperimentConfig(protocol: Protocol, task: RecipeTask, options: TaskConfigOptions): ExperimentConfig {
  const { recipe, profile, variant } = protocol;
  const { training: t, quantization: q } = recipe;
  const raw = {
    name: `repro-glue-${task.task}`,
    model: { name: options.model },
    data: {
      name: 'glue',
      task: task.task,
      path: options.dataPath,
      max_seq_len: profile.max_seq_len ?? t.max_seq_len,
      max_train_examples: profile.max_train_examples,
      max_eval_examples: profile.max_eval_examples,
    },
    training: {
      epochs: profile.epochs ?? task.epochs,
      batch_size: profile.batch_size ?? t.batch_size,
      optimizer: { lr: profile.lr ?? t.lr, weight_decay: t.weight_decay },
      warmup_steps: t.warmup_steps,
      max_grad_norm: t.max_grad_norm,
      precision: t.precision,
      seed: t.first_seed,
    },
    logging: { every_steps: profile.logging_every_steps },
    checkpoint: { every_steps: profile.checkpoint_every_steps, final: false },
    device: options.device,
    quantize_training: {
      enabled: true,
      quantize_bits: { start_bits: task.start_bits, target_bits: q.target_bits },
      quantize_schedule: { quantize_period: profilePeriod(protocol, task), schedule_offset: q.schedule_offset },
      quantize_groups: q.quantize_groups,
      quantize_algo: { q_type: q.q_type, rounding: q.rounding },
      semantics: variant.semantics,
      grid: variant.grid,
      eigenvalue: {
        enabled: true,
        layer_name: q.eigenvalue.layer_name,
        layer_num: options.layerNum,
        max_iter: profile.eigen_max_iter ?? q.eigenvalue.max_iter,
        tol: q.eigenvalue.tol,
        stability: q.eigenvalue.stability,
        gas_boundary_resolution: q.eigenvalue.gas_boundary_resolution,
        clustering: q.eigenvalue.clustering,
      },
    },
  };
  return resolveExperimentConfig(raw, { baseDir: options.baseDir, label: `recipe ${recipe.name}, task ${task.task}, profile ${protocol.profileName}` });
}
