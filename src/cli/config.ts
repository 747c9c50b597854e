/** `moqlab config check`: what a config resolves to, before any worker starts (with --deep, what the worker accepts). */
import { Command } from 'commander';
import type { ConfigWarning, ExperimentConfig } from '../config/index.js';
import { readExperimentConfig } from '../experiment/config-file.js';
import { type SetUpCheck, checkSetUpOnWorker } from '../experiment/preflight.js';
import { defaultArm } from '../experiment/quantization.js';
import { finalBitsWarning, formatBits } from '../schedule/final-bits.js';
import { startLocalWorker } from '../worker/session.js';

interface CheckOptions {
  dsConfig?: string;
  json?: boolean;
  deep?: boolean;
}

function formatSetUpCheck(config: ExperimentConfig, check: SetUpCheck): string {
  const lines = [
    `${config.name}: the worker accepts it (nothing trained, nothing recorded):`,
    `  data: ${check.trainExamples} training and ${check.evalExamples} evaluation examples; ${check.totalSteps} optimizer steps`,
    `  model: ${check.parameters} parameters`,
  ];
  const q = check.quantization;
  if (q !== null) {
    const end = q.finalBits.finalBits === null ? 'not quantized by the last step' : `ending at ${formatBits(q.finalBits.finalBits)} mean bits`;
    lines.push(`  quantization: ${q.tensors} tensors (${q.parameters} parameters), ${end}`);
    const warning = finalBitsWarning(q.finalBits);
    if (warning !== null) lines.push(`  warning: ${warning}`);
  }
  return lines.join('\n');
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
    .option('--json', 'print {"config": ..., "warnings": [...]} as JSON')
    .option('--deep', "also start a worker and make every request a run makes before training (data, model, training settings, MoQ tensors and blocks), so whatever it would refuse is found now; trains and records nothing");
  check.action(async (file: string, options: CheckOptions) => {
    const warnings: ConfigWarning[] = [];
    // Invalid configs throw ConfigInvalid listing every problem; the CLI turns that into exit status 2.
    const resolved = readExperimentConfig(file, { dsConfig: options.dsConfig, onWarning: (warning) => warnings.push(warning) });
    const deep = options.deep ? await checkDeep(resolved) : null;
    const text = options.json
      ? JSON.stringify({ config: resolved, warnings, ...(deep === null ? {} : { deep }) }, null, 2)
      : [formatConfigCheck(resolved, warnings), ...(deep === null ? [] : [formatSetUpCheck(resolved, deep)])].join('\n');
    process.stdout.write(`${text}\n`);
  });

  return config.addCommand(check);
}

async function checkDeep(config: ExperimentConfig): Promise<SetUpCheck> {
  // The worker a run starts: a gang when the config asks for one (FSDP needs one to shard the model).
  const worker = await startLocalWorker({ nprocPerNode: config.distributed.nproc_per_node });
  try {
    return await checkSetUpOnWorker(worker.client, config, defaultArm(config.quantization));
  } finally {
    await worker.close();
  }
}
