/** Several arms × seeds of one config, run on a pool of local workers and recorded as one group. */
import { randomBytes } from 'node:crypto';
import type { ExperimentConfig } from '../config/index.js';
import { ErrorCode, MoqlabError, isMoqlabError } from '../errors.js';
import type { Arm } from '../schedule/moq.js';
import type { RunRecord, Store } from '../tracking/index.js';
import { WorkerPool, defaultPoolSize } from './pool.js';
import { type Progress, type RunResult, runExperiment } from './run.js';

export interface ComparisonTask {
  arm: Arm;
  seed: number;
}

export interface ComparisonOutcome {
  task: ComparisonTask;
  run: RunRecord | null;
  result: RunResult | null;
  error: MoqlabError | null;
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
  onRunStart?(task: ComparisonTask, run: RunRecord): void;
  onRunProgress?(task: ComparisonTask, progress: Progress): void;
  onRunEnd?(outcome: ComparisonOutcome): void;
}

export interface Comparison {
  groupId: string;
  outcomes: ComparisonOutcome[];
  workers: number;
  threadsPerWorker: number;
}

export function comparisonTasks(arms: Arm[], seeds: number, firstSeed: number): ComparisonTask[] {
  const tasks: ComparisonTask[] = [];
  for (let i = 0; i < seeds; i++) for (const arm of arms) tasks.push({ arm, seed: firstSeed + i });
  return tasks;
}

export async function runComparison(options: ComparisonOptions): Promise<Comparison> {
  const { config, store } = options;
  if (options.arms.length === 0) throw new MoqlabError(ErrorCode.Usage, 'no arm to compare', { hint: 'e.g. --arms baseline,basic-qat,moq' });
  if (!Number.isInteger(options.seeds) || options.seeds < 1) throw new MoqlabError(ErrorCode.Usage, `--seeds must be a positive integer, got ${options.seeds}`);
  const tasks = comparisonTasks(options.arms, options.seeds, config.training.seed);
  const groupId = randomBytes(6).toString('hex');
  const pool = await WorkerPool.start({ size: options.parallel ?? defaultPoolSize(tasks.length), signal: options.signal });
  try {
    const outcomes = await Promise.all(
      tasks.map((task) =>
        pool.run(async (worker): Promise<ComparisonOutcome> => {
          const taskConfig: ExperimentConfig = {
            ...config,
            name: `${config.name}-${task.arm}-s${task.seed}`,
            training: { ...config.training, seed: task.seed, num_threads: config.training.num_threads || pool.threadsPerWorker },
          };
          let run: RunRecord | null = null;
          try {
            if (options.signal?.aborted) throw new MoqlabError(ErrorCode.Interrupted, 'interrupted before this run started');
            const result = await runExperiment({
              store,
              config: taskConfig,
              worker,
              arm: task.arm,
              groupId,
              signal: options.signal,
              onRunCreated: (r) => {
                run = r;
                options.onRunStart?.(task, r);
              },
              onProgress: (p) => options.onRunProgress?.(task, p),
            });
            const outcome = { task, run: result.run, result, error: null };
            options.onRunEnd?.(outcome);
            return outcome;
          } catch (e) {
            if (!isMoqlabError(e)) throw e;
            const outcome = { task, run, result: null, error: e };
            options.onRunEnd?.(outcome);
            return outcome;
          }
        }),
      ),
    );
    return { groupId, outcomes, workers: options.parallel ?? defaultPoolSize(tasks.length), threadsPerWorker: pool.threadsPerWorker };
  } finally {
    await pool.close();
  }
}
