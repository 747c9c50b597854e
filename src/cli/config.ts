/** `moqlab config check`: what a config resolves to, before any worker starts. */
import { Command } from 'commander';
import type { ConfigWarning, ExperimentConfig } from '../config/index.js';
import { readExperimentConfig } from '../experiment/config-file.js';

interface CheckOptions {
  dsConfig?: string;
  json?: boolean;
}

function formatWarning(warning: ConfigWarning): string {
  return `${warning.source === undefined ? '' : `${warning.source} `}${warning.path}: ${warning.message}`;
}

/** The resolved config a run would record, then the warnings, each on its own line. */
export function formatConfigCheck(config: ExperimentConfig, warnings: readonly ConfigWarning[]): string {
  if (warnings.length === 0) return `${JSON.stringify(config, null, 2)}\n${config.name}: valid, no warnings`;
  const count = warnings.length === 1 ? '1 warning' : `${warnings.length} warnings`;
  return [JSON.stringify(config, null, 2), `${config.name}: valid, ${count}:`, ...warnings.map((w) => `  ${formatWarning(w)}`)].join('\n');
}

export function configCommand(): Command {
  const config = new Command('config').description('check experiment configs');

  const check = new Command('check')
    .description('validate an experiment config and print it resolved (defaults filled, paths absolute, MoQ settings resolved) with its warnings')
    .argument('<file>', 'experiment config (JSON)')
    .option('--ds-config <file>', "a DeepSpeed JSON whose settings override the experiment config's")
    .option('--json', 'print {"config": ..., "warnings": [...]} as JSON');
  check.action((file: string, options: CheckOptions) => {
    const warnings: ConfigWarning[] = [];
    // Invalid configs throw ConfigInvalid listing every problem; the CLI turns that into exit status 2.
    const resolved = readExperimentConfig(file, { dsConfig: options.dsConfig, onWarning: (warning) => warnings.push(warning) });
    const text = options.json ? JSON.stringify({ config: resolved, warnings }, null, 2) : formatConfigCheck(resolved, warnings);
    process.stdout.write(`${text}\n`);
  });

  return config.addCommand(check);
}
