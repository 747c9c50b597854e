import { Command } from 'commander';
import type { Arm } from '../schedule/moq.js';
import { WorkerListener, type WorkerSession } from '../worker/session.js';
import { type ExperimentOptions, addExperimentOptions, armOption, loadExperiment, requireTargetOption } from './experiment-options.js';
import { addStoreOption, openStoreOption } from './options.js';
import { printResult, runWithProgress } from './run-with-progress.js';

interface TrainOptions extends ExperimentOptions {
  store: string;
  arm?: Arm;
  listen?: string;
  quiet?: boolean;
  requireTarget?: boolean;
}

export function trainCommand(): Command {
  const cmd = new Command('train')
    .description('train a model from an experiment config on a local worker (or a remote one with --listen), recording the run')
    .argument('<config>', 'experiment config (JSON); see examples/')
    .addOption(armOption())
    .option('--listen <endpoint>', 'wait for a remote worker on this endpoint (e.g. tcp://0.0.0.0:5555) instead of starting a local one')
    .option('-q, --quiet', 'no progress bar')
    .addOption(requireTargetOption());
  addExperimentOptions(cmd);
  addStoreOption(cmd);
  return cmd.action(async (configPath: string, options: TrainOptions) => {
    const config = loadExperiment(configPath, options);
    const store = openStoreOption(options);
    let worker: WorkerSession | undefined;
    try {
      if (options.listen) {
        const listener = await WorkerListener.bind(options.listen);
        process.stderr.write(`waiting for a worker: run \`moqlab worker --connect ${listener.endpoint}\` on the worker machine\n`);
        worker = await listener.accept();
      }
      const result = await runWithProgress({ store, config, worker, arm: options.arm, requireTarget: options.requireTarget === true }, options.quiet === true);
      printResult(result, store.path);
    } finally {
      await worker?.close();
      store.close();
    }
  });
}
