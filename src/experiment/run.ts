/** The control loop of one run: start or reuse a worker, drive it segment by segment, record everything. */
import { dirname, join } from 'node:path';
import type { ExperimentConfig } from '../config/index.js';
import { ErrorCode, MoqlabError, isMoqlabError } from '../errors.js';
import { type moqlab, pb, typeNameOf } from '../protocol/messages.js';
import { Arm, MoqSchedule } from '../schedule/moq.js';
import { SegmentAction, planSegments } from '../schedule/segments.js';
import { LEASE_RENEW_MS, Metric, type RunRecord, RunStatus, type Store, evalMetric, thisProcess } from '../tracking/index.js';
import { type LocalWorkerOptions, type WorkerSession, startLocalWorker } from '../worker/session.js';
import { controllerEnvironment, workerEnvironment } from './environment.js';
import { checkpointsOnDisk } from './checkpoints.js';
import { ArtifactKind, type EigenBlockPayload, EventKind, HISTORY_EVENT_KINDS, RECORD_VERSION, typedEvent } from '../tracking/events.js';
import { EventRecorder } from './recorder.js';
import { type Stall, StallDetector } from './stall.js';
import { type Prepared, configureTraining, loadDataAndModel } from './prepare.js';
import { clusterEigenvalues, factorOf } from '../eigen/clustering.js';
import { type QuantizationSetup, averageBits, configureQuantizationOnWorker, defaultArm, layerPlans } from './quantization.js';
import { predictSetupFinalBits } from './preflight.js';
import { formatSelectionNote } from '../report/selection.js';
import { finalBitsWarning, requireTarget } from '../schedule/final-bits.js';

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
  /** Mean bits the current segment writes, weighted by tensor size; null while nothing is quantized (baseline, schedule_offset). */
  bits: number | null;
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
  /** Default: moq when the config has a quantization section, baseline otherwise. */
  arm?: Arm;
  groupId?: string;
  /** Continue this run from one of its checkpoints instead of starting a new run. */
  resume?: { run: RunRecord; checkpoint: string };
  /** Refuse (CONFIG_INVALID) before the first training segment when the arm's predicted final bits are above its target. */
  requireTarget?: boolean;
}

export interface RunResult {
  run: RunRecord;
  arm: Arm;
  /** The final evaluation, e.g. { "eval/accuracy": 0.89, "eval/loss": 0.31 }. */
  metrics: Record<string, number>;
  steps: number;
  /** Time the worker spent in training segments. */
  trainSeconds: number;
  /** Controller-side wall time of the training segments, round trips and event handling included. */
  trainWallSeconds: number;
  /** The bits each quantized tensor was last written with (empty for the baseline arm). */
  finalBits: Record<string, number>;
  /** Their mean weighted by tensor size, as `quant/average_bits` records it; null for the baseline arm. */
  averageBits: number | null;
}

/** What a checkpoint carries for the controller besides the worker's own state. */
interface ControllerState {
  schedule: unknown;
  /** Bits each tensor was last written with: the next segment reports the error of those that change. */
  lastBits: Record<string, number>;
  /** The eigenvalue factor in force per block (SEMANTICS.md §8). */
  factors: Array<[number, number]>;
}

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

const now = () => Date.now() / 1000;

/** How long an interrupted segment may take to reach its next step before the worker is stopped. */
const CANCEL_GRACE_MS = 60_000;

export async function runExperiment(options: RunOptions): Promise<RunResult> {
  const arm = options.arm ?? (options.resume?.run.arm as Arm | undefined) ?? defaultArm(options.config.quantization);
  return runRecorded(options, arm);
}

