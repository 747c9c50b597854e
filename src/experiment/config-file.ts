/** Reading an experiment config from disk: the only I/O around the pure config module. */
import { readFileSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { type ExperimentConfig, resolveExperimentConfig } from '../config/index.js';
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

/** Reads and validates an experiment config; relative paths inside it resolve from its directory. */
export function readExperimentConfig(path: string, overrides: (raw: Record<string, unknown>) => void = () => undefined): ExperimentConfig {
  const absolute = resolve(path);
  const raw = readJsonFile(absolute, 'config');
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) overrides(raw as Record<string, unknown>);
  return resolveExperimentConfig(raw, { baseDir: dirname(absolute), fileName: basename(absolute, extname(absolute)) });
}
