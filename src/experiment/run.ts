/** The control loop of one run: start or reuse a worker, drive it segment by segment, record everything. */
import { dirname, join } from 'node:path';
import { totalSteps, warmupSteps, type ExperimentConfig, Precision } from '../config/index.js';
import { ErrorCode, MoqlabError, isMoqlabError } from '../errors.js';
import { type moqlab, pb } from '../protocol/messages.js';
import { SegmentAction, planSegments } from '../schedule/segments.js';
import { type RunRecord, RunStatus, type Store } from '../tracking/index.js';
import { type LocalWorkerOptions, type WorkerSession, startLocalWorker } from '../worker/session.js';
import { controllerEnvironment, workerEnvironment } from './environment.js';
import { ArtifactKind, EventKind } from './events.js';

export enum RunPhase {
  StartingWorker = 'starting worker',
  LoadingData = 'loading data',
  LoadingModel = 'loading model',
  Training = 'training',
  Evaluating = 'evaluating',
  Checkpointing = 'checkpointing',
  Done = 'done',
}

export interface Progress {
  phase: RunPhase;
  step: number;
  totalSteps: number;
  loss: number | null;
  stepsPerSecond: number | null;
}

export interface SegmentDone {
  start: number;
  end: number;
  /** Time the worker spent training the segment. */
  seconds: number;
  /** Controller-side wall time of the segment request. */
  wallSeconds: number;
  meanLoss: number;
}

export interface RunCallbacks {
  onRunCreated?(run: RunRecord): void;
  /** Awaited after each training segment, before its evaluation or checkpoint. */
  onSegmentEnd?(segment: SegmentDone): void | Promise<void>;
  onProgress?(progress: Progress): void;
  /** Worker log lines at warning level and above, and controller notes. */
  onLog?(message: string): void;
}

export interface RunOptions extends RunCallbacks {
  store: Store;
  config: ExperimentConfig;
  /** An already started worker (it stays open); by default a local worker is started and closed. */
  worker?: WorkerSession;
  workerOptions?: LocalWorkerOptions;
  /** Aborting stops the worker and marks the run interrupted. */
  signal?: AbortSignal;
  groupId?: string;
  arm?: string;
}

export interface RunResult {
  run: RunRecord;
  /** The final evaluation, e.g. { "eval/accuracy": 0.89, "eval/loss": 0.31 }. */
  metrics: Record<string, number>;
  steps: number;
  /** Time the worker spent in training segments. */
  trainSeconds: number;
  /** Controller-side wall time of the training segments, round trips and event handling included. */
  trainWallSeconds: number;
}

const PRECISION: Record<Precision, number> = {
  [Precision.Fp32]: pb.Precision.PRECISION_FP32,
  [Precision.Fp16]: pb.Precision.PRECISION_FP16,
  [Precision.Bf16]: pb.Precision.PRECISION_BF16,
};


/** Smoothed optimizer steps per second from the step/wall-time pairs the worker streams. */
class Throughput {
  private last: { step: number; time: number } | null = null;
  rate: number | null = null;

  observe(step: number, time: number): void {
    if (this.last && step > this.last.step && time > this.last.time) {
      const instant = (step - this.last.step) / (time - this.last.time);
      this.rate = this.rate === null ? instant : 0.8 * this.rate + 0.2 * instant;
    }
    this.last = { step, time };
  }

  reset(): void {
    this.last = null;
  }
}

