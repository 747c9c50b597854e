import { Command } from 'commander';
import type { Arm } from '../schedule/moq.js';
import { authorizedWorkers } from '../worker/keys.js';
import { WorkerListener, type WorkerSession } from '../worker/session.js';
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
    .option('--listen <endpoint>', 'wait for a remote worker on this endpoint (e.g. tcp://10.0.0.5:5555) instead of starting a local one; tcp is encrypted and admits only workers authorized with `moqlab keys --authorize`')
    .option('--insecure', 'with --listen tcp://...: no CURVE, anyone who reaches the port can pose as the worker')
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
        const listener = await WorkerListener.bind(options.listen, { insecure: options.insecure === true });
        process.stderr.write(`${listenNote(listener.endpoint, listener.serverKey)}\n`);
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

/** What to run on the worker machine, and what a listener without CURVE risks. */
function listenNote(endpoint: string, serverKey: string | null): string {
  if (serverKey === null) {
    return endpoint.startsWith('tcp://')
      ? `warning: ${endpoint} is not authenticated (--insecure): anyone who reaches it can pose as the worker\nwaiting for a worker: run \`moqlab worker --connect ${endpoint} --insecure\` on the worker machine`
      : `waiting for a worker: run \`moqlab worker --connect ${endpoint}\``;
  }
  const authorized = authorizedWorkers().length;
  return [
    `waiting for a worker: run \`moqlab worker --connect ${endpoint} --server-key ${serverKey}\` on the worker machine`,
    `  it prints its public key; admit it here with \`moqlab keys --authorize KEY\` (${authorized === 0 ? 'no worker is authorized yet' : `${authorized} authorized now`})`,
  ].join('\n');
}
