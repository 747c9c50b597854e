import { spawn } from 'node:child_process';
import { delimiter } from 'node:path';
import { Command, Option } from 'commander';
import { pythonRuntimeDir } from '../paths.js';
import { findPython } from '../worker/python.js';
import { ZmqBinding } from '../worker/session.js';

export function workerCommand(): Command {
  return new Command('worker')
    .description('run a worker on this machine that connects to a controller (e.g. a GPU box serving `moqlab train --listen`)')
    .requiredOption('--connect <endpoint>', 'the controller endpoint, e.g. tcp://controller-host:5555')
    .option('--python <path>', 'Python interpreter with torch (default: MOQLAB_PYTHON, then the first candidate with torch)')
    .addOption(new Option('--zmq-binding <binding>', 'force a ZeroMQ binding in the worker').choices(Object.values(ZmqBinding)))
    .option('--controller-timeout <seconds>', 'exit after this long without hearing from the controller', '60')
    .action(async (options: { connect: string; python?: string; zmqBinding?: ZmqBinding; controllerTimeout: string }) => {
      const python = options.python ?? findPython().executable;
      const args = ['-m', 'moqlab', 'worker', '--connect', options.connect, '--controller-timeout', options.controllerTimeout];
      if (options.zmqBinding) args.push('--zmq-binding', options.zmqBinding);
      const child = spawn(python, args, {
        stdio: 'inherit',
        env: { ...process.env, PYTHONPATH: [pythonRuntimeDir(), process.env.PYTHONPATH].filter(Boolean).join(delimiter) },
      });
      const forward = (signal: NodeJS.Signals) => child.kill(signal);
      process.on('SIGINT', forward).on('SIGTERM', forward);
      const code = await new Promise<number>((resolve) => child.on('exit', (c, s) => resolve(c ?? (s ? 128 : 1))));
      process.exitCode = code;
    });
}