function stallError(stuck: Stall, beat: moqlab.v1.Heartbeat): MoqlabError {
  const slowest = stuck.slowestStepSeconds === null ? '' : `; the slowest step so far took ${stuck.slowestStepSeconds.toFixed(1)} s`;
  // Where each process is, so that the stuck one (a rank of a gang, while the others wait for it) shows.
  const where =
    beat.ranks.length > 0
      ? `; where the ranks are: ${beat.ranks.map((r) => `rank ${r.rank} at ${r.at || 'an unknown place'} after ${r.stepsAttempted} steps`).join('; ')}`
      : beat.busyAt
        ? `; it is at ${beat.busyAt}`
        : '';
  return new MoqlabError(
    ErrorCode.Stalled,
    `the worker finished no training step for ${Math.round(stuck.seconds)} s after step ${beat.optimizerStep} (limit ${Math.round(stuck.limitSeconds)} s${slowest}); ` +
      `it was still alive and running RunSegment (busy ${Math.round(beat.busySeconds)} s): a model forward, a loss or a data read that never returns?${where}`,
    { hint: 'look at what the worker is doing (py-spy dump --pid PID), or raise training.stall_seconds if steps this slow are expected' },
  );
}

/** A run is driven by one controller at a time: resuming one whose controller lives would make two. */
function refuseLiveController(run: RunRecord): void {
  if (run.status !== RunStatus.Running || run.lease === null) return;
  const { pid, host, heartbeatAt } = run.lease;
  throw new MoqlabError(ErrorCode.Usage, `run ${run.id} is being trained by process ${pid} on ${host} (alive ${Math.round((Date.now() - heartbeatAt) / 1000)} s ago)`, {
    hint: 'wait for it, or stop that process (Ctrl-C); a run whose controller was killed shows as crashed in `moqlab runs ls` and can be resumed',
  });
}

/**
 * One run. The run is recorded only once the worker has accepted its data, model, training and
 * quantization settings (a missing file, a bad layer path, --require-target refuse before any record);
 * from then on, nothing it trains goes unrecorded.
 */
