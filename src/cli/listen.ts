/** --listen: a controller that waits for workers started elsewhere (`moqlab worker --connect`). */
import type { Command } from 'commander';
import { authorizedWorkers } from '../worker/keys.js';
import { WorkerListener } from '../worker/session.js';

export function addListenOptions(command: Command, what: string): Command {
  return command
    .option('--listen <endpoint>', `${what}; tcp is encrypted and admits only workers authorized with \`moqlab keys --authorize\``)
    .option('--insecure', 'with --listen tcp://...: no CURVE, anyone who reaches the port can pose as a worker');
}

export interface ListenOptions {
  /** Worker keys admitted besides the authorized ones (this machine's own worker, started by the controller). */
  admit?: readonly string[];
  /** What the worker command needs beyond --connect (a gang's launch options), and where to run it. */
  workerArgs?: readonly string[];
  where?: string;
}

/** Binds the endpoint and tells the user what to run on the worker machines. */
export async function bindListener(endpoint: string, insecure: boolean | undefined, options: ListenOptions = {}): Promise<WorkerListener> {
  const listener = await WorkerListener.bind(endpoint, { insecure: insecure === true, admit: options.admit });
  process.stderr.write(`${listenNote(listener.endpoint, listener.serverKey, options)}\n`);
  return listener;
}

/** What to run on the worker machine, and what a listener without CURVE risks. */
function listenNote(endpoint: string, serverKey: string | null, options: ListenOptions): string {
  const extra = options.workerArgs?.length ? ` ${options.workerArgs.join(' ')}` : '';
  const where = options.where ?? 'on the worker machine';
  if (serverKey === null) {
    return endpoint.startsWith('tcp://')
      ? `warning: ${endpoint} is not authenticated (--insecure): anyone who reaches it can pose as the worker\nwaiting for a worker: run \`moqlab worker --connect ${endpoint} --insecure${extra}\` ${where}`
      : `waiting for a worker: run \`moqlab worker --connect ${endpoint}${extra}\`${options.where ? ` ${options.where}` : ''}`;
  }
  const authorized = authorizedWorkers().length;
  return [
    `waiting for a worker: run \`moqlab worker --connect ${endpoint} --server-key ${serverKey}${extra}\` ${where}`,
    `  it prints its public key; admit it here with \`moqlab keys --authorize KEY\` (${authorized === 0 ? 'no worker is authorized yet' : `${authorized} authorized now`})`,
  ].join('\n');
}
