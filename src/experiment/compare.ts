/** Several arms × seeds of one config, run on a pool of local workers and recorded as one group. */
import { randomBytes } from 'node:crypto';
import { schema, type ExperimentConfig } from '../config/index.js';
import { ErrorCode, MoqlabError, isMoqlabError } from '../errors.js';
import { type FinalBits, requireTarget } from '../schedule/final-bits.js';
import type { Arm } from '../schedule/moq.js';
import type { RunRecord, Store } from '../tracking/index.js';
import { latestCheckpoint } from './checkpoints.js';
import { WorkerPool, defaultPoolSize } from './pool.js';
import { predictArmsOnWorker } from './preflight.js';
import type { WorkerClient } from '../worker/client.js';
import type { WorkerListener, WorkerSession } from '../worker/session.js';
import { type Progress, type RunOptions, type RunResult, runExperiment } from './run.js';

export interface ComparisonTask {
  arm: Arm;
  seed: number;
}

export interface ComparisonOutcome extends PoolRunOutcome {
  task: ComparisonTask;
}

export interface ComparisonOptions {
  store: Store;
  config: ExperimentConfig;
  arms: Arm[];
  /** Runs per arm; seeds are training.seed, training.seed + 1, ... */
  seeds: number;
  /** Local workers running at once; default: one per core, at most one per run (0 with a listener: remote workers only). */
  parallel?: number;
  /** Remote workers that connect here join the sweep as they come. */
  listener?: WorkerListener;
  onWorkerJoined?(worker: string): void;
  onRunAssigned?(task: ComparisonTask, worker: string): void;
  /** A run lost its worker and was queued again. */
  onRequeue?(message: string): void;
  signal?: AbortSignal;
  /** Refuse (CONFIG_INVALID) before any run when a quantizing arm's predicted final bits are above its target. */
  requireTarget?: boolean;
  /** Every quantizing arm's predicted final bits, before any run starts. */
  onPredicted?(predictions: FinalBits[]): void;
  onRunStart?(task: ComparisonTask, run: RunRecord): void;
  onRunProgress?(task: ComparisonTask, progress: Progress): void;
  onRunEnd?(outcome: ComparisonOutcome): void;
}

export interface Comparison {
  groupId: string;
  outcomes: ComparisonOutcome[];
  /** Each quantizing arm's final bits as predicted before the runs, in arm order. */
  predictions: FinalBits[];
  workers: number;
  threadsPerWorker: number;
}

export function comparisonTasks(arms: Arm[], seeds: number, firstSeed: number): ComparisonTask[] {
  const tasks: ComparisonTask[] = [];
  for (let i = 0; i < seeds; i++) for (const arm of arms) tasks.push({ arm, seed: firstSeed + i });
  return tasks;
}

/** One run of a sweep: named after its arm and seed (its worker fills in num_threads unless the config fixes them). */
export function sweepRunConfig(config: ExperimentConfig, arm: Arm, seed: number): ExperimentConfig {
  return { ...config, name: `${config.name}-${arm}-s${seed}`, training: { ...config.training, seed } };
}

/** How one run of a sweep ended: a MoqlabError is the outcome's error, so one failed run does not stop the others. */
export interface PoolRunOutcome {
  run: RunRecord | null;
  result: RunResult | null;
  error: MoqlabError | null;
}

/** Attempts of one run of a sweep whose workers die under it, each on the next free worker. */
export const RUN_ATTEMPTS = 3;
/** Errors that say the worker was lost, not that the run itself failed. */
const WORKER_LOST: ReadonlySet<string> = new Set([ErrorCode.WorkerDied, ErrorCode.WorkerUnresponsive]);

/**
 * Runs (or resumes) one experiment on the pool's next free worker. A run whose worker dies is queued
 * again, on whichever worker is free next: resumed from its last checkpoint, or started afresh when
 * it had none (the lost attempt stays recorded as failed), up to RUN_ATTEMPTS times.
 */
export async function runOnPool(pool: WorkerPool, options: PoolRunOptions): Promise<PoolRunOutcome> {
  let resume = options.resume;
  for (let attempt = 1; ; attempt++) {
    const outcome = await runOnceOnPool(pool, { ...options, resume });
    const lost = outcome.error !== null && WORKER_LOST.has(outcome.error.code) && !options.signal?.aborted;
    if (!lost || attempt === RUN_ATTEMPTS) return outcome;
    const run = outcome.run ? options.store.getRun(outcome.run.id) : null;
    const checkpoint = run ? latestCheckpoint(options.store, run.id) : null;
    resume = run && checkpoint ? { run, checkpoint: checkpoint.path } : options.resume;
    const name = run ? `run ${run.id}` : `${options.config.name}`;
    options.onRequeue?.(
      `${name} lost its worker (${outcome.error!.message.split('\n')[0]}); ` +
        (resume ? `resuming it from ${resume.checkpoint} on the next free worker` : 'starting it again on the next free worker') +
        ` (attempt ${attempt + 1} of ${RUN_ATTEMPTS})`,
    );
  }
}

export interface PoolRunOptions extends Omit<RunOptions, 'worker' | 'workerOptions'> {
  /** The worker an attempt of the run was given (`workerLabel`). */
  onAssigned?(worker: string): void;
  /** The run lost its worker and was queued again: what happened and what comes next. */
  onRequeue?(message: string): void;
}

