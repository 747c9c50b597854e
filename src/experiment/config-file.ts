/** Reading an experiment config from disk: the only I/O around the pure config module. */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { applyDeepSpeedConfig, type ConfigWarning, type ExperimentConfig, QuantLayout, resolveExperimentConfig } from '../config/index.js';
import { ErrorCode, MoqlabError } from '../errors.js';

/** A config is a few kilobytes; past this it is the wrong file, and reading it whole would cost memory. */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** Configs nest a few levels; far deeper nesting is not a config (and would overflow a recursive walk). */
export const MAX_CONFIG_DEPTH = 64;

/** How deeply `value` nests, counting each array and object; stops looking past `limit`. */
function depthOf(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 0;
  let deepest = 0;
  // An explicit stack: the point is to refuse what a recursive walk would overflow on.
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (deepest > limit) return deepest;
    for (const child of Object.values(node as object)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return deepest;
}

export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    // A device (/dev/zero), a FIFO or a huge file would never end or fill memory: refuse them unread.
    const stat = statSync(path);
    if (!stat.isFile()) {
      throw new MoqlabError(ErrorCode.ConfigInvalid, `${what} ${path} is not a regular file`, { hint: 'pass the path of a JSON file' });
    }
    if (stat.size > MAX_CONFIG_BYTES) {
      throw new MoqlabError(ErrorCode.ConfigInvalid, `${what} ${path} is ${stat.size} bytes; a config is at most ${MAX_CONFIG_BYTES} bytes`, {
        hint: 'check that this is the config file and not a data or checkpoint file',
      });
    }
    text = readFileSync(path, 'utf8');
  } catch (e) {
    if (e instanceof MoqlabError) throw e;
    throw new MoqlabError(ErrorCode.FileNotFound, `cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
      hint: 'check the path (relative paths are resolved from the current directory)',
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, `${path} is not valid JSON: ${(e as Error).message}`, { hint: 'fix the JSON syntax (comments and trailing commas are not allowed)' });
  }
  if (depthOf(value, MAX_CONFIG_DEPTH) > MAX_CONFIG_DEPTH) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, `${path} nests objects and arrays more than ${MAX_CONFIG_DEPTH} levels deep`, {
      hint: 'check that this is the config file; configs nest a few levels',
    });
  }
  return value;
}

export interface ReadConfigOptions {
  /** A DeepSpeed JSON (path from the current directory) whose settings override the experiment's. */
  dsConfig?: string;
  /** Told about deprecated or ignored settings and about keys the DeepSpeed file overrides. */
  onWarning?: (warning: ConfigWarning) => void;
  /** Edits the raw experiment last, after the DeepSpeed settings: command-line flags win over both files. */
  overrides?: (raw: Record<string, unknown>) => void;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Reads and validates an experiment config; relative paths inside it resolve from its directory. */
export function readExperimentConfig(path: string, options: ReadConfigOptions = {}): ExperimentConfig {
  const absolute = resolve(path);
  const stem = basename(absolute, extname(absolute));
  const warn = options.onWarning ?? (() => undefined);
  let raw = readJsonFile(absolute, 'config');
  let label = stem;
  let onWarning = warn;
  const { dsConfig } = options;
  if (dsConfig !== undefined) {
    const ds = readJsonFile(resolve(dsConfig), 'DeepSpeed config');
    // A non-object experiment gets no DeepSpeed settings: validation reports it as it stands.
    if (isPlainObject(raw)) raw = applyDeepSpeedConfig(raw, ds, warn, dsConfig);
    // Problems in a MoQ section the DeepSpeed file brought in must not send the user to the wrong file.
    label = `${stem} (with DeepSpeed config ${dsConfig})`;
    const fromDs = Object.values(QuantLayout).filter((layout) => isPlainObject(ds) && Object.hasOwn(ds, layout));
    onWarning = (warning) => warn(fromDs.some((layout) => warning.path.startsWith(`$.${layout}`)) ? { ...warning, source: dsConfig } : warning);
  }
  if (isPlainObject(raw)) options.overrides?.(raw);
  return resolveExperimentConfig(raw, { baseDir: dirname(absolute), fileName: basename(absolute), label, onWarning });
}
