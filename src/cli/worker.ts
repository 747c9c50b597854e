import { Command, Option } from 'commander';
import { parseCount } from './options.js';
import { runPythonModule } from '../worker/python.js';
import { ZmqBinding } from '../worker/session.js';

interface WorkerOptions {
  connect: string;
  python?: string;
  zmqBinding?: ZmqBinding;
  controllerTimeout: string;
  serverKey?: string;
  insecure?: boolean;
  nprocPerNode?: number;
  nnodes?: number;
  rdzvEndpoint?: string;
}

export function workerCommand(): Command {
  return new Command('worker')
    .description('run a worker on this machine that connects to a controller (e.g. a GPU box serving `moqlab train --listen`)')
    .requiredOption('--connect <endpoint>', 'the controller endpoint, e.g. tcp://controller-host:5555')
    .option('--python <path>', 'Python interpreter with torch (default: MOQLAB_PYTHON, then the first candidate with torch)')
    .addOption(new Option('--zmq-binding <binding>', 'force a ZeroMQ binding in the worker').choices(Object.values(ZmqBinding)))
    .option('--controller-timeout <seconds>', 'exit after this long without hearing from the controller', '60')
    .option('--server-key <key>', "tcp: the controller's public key, which `moqlab train --listen` prints (the worker then prints its own, to authorize there)")
    .option('--insecure', 'tcp without CURVE, for a controller started with --insecure')
    .option('--nproc-per-node <n>', 'run the worker as a torchrun gang of N ranks on this machine (data parallel; rank 0 connects to the controller)', parseCount)
    .option('--nnodes <k>', 'machines in the gang: run this same command on each (needs --rdzv-endpoint)', parseCount)
    .option('--rdzv-endpoint <host:port>', "the gang's rendezvous, reachable from every machine (e.g. the first node, port 29500)")
    .action(async (options: WorkerOptions) => {
      const args = ['worker', '--connect', options.connect, '--controller-timeout', options.controllerTimeout];
      if (options.zmqBinding) args.push('--zmq-binding', options.zmqBinding);
      if (options.serverKey) args.push('--server-key', options.serverKey);
      if (options.insecure) args.push('--insecure');
      const gang = options.nprocPerNode || options.nnodes ? { nprocPerNode: options.nprocPerNode ?? 1, nnodes: options.nnodes, rdzvEndpoint: options.rdzvEndpoint } : undefined;
      process.exitCode = await runPythonModule('moqlab', args, { python: options.python, gang });
    });
}