/** How a worker is named in progress lines: host, pid of its rank 0, and the gang's size. */
export function workerLabel(worker: WorkerSession): string {
  const caps = worker.capabilities;
  return `${caps.hostname}:${caps.pid}${worker.worldSize > 1 ? ` (${worker.worldSize} ranks)` : ''}${worker.process === null ? ', remote' : ''}`;
}

function runOnceOnPool(pool: WorkerPool, options: PoolRunOptions): Promise<PoolRunOutcome> {
  return pool.run(async (worker) => {
    options.onAssigned?.(workerLabel(worker));
    let run: RunRecord | null = options.resume?.run ?? null;
    try {
      if (options.signal?.aborted) throw new MoqlabError(ErrorCode.Interrupted, 'interrupted before this run started');
      // The pool's share of this machine's threads, unless the config fixes them.
      const training = { ...options.config.training, num_threads: options.config.training.num_threads || pool.threadsFor(worker) };
      const result = await runExperiment({
        ...options,
        config: { ...options.config, training },
        worker,
        onRunCreated: (r) => {
          run = r;
          options.onRunCreated?.(r);
        },
      });
      return { run: result.run, result, error: null };
    } catch (e) {
      if (!isMoqlabError(e)) throw e;
      return { run, result: null, error: e };
    }
  });
}

/**
 * A preparatory pass on a pool worker before any run of a sweep exists (loading the data and the
 * model to predict the arms' final bits): an abort closes the worker, and what it interrupted is
 * reported as an interruption, not as the worker's failure.
 */
export async function preflightOnPool<T>(pool: WorkerPool, signal: AbortSignal | undefined, pass: (client: WorkerClient) => Promise<T>): Promise<T> {
  return pool.run(async (worker) => {
    const stop = () => void worker.close({ timeoutMs: 3000 });
    signal?.addEventListener('abort', stop, { once: true });
    try {
      return await pass(worker.client);
    } catch (e) {
      throw signal?.aborted ? new MoqlabError(ErrorCode.Interrupted, 'interrupted before any run started', { cause: e }) : e;
    } finally {
      signal?.removeEventListener('abort', stop);
    }
  });
}

export async function runComparison(options: ComparisonOptions): Promise<Comparison> {
  const { config, store } = options;
  if (options.arms.length === 0) throw new MoqlabError(ErrorCode.Usage, 'no arm to compare', { hint: 'e.g. --arms baseline,basic-qat,moq' });
  const twice = options.arms.filter((arm, i) => options.arms.indexOf(arm) !== i);
  if (twice.length) throw new MoqlabError(ErrorCode.Usage, `arm ${[...new Set(twice)].join(', ')} is listed more than once`, { hint: 'list each arm once; --seeds runs an arm several times' });
  if (!Number.isInteger(options.seeds) || options.seeds < 1) throw new MoqlabError(ErrorCode.Usage, `--seeds must be a positive integer, got ${options.seeds}`);
  if (config.training.seed + options.seeds - 1 > schema.MAX_EXACT_INTEGER) {
    throw new MoqlabError(ErrorCode.Usage, `--seeds ${options.seeds} from training.seed ${config.training.seed} passes ${schema.MAX_EXACT_INTEGER}, the largest seed a config holds exactly`, {
      hint: 'start from a smaller training.seed',
    });
  }
  const tasks = comparisonTasks(options.arms, options.seeds, config.training.seed);
  const { nproc_per_node: ranks, nnodes } = config.distributed;
  if (nnodes > 1) {
    throw new MoqlabError(ErrorCode.Usage, `distributed.nnodes ${nnodes}: a comparison runs each arm on one machine (a local gang of distributed.nproc_per_node ranks, or a remote worker)`, {
      hint: 'set distributed.nnodes to 1; remote gangs join with --listen and `moqlab worker --connect … --nproc-per-node N`',
    });
  }
  const groupId = randomBytes(6).toString('hex');
  const workers = options.parallel ?? defaultPoolSize(tasks.length, ranks);
  const pool = await WorkerPool.start({
    size: workers,
    nprocPerNode: ranks,
    signal: options.signal,
    listener: options.listener,
    onWorkerJoined: (w) => options.onWorkerJoined?.(workerLabel(w)),
  });
  try {
    // Before any run exists: a comparison whose arms end at different bits must say so (or refuse)
    // before it spends the training, and a problem every run would meet fails here once.
    const predictions = await preflightOnPool(pool, options.signal, (client) => predictArmsOnWorker(client, config, options.arms));
    if (options.signal?.aborted) throw new MoqlabError(ErrorCode.Interrupted, 'interrupted before any run started');
    options.onPredicted?.(predictions);
    if (options.requireTarget) requireTarget(predictions);
    const outcomes = await Promise.all(
      tasks.map(async (task): Promise<ComparisonOutcome> => {
        const outcome = {
          task,
          ...(await runOnPool(pool, {
            store,
            config: sweepRunConfig(config, task.arm, task.seed),
            arm: task.arm,
            groupId,
            signal: options.signal,
            onRunCreated: (run) => options.onRunStart?.(task, run),
            onProgress: (p) => options.onRunProgress?.(task, p),
            onAssigned: (worker) => options.onRunAssigned?.(task, worker),
            onRequeue: options.onRequeue,
          })),
        };
        options.onRunEnd?.(outcome);
        return outcome;
      }),
    );
    return { groupId, outcomes, predictions, workers, threadsPerWorker: pool.threadsPerWorker };
  } finally {
    await pool.close();
  }
}
