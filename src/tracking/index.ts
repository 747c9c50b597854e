export { RunStatus } from './store.js';
export type {
  Artifact,
  CreateRunInput,
  ListRunsOptions,
  RolledBack,
  MetricPoint,
  ParamValue,
  RunEvent,
  RunPatch,
  RunRecord,
  Store,
} from './store.js';
export { openStore, upgradeStore, type OpenStoreOptions } from './sqlite.js';
export { SCHEMA_VERSION } from './migrations.js';
export { LEASE_RENEW_MS, LEASE_STALE_MS, leaseAlive, localProbe, thisProcess, type Holder, type Lease, type Probe } from './lease.js';
export { Metric, MetricPrefix, evalMetric } from './metrics.js';
export {
  ArtifactKind,
  type CheckpointPayload,
  type DropPayload,
  type EigenBlockPayload,
  type EigenvaluesPayload,
  type EvaluationPayload,
  EventKind,
  type EventPayloads,
  HISTORY_EVENT_KINDS,
  RECORD_VERSION,
  recordVersionOf,
  type SegmentPayload,
  storedPayload,
  typedEvent,
} from './events.js';