async function runRecorded(options: RunOptions, arm: Arm): Promise<RunResult> {
  const { store, config } = options;
  if (options.resume) refuseLiveController(store.getRun(options.resume.run.id));
  // The lease tells later commands that this process drives the run; its heartbeat stops with the process.
  const holder = thisProcess();
  // Assigned by `begin`; an object, so that code after the closures sees the assignment.
  const recorded: { run: RunRecord | null; heartbeat: NodeJS.Timeout | null } = { run: null, heartbeat: null };
  // What the worker says before the run exists (a data file's dropped rows) is recorded once it does.
  const early: Array<(runId: string) => void> = [];
  const record = (write: (runId: string) => void) => {
    const run = recorded.run;
    if (run === null) early.push(write);
    else recorder.write(() => write(run.id));
  };
  let takenOver = false;
  const note = (m: string) => options.onLog?.(m);
  let session: WorkerSession | null = options.worker ?? null;
  const ownsWorker = !options.worker;
  const progress: Progress = { phase: RunPhase.StartingWorker, step: 0, totalSteps: 0, loss: null, stepsPerSecond: null, bits: null };
  const report = (patch: Partial<Progress>) => {
    Object.assign(progress, patch);
    options.onProgress?.({ ...progress });
  };
  const abort = () => {
    if (session) void session.close({ timeoutMs: 3000 });
  };
  let driver: RunDriver | null = null;
  let grace: NodeJS.Timeout | null = null;
  // While training, an interrupt lets the worker stop before its next step and the run checkpoint
  // there; a worker that does not stop in time is stopped like any other.
  const interrupt = () => {
    if (!driver?.cancelTraining()) return abort();
    grace = setTimeout(abort, CANCEL_GRACE_MS);
    grace.unref();
  };
  options.signal?.addEventListener('abort', interrupt, { once: true });
  const begin = (): RunRecord => {
    const run =
      options.resume?.run ??
      store.createRun({ name: config.name, config, environment: { record: RECORD_VERSION, controller: controllerEnvironment() }, groupId: options.groupId, arm });
    store.takeLease(run.id, holder, Date.now());
    recorded.run = run;
    recorded.heartbeat = setInterval(() => {
      try {
        if (store.renewLease(run.id, holder, Date.now())) return;
        takenOver = true;
        abort();
      } catch {
        // A busy or failing store skips one beat; the lease only goes stale after LEASE_STALE_MS.
      }
    }, LEASE_RENEW_MS);
    recorded.heartbeat.unref();
    store.updateRun(run.id, { status: RunStatus.Running, startedAt: Date.now(), error: null });
    options.onRunCreated?.(run);
    for (const write of early.splice(0)) record(write);
    return run;
  };
  // What ended the run from outside the request flow (the store, a stall): reported instead of the
  // worker's death that stopping it causes.
  let fatal: MoqlabError | null = null;
  const stop = (error: MoqlabError) => {
    fatal ??= error;
    abort();
  };
  const recorder = new EventRecorder({
    onFatal: stop,
    onDropped: (error) => note(`warning: a worker event was not recorded: ${error instanceof Error ? error.message : String(error)}`),
  });

  try {
    if (options.signal?.aborted) throw new MoqlabError(ErrorCode.Interrupted, 'interrupted before the run started');
    report({ phase: RunPhase.StartingWorker });
    if (!session && config.distributed.nnodes > 1) {
      throw new MoqlabError(ErrorCode.Usage, `distributed.nnodes ${config.distributed.nnodes}: a gang over several machines is not a local worker; its rank 0 connects to a listening controller`, {
        hint: 'moqlab train --listen tcp://THIS_HOST:PORT starts this machine\'s share and prints the others\' command; a script passes the worker that WorkerListener.accept() returns, after startGangAgent',
      });
    }
    session ??= await startLocalWorker({ ...options.workerOptions, nprocPerNode: config.distributed.nproc_per_node });
    if (options.signal?.aborted) abort();
    const client = session.client;

    const throughput = new Throughput();
    const stall = new StallDetector({ minSeconds: config.training.stall_seconds, factor: config.training.stall_step_factor });
    const unsubscribe = client.on({
      onHeartbeat: (beat) => {
        if (beat.busyWith !== typeNameOf(pb.RunSegment)) return stall.pause();
        const stuck = stall.observe(beat.stepsAttempted, performance.now()); // monotonic, like the heartbeat deadline
        if (stuck !== null) stop(stallError(stuck, beat));
      },
      onMetrics: (batch) => {
        // Decoded messages carry every field; the generated types mark them optional.
        const received = batch.points as moqlab.v1.MetricPoint[];
        const points = received.map((p) => ({ name: p.name, step: p.step, wallTime: p.wallTime, value: p.value }));
        record((runId) => store.logMetrics(runId, points));
        const losses = received.filter((p) => p.name === Metric.TrainLoss);
        const last = losses.at(-1);
        if (last) {
          for (const p of losses) throughput.observe(p.step, p.wallTime);
          report({ phase: RunPhase.Training, step: last.step, loss: last.value, stepsPerSecond: throughput.rate });
        }
      },
      onLog: (log) => {
        if (log.level >= pb.LogLevel.LOG_LEVEL_WARNING) {
          const event = { kind: EventKind.WorkerLog, step: progress.step, wallTime: log.time, payload: { level: log.level, logger: log.logger, message: log.message } };
          record((runId) => store.logEvent(runId, event));
          note(`worker: ${log.message}`);
        }
      },
      onUnsolicitedError: (error) => {
        const event = { kind: EventKind.WorkerLog, step: progress.step, wallTime: now(), payload: { level: pb.LogLevel.LOG_LEVEL_WARNING, logger: 'moqlab.controller', message: error.message } };
        record((runId) => store.logEvent(runId, event));
        note(`warning: ${error.message}`);
      },
    });

    try {
      driver = new RunDriver(session, options, begin, arm, report, throughput, recorder);
      return await driver.drive();
    } finally {
      unsubscribe();
    }
  } catch (e) {
    const run = recorded.run;
    if (run === null) {
      // Refused before the run was recorded: nothing to mark.
      throw options.signal?.aborted && !isMoqlabError(e, ErrorCode.Interrupted) ? new MoqlabError(ErrorCode.Interrupted, 'interrupted before the run started', { cause: e }) : e;
    }
    if (takenOver) {
      throw new MoqlabError(ErrorCode.Usage, `run ${run.id} was taken over by another process (moqlab resume) while this one was silent; this process stopped driving it`, { cause: e });
    }
    const interrupted = options.signal?.aborted === true;
    const error: unknown =
      fatal ?? (interrupted && !isMoqlabError(e, ErrorCode.Interrupted) ? new MoqlabError(ErrorCode.Interrupted, `interrupted at step ${progress.step}`, { cause: e }) : e);
    const message = error instanceof Error ? error.message : String(error);
    try {
      store.updateRun(run.id, { status: interrupted ? RunStatus.Interrupted : RunStatus.Failed, endedAt: Date.now(), error: message });
      store.logEvent(run.id, { kind: EventKind.Failure, step: progress.step, wallTime: now(), payload: { code: isMoqlabError(error) ? error.code : 'UNKNOWN', message } });
    } catch (recordError) {
      // Nothing more can be written: the lease, left in place, shows the run as crashed.
      if (!isMoqlabError(recordError, ErrorCode.StoreWrite) || error === fatal) throw error;
      throw new MoqlabError(ErrorCode.StoreWrite, `${recordError.message}; the run had stopped with: ${message}`, { hint: recordError.hint, cause: error });
    }
    throw error;
  } finally {
    recorder.close();
    if (recorded.heartbeat !== null) clearInterval(recorded.heartbeat);
    try {
      if (recorded.run !== null) store.releaseLease(recorded.run.id, holder);
    } catch {
      // The run's status is what matters; a lease left behind goes stale with this process.
    }
    if (grace !== null) clearTimeout(grace);
    options.signal?.removeEventListener('abort', interrupt);
    if (ownsWorker && session) await session.close();
  }
}

