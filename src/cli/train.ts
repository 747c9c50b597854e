import { Command } from 'commander';
import { type RunResult, runExperiment } from '../experiment/run.js';
import { readExperimentConfig } from '../experiment/config-file.js';
import { formatTable } from '../report/table.js';
import { WorkerListener } from '../worker/session.js';
import { addStoreOption, openStoreOption } from './options.js';
import { ProgressBar } from './progress.js';

interface TrainOptions {
  store: string;
  device?: string;
  steps?: string;
  listen?: string;
  quiet?: boolean;
}

function printResult(result: RunResult, storePath: string): void {
  const rows = Object.entries(result.metrics).sort(([a], [b]) => a.localeCompare(b));
  process.stdout.write(`\n${formatTable([{ header: 'metric', value: (r: [string, number]) => r[0] }, { header: 'value', value: (r: [string, number]) => r[1] }], rows)}\n`);
  process.stdout.write(`\nrun ${result.run.id} (${result.run.name}) ${result.run.status}: ${result.steps} steps, ${result.trainSeconds.toFixed(1)} s of training\n`);
  process.stdout.write(`recorded in ${storePath}; see: moqlab runs show ${result.run.id}\n`);
}

export function trainCommand(): Command {
  const cmd = new Command('train')
    .description('train a model from an experiment config on a local worker (or a remote one with --listen), recording the run')
    .argument('<config>', 'experiment config (JSON); see examples/')
    .option('--device <device>', 'override the config: auto, cpu, cuda, cuda:N')
    .option('--steps <n>', 'override the config: train exactly this many optimizer steps')
    .option('--listen <endpoint>', 'wait for a remote worker on this endpoint (e.g. tcp://0.0.0.0:5555) instead of starting a local one')
    .option('-q, --quiet', 'no progress bar');
  addStoreOption(cmd);
  return cmd.action(async (configPath: string, options: TrainOptions) => {
    const config = readExperimentConfig(configPath, (raw) => {
      if (options.device) raw.device = options.device;
      if (options.steps) {
        const training = (raw.training ??= {}) as Record<string, unknown>;
        training.steps = Number(options.steps);
        delete training.epochs;
      }
    });
    const store = openStoreOption(options);
    const bar = options.quiet ? null : new ProgressBar();
    const controller = new AbortController();
    const onSigint = () => {
      process.stderr.write('\ninterrupt: stopping the worker...\n');
      controller.abort();
    };
    process.once('SIGINT', onSigint);
    try {
      let worker;
      if (options.listen) {
        const listener = await WorkerListener.bind(options.listen);
        process.stderr.write(`waiting for a worker: run \`moqlab worker --connect ${listener.endpoint}\` on the worker machine\n`);
        worker = await listener.accept();
      }
      const result = await runExperiment({
        store,
        config,
        worker,
        signal: controller.signal,
        onRunCreated: (run) => process.stderr.write(`run ${run.id} (${run.name})\n`),
        onProgress: (p) => bar?.update(p),
        onLog: (m) => {
          bar?.stop();
          process.stderr.write(`${m}\n`);
        },
      });
      bar?.stop();
      if (worker) await worker.close();
      printResult(result, store.path);
    } finally {
      bar?.stop();
      process.removeListener('SIGINT', onSigint);
      store.close();
    }
  });
}
