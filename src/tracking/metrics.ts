/**
 * The names of the metrics a run records, defined once: the writers (experiment/) and the readers
 * (report/, cli/) import them. The worker's own metrics arrive named (`train/loss`); evaluation metrics
 * are `eval/<name>` with the worker's names, per-tensor quantization error `quant/sqnr_db/<tensor>`.
 */
export enum Metric {
  TrainLoss = 'train/loss',
  TrainStepsPerSecond = 'train/steps_per_second',
  EvalLoss = 'eval/loss',
  AverageBits = 'quant/average_bits',
  EigenSeconds = 'eigen/seconds',
  ExportBytes = 'export/bytes',
  ExportSizeVsFp16 = 'export/size_vs_fp16',
  ExportParitySqnrDb = 'export/parity_sqnr_db',
  ExportParityMaxAbs = 'export/parity_max_abs',
  ExportParityAgreement = 'export/parity_agreement',
  ExportResidentBytes = 'export/resident_bytes',
  ExportResidentVsFp32 = 'export/resident_vs_fp32',
}

/** Families of metrics named per evaluation metric or per tensor. */
export enum MetricPrefix {
  Eval = 'eval/',
  Sqnr = 'quant/sqnr_db/',
  RelMse = 'quant/rel_mse/',
}

/** `eval/<name>`: an evaluation metric as recorded. */
export function evalMetric(name: string): string {
  return `${MetricPrefix.Eval}${name}`;
}
