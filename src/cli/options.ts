/** Options several commands share. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { ErrorCode, MoqlabError } from '../errors.js';
import { type Store, openStore } from '../tracking/index.js';

export const DEFAULT_STORE = '.moqlab/moqlab.db';

export function addStoreOption(command: Command): Command {
  return command.option('--store <path>', 'tracking database (SQLite)', process.env.MOQLAB_STORE ?? DEFAULT_STORE);
}

export function openStoreOption(options: { store: string }, readonly = false): Store {
  return openStore(resolve(options.store), { readonly });
}

/** A count option (--nproc-per-node, --nnodes): a positive integer. */
export function parseCount(text: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new MoqlabError(ErrorCode.Usage, `${text}: expected a positive integer`, { hint: 'e.g. --nproc-per-node 8' });
  return n;
}
