/** Which tensors MoQ quantizes (SEMANTICS.md §1, §6, widened as docs/MOQ.md records), why the others are not, and every selection error. */
import { describe, expect, it } from 'vitest';
import { Grid, QuantType, Rounding } from '../../src/config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import {
  type GroupSpec,
  ModuleKind,
  type SelectionRules,
  SkipReason,
  type TensorInfo,
  describeSkip,
  selectTensors,
  summarizeSkipped,
} from '../../src/schedule/selection.js';

const { Linear, Conv, Embedding, Other } = ModuleKind;

type Row = readonly [name: string, module: string, kind: ModuleKind, shape: readonly number[], index: number, trainable?: boolean];

function model(rows: readonly Row[]): TensorInfo[] {
  return rows.map(([name, module, moduleKind, shape, index, trainable = true]) => ({ name, module, moduleKind, shape: [...shape], index, trainable }));
}

/** A small BERT-like model, listed out of parameter order on purpose. */
const MODEL = model([
  ['encoder.layer.1.attention.self.query.weight', 'encoder.layer.1.attention.self.query', Linear, [8, 8], 7],
  ['embeddings.word_embeddings.weight', 'embeddings.word_embeddings', Embedding, [100, 8], 0],
  ['embeddings.LayerNorm.weight', 'embeddings.LayerNorm', Other, [8], 1],
  ['embeddings.LayerNorm.bias', 'embeddings.LayerNorm', Other, [8], 2],
  ['encoder.layer.0.attention.self.query.weight', 'encoder.layer.0.attention.self.query', Linear, [8, 8], 3],
  ['encoder.layer.0.attention.self.query.bias', 'encoder.layer.0.attention.self.query', Linear, [8], 4],
  ['encoder.layer.0.attention.self.key.weight', 'encoder.layer.0.attention.self.key', Linear, [8, 8], 5],
  ['encoder.layer.0.output.dense.weight', 'encoder.layer.0.output.dense', Linear, [8, 32], 6],
  ['encoder.layer.1.attention.self.key.weight', 'encoder.layer.1.attention.self.key', Linear, [8, 8], 8],
  ['encoder.layer.1.output.dense.weight', 'encoder.layer.1.output.dense', Linear, [8, 32], 9],
  ['conv.weight', 'conv', Conv, [4, 3, 3, 3], 10],
  ['conv.bias', 'conv', Conv, [4], 11],
  ['adapter.weight', 'adapter', Other, [8, 8], 12],
  ['adapter.scale', 'adapter', Other, [8, 8], 13],
  ['classifier.weight', 'classifier', Linear, [2, 8], 14],
  ['pos', '', Other, [16, 8], 15],
]);

/**
 * The parameters PyTorch gives a GRU, an LSTM and a TransformerEncoderLayer (names and shapes as
 * `named_parameters()` reports them), with a class token, a frozen codebook and a one-output head.
 */
const SEQ = model([
  ['rnn.weight_ih_l0', 'rnn', Other, [48, 8], 0],
  ['rnn.weight_hh_l0', 'rnn', Other, [48, 16], 1],
  ['rnn.bias_ih_l0', 'rnn', Other, [48], 2],
  ['rnn.bias_hh_l0', 'rnn', Other, [48], 3],
  ['lstm.weight_ih_l0', 'lstm', Other, [64, 16], 4],
  ['lstm.weight_hh_l0', 'lstm', Other, [64, 16], 5],
  ['lstm.bias_ih_l0', 'lstm', Other, [64], 6],
  ['lstm.bias_hh_l0', 'lstm', Other, [64], 7],
  ['encoder.self_attn.in_proj_weight', 'encoder.self_attn', Other, [48, 16], 8],
  ['encoder.self_attn.in_proj_bias', 'encoder.self_attn', Other, [48], 9],
  ['encoder.self_attn.out_proj.weight', 'encoder.self_attn.out_proj', Linear, [16, 16], 10],
  ['encoder.self_attn.out_proj.bias', 'encoder.self_attn.out_proj', Linear, [16], 11],
  ['encoder.linear1.weight', 'encoder.linear1', Linear, [32, 16], 12],
  ['encoder.linear1.bias', 'encoder.linear1', Linear, [32], 13],
  ['encoder.linear2.weight', 'encoder.linear2', Linear, [16, 32], 14],
  ['encoder.linear2.bias', 'encoder.linear2', Linear, [16], 15],
  ['encoder.norm1.weight', 'encoder.norm1', Other, [16], 16],
  ['encoder.norm1.bias', 'encoder.norm1', Other, [16], 17],
  ['cls_token', '', Other, [1, 1, 16], 18],
  ['quantizer.codebook', 'quantizer', Other, [32, 16], 19, false],
  ['head.weight', 'head', Linear, [1, 16], 20],
  ['head.bias', 'head', Linear, [1], 21],
]);

