/**
 * Which of the model's tensors MoQ quantizes, with which group's settings, and why each other tensor
 * is left out (SEMANTICS.md §1, §6; docs/MOQ.md records where moqlab widens the spec's default).
 *
 * Every trainable tensor of two or more dimensions is quantized by default, whatever module owns it
 * and whatever it is called: Linear, Conv and Embedding weights, but also RNN gates (`weight_ih_l0`),
 * fused attention projections (`in_proj_weight`) and a custom module's matrices. The spec's default
 * (the `weight` of Linear/Conv/Embedding) skipped those silently; here every tensor left out comes
 * back with its reason, so that the CLI can say what was not quantized and why.
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
  /** requires_grad: only trainable tensors have an fp32 master to quantize from. */
  trainable: boolean;
}

/** A quantization group as the config resolves it: its regexes are tested against MODULE names. */
export type GroupSpec = QuantGroupConfig;

/** What decides the selection: the groups in order, and the include/exclude filters applied before them. */
export interface SelectionRules {
  groups: GroupSpec[];
  /** Regexes naming tensors (parameter or module name); when given, only the tensors they name are considered. */
  include: string[];
  /** Regexes naming tensors (parameter or module name) never quantized; they win over include. */
  exclude: string[];
}

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

/** Why a tensor is not quantized; the first that applies, in this order. */
export enum SkipReason {
  /** The optimizer does not train it, so there is no master to quantize from. */
  NotTrainable = 'not-trainable',
  /** 0-D or 1-D: biases, norms, scalars (SEMANTICS.md §1: never quantized). */
  FewerThanTwoDims = 'fewer-than-2-dims',
  /** ≥ 2-D but only one dimension above 1 (a class token, a weight-norm gain): a vector in disguise. */
  VectorShaped = 'vector-shaped',
  NotIncluded = 'not-included',
  Excluded = 'excluded',
  /** Trainable and ≥ 2-D, but no group's modules regexes match its module. */
  NoGroup = 'no-group',
}

export interface SkippedTensor {
  name: string;
  shape: number[];
  reason: SkipReason;
  /** The exclude regex that removed the tensor; null for every other reason. */
  regex: string | null;
}

/** The quantized tensors and every other tensor of the model with its reason, both in parameter order. */
export interface Selection {
  tensors: QuantizedTensor[];
  skipped: SkippedTensor[];
}

const MATRIX_KINDS: ReadonlySet<ModuleKind> = new Set([ModuleKind.Linear, ModuleKind.Conv, ModuleKind.Embedding]);
/** Ternary (2) and binary (1) bits have their own symmetric, deterministic formulas (SEMANTICS.md §6). */
const MAX_LOW_BITS = 2;
/** Names quoted in an error: enough to recognise the model, short enough to read. */
const EXAMPLES = 5;
const SIMILAR = 3;
const GROUP_HINT = "a group's modules regexes are tested against module names (not parameter names) with RegExp.test, unanchored";
const FILTER_HINT = 'include and exclude regexes are tested with RegExp.test, unanchored, against each parameter name and the name of the module that owns it';

function configError(message: string, hint: string): MoqlabError {
  return new MoqlabError(ErrorCode.ConfigInvalid, message, { hint });
}

function quoted(items: readonly string[]): string {
  return items.map((item) => `'${item}'`).join(', ');
}

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
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

function product(values: readonly number[]): number {
  return values.reduce((a, b) => a * b, 1);
}

function skipOf(tensor: TensorInfo, reason: SkipReason, regex: string | null = null): SkippedTensor {
  return { name: tensor.name, shape: [...tensor.shape], reason, regex };
}

/** The reasons no configuration can override: the worker has no master for it, or it is not a matrix. */
function structuralReason(tensor: TensorInfo): SkipReason | null {
  if (!tensor.trainable) return SkipReason.NotTrainable;
  if (tensor.shape.length < 2) return SkipReason.FewerThanTwoDims;
  return null;
}

/**
 * A (1, 1, d) class token or an (out, 1, 1, 1) weight-norm gain is a vector stored in more
 * dimensions: as a bias or a norm, it is left out unless include names it. The weight of a Linear,
 * Conv or Embedding is a matrix by its role even with one row or column (a one-output regression
 * head), and the spec has always quantized it.
 */
function isVectorShaped(tensor: TensorInfo): boolean {
  if (MATRIX_KINDS.has(tensor.moduleKind) && ownName(tensor) === 'weight') return false;
  return tensor.shape.filter((size) => size > 1).length <= 1;
}

/** include and exclude name a tensor by its parameter name, or by its module's name (what exclude first matched). */
function namesTensor(pattern: RegExp, tensor: TensorInfo): boolean {
  return pattern.test(tensor.name) || pattern.test(tensor.module);
}

