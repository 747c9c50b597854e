import { resolve } from 'node:path';
import { Command } from 'commander';
import { upgradeStore } from '../tracking/index.js';
import { addStoreOption } from './options.js';

export function storeCommand(): Command {
  const store = new Command('store').description('maintain the tracking database');
  const upgrade = new Command('upgrade').description('apply pending schema migrations (back the file up first)');
  addStoreOption(upgrade).action((options: { store: string }) => {
    const { from, to } = upgradeStore(resolve(options.store));
    process.stdout.write(from === to ? `${options.store} is already at schema v${to}\n` : `${options.store}: schema v${from} -> v${to}\n`);
  });
  return store.addCommand(upgrade);
}
