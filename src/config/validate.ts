/**
 * Walks raw JSON against a schema and collects every problem, not just the first, so one edit of
 * the file can fix them all. Paths are JSONPath-like (`$.training.batch_size`, `$.betas[1]`).
 */
import { ErrorCode, MoqlabError } from '../errors.js';
import { FieldKind, MAX_UINT32, type ArrayField, type Check, type Field, type Infer, type NumberField, type ObjectField } from './schema.js';

export interface ConfigProblem {
  path: string;
  message: string;
  /** The offending value as JSON, shortened; absent when the value is missing. */
  got?: string;
  hint?: string;
}

/** Something legal but probably not what the author meant, or about to stop working; never fatal. */
export interface ConfigWarning {
  /** JSON path, as in problems (`$.quantize_training.quantize_type`). */
  path: string;
  message: string;
  /** The file the path is in when it is not the experiment config (a DeepSpeed JSON). */
  source?: string;
}

export interface Validation<T> {
  /** Present exactly when there are no problems. */
  value: T | undefined;
  problems: ConfigProblem[];
}

const INVALID = Symbol('invalid');
const MAX_GOT_LENGTH = 60;

export function validate<F extends Field>(field: F, raw: unknown): Validation<Infer<F>> {
  const problems: ConfigProblem[] = [];
  const value = walk(field, raw, '$', problems);
  return { value: problems.length === 0 ? (value as Infer<F>) : undefined, problems };
}

export function formatProblem(problem: ConfigProblem): string {
  const got = problem.got === undefined ? '' : ` (got ${problem.got})`;
  const hint = problem.hint === undefined ? '' : `; ${problem.hint}`;
  return `${problem.path}: ${problem.message}${got}${hint}`;
}

/** One error for all problems, one per line; `details.problems` keeps them as JSON for tools. */
export function configError(what: string, problems: readonly ConfigProblem[]): MoqlabError {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = problems.map((p) => `  ${formatProblem(p)}`).join('\n');
  return new MoqlabError(ErrorCode.ConfigInvalid, `${what} has ${count}:\n${lines}`, {
    hint: 'fix each listed field; a path like $.training.batch_size means "batch_size" inside "training"',
    details: { problems: JSON.stringify(problems) },
  });
}

