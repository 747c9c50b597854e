/** Several arms × seeds of one config, run on a pool of local workers and recorded as one group. */
import { randomBytes } from 'node:crypto';
import { schema, type ExperimentConfig } from '../config/index.js';
import { ErrorCode, MoqlabError, isMoqlabError } from '../errors.js';
import { type FinalBits, requireTarget } from '../schedule/final-bits.js';
import type { Arm } from '../schedule/moq.js';
import type { RunRecord, Store } from '../tracking/index.js';
import { WorkerPool, defaultPoolSize } from './pool.js';
import { predictArmsOnWorker } from './preflight.js';
import type { WorkerClient } from '../worker/client.js';
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
  /** Workers running at once; default: one per core, at most one per run. */
  parallel?: number;
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

/** One run of a sweep: named after its arm and seed, and on the pool's share of the CPU threads unless the config fixes them. */
export function sweepRunConfig(config: ExperimentConfig, arm: Arm, seed: number, threadsPerWorker: number): ExperimentConfig {
  return {
    ...config,
    name: `${config.name}-${arm}-s${seed}`,
    training: { ...config.training, seed, num_threads: config.training.num_threads || threadsPerWorker },
  };
}

/** How one run of a sweep ended: a MoqlabError is the outcome's error, so one failed run does not stop the others. */
export interface PoolRunOutcome {
  run: RunRecord | null;
  result: RunResult | null;
  error: MoqlabError | null;
}

/** Runs (or resumes) one experiment on the pool's next free worker. */
export function runOnPool(pool: WorkerPool, options: Omit<RunOptions, 'worker' | 'workerOptions'>): Promise<PoolRunOutcome> {
  return pool.run(async (worker) => {
    let run: RunRecord | null = options.resume?.run ?? null;
    try {
      if (options.signal?.aborted) throw new MoqlabError(ErrorCode.Interrupted, 'interrupted before this run started');
      const result = await runExperiment({
        ...options,
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
  const groupId = randomBytes(6).toString('hex');
  const pool = await WorkerPool.start({ size: options.parallel ?? defaultPoolSize(tasks.length), signal: options.signal });
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
            config: sweepRunConfig(config, task.arm, task.seed, pool.threadsPerWorker),
            arm: task.arm,
            groupId,
            signal: options.signal,
            onRunCreated: (run) => options.onRunStart?.(task, run),
            onProgress: (p) => options.onRunProgress?.(task, p),
          })),
        };
        options.onRunEnd?.(outcome);
        return outcome;
      }),
    );
    return { groupId, outcomes, predictions, workers: options.parallel ?? defaultPoolSize(tasks.length), threadsPerWorker: pool.threadsPerWorker };
  } finally {
    await pool.close();
  }
}
