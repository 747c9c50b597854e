/**
 * Which of the model's tensors MoQ quantizes, and with which group's settings (spec/moq.md §1, §6).
 *
 * Only weight matrices are ever quantized: the ≥2-D parameter named `weight` of a module. By default
 * (a group with no module regexes) those of Linear, Conv and Embedding modules; a group with regexes
 * takes the weight matrix of every module whose name matches one of them, whatever the module's kind,
 * so a user's own Linear-like module can be selected explicitly. Biases, norms and every 1-D tensor
 * are never quantized.
 */
import type { QuantGroupConfig } from '../config/quantization.js';
import { QuantType, Rounding } from '../config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { similarNames } from './similar-names.js';

/** What a module is, by isinstance, as the worker reports it. */
export enum ModuleKind {
  Linear = 'linear',
  Conv = 'conv',
  Embedding = 'embedding',
  Other = 'other',
}

export interface TensorInfo {
  /** Full parameter name, e.g. 'bert.encoder.layer.0.attention.self.query.weight'. */
  name: string;
  /** Name of the module that owns the parameter directly ('' for the root module). */
  module: string;
  moduleKind: ModuleKind;
  shape: number[];
  /** Position in model.parameters() order. */
  index: number;
}

/** A quantization group as the config resolves it: its regexes are tested against MODULE names. */
export type GroupSpec = QuantGroupConfig;

/** A selected tensor with the settings of the group that selected it. */
export interface QuantizedTensor extends Omit<GroupSpec, 'name' | 'modules'> {
  name: string;
  module: string;
  index: number;
  shape: number[];
  numel: number;
  /** The group that selected the tensor. */
  group: string;
}

const DEFAULT_KINDS: ReadonlySet<ModuleKind> = new Set([ModuleKind.Linear, ModuleKind.Conv, ModuleKind.Embedding]);
/** Ternary (2) and binary (1) bits have their own symmetric, deterministic formulas (spec §6). */
const MAX_LOW_BITS = 2;
/** Module names quoted in an error: enough to recognise the model, short enough to read. */
const EXAMPLES = 5;
const SIMILAR = 3;

function configError(message: string, hint: string): MoqlabError {
  return new MoqlabError(ErrorCode.ConfigInvalid, message, { hint });
}

function quoted(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(', ');
}

/** The parameter's own name within its module ('weight', 'bias', ...). */
function ownName(tensor: TensorInfo): string {
  if (tensor.module === '') return tensor.name;
  const prefix = `${tensor.module}.`;
  if (!tensor.name.startsWith(prefix)) {
    throw new MoqlabError(ErrorCode.InvalidArgument, `parameter '${tensor.name}' is reported as owned by module '${tensor.module}', whose name is not its prefix`);
  }
  return tensor.name.slice(prefix.length);
}

function isWeightMatrix(tensor: TensorInfo): boolean {
  return tensor.shape.length >= 2 && ownName(tensor) === 'weight';
}

function product(values: readonly number[]): number {
  return values.reduce((a, b) => a * b, 1);
}

function checkLowBits(group: GroupSpec): void {
  if (group.targetBits > MAX_LOW_BITS) return;
  if (group.qType === QuantType.Symmetric && group.rounding === Rounding.Nearest) return;
  const kind = group.targetBits === 2 ? 'ternary' : 'binary';
  throw configError(
    `group '${group.name}': target_bits ${group.targetBits} (${kind}) needs symmetric quantization with nearest rounding, got ${group.qType} with ${group.rounding} rounding`,
    `use q_type symmetric and rounding nearest in group '${group.name}', or target_bits of 3 or more`,
  );
}

function compile(source: string, owner: string): RegExp {
  try {
    return new RegExp(source);
  } catch (cause) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, `${owner}: '${source}' is not a valid regular expression (${(cause as Error).message})`, {
      hint: 'module regexes use JavaScript RegExp syntax, matched unanchored against module names',
      cause,
    });
  }
}

/** A regex that matches no module is a typo or a regex for another model: either way it does nothing. */
function checkMatchesSomeModule(pattern: RegExp, owner: string, modules: readonly string[]): void {
  if (modules.some((module) => pattern.test(module))) return;
  throw configError(
    `${owner}: regex '${pattern.source}' matches no module of the model; similar module names: ${quoted(similarNames(pattern.source, modules, SIMILAR))}`,
    'regexes are tested against module names (not parameter names) with RegExp.test, unanchored; fix or remove the regex',
  );
}

interface CompiledGroup {
  spec: GroupSpec;
  /** Empty for the default set. */
  patterns: RegExp[];
}

function selectsByRule(group: CompiledGroup, tensor: TensorInfo): boolean {
  if (group.patterns.length === 0) return DEFAULT_KINDS.has(tensor.moduleKind);
  return group.patterns.some((pattern) => pattern.test(tensor.module));
}

function describeGroup(group: CompiledGroup): string {
  if (group.patterns.length === 0) return 'a Linear/Conv/Embedding module';
  return `a module matching ${group.patterns.map((p) => `'${p.source}'`).join(' or ')} (group '${group.spec.name}')`;
}

