/** Kinds of run events recorded in the store (nouns, like the worker's events) and what their payloads
 * hold; the run loop writes them, the reports read them. */
import type { RunEvent } from './store.js';

export enum EventKind {
  WorkerStarted = 'worker_started',
  DataLoaded = 'data_loaded',
  ModelLoaded = 'model_loaded',
  /** The tensors the MoQ rewrite quantizes and the schedule they follow. */
  QuantizationConfigured = 'quantization_configured',
  Segment = 'segment',
  /** Steps of a segment skipped because their loss or gradient norm was not finite (training.on_nonfinite skip_step). */
  NonfiniteSteps = 'nonfinite_steps',
  /** A tensor's bit width fell (SEMANTICS.md §8: step, tensor, old → new bits, threshold, factor, r). */
  Drop = 'drop',
  /** Block eigenvalues and the factors clustering made of them (SEMANTICS.md §4: λ, e, cluster, factor per block). */
  Eigenvalues = 'eigenvalues',
  Evaluation = 'evaluation',
  Checkpoint = 'checkpoint',
  Resumed = 'resumed',
  /** The run's weights were written as a packed model (sizes and parity in the payload). */
  Exported = 'exported',
  WorkerLog = 'worker_log',
  Failure = 'failure',
}

/**
 * The run's history across sessions, kept when a resume rolls the record back to its checkpoint; every
 * other event after the checkpoint's step is recorded again by the resumed training.
 */
export const HISTORY_EVENT_KINDS: readonly EventKind[] = [EventKind.WorkerStarted, EventKind.Failure, EventKind.Resumed];

export enum ArtifactKind {
  Checkpoint = 'checkpoint',
  /** A directory with model.safetensors and manifest.json (docs/EXPORT.md). */
  Export = 'export',
}

/** A `drop` event's payload; its step is the event's step (the first step that writes `toBits`). */
export type DropPayload = {
  tensor: string;
  fromBits: number;
  toBits: number;
  /** The new threshold T, an absolute counter value. */
  threshold: number;
  /** The eigenvalue factor used (1 without eigenvalues). */
  factor: number;
  /** The unquantized share r written at the drop step. */
  mixRatio: number;
};

/** One block of an `eigenvalues` event: what the worker measured and the factor clustering made of it. */
export type EigenBlockPayload = {
  block: number;
  name: string;
  eigenvalue: number;
  normalized: number;
  cluster: number;
  factor: number;
  iterations: number;
  converged: boolean;
  seconds: number;
  hvps: number;
};

export type EigenvaluesPayload = { seconds: number; clustering: string; blocks: EigenBlockPayload[] };

/**
 * The version of what a run records (its event kinds, payloads and metric names), kept in the run's
 * environment as `record`; runs recorded without one are version 1. Version 2: each segment event
 * carries the bits it wrote.
 */
export const RECORD_VERSION = 2;

/** The record version of a run (1 when it predates versions). */
export function recordVersionOf(run: { environment: Record<string, unknown> }): number {
  const version = run.environment.record;
  return typeof version === 'number' && Number.isInteger(version) ? version : 1;
}

/**
 * Steps start+1..end trained as one segment. `bits`: what each quantized tensor was written with in
 * it (the plan is constant within a segment), so readers draw bits over steps without the schedule;
 * from record version 2.
 */
export type SegmentPayload = { start: number; end: number; seconds: number; meanLoss: number; skipped: number; nonfinite: number; epoch: number; bits: Record<string, number> };

export type EvaluationPayload = { examples: number; seconds: number; metrics: Record<string, number>; loss: number };

export type CheckpointPayload = { path: string; bytes: number; sha256: string };

/** The payload of each event kind that readers interpret field by field. */
export type EventPayloads = {
  [EventKind.Drop]: DropPayload;
  [EventKind.Eigenvalues]: EigenvaluesPayload;
  [EventKind.Segment]: SegmentPayload;
  [EventKind.Evaluation]: EvaluationPayload;
  [EventKind.Checkpoint]: CheckpointPayload;
};

/** An event of a kind with a typed payload, for `Store.logEvent`; `wallTime` in seconds since the epoch. */
export function typedEvent<K extends keyof EventPayloads>(kind: K, step: number, payload: EventPayloads[K], wallTime = Date.now() / 1000): Omit<RunEvent, 'seq'> {
  return { kind, step, wallTime, payload };
}

/**
 * The payload of `event` read back as `kind`'s type (nothing when the event is of another kind), every
 * field possibly missing: records written by an older moqlab, or by hand, may lack any of them, so
 * readers check each one.
 */
export function storedPayload<K extends keyof EventPayloads>(event: RunEvent, kind: K): Partial<EventPayloads[K]> {
  return event.kind === kind ? (event.payload as Partial<EventPayloads[K]>) : {};
}
