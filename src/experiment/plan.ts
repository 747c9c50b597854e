/** `moqlab plan`: the schedule a run of a config would follow, predicted on a worker without training. */
import type { ExperimentConfig } from '../config/index.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { Arm, type FactorOf } from '../schedule/moq.js';
import type { SkippedTensor } from '../schedule/selection.js';
import { type Timeline, predictTimeline } from '../schedule/timeline.js';
import { EventKind, type Store, storedPayload } from '../tracking/index.js';
import { startLocalWorker } from '../worker/session.js';
import { loadDataAndModel } from './prepare.js';
import { type QuantizationSetup, checkEigenArm, resolveBlocksOnWorker, setUpQuantization } from './quantization.js';

/** Where the eigenvalue factors of a plan come from. */
export type PlanFactors =
  /** Factor 1 everywhere (eigenvalues are measured while training). */
  | { kind: 'none' }
  /** One factor 1..5 per block, in block order. */
  | { kind: 'per-block'; factors: number[] }
  /** The factor each drop of a recorded run used. */
  | { kind: 'recorded'; factorOf: FactorOf };

export interface Plan {
  timeline: Timeline;
  skipped: readonly SkippedTensor[];
  setup: QuantizationSetup;
}

/**
 * Predicts every quantized tensor's bits over the run of `config` under `arm`: a worker loads the data
 * (its size fixes the step count) and the model (its tensors), resolves the blocks for moq-eigen, and
 * closes; nothing trains and nothing is recorded.
 */
export async function planExperiment(config: ExperimentConfig, arm: Arm, factors: PlanFactors): Promise<Plan> {
  if (!config.quantization) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, `${config.name} has no enabled quantization section, so there is nothing to plan`, {
      hint: 'add quantize_training (or compression_training.weight_quantization) with enabled: true',
    });
  }
  if (arm === Arm.Baseline) {
    throw new MoqlabError(ErrorCode.Usage, 'the baseline arm quantizes nothing, so there is nothing to plan', { hint: `plan --arm ${Arm.BasicQat}, ${Arm.Moq} or ${Arm.MoqEigen}` });
  }
  checkEigenArm(config.quantization, arm);
  const worker = await startLocalWorker();
  try {
    const prepared = await loadDataAndModel(worker.client, config);
    const blocks = await resolveBlocksOnWorker(worker.client, config.quantization, arm);
    const setup = setUpQuantization(config.quantization, arm, prepared.summary, blocks)!;
    const timeline = predictTimeline(setup.tensors, setup.options, prepared.totalSteps, factorOf(factors, setup, blocks.length || config.quantization.eigenvalue.layerNum));
    return { timeline, skipped: setup.skipped, setup };
  } finally {
    await worker.close();
  }
}

function factorOf(factors: PlanFactors, setup: QuantizationSetup, blocks: number): FactorOf {
  switch (factors.kind) {
    case 'none':
      return () => 1;
    case 'recorded':
      return factors.factorOf;
    case 'per-block': {
      if (factors.factors.length !== blocks) {
        throw new MoqlabError(ErrorCode.Usage, `${factors.factors.length} factors given for ${blocks} blocks`, { hint: `give one factor per block (eigenvalue.layer_num is ${blocks})` });
      }
      return (tensor) => {
        const block = setup.blockOf[tensor];
        return block === undefined ? 1 : factors.factors[block]!;
      };
    }
  }
}

/** The factor each tensor's drops used in a recorded run, by drop index; 1 for drops it never made. */
export function factorsFromRun(store: Store, runId: string): FactorOf {
  const byTensor = new Map<string, number[]>();
  for (const e of store.getEvents(store.getRun(runId).id, EventKind.Drop)) {
    const drop = storedPayload(e, EventKind.Drop);
    const tensor = String(drop.tensor);
    byTensor.set(tensor, [...(byTensor.get(tensor) ?? []), Number(drop.factor)]);
  }
  return (tensor, dropIndex) => byTensor.get(tensor)?.[dropIndex] ?? 1;
}
