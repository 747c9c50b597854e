/**
 * The tracking store speaks in entities (run, param, metric, event, artifact), like MLflow's store:
 * callers never see SQL, so the backing database can change without touching them.
 */

import type { Holder, Lease } from './lease.js';

export enum RunStatus {
  Created = 'created',
  /** Stored as running and its controller's lease is alive. */
  Running = 'running',
  Finished = 'finished',
  Failed = 'failed',
  Interrupted = 'interrupted',
  /**
   * Never stored: a run stored as running whose controller is gone (killed with -9, its machine lost),
   * as the store reads it. Resumable like a failed run.
   */
  Crashed = 'crashed',
}

export interface RunRecord {
  /** 12 lowercase hex characters, random. */
  id: string;
  name: string;
  status: RunStatus;
  /** Milliseconds since the epoch. */
  createdAt: number;
  startedAt: number | null;
  endedAt: number | null;
  /** The resolved experiment config, stored as JSON. */
  config: unknown;
  environment: Record<string, unknown>;
  error: string | null;
  /** Runs compared against each other share a group; `arm` names this run's side of the comparison. */
  groupId: string | null;
  arm: string | null;
  /** The controller that drives (or drove, until it died) the run; null once it ended the run. */
  lease: Lease | null;
}

export interface MetricPoint {
  name: string;
  /** A non-negative integer. */
  step: number;
  /** Seconds since the epoch, fractional. */
  wallTime: number;
  /** NaN, +Infinity, -Infinity and -0 are kept exactly: a diverging loss is a fact worth recording. */
  value: number;
}

export interface RunEvent {
  /** 1, 2, 3, … per run, in the order the events were logged. */
  seq: number;
  kind: string;
  step: number | null;
  /** Seconds since the epoch, fractional. */
  wallTime: number;
  payload: Record<string, unknown>;
}

export interface Artifact {
  kind: string;
  path: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

export type ParamValue = string | number | boolean;

/** What `rollBackAfter` removed. */
export interface RolledBack {
  metricPoints: number;
  events: number;
}

export interface CreateRunInput {
  name: string;
  config: unknown;
  environment: Record<string, unknown>;
  groupId?: string;
  arm?: string;
}

/** Fields left undefined are not changed; `environment` replaces the stored one as a whole. */
export interface RunPatch {
  status?: RunStatus;
  startedAt?: number;
  endedAt?: number;
  error?: string | null;
  environment?: Record<string, unknown>;
}

export interface ListRunsOptions {
  limit?: number;
  status?: RunStatus;
  groupId?: string;
}

/**
 * Every method taking a run id wants the full id and throws `ErrorCode.RunNotFound` when no such run
 * exists; only `getRun` resolves prefixes.
 */
export interface Store {
  readonly path: string;
  createRun(input: CreateRunInput): RunRecord;
  updateRun(id: string, patch: RunPatch): void;
  /** Logging a key again overwrites its value. */
  logParams(runId: string, params: Record<string, ParamValue>): void;
  /** One transaction per call, so batch points rather than calling once per point. */
  logMetrics(runId: string, points: MetricPoint[]): void;
  /**
   * Rolls the run's record back to `step` in one transaction: removes the metric points and the events
   * after it, except events of the kinds in `keepEventKinds` (its history: failures, resumes). A resumed
   * run trains those steps again from its checkpoint and records them anew, so its record ends as an
   * uninterrupted run's would.
   */
  rollBackAfter(runId: string, step: number, keepEventKinds: readonly string[]): RolledBack;
  logEvent(runId: string, event: Omit<RunEvent, 'seq'>): void;
  addArtifact(runId: string, artifact: { kind: string; path: string }): void;
  /** `holder` drives the run from now on (replacing any earlier lease); its heartbeat starts at `now`. */
  takeLease(runId: string, holder: Holder, now: number): void;
  /** Renews `holder`'s heartbeat; false when the lease is no longer its own (another process took the run over). */
  renewLease(runId: string, holder: Holder, now: number): boolean;
  /** Ends `holder`'s lease, if it still holds it. */
  releaseLease(runId: string, holder: Holder): void;
  /** Accepts a full id or a unique prefix of one. */
  getRun(idOrPrefix: string): RunRecord;
  /** The group id that is `idOrPrefix` or the only one it begins (a comparison's or a reproduction's runs). */
  resolveGroup(idOrPrefix: string): string;
  /** Newest first. */
  listRuns(options?: ListRunsOptions): RunRecord[];
  getParams(runId: string): Record<string, ParamValue>;
  /** Ordered by name, step, wall time. */
  getMetrics(runId: string, name?: string): MetricPoint[];
  metricNames(runId: string): string[];
  /** The last point of each metric, by step then wall time. */
  latestMetrics(runId: string): Record<string, MetricPoint>;
  /** Ordered by seq. */
  getEvents(runId: string, kind?: string): RunEvent[];
  /** In the order they were added. */
  getArtifacts(runId: string): Artifact[];
  close(): void;
}
