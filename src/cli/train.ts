import { Command } from 'commander';
import { ErrorCode, MoqlabError } from '../errors.js';
import type { Arm } from '../schedule/moq.js';
import { type GangLaunch, launcherArgs } from '../worker/gang.js';
import { KeyRole, loadOrCreateKeys } from '../worker/keys.js';
import { type GangAgent, type WorkerListener, type WorkerSession, startGangAgent } from '../worker/session.js';
import { addListenOptions, bindListener } from './listen.js';
import { type ExperimentOptions, addExperimentOptions, armOption, loadExperiment, requireTargetOption } from './experiment-options.js';
import { addStoreOption, openStoreOption, parseCount } from './options.js';
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
  cmd
    .option('--nnodes <k>', 'override distributed.nnodes: a gang over K machines (with --listen and --rdzv-endpoint); this machine runs --nproc-per-node ranks of it, the others run the `moqlab worker` command printed here', parseCount)
    .option('--rdzv-endpoint <host:port>', "override distributed.rdzv_endpoint: the gang's rendezvous, reachable from every machine (e.g. this one, port 29500)");
  addStoreOption(cmd);
  return cmd.action(async (configPath: string, options: TrainOptions) => {
    const config = loadExperiment(configPath, options);
    const store = openStoreOption(options);
    let worker: WorkerSession | undefined;
    let listener: WorkerListener | undefined;
    let agent: GangAgent | undefined;
    try {
      const { nproc_per_node: nprocPerNode, nnodes, rdzv_endpoint: rdzvEndpoint } = config.distributed;
      if (nnodes > 1) {
        ({ listener, agent } = await startSpanningGang(options, { nprocPerNode, nnodes, rdzvEndpoint: rdzvEndpoint ?? undefined }));
        worker = await listener.accept();
      } else if (options.listen) {
        listener = await bindListener(options.listen, options.insecure);
        worker = await listener.accept();
      }
      const result = await runWithProgress({ store, config, worker, arm: options.arm, requireTarget: options.requireTarget === true }, options.quiet === true);
      printResult(result, store.path);
    } finally {
      await worker?.close();
      await agent?.stop();
      await listener?.close();
      store.close();
    }
  });
}

/**
 * A gang over several machines: the listener its rank 0 connects to (wherever torchrun places it), and
 * this machine's agent. The other machines' command is printed; this machine's own worker key is admitted.
 */
async function startSpanningGang(options: TrainOptions, gang: GangLaunch): Promise<{ listener: WorkerListener; agent: GangAgent }> {
  if (!options.listen) {
    throw new MoqlabError(ErrorCode.Usage, `a gang over ${gang.nnodes} machines (distributed.nnodes, --nnodes) may start its rank 0 on another machine, so this controller must listen`, {
      hint: 'add --listen tcp://THIS_HOST:PORT, an address every machine of the gang reaches',
    });
  }
  launcherArgs(gang); // checks --rdzv-endpoint before anything starts
  const listener = await bindListener(options.listen, options.insecure, {
    admit: [loadOrCreateKeys(KeyRole.Worker).public],
    workerArgs: ['--nproc-per-node', String(gang.nprocPerNode), '--nnodes', String(gang.nnodes), '--rdzv-endpoint', gang.rdzvEndpoint!],
    where: `on each of the other ${gang.nnodes! - 1} machine(s) of the gang (this one starts its own ${gang.nprocPerNode} rank(s))`,
  });
  const local = listener.endpoint.replace('://0.0.0.0:', '://127.0.0.1:');
  const agent = startGangAgent(gang, local, { serverKey: listener.serverKey, onFailed: (message) => process.stderr.write(`moqlab: warning: ${message}\n`) });
  return { listener, agent };
}
