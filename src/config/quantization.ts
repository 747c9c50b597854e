/**
 * The MoQ sections of an experiment config (SEMANTICS.md §7), accepted in both layouts users
 * already have in their DeepSpeed configs — `quantize_training` (DeepSpeed ≤ 0.6) and
 * `compression_training.weight_quantization` (≥ 0.7) — plus moqlab's additions. Both layouts are
 * seen as a list of quantization groups, so one set of rules checks them and one function
 * resolves them into `QuantizationConfig`. Pure: no I/O.
 */
import * as s from './schema.js';
import { Clustering, Grid, QuantType, Rounding, Semantics } from './quantization-enums.js';
import { jsonPath, type ConfigWarning } from './validate.js';

export enum QuantLayout {
  QuantizeTraining = 'quantize_training',
  CompressionTraining = 'compression_training',
}

export interface QuantGroupConfig {
  /** 'default' for quantize_training; the different_groups key otherwise. */
  name: string;
  /** Module-name regex sources (searched, like Python's re.search); [] = every tensor the selection rules leave (src/schedule/selection.ts). */
  modules: string[];
  startBits: number;
  targetBits: number;
  /** quantize_period: the first drop's threshold, in counted optimizer steps (SEMANTICS.md §3). */
  period: number;
  /** Equal contiguous chunks per tensor; 1 when `groupSize` is set. */
  quantizeGroups: number;
  /** Blocks of this many consecutive inputs within each output row; null = grouping by `quantizeGroups`. */
  groupSize: number | null;
  qType: QuantType;
  rounding: Rounding;
  grid: Grid;
}

export interface EigenvalueConfig {
  enabled: boolean;
  verbose: boolean;
  maxIter: number;
  tol: number;
  stability: number;
  gasBoundaryResolution: number;
  /** Dotted path from the model to the indexable list of blocks. */
  layerName: string;
  /** The first `layerNum` entries of `layerName` are the blocks; > 0 when enabled. */
  layerNum: number;
  clustering: Clustering;
  /** Clusters for kmeans and quantile clustering. */
  regions: number;
}

/** The settings of the MoQ arm; a run without quantization has none (`ExperimentConfig.quantization` null). */
export interface QuantizationConfig {
  /** The layout the settings were written in (it sets the defaults, e.g. schedule_offset 1000 vs 0). */
  layout: QuantLayout;
  semantics: Semantics;
  scheduleOffset: number;
  groups: QuantGroupConfig[];
  /** Regexes naming tensors (parameter or module names); when given, only the tensors they name are quantized. */
  include: string[];
  /** Regexes naming tensors (parameter or module names) never quantized, by any group; they win over include. */
  exclude: string[];
  mixing: { enabled: boolean; changeRatio: number };
  verbose: boolean;
  /** Rewrite with the fused Triton kernel where it applies (CUDA); never changes the math; off by default until it has passed on a GPU. */
  quantizerKernel: boolean;
  eigenvalue: EigenvalueConfig;
}

/** The group name of the single group the quantize_training layout describes. */
export const DEFAULT_GROUP = 'default';

/** Other compression_training methods users have in their configs; moqlab does weight quantization only. */
const OTHER_COMPRESSION_METHODS = [
  'activation_quantization',
  'sparse_pruning',
  'row_pruning',
  'head_pruning',
  'channel_pruning',
  'layer_reduction',
] as const;

/** Target bit widths with a quantizer of their own (SEMANTICS.md §6). */
const LOW_BIT_QUANTIZERS: Readonly<Record<number, string>> = { 1: 'binary', 2: 'ternary' };

/** Node writes "Invalid regular expression: /SOURCE/: REASON"; the reason is what helps. `searched` says what the regex is tested against. */
function checkRegex(searched: string): (source: string) => s.Check | undefined {
  return (source) => {
    try {
      new RegExp(source);
      return undefined;
    } catch (e) {
      const message = (e as Error).message;
      const end = message.lastIndexOf('/: ');
      return {
        message: `is not a valid regular expression: ${end < 0 ? message : message.slice(end + 3)}`,
        hint: `${searched} are searched with this regex; escape a literal ( [ { * + ? with a backslash`,
      };
    }
  };
}

const DOTTED_PATH = /^\w+(\.\w+)*$/;

