/**
 * `moqlab plan` as text: the predicted bits of every quantized tensor over the run, the mean bits
 * over time, when everything reaches its target, what will not, and which tensors are not quantized
 * at all and why. Tensors with identical timelines (the blocks of a transformer, typically) share one
 * row.
 */
import type { SkippedTensor } from '../schedule/selection.js';
import { type LayerGroup, type Timeline, type TimelineLayer, groupIdenticalLayers, shortfallWarning, writtenBits } from '../schedule/timeline.js';
import { formatLeftOut } from './selection.js';
import { formatTable } from './table.js';

/** "12 from 1, 11 from 10, 10 from 20": the bits a tensor is written with from each step on. */
export function describeTimeline(layer: TimelineLayer, quantizationStartStep: number): string {
  return writtenBits(layer, quantizationStartStep)
    .map(({ step, bits }) => `${bits} from ${step}`)
    .join(', ');
}

/** The first step the tensor is written at its target bits within the run, or null. */
function targetStep(layer: TimelineLayer, quantizationStartStep: number): number | null {
  const last = layer.drops.at(-1);
  if (last === undefined) return layer.initialBits === layer.targetBits ? quantizationStartStep : null;
  return last.bits === layer.targetBits ? last.step : null;
}

function groupSubject(group: LayerGroup): string {
  const more = group.layers.length - 1;
  return more === 0 ? group.timeline.name : `${group.timeline.name} (and ${more} more with the same schedule)`;
}

function tensorCount(count: number): string {
  return count === 1 ? '1 quantized tensor' : `${count} quantized tensors`;
}

function schedulePart(timeline: Timeline, start: number): string[] {
  const groups = groupIdenticalLayers(timeline.layers);
  const table = formatTable<LayerGroup>(
    [
      { header: 'tensors', value: (group) => group.layers.length },
      { header: 'first tensor', value: (group) => group.timeline.name },
      { header: 'bits from step', value: (group) => describeTimeline(group.timeline, start) },
      { header: 'at target from', value: (group) => targetStep(group.timeline, start) },
    ],
    groups,
  );
  const average = formatTable(
    [
      { header: 'step', value: (point: { step: number; bits: number }) => point.step },
      { header: 'mean bits', value: (point: { step: number; bits: number }) => point.bits },
    ],
    timeline.averageBits,
  );
  const target =
    timeline.allAtTargetStep === null
      ? `not every tensor reaches its target bits by step ${timeline.totalSteps}, the end of the run`
      : `every tensor is at its target bits from step ${timeline.allAtTargetStep}`;
  const shortfalls = groups.flatMap((group) => shortfallWarning(groupSubject(group), group.timeline, timeline) ?? []);
  return [table, `mean bits, weighted by tensor size:\n${average}`, target, ...warningsPart(shortfalls)];
}

function warningsPart(warnings: readonly string[]): string[] {
  return warnings.length === 0 ? [] : [`warnings:\n${warnings.map((warning) => `  - ${warning}`).join('\n')}`];
}

function leftOutPart(skipped: readonly SkippedTensor[]): string {
  const { summary, details } = formatLeftOut(skipped);
  return [summary, ...details].join('\n');
}

/** `skipped`: the model's tensors selection left out, with their reasons. */
export function formatPlan(timeline: Timeline, skipped: readonly SkippedTensor[]): string {
  const { arm, semantics, totalSteps } = timeline;
  const start = timeline.quantizationStartStep;
  // Only the baseline arm quantizes nothing, by choice rather than by selection.
  if (start === null) return `MoQ plan: ${arm} arm, ${totalSteps} optimizer steps: no tensor is quantized`;
  const header = `MoQ plan: ${tensorCount(timeline.layers.length)}, ${arm} arm, ${semantics} semantics, ${totalSteps} optimizer steps, quantized from step ${start}`;
  // Quantization that never starts has one cause for all tensors, which the timeline's warning states.
  const body = start > totalSteps ? warningsPart(timeline.warnings) : schedulePart(timeline, start);
  return [header, ...body, leftOutPart(skipped)].join('\n\n');
}
