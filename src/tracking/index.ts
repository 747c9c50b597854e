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