function group(name: string, overrides: Partial<GroupSpec> = {}): GroupSpec {
  return {
    name,
    modules: [],
    startBits: 12,
    targetBits: 8,
    period: 10,
    quantizeGroups: 1,
    groupSize: null,
    qType: QuantType.Symmetric,
    rounding: Rounding.Nearest,
    grid: Grid.Standard,
    ...overrides,
  };
}

function rules(groups: GroupSpec[], filters: Partial<Omit<SelectionRules, 'groups'>> = {}): SelectionRules {
  return { groups, include: [], exclude: [], ...filters };
}

function caught(fn: () => unknown): MoqlabError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MoqlabError) return e;
    throw e;
  }
  throw new Error('expected a MoqlabError');
}

function configError(fn: () => unknown): { message: string; hint: string | undefined } {
  const error = caught(fn);
  expect(error.code).toBe(ErrorCode.ConfigInvalid);
  return { message: error.message, hint: error.hint };
}

const names = (groups: GroupSpec[], filters: Partial<Omit<SelectionRules, 'groups'>> = {}, tensors = MODEL) => selectTensors(rules(groups, filters), tensors).tensors.map((t) => t.name);
const skips = (groups: GroupSpec[], filters: Partial<Omit<SelectionRules, 'groups'>> = {}, tensors = SEQ) =>
  selectTensors(rules(groups, filters), tensors).skipped.map((s) => [s.name, s.reason, s.regex]);

