import { Command } from 'commander';
import type { Arm } from '../schedule/moq.js';
import type { WorkerListener, WorkerSession } from '../worker/session.js';
import { addListenOptions, bindListener } from './listen.js';
import { type ExperimentOptions, addExperimentOptions, armOption, loadExperiment, requireTargetOption } from './experiment-options.js';
import { addStoreOption, openStoreOption } from './options.js';
import { printResult, runWithProgress } from './run-with-progress.js';

interface TrainOptions extends ExperimentOptions {
  store: string;
  arm?: Arm;
  listen?: string;
  insecure?: boolean;
  quiet?: boolean;
  requireTarget?: boolean;
}

export function trainCommand(): Command {
  const cmd = new Command('train')
    .description('train a model from an experiment config on a local worker (or a remote one with --listen), recording the run')
    .argument('<config>', 'experiment config (JSON); see examples/')
    .addOption(armOption())
    .option('-q, --quiet', 'no progress bar')
    .addOption(requireTargetOption());
  addListenOptions(cmd, 'wait for a remote worker (or the rank 0 of a remote gang) on this endpoint (e.g. tcp://10.0.0.5:5555) instead of starting a local one');
  addExperimentOptions(cmd);
  addStoreOption(cmd);
  return cmd.action(async (configPath: string, options: TrainOptions) => {
    const config = loadExperiment(configPath, options);
    const store = openStoreOption(options);
    let worker: WorkerSession | undefined;
    let listener: WorkerListener | undefined;
    try {
      if (options.listen) {
        listener = await bindListener(options.listen, options.insecure);
        worker = await listener.accept();
      }
      const result = await runWithProgress({ store, config, worker, arm: options.arm, requireTarget: options.requireTarget === true }, options.quiet === true);
      printResult(result, store.path);
    } finally {
      await worker?.close();
      await listener?.close();
      store.close();
    }
  });
}
