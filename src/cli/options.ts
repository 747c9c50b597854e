/** Options several commands share. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { type Store, openStore } from '../tracking/index.js';

export const DEFAULT_STORE = '.moqlab/moqlab.db';

export function addStoreOption(command: Command): Command {
  return command.option('--store <path>', 'tracking database (SQLite)', process.env.MOQLAB_STORE ?? DEFAULT_STORE);
}

export function openStoreOption(options: { store: string }, readonly = false): Store {
  return openStore(resolve(options.store), { readonly });
}
