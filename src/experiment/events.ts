/** Kinds of run events recorded in the store (nouns, like the worker's events). */
export enum EventKind {
  WorkerStarted = 'worker_started',
  DataLoaded = 'data_loaded',
  ModelLoaded = 'model_loaded',
  Segment = 'segment',
  Evaluation = 'evaluation',
  Checkpoint = 'checkpoint',
  WorkerLog = 'worker_log',
  Failure = 'failure',
}

export enum ArtifactKind {
  Checkpoint = 'checkpoint',
}