const bits = (doc: string, value?: number): s.NumberField =>
  s.integer({ doc, min: 1, max: 16, ...(value === undefined ? {} : { default: value }) });
const flag = (doc: string): s.BooleanField => s.boolean({ doc, default: false });
const moduleRegex = s.string({ doc: 'a module-name regular expression', check: checkRegex('module names') });
const tensorRegex = s.string({ doc: 'a regular expression searched in parameter and module names', check: checkRegex('parameter and module names') });

const eigenvalueSchema = s.object(
  {
    enabled: flag("stretch each block's quantization period by its Hessian eigenvalue (SEMANTICS.md §4)"),
    verbose: flag('log every eigenvalue computation'),
    max_iter: s.integer({ doc: 'power-iteration steps at most', default: 100, min: 1 }),
    tol: s.number({ doc: 'relative change of the eigenvalue that stops the power iteration', default: 1e-2, min: 0, exclusiveMin: true }),
    stability: s.number({ doc: 'added to the vector norm when normalising', default: 1e-6, min: 0 }),
    gas_boundary_resolution: s.integer({ doc: 'compute eigenvalues on every N-th optimizer step only', default: 1, min: 1 }),
    layer_name: s.string({
      doc: 'dotted path from the model to its list of blocks',
      default: 'bert.encoder.layer',
      check: (name) => (DOTTED_PATH.test(name) ? undefined : { message: 'must be a dotted module path', hint: 'e.g. bert.encoder.layer' }),
    }),
    layer_num: s.integer({ doc: 'how many blocks of layer_name get an eigenvalue; > 0 when enabled', default: 0, min: 0 }),
    clustering: s.enumOf(Clustering, { doc: 'how eigenvalues become period factors', default: Clustering.EqualWidth }),
    regions: s.integer({ doc: 'clusters for kmeans and quantile clustering', default: 5, min: 2 }),
  },
  { doc: 'eigenvalue-adapted quantization periods' },
);

const mixingSchema = s.object(
  {
    enabled: flag('blend the unquantized master into the working weights after each drop (SEMANTICS.md §5)'),
    quantize_change_ratio: s.number({
      doc: 'how fast the unquantized share falls per quantized step',
      default: 0.001,
      min: 0,
      max: 1,
      exclusiveMin: true,
    }),
  },
  { doc: 'fp16 mixing' },
);

/** moqlab's additions, shared by both layouts (inside quantize_training, or in shared_parameters). */
const moqlabFields = {
  group_size: s.optional(s.integer({ doc: 'quantize blocks of this many consecutive inputs of each output row', min: 1 })),
  grid: s.enumOf(Grid, { doc: 'the quantization grid (SEMANTICS.md §6)', default: Grid.Standard }),
  semantics: s.enumOf(Semantics, { doc: 'how the schedule counts steps (SEMANTICS.md §2)', default: Semantics.Moqlab }),
  include: s.array(tensorRegex, {
    doc: 'regexes naming the only tensors to quantize, by parameter or module name (empty: the default set of docs/MOQ.md, every trainable tensor of 2 or more dimensions but vector-shaped ones)',
    default: [],
  }),
  exclude: s.array(tensorRegex, { doc: 'regexes naming tensors never quantized, by parameter or module name; exclude wins over include', default: [] }),
  eigenvalue: eigenvalueSchema,
};

const algoSchema = s.object(
  {
    q_type: s.enumOf(QuantType, { doc: 'symmetric or asymmetric', default: QuantType.Symmetric }),
    rounding: s.enumOf(Rounding, { doc: 'nearest or stochastic', default: Rounding.Nearest }),
  },
  { doc: 'the quantizer' },
);

type KeyPath = readonly string[];

/** One group as a layout describes it, with where the values a rule may point at were written. */
interface GroupDraft {
  group: QuantGroupConfig;
  /** Key paths below the section; for compression_training, values may come from shared_parameters. */
  at: { targetBits: KeyPath; qType: KeyPath; rounding: KeyPath };
}

