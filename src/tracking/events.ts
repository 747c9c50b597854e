/** Kinds of run events recorded in the store (nouns, like the worker's events); the run loop writes them,
 * the reports read them. */
export enum EventKind {
  WorkerStarted = 'worker_started',
  DataLoaded = 'data_loaded',
  ModelLoaded = 'model_loaded',
  /** The tensors the MoQ rewrite quantizes and the schedule they follow. */
  QuantizationConfigured = 'quantization_configured',
  Segment = 'segment',
  /** Steps of a segment skipped because their loss or gradient norm was not finite (training.on_nonfinite skip_step). */
  NonfiniteSteps = 'nonfinite_steps',
  /** A tensor's bit width fell (spec §8: step, tensor, old → new bits, threshold, factor, r). */
  Drop = 'drop',
  /** Block eigenvalues and the factors clustering made of them (spec §4: λ, e, cluster, factor per block). */
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
