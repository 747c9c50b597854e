/**
 * The final bits each arm would end with, predicted from the model the worker loaded and the run's
 * step count (which needs the data set's size), before anything trains.
 */
import type { ExperimentConfig, QuantizationConfig } from '../config/index.js';
import { topFactor } from '../eigen/clustering.js';
import { type FinalBits, predictFinalBits } from '../schedule/final-bits.js';
import { Arm } from '../schedule/moq.js';
import type { WorkerClient } from '../worker/client.js';
import { type Prepared, configureTraining, loadDataAndModel } from './prepare.js';
import { type QuantizationSetup, configureQuantizationOnWorker, resolveBlocksOnWorker, setUpQuantization } from './quantization.js';

/** The prediction for a run's quantization set-up; moq-eigen's latest case puts the largest factor its clustering gives on every block. */
export function predictSetupFinalBits(setup: QuantizationSetup, config: QuantizationConfig, totalSteps: number): FinalBits {
  const largest = topFactor(config.eigenvalue.clustering, config.eigenvalue.regions);
  const worst = (tensor: string) => (setup.blockOf[tensor] === undefined ? 1 : largest);
  return predictFinalBits(setup.tensors, setup.options, totalSteps, worst)!;
}

/**
 * One preparatory pass for several arms of one config (a comparison): loads the data and the model
 * once (or takes them as loaded for this config), resolves the blocks when an arm needs them, and predicts every quantizing arm. The step
 * count and the tensors do not depend on the arm or the seed, so one pass serves every run. Any
 * problem the runs would all meet (data, model, step budget, tensor selection, blocks) fails here
 * once instead of in every run.
 */
export async function predictArmsOnWorker(client: WorkerClient, config: ExperimentConfig, arms: readonly Arm[], loaded?: Prepared): Promise<FinalBits[]> {
  const prepared = loaded ?? (await loadDataAndModel(client, config));
  const blocks = arms.includes(Arm.MoqEigen) ? await resolveBlocksOnWorker(client, config.quantization, Arm.MoqEigen) : [];
  return arms.flatMap((arm) => {
    const setup = setUpQuantization(config.quantization, arm, prepared.summary, arm === Arm.MoqEigen ? blocks : []);
    return setup ? [predictSetupFinalBits(setup, config.quantization!, prepared.totalSteps)] : [];
  });
}

/** What a deep check found: the set-up a run of this config would train, as the worker accepted it. */
export interface SetUpCheck {
  trainExamples: number;
  evalExamples: number;
  parameters: number;
  totalSteps: number;
  /** Null for an arm that does not quantize. */
  quantization: { tensors: number; parameters: number; finalBits: FinalBits } | null;
}

/**
 * Every request a run makes before its first training step (data, model, training settings, the MoQ
 * tensors and blocks), so that whatever the worker would refuse is found without training or
 * recording anything (`moqlab config check --deep`).
 */
export async function checkSetUpOnWorker(client: WorkerClient, config: ExperimentConfig, arm: Arm): Promise<SetUpCheck> {
  const prepared = await loadDataAndModel(client, config);
  await configureTraining(client, config, prepared);
  const configured = await configureQuantizationOnWorker(client, config.quantization, arm, prepared.summary, config.training.seed);
  return {
    trainExamples: prepared.data.trainExamples,
    evalExamples: prepared.data.evalExamples,
    parameters: prepared.summary.numParameters,
    totalSteps: prepared.totalSteps,
    quantization: configured && {
      tensors: configured.setup.tensors.length,
      parameters: configured.quantizedParameters,
      finalBits: predictSetupFinalBits(configured.setup, config.quantization!, prepared.totalSteps),
    },
  };
}