/** The rules both layouts share, given their groups and where their shared settings live. */
function sectionProblems(
  drafts: readonly GroupDraft[],
  levels: readonly { at: KeyPath; quantizeGroups: number | null; groupSize: number | null }[],
  eigen: { at: KeyPath; value: s.Infer<typeof eigenvalueSchema>; given: (key: string) => boolean },
): s.RuleProblem[] {
  const problems: s.RuleProblem[] = [];
  for (const { group, at } of drafts) {
    if (group.targetBits > group.startBits) {
      problems.push({
        key: at.targetBits,
        message: `must be <= start_bits (${group.startBits})`,
        hint: 'bits fall from start_bits to target_bits: lower target_bits or raise start_bits',
      });
    }
    const quantizer = LOW_BIT_QUANTIZERS[group.targetBits];
    if (quantizer !== undefined) {
      const which = `target_bits ${group.targetBits}${group.name === DEFAULT_GROUP ? '' : ` of group ${group.name}`} means ${quantizer} quantization`;
      const hint = `${quantizer} quantization takes symmetric values with nearest rounding only (SEMANTICS.md §6)`;
      if (group.qType !== QuantType.Symmetric) problems.push({ key: at.qType, message: `must be symmetric: ${which}`, hint });
      if (group.rounding !== Rounding.Nearest) problems.push({ key: at.rounding, message: `must be nearest: ${which}`, hint });
    }
  }
  for (const level of levels) {
    if (level.groupSize !== null && level.quantizeGroups !== null && level.quantizeGroups > 1) {
      problems.push({
        key: [...level.at, 'group_size'],
        message: `cannot be combined with quantize_groups ${level.quantizeGroups}`,
        hint: 'group by quantize_groups (equal chunks of a tensor) or by group_size (blocks within each row), not both',
      });
    }
  }
  if (eigen.value.enabled && eigen.value.layer_num === 0) {
    problems.push({
      key: [...eigen.at, 'layer_num'],
      message: 'must be > 0 when eigenvalue.enabled is true',
      hint: 'the number of blocks under layer_name, e.g. 12 for BERT-base',
    });
  }
  if (eigen.given('regions') && eigen.value.clustering === Clustering.EqualWidth) {
    problems.push({
      key: [...eigen.at, 'regions'],
      message: 'only applies to kmeans and quantile clustering',
      hint: 'remove it, or set eigenvalue.clustering to kmeans or quantile',
    });
  }
  return problems;
}

// --- quantize_training (DeepSpeed ≤ 0.6) ---------------------------------------------------------

const quantizeTrainingFields = {
  enabled: flag('quantize during training'),
  quantize_bits: s.object(
    {
      start_bits: bits('bits at the first quantized step', 16),
      target_bits: s.optional(bits('bits the schedule ends at; required when enabled')),
    },
    { doc: 'the bit range' },
  ),
  quantize_schedule: s.object(
    {
      quantize_period: s.integer({ doc: 'optimizer steps before the first drop; each later dwell doubles', default: 1000, min: 1 }),
      schedule_offset: s.integer({ doc: 'optimizer steps trained before quantization starts', default: 1000, min: 0 }),
    },
    { doc: 'when bits drop' },
  ),
  quantize_groups: s.integer({ doc: 'scales per tensor (equal contiguous chunks)', default: 1, min: 1 }),
  quantize_algo: algoSchema,
  'quantize-algo': s.optional(s.object(algoSchema.fields, { doc: 'deprecated spelling of quantize_algo' })),
  quantize_type: s.optional(s.enumOf(QuantType, { doc: 'deprecated spelling of quantize_algo.q_type' })),
  fp16_mixed_quantize: mixingSchema,
  quantize_verbose: flag('log every bit drop'),
  quantizer_kernel: flag('rewrite with the fused Triton kernel on CUDA (same math; off by default until it has passed on a GPU)'),
  ...moqlabFields,
};

/** A `quantize_training` section as validated: the file's keys, defaults filled. */
export type QuantizeTraining = s.InferShape<typeof quantizeTrainingFields>;

function quantizeTrainingGroups(section: QuantizeTraining): GroupDraft[] {
  const target = section.quantize_bits.target_bits;
  if (target === null) return [];
  const algoKey = section['quantize-algo'] === null ? 'quantize_algo' : 'quantize-algo';
  const algo = section['quantize-algo'] ?? section.quantize_algo;
  return [
    {
      group: {
        name: DEFAULT_GROUP,
        modules: [],
        startBits: section.quantize_bits.start_bits,
        targetBits: target,
        period: section.quantize_schedule.quantize_period,
        quantizeGroups: section.quantize_groups,
        groupSize: section.group_size,
        qType: section.quantize_type ?? algo.q_type,
        rounding: algo.rounding,
        grid: section.grid,
      },
      at: {
        targetBits: ['quantize_bits', 'target_bits'],
        qType: section.quantize_type === null ? [algoKey, 'q_type'] : ['quantize_type'],
        rounding: [algoKey, 'rounding'],
      },
    },
  ];
}

