/**
 * Bits over optimizer steps per tensor as a self-contained SVG, in the style of the MoQ blog's
 * Figure 1: one step line per timeline, tensors with identical timelines drawn once and named once
 * in the legend. Drawn with the shared primitives of svg.ts.
 */
import { Arm } from '../schedule/moq.js';
import { type LayerGroup, type Timeline, groupIdenticalLayers, writtenBits } from '../schedule/timeline.js';
import { type Series, SeriesKind, categoricalStyle, lineChart } from './svg.js';

export interface BitsChartOptions {
  title?: string;
  width?: number;
  height?: number;
  /** Also draw the mean bits weighted by tensor size (`timeline.averageBits`) as a thick dashed line. */
  averageBits?: boolean;
}

const DEFAULT_WIDTH = 860;
const DEFAULT_HEIGHT = 420;
/** The right margin holds the legend. */
const MARGIN = { top: 44, right: 330, bottom: 52, left: 56 };
const LEGEND_ROWS = 14;
/** What fits the legend column at its font size. */
const LEGEND_LABEL_CHARS = 44;
/** With no quantized tensor there are no bits to scale to: show the whole possible range. */
const EMPTY_BITS_RANGE = { low: 0, high: 16 };
const AVERAGE_COLOUR = '#444444';

/**
 * A timeline group's legend label: its first tensor's name, keeping the end, which says what the
 * tensor is (`…self.query.weight`), and how many more share the timeline.
 */
export function seriesLabel(group: LayerGroup): string {
  const more = group.layers.length - 1;
  const suffix = more === 0 ? '' : ` (+${more} more)`;
  const { name } = group.timeline;
  const room = LEGEND_LABEL_CHARS - suffix.length;
  return `${name.length <= room ? name : `…${name.slice(name.length - room + 1)}`}${suffix}`;
}

export function renderBitsChart(timeline: Timeline, options: BitsChartOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const title = options.title ?? `Bits per tensor over optimizer steps (${timeline.arm} arm, ${timeline.semantics} semantics)`;
  const { quantizationStartStep, totalSteps } = timeline;
  const lastStep = Math.max(totalSteps, 1);
  // The step lines start where quantization does; null when nothing is quantized within the run.
  const start = quantizationStartStep !== null && quantizationStartStep <= totalSteps && timeline.layers.length > 0 ? quantizationStartStep : null;
  const groups = start === null ? [] : groupIdenticalLayers(timeline.layers);

  const range =
    start !== null
      ? {
          low: Math.max(0, Math.min(...timeline.layers.map((layer) => layer.targetBits)) - 1),
          high: Math.max(...timeline.layers.map((layer) => layer.initialBits)) + 1,
        }
      : EMPTY_BITS_RANGE;
  // One tick per bit (every other bit over a wide range).
  const bitStep = range.high - range.low > 16 ? 2 : 1;
  const bitTicks: number[] = [];
  for (let bits = range.low; bits <= range.high; bits += bitStep) bitTicks.push(bits);

  const series: Series[] = groups.map((group, index) => {
    const style = categoricalStyle(index);
    return {
      label: seriesLabel(group),
      kind: SeriesKind.Step,
      points: writtenBits(group.timeline, start!).map(({ step, bits }) => ({ x: step, y: bits })),
      colour: style.colour,
      dash: style.dash,
      extendTo: totalSteps,
      tooltip: group.layers.length === 1 ? group.timeline.name : `${group.layers.length} tensors: ${group.layers.map((layer) => layer.name).join(', ')}`,
    };
  });
  if (options.averageBits && start !== null && timeline.averageBits.length > 0) {
    series.push({
      label: 'mean bits, weighted by size',
      kind: SeriesKind.Step,
      points: timeline.averageBits.map(({ step, bits }) => ({ x: step, y: bits })),
      colour: AVERAGE_COLOUR,
      dash: '1 3',
      width: 2.5,
      extendTo: totalSteps,
    });
  }

  const why = timeline.arm === Arm.Baseline ? 'baseline arm: no tensor is quantized' : 'no tensor is quantized within the run';
  return lineChart({
    title,
    width,
    height,
    x: { label: 'optimizer step', min: 0, max: lastStep, integer: true },
    y: { label: 'bits', min: range.low, max: range.high, ticks: bitTicks, format: String },
    series,
    rules: start !== null && start > 1 ? [{ x: start, label: 'quantization starts' }] : [],
    legend: { width: MARGIN.right - 20, maxRows: LEGEND_ROWS, labelChars: LEGEND_LABEL_CHARS, more: (count) => `… and ${count} more timelines` },
    empty: why,
    margins: MARGIN,
  });
}