describe('the default selection: every trainable tensor of 2 or more dimensions', () => {
  it('takes RNN gates, fused attention projections, Linear weights and a one-output head, in parameter order', () => {
    expect(names([group('all')], {}, SEQ)).toEqual([
      'rnn.weight_ih_l0',
      'rnn.weight_hh_l0',
      'lstm.weight_ih_l0',
      'lstm.weight_hh_l0',
      'encoder.self_attn.in_proj_weight',
      'encoder.self_attn.out_proj.weight',
      'encoder.linear1.weight',
      'encoder.linear2.weight',
      'head.weight',
    ]);
  });

  it("takes a custom module's matrices and the root module's own, whatever they are called", () => {
    expect(names([group('all')])).toEqual([
      'embeddings.word_embeddings.weight',
      'encoder.layer.0.attention.self.query.weight',
      'encoder.layer.0.attention.self.key.weight',
      'encoder.layer.0.output.dense.weight',
      'encoder.layer.1.attention.self.query.weight',
      'encoder.layer.1.attention.self.key.weight',
      'encoder.layer.1.output.dense.weight',
      'conv.weight',
      'adapter.weight',
      'adapter.scale',
      'classifier.weight',
      'pos',
    ]);
  });

  it('says why every other tensor is left out, in parameter order', () => {
    expect(skips([group('all')])).toEqual([
      ['rnn.bias_ih_l0', SkipReason.FewerThanTwoDims, null],
      ['rnn.bias_hh_l0', SkipReason.FewerThanTwoDims, null],
      ['lstm.bias_ih_l0', SkipReason.FewerThanTwoDims, null],
      ['lstm.bias_hh_l0', SkipReason.FewerThanTwoDims, null],
      ['encoder.self_attn.in_proj_bias', SkipReason.FewerThanTwoDims, null],
      ['encoder.self_attn.out_proj.bias', SkipReason.FewerThanTwoDims, null],
      ['encoder.linear1.bias', SkipReason.FewerThanTwoDims, null],
      ['encoder.linear2.bias', SkipReason.FewerThanTwoDims, null],
      ['encoder.norm1.weight', SkipReason.FewerThanTwoDims, null],
      ['encoder.norm1.bias', SkipReason.FewerThanTwoDims, null],
      ['cls_token', SkipReason.VectorShaped, null],
      ['quantizer.codebook', SkipReason.NotTrainable, null],
      ['head.bias', SkipReason.FewerThanTwoDims, null],
    ]);
    const { tensors, skipped } = selectTensors(rules([group('all')]), SEQ);
    expect(tensors.length + skipped.length).toBe(SEQ.length);
  });

  it('describes each reason in words, and counts them', () => {
    const { skipped } = selectTensors(rules([group('all')], { exclude: ['^head$'] }), SEQ);
    const why = Object.fromEntries(skipped.map((s) => [s.name, describeSkip(s)]));
    expect(why['rnn.bias_ih_l0']).toBe('1-D (a bias, norm or scalar): never quantized');
    expect(why['cls_token']).toBe('only one dimension above 1 (a token, gain or scale vector); name it in include to quantize it');
    expect(why['quantizer.codebook']).toBe('not trainable (requires_grad is false)');
    expect(why['head.weight']).toBe("excluded by regex '^head$'");
    expect(summarizeSkipped(skipped)).toBe("11 with fewer than 2 dimensions (biases, norms), 1 vector-shaped (one dimension above 1), 1 not trainable, 1 excluded by '^head$'");
    expect(describeSkip({ name: 'logit_scale', shape: [], reason: SkipReason.FewerThanTwoDims, regex: null })).toBe('0-D (a bias, norm or scalar): never quantized');
  });

  it("copies the group's settings and the tensor's facts", () => {
    const [first] = selectTensors(rules([group('all', { startBits: 16, targetBits: 4, period: 7, quantizeGroups: 4, qType: QuantType.Asymmetric, grid: Grid.Deepspeed })]), MODEL).tensors;
    expect(first).toEqual({
      name: 'embeddings.word_embeddings.weight',
      module: 'embeddings.word_embeddings',
      index: 0,
      shape: [100, 8],
      numel: 800,
      group: 'all',
      startBits: 16,
      targetBits: 4,
      period: 7,
      quantizeGroups: 4,
      groupSize: null,
      qType: QuantType.Asymmetric,
      rounding: Rounding.Nearest,
      grid: Grid.Deepspeed,
    });
  });

  it('checks group_size against the input dimension of 3-D and 4-D tensors too (the product of shape[1:])', () => {
    expect(names([group('g', { modules: ['^conv$'], groupSize: 9, quantizeGroups: 7 })])).toEqual(['conv.weight']);
    expect(names([group('g', { modules: ['output\\.dense'], groupSize: 16 })])).toHaveLength(2);
    const bilinear = model([['bilinear.weight', 'bilinear', Other, [4, 6, 10], 0]]);
    expect(names([group('all', { groupSize: 20 })], {}, bilinear)).toEqual(['bilinear.weight']);
  });
});