export const quantizeTrainingSchema = s.object(quantizeTrainingFields, {
  doc: 'MoQ in the DeepSpeed ≤ 0.6 layout',
  rules: (section, given) => {
    const problems: s.RuleProblem[] = [];
    // DeepSpeed's docs spelled these two ways; both at once would leave one silently unused.
    if (given('quantize-algo') && given('quantize_algo')) {
      problems.push({
        key: 'quantize-algo',
        message: 'cannot be combined with quantize_algo (it is an old spelling of it)',
        hint: 'keep quantize_algo',
      });
    }
    const algoKey = given('quantize-algo') ? 'quantize-algo' : 'quantize_algo';
    if (given('quantize_type') && given(algoKey, 'q_type')) {
      problems.push({
        key: 'quantize_type',
        message: `cannot be combined with ${algoKey}.q_type (it is an old spelling of it)`,
        hint: `keep ${algoKey}.q_type`,
      });
    }
    if (!section.enabled) return problems;
    if (section.quantize_bits.target_bits === null) {
      problems.push({ key: ['quantize_bits', 'target_bits'], message: 'is required when quantize_training.enabled is true', hint: 'e.g. 8' });
    }
    return [
      ...problems,
      ...sectionProblems(
        quantizeTrainingGroups(section),
        [{ at: [], quantizeGroups: section.quantize_groups, groupSize: section.group_size }],
        { at: ['eigenvalue'], value: section.eigenvalue, given: (key) => given('eigenvalue', key) },
      ),
    ];
  },
});

// --- compression_training.weight_quantization (DeepSpeed ≥ 0.7) --------------------------------

const groupParamsSchema = s.object(
  {
    start_bits: bits('bits at the first quantized step'),
    target_bits: bits('bits the schedule ends at'),
    // 0 appears in DeepSpeedExamples' configs for groups whose bits never change; it is accepted there only.
    quantization_period: s.integer({ doc: 'optimizer steps before the first drop; each later dwell doubles (0 only when start_bits = target_bits)', default: 1, min: 0 }),
    quantize_groups: s.optional(s.integer({ doc: "this group's scales per tensor", min: 1 })),
    group_size: s.optional(s.integer({ doc: "this group's block size within each row", min: 1 })),
    quantization_type: s.optional(s.enumOf(QuantType, { doc: "this group's quantizer: symmetric or asymmetric" })),
    rounding: s.optional(s.enumOf(Rounding, { doc: "this group's rounding: nearest or stochastic" })),
    grid: s.optional(s.enumOf(Grid, { doc: "this group's quantization grid" })),
  },
  {
    doc: "a group's schedule and overrides of shared_parameters",
    rules: (params) =>
      params.quantization_period === 0 && params.start_bits !== params.target_bits
        ? [{ key: 'quantization_period', message: `must be ≥ 1 when the bits change (start_bits ${params.start_bits} → target_bits ${params.target_bits})`, hint: 'set the optimizer steps before the first drop, e.g. 50' }]
        : [],
  },
);

const sharedParametersSchema = s.object(
  {
    enabled: flag('quantize weights during training'),
    quantizer_kernel: flag('rewrite with the fused Triton kernel on CUDA (same math; off by default until it has passed on a GPU)'),
    schedule_offset: s.integer({ doc: 'optimizer steps trained before quantization starts', default: 0, min: 0 }),
    quantize_groups: s.integer({ doc: 'scales per tensor (equal contiguous chunks)', default: 1, min: 1 }),
    quantize_verbose: flag('log every bit drop'),
    quantization_type: s.enumOf(QuantType, { doc: 'symmetric or asymmetric', default: QuantType.Symmetric }),
    rounding: s.enumOf(Rounding, { doc: 'nearest or stochastic', default: Rounding.Nearest }),
    fp16_mixed_quantize: mixingSchema,
    quantize_weight_in_forward: s.boolean({
      doc: 'must stay false: moqlab quantizes by rewriting weights after the optimizer step',
      default: false,
      check: (inForward) =>
        inForward
          ? {
              message: 'is not supported: moqlab quantizes by rewriting the weights after each optimizer step (MoQ), not in forward',
              hint: 'remove it or set it to false',
            }
          : undefined,
    }),
    ...moqlabFields,
  },
  { doc: 'settings shared by every group' },
);

