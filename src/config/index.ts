export {
  BuiltinModel,
  DataName,
  DataFormat,
  DataParallel,
  DEFAULT_LABEL_COLUMN,
  experimentSchema,
  GlueTask,
  HF_PREFIX,
  isPretrainedCheckpoint,
  NonfinitePolicy,
  ONE_PROCESS,
  Precision,
  TaskType,
  resolveExperimentConfig,
  type CheckpointConfig,
  type DataConfig,
  type DistributedConfig,
  type EvalConfig,
  type ExperimentConfig,
  type ExperimentConfigInput,
  type LoggingConfig,
  type ModelConfig,
  type OptimizerConfig,
  type ResolveOptions,
  type TrainingConfig,
} from './experiment.js';
export {
  compressionTrainingSchema,
  DEFAULT_GROUP,
  QuantLayout,
  quantizeTrainingSchema,
  resolveQuantization,
  type EigenvalueConfig,
  type QuantGroupConfig,
  type QuantizationConfig,
} from './quantization.js';
export { Clustering, Grid, QuantType, Rounding, Semantics } from './quantization-enums.js';
export { applyDeepSpeedConfig } from './deepspeed.js';
export * as schema from './schema.js';
export {
  configError,
  didYouMean,
  editDistance,
  formatProblem,
  jsonPath,
  suggest,
  validate,
  type ConfigProblem,
  type ConfigWarning,
  type Validation,
} from './validate.js';
export { totalSteps, warmupSteps } from './steps.js';