describe('include and exclude', () => {
  it('include names tensors by parameter name, e.g. the fused Q/K/V of nn.MultiheadAttention alone', () => {
    expect(names([group('all')], { include: ['in_proj_weight'] }, SEQ)).toEqual(['encoder.self_attn.in_proj_weight']);
    expect(skips([group('all')], { include: ['in_proj_weight'] })).toContainEqual(['encoder.self_attn.out_proj.weight', SkipReason.NotIncluded, null]);
  });

  it("include names tensors by module name too: every quantizable tensor the module owns", () => {
    expect(names([group('all')], { include: ['^rnn$'] }, SEQ)).toEqual(['rnn.weight_ih_l0', 'rnn.weight_hh_l0']);
  });

  it("include '\\.weight$' gives back the spec's default of only parameters named weight", () => {
    expect(names([group('all')], { include: ['\\.weight$'] }, SEQ)).toEqual(['encoder.self_attn.out_proj.weight', 'encoder.linear1.weight', 'encoder.linear2.weight', 'head.weight']);
  });

  it('include can take a vector-shaped tensor, never a 1-D or frozen one', () => {
    expect(names([group('all')], { include: ['cls_token', 'linear1'] }, SEQ)).toEqual(['encoder.linear1.weight', 'cls_token']);
    // A module regex that names a norm along with a matrix takes the matrix only.
    expect(skips([group('all')], { include: ['^encoder\\.(norm1|linear1)$'] })).toEqual(
      expect.arrayContaining([
        ['encoder.linear1.bias', SkipReason.FewerThanTwoDims, null],
        ['encoder.norm1.weight', SkipReason.FewerThanTwoDims, null],
        ['encoder.linear2.weight', SkipReason.NotIncluded, null],
      ]),
    );
    expect(configError(() => selectTensors(rules([group('all')], { include: ['codebook'] }), SEQ)).message).toBe(
      "include: regex 'codebook' names only tensors that are never quantized, e.g. 'quantizer.codebook': not trainable (requires_grad is false)",
    );
  });

  it('exclude still names modules, as it always did, and now parameters too', () => {
    expect(names([group('all')], { exclude: ['^classifier$', 'embeddings'] })).toHaveLength(10);
    expect(names([group('all')], { exclude: ['^classifier$'] })).not.toContain('classifier.weight');
    expect(names([group('all')], { exclude: ['in_proj_weight', '^rnn$'] }, SEQ)).toEqual([
      'lstm.weight_ih_l0',
      'lstm.weight_hh_l0',
      'encoder.self_attn.out_proj.weight',
      'encoder.linear1.weight',
      'encoder.linear2.weight',
      'head.weight',
    ]);
  });

  it('exclude wins over include, and the report names the regex that excluded', () => {
    const filters = { include: ['self_attn'], exclude: ['in_proj'] };
    expect(names([group('all')], filters, SEQ)).toEqual(['encoder.self_attn.out_proj.weight']);
    expect(skips([group('all')], filters)).toContainEqual(['encoder.self_attn.in_proj_weight', SkipReason.Excluded, 'in_proj']);
  });
});

describe('groups', () => {
  it('gives a tensor selected by several groups to the first of them', () => {
    const selected = selectTensors(rules([group('attention', { modules: ['attention'], targetBits: 4 }), group('rest')]), MODEL).tensors;
    expect(selected.filter((t) => t.group === 'attention').map((t) => t.name)).toEqual([
      'encoder.layer.0.attention.self.query.weight',
      'encoder.layer.0.attention.self.key.weight',
      'encoder.layer.1.attention.self.query.weight',
      'encoder.layer.1.attention.self.key.weight',
    ]);
    expect(selected.filter((t) => t.group === 'rest')).toHaveLength(8);
  });

  it("a group's modules regexes take every quantizable tensor of the modules they match; tensors no group takes are reported", () => {
    const groups = [group('attn', { modules: ['self_attn'] }), group('gates', { modules: ['^rnn$'] })];
    expect(names(groups, {}, SEQ)).toEqual(['rnn.weight_ih_l0', 'rnn.weight_hh_l0', 'encoder.self_attn.in_proj_weight', 'encoder.self_attn.out_proj.weight']);
    expect(skips(groups).filter(([, reason]) => reason === SkipReason.NoGroup)).toEqual([
      ['lstm.weight_ih_l0', SkipReason.NoGroup, null],
      ['lstm.weight_hh_l0', SkipReason.NoGroup, null],
      ['encoder.linear1.weight', SkipReason.NoGroup, null],
      ['encoder.linear2.weight', SkipReason.NoGroup, null],
      ['head.weight', SkipReason.NoGroup, null],
    ]);
  });
});

