/** `moqlab resume`: what continues a stopped run, checked before any worker starts. */
import { type ExperimentConfig, recordedConfig } from '../config/index.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { type RunRecord, RunStatus, type Store } from '../tracking/index.js';
import { latestCheckpoint } from './checkpoints.js';

export interface ResumeTarget {
  config: ExperimentConfig;
  resume: { run: RunRecord; checkpoint: string };
}

/**
 * The stopped run `idOrPrefix` (interrupted, failed or cut off) with the config it recorded and its
 * last checkpoint on disk; pass both to `runExperiment` and the schedule continues where it stopped.
 */
export function resumeTarget(store: Store, idOrPrefix: string): ResumeTarget {
  const run = store.getRun(idOrPrefix);
  if (run.status === RunStatus.Finished) {
    throw new MoqlabError(ErrorCode.Usage, `run ${run.id} already finished`, { hint: 'start a new run with moqlab train' });
  }
  const checkpoint = latestCheckpoint(store, run.id);
  if (!checkpoint) {
    throw new MoqlabError(ErrorCode.FileNotFound, `run ${run.id} has no checkpoint on disk to resume from`, {
      hint: 'runs can be resumed when they checkpoint: set checkpoint.every_steps in the config',
    });
  }
  return { config: recordedConfig(run), resume: { run, checkpoint: checkpoint.path } };
}
