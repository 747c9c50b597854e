/**
 * Calls into Python through pythonia for model introspection before a run (never on the training
 * path, which goes through the worker).
 */
import { delimiter } from 'node:path';
import { ErrorCode, MoqlabError } from '../errors.js';
import { pythonRuntimeDir } from '../paths.js';

export interface ParameterSummary {
  name: string;
  shape: number[];
  numel: number;
  dtype: string;
  trainable: boolean;
}

export interface ModuleSummary {
  name: string;
  type: string;
  parameters: ParameterSummary[];
}

export interface ModelSummary {
  model_class: string;
  num_parameters: number;
  num_trainable: number;
  modules: ModuleSummary[];
}

interface PythoniaModule {
  python: ((module: string) => Promise<Record<string, (...args: unknown[]) => Promise<unknown>>>) & { exit(): void };
}

/** Builds the model described by `name`/`kwargs` in `python` and returns its module tree. */
export async function describeModel(python: string, name: string, kwargs: Record<string, unknown>, pythonPath: string[]): Promise<ModelSummary> {
  // pythonia starts its interpreter when first imported, from these variables.
  process.env.PYTHON_BIN = python;
  process.env.PYTHONPATH = [pythonRuntimeDir(), process.env.PYTHONPATH].filter(Boolean).join(delimiter);
  const { python: py } = (await import('pythonia')) as unknown as PythoniaModule;
  try {
    const inspect = await py('moqlab.inspect');
    const json = (await inspect.describe!(name, JSON.stringify(kwargs), pythonPath)) as string;
    return JSON.parse(json) as ModelSummary;
  } catch (e) {
    const message = (e as Error).message ?? String(e);
    // pythonia wraps the Python exception; keep its last line, which carries moqlab's message.
    const last = message.split('\n').filter((l) => l.trim()).pop() ?? message;
    throw new MoqlabError(ErrorCode.WorkerError, `cannot build model ${name}: ${last.trim()}`, { cause: e });
  } finally {
    py.exit();
  }
}
