/** Reading an experiment config from disk: the only I/O around the pure config module. */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { applyDeepSpeedConfig, type ConfigWarning, type ExperimentConfig, QuantLayout, resolveExperimentConfig } from '../config/index.js';
import { ErrorCode, MoqlabError } from '../errors.js';

export function readJsonFile(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new MoqlabError(ErrorCode.FileNotFound, `cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, {
      hint: 'check the path (relative paths are resolved from the current directory)',
    });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, `${path} is not valid JSON: ${(e as Error).message}`, { hint: 'fix the JSON syntax (comments and trailing commas are not allowed)' });
  }
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