/** One run's requests, in order; the state that spans segments lives here. */
class RunDriver {
  private readonly client: WorkerSession['client'];
  private readonly store: Store;
  private readonly config: ExperimentConfig;
  private quant: QuantizationSetup | null = null;
  private readonly metrics: Record<string, number> = {};
  private trainSeconds = 0;
  private trainWallSeconds = 0;
  /** Bits each tensor was last written with, to tell which tensors change at a segment's first step. */
  private lastBits = new Map<string, number>();
  /** The factor in force per block, from the last eigenvalue computation (1 before any). */
  private factors = new Map<number, number>();
  private lastCheckpointAt = performance.now();
  /** Set by `begin` once the worker has accepted the run's set-up. */
  private run!: RunRecord;
  /** Segments run from here on: an interrupt can stop one and checkpoint. */
  private training = false;
  private interrupting = false;

  constructor(
    private readonly session: WorkerSession,
    private readonly options: RunOptions,
    private readonly begin: () => RunRecord,
    private readonly arm: Arm,
    private readonly report: (p: Partial<Progress>) => void,
    private readonly throughput: Throughput,
    private readonly recorder: EventRecorder,
  ) {
    this.client = session.client;
    this.store = options.store;
    this.config = options.config;
  }

  async drive(): Promise<RunResult> {
    const prepared = await loadDataAndModel(
      this.client,
      this.config,
      (phase) => this.report({ phase: phase === 'data' ? RunPhase.LoadingData : RunPhase.LoadingModel }),
      this.session.worldSize,
    );
    await configureTraining(this.client, this.config, prepared);
    const configured = await configureQuantizationOnWorker(this.client, this.config.quantization, this.arm, prepared.summary, this.config.training.seed);
    this.quant = configured?.setup ?? null;
    this.checkFinalBits(prepared.totalSteps);
    // Everything the worker could refuse before training has been accepted: now the run is recorded.
    this.run = this.begin();
    this.recordPrepared(prepared);
    if (configured) this.recordQuantization(configured);
    const start = this.options.resume ? await this.resumeFrom(this.options.resume.checkpoint) : 0;

    const total = prepared.totalSteps;
    const intervals = { logEvery: this.config.logging.every_steps, evalEvery: this.config.eval.every_steps, checkpointEvery: this.config.checkpoint.every_steps };
    this.report({ phase: RunPhase.Training, step: start, totalSteps: total });
    let step = start;
    let checkpointed = -1;
    const everyMs = this.config.checkpoint.every_minutes * 60_000;
    this.training = true;
    for (const boundary of planSegments(total, intervals, start)) {
      while (step < boundary.end) step = await this.trainSegment(step, boundary.end);
      for (const action of boundary.actions) {
        if (action === SegmentAction.Evaluate) await this.evaluate(step);
        else if (action === SegmentAction.Checkpoint) checkpointed = await this.checkpoint(step);
      }
      // A long run without step-based checkpoints still never loses more than every_minutes.
      if (everyMs > 0 && checkpointed !== step && step < total && performance.now() - this.lastCheckpointAt >= everyMs) {
        checkpointed = await this.checkpoint(step);
      }
    }
    if (this.config.checkpoint.final && checkpointed !== total) await this.checkpoint(total);
    // Every metric the worker sent must be in the store before the run is called finished.
    const failed = await this.recorder.settled();
    if (failed !== null) throw failed;
    this.store.updateRun(this.run.id, { status: RunStatus.Finished, endedAt: Date.now() });
    this.report({ phase: RunPhase.Done, step: total });
    return {
      run: this.store.getRun(this.run.id),
      arm: this.arm,
      metrics: this.metrics,
      steps: total,
      trainSeconds: this.trainSeconds,
      trainWallSeconds: this.trainWallSeconds,
      finalBits: Object.fromEntries(this.lastBits),
      averageBits: this.store.latestMetrics(this.run.id)[Metric.AverageBits]?.value ?? null,
    };
  }

