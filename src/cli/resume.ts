import { Command } from 'commander';
import { ErrorCode, MoqlabError } from '../errors.js';
import { latestCheckpoint } from '../experiment/checkpoints.js';
import { recordedConfig } from '../config/index.js';
import { RunStatus } from '../tracking/index.js';
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
      const run = store.getRun(id);
      if (run.status === RunStatus.Finished) {
        throw new MoqlabError(ErrorCode.Usage, `run ${run.id} already finished`, { hint: 'start a new run with moqlab train' });
      }
      const checkpoint = latestCheckpoint(store, run.id);
      if (!checkpoint) {
        throw new MoqlabError(ErrorCode.FileNotFound, `run ${run.id} has no checkpoint on disk to resume from`, {
          hint: 'runs can be resumed when they checkpoint: set checkpoint.every_steps in the config',
        });
      }
      const result = await runWithProgress({ store, config: recordedConfig(run), resume: { run, checkpoint: checkpoint.path } }, options.quiet === true);
      printResult(result, store.path);
    } finally {
      store.close();
    }
  });
}
