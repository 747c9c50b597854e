/** Options of the commands that take an experiment config (train, plan, compare), and how they apply. */
import { Command, Option } from 'commander';
import { type ExperimentConfig, warmupSteps } from '../config/index.js';
import { ErrorCode, MoqlabError, isMoqlabError } from '../errors.js';
import { readExperimentConfig } from '../experiment/config-file.js';
import { Arm } from '../schedule/moq.js';

export interface ExperimentOptions {
  dsConfig?: string;
  device?: string;
  steps?: string;
  nprocPerNode?: string;
  /** train only: a gang over several machines. */
  nnodes?: number;
  rdzvEndpoint?: string;
}

export function addExperimentOptions(command: Command): Command {
  return command
    .option('--ds-config <file>', 'a DeepSpeed JSON whose batch sizes, precision, optimizer and quantize_training/compression_training settings override the config')
    .option('--device <device>', 'override the config: auto, cpu, cuda, cuda:N')
    .option('--steps <n>', 'override the config: train exactly this many optimizer steps')
    .option('--nproc-per-node <n>', 'override distributed.nproc_per_node: train data parallel in a local torchrun gang of N processes (batch_size per rank)');
}

export function armOption(defaultValue?: Arm): Option {
  const option = new Option('--arm <arm>', 'baseline (no quantization), basic-qat (target bits from the first step) or moq (the schedule); default: moq when the config quantizes').choices(Object.values(Arm));
  return defaultValue ? option.default(defaultValue) : option;
}

export function requireTargetOption(): Option {
  return new Option('--require-target', 'refuse, before the first training step, when a MoQ arm is predicted to end above the target bits basic-qat trains at (exit 2)');
}

/** --steps as a step count; 0 is refused because in the config it means "derive the steps from epochs", which the flag replaces. */
export function parseSteps(text: string): number {
  const steps = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(steps) || steps < 1) {
    throw new MoqlabError(ErrorCode.Usage, `--steps ${text}: expected a positive integer`, { hint: 'e.g. --steps 500; leave it out to train for training.epochs' });
  }
  return steps;
}

/**
 * What the config alone tells about the step budget, checked before any worker starts or run is
 * recorded. With epochs, the step count needs the data set's size and is checked once the data loads.
 */
export function checkStepBudget(config: ExperimentConfig, configPath: string, options: Pick<ExperimentOptions, 'steps'> = {}): void {
  if (config.training.steps === 0) return;
  try {
    warmupSteps(config.training, config.training.steps);
  } catch (e) {
    if (!isMoqlabError(e)) throw e;
    throw new MoqlabError(e.code, `${configPath}: ${e.message}${options.steps === undefined ? '' : ` that --steps ${options.steps} sets`}`, { hint: e.hint, cause: e });
  }
}

/** Reads the config with the command-line overrides and checks them; warnings go to stderr. */
export function loadExperiment(path: string, options: ExperimentOptions): ExperimentConfig {
  const steps = options.steps === undefined ? undefined : parseSteps(options.steps);
  const config = readExperimentConfig(path, {
    dsConfig: options.dsConfig,
    onWarning: (w) => process.stderr.write(`moqlab: warning: ${w.source ? `${w.source}: ` : ''}${w.path}: ${w.message}\n`),
    overrides: (raw) => {
      if (options.device) raw.device = options.device;
      // The schema checks the value, so a bad one is reported like a bad config key, with its path.
      const distributed = () => (raw.distributed ??= {}) as Record<string, unknown>;
      if (options.nprocPerNode !== undefined) distributed().nproc_per_node = Number(options.nprocPerNode);
      if (options.nnodes !== undefined) distributed().nnodes = options.nnodes;
      if (options.rdzvEndpoint !== undefined) distributed().rdzv_endpoint = options.rdzvEndpoint;
      if (steps !== undefined) {
        const training = (raw.training ??= {}) as Record<string, unknown>;
        training.steps = steps;
        delete training.epochs;
      }
    },
  });
  checkStepBudget(config, path, options);
  return config;
}