  private recordPrepared(prepared: Prepared): void {
    const { data, model, summary } = prepared;
    const d = this.config.data;
    const t = this.config.training;
    // A resumed run loads the same data and model again (the checkpoint checks it): recorded once.
    const first = this.options.resume === undefined;
    if (first) this.store.logEvent(this.run.id, {
      kind: EventKind.DataLoaded,
      step: 0,
      wallTime: now(),
      payload: {
        train: data.trainExamples,
        eval: data.evalExamples,
        labels: data.numLabels,
        // Class names in id order: which class is "positive" for F1.
        labelNames: data.labels,
        metrics: data.metrics,
        source: data.source,
        tokenizer: data.tokenizer,
        dropped: (data.dropped as moqlab.v1.DroppedRows[]).map((row) => ({ path: row.path, rows: row.rows, total: row.total, firstAt: row.firstAt, reason: row.reason, action: row.action })),
      },
    });
    if (first) this.store.logEvent(this.run.id, { kind: EventKind.ModelLoaded, step: 0, wallTime: now(), payload: { class: summary.modelClass, parameters: summary.numParameters, device: model.device } });
    this.store.updateRun(this.run.id, { environment: { ...this.run.environment, controller: controllerEnvironment(), worker: workerEnvironment(this.session.capabilities, model.device) } });
    this.store.logParams(this.run.id, {
      arm: this.arm,
      'model.name': this.config.model.name,
      'model.parameters': summary.numParameters,
      'data.name': d.name,
      ...(d.task ? { 'data.task': d.task } : {}),
      'data.train_examples': data.trainExamples,
      'data.eval_examples': data.evalExamples,
      'training.total_steps': prepared.totalSteps,
      'training.warmup_steps': prepared.warmupSteps,
      'training.batch_size': t.batch_size,
      'distributed.world_size': this.session.worldSize,
      'training.gradient_accumulation_steps': t.gradient_accumulation_steps,
      'training.lr': t.optimizer.lr,
      'training.precision': t.precision,
      'training.seed': t.seed,
      device: model.device,
    });
  }

