/** Step arithmetic that needs the dataset size, which the config alone does not know. */
import { ErrorCode, MoqlabError } from '../errors.js';
import type { TrainingConfig } from './experiment.js';
import { MAX_UINT32 } from './schema.js';

/**
 * Rounds away float noise before a ceiling: 0.7 epochs of 100 examples is 70.00000000000001 in
 * float arithmetic, and a blind ceil would add a step nobody asked for.
 */
function snap(x: number): number {
  const nearest = Math.round(x);
  return Math.abs(x - nearest) <= 1e-9 * Math.max(1, Math.abs(x)) ? nearest : x;
}

/**
 * Optimizer steps of a run: `steps` when set, else enough for `epochs` passes over the data, with
 * `batch_size` examples per rank of a gang of `worldSize`.
 */
export function totalSteps(
  training: Pick<TrainingConfig, 'steps' | 'epochs' | 'batch_size' | 'gradient_accumulation_steps'>,
  trainExamples: number,
  worldSize = 1,
): number {
  if (training.steps > 0) return training.steps;
  if (!Number.isSafeInteger(trainExamples) || trainExamples < 0) {
    throw new MoqlabError(ErrorCode.InvalidArgument, `training example count ${trainExamples} is not a non-negative integer`, {
      hint: 'pass the number of examples the training split holds',
    });
  }
  const examplesPerStep = training.batch_size * training.gradient_accumulation_steps * worldSize;
  const steps = Math.ceil(snap(training.epochs * trainExamples) / examplesPerStep);
  if (steps === 0) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, `$.training.epochs: ${training.epochs} epochs of 0 training examples is 0 steps`, {
      hint: 'check data.path and data.max_train_examples, or set training.steps',
    });
  }
  if (steps > MAX_UINT32) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, `$.training.epochs: ${training.epochs} epochs of ${trainExamples} examples is ${steps} steps, more than the ${MAX_UINT32} a run counts`, {
      hint: 'lower training.epochs or set training.steps',
    });
  }
  return steps;
}

/** Warmup steps from `warmup_steps`, else `ceil(warmup_ratio * total)` (the Hugging Face convention). */
export function warmupSteps(training: Pick<TrainingConfig, 'warmup_steps' | 'warmup_ratio'>, total: number): number {
  if (training.warmup_steps > total) {
    throw new MoqlabError(
      ErrorCode.ConfigInvalid,
      `$.training.warmup_steps: ${training.warmup_steps} is more than the ${total} training steps`,
      { hint: 'lower warmup_steps, or use warmup_ratio so warmup scales with the run' },
    );
  }
  if (training.warmup_steps > 0) return training.warmup_steps;
  return Math.ceil(snap(training.warmup_ratio * total));
}
