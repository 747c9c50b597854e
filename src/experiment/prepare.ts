/** The first requests of every run (and of `moqlab plan`): data, model, the step budget, training set-up. */
import { DataParallel, type ExperimentConfig, NonfinitePolicy, Precision, TaskType, isPretrainedCheckpoint, totalSteps, warmupSteps } from '../config/index.js';
import { type moqlab, pb } from '../protocol/messages.js';
import type { WorkerClient } from '../worker/client.js';

export interface Prepared {
  data: moqlab.v1.LoadDataResult;
  model: moqlab.v1.LoadModelResult;
  summary: moqlab.v1.ModelSummary;
  totalSteps: number;
  warmupSteps: number;
}

const PRECISION: Record<Precision, number> = {
  [Precision.Fp32]: pb.Precision.PRECISION_FP32,
  [Precision.Fp16]: pb.Precision.PRECISION_FP16,
  [Precision.Bf16]: pb.Precision.PRECISION_BF16,
};

const NONFINITE: Record<NonfinitePolicy, number> = {
  [NonfinitePolicy.Fail]: pb.NonfinitePolicy.NONFINITE_POLICY_FAIL,
  [NonfinitePolicy.SkipStep]: pb.NonfinitePolicy.NONFINITE_POLICY_SKIP_STEP,
};

const DATA_PARALLEL: Record<DataParallel, number> = {
  [DataParallel.Ddp]: pb.DataParallel.DATA_PARALLEL_DDP,
  [DataParallel.Fsdp]: pb.DataParallel.DATA_PARALLEL_FSDP,
};

const TASK_TYPE: Record<TaskType, number> = {
  [TaskType.Classification]: pb.TaskType.TASK_TYPE_CLASSIFICATION,
  [TaskType.Regression]: pb.TaskType.TASK_TYPE_REGRESSION,
};

/**
 * Loads the data set and builds the model in the worker; the data set's label count sizes the model's
 * head. `worldSize` is the worker's ranks (default: the gang the config asks for): with epochs, each step
 * takes batch_size examples per rank.
 */
export async function loadDataAndModel(
  client: WorkerClient,
  config: ExperimentConfig,
  onPhase: (phase: 'data' | 'model') => void = () => undefined,
  worldSize = config.distributed.nproc_per_node,
): Promise<Prepared> {
  onPhase('data');
  const d = config.data;
  const modelSpec = { name: config.model.name, kwargsJson: JSON.stringify(config.model.kwargs), pythonPath: config.model.python_path };
  const data = await client.loadData({
    spec: {
      name: d.name,
      path: d.path ?? '',
      task: d.task ?? '',
      vocabPath: d.vocab_path ?? '',
      maxSeqLen: d.max_seq_len,
      maxTrainExamples: d.max_train_examples,
      maxEvalExamples: d.max_eval_examples,
      trainPath: d.train ?? '',
      evalPath: d.eval ?? '',
      textColumns: d.text_columns,
      labelColumn: d.label_column ?? '',
      taskType: d.task_type === null ? pb.TaskType.TASK_TYPE_UNSPECIFIED : TASK_TYPE[d.task_type],
      labels: d.labels ?? [],
      format: d.format ?? '',
      strict: d.strict,
    },
    seed: config.training.seed,
    ...(isPretrainedCheckpoint(config.model) ? { tokenizerModel: modelSpec } : {}),
  });
  onPhase('model');
  const model = await client.loadModel({
    spec: modelSpec,
    device: config.device,
    seed: config.training.seed,
    defaultNumLabels: data.numLabels,
  });
  const total = totalSteps(config.training, data.trainExamples, worldSize);
  return { data, model, summary: model.summary as moqlab.v1.ModelSummary, totalSteps: total, warmupSteps: warmupSteps(config.training, total) };
}

export async function configureTraining(client: WorkerClient, config: ExperimentConfig, prepared: Prepared): Promise<void> {
  await client.configureTraining(trainingRequest(config, prepared));
}

/**
 * The ConfigureTraining request of a run: every training setting the worker uses, from the config (the
 * one home of their defaults) and the run's step budget.
 */
export function trainingRequest(config: ExperimentConfig, steps: Pick<Prepared, 'totalSteps' | 'warmupSteps'>): moqlab.v1.IConfigureTraining {
  const t = config.training;
  return {
    lr: t.optimizer.lr,
    weightDecay: t.optimizer.weight_decay,
    beta1: t.optimizer.betas[0],
    beta2: t.optimizer.betas[1],
    eps: t.optimizer.eps,
    warmupSteps: steps.warmupSteps,
    totalSteps: steps.totalSteps,
    batchSize: t.batch_size,
    gradientAccumulationSteps: t.gradient_accumulation_steps,
    maxGradNorm: t.max_grad_norm,
    precision: PRECISION[t.precision],
    seed: t.seed,
    numThreads: t.num_threads,
    initialLossScale: t.initial_loss_scale,
    lossScaleWindow: t.loss_scale_window,
    onNonfinite: NONFINITE[t.on_nonfinite],
    maxNonfiniteSteps: t.max_nonfinite_steps,
    dataParallel: DATA_PARALLEL[config.distributed.data_parallel],
  };
}
