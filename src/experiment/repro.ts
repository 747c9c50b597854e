/**
 * `moqlab repro glue`: a published table's protocol (a recipe) over every GLUE task whose data is
 * found, four arms × N seeds, recorded as one group whose id follows from the protocol and the model.
 * Running it again skips the finished runs and continues the stopped ones from their checkpoints, so
 * a reproduction can span days; compare's machinery (pool, preflight, run naming) runs it.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { BuiltinModel, DataName, type ExperimentConfig, GlueTask, recordedConfig, resolveExperimentConfig } from '../config/index.js';
import { ErrorCode, MoqlabError, isMoqlabError } from '../errors.js';
import { packageRoot } from '../paths.js';
import type { moqlab } from '../protocol/messages.js';
import type { FinalBits } from '../schedule/final-bits.js';
import { processAlive } from '../processes.js';
import { Metric, MetricPrefix, type RunRecord, RunStatus, type Store } from '../tracking/index.js';
import { type CheckpointOnDisk, latestCheckpoint, removeCheckpoints } from './checkpoints.js';
import { type PoolRunOutcome, preflightOnPool, runOnPool, sweepRunConfig, workerLabel } from './compare.js';
import type { WorkerListener } from '../worker/session.js';
import { readJsonFile } from './config-file.js';
import { WorkerPool, defaultPoolSize } from './pool.js';
import { predictArmsOnWorker } from './preflight.js';
import { loadDataAndModel } from './prepare.js';
import { tensorsFromSummary } from './quantization.js';
import { type ProtocolRow, type ReproRecord, type ReproTable, RunState, buildReproTable } from '../report/repro.js';
import { type ReproOutputs, writeReproOutputs } from '../report/repro-page.js';
import {
  type Protocol,
  REPRO_ARMS,
  type Recipe,
  type ReproIdentity,
  type ReproTaskEntry,
  type RunKey,
  TaskData,
  parseRecipe,
  profilePeriod,
  protocolSteps,
  reproGroupId,
  reproIdentity,
  reproKeys,
  reproSeeds,
  taskExperimentConfig,
} from '../schedule/repro-recipe.js';
import type { Progress } from './run.js';

/** The recipe of the MoQ blog's Table 1, shipped with moqlab. */
export function defaultRecipePath(): string {
  return join(packageRoot(), 'recipes', 'glue-moq-blog.json');
}

export function loadRecipe(path: string = defaultRecipePath()): Recipe {
  return parseRecipe(readJsonFile(path, 'recipe'), path);
}

export const DEFAULT_REPRO_MODEL: string = BuiltinModel.Minilm;

/** The model spec as runs record it (an hf:./dir made absolute), checked as any config's model is. */
export function reproModel(spec: string, baseDir: string): string {
  return resolveExperimentConfig({ model: { name: spec }, data: { name: DataName.Glue, task: GlueTask.Sst2 } }, { baseDir, label: `--model ${spec}` }).model.name;
}

/** What identifies a reproduction's runs in the store, beside the group. */
export enum ReproParam {
  Recipe = 'repro.recipe',
  ProtocolHash = 'repro.protocol_hash',
  Profile = 'repro.profile',
  Variant = 'repro.variant',
  Model = 'repro.model',
  Task = 'repro.task',
  Seed = 'repro.seed',
}

const normalized = (name: string) => name.toLowerCase().replace(/[-_]/g, '');

/** The task's directory under a GLUE root: the entry named as GLUE names the task (any case, - and _ ignored) that holds train.tsv. */
export function findGlueTaskDir(glueDir: string, task: GlueTask): string | null {
  let entries: string[];
  try {
    entries = readdirSync(glueDir);
  } catch {
    return null;
  }
  const match = entries.filter((entry) => normalized(entry) === normalized(task)).find((entry) => existsSync(join(glueDir, entry, 'train.tsv')));
  return match === undefined ? null : join(glueDir, match);
}

/** How many blocks the model has under `layerName` (`bert.encoder.layer.N...`): the recipe gives every one an eigenvalue. */
export function countBlocks(summary: moqlab.v1.ModelSummary, layerName: string): number {
  const prefix = `${layerName}.`;
  const blocks = new Set<string>();
  for (const tensor of tensorsFromSummary(summary)) {
    const index = tensor.name.startsWith(prefix) ? /^(\d+)\./.exec(tensor.name.slice(prefix.length))?.[1] : undefined;
    if (index !== undefined) blocks.add(index);
  }
  return blocks.size;
}