/** One line per reason: why this tensor is not quantized. */
export function describeSkip(skipped: SkippedTensor): string {
  switch (skipped.reason) {
    case SkipReason.NotTrainable:
      return 'not trainable (requires_grad is false)';
    case SkipReason.FewerThanTwoDims:
      return `${skipped.shape.length}-D (a bias, norm or scalar): never quantized`;
    case SkipReason.VectorShaped:
      return 'only one dimension above 1 (a token, gain or scale vector); name it in include to quantize it';
    case SkipReason.NotIncluded:
      return 'named by no include regex';
    case SkipReason.Excluded:
      return `excluded by regex '${skipped.regex}'`;
    case SkipReason.NoGroup:
      return "its module matches no group's modules regexes";
  }
}

/** The reasons as counted in a summary: "12 with fewer than 2 dimensions (biases, norms)". */
function countedReason(skipped: SkippedTensor): string {
  switch (skipped.reason) {
    case SkipReason.NotTrainable:
      return 'not trainable';
    case SkipReason.FewerThanTwoDims:
      return 'with fewer than 2 dimensions (biases, norms)';
    case SkipReason.VectorShaped:
      return 'vector-shaped (one dimension above 1)';
    case SkipReason.NotIncluded:
      return 'named by no include regex';
    case SkipReason.Excluded:
      return `excluded by '${skipped.regex}'`;
    case SkipReason.NoGroup:
      return 'in no group';
  }
}

/** "12 with fewer than 2 dimensions (biases, norms), 2 excluded by 'head'": counts per reason, in order of first appearance. */
export function summarizeSkipped(skipped: readonly SkippedTensor[]): string {
  const counts = new Map<string, number>();
  for (const s of skipped) {
    const reason = countedReason(s);
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].map(([reason, count]) => `${count} ${reason}`).join(', ');
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

function compile(source: string, owner: string, hint: string): RegExp {
  try {
    return new RegExp(source);
  } catch (cause) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, `${owner}: '${source}' is not a valid regular expression (${(cause as Error).message})`, { hint, cause });
  }
}

/** A regex that matches no module is a typo or a regex for another model: either way it does nothing. */
function checkMatchesSomeModule(pattern: RegExp, owner: string, modules: readonly string[]): void {
  if (modules.some((module) => pattern.test(module))) return;
  throw configError(
    `${owner}: regex '${pattern.source}' matches no module of the model; similar module names: ${quoted(similarNames(pattern.source, modules, SIMILAR))}`,
    `${GROUP_HINT}; fix or remove the regex`,
  );
}

function checkExclude(pattern: RegExp, tensors: readonly TensorInfo[]): void {
  if (tensors.some((tensor) => namesTensor(pattern, tensor))) return;
  const names = [...new Set(tensors.flatMap((tensor) => [tensor.name, tensor.module]))];
  throw configError(
    `exclude: regex '${pattern.source}' names no parameter or module of the model; similar names: ${quoted(similarNames(pattern.source, names, SIMILAR))}`,
    `${FILTER_HINT}; fix or remove the regex`,
  );
}

/** An include regex that names only tensors that are never quantized would quietly select nothing. */
function checkInclude(pattern: RegExp, tensors: readonly TensorInfo[]): void {
  const named = tensors.filter((tensor) => namesTensor(pattern, tensor));
  if (named.some((tensor) => structuralReason(tensor) === null)) return;
  const first = named[0];
  const quantizable = () => tensors.filter((tensor) => structuralReason(tensor) === null).map((tensor) => tensor.name);
  const found =
    first === undefined
      ? `names no parameter or module of the model; similar trainable ≥2-D tensors: ${quoted(similarNames(pattern.source, quantizable(), SIMILAR))}`
      : `names only tensors that are never quantized, e.g. '${first.name}': ${describeSkip(skipOf(first, structuralReason(first)!))}`;
  throw configError(`include: regex '${pattern.source}' ${found}`, `${FILTER_HINT}; point it at trainable tensors of 2 or more dimensions, or remove it`);
}

interface CompiledGroup {
  spec: GroupSpec;
  /** Empty for a group that takes every tensor the filters leave. */
  patterns: RegExp[];
}

interface CompiledFilters {
  include: RegExp[];
  exclude: RegExp[];
}

function selectsByRule(group: CompiledGroup, tensor: TensorInfo): boolean {
  return group.patterns.length === 0 || group.patterns.some((pattern) => pattern.test(tensor.module));
}

/** Why the filters (not the groups) leave a structurally quantizable tensor out, or null. */
function filterSkip(tensor: TensorInfo, filters: CompiledFilters): SkippedTensor | null {
  if (filters.include.length > 0) {
    if (!filters.include.some((pattern) => namesTensor(pattern, tensor))) return skipOf(tensor, SkipReason.NotIncluded);
  } else if (isVectorShaped(tensor)) {
    return skipOf(tensor, SkipReason.VectorShaped);
  }
  const excluding = filters.exclude.find((pattern) => namesTensor(pattern, tensor));
  return excluding ? skipOf(tensor, SkipReason.Excluded, excluding.source) : null;
}