export async function runExperiment(options: RunOptions): Promise<RunResult> {
  const { store, config } = options;
  const run = store.createRun({ name: config.name, config, environment: { controller: controllerEnvironment() }, groupId: options.groupId, arm: options.arm });
  options.onRunCreated?.(run);
  const note = (m: string) => options.onLog?.(m);
  let session: WorkerSession | null = options.worker ?? null;
  const ownsWorker = !options.worker;
  const progress: Progress = { phase: RunPhase.StartingWorker, step: 0, totalSteps: 0, loss: null, stepsPerSecond: null };
  const report = (patch: Partial<Progress>) => {
    Object.assign(progress, patch);
    options.onProgress?.({ ...progress });
  };
  const abort = () => {
    if (session) void session.close({ timeoutMs: 3000 });
  };
  options.signal?.addEventListener('abort', abort, { once: true });

  try {
    if (options.signal?.aborted) throw new MoqlabError(ErrorCode.Interrupted, 'interrupted before the run started');
    report({ phase: RunPhase.StartingWorker });
    session ??= await startLocalWorker(options.workerOptions);
    if (options.signal?.aborted) abort();
    const client = session.client;
    store.updateRun(run.id, { status: RunStatus.Running, startedAt: Date.now() });

    const throughput = new Throughput();
    const unsubscribe = client.on({
      onMetrics: (batch) => {
        // Decoded messages carry every field; the generated types mark them optional.
        const received = batch.points as moqlab.v1.MetricPoint[];
        store.logMetrics(run.id, received.map((p) => ({ name: p.name, step: p.step, wallTime: p.wallTime, value: p.value })));
        const losses = received.filter((p) => p.name === 'train/loss');
        const last = losses.at(-1);
        if (last) {
          for (const p of losses) throughput.observe(p.step, p.wallTime);
          report({ phase: RunPhase.Training, step: last.step, loss: last.value, stepsPerSecond: throughput.rate });
        }
      },
      onLog: (log) => {
        if (log.level >= pb.LogLevel.LOG_LEVEL_WARNING) {
          store.logEvent(run.id, { kind: EventKind.WorkerLog, step: progress.step, wallTime: log.time, payload: { level: log.level, logger: log.logger, message: log.message } });
          note(`worker: ${log.message}`);
        }
      },
    });

    try {
      return await drive(session, config, run, store, report, throughput, options.onSegmentEnd);
    } finally {
      unsubscribe();
    }
  } catch (e) {
    const interrupted = options.signal?.aborted === true;
    const error = interrupted && !isMoqlabError(e, ErrorCode.Interrupted) ? new MoqlabError(ErrorCode.Interrupted, `interrupted at step ${progress.step}`, { cause: e }) : e;
    const message = error instanceof Error ? error.message : String(error);
    store.updateRun(run.id, { status: interrupted ? RunStatus.Interrupted : RunStatus.Failed, endedAt: Date.now(), error: message });
    store.logEvent(run.id, { kind: EventKind.Failure, step: progress.step, wallTime: Date.now() / 1000, payload: { code: isMoqlabError(error) ? error.code : 'UNKNOWN', message } });
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', abort);
    if (ownsWorker && session) await session.close();
  }
}

