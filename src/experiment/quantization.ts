/**
 * From a resolved config and the model the worker loaded to the MoQ pieces the control loop drives:
 * the selected tensors, the bit schedule, and the wire form of both.
 */
import type { QuantizationConfig } from '../config/index.js';
import { Grid, QuantType, Rounding } from '../config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import { type moqlab, pb } from '../protocol/messages.js';
import { Arm, MoqSchedule, type ScheduleOptions, type TensorPlan } from '../schedule/moq.js';
import { ModuleKind, type QuantizedTensor, type SkippedTensor, type TensorInfo, selectTensors } from '../schedule/selection.js';
import type { WorkerClient } from '../worker/client.js';

const KINDS: Record<number, ModuleKind> = {
  [pb.ModuleKind.MODULE_KIND_LINEAR]: ModuleKind.Linear,
  [pb.ModuleKind.MODULE_KIND_CONV]: ModuleKind.Conv,
  [pb.ModuleKind.MODULE_KIND_EMBEDDING]: ModuleKind.Embedding,
};

/** The model's parameters as selection sees them, frozen ones included so that selection can say why they are left out; a tied parameter appears once, under its first name. */
export function tensorsFromSummary(summary: moqlab.v1.ModelSummary): TensorInfo[] {
  const seen = new Set<number>();
  const tensors: TensorInfo[] = [];
  // Decoded messages carry every field; the generated types mark them optional.
  for (const module of summary.modules as moqlab.v1.ModuleInfo[]) {
    for (const p of module.parameters as moqlab.v1.ParameterInfo[]) {
      if (seen.has(p.index)) continue;
      seen.add(p.index);
      tensors.push({ name: p.name, module: module.name, moduleKind: KINDS[module.kind] ?? ModuleKind.Other, shape: [...p.shape], index: p.index, trainable: p.trainable });
    }
  }
  return tensors.sort((a, b) => a.index - b.index);
}

/** The arm a run takes when none is named: MoQ (with eigenvalues when the config enables them) when the config quantizes, the baseline otherwise. */
export function defaultArm(config: QuantizationConfig | null): Arm {
  if (!config) return Arm.Baseline;
  return config.eigenvalue.enabled ? Arm.MoqEigen : Arm.Moq;
}

/** A block of eigenvalue-adapted MoQ as the worker resolved it. */
export interface ResolvedBlock {
  index: number;
  name: string;
  parameters: string[];
}

export function scheduleOptions(config: QuantizationConfig, arm: Arm, blockOf: Record<string, number> = {}): ScheduleOptions {
  const eigen = arm === Arm.MoqEigen;
  return {
    arm,
    semantics: config.semantics,
    scheduleOffset: config.scheduleOffset,
    mixing: config.mixing,
    // SEMANTICS.md §2: L counts only when eigenvalues are on, and then blocks share the legacy state.
    legacyLayerNum: eigen ? config.eigenvalue.layerNum : 0,
    ...(eigen ? { legacyBlocks: Object.fromEntries(Object.entries(blockOf).map(([tensor, block]) => [tensor, String(block)])) } : {}),
  };
}

export interface QuantizationSetup {
  tensors: QuantizedTensor[];
  /** Every other tensor of the model, with the reason it is not quantized. */
  skipped: SkippedTensor[];
  options: ScheduleOptions;
  schedule: MoqSchedule;
  /** Selected tensor name -> block index, for the tensors inside a block (moq-eigen only). */
  blockOf: Record<string, number>;
}

/** The moq-eigen arm's blocks must be configured; a missing layer_num is the usual slip. */
export function checkEigenArm(config: QuantizationConfig | null, arm: Arm): void {
  if (arm === Arm.MoqEigen && config && config.eigenvalue.layerNum < 1) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, 'the moq-eigen arm needs eigenvalue.layer_num (and eigenvalue.layer_name) to find the blocks', {
      hint: 'e.g. "eigenvalue": { "enabled": true, "layer_name": "bert.encoder.layer", "layer_num": 2 }',
    });
  }
}