function emptySelectionError(groups: readonly CompiledGroup[], tensors: readonly TensorInfo[], skipped: readonly SkippedTensor[]): MoqlabError {
  const quantizable = tensors.filter((tensor) => structuralReason(tensor) === null);
  const examples =
    quantizable.length === 0
      ? 'the model has no trainable tensor of 2 or more dimensions'
      : `its trainable ≥2-D tensors: ${quantizable
          .slice(0, EXAMPLES)
          .map((t) => `'${t.name}' ${shapeText(t.shape)}`)
          .join(', ')}${quantizable.length > EXAMPLES ? `, … (${quantizable.length} in all)` : ''}`;
  const groupless = groups.length === 0 ? ' (no quantization group is configured)' : '';
  return configError(
    `quantization selects no tensor: all ${tensors.length} tensors of the model are left out: ${summarizeSkipped(skipped)}${groupless}; ${examples}`,
    "narrow exclude or widen include (they name parameters or modules), or point the groups' modules regexes at modules that own those tensors",
  );
}

/** Why a group ended up with no tensor: nothing it matches is quantizable, the filters took them, or earlier groups did. */
function emptyGroupError(group: CompiledGroup, owner: ReadonlyMap<TensorInfo, CompiledGroup>, tensors: readonly TensorInfo[], filtered: ReadonlyMap<TensorInfo, SkippedTensor>): MoqlabError {
  const name = group.spec.name;
  const wanted = tensors.filter((tensor) => structuralReason(tensor) === null && selectsByRule(group, tensor));
  if (wanted.length === 0) {
    return configError(
      `group '${name}' selects no tensor: no module it matches owns a trainable tensor of 2 or more dimensions (biases, norms and 1-D tensors are never quantized)`,
      `point group '${name}' at modules with weight matrices, or remove it`,
    );
  }
  const taken = wanted.filter((tensor) => owner.has(tensor));
  if (taken.length === 0) {
    const first = filtered.get(wanted[0]!)!;
    return configError(
      `group '${name}' selects no tensor: include, exclude or the default rules leave out every tensor it matches (e.g. '${first.name}': ${describeSkip(first)})`,
      `narrow exclude, widen include, or remove group '${name}'`,
    );
  }
  // The group selects these tensors but got none of them, so their owners come before it.
  const takers = quoted([...new Set(taken.map((tensor) => owner.get(tensor)!.spec.name))]);
  return configError(
    `group '${name}' selects no tensor: every tensor it matches (e.g. '${taken[0]!.name}') goes to group ${takers} listed before it, because a tensor belongs to the first group that selects it`,
    `narrow the modules of group ${takers} or list group '${name}' first`,
  );
}

function checkGrouping(tensor: TensorInfo, numel: number, spec: GroupSpec): void {
  const shape = shapeText(tensor.shape);
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
 * The quantized tensors and the tensors left out, in parameter order. A tensor is quantized when it
 * is trainable and ≥ 2-D, passes the filters (include when given, otherwise the vector-shape rule;
 * then exclude, which wins over include), and some group selects it. A tensor selected by several
 * groups belongs to the FIRST of them in `groups` order, so a specific group listed before a broad one
 * overrides it. Every regex must match something and every group must end up with at least one
 * tensor: a part of the configuration that selects nothing is an error, not a silent no-op.
 */
export function selectTensors(rules: SelectionRules, tensors: TensorInfo[]): Selection {
  for (const group of rules.groups) checkLowBits(group);
  const ordered = [...tensors].sort((a, b) => a.index - b.index);
  const modules = [...new Set(ordered.map((tensor) => tensor.module))];
  const compiled: CompiledGroup[] = rules.groups.map((spec) => ({
    spec,
    patterns: spec.modules.map((source) => compile(source, `group '${spec.name}' modules`, GROUP_HINT)),
  }));
  const filters: CompiledFilters = {
    include: rules.include.map((source) => compile(source, 'include', FILTER_HINT)),
    exclude: rules.exclude.map((source) => compile(source, 'exclude', FILTER_HINT)),
  };
  for (const group of compiled) for (const pattern of group.patterns) checkMatchesSomeModule(pattern, `group '${group.spec.name}' modules`, modules);
  for (const pattern of filters.include) checkInclude(pattern, ordered);
  for (const pattern of filters.exclude) checkExclude(pattern, ordered);

  const owner = new Map<TensorInfo, CompiledGroup>();
  const filtered = new Map<TensorInfo, SkippedTensor>();
  const skipped: SkippedTensor[] = [];
  for (const tensor of ordered) {
    const structural = structuralReason(tensor);
    const skip = structural === null ? filterSkip(tensor, filters) : skipOf(tensor, structural);
    if (skip !== null) {
      if (structural === null) filtered.set(tensor, skip);
      skipped.push(skip);
      continue;
    }
    const group = compiled.find((g) => selectsByRule(g, tensor));
    if (group) owner.set(tensor, group);
    else skipped.push(skipOf(tensor, SkipReason.NoGroup));
  }
  if (owner.size === 0) throw emptySelectionError(compiled, ordered, skipped);
  const used = new Set(owner.values());
  for (const group of compiled) if (!used.has(group)) throw emptyGroupError(group, owner, ordered, filtered);

  const selected = [...owner].map(([tensor, { spec }]) => {
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
  return { tensors: selected, skipped };
}
