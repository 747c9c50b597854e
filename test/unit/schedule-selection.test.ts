/** Which tensors MoQ quantizes (spec §1, §6), and every selection error. */
import { describe, expect, it } from 'vitest';
import { Grid, QuantType, Rounding } from '../../src/config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { type GroupSpec, ModuleKind, type TensorInfo, selectTensors } from '../../src/schedule/selection.js';

const { Linear, Conv, Embedding, Other } = ModuleKind;

/** A small BERT-like model, listed out of parameter order on purpose. */
const MODEL: TensorInfo[] = (
  [
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
  ] as const
).map(([name, module, moduleKind, shape, index]) => ({ name, module, moduleKind, shape: [...shape], index }));

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

const names = (groups: GroupSpec[], exclude: string[] = [], model = MODEL) => selectTensors(groups, exclude, model).map((t) => t.name);

describe('selectTensors', () => {
  it('by default takes the ≥2-D weights of Linear, Conv and Embedding modules, in parameter order', () => {
    expect(names([group('all')])).toEqual([
      'embeddings.word_embeddings.weight',
      'encoder.layer.0.attention.self.query.weight',
      'encoder.layer.0.attention.self.key.weight',
      'encoder.layer.0.output.dense.weight',
      'encoder.layer.1.attention.self.query.weight',
      'encoder.layer.1.attention.self.key.weight',
      'encoder.layer.1.output.dense.weight',
      'conv.weight',
      'classifier.weight',
    ]);
  });

  it("copies the group's settings and the tensor's facts", () => {
    const [first] = selectTensors([group('all', { startBits: 16, targetBits: 4, period: 7, quantizeGroups: 4, qType: QuantType.Asymmetric, grid: Grid.Deepspeed })], [], MODEL);
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

  it('matches module regexes unanchored, and selects any module kind explicitly, never its 1-D or non-weight tensors', () => {
    expect(names([group('attention', { modules: ['self\\.query'] })])).toEqual(['encoder.layer.0.attention.self.query.weight', 'encoder.layer.1.attention.self.query.weight']);
    expect(names([group('mine', { modules: ['^adapter$'] })])).toEqual(['adapter.weight']);
  });

  it('gives a tensor selected by several groups to the first of them', () => {
    const selected = selectTensors([group('attention', { modules: ['attention'], targetBits: 4 }), group('rest')], [], MODEL);
    expect(selected.map((t) => [t.name, t.group, t.targetBits])).toEqual([
      ['embeddings.word_embeddings.weight', 'rest', 8],
      ['encoder.layer.0.attention.self.query.weight', 'attention', 4],
      ['encoder.layer.0.attention.self.key.weight', 'attention', 4],
      ['encoder.layer.0.output.dense.weight', 'rest', 8],
      ['encoder.layer.1.attention.self.query.weight', 'attention', 4],
      ['encoder.layer.1.attention.self.key.weight', 'attention', 4],
      ['encoder.layer.1.output.dense.weight', 'rest', 8],
      ['conv.weight', 'rest', 8],
      ['classifier.weight', 'rest', 8],
    ]);
  });

  it('removes excluded modules', () => {
    expect(names([group('all')], ['^classifier$', 'embeddings'])).not.toContain('classifier.weight');
    expect(names([group('all')], ['^classifier$', 'embeddings'])).not.toContain('embeddings.word_embeddings.weight');
    expect(names([group('all')], ['^classifier$'])).toHaveLength(8);
  });

  it('accepts group_size dividing the input dimension of Linear (shape[1]) and Conv (product of shape[1:])', () => {
    // group_size replaces quantize_groups, which would not divide the tensor.
    expect(names([group('g', { modules: ['^conv$'], groupSize: 9, quantizeGroups: 7 })])).toEqual(['conv.weight']);
    expect(names([group('g', { modules: ['output\\.dense'], groupSize: 16 })])).toHaveLength(2);
  });
});

describe('selection errors', () => {
  it('a selection of nothing at all', () => {
    const custom = MODEL.filter((t) => t.moduleKind === Other);
    expect(configError(() => selectTensors([group('all')], [], custom))).toEqual({
      message:
        "quantization selects no tensor: 5 tensors in the model, none is a ≥2-D weight of a Linear/Conv/Embedding module; modules with a ≥2-D weight: 'adapter' (other)",
      hint: "select modules explicitly with a group's modules regexes (any module kind), or narrow exclude",
    });
    expect(configError(() => selectTensors([group('all')], ['.'], MODEL)).message).toBe(
      "quantization selects no tensor: 16 tensors in the model, none is a ≥2-D weight of a Linear/Conv/Embedding module not excluded by '.'; modules with a ≥2-D weight: 'embeddings.word_embeddings' (embedding), 'encoder.layer.0.attention.self.query' (linear), 'encoder.layer.0.attention.self.key' (linear), 'encoder.layer.0.output.dense' (linear), 'encoder.layer.1.attention.self.query' (linear), … (10 in all)",
    );
    expect(configError(() => selectTensors([], [], MODEL)).message).toMatch(/^quantization selects no tensor: 16 tensors in the model, none is a ≥2-D weight of any group \(no group is configured\); /);
    expect(configError(() => selectTensors([group('norms', { modules: ['LayerNorm'] })], [], MODEL)).message).toMatch(
      /^quantization selects no tensor: 16 tensors in the model, none is a ≥2-D weight of a module matching 'LayerNorm' \(group 'norms'\); /,
    );
  });

  it('a regex that matches no module, with similar module names', () => {
    expect(configError(() => selectTensors([group('attn', { modules: ['self\\.qurey'] })], [], MODEL))).toEqual({
      message: "group 'attn' modules: regex 'self\\.qurey' matches no module of the model; similar module names: 'encoder.layer.0.attention.self.query', 'encoder.layer.1.attention.self.query', 'encoder.layer.0.attention.self.key'",
      hint: 'regexes are tested against module names (not parameter names) with RegExp.test, unanchored; fix or remove the regex',
    });
    // A parameter name is not a module name.
    expect(configError(() => selectTensors([group('all')], ['classifier\\.weight'], MODEL)).message).toBe(
      "exclude: regex 'classifier\\.weight' matches no module of the model; similar module names: 'classifier'",
    );
  });

  it('an invalid regex', () => {
    expect(configError(() => selectTensors([group('bad', { modules: ['(query'] })], [], MODEL)).message).toMatch(/^group 'bad' modules: '\(query' is not a valid regular expression \(/);
  });

  it('a group that ends up with no tensor, and why', () => {
    expect(configError(() => selectTensors([group('all'), group('queries', { modules: ['query'] })], [], MODEL))).toEqual({
      message:
        "group 'queries' selects no tensor: every weight matrix it matches (e.g. 'encoder.layer.0.attention.self.query.weight') goes to group 'all' listed before it, because a tensor belongs to the first group that selects it",
      hint: "narrow the modules of group 'all' or list group 'queries' first",
    });
    expect(configError(() => selectTensors([group('all'), group('norms', { modules: ['LayerNorm'] })], [], MODEL)).message).toBe(
      "group 'norms' selects no tensor: no module it matches has a ≥2-D weight (biases, norms and 1-D tensors are never quantized)",
    );
    expect(configError(() => selectTensors([group('all'), group('head', { modules: ['classifier'] })], ['classifier'], MODEL)).message).toBe(
      "group 'head' selects no tensor: exclude removes every weight matrix it matches (e.g. 'classifier.weight')",
    );
  });

  it('quantize_groups that does not divide a tensor', () => {
    expect(configError(() => selectTensors([group('all', { quantizeGroups: 3 })], [], MODEL))).toEqual({
      message: "tensor 'embeddings.word_embeddings.weight' (shape [100, 8], numel 800, group 'all'): quantize_groups 3 does not divide numel 800",
      hint: 'choose a quantize_groups that divides 800, e.g. the row count 100 for per-output-channel scales',
    });
  });

  it('group_size that does not divide the input dimension', () => {
    expect(configError(() => selectTensors([group('all', { groupSize: 16 })], [], MODEL))).toEqual({
      message: "tensor 'embeddings.word_embeddings.weight' (shape [100, 8], group 'all'): group_size 16 does not divide its input dimension 8",
      hint: 'choose a group_size that divides 8, or use quantize_groups',
    });
    // Conv: a row is everything but the output channel, 3·3·3 = 27.
    expect(configError(() => selectTensors([group('conv', { modules: ['^conv$'], groupSize: 3 * 3 * 2 })], [], MODEL)).message).toBe(
      "tensor 'conv.weight' (shape [4, 3, 3, 3], group 'conv'): group_size 18 does not divide its input dimension 27",
    );
  });

  it('ternary or binary with asymmetric quantization or stochastic rounding', () => {
    expect(configError(() => selectTensors([group('low', { targetBits: 2, qType: QuantType.Asymmetric })], [], MODEL))).toEqual({
      message: "group 'low': target_bits 2 (ternary) needs symmetric quantization with nearest rounding, got asymmetric with nearest rounding",
      hint: "use q_type symmetric and rounding nearest in group 'low', or target_bits of 3 or more",
    });
    expect(configError(() => selectTensors([group('low', { targetBits: 1, rounding: Rounding.Stochastic })], [], MODEL)).message).toBe(
      "group 'low': target_bits 1 (binary) needs symmetric quantization with nearest rounding, got symmetric with stochastic rounding",
    );
    expect(names([group('three', { targetBits: 3, qType: QuantType.Asymmetric, rounding: Rounding.Stochastic })])).toHaveLength(9);
  });

  it('a worker report whose parameter is not under its module', () => {
    const broken = [{ name: 'x.weight', module: 'y', moduleKind: Linear, shape: [2, 2], index: 0 }];
    expect(caught(() => selectTensors([group('all')], [], broken)).code).toBe(ErrorCode.InvalidArgument);
  });
});
