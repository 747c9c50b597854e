import { describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import {
  Clustering,
  experimentSchema,
  formatProblem,
  Grid,
  QuantLayout,
  QuantType,
  resolveExperimentConfig,
  Rounding,
  Semantics,
  validate,
  type ConfigWarning,
  type EigenvalueConfig,
  type QuantGroupConfig,
  type QuantizationConfig,
} from '../../src/config/index.js';

const BASE = '/home/me/exp';
const MINIMAL = { model: { name: 'cnn' }, data: { name: 'fashion-mnist' } };

function resolveWith(sections: Record<string, unknown>): { quantization: QuantizationConfig | null; warnings: ConfigWarning[] } {
  const warnings: ConfigWarning[] = [];
  const config = resolveExperimentConfig({ ...MINIMAL, ...sections }, { baseDir: BASE, onWarning: (w) => warnings.push(w) });
  return { quantization: config.quantization, warnings };
}

/** The problems of a config with these sections, each as the line the error message shows. */
function problemLines(sections: Record<string, unknown>): string[] {
  return validate(experimentSchema, { ...MINIMAL, ...sections }).problems.map(formatProblem);
}

const quantizeTraining = (section: Record<string, unknown>): Record<string, unknown> => ({
  quantize_training: { enabled: true, quantize_bits: { target_bits: 8 }, ...section },
});

const weightQuantization = (shared: Record<string, unknown>, groups: Record<string, unknown>): Record<string, unknown> => ({
  compression_training: { weight_quantization: { shared_parameters: { enabled: true, ...shared }, different_groups: groups } },
});

const EIGEN_DEFAULTS: EigenvalueConfig = {
  enabled: false,
  verbose: false,
  maxIter: 100,
  tol: 1e-2,
  stability: 1e-6,
  gasBoundaryResolution: 1,
  layerName: 'bert.encoder.layer',
  layerNum: 0,
  clustering: Clustering.EqualWidth,
  regions: 5,
};

const GROUP_DEFAULTS: Omit<QuantGroupConfig, 'name' | 'modules' | 'startBits' | 'targetBits' | 'period'> = {
  quantizeGroups: 1,
  groupSize: null,
  qType: QuantType.Symmetric,
  rounding: Rounding.Nearest,
  grid: Grid.Standard,
};

describe('quantization sections: absent or disabled', () => {
  it('resolves to no quantization without a section, and says nothing', () => {
    expect(resolveWith({})).toEqual({ quantization: null, warnings: [] });
  });

  it('resolves a disabled section to no quantization, with a warning, and needs no target_bits then', () => {
    expect(resolveWith({ quantize_training: { enabled: false } })).toEqual({
      quantization: null,
      warnings: [{ path: '$.quantize_training.enabled', message: 'is false: the run trains without quantization' }],
    });
    expect(resolveWith({ compression_training: { weight_quantization: { shared_parameters: { enabled: false } } } })).toEqual({
      quantization: null,
      warnings: [
        { path: '$.compression_training.weight_quantization.shared_parameters.enabled', message: 'is false: the run trains without quantization' },
      ],
    });
    expect(resolveWith({ compression_training: {} }).quantization).toBeNull();
  });
});

describe('quantize_training (DeepSpeed <= 0.6 layout)', () => {
  it('fills the defaults of SEMANTICS.md §7', () => {
    expect(resolveWith(quantizeTraining({}))).toEqual({
      quantization: {
        layout: QuantLayout.QuantizeTraining,
        semantics: Semantics.Moqlab,
        scheduleOffset: 1000,
        groups: [{ name: 'default', modules: [], startBits: 16, targetBits: 8, period: 1000, ...GROUP_DEFAULTS }],
        include: [],
        exclude: [],
        mixing: { enabled: false, changeRatio: 0.001 },
        verbose: false,
        quantizerKernel: false,
        eigenvalue: EIGEN_DEFAULTS,
      },
      warnings: [],
    });
  });

  it('takes every key and the moqlab additions', () => {
    const { quantization } = resolveWith(
      quantizeTraining({
        quantize_bits: { start_bits: 12, target_bits: 4 },
        quantize_schedule: { quantize_period: 10, schedule_offset: 100 },
        group_size: 64,
        quantize_algo: { q_type: 'asymmetric', rounding: 'stochastic' },
        fp16_mixed_quantize: { enabled: true, quantize_change_ratio: 0.01 },
        quantize_verbose: true,
        quantizer_kernel: true,
        grid: 'deepspeed',
        semantics: 'deepspeed-legacy',
        include: ['\\.weight$', 'in_proj_weight'],
        exclude: ['classifier', '^bert\\.embeddings\\.'],
        eigenvalue: { enabled: true, layer_num: 2, clustering: 'kmeans', regions: 3, max_iter: 20, tol: 0.001, stability: 0 },
      }),
    );
    expect(quantization).toEqual({
      layout: QuantLayout.QuantizeTraining,
      semantics: Semantics.DeepspeedLegacy,
      scheduleOffset: 100,
      groups: [
        {
          name: 'default',
          modules: [],
          startBits: 12,
          targetBits: 4,
          period: 10,
          quantizeGroups: 1,
          groupSize: 64,
          qType: QuantType.Asymmetric,
          rounding: Rounding.Stochastic,
          grid: Grid.Deepspeed,
        },
      ],
      include: ['\\.weight$', 'in_proj_weight'],
      exclude: ['classifier', '^bert\\.embeddings\\.'],
      mixing: { enabled: true, changeRatio: 0.01 },
      verbose: true,
      quantizerKernel: true,
      eigenvalue: { ...EIGEN_DEFAULTS, enabled: true, layerNum: 2, clustering: Clustering.Kmeans, regions: 3, maxIter: 20, tol: 0.001, stability: 0 },
    });
  });

  it("accepts the docs' aliases quantize-algo and quantize_type with a warning naming the canonical key", () => {
    const algo = resolveWith(quantizeTraining({ 'quantize-algo': { q_type: 'asymmetric' } }));
    expect(algo.quantization?.groups[0]?.qType).toBe(QuantType.Asymmetric);
    expect(algo.warnings).toEqual([{ path: '$.quantize_training["quantize-algo"]', message: 'is a deprecated spelling of quantize_algo; rename the key' }]);

    const type = resolveWith(quantizeTraining({ quantize_type: 'asymmetric', quantize_algo: { rounding: 'stochastic' } }));
    expect(type.quantization?.groups[0]).toMatchObject({ qType: QuantType.Asymmetric, rounding: Rounding.Stochastic });
    expect(type.warnings).toEqual([
      {
        path: '$.quantize_training.quantize_type',
        message: 'is a deprecated spelling of quantize_algo.q_type; write "quantize_algo": {"q_type": "asymmetric"}',
      },
    ]);
  });
});

describe('compression_training.weight_quantization (DeepSpeed >= 0.7 layout)', () => {
  it('fills the defaults of SEMANTICS.md §7', () => {
    expect(resolveWith(weightQuantization({}, { wq1: { params: { start_bits: 12, target_bits: 8 }, modules: ['attention'] } }))).toEqual({
      quantization: {
        layout: QuantLayout.CompressionTraining,
        semantics: Semantics.Moqlab,
        scheduleOffset: 0,
        groups: [{ name: 'wq1', modules: ['attention'], startBits: 12, targetBits: 8, period: 1, ...GROUP_DEFAULTS }],
        include: [],
        exclude: [],
        mixing: { enabled: false, changeRatio: 0.001 },
        verbose: false,
        quantizerKernel: false,
        eigenvalue: EIGEN_DEFAULTS,
      },
      warnings: [],
    });
  });

  it('lets each group fall back to the shared values or override them', () => {
    const { quantization } = resolveWith(
      weightQuantization(
        { quantize_groups: 8, quantization_type: 'asymmetric', rounding: 'stochastic', grid: 'deepspeed', schedule_offset: 50 },
        {
          inherits: { params: { start_bits: 12, target_bits: 8, quantization_period: 10 }, modules: ['attention'] },
          overrides: {
            params: { start_bits: 8, target_bits: 4, quantization_type: 'symmetric', rounding: 'nearest', grid: 'standard', group_size: 128 },
            modules: ['intermediate', 'output'],
          },
          regroups: { params: { start_bits: 8, target_bits: 8, quantize_groups: 4 }, modules: ['classifier'] },
        },
      ),
    );
    expect(quantization?.scheduleOffset).toBe(50);
    expect(quantization?.groups).toEqual([
      {
        name: 'inherits',
        modules: ['attention'],
        startBits: 12,
        targetBits: 8,
        period: 10,
        quantizeGroups: 8,
        groupSize: null,
        qType: QuantType.Asymmetric,
        rounding: Rounding.Stochastic,
        grid: Grid.Deepspeed,
      },
      // A group's own grouping replaces the shared one as a whole.
      {
        name: 'overrides',
        modules: ['intermediate', 'output'],
        startBits: 8,
        targetBits: 4,
        period: 1,
        quantizeGroups: 1,
        groupSize: 128,
        qType: QuantType.Symmetric,
        rounding: Rounding.Nearest,
        grid: Grid.Standard,
      },
      {
        name: 'regroups',
        modules: ['classifier'],
        startBits: 8,
        targetBits: 8,
        period: 1,
        quantizeGroups: 4,
        groupSize: null,
        qType: QuantType.Asymmetric,
        rounding: Rounding.Stochastic,
        grid: Grid.Deepspeed,
      },
    ]);
  });

  it('reports the other compression methods in one warning as ignored', () => {
    const { warnings } = resolveWith({
      compression_training: {
        weight_quantization: { shared_parameters: { enabled: true }, different_groups: { wq1: { params: { start_bits: 8, target_bits: 8 }, modules: ['.'] } } },
        activation_quantization: { shared_parameters: { enabled: true } },
        sparse_pruning: { shared_parameters: { enabled: false } },
        layer_reduction: { enabled: false },
      },
    });
    expect(warnings).toEqual([
      {
        path: '$.compression_training',
        message: 'ignored compression methods (moqlab does weight quantization only): activation_quantization, sparse_pruning, layer_reduction',
      },
    ]);
  });
});

describe("DeepSpeed's own example configs resolve", () => {
  it('the MoQ tutorial (deepspeed.ai/tutorials/MoQ-tutorial), first example', () => {
    const { quantization, warnings } = resolveWith({
      quantize_training: {
        enabled: true,
        quantize_verbose: true,
        quantizer_kernel: true,
        'quantize-algo': { q_type: 'symmetric' },
        quantize_bits: { start_bits: 16, target_bits: 8 },
        quantize_schedule: { quantize_period: 400, schedule_offset: 0 },
        quantize_groups: 8,
      },
    });
    expect(quantization).toMatchObject({ scheduleOffset: 0, verbose: true, quantizerKernel: true });
    expect(quantization?.groups).toEqual([{ name: 'default', modules: [], startBits: 16, targetBits: 8, period: 400, ...GROUP_DEFAULTS, quantizeGroups: 8 }]);
    expect(warnings.map((w) => w.path)).toEqual(['$.quantize_training["quantize-algo"]']);
  });

  it('the MoQ tutorial, eigenvalue example', () => {
    const { quantization, warnings } = resolveWith({
      quantize_training: {
        enabled: true,
        quantize_verbose: true,
        quantizer_kernel: true,
        quantize_type: 'symmetric',
        quantize_bits: { start_bits: 12, target_bits: 8 },
        quantize_schedule: { quantize_period: 10, schedule_offset: 0 },
        quantize_groups: 8,
        fp16_mixed_quantize: { enabled: false, quantize_change_ratio: 0.001 },
        eigenvalue: {
          enabled: true,
          verbose: true,
          max_iter: 50,
          tol: 1e-2,
          stability: 0,
          gas_boundary_resolution: 1,
          layer_name: 'bert.encoder.layer',
          layer_num: 12,
        },
      },
    });
    expect(quantization?.groups[0]).toMatchObject({ startBits: 12, targetBits: 8, period: 10, quantizeGroups: 8 });
    expect(quantization?.eigenvalue).toEqual({ ...EIGEN_DEFAULTS, enabled: true, verbose: true, maxIter: 50, stability: 0, layerNum: 12 });
    expect(warnings.map((w) => w.path)).toEqual(['$.quantize_training.quantize_type']);
  });

  it("DeepSpeedExamples' training/MoQ/test.json", () => {
    const { quantization, warnings } = resolveWith({
      quantize_training: {
        enabled: true,
        quantize_verbose: true,
        quantizer_kernel: true,
        quantize_algo: { q_type: 'symmetric' },
        quantize_bits: { start_bits: 16, target_bits: 8 },
        quantize_schedule: { quantize_period: 400, schedule_offset: 0 },
        quantize_groups: 8,
      },
    });
    expect(quantization?.groups[0]).toMatchObject({ startBits: 16, targetBits: 8, period: 400, quantizeGroups: 8 });
    expect(warnings).toEqual([]);
  });

  it('the config-json reference, weight quantization', () => {
    const { quantization, warnings } = resolveWith({
      compression_training: {
        weight_quantization: {
          shared_parameters: {
            enabled: true,
            quantizer_kernel: false,
            schedule_offset: 0,
            quantize_groups: 1,
            quantize_verbose: false,
            quantization_type: 'symmetric',
            rounding: 'nearest',
            quantize_weight_in_forward: false,
            fp16_mixed_quantize: { enabled: false, quantize_change_ratio: 0.001 },
          },
          different_groups: {
            wq1: { params: { start_bits: 8, target_bits: 8, quantization_period: 50 }, modules: ['attention.self', 'intermediate'] },
            wq2: { params: { start_bits: 4, target_bits: 4, quantization_period: 50 }, modules: ['attention.output'] },
          },
        },
      },
    });
    expect(quantization?.groups).toEqual([
      { name: 'wq1', modules: ['attention.self', 'intermediate'], startBits: 8, targetBits: 8, period: 50, ...GROUP_DEFAULTS },
      { name: 'wq2', modules: ['attention.output'], startBits: 4, targetBits: 4, period: 50, ...GROUP_DEFAULTS },
    ]);
    expect(warnings).toEqual([]);
  });

  it("DeepSpeed's compression test config: asymmetric groups next to activation quantization", () => {
    const { quantization, warnings } = resolveWith({
      compression_training: {
        weight_quantization: {
          shared_parameters: {
            enabled: true,
            quantizer_kernel: false,
            schedule_offset: 50,
            quantize_groups: 1,
            quantize_verbose: false,
            quantization_type: 'asymmetric',
            rounding: 'nearest',
            fp16_mixed_quantize: { enabled: false, quantize_change_ratio: 0.001 },
          },
          different_groups: {
            wq1: { params: { start_bits: 12, target_bits: 8, quantization_period: 50 }, modules: ['attention.self', 'intermediate'] },
            wq2: { params: { start_bits: 12, target_bits: 4, quantization_period: 50 }, modules: ['attention.output'] },
          },
        },
        activation_quantization: {
          shared_parameters: { enabled: true, quantization_type: 'asymmetric', range_calibration: 'dynamic', schedule_offset: 50 },
          different_groups: { aq1: { params: { bits: 8 }, modules: ['attention.output'] } },
        },
      },
    });
    expect(quantization?.groups.map((g) => [g.name, g.startBits, g.targetBits, g.qType])).toEqual([
      ['wq1', 12, 8, QuantType.Asymmetric],
      ['wq2', 12, 4, QuantType.Asymmetric],
    ]);
    expect(warnings.map((w) => w.message)).toEqual(['ignored compression methods (moqlab does weight quantization only): activation_quantization']);
  });
});

describe('quantization sections: problems, with their exact text', () => {
  const wq = '$.compression_training.weight_quantization';

  it.each([
    // Misspelled keys, with the nearest valid key.
    [
      { quantize_training: { enabled: true, quantize_bits: { target_bit: 8 } } },
      [
        "$.quantize_training.quantize_bits.target_bit: unknown key (got 8); did you mean 'target_bits'?",
        '$.quantize_training.quantize_bits.target_bits: is required when quantize_training.enabled is true; e.g. 8',
      ],
    ],
    [quantizeTraining({ quantize_period: 10 }), ["$.quantize_training.quantize_period: unknown key (got 10); did you mean 'quantize_schedule.quantize_period'?"]],
    [{ quantise_training: {} }, ["$.quantise_training: unknown key (got {}); did you mean 'quantize_training'?"]],
    [{ quantize_bits: { target_bits: 8 } }, ['$.quantize_bits: unknown key (got {"target_bits":8}); did you mean \'quantize_training.quantize_bits\'?']],
    [
      weightQuantization({}, { wq1: { params: { start_bits: 8, target_bits: 8, quantize_period: 5 }, modules: ['a'] } }),
      [`${wq}.different_groups.wq1.params.quantize_period: unknown key (got 5); did you mean 'quantization_period'?`],
    ],
    // Out-of-range values.
    [quantizeTraining({ quantize_bits: { target_bits: 0 } }), ['$.quantize_training.quantize_bits.target_bits: must be in [1, 16] (got 0)']],
    [quantizeTraining({ quantize_bits: { start_bits: 32, target_bits: 8 } }), ['$.quantize_training.quantize_bits.start_bits: must be in [1, 16] (got 32)']],
    [quantizeTraining({ quantize_bits: { target_bits: 7.5 } }), ['$.quantize_training.quantize_bits.target_bits: must be an integer (got 7.5)']],
    [
      quantizeTraining({ quantize_bits: { start_bits: 8, target_bits: 12 } }),
      ['$.quantize_training.quantize_bits.target_bits: must be <= start_bits (8) (got 12); bits fall from start_bits to target_bits: lower target_bits or raise start_bits'],
    ],
    [
      quantizeTraining({ fp16_mixed_quantize: { enabled: true, quantize_change_ratio: 0 } }),
      ['$.quantize_training.fp16_mixed_quantize.quantize_change_ratio: must be in (0, 1] (got 0)'],
    ],
    [
      quantizeTraining({ fp16_mixed_quantize: { enabled: true, quantize_change_ratio: 1.5 } }),
      ['$.quantize_training.fp16_mixed_quantize.quantize_change_ratio: must be in (0, 1] (got 1.5)'],
    ],
    [quantizeTraining({ quantize_schedule: { quantize_period: 0 } }), ['$.quantize_training.quantize_schedule.quantize_period: must be >= 1 (got 0)']],
    [quantizeTraining({ quantize_schedule: { schedule_offset: -1 } }), ['$.quantize_training.quantize_schedule.schedule_offset: must be >= 0 (got -1)']],
    [quantizeTraining({ quantize_groups: 0 }), ['$.quantize_training.quantize_groups: must be >= 1 (got 0)']],
    [quantizeTraining({ eigenvalue: { regions: 1, clustering: 'kmeans' } }), ['$.quantize_training.eigenvalue.regions: must be >= 2 (got 1)']],
    [quantizeTraining({ semantics: 'legacy' }), ['$.quantize_training.semantics: must be one of moqlab, deepspeed-legacy (got "legacy")']],
    [quantizeTraining({ grid: 'deepseed' }), ['$.quantize_training.grid: must be one of standard, deepspeed (got "deepseed"); did you mean \'deepspeed\'?']],
    [
      weightQuantization({ fp16_mixed_quantize: false }, { wq1: { params: { start_bits: 8, target_bits: 8 }, modules: ['a'] } }),
      [`${wq}.shared_parameters.fp16_mixed_quantize: must be an object (got false)`],
    ],
    // Ternary and binary need symmetric values and nearest rounding.
    [
      quantizeTraining({ quantize_bits: { target_bits: 2 }, quantize_algo: { rounding: 'stochastic' } }),
      [
        '$.quantize_training.quantize_algo.rounding: must be nearest: target_bits 2 means ternary quantization (got "stochastic"); ternary quantization takes symmetric values with nearest rounding only (SEMANTICS.md §6)',
      ],
    ],
    [
      quantizeTraining({ quantize_bits: { target_bits: 1 }, quantize_type: 'asymmetric' }),
      [
        '$.quantize_training.quantize_type: must be symmetric: target_bits 1 means binary quantization (got "asymmetric"); binary quantization takes symmetric values with nearest rounding only (SEMANTICS.md §6)',
      ],
    ],
    [
      weightQuantization({ quantization_type: 'asymmetric' }, { low: { params: { start_bits: 8, target_bits: 2 }, modules: ['a'] } }),
      [
        `${wq}.shared_parameters.quantization_type: must be symmetric: target_bits 2 of group low means ternary quantization (got "asymmetric"); ternary quantization takes symmetric values with nearest rounding only (SEMANTICS.md §6)`,
      ],
    ],
    [
      weightQuantization({}, { low: { params: { start_bits: 8, target_bits: 2, rounding: 'stochastic' }, modules: ['a'] } }),
      [
        `${wq}.different_groups.low.params.rounding: must be nearest: target_bits 2 of group low means ternary quantization (got "stochastic"); ternary quantization takes symmetric values with nearest rounding only (SEMANTICS.md §6)`,
      ],
    ],
    // An alias next to its canonical key.
    [
      quantizeTraining({ quantize_algo: { q_type: 'symmetric' }, 'quantize-algo': { q_type: 'symmetric' } }),
      ['$.quantize_training["quantize-algo"]: cannot be combined with quantize_algo (it is an old spelling of it); keep quantize_algo'],
    ],
    [
      quantizeTraining({ quantize_type: 'symmetric', quantize_algo: { q_type: 'asymmetric' } }),
      ['$.quantize_training.quantize_type: cannot be combined with quantize_algo.q_type (it is an old spelling of it) (got "symmetric"); keep quantize_algo.q_type'],
    ],
    // Quantizing in forward is not MoQ.
    [
      weightQuantization({ quantize_weight_in_forward: true }, { wq1: { params: { start_bits: 8, target_bits: 8 }, modules: ['a'] } }),
      [
        `${wq}.shared_parameters.quantize_weight_in_forward: is not supported: moqlab quantizes by rewriting the weights after each optimizer step (MoQ), not in forward (got true); remove it or set it to false`,
      ],
    ],
    // Module regexes.
    [
      weightQuantization({}, { wq1: { params: { start_bits: 8, target_bits: 8 }, modules: ['attention(self'] } }),
      [
        `${wq}.different_groups.wq1.modules[0]: is not a valid regular expression: Unterminated group (got "attention(self"); module names are searched with this regex; escape a literal ( [ { * + ? with a backslash`,
      ],
    ],
    [
      weightQuantization({ include: ['in_proj[weight'] }, { wq1: { params: { start_bits: 8, target_bits: 8 }, modules: ['a'] } }),
      [
        `${wq}.shared_parameters.include[0]: is not a valid regular expression: Unterminated character class (got "in_proj[weight"); parameter and module names are searched with this regex; escape a literal ( [ { * + ? with a backslash`,
      ],
    ],
    [
      quantizeTraining({ exclude: ['*.bias'] }),
      [
        '$.quantize_training.exclude[0]: is not a valid regular expression: Nothing to repeat (got "*.bias"); parameter and module names are searched with this regex; escape a literal ( [ { * + ? with a backslash',
      ],
    ],
    [
      weightQuantization({}, { wq1: { params: { start_bits: 8, target_bits: 8 }, modules: [] } }),
      [`${wq}.different_groups.wq1.modules: must have at least 1 item (got [])`],
    ],
    [
      weightQuantization({}, { wq1: { params: { start_bits: 8, target_bits: 8 } } }),
      [`${wq}.different_groups.wq1.modules: is required; module-name regexes this group quantizes`],
    ],
    [
      weightQuantization({}, {}),
      [
        `${wq}.different_groups: must have at least one group when shared_parameters.enabled is true; e.g. "wq1": {"params": {"start_bits": 12, "target_bits": 8}, "modules": ["attention", "intermediate"]}`,
      ],
    ],
    // Grouping two ways at once.
    [
      quantizeTraining({ quantize_groups: 8, group_size: 64 }),
      [
        '$.quantize_training.group_size: cannot be combined with quantize_groups 8 (got 64); group by quantize_groups (equal chunks of a tensor) or by group_size (blocks within each row), not both',
      ],
    ],
    [
      weightQuantization({}, { wq1: { params: { start_bits: 8, target_bits: 8, quantize_groups: 2, group_size: 64 }, modules: ['a'] } }),
      [
        `${wq}.different_groups.wq1.params.group_size: cannot be combined with quantize_groups 2 (got 64); group by quantize_groups (equal chunks of a tensor) or by group_size (blocks within each row), not both`,
      ],
    ],
    // Eigenvalues.
    [
      quantizeTraining({ eigenvalue: { enabled: true } }),
      ['$.quantize_training.eigenvalue.layer_num: must be > 0 when eigenvalue.enabled is true (got 0); the number of blocks under layer_name, e.g. 12 for BERT-base'],
    ],
    [
      quantizeTraining({ eigenvalue: { regions: 3 } }),
      ['$.quantize_training.eigenvalue.regions: only applies to kmeans and quantile clustering (got 3); remove it, or set eigenvalue.clustering to kmeans or quantile'],
    ],
    [
      quantizeTraining({ eigenvalue: { layer_name: 'bert/encoder' } }),
      ['$.quantize_training.eigenvalue.layer_name: must be a dotted module path (got "bert/encoder"); e.g. bert.encoder.layer'],
    ],
    // Both layouts at once.
    [
      { ...quantizeTraining({}), ...weightQuantization({}, { wq1: { params: { start_bits: 8, target_bits: 8 }, modules: ['a'] } }) },
      [
        '$.compression_training: cannot be combined with quantize_training: they are two layouts of the same MoQ settings; keep one: quantize_training (DeepSpeed <= 0.6) or compression_training.weight_quantization (>= 0.7)',
      ],
    ],
  ])('%j', (sections, lines) => {
    expect(problemLines(sections)).toEqual(lines);
  });

  it('accepts the low-bit quantizers with symmetric values and nearest rounding', () => {
    for (const target of [1, 2]) expect(problemLines(quantizeTraining({ quantize_bits: { target_bits: target } }))).toEqual([]);
  });

  it('leaves a disabled section alone beyond the types of what it has', () => {
    expect(problemLines({ quantize_training: { enabled: false, quantize_bits: { start_bits: 8, target_bits: 12 } } })).toEqual([]);
    expect(problemLines({ quantize_training: { enabled: false, quantize_bits: { target_bits: 'eight' } } })).toEqual([
      '$.quantize_training.quantize_bits.target_bits: must be an integer (got "eight")',
    ]);
  });

  it('reports every problem of the config in one ConfigInvalid error', () => {
    let error: unknown;
    try {
      resolveExperimentConfig(
        { ...MINIMAL, training: { batch_size: 0 }, ...quantizeTraining({ quantize_bits: { target_bits: 20 }, exclude: ['('] }) },
        { baseDir: BASE, fileName: 'moq.json' },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MoqlabError);
    expect((error as MoqlabError).code).toBe(ErrorCode.ConfigInvalid);
    expect((error as MoqlabError).message.split('\n')).toEqual([
      'moq.json has 3 problems:',
      '  $.training.batch_size: must be >= 1 (got 0)',
      '  $.quantize_training.quantize_bits.target_bits: must be in [1, 16] (got 20)',
      '  $.quantize_training.exclude[0]: is not a valid regular expression: Unterminated group (got "("); parameter and module names are searched with this regex; escape a literal ( [ { * + ? with a backslash',
    ]);
  });
});

describe('fp16 loss scaling settings', () => {
  it('take the worker defaults, and apply to fp16 only', () => {
    const config = resolveExperimentConfig({ ...MINIMAL, training: { precision: 'fp16', initial_loss_scale: 1024, loss_scale_window: 200 } }, { baseDir: BASE });
    expect(config.training).toMatchObject({ initial_loss_scale: 1024, loss_scale_window: 200 });
    expect(validate(experimentSchema, { ...MINIMAL, training: { initial_loss_scale: 1024 } }).problems.map(formatProblem)).toEqual([
      '$.training.initial_loss_scale: only applies to fp16 precision, not fp32 (got 1024); remove it',
    ]);
  });
});

describe('quantization_period 0 in the compression layout', () => {
  it('is accepted for a group whose bits never change, as in DeepSpeedExamples', () => {
    const { quantization } = resolveWith(weightQuantization({}, { wq1: { params: { start_bits: 8, target_bits: 8, quantization_period: 0 }, modules: ['fc'] } }));
    expect(quantization?.groups[0]?.period).toBe(1);
  });

  it('is refused when the bits change, naming both bit widths', () => {
    expect(problemLines(weightQuantization({}, { wq1: { params: { start_bits: 8, target_bits: 4, quantization_period: 0 }, modules: ['fc'] } }))).toEqual([
      '$.compression_training.weight_quantization.different_groups.wq1.params.quantization_period: must be ≥ 1 when the bits change (start_bits 8 → target_bits 4) (got 0); set the optimizer steps before the first drop, e.g. 50',
    ]);
  });
});