const weightQuantizationFields = {
  shared_parameters: sharedParametersSchema,
  different_groups: s.record(
    s.object(
      {
        params: groupParamsSchema,
        modules: s.array(moduleRegex, { doc: 'module-name regexes this group quantizes', minItems: 1 }),
      },
      { doc: 'a quantization group' },
    ),
    { doc: 'quantization groups by name', default: {} },
  ),
};

type WeightQuantization = s.InferShape<typeof weightQuantizationFields>;

const weightQuantizationSchema = s.object(weightQuantizationFields, {
  doc: 'MoQ in the DeepSpeed ≥ 0.7 layout',
  rules: (wq, given) => {
    const shared = wq.shared_parameters;
    if (!shared.enabled) return [];
    const problems: s.RuleProblem[] = [];
    if (Object.keys(wq.different_groups).length === 0) {
      problems.push({
        key: 'different_groups',
        message: 'must have at least one group when shared_parameters.enabled is true',
        hint: 'e.g. "wq1": {"params": {"start_bits": 12, "target_bits": 8}, "modules": ["attention", "intermediate"]}',
      });
    }
    const levels = [
      { at: ['shared_parameters'], quantizeGroups: shared.quantize_groups, groupSize: shared.group_size },
      ...Object.entries(wq.different_groups).map(([name, { params }]) => ({
        at: ['different_groups', name, 'params'],
        quantizeGroups: params.quantize_groups,
        groupSize: params.group_size,
      })),
    ];
    return [
      ...problems,
      ...sectionProblems(compressionGroups(wq), levels, {
        at: ['shared_parameters', 'eigenvalue'],
        value: shared.eigenvalue,
        given: (key) => given('shared_parameters', 'eigenvalue', key),
      }),
    ];
  },
});

function compressionGroups(wq: WeightQuantization): GroupDraft[] {
  const shared = wq.shared_parameters;
  return Object.entries(wq.different_groups).map(([name, { params, modules }]) => {
    const own = ['different_groups', name, 'params'];
    // A group that sets either grouping key replaces the shared grouping as a whole: its
    // group_size next to a shared quantize_groups would be two groupings at once.
    const ownGrouping = params.quantize_groups !== null || params.group_size !== null;
    return {
      group: {
        name,
        modules,
        startBits: params.start_bits,
        targetBits: params.target_bits,
        period: Math.max(params.quantization_period, 1),
        quantizeGroups: ownGrouping ? (params.quantize_groups ?? 1) : shared.quantize_groups,
        groupSize: ownGrouping ? params.group_size : shared.group_size,
        qType: params.quantization_type ?? shared.quantization_type,
        rounding: params.rounding ?? shared.rounding,
        grid: params.grid ?? shared.grid,
      },
      at: {
        targetBits: [...own, 'target_bits'],
        qType: params.quantization_type === null ? ['shared_parameters', 'quantization_type'] : [...own, 'quantization_type'],
        rounding: params.rounding === null ? ['shared_parameters', 'rounding'] : [...own, 'rounding'],
      },
    };
  });
}

function ignoredMethod(method: (typeof OTHER_COMPRESSION_METHODS)[number]): s.OptionalField<unknown> {
  return s.optional(s.json({ doc: `DeepSpeed's ${method}; ignored by moqlab` }));
}

export const compressionTrainingSchema = s.object(
  {
    weight_quantization: s.optional(weightQuantizationSchema),
    // Accepted so that whole DeepSpeed sections can be pasted in; resolving warns that they are ignored.
    activation_quantization: ignoredMethod('activation_quantization'),
    sparse_pruning: ignoredMethod('sparse_pruning'),
    row_pruning: ignoredMethod('row_pruning'),
    head_pruning: ignoredMethod('head_pruning'),
    channel_pruning: ignoredMethod('channel_pruning'),
    layer_reduction: ignoredMethod('layer_reduction'),
  },
  { doc: 'DeepSpeed ≥ 0.7 compression; moqlab uses weight_quantization only' },
);