async function drive(
  session: WorkerSession,
  config: ExperimentConfig,
  run: RunRecord,
  store: Store,
  report: (p: Partial<Progress>) => void,
  throughput: Throughput,
  onSegmentEnd: RunCallbacks['onSegmentEnd'],
): Promise<RunResult> {
  const client = session.client;
  const now = () => Date.now() / 1000;
  report({ phase: RunPhase.LoadingData });
  const d = config.data;
  const data = await client.loadData({
    spec: {
      name: d.name,
      path: d.path,
      task: d.task,
      vocabPath: d.vocab_path,
      maxSeqLen: d.max_seq_len,
      maxTrainExamples: d.max_train_examples,
      maxEvalExamples: d.max_eval_examples,
    },
    seed: config.training.seed,
  });
  store.logEvent(run.id, { kind: EventKind.DataLoaded, step: 0, wallTime: now(), payload: { train: data.trainExamples, eval: data.evalExamples, labels: data.numLabels, metrics: data.metrics, source: data.source, tokenizer: data.tokenizer } });

  report({ phase: RunPhase.LoadingModel });
  const model = await client.loadModel({
    spec: { name: config.model.name, kwargsJson: JSON.stringify(config.model.kwargs), pythonPath: config.model.python_path },
    device: config.device,
    seed: config.training.seed,
    defaultNumLabels: data.numLabels,
  });
  const summary = model.summary as moqlab.v1.ModelSummary;
  store.logEvent(run.id, { kind: EventKind.ModelLoaded, step: 0, wallTime: now(), payload: { class: summary.modelClass, parameters: summary.numParameters, device: model.device } });
  store.updateRun(run.id, {
    environment: { controller: controllerEnvironment(), worker: workerEnvironment(session.capabilities, model.device) },
  });

  const t = config.training;
  const total = totalSteps(t, data.trainExamples);
  const warmup = warmupSteps(t, total);
  store.logParams(run.id, {
    'model.name': config.model.name,
    'model.parameters': summary.numParameters,
    'data.name': d.name,
    ...(d.task ? { 'data.task': d.task } : {}),
    'data.train_examples': data.trainExamples,
    'data.eval_examples': data.evalExamples,
    'training.total_steps': total,
    'training.warmup_steps': warmup,
    'training.batch_size': t.batch_size,
    'training.gradient_accumulation_steps': t.gradient_accumulation_steps,
    'training.lr': t.optimizer.lr,
    'training.precision': t.precision,
    'training.seed': t.seed,
    device: model.device,
  });
  await client.configureTraining({
    lr: t.optimizer.lr,
    weightDecay: t.optimizer.weight_decay,
    beta1: t.optimizer.betas[0],
    beta2: t.optimizer.betas[1],
    eps: t.optimizer.eps,
    warmupSteps: warmup,
    totalSteps: total,
    batchSize: t.batch_size,
    gradientAccumulationSteps: t.gradient_accumulation_steps,
    maxGradNorm: t.max_grad_norm,
    precision: PRECISION[t.precision],
    seed: t.seed,
    numThreads: t.num_threads,
  });

  const checkpointDir = config.checkpoint.dir || join(dirname(store.path), 'checkpoints', run.id);
  const segments = planSegments(total, { logEvery: config.logging.every_steps, evalEvery: config.eval.every_steps, checkpointEvery: config.checkpoint.every_steps });
  const metrics: Record<string, number> = {};
  let trainSeconds = 0;
  let trainWallSeconds = 0;
  report({ phase: RunPhase.Training, step: 0, totalSteps: total });
  for (const segment of segments) {
    throughput.reset();
    const segmentStarted = performance.now();
    const result = await client.runSegment({ numSteps: segment.end - segment.start, plan: [] });
    const wallSeconds = (performance.now() - segmentStarted) / 1000;
    trainWallSeconds += wallSeconds;
    trainSeconds += result.seconds;
    if (result.optimizerStep !== segment.end) {
      throw new MoqlabError(ErrorCode.WorkerError, `the worker is at step ${result.optimizerStep} after a segment that should end at step ${segment.end}`);
    }
    store.logMetrics(run.id, [{ name: 'train/steps_per_second', step: segment.end, wallTime: now(), value: result.seconds > 0 ? result.stepsRun / result.seconds : Number.NaN }]);
    store.logEvent(run.id, { kind: EventKind.Segment, step: segment.end, wallTime: now(), payload: { start: segment.start, end: segment.end, seconds: result.seconds, meanLoss: result.meanLoss, skipped: result.skippedSteps, epoch: result.epoch } });
    report({ step: segment.end, loss: result.meanLoss });
    await onSegmentEnd?.({ start: segment.start, end: segment.end, seconds: result.seconds, wallSeconds, meanLoss: result.meanLoss });
    for (const action of segment.actions) {
      if (action === SegmentAction.Evaluate) {
        report({ phase: RunPhase.Evaluating });
        const ev = await client.evaluate({ batchSize: config.eval.batch_size, maxExamples: config.eval.max_examples });
        const points = Object.entries(ev.metrics).map(([name, value]) => ({ name: `eval/${name}`, step: segment.end, wallTime: now(), value }));
        points.push({ name: 'eval/loss', step: segment.end, wallTime: now(), value: ev.loss });
        store.logMetrics(run.id, points);
        store.logEvent(run.id, { kind: EventKind.Evaluation, step: segment.end, wallTime: now(), payload: { examples: ev.examples, seconds: ev.seconds, metrics: ev.metrics, loss: ev.loss } });
        for (const p of points) metrics[p.name] = p.value;
        report({ phase: RunPhase.Training });
      } else if (action === SegmentAction.Checkpoint) {
        report({ phase: RunPhase.Checkpointing });
        const path = join(checkpointDir, `step-${segment.end}.pt`);
        const saved = await client.saveCheckpoint(path);
        store.addArtifact(run.id, { kind: ArtifactKind.Checkpoint, path: saved.path });
        store.logEvent(run.id, { kind: EventKind.Checkpoint, step: segment.end, wallTime: now(), payload: { path: saved.path, bytes: saved.bytes } });
        report({ phase: RunPhase.Training });
      }
    }
  }
  store.updateRun(run.id, { status: RunStatus.Finished, endedAt: Date.now() });
  report({ phase: RunPhase.Done, step: total });
  return { run: store.getRun(run.id), metrics, steps: total, trainSeconds, trainWallSeconds };
}