function emptySelectionError(groups: readonly CompiledGroup[], exclude: readonly RegExp[], tensors: readonly TensorInfo[]): MoqlabError {
  const selectors = groups.length === 0 ? 'any group (no group is configured)' : groups.map(describeGroup).join(' or ');
  const excluded = exclude.length === 0 ? '' : ` not excluded by ${quoted(exclude.map((p) => p.source))}`;
  const owners = [...new Map(tensors.filter(isWeightMatrix).map((t) => [t.module, t.moduleKind])).entries()];
  const examples =
    owners.length === 0
      ? 'the model has no ≥2-D weight at all'
      : `modules with a ≥2-D weight: ${owners
          .slice(0, EXAMPLES)
          .map(([module, kind]) => `'${module}' (${kind})`)
          .join(', ')}${owners.length > EXAMPLES ? `, … (${owners.length} in all)` : ''}`;
  return configError(
    `quantization selects no tensor: ${tensors.length} tensors in the model, none is a ≥2-D weight of ${selectors}${excluded}; ${examples}`,
    "select modules explicitly with a group's modules regexes (any module kind), or narrow exclude",
  );
}

/** Why a group ended up with no tensor: nothing it matches is a weight matrix, exclude took them, or earlier groups did. */
function emptyGroupError(group: CompiledGroup, owner: ReadonlyMap<TensorInfo, CompiledGroup>, candidates: readonly TensorInfo[]): MoqlabError {
  const name = group.spec.name;
  const wanted = candidates.filter((tensor) => selectsByRule(group, tensor));
  if (wanted.length === 0) {
    return configError(
      `group '${name}' selects no tensor: no module it matches has a ≥2-D weight (biases, norms and 1-D tensors are never quantized)`,
      `point group '${name}' at modules with weight matrices, or remove it`,
    );
  }
  const taken = wanted.filter((tensor) => owner.has(tensor));
  if (taken.length === 0) {
    return configError(`group '${name}' selects no tensor: exclude removes every weight matrix it matches (e.g. '${wanted[0]!.name}')`, `narrow exclude or remove group '${name}'`);
  }
  // The group selects these tensors but got none of them, so their owners come before it.
  const takers = quoted([...new Set(taken.map((tensor) => owner.get(tensor)!.spec.name))]);
  return configError(
    `group '${name}' selects no tensor: every weight matrix it matches (e.g. '${taken[0]!.name}') goes to group ${takers} listed before it, because a tensor belongs to the first group that selects it`,
    `narrow the modules of group ${takers} or list group '${name}' first`,
  );
}

function checkGrouping(tensor: TensorInfo, numel: number, spec: GroupSpec): void {
  const shape = `[${tensor.shape.join(', ')}]`;
  if (spec.groupSize !== null) {
    // Rows are output channels; the rest of the tensor, flattened row-major, is a row's input.
    const inputs = product(tensor.shape.slice(1));
    if (inputs % spec.groupSize !== 0) {
      throw configError(
        `tensor '${tensor.name}' (shape ${shape}, group '${spec.name}'): group_size ${spec.groupSize} does not divide its input dimension ${inputs}`,
        `choose a group_size that divides ${inputs}, or use quantize_groups`,
      );
    }
  } else if (numel % spec.quantizeGroups !== 0) {
    throw configError(
      `tensor '${tensor.name}' (shape ${shape}, numel ${numel}, group '${spec.name}'): quantize_groups ${spec.quantizeGroups} does not divide numel ${numel}`,
      `choose a quantize_groups that divides ${numel}, e.g. the row count ${tensor.shape[0]} for per-output-channel scales`,
    );
  }
}

/**
 * The quantized tensors in parameter order. A tensor selected by several groups belongs to the FIRST
 * of them in `groups` order, so a specific group listed before a broad one overrides it. `exclude`
 * regexes remove tensors by module name whatever group selected them. Every regex must match some
 * module and every group must end up with at least one tensor: a part of the configuration that
 * selects nothing is an error, not a silent no-op.
 */
export function selectTensors(groups: GroupSpec[], exclude: string[], tensors: TensorInfo[]): QuantizedTensor[] {
  for (const group of groups) checkLowBits(group);
  const ordered = [...tensors].sort((a, b) => a.index - b.index);
  const modules = [...new Set(ordered.map((tensor) => tensor.module))];
  const compiled: CompiledGroup[] = groups.map((spec) => ({
    spec,
    patterns: spec.modules.map((source) => compile(source, `group '${spec.name}' modules`)),
  }));
  const excludePatterns = exclude.map((source) => compile(source, 'exclude'));
  for (const group of compiled) for (const pattern of group.patterns) checkMatchesSomeModule(pattern, `group '${group.spec.name}' modules`, modules);
  for (const pattern of excludePatterns) checkMatchesSomeModule(pattern, 'exclude', modules);

  const candidates = ordered.filter(isWeightMatrix);
  const kept = candidates.filter((tensor) => !excludePatterns.some((pattern) => pattern.test(tensor.module)));
  const owner = new Map<TensorInfo, CompiledGroup>();
  for (const tensor of kept) {
    const group = compiled.find((g) => selectsByRule(g, tensor));
    if (group) owner.set(tensor, group);
  }
  if (owner.size === 0) throw emptySelectionError(compiled, excludePatterns, ordered);
  const used = new Set(owner.values());
  for (const group of compiled) if (!used.has(group)) throw emptyGroupError(group, owner, candidates);

  return [...owner].map(([tensor, { spec }]) => {
    const numel = product(tensor.shape);
    checkGrouping(tensor, numel, spec);
    return {
      name: tensor.name,
      module: tensor.module,
      index: tensor.index,
      shape: [...tensor.shape],
      numel,
      group: spec.name,
      startBits: spec.startBits,
      targetBits: spec.targetBits,
      period: spec.period,
      quantizeGroups: spec.quantizeGroups,
      groupSize: spec.groupSize,
      qType: spec.qType,
      rounding: spec.rounding,
      grid: spec.grid,
    };
  });
}
