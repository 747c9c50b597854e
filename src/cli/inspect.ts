import { Command } from 'commander';
import { type ModelSummary, describeModel } from '../bridge/pythonia.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { formatTable } from '../report/table.js';
import { findPython } from '../worker/python.js';

interface InspectOptions {
  model: string;
  kwargs: string;
  pythonPath: string[];
  json?: boolean;
}

function parseKwargs(text: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new MoqlabError(ErrorCode.Usage, `--kwargs is not valid JSON: ${(e as Error).message}`, { hint: `quote it for the shell, e.g. --kwargs '{"hidden": [64]}'` });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new MoqlabError(ErrorCode.Usage, '--kwargs must be a JSON object');
  return value as Record<string, unknown>;
}

function formatSummary(summary: ModelSummary): string {
  const rows = summary.modules.map((m) => ({
    depth: m.name ? m.name.split('.').length : 0,
    name: m.name || '(root)',
    type: m.type,
    shapes: m.parameters.map((p) => `${p.name.split('.').pop()}[${p.shape.join('x')}]`).join(' '),
    count: m.parameters.reduce((n, p) => n + p.numel, 0),
  }));
  const table = formatTable(
    [
      { header: 'module', value: (r: (typeof rows)[number]) => `${'  '.repeat(Math.max(r.depth - 1, 0))}${r.name}` },
      { header: 'type', value: (r: (typeof rows)[number]) => r.type },
      { header: 'parameters', value: (r: (typeof rows)[number]) => r.shapes || null },
      { header: 'count', value: (r: (typeof rows)[number]) => (r.count ? r.count : null) },
    ],
    rows,
  );
  return `${summary.model_class}: ${summary.num_parameters.toLocaleString('en-US')} parameters (${summary.num_trainable.toLocaleString('en-US')} trainable)\n\n${table}\n`;
}

export function inspectCommand(): Command {
  return new Command('inspect')
    .description('print a model\'s module tree, parameter shapes and counts (builds it in Python; starts no worker)')
    .requiredOption('--model <spec>', 'built-in (mlp, cnn, tiny-bert, hf-bert, minilm), a Hugging Face checkpoint hf:<dir>, or a factory package.module:function')
    .option('--kwargs <json>', 'keyword arguments for the model, a JSON object', '{}')
    .option('--python-path <dir>', 'extra directory on sys.path for a factory (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--json', 'print the summary as JSON')
    .action(async (options: InspectOptions) => {
      const python = findPython().executable;
      const summary = await describeModel(python, options.model, parseKwargs(options.kwargs), options.pythonPath);
      process.stdout.write(options.json ? `${JSON.stringify(summary, null, 2)}\n` : formatSummary(summary));
    });
}
