/**
 * Which quantized tensors share one schedule state (bits, threshold) — SEMANTICS.md §2.
 *
 * - `moqlab`: every tensor has a state of its own.
 * - `deepspeed-legacy`: DeepSpeed ≤ 0.6 kept one state per eigenvalue block, or a single state for
 *   all tensors without eigenvalues. moqlab keeps that sharing within each quantization group
 *   (DeepSpeed had a single group, so its runs are reproduced), and gives the tensors outside every
 *   block a state of their own (DeepSpeed silently shared block 0's).
 */
import { Semantics } from '../config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../errors.js';
import type { QuantizedTensor } from './selection.js';

export interface StateUnit {
  /** Stable name of the state in checkpoints: the tensor name (moqlab) or group and block (legacy). */
  key: string;
  startBits: number;
  targetBits: number;
  period: number;
}

export interface UnitLayout {
  units: StateUnit[];
  /** For each tensor (same order as the tensors), the index of its unit in `units`. */
  unitOf: number[];
}

function legacyKey(tensor: QuantizedTensor, blocks: Readonly<Record<string, string>> | undefined): string {
  if (blocks === undefined) return tensor.group;
  const block = blocks[tensor.name];
  return block === undefined ? `${tensor.group}/outside-blocks` : `${tensor.group}/block:${block}`;
}

function sameSchedule(a: StateUnit, b: QuantizedTensor): boolean {
  return a.startBits === b.startBits && a.targetBits === b.targetBits && a.period === b.period;
}

export function stateUnits(tensors: readonly QuantizedTensor[], semantics: Semantics, legacyBlocks?: Readonly<Record<string, string>>): UnitLayout {
  const legacy = semantics === Semantics.DeepspeedLegacy;
  if (legacy && legacyBlocks !== undefined) {
    const names = new Set(tensors.map((tensor) => tensor.name));
    const unknown = Object.keys(legacyBlocks).find((name) => !names.has(name));
    if (unknown !== undefined) throw new MoqlabError(ErrorCode.InvalidArgument, `legacyBlocks names '${unknown}', which is not a quantized tensor`);
  }
  const units: StateUnit[] = [];
  const byKey = new Map<string, number>();
  const unitOf = tensors.map((tensor) => {
    const key = legacy ? legacyKey(tensor, legacyBlocks) : tensor.name;
    const existing = byKey.get(key);
    if (existing !== undefined) {
      if (!sameSchedule(units[existing]!, tensor)) {
        throw new MoqlabError(ErrorCode.InvalidArgument, `tensor '${tensor.name}' shares the deepspeed-legacy state '${key}' with tensors of another start/target/period`);
      }
      return existing;
    }
    byKey.set(key, units.length);
    units.push({ key, startBits: tensor.startBits, targetBits: tensor.targetBits, period: tensor.period });
    return units.length - 1;
  });
  return { units, unitOf };
}