  private recordQuantization(configured: NonNullable<Awaited<ReturnType<typeof configureQuantizationOnWorker>>>): void {
    const { tensors, skipped, options, blockOf } = configured.setup;
    this.store.logParams(this.run.id, { 'quantization.tensors': tensors.length, 'quantization.parameters': configured.quantizedParameters, 'quantization.semantics': options.semantics });
    if (this.options.resume === undefined) this.store.logEvent(this.run.id, {
      kind: EventKind.QuantizationConfigured,
      step: 0,
      wallTime: now(),
      payload: {
        arm: this.arm,
        semantics: options.semantics,
        scheduleOffset: options.scheduleOffset,
        mixing: options.mixing,
        tensors: tensors.map((t) => ({ name: t.name, group: t.group, numel: t.numel, startBits: t.startBits, targetBits: t.targetBits, period: t.period, block: blockOf[t.name] ?? null })),
        skipped: skipped.map((s) => ({ name: s.name, shape: s.shape, reason: s.reason, regex: s.regex })),
      },
    });
    this.options.onLog?.(formatSelectionNote(tensors.length, configured.quantizedParameters, skipped));
  }

  /**
   * Issue 12 §5: an arm that ends above the target bits basic-qat trains at is said so before it
   * trains, as soon as the tensors and the step count are known; --require-target refuses it.
   */
  private checkFinalBits(totalSteps: number): void {
    if (!this.quant) return;
    const prediction = predictSetupFinalBits(this.quant, this.config.quantization!, totalSteps);
    const warning = finalBitsWarning(prediction);
    if (warning !== null) this.options.onLog?.(`warning: ${warning}`);
    if (this.options.requireTarget) requireTarget([prediction]);
  }

  /**
   * An interrupt while training: the worker stops its segment before the next step, and the run
   * checkpoints there before it ends, so Ctrl-C and SIGTERM lose no training. False outside training
   * (loading, preparing), where the caller stops the worker at once.
   */
  cancelTraining(): boolean {
    if (!this.training) return false;
    this.interrupting = true;
    this.client.cancel();
    return true;
  }

  /** Ends an interrupted run at `step` with a checkpoint there. */
  private async stopAt(step: number): Promise<never> {
    await this.checkpoint(step);
    throw new MoqlabError(ErrorCode.Interrupted, `interrupted at step ${step}; it was checkpointed there, and \`moqlab resume ${this.run.id}\` continues exactly`);
  }

  /**
   * Loads `path` into the worker and the schedule it carries; returns the step it holds. A checkpoint
   * whose bytes changed since it was written (its checksum) or that does not read is skipped for the
   * run's previous one, with a warning.
   */
  private async resumeFrom(path: string): Promise<number> {
    this.report({ phase: RunPhase.Checkpointing });
    const onDisk = checkpointsOnDisk(this.store, this.run.id);
    const from = onDisk.findIndex((c) => c.path === path);
    const candidates = from < 0 ? [{ path, sha256: '' }] : onDisk.slice(from);
    let loaded: moqlab.v1.LoadCheckpointResult | null = null;
    let checkpoint = path;
    for (const [i, candidate] of candidates.entries()) {
      checkpoint = candidate.path;
      try {
        loaded = await this.client.loadCheckpoint(candidate.path, candidate.sha256);
        break;
      } catch (e) {
        const previous = candidates[i + 1];
        if (!isMoqlabError(e) || e.details.corrupt !== '1' || previous === undefined) throw e;
        this.options.onLog?.(`warning: ${e.message}; resuming from the previous checkpoint ${previous.path} instead`);
      }
    }
    const step = loaded!.optimizerStep;
    if (this.quant) {
      const state = (loaded!.controllerState ? JSON.parse(loaded!.controllerState) : {}) as Partial<ControllerState>;
      if (state.schedule === undefined) {
        throw new MoqlabError(ErrorCode.ConfigInvalid, `checkpoint ${checkpoint} holds no bit schedule, but the run quantizes`, {
          hint: 'resume from a checkpoint this run wrote',
        });
      }
      this.quant.schedule = MoqSchedule.fromJSON(this.quant.tensors, this.quant.options, state.schedule as ReturnType<MoqSchedule['toJSON']>);
      this.lastBits = new Map(Object.entries(state.lastBits ?? {}));
      this.factors = new Map(state.factors ?? []);
    }
    const replaced = this.store.rollBackAfter(this.run.id, step, HISTORY_EVENT_KINDS);
    this.store.logEvent(this.run.id, { kind: EventKind.Resumed, step, wallTime: now(), payload: { checkpoint, replacedMetricPoints: replaced.metricPoints, replacedEvents: replaced.events } });
    this.options.onLog?.(`resumed run ${this.run.id} from ${checkpoint} at step ${step}`);
    return step;
  }