/** A run of the group, with the key its params record (null for a run that is not one of a reproduction's). */
export interface GroupRun {
  run: RunRecord;
  key: RunKey | null;
  checkpoint: CheckpointOnDisk | null;
}

/** The group's runs, newest first. */
export function readGroupRuns(store: Store, groupId: string): GroupRun[] {
  return store.listRuns({ groupId }).map((run) => {
    const params = store.getParams(run.id);
    const task = Object.values(GlueTask).find((t) => t === params[ReproParam.Task]);
    const seed = params[ReproParam.Seed];
    const arm = REPRO_ARMS.find((a) => a === run.arm);
    const key = task !== undefined && typeof seed === 'number' && arm !== undefined ? { task, arm, seed } : null;
    return { run, key, checkpoint: run.status === RunStatus.Finished ? null : latestCheckpoint(store, run.id) };
  });
}

export enum RunAction {
  /** A finished run: its result is used as it is. */
  Skip = 'skip',
  /** A stopped run with a checkpoint on disk: it continues from there. */
  Resume = 'resume',
  /** No run yet, or a stopped one without a checkpoint: a new run starts. */
  Start = 'start',
}

export interface PlannedRun {
  key: RunKey;
  action: RunAction;
  /** The finished run (skip), the run to continue (resume), or the last attempt that stopped without a checkpoint (start). */
  run: RunRecord | null;
  checkpoint: CheckpointOnDisk | null;
}

/**
 * What to do for each key, given the group's runs newest first: a finished run is kept (the newest,
 * should there be several); otherwise the newest attempt continues from its checkpoint, or a new run
 * starts when it has none. A run marked running is taken as stopped: the lock keeps a second
 * reproduction of the group from driving it at the same time.
 */
export function planRuns(keys: readonly RunKey[], runs: readonly GroupRun[]): PlannedRun[] {
  const same = (a: RunKey, b: RunKey) => a.task === b.task && a.arm === b.arm && a.seed === b.seed;
  return keys.map((key) => {
    const attempts = runs.filter((r) => r.key !== null && same(r.key, key));
    const finished = attempts.find((r) => r.run.status === RunStatus.Finished);
    if (finished) return { key, action: RunAction.Skip, run: finished.run, checkpoint: null };
    const last = attempts[0];
    if (last?.checkpoint) return { key, action: RunAction.Resume, run: last.run, checkpoint: last.checkpoint };
    return { key, action: RunAction.Start, run: last?.run ?? null, checkpoint: null };
  });
}

export interface ReproSetup {
  /** Null before the store exists: no run has been made yet. */
  store: Store | null;
  protocol: Protocol;
  /** The model spec the runs train (minilm, hf:<absolute dir>). */
  model: string;
  /** The GLUE root; null when none was given or found (every task is then without data). */
  glueDir: string | null;
  tasks: readonly GlueTask[];
  seeds: number;
}

export interface ReproPlan {
  identity: ReproIdentity;
  groupId: string;
  seeds: number[];
  tasks: ReproTaskEntry[];
  /** The runs of the tasks with data. */
  runs: PlannedRun[];
  /** Other groups of the same recipe, profile, variant and model: made under another version of the protocol. */
  otherProtocolGroups: string[];
}

/** Where each task's data is, what each run needs, and which groups an earlier protocol left; reads the store and the GLUE root only. */
export function planRepro(setup: ReproSetup): ReproPlan {
  const { store, protocol } = setup;
  const identity = reproIdentity(protocol, setup.model);
  const groupId = reproGroupId(identity);
  const seeds = reproSeeds(protocol.recipe, setup.seeds);
  const tasks = protocol.recipe.tasks
    .filter((task) => setup.tasks.includes(task.task))
    .map((recipe): ReproTaskEntry => {
      const dir = setup.glueDir === null ? null : findGlueTaskDir(setup.glueDir, recipe.task);
      return { recipe, data: dir === null ? TaskData.Missing : TaskData.Found, dir };
    });
  const found = tasks.filter((t) => t.data === TaskData.Found).map((t) => t.recipe.task);
  const runs = planRuns(reproKeys(found, seeds), store === null ? [] : readGroupRuns(store, groupId));
  return { identity, groupId, seeds, tasks, runs, otherProtocolGroups: store === null ? [] : otherProtocolGroups(store, identity, groupId) };
}

