/**
 * moqlab's TypeScript API for scripted experiments. Importing it has no side effects.
 *
 *   import { openStore, readExperimentConfig, runExperiment } from 'moqlab';
 */
export { ErrorCode, MoqlabError, isMoqlabError } from './errors.js';
export {
  type ConfigWarning,
  type ExperimentConfig,
  type ExperimentConfigInput,
  type QuantizationConfig,
  applyDeepSpeedConfig,
  configAsFile,
  recordedConfig,
  resolveExperimentConfig,
  totalSteps,
  warmupSteps,
} from './config/index.js';
export { Clustering, Grid, QuantType, Rounding, Semantics } from './config/quantization-enums.js';
export { Arm, type Drop, MoqSchedule, type ScheduleOptions, type TensorPlan } from './schedule/moq.js';
export {
  ModuleKind,
  type QuantizedTensor,
  type Selection,
  type SelectionRules,
  SkipReason,
  type SkippedTensor,
  type TensorInfo,
  describeSkip,
  selectTensors,
} from './schedule/selection.js';
export { type Timeline, predictTimeline, toPlanJson } from './schedule/timeline.js';
export { type Protocol, type Recipe, selectProtocol } from './schedule/repro-recipe.js';
export { renderBitsChart } from './report/bits-chart.js';
export { type ArmOutcome, type ArmSummary, formatComparison, summarizeArms } from './report/compare.js';
export { writeRunReport } from './report/html.js';
export { formatPlan } from './report/plan.js';
export { type Comparison, type ComparisonOutcome, runComparison } from './experiment/compare.js';
export { WorkerPool } from './experiment/pool.js';
export {
  type Repro,
  type ReproOptions,
  type ReproReport,
  type ReproReportOptions,
  loadRecipe,
  runRepro,
  writeReproReport,
} from './experiment/repro.js';
export { type Plan, type PlanFactors, factorsFromRun, planExperiment } from './experiment/plan.js';
export { type ResumeTarget, resumeTarget } from './experiment/resume.js';
export { type SetUpCheck, checkSetUpOnWorker } from './experiment/preflight.js';
export { readExperimentConfig } from './experiment/config-file.js';
export { type Progress, type RunOptions, type RunResult, RunPhase, runExperiment } from './experiment/run.js';
export { EventKind, ArtifactKind } from './tracking/events.js';
export {
  type Artifact,
  type MetricPoint,
  type RunEvent,
  type RunRecord,
  RunStatus,
  type Store,
  openStore,
  upgradeStore,
} from './tracking/index.js';
export { ExportFormat, exportRunRecord, parseRunRecord } from './report/export.js';
export { ExportDtype, type ExportOptions, exportModel } from './experiment/export.js';
export { type FoundPython, findPython } from './worker/python.js';
export { type GangAgent, type LocalWorkerOptions, WorkerListener, WorkerSession, ZmqBinding, startGangAgent, startLocalWorker } from './worker/session.js';
export { type GangLaunch } from './worker/gang.js';
export { WorkerClient } from './worker/client.js';
export { PROTOCOL_VERSION, pb } from './protocol/messages.js';
