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
    const result = JSON.parse(json) as ModelSummary | { error: { code: string; message: string } };
    if ('error' in result) {
      throw new MoqlabError(ErrorCode.WorkerError, `cannot build model ${name}: ${result.error.message}`, { details: { wireCode: result.error.code } });
    }
    return result;
  } finally {
    py.exit();
  }
}
