/** What the benchmarks' in-process twins (scripts/bench/*_twin.py, inprocess_train.py) train with. */
import { type ExperimentConfig, warmupSteps } from '../../src/config/index.js';
import { trainingRequest } from '../../src/experiment/prepare.js';
import { pb } from '../../src/protocol/messages.js';

/**
 * The ConfigureTraining request a run of `config` sends its worker (`training.steps` steps), base64
 * encoded: the twin decodes it with the worker's own code, so both train with the same values.
 */
export function twinTraining(config: ExperimentConfig): string {
  const total = config.training.steps;
  const request = trainingRequest(config, { totalSteps: total, warmupSteps: warmupSteps(config.training, total) });
  return Buffer.from(pb.ConfigureTraining.encode(request).finish()).toString('base64');
}