  /** Trains from `step` towards `limit`, stopping early where the bit plan changes; returns the new step. */
  private async trainSegment(step: number, limit: number): Promise<number> {
    const schedule = this.quant?.schedule ?? null;
    if (this.arm === Arm.MoqEigen) await this.eigenvaluesIfDue(step + 1);
    const factor = this.quant ? factorOf(this.quant.blockOf, this.factors) : undefined;
    const change = schedule?.nextChangeStep(factor) ?? null;
    const end = change !== null && change - 1 < limit ? change - 1 : limit;
    const plan = schedule?.planForNextStep(factor) ?? [];
    const changed = new Set(plan.filter((p) => this.lastBits.get(p.name) !== p.bits).map((p) => p.name));
    const bits = plan.length && this.quant ? averageBits(plan, this.quant.tensors) : null;
    if (changed.size && bits !== null) this.store.logMetrics(this.run.id, [{ name: Metric.AverageBits, step: step + 1, wallTime: now(), value: bits }]);
    this.report({ bits });

    this.throughput.reset();
    const started = performance.now();
    if (this.interrupting) return this.stopAt(step);
    let cancelledAt: number | null = null;
    const result = await this.client.runSegment({ numSteps: end - step, plan: layerPlans(plan, changed), quantCounter: schedule?.nextQuantizedStepNumber() ?? 0 }).catch((e: unknown) => {
      if (!this.interrupting || !isMoqlabError(e, ErrorCode.WorkerError) || e.details.wireCode !== 'CANCELLED') throw e;
      cancelledAt = Number(e.details.optimizer_step);
      return null;
    });
    if (result === null) {
      // Stopped mid-segment by an interrupt: the steps it trained used this plan, and the schedule
      // moves with them, so a checkpoint there resumes exactly.
      const reached = cancelledAt ?? step;
      if (reached > step) for (const p of plan) this.lastBits.set(p.name, p.bits);
      schedule?.advanceTo(reached, factor);
      return this.stopAt(reached);
    }
    const wallSeconds = (performance.now() - started) / 1000;
    if (result.optimizerStep !== end) {
      throw new MoqlabError(ErrorCode.WorkerError, `the worker is at step ${result.optimizerStep} after a segment that should end at step ${end}`);
    }
    this.trainWallSeconds += wallSeconds;
    this.trainSeconds += result.seconds;
    for (const p of plan) this.lastBits.set(p.name, p.bits);
    for (const drop of schedule?.advanceTo(end, factor) ?? []) {
      const { step: at, ...payload } = drop;
      this.store.logEvent(this.run.id, typedEvent(EventKind.Drop, at, payload));
      if (this.config.quantization?.verbose) this.options.onLog?.(`step ${at}: ${drop.tensor} ${drop.fromBits} -> ${drop.toBits} bits`);
    }
    this.store.logMetrics(this.run.id, [{ name: Metric.TrainStepsPerSecond, step: end, wallTime: now(), value: result.seconds > 0 ? result.stepsRun / result.seconds : Number.NaN }]);
    const written = Object.fromEntries(plan.map((p) => [p.name, p.bits]));
    this.store.logEvent(this.run.id, typedEvent(EventKind.Segment, end, { start: step, end, seconds: result.seconds, meanLoss: result.meanLoss, skipped: result.skippedSteps, nonfinite: result.nonfiniteSteps, epoch: result.epoch, bits: written }));
    if (result.nonfiniteSteps > 0) {
      this.store.logEvent(this.run.id, { kind: EventKind.NonfiniteSteps, step: end, wallTime: now(), payload: { start: step, end, count: result.nonfiniteSteps, policy: this.config.training.on_nonfinite } });
      this.options.onLog?.(`steps ${step + 1}-${end}: ${result.nonfiniteSteps} step(s) with a non-finite loss or gradient skipped (training.on_nonfinite ${this.config.training.on_nonfinite})`);
    }
    this.report({ step: end, loss: result.meanLoss });
    await this.options.onSegmentEnd?.({ start: step, end, seconds: result.seconds, wallSeconds, meanLoss: result.meanLoss });
    return end;
  }