/** Selects the tensors and builds the schedule; null for the baseline arm. */
export function setUpQuantization(config: QuantizationConfig | null, arm: Arm, summary: moqlab.v1.ModelSummary, blocks: ResolvedBlock[] = []): QuantizationSetup | null {
  if (arm === Arm.Baseline) return null;
  if (!config) {
    throw new MoqlabError(ErrorCode.ConfigInvalid, `the ${arm} arm needs a quantization section in the config`, {
      hint: 'add quantize_training (or compression_training.weight_quantization) with enabled: true',
    });
  }
  checkEigenArm(config, arm);
  const { tensors, skipped } = selectTensors(config, tensorsFromSummary(summary));
  const blockOfParameter = new Map(blocks.flatMap((b) => b.parameters.map((p) => [p, b.index] as const)));
  const blockOf: Record<string, number> = {};
  for (const t of tensors) {
    const block = blockOfParameter.get(t.name);
    if (block !== undefined) blockOf[t.name] = block;
  }
  const options = scheduleOptions(config, arm, blockOf);
  return { tensors, skipped, options, schedule: new MoqSchedule(tensors, options), blockOf };
}

export function tensorSpecs(tensors: QuantizedTensor[]): moqlab.v1.QuantizedTensorSpec.$Properties[] {
  return tensors.map((t) => ({
    name: t.name,
    index: t.index,
    quantizeGroups: t.groupSize ? 0 : t.quantizeGroups,
    groupSize: t.groupSize ?? 0,
    qType: t.qType === QuantType.Asymmetric ? pb.QuantType.QUANT_TYPE_ASYMMETRIC : pb.QuantType.QUANT_TYPE_SYMMETRIC,
    rounding: t.rounding === Rounding.Stochastic ? pb.QuantRounding.QUANT_ROUNDING_STOCHASTIC : pb.QuantRounding.QUANT_ROUNDING_NEAREST,
    grid: t.grid === Grid.Deepspeed ? pb.QuantGrid.QUANT_GRID_DEEPSPEED : pb.QuantGrid.QUANT_GRID_STANDARD,
  }));
}

/** A segment's plan on the wire; `reportError` names the tensors whose bits change at its first step. */
export function layerPlans(plan: TensorPlan[], reportError: ReadonlySet<string>): moqlab.v1.LayerPlan.$Properties[] {
  return plan.map((p) => ({
    name: p.name,
    bits: p.bits,
    mixing: p.mixing,
    mixCount: p.mixCount,
    changeRatio: p.changeRatio,
    reportError: reportError.has(p.name),
  }));
}

/** Numel-weighted mean bits of a plan (unquantized tensors are not in it). */
export function averageBits(plan: TensorPlan[], tensors: QuantizedTensor[]): number {
  const numel = new Map(tensors.map((t) => [t.name, t.numel]));
  let bits = 0;
  let count = 0;
  for (const p of plan) {
    const n = numel.get(p.name) ?? 0;
    bits += p.bits * n;
    count += n;
  }
  return count ? bits / count : Number.NaN;
}

/** The moq-eigen arm's blocks, which the worker resolves from eigenvalue.layer_name in the loaded model; none for the other arms. */
export async function resolveBlocksOnWorker(client: WorkerClient, config: QuantizationConfig | null, arm: Arm): Promise<ResolvedBlock[]> {
  if (arm !== Arm.MoqEigen || !config) return [];
  checkEigenArm(config, arm);
  const resolved = (await client.resolveBlocks({ layerName: config.eigenvalue.layerName, layerNum: config.eigenvalue.layerNum })).blocks as moqlab.v1.Block[];
  return resolved.map((b) => ({ index: b.index, name: b.name, parameters: [...b.parameters] }));
}

/**
 * Resolves the blocks (moq-eigen), selects the tensors, builds the schedule and declares the tensors
 * to the worker; null for the baseline arm. Returns the quantized parameter count too.
 */
export async function configureQuantizationOnWorker(
  client: WorkerClient,
  config: QuantizationConfig | null,
  arm: Arm,
  summary: moqlab.v1.ModelSummary,
  seed: number,
): Promise<{ setup: QuantizationSetup; quantizedParameters: number } | null> {
  const setup = setUpQuantization(config, arm, summary, await resolveBlocksOnWorker(client, config, arm));
  if (!setup) return null;
  // basic-qat shares the MoQ section's settings, so config is not null here.
  const kernel = config?.quantizerKernel ? pb.QuantizerKernel.QUANTIZER_KERNEL_FUSED : pb.QuantizerKernel.QUANTIZER_KERNEL_PYTORCH;
  const result = await client.configureQuantization({ tensors: tensorSpecs(setup.tensors), seed, quantizerKernel: kernel });
  return { setup, quantizedParameters: result.quantizedParameters };
}