/** A `compression_training` section as validated: the file's keys, defaults filled. */
export type CompressionTraining = s.Infer<typeof compressionTrainingSchema>;

// --- resolution -----------------------------------------------------------------------------------

function resolveEigenvalue(e: s.Infer<typeof eigenvalueSchema>): EigenvalueConfig {
  return {
    enabled: e.enabled,
    verbose: e.verbose,
    maxIter: e.max_iter,
    tol: e.tol,
    stability: e.stability,
    gasBoundaryResolution: e.gas_boundary_resolution,
    layerName: e.layer_name,
    layerNum: e.layer_num,
    clustering: e.clustering,
    regions: e.regions,
  };
}

function fromQuantizeTraining(section: QuantizeTraining, warn: (warning: ConfigWarning) => void): QuantizationConfig | null {
  const at = (...keys: string[]): string => jsonPath([QuantLayout.QuantizeTraining, ...keys]);
  if (section['quantize-algo'] !== null) {
    warn({ path: at('quantize-algo'), message: 'is a deprecated spelling of quantize_algo; rename the key' });
  }
  if (section.quantize_type !== null) {
    warn({
      path: at('quantize_type'),
      message: `is a deprecated spelling of quantize_algo.q_type; write "quantize_algo": {"q_type": "${section.quantize_type}"}`,
    });
  }
  if (!section.enabled) {
    warn({ path: at('enabled'), message: 'is false: the run trains without quantization' });
    return null;
  }
  return {
    layout: QuantLayout.QuantizeTraining,
    semantics: section.semantics,
    scheduleOffset: section.quantize_schedule.schedule_offset,
    groups: quantizeTrainingGroups(section).map((draft) => draft.group),
    include: section.include,
    exclude: section.exclude,
    mixing: { enabled: section.fp16_mixed_quantize.enabled, changeRatio: section.fp16_mixed_quantize.quantize_change_ratio },
    verbose: section.quantize_verbose,
    quantizerKernel: section.quantizer_kernel,
    eigenvalue: resolveEigenvalue(section.eigenvalue),
  };
}

function fromCompressionTraining(section: CompressionTraining, warn: (warning: ConfigWarning) => void): QuantizationConfig | null {
  const ignored = OTHER_COMPRESSION_METHODS.filter((method) => section[method] !== null);
  if (ignored.length > 0) {
    warn({
      path: jsonPath([QuantLayout.CompressionTraining]),
      message: `ignored compression methods (moqlab does weight quantization only): ${ignored.join(', ')}`,
    });
  }
  const wq = section.weight_quantization;
  if (wq === null) {
    warn({ path: jsonPath([QuantLayout.CompressionTraining]), message: 'has no weight_quantization: the run trains without quantization' });
    return null;
  }
  const shared = wq.shared_parameters;
  if (!shared.enabled) {
    warn({
      path: jsonPath([QuantLayout.CompressionTraining, 'weight_quantization', 'shared_parameters', 'enabled']),
      message: 'is false: the run trains without quantization',
    });
    return null;
  }
  return {
    layout: QuantLayout.CompressionTraining,
    semantics: shared.semantics,
    scheduleOffset: shared.schedule_offset,
    groups: compressionGroups(wq).map((draft) => draft.group),
    include: shared.include,
    exclude: shared.exclude,
    mixing: { enabled: shared.fp16_mixed_quantize.enabled, changeRatio: shared.fp16_mixed_quantize.quantize_change_ratio },
    verbose: shared.quantize_verbose,
    quantizerKernel: shared.quantizer_kernel,
    eigenvalue: resolveEigenvalue(shared.eigenvalue),
  };
}

/**
 * The MoQ arm's settings from a validated experiment config, or null when it asks for no
 * quantization (no section, or a disabled one). Assumes at most one layout is present, which the
 * experiment schema checks.
 */
export function resolveQuantization(
  sections: { quantize_training: QuantizeTraining | null; compression_training: CompressionTraining | null },
  warn: (warning: ConfigWarning) => void,
): QuantizationConfig | null {
  if (sections.quantize_training !== null) return fromQuantizeTraining(sections.quantize_training, warn);
  if (sections.compression_training !== null) return fromCompressionTraining(sections.compression_training, warn);
  return null;
}
