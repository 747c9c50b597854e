/** Options of the commands that take an experiment config (train, plan, compare), and how they apply. */
import { Command, Option } from 'commander';
import type { ExperimentConfig } from '../config/index.js';
import { readExperimentConfig } from '../experiment/config-file.js';
import { Arm } from '../schedule/moq.js';

export interface ExperimentOptions {
  dsConfig?: string;
  device?: string;
  steps?: string;
}

export function addExperimentOptions(command: Command): Command {
  return command
    .option('--ds-config <file>', 'a DeepSpeed JSON whose batch sizes, precision, optimizer and quantize_training/compression_training settings override the config')
    .option('--device <device>', 'override the config: auto, cpu, cuda, cuda:N')
    .option('--steps <n>', 'override the config: train exactly this many optimizer steps');
}

export function armOption(defaultValue?: Arm): Option {
  const option = new Option('--arm <arm>', 'baseline (no quantization), basic-qat (target bits from the first step) or moq (the schedule); default: moq when the config quantizes').choices(Object.values(Arm));
  return defaultValue ? option.default(defaultValue) : option;
}

/** Reads the config with the command-line overrides; warnings go to stderr. */
export function loadExperiment(path: string, options: ExperimentOptions): ExperimentConfig {
  return readExperimentConfig(path, {
    dsConfig: options.dsConfig,
    onWarning: (w) => process.stderr.write(`moqlab: warning: ${w.source ? `${w.source}: ` : ''}${w.path}: ${w.message}\n`),
    overrides: (raw) => {
      if (options.device) raw.device = options.device;
      if (options.steps) {
        const training = (raw.training ??= {}) as Record<string, unknown>;
        training.steps = Number(options.steps);
        delete training.epochs;
      }
    },
  });
}
