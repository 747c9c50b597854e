/** Packed export of a recorded run: its last checkpoint, written at the bits each tensor ended with. */
import { dirname, join, resolve } from 'node:path';
import { ONE_PROCESS, recordedConfig } from '../config/index.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import type { moqlab } from '../protocol/messages.js';
import { type Arm, MoqSchedule } from '../schedule/moq.js';
import { Metric, type RunRecord, type Store } from '../tracking/index.js';
import { type WorkerSession, startLocalWorker } from '../worker/session.js';
import { type CheckpointOnDisk, latestCheckpoint } from './checkpoints.js';
import { ArtifactKind, EventKind } from '../tracking/events.js';
import { configureTraining, loadDataAndModel } from './prepare.js';
import { configureQuantizationOnWorker, defaultArm } from './quantization.js';

export enum ExportDtype {
  Float16 = 'float16',
  Bfloat16 = 'bfloat16',
  Float32 = 'float32',
}

export interface ExportOptions {
  store: Store;
  run: RunRecord;
  /** Default: `.moqlab/exports/RUN` next to the store. */
  outDir?: string;
  dtype?: ExportDtype;
  scaleDtype?: ExportDtype;
  /** Evaluation examples the packed model is checked on against the trained one; 0 skips the check. */
  parityExamples?: number;
  worker?: WorkerSession;
}

export const DEFAULT_PARITY_EXAMPLES = 256;

/** The last checkpoint of a run that is still on disk. */
export function lastCheckpoint(store: Store, run: RunRecord): CheckpointOnDisk {
  const checkpoint = latestCheckpoint(store, run.id);
  if (!checkpoint) {
    throw new MoqlabError(ErrorCode.FileNotFound, `run ${run.id} has no checkpoint on disk`, {
      hint: 'runs keep their final state when checkpoint.final is true (the default); train again, or restore the checkpoint files',
    });
  }
  return checkpoint;
}

export async function exportModel(options: ExportOptions): Promise<moqlab.v1.ExportResult> {
  const { store, run } = options;
  const parityExamples = options.parityExamples ?? DEFAULT_PARITY_EXAMPLES;
  if (!Number.isSafeInteger(parityExamples) || parityExamples < 0) {
    throw new MoqlabError(ErrorCode.Usage, `parityExamples must be a whole number >= 0, got ${parityExamples}`, { hint: '0 skips the parity check' });
  }
  // The export loads the checkpoint's whole tensors into one process, whatever gang trained the run.
  const config = { ...recordedConfig(run), distributed: ONE_PROCESS };
  const arm = (run.arm as Arm | null) ?? defaultArm(config.quantization);
  const checkpoint = lastCheckpoint(store, run);
  const outDir = resolve(options.outDir ?? join(dirname(store.path), 'exports', run.id));
  const session = options.worker ?? (await startLocalWorker());
  try {
    const client = session.client;
    const prepared = await loadDataAndModel(client, config);
    await configureTraining(client, config, prepared);
    const configured = await configureQuantizationOnWorker(client, config.quantization, arm, prepared.summary, config.training.seed);
    const loaded = await client.loadCheckpoint(checkpoint.path, checkpoint.sha256);
    const state = (loaded.controllerState ? JSON.parse(loaded.controllerState) : {}) as { schedule?: unknown; lastBits?: Record<string, number> };
    const lastBits = state.lastBits ?? {};
    let quantCounter = 0;
    if (configured && state.schedule) {
      const schedule = MoqSchedule.fromJSON(configured.setup.tensors, configured.setup.options, state.schedule as ReturnType<MoqSchedule['toJSON']>);
      quantCounter = Math.max(0, schedule.nextQuantizedStepNumber() - 1);
    }
    const tensors = (configured?.setup.tensors ?? []).filter((t) => lastBits[t.name] !== undefined).map((t) => ({ name: t.name, bits: lastBits[t.name]! }));
    const result = await client.export({
      outDir,
      dtype: options.dtype ?? ExportDtype.Float16,
      scaleDtype: options.scaleDtype ?? '',
      tensors,
      parityExamples,
      quantCounter,
    });
    const step = loaded.optimizerStep;
    const wallTime = Date.now() / 1000;
    store.addArtifact(run.id, { kind: ArtifactKind.Export, path: outDir });
    store.logEvent(run.id, {
      kind: EventKind.Exported,
      step,
      wallTime,
      payload: { outDir, checkpoint, bytes: result.bytes, fp16Bytes: result.fp16Bytes, maxAbs: result.maxAbs, sqnrDb: result.sqnrDb, agreement: result.agreement, parityExamples: result.parityExamples, packedTensors: tensors.length, residentBytes: result.residentBytes, fp32ResidentBytes: result.fp32ResidentBytes },
    });
    // Without a parity check (none asked, or no evaluation examples) its figures are absent, not zeros.
    const parity = result.parityExamples
      ? [
          { name: Metric.ExportParitySqnrDb, step, wallTime, value: result.sqnrDb },
          { name: Metric.ExportParityMaxAbs, step, wallTime, value: result.maxAbs },
          { name: Metric.ExportParityAgreement, step, wallTime, value: result.agreement },
        ]
      : [];
    store.logMetrics(run.id, [
      { name: Metric.ExportBytes, step, wallTime, value: result.bytes },
      { name: Metric.ExportSizeVsFp16, step, wallTime, value: result.bytes / result.fp16Bytes },
      ...parity,
      { name: Metric.ExportResidentBytes, step, wallTime, value: result.residentBytes },
      { name: Metric.ExportResidentVsFp32, step, wallTime, value: result.residentBytes / result.fp32ResidentBytes },
    ]);
    return result;
  } finally {
    if (!options.worker) await session.close();
  }
}
