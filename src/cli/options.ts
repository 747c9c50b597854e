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

function wholeNumber(text: string, min: number, expected: string, hint: string): number {
  const n = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min) throw new MoqlabError(ErrorCode.Usage, `${text}: expected ${expected}`, { hint });
  return n;
}

/** A count option (--nproc-per-node, --nnodes): a positive integer. */
export function parseCount(text: string): number {
  return wholeNumber(text, 1, 'a positive integer', 'e.g. --nproc-per-node 8');
}

/** A count option where 0 means none (--parity-examples 0 skips the check). */
export function parseCountOrZero(text: string): number {
  return wholeNumber(text, 0, 'a whole number (0 for none)', 'e.g. --parity-examples 0 skips the parity check');
}