function otherProtocolGroups(store: Store, identity: ReproIdentity, groupId: string): string[] {
  const groups = new Set<string>();
  for (const run of store.listRuns()) {
    if (run.groupId === null || run.groupId === groupId || groups.has(run.groupId)) continue;
    const p = store.getParams(run.id);
    const same = p[ReproParam.Recipe] === identity.recipe && p[ReproParam.Profile] === identity.profile && p[ReproParam.Variant] === identity.variant && p[ReproParam.Model] === identity.model;
    if (same && p[ReproParam.ProtocolHash] !== identity.protocolHash) groups.add(run.groupId);
  }
  return [...groups];
}

// ---------------------------------------------------------------------------------------------
// The lock: one process drives a group at a time

export interface LockHolder {
  pid: number;
  host: string;
  startedAt: number;
}

export function reproLockPath(storePath: string, groupId: string): string {
  return join(dirname(storePath), 'repro', `${groupId}.lock`);
}

/** The process driving the group now; null when the lock is absent or its process is gone (a killed reproduction). */
export function lockHolder(path: string): LockHolder | null {
  let holder: LockHolder;
  try {
    holder = JSON.parse(readFileSync(path, 'utf8')) as LockHolder;
  } catch {
    return null;
  }
  // A process on another machine cannot be checked, so it counts as alive.
  return holder.host !== hostname() || processAlive(holder.pid) ? holder : null;
}

/** Takes the group's lock, or refuses while another live process holds it; returns the release. */
export function acquireLock(path: string): () => void {
  const holder = lockHolder(path);
  if (holder !== null) {
    throw new MoqlabError(ErrorCode.Usage, `this reproduction is already running: process ${holder.pid} on ${holder.host} started it at ${new Date(holder.startedAt).toISOString()}`, {
      hint: `wait for it (moqlab repro glue --status shows its progress), or remove ${path} if that process is gone`,
    });
  }
  mkdirSync(dirname(path), { recursive: true });
  const mine: LockHolder = { pid: process.pid, host: hostname(), startedAt: Date.now() };
  writeFileSync(path, JSON.stringify(mine));
  return () => {
    if (lockHolder(path)?.pid === process.pid) rmSync(path, { force: true });
  };
}

// ---------------------------------------------------------------------------------------------
// Running a reproduction

export interface ReproOptions extends ReproSetup {
  store: Store;
  device: string;
  /** What relative model paths resolve against. */
  baseDir: string;
  /** Local workers at once; default: one per core, at most one per run to do (0 with a listener: remote workers only). */
  parallel?: number;
  /** Remote workers that connect here join the pool as they come. */
  listener?: WorkerListener;
  onWorkerJoined?(worker: string): void;
  onRunAssigned?(key: RunKey, worker: string): void;
  /** A run lost its worker and was queued again. */
  onRequeue?(message: string): void;
  /** Keep each finished run's final checkpoint (so `moqlab export` can pack its model); default: delete it. */
  keepCheckpoints?: boolean;
  signal?: AbortSignal;
  onPlan?(plan: ReproPlan): void;
  /** A task's arms' final bits, predicted before its first new run. */
  onPredicted?(task: GlueTask, predictions: FinalBits[]): void;
  onRunStart?(planned: PlannedRun, run: RunRecord): void;
  onRunProgress?(key: RunKey, progress: Progress): void;
  onRunEnd?(key: RunKey, action: RunAction, outcome: PoolRunOutcome): void;
}

export interface ReproRunOutcome extends PoolRunOutcome {
  key: RunKey;
  action: RunAction;
}

export interface Repro {
  plan: ReproPlan;
  /** Tasks whose preparatory pass failed (data that does not load, a model without blocks): their new runs did not start. */
  taskErrors: Map<GlueTask, MoqlabError>;
  /** The runs resumed or started, in plan order. */
  outcomes: ReproRunOutcome[];
  workers: number;
  threadsPerWorker: number;
}

function reproParams(identity: ReproIdentity, key: RunKey): Record<ReproParam, string | number> {
  return {
    [ReproParam.Recipe]: identity.recipe,
    [ReproParam.ProtocolHash]: identity.protocolHash,
    [ReproParam.Profile]: identity.profile,
    [ReproParam.Variant]: identity.variant,
    [ReproParam.Model]: identity.model,
    [ReproParam.Task]: key.task,
    [ReproParam.Seed]: key.seed,
  };
}

/**
 * The task's config, from one preparatory pass like compare's: the data and the model load once,
 * the model's blocks give layer_num, and every arm's final bits are predicted before any run.
 */