describe('selection errors', () => {
  it('a selection of nothing at all, with the count per reason', () => {
    const vectors = model([
      ['norm.weight', 'norm', Other, [8], 0],
      ['frozen.weight', 'frozen', Linear, [8, 8], 1, false],
      ['token', '', Other, [1, 8], 2],
    ]);
    expect(configError(() => selectTensors(rules([group('all')]), vectors))).toEqual({
      message:
        'quantization selects no tensor: all 3 tensors of the model are left out: 1 with fewer than 2 dimensions (biases, norms), 1 not trainable, 1 vector-shaped (one dimension above 1); its trainable ≥2-D tensors: \'token\' [1, 8]',
      hint: "narrow exclude or widen include (they name parameters or modules), or point the groups' modules regexes at modules that own those tensors",
    });
    expect(configError(() => selectTensors(rules([group('all')], { exclude: ['.'] }), MODEL)).message).toBe(
      "quantization selects no tensor: all 16 tensors of the model are left out: 12 excluded by '.', 4 with fewer than 2 dimensions (biases, norms); its trainable ≥2-D tensors: 'embeddings.word_embeddings.weight' [100, 8], 'encoder.layer.0.attention.self.query.weight' [8, 8], 'encoder.layer.0.attention.self.key.weight' [8, 8], 'encoder.layer.0.output.dense.weight' [8, 32], 'encoder.layer.1.attention.self.query.weight' [8, 8], … (12 in all)",
    );
    expect(configError(() => selectTensors(rules([]), MODEL)).message).toMatch(/^quantization selects no tensor: all 16 tensors of the model are left out: 12 in no group, 4 with fewer than 2 dimensions \(biases, norms\) \(no quantization group is configured\); /);
    expect(configError(() => selectTensors(rules([group('norms', { modules: ['LayerNorm'] })]), MODEL)).message).toMatch(/^quantization selects no tensor: .* 12 in no group/);
  });

  it("a group's modules regex that matches no module, with similar module names", () => {
    expect(configError(() => selectTensors(rules([group('attn', { modules: ['self\\.qurey'] })]), MODEL))).toEqual({
      message: "group 'attn' modules: regex 'self\\.qurey' matches no module of the model; similar module names: 'encoder.layer.0.attention.self.query', 'encoder.layer.1.attention.self.query', 'encoder.layer.0.attention.self.key'",
      hint: "a group's modules regexes are tested against module names (not parameter names) with RegExp.test, unanchored; fix or remove the regex",
    });
  });

  it('an exclude regex that names no parameter or module', () => {
    expect(configError(() => selectTensors(rules([group('all')], { exclude: ['clasifier'] }), MODEL))).toEqual({
      message: "exclude: regex 'clasifier' names no parameter or module of the model; similar names: 'classifier.weight', 'classifier'",
      hint: 'include and exclude regexes are tested with RegExp.test, unanchored, against each parameter name and the name of the module that owns it; fix or remove the regex',
    });
  });

  it('an include regex that names nothing, or only tensors that are never quantized', () => {
    expect(configError(() => selectTensors(rules([group('all')], { include: ['in_prj_weight'] }), SEQ)).message).toBe(
      "include: regex 'in_prj_weight' names no parameter or module of the model; similar trainable ≥2-D tensors: 'encoder.self_attn.in_proj_weight'",
    );
    expect(configError(() => selectTensors(rules([group('all')], { include: ['bias'] }), SEQ))).toEqual({
      message: "include: regex 'bias' names only tensors that are never quantized, e.g. 'rnn.bias_ih_l0': 1-D (a bias, norm or scalar): never quantized",
      hint: 'include and exclude regexes are tested with RegExp.test, unanchored, against each parameter name and the name of the module that owns it; point it at trainable tensors of 2 or more dimensions, or remove it',
    });
  });

  it('an invalid regex', () => {
    expect(configError(() => selectTensors(rules([group('bad', { modules: ['(query'] })]), MODEL)).message).toMatch(/^group 'bad' modules: '\(query' is not a valid regular expression \(/);
    expect(configError(() => selectTensors(rules([group('all')], { include: ['[x'] }), MODEL)).message).toMatch(/^include: '\[x' is not a valid regular expression \(/);
  });

  it('a group that ends up with no tensor, and why', () => {
    expect(configError(() => selectTensors(rules([group('all'), group('queries', { modules: ['query'] })]), MODEL))).toEqual({
      message:
        "group 'queries' selects no tensor: every tensor it matches (e.g. 'encoder.layer.0.attention.self.query.weight') goes to group 'all' listed before it, because a tensor belongs to the first group that selects it",
      hint: "narrow the modules of group 'all' or list group 'queries' first",
    });
    expect(configError(() => selectTensors(rules([group('all'), group('norms', { modules: ['LayerNorm'] })]), MODEL)).message).toBe(
      "group 'norms' selects no tensor: no module it matches owns a trainable tensor of 2 or more dimensions (biases, norms and 1-D tensors are never quantized)",
    );
    expect(configError(() => selectTensors(rules([group('all'), group('head', { modules: ['classifier'] })], { exclude: ['classifier'] }), MODEL)).message).toBe(
      "group 'head' selects no tensor: include, exclude or the default rules leave out every tensor it matches (e.g. 'classifier.weight': excluded by regex 'classifier')",
    );
    expect(configError(() => selectTensors(rules([group('attn', { modules: ['self_attn'] }), group('gates', { modules: ['rnn'] })], { include: ['self_attn'] }), SEQ)).message).toBe(
      "group 'gates' selects no tensor: include, exclude or the default rules leave out every tensor it matches (e.g. 'rnn.weight_ih_l0': named by no include regex)",
    );
  });

  it('quantize_groups that does not divide a tensor', () => {
    expect(configError(() => selectTensors(rules([group('all', { quantizeGroups: 3 })]), MODEL))).toEqual({
      message: "tensor 'embeddings.word_embeddings.weight' (shape [100, 8], numel 800, group 'all'): quantize_groups 3 does not divide numel 800",
      hint: 'choose a quantize_groups that divides 800, e.g. the row count 100 for per-output-channel scales',
    });
  });

  it('group_size that does not divide the input dimension', () => {
    expect(configError(() => selectTensors(rules([group('all', { groupSize: 16 })]), MODEL))).toEqual({
      message: "tensor 'embeddings.word_embeddings.weight' (shape [100, 8], group 'all'): group_size 16 does not divide its input dimension 8",
      hint: 'choose a group_size that divides 8, or use quantize_groups',
    });
    // Conv: a row is everything but the output channel, 3·3·3 = 27.
    expect(configError(() => selectTensors(rules([group('conv', { modules: ['^conv$'], groupSize: 3 * 3 * 2 })]), MODEL)).message).toBe(
      "tensor 'conv.weight' (shape [4, 3, 3, 3], group 'conv'): group_size 18 does not divide its input dimension 27",
    );
    // A GRU's input-to-hidden gates: (3·hidden, input).
    expect(configError(() => selectTensors(rules([group('all', { groupSize: 16 })]), SEQ)).message).toBe(
      "tensor 'rnn.weight_ih_l0' (shape [48, 8], group 'all'): group_size 16 does not divide its input dimension 8",
    );
  });

  it('ternary or binary with asymmetric quantization or stochastic rounding', () => {
    expect(configError(() => selectTensors(rules([group('low', { targetBits: 2, qType: QuantType.Asymmetric })]), MODEL))).toEqual({
      message: "group 'low': target_bits 2 (ternary) needs symmetric quantization with nearest rounding, got asymmetric with nearest rounding",
      hint: "use q_type symmetric and rounding nearest in group 'low', or target_bits of 3 or more",
    });
    expect(configError(() => selectTensors(rules([group('low', { targetBits: 1, rounding: Rounding.Stochastic })]), MODEL)).message).toBe(
      "group 'low': target_bits 1 (binary) needs symmetric quantization with nearest rounding, got symmetric with stochastic rounding",
    );
    expect(names([group('three', { targetBits: 3, qType: QuantType.Asymmetric, rounding: Rounding.Stochastic })])).toHaveLength(12);
  });

  it('a worker report whose parameter is not under its module', () => {
    const broken = model([['x.weight', 'y', Linear, [2, 2], 0]]);
    expect(caught(() => selectTensors(rules([group('all')]), broken)).code).toBe(ErrorCode.InvalidArgument);
  });
});