  /**
   * SEMANTICS.md §4: block eigenvalues are computed when a tensor of some block is due to drop at `step`, on
   * every gas_boundary_resolution-th step, on that step's batch; their factors apply from that drop on.
   */
  private async eigenvaluesIfDue(step: number): Promise<void> {
    const quant = this.quant;
    const eigen = this.config.quantization?.eigenvalue;
    if (!quant || !eigen || step % eigen.gasBoundaryResolution !== 0) return;
    if (!quant.schedule.dropsDueAtNextStep().some((tensor) => quant.blockOf[tensor] !== undefined)) return;
    const result = await this.client.computeEigenvalues({
      layerName: eigen.layerName,
      layerNum: eigen.layerNum,
      maxIter: eigen.maxIter,
      tol: eigen.tol,
      stability: eigen.stability,
      seed: this.config.training.seed,
      counter: step,
    });
    const measured = result.blocks as moqlab.v1.BlockEigenvalue[];
    const clustered = clusterEigenvalues(measured.map((b) => b.eigenvalue), eigen.clustering, eigen.regions);
    const blocks = measured.map((b, i): EigenBlockPayload => {
      const c = clustered[i]!;
      this.factors.set(b.block, c.factor);
      return { block: b.block, name: b.name, eigenvalue: b.eigenvalue, normalized: c.normalized, cluster: c.cluster, factor: c.factor, iterations: b.iterations, converged: b.converged, seconds: b.seconds, hvps: b.hvps };
    });
    this.store.logEvent(this.run.id, typedEvent(EventKind.Eigenvalues, step, { seconds: result.seconds, clustering: eigen.clustering, blocks }));
    this.store.logMetrics(this.run.id, [{ name: Metric.EigenSeconds, step, wallTime: now(), value: result.seconds }]);
    if (eigen.verbose) this.options.onLog?.(`step ${step}: eigenvalues ${blocks.map((b) => `${b.name} λ=${b.eigenvalue.toPrecision(3)} f=${b.factor}`).join(', ')}`);
  }

  private async evaluate(step: number): Promise<void> {
    this.report({ phase: RunPhase.Evaluating });
    const ev = await this.client.evaluate({ batchSize: this.config.eval.batch_size, maxExamples: this.config.eval.max_examples });
    const points = Object.entries(ev.metrics).map(([name, value]) => ({ name: evalMetric(name), step, wallTime: now(), value }));
    points.push({ name: Metric.EvalLoss, step, wallTime: now(), value: ev.loss });
    this.store.logMetrics(this.run.id, points);
    this.store.logEvent(this.run.id, typedEvent(EventKind.Evaluation, step, { examples: ev.examples, seconds: ev.seconds, metrics: ev.metrics, loss: ev.loss }));
    for (const p of points) this.metrics[p.name] = p.value;
    this.report({ phase: RunPhase.Training });
  }

  private async checkpoint(step: number): Promise<number> {
    this.lastCheckpointAt = performance.now();
    this.report({ phase: RunPhase.Checkpointing });
    const dir = this.config.checkpoint.dir ?? join(dirname(this.store.path), 'checkpoints', this.run.id);
    const state: ControllerState = { schedule: this.quant?.schedule.toJSON() ?? null, lastBits: Object.fromEntries(this.lastBits), factors: [...this.factors] };
    const saved = await this.client.saveCheckpoint(join(dir, `step-${step}.pt`), JSON.stringify(state));
    this.store.addArtifact(this.run.id, { kind: ArtifactKind.Checkpoint, path: saved.path });
    this.store.logEvent(this.run.id, typedEvent(EventKind.Checkpoint, step, { path: saved.path, bytes: saved.bytes, sha256: saved.sha256 }));
    this.report({ phase: RunPhase.Training });
    return step;
  }
}