function preflightTask(pool: WorkerPool, options: ReproOptions, entry: ReproTaskEntry): Promise<ExperimentConfig> {
  const { protocol } = options;
  const configWith = (layerNum: number) =>
    taskExperimentConfig(protocol, entry.recipe, { model: options.model, dataPath: entry.dir!, layerNum, device: options.device, baseDir: options.baseDir });
  return preflightOnPool(pool, options.signal, async (client) => {
    // Loading reads the data, model, seed and device of the config, not layer_num, which the loaded model gives.
    const prepared = await loadDataAndModel(client, configWith(1));
    const layerName = protocol.recipe.quantization.eigenvalue.layer_name;
    const layerNum = countBlocks(prepared.summary, layerName);
    if (layerNum === 0) {
      throw new MoqlabError(ErrorCode.ConfigInvalid, `model ${options.model} has no blocks under ${layerName}, which recipe ${protocol.recipe.name} computes eigenvalues over`, {
        hint: 'the recipe is for a BERT encoder: use a BERT checkpoint (minilm, or hf:<dir> of a BertForSequenceClassification)',
      });
    }
    const config = configWith(layerNum);
    options.onPredicted?.(entry.recipe.task, await predictArmsOnWorker(client, config, REPRO_ARMS, prepared));
    return config;
  });
}

export async function runRepro(options: ReproOptions): Promise<Repro> {
  const { store, signal } = options;
  const groupId = reproGroupId(reproIdentity(options.protocol, options.model));
  const release = acquireLock(reproLockPath(store.path, groupId));
  try {
    const plan = planRepro(options);
    options.onPlan?.(plan);
    const todo = plan.runs.filter((r) => r.action !== RunAction.Skip);
    if (todo.length === 0) return { plan, taskErrors: new Map(), outcomes: [], workers: 0, threadsPerWorker: 0 };
    const workers = options.parallel ?? defaultPoolSize(todo.length);
    const pool = await WorkerPool.start({ size: workers, signal, listener: options.listener, onWorkerJoined: (w) => options.onWorkerJoined?.(workerLabel(w)) });
    try {
      const entries = new Map(plan.tasks.map((t) => [t.recipe.task, t]));
      const configs = new Map<GlueTask, ExperimentConfig>();
      const taskErrors = new Map<GlueTask, MoqlabError>();
      const starting = [...new Set(todo.filter((r) => r.action === RunAction.Start).map((r) => r.key.task))];
      await Promise.all(
        starting.map(async (task) => {
          try {
            configs.set(task, await preflightTask(pool, options, entries.get(task)!));
          } catch (e) {
            if (!isMoqlabError(e)) throw e;
            taskErrors.set(task, e);
          }
        }),
      );
      if (signal?.aborted) throw new MoqlabError(ErrorCode.Interrupted, 'interrupted before any run started');
      const runnable = todo.filter((r) => r.action === RunAction.Resume || configs.has(r.key.task));
      const outcomes = await Promise.all(runnable.map((planned) => runPlanned(pool, options, plan, entries.get(planned.key.task)!, planned, configs)));
      return { plan, taskErrors, outcomes, workers, threadsPerWorker: pool.threadsPerWorker };
    } finally {
      await pool.close();
    }
  } finally {
    release();
  }
}

async function runPlanned(
  pool: WorkerPool,
  options: ReproOptions,
  plan: ReproPlan,
  entry: ReproTaskEntry,
  planned: PlannedRun,
  configs: ReadonlyMap<GlueTask, ExperimentConfig>,
): Promise<ReproRunOutcome> {
  const { store } = options;
  const { key, action } = planned;
  let runId: string | null = null;
  const common = {
    store,
    arm: key.arm,
    groupId: plan.groupId,
    signal: options.signal,
    onAssigned: (worker: string) => options.onRunAssigned?.(key, worker),
    onRequeue: options.onRequeue,
    onRunCreated: (run: RunRecord) => {
      runId = run.id;
      store.logParams(run.id, reproParams(plan.identity, key));
      options.onRunStart?.(planned, run);
    },
    onProgress: (p: Progress) => options.onRunProgress?.(key, p),
    // A checkpoint of a large model is hundreds of megabytes: a run keeps only the one it would continue from.
    onSegmentEnd: () => {
      if (runId !== null) removeCheckpoints(store, runId, true);
    },
  };
  let outcome: PoolRunOutcome;
  if (action === RunAction.Resume) {
    const stored = recordedConfig(planned.run!);
    // The GLUE root may be elsewhere now (another machine, a moved copy), and the worker another one
    // (runOnPool gives it its threads); everything else is the run's own.
    const config: ExperimentConfig = { ...stored, data: { ...stored.data, path: entry.dir }, training: { ...stored.training, num_threads: 0 } };
    outcome = await runOnPool(pool, { ...common, config, resume: { run: planned.run!, checkpoint: planned.checkpoint!.path } });
  } else {
    outcome = await runOnPool(pool, { ...common, config: sweepRunConfig(configs.get(key.task)!, key.arm, key.seed) });
  }
  // The table needs the recorded metrics, not the weights; the user may want the model itself.
  if (outcome.result) removeCheckpoints(store, outcome.result.run.id, options.keepCheckpoints === true);
  options.onRunEnd?.(key, action, outcome);
  return { ...outcome, key, action };
}