/** Optimal string alignment distance: Levenshtein plus swaps of adjacent characters ("lr" ↔ "rl"). */
export function editDistance(a: string, b: string): number {
  const width = b.length + 1;
  const d = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => d[i * width + j]!;
  for (let i = 0; i <= a.length; i++) d[i * width] = i;
  for (let j = 0; j <= b.length; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The candidate nearest to `word`, ignoring case, if it is close enough to be a plausible typo:
 * at most one edit per three characters, so short words do not "match" unrelated short words.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    const allowed = Math.max(1, Math.floor(Math.max(word.length, candidate.length) / 3));
    if (distance <= allowed && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

export function didYouMean(candidate: string): string {
  return `did you mean '${candidate}'?`;
}

function render(value: unknown): string | undefined {
  // JSON.stringify writes Infinity as null, which would hide what the file said.
  const text = typeof value === 'number' && !Number.isFinite(value) ? String(value) : JSON.stringify(value);
  if (text === undefined) return undefined;
  return text.length > MAX_GOT_LENGTH ? `${text.slice(0, MAX_GOT_LENGTH - 1)}…` : text;
}

function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The JSON path of a value reached by `keys` from the root: `['a', 'b-c', 0]` is `$.a["b-c"][0]`. */
export function jsonPath(keys: readonly (string | number)[]): string {
  return keys.reduce<string>(childPath, '$');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number or boolean written as a string is the commonest JSON slip; say exactly what to write. */
function unquoteHint(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const looksTyped = (raw.trim() !== '' && !Number.isNaN(Number(raw))) || raw === 'true' || raw === 'false';
  return looksTyped ? `write ${raw} without quotes` : undefined;
}

function rangeText(field: NumberField, value: number): string | undefined {
  const { min, max } = field;
  // Most integers are bounded above only by the wire; name that bound only to a value past it.
  if (max === MAX_UINT32 && field.kind === FieldKind.Integer) {
    if (value > max) return `<= ${max} (the largest 32-bit count)`;
    return min === undefined ? undefined : `${field.exclusiveMin ? '>' : '>='} ${min}`;
  }
  if (min !== undefined && max !== undefined) {
    return `in ${field.exclusiveMin ? '(' : '['}${min}, ${max}${field.exclusiveMax ? ')' : ']'}`;
  }
  if (min !== undefined) return `${field.exclusiveMin ? '>' : '>='} ${min}`;
  if (max !== undefined) return `${field.exclusiveMax ? '<' : '<='} ${max}`;
  return undefined;
}

function inRange(field: NumberField, value: number): boolean {
  const { min, max } = field;
  const aboveMin = min === undefined || (field.exclusiveMin ? value > min : value >= min);
  const belowMax = max === undefined || (field.exclusiveMax ? value < max : value <= max);
  return aboveMin && belowMax;
}

function lengthText(field: ArrayField, length: number): string | undefined {
  const { minItems, maxItems } = field;
  const items = (n: number): string => `${n} item${n === 1 ? '' : 's'}`;
  if (minItems !== undefined && minItems === maxItems && length !== minItems) return `must have exactly ${items(minItems)}`;
  if (minItems !== undefined && length < minItems) return `must have at least ${items(minItems)}`;
  if (maxItems !== undefined && length > maxItems) return `must have at most ${items(maxItems)}`;
  return undefined;
}

function walk(field: Field, raw: unknown, path: string, problems: ConfigProblem[]): unknown {
  const fail = (message: string, hint?: string): typeof INVALID => {
    problems.push({ path, message, got: render(raw), ...(hint === undefined ? {} : { hint }) });
    return INVALID;
  };
  const finish = <T>(check: ((value: T) => Check | undefined) | undefined, value: T): unknown => {
    const problem = check?.(value);
    return problem === undefined ? value : fail(problem.message, problem.hint);
  };

  switch (field.kind) {
    case FieldKind.Object:
      return walkObject(field, raw, path, problems);
    case FieldKind.Number:
    case FieldKind.Integer: {
      const integer = field.kind === FieldKind.Integer;
      if (typeof raw !== 'number') return fail(integer ? 'must be an integer' : 'must be a number', unquoteHint(raw));
      // JSON.parse reads 1e309 as Infinity; no setting means that.
      if (!Number.isFinite(raw)) return fail('must be a finite number');
      if (integer && !Number.isInteger(raw)) return fail('must be an integer');
      if (!inRange(field, raw)) return fail(`must be ${rangeText(field, raw)}`);
      return finish(field.check?.bind(field), raw);
    }
    case FieldKind.String:
      return typeof raw === 'string' ? finish(field.check?.bind(field), raw) : fail('must be a string');
    case FieldKind.Boolean:
      return typeof raw === 'boolean' ? finish(field.check?.bind(field), raw) : fail('must be true or false', unquoteHint(raw));
    case FieldKind.Enum: {
      const match = field.values.find((v) => v === raw);
      if (match !== undefined) return finish(field.check?.bind(field), match);
      const near = typeof raw === 'string' ? suggest(raw, field.values) : undefined;
      return fail(`must be one of ${field.values.join(', ')}`, near === undefined ? undefined : didYouMean(near));
    }
    case FieldKind.Array: {
      if (!Array.isArray(raw)) return fail('must be an array');
      const length = lengthText(field, raw.length);
      if (length !== undefined) return fail(length);
      const items = raw.map((item, i) => walk(field.items, item, childPath(path, i), problems));
      return items.includes(INVALID) ? INVALID : finish(field.check?.bind(field), items);
    }
    case FieldKind.Record: {
      if (!isPlainObject(raw)) return fail('must be an object');
      const entries = Object.entries(raw).map(([key, v]) => [key, walk(field.values, v, childPath(path, key), problems)]);
      return entries.some(([, v]) => v === INVALID) ? INVALID : finish(field.check?.bind(field), Object.fromEntries(entries));
    }
    case FieldKind.Json:
      return finish(field.check?.bind(field), raw);
    case FieldKind.Optional:
      return raw === null ? null : walk(field.field, raw, path, problems);
  }
}

/** Whether the file wrote the key at this path (as opposed to a default filling it in). */
function written(raw: Record<string, unknown>, keys: readonly string[]): boolean {
  let at: unknown = raw;
  for (const key of keys) {
    if (!isPlainObject(at) || !Object.hasOwn(at, key)) return false;
    at = at[key];
  }
  return true;
}

/** An exact key one level down ("lr" beside "optimizer") beats a fuzzy match at this level. */
function unknownKeyHint(field: ObjectField, key: string): string {
  const parent = Object.entries(field.fields).find(([, child]) => {
    const inner = child.kind === FieldKind.Optional ? child.field : child;
    return inner.kind === FieldKind.Object && Object.hasOwn(inner.fields, key);
  });
  if (parent !== undefined) return didYouMean(`${parent[0]}.${key}`);
  const known = Object.keys(field.fields);
  const near = suggest(key, known);
  return near === undefined ? `valid keys here: ${known.join(', ')}` : didYouMean(near);
}

function walkObject(field: ObjectField, raw: unknown, path: string, problems: ConfigProblem[]): unknown {
  if (!isPlainObject(raw)) {
    problems.push({ path, message: 'must be an object', got: render(raw) });
    return INVALID;
  }
  for (const [key, v] of Object.entries(raw)) {
    if (!Object.hasOwn(field.fields, key)) {
      problems.push({ path: childPath(path, key), message: 'unknown key', got: render(v), hint: unknownKeyHint(field, key) });
    }
  }

  const value: Record<string, unknown> = {};
  let valid = true;
  for (const [key, child] of Object.entries(field.fields)) {
    const at = childPath(path, key);
    let v: unknown;
    if (Object.hasOwn(raw, key)) v = walk(child, raw[key], at, problems);
    else if (child.kind === FieldKind.Object) v = walkObject(child, {}, at, problems);
    else if (child.default !== undefined) v = structuredClone(child.default);
    else {
      problems.push({ path: at, message: 'is required', hint: child.doc });
      v = INVALID;
    }
    if (v === INVALID) valid = false;
    else value[key] = v;
  }
  if (!valid) return INVALID;

  const broken = field.rules?.(value, (...keys) => written(raw, keys)) ?? [];
  for (const rule of broken) {
    const keys = rule.key === undefined ? [] : typeof rule.key === 'string' ? [rule.key] : rule.key;
    const at = keys.reduce<unknown>((v, k) => (isPlainObject(v) ? v[k] : undefined), value);
    problems.push({
      path: keys.reduce<string>(childPath, path),
      message: rule.message,
      // A missing optional value has nothing to show, and a whole section is too long to.
      ...(keys.length === 0 || at === undefined || at === null || isPlainObject(at) ? {} : { got: render(at) }),
      ...(rule.hint === undefined ? {} : { hint: rule.hint }),
    });
  }
  return broken.length === 0 ? value : INVALID;
}
