import { Command } from 'commander';
import { resumeTarget } from '../experiment/resume.js';
import { addStoreOption, openStoreOption } from './options.js';
import { printResult, runWithProgress } from './run-with-progress.js';

export function resumeCommand(): Command {
  const cmd = new Command('resume')
    .description('continue a stopped run (interrupted, failed, or cut off) from its last checkpoint; the schedule continues exactly where it stopped')
    .argument('<run>', 'run id or a unique prefix')
    .option('-q, --quiet', 'no progress bar');
  addStoreOption(cmd);
  return cmd.action(async (id: string, options: { store: string; quiet?: boolean }) => {
    const store = openStoreOption(options);
    try {
      const result = await runWithProgress({ store, ...resumeTarget(store, id) }, options.quiet === true);
      printResult(result, store.path);
    } finally {
      store.close();
    }
  });
}