// ---------------------------------------------------------------------------------------------
// What the store holds for a reproduction

/** Each run of the plan's tasks with data, as the store holds it now. */
export function collectReproRecords(store: Store, plan: ReproPlan): ReproRecord[] {
  const found = plan.tasks.filter((t) => t.data === TaskData.Found).map((t) => t.recipe.task);
  return planRuns(reproKeys(found, plan.seeds), readGroupRuns(store, plan.groupId)).map(({ key, action, run }) => {
    if (action !== RunAction.Skip || run === null) return { key, runId: run?.id ?? null, status: run?.status ?? null, metrics: {}, finalBits: null };
    const latest = store.latestMetrics(run.id);
    const metrics = Object.fromEntries(Object.values(latest).filter((p) => p.name.startsWith(MetricPrefix.Eval)).map((p) => [p.name, p.value]));
    return { key, runId: run.id, status: run.status, metrics, finalBits: latest[Metric.AverageBits]?.value ?? null };
  });
}

/** A planned run's state for `--status`; `locked`: a live process drives the group now. */
export function runState(planned: PlannedRun, locked: boolean): RunState {
  if (planned.action === RunAction.Skip) return RunState.Finished;
  if (locked && planned.run?.status === RunStatus.Running) return RunState.Running;
  if (planned.action === RunAction.Resume) return RunState.Resumable;
  return planned.run === null ? RunState.NotStarted : RunState.Restarts;
}

/** Each task's protocol as its runs train it: a profile's epochs, its scaled period and its step count. */
export function protocolRows(protocol: Protocol, tasks: readonly ReproTaskEntry[]): ProtocolRow[] {
  return tasks.map(({ recipe, data }) => ({
    task: recipe.task,
    data,
    epochs: protocol.profile.epochs ?? recipe.epochs,
    startBits: recipe.start_bits,
    period: profilePeriod(protocol, recipe),
    steps: protocolSteps(protocol, recipe).profile,
    blogEigenvalue: recipe.blog_eigenvalue,
  }));
}

export interface ReproReportOptions {
  recipe: Recipe;
  protocol: Protocol;
  /** Default: repro/GROUP beside the store. */
  dir?: string;
  /** Who made it, e.g. `moqlab 0.1.0`. */
  generator: string;
}

export interface ReproReport {
  table: ReproTable;
  paths: ReproOutputs;
}

/**
 * The reproduction's group report as the store holds it now: the table (published and measured,
 * every seed) written as table.md, table.json and report.html. A task whose preparatory pass failed
 * shows that error in its column.
 */
export function writeReproReport(store: Store, repro: Pick<Repro, 'plan' | 'taskErrors'>, options: ReproReportOptions): ReproReport {
  const { plan } = repro;
  const taskErrors = new Map([...repro.taskErrors].map(([task, e]) => [task, e.message.split('\n')[0]!]));
  const table = buildReproTable({
    recipe: options.recipe,
    identity: plan.identity,
    groupId: plan.groupId,
    seeds: plan.seeds,
    tasks: plan.tasks,
    taskErrors,
    records: collectReproRecords(store, plan),
  });
  const paths = writeReproOutputs(store, table, options.dir ?? join(dirname(store.path), 'repro', plan.groupId), {
    profileDoc: options.protocol.profile.doc,
    variantDoc: options.protocol.variant.doc,
    protocolRows: protocolRows(options.protocol, plan.tasks),
    generatedAt: Date.now(),
    generator: options.generator,
  });
  return { table, paths };
}
