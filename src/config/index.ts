export {
  BuiltinModel,
  DataName,
  experimentSchema,
  GlueTask,
  Precision,
  resolveExperimentConfig,
  type CheckpointConfig,
  type DataConfig,
  type EvalConfig,
  type ExperimentConfig,
  type LoggingConfig,
  type ModelConfig,
  type OptimizerConfig,
  type ResolveOptions,
  type TrainingConfig,
} from './experiment.js';
export * as schema from './schema.js';
export { configError, didYouMean, editDistance, formatProblem, suggest, validate, type ConfigProblem, type Validation } from './validate.js';
export { totalSteps, warmupSteps } from './steps.js';
