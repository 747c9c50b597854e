/**
 * Bits over optimizer steps per tensor as a self-contained SVG, in the style of the MoQ blog's
 * Figure 1: one step line per timeline, tensors with identical timelines drawn once and named once
 * in the legend.
 */
import { Arm } from '../schedule/moq.js';
import { type LayerGroup, type Timeline, groupIdenticalLayers, writtenBits } from '../schedule/timeline.js';

export interface BitsChartOptions {
  title?: string;
  width?: number;
  height?: number;
}

const DEFAULT_WIDTH = 860;
const DEFAULT_HEIGHT = 420;
/** The right margin holds the legend. */
const MARGIN = { top: 44, right: 330, bottom: 52, left: 56 };
/** Tableau 10: distinguishable, and still readable in grey. */
const PALETTE = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];
/** Once the colours repeat, a dash pattern tells the series apart. */
const REPEAT_DASH = '6 3';
const LEGEND_ROWS = 14;
const LEGEND_ROW_HEIGHT = 18;
/** What fits the legend column at its font size. */
const LEGEND_LABEL_CHARS = 44;
const X_TICKS = 6;
/** With no quantized tensor there are no bits to scale to: show the whole possible range. */
const EMPTY_BITS_RANGE = { low: 0, high: 16 };

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

/** Coordinates to 0.01 px: exact enough, and the file stays small. */
function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** 1, 2 or 5 times a power of ten, so that about `count` ticks cover [0, max]. */
function tickStep(max: number, count: number): number {
  const raw = Math.max(max / count, 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw)!;
}

/** A long tensor name keeps its end, which says what the tensor is (`…self.query.weight`). */
function seriesLabel(group: LayerGroup): string {
  const more = group.layers.length - 1;
  const suffix = more === 0 ? '' : ` (+${more} more)`;
  const { name } = group.timeline;
  const room = LEGEND_LABEL_CHARS - suffix.length;
  return `${name.length <= room ? name : `…${name.slice(name.length - room + 1)}`}${suffix}`;
}

function seriesStyle(index: number): string {
  const colour = PALETTE[index % PALETTE.length]!;
  const dash = index >= PALETTE.length ? ` stroke-dasharray="${REPEAT_DASH}"` : '';
  return `stroke="${colour}"${dash}`;
}

export function renderBitsChart(timeline: Timeline, options: BitsChartOptions = {}): string {
  const width = options.width ?? DEFAULT_WIDTH;
  const height = options.height ?? DEFAULT_HEIGHT;
  const title = options.title ?? `Bits per tensor over optimizer steps (${timeline.arm} arm, ${timeline.semantics} semantics)`;
  const plot = { left: MARGIN.left, top: MARGIN.top, right: width - MARGIN.right, bottom: height - MARGIN.bottom };
  const { quantizationStartStep, totalSteps } = timeline;
  const lastStep = Math.max(totalSteps, 1);
  // The step lines start where quantization does; null when nothing is quantized within the run.
  const start = quantizationStartStep !== null && quantizationStartStep <= totalSteps && timeline.layers.length > 0 ? quantizationStartStep : null;
  const groups = start === null ? [] : groupIdenticalLayers(timeline.layers);

  const range = start !== null
    ? {
        low: Math.max(0, Math.min(...timeline.layers.map((layer) => layer.targetBits)) - 1),
        high: Math.max(...timeline.layers.map((layer) => layer.initialBits)) + 1,
      }
    : EMPTY_BITS_RANGE;
  const x = (step: number) => plot.left + ((plot.right - plot.left) * step) / lastStep;
  const y = (bits: number) => plot.bottom - ((plot.bottom - plot.top) * (bits - range.low)) / (range.high - range.low);

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${px(width / 2)}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ];

  // Grid and ticks: one per bit (every other bit over a wide range), round step counts on x.
  const bitStep = range.high - range.low > 16 ? 2 : 1;
  for (let bits = range.low; bits <= range.high; bits += bitStep) {
    parts.push(
      `<line x1="${px(plot.left)}" y1="${px(y(bits))}" x2="${px(plot.right)}" y2="${px(y(bits))}" stroke="#e6e6e6"/>`,
      `<text x="${px(plot.left - 8)}" y="${px(y(bits) + 4)}" text-anchor="end">${bits}</text>`,
    );
  }
  const stepTick = tickStep(lastStep, X_TICKS);
  for (let step = 0; step <= lastStep; step += stepTick) {
    parts.push(
      `<line x1="${px(x(step))}" y1="${px(plot.bottom)}" x2="${px(x(step))}" y2="${px(plot.bottom + 5)}" stroke="#333333"/>`,
      `<text x="${px(x(step))}" y="${px(plot.bottom + 19)}" text-anchor="middle">${step}</text>`,
    );
  }
  parts.push(
    `<line x1="${px(plot.left)}" y1="${px(plot.bottom)}" x2="${px(plot.right)}" y2="${px(plot.bottom)}" stroke="#333333"/>`,
    `<line x1="${px(plot.left)}" y1="${px(plot.top)}" x2="${px(plot.left)}" y2="${px(plot.bottom)}" stroke="#333333"/>`,
    `<text x="${px((plot.left + plot.right) / 2)}" y="${px(height - 12)}" text-anchor="middle">optimizer step</text>`,
    `<text x="16" y="${px((plot.top + plot.bottom) / 2)}" text-anchor="middle" transform="rotate(-90 16 ${px((plot.top + plot.bottom) / 2)})">bits</text>`,
  );

  if (start === null) {
    const why = timeline.arm === Arm.Baseline ? 'baseline arm: no tensor is quantized' : 'no tensor is quantized within the run';
    parts.push(`<text x="${px((plot.left + plot.right) / 2)}" y="${px((plot.top + plot.bottom) / 2)}" text-anchor="middle" fill="#666666">${why}</text>`);
  } else {
    if (start > 1) {
      parts.push(
        `<line x1="${px(x(start))}" y1="${px(plot.top)}" x2="${px(x(start))}" y2="${px(plot.bottom)}" stroke="#999999" stroke-dasharray="3 3"/>`,
        `<text x="${px(x(start) + 4)}" y="${px(plot.top + 12)}" fill="#666666">quantization starts</text>`,
      );
    }
    groups.forEach((group, index) => {
      const [first, ...changes] = writtenBits(group.timeline, start);
      let d = `M${px(x(first!.step))} ${px(y(first!.bits))}`;
      for (const change of changes) d += ` H${px(x(change.step))} V${px(y(change.bits))}`;
      d += ` H${px(x(totalSteps))}`;
      parts.push(`<path d="${d}" fill="none" stroke-width="2" ${seriesStyle(index)}/>`);
    });
    const legendX = plot.right + 20;
    const shown = groups.length > LEGEND_ROWS ? groups.slice(0, LEGEND_ROWS - 1) : groups;
    shown.forEach((group, index) => {
      const rowY = plot.top + index * LEGEND_ROW_HEIGHT;
      parts.push(
        `<line x1="${px(legendX)}" y1="${px(rowY)}" x2="${px(legendX + 22)}" y2="${px(rowY)}" stroke-width="2" ${seriesStyle(index)}/>`,
        `<text x="${px(legendX + 28)}" y="${px(rowY + 4)}" font-size="11">${escapeXml(seriesLabel(group))}</text>`,
      );
    });
    if (shown.length < groups.length) {
      parts.push(`<text x="${px(legendX + 28)}" y="${px(plot.top + shown.length * LEGEND_ROW_HEIGHT + 4)}" fill="#666666">… and ${groups.length - shown.length} more timelines</text>`);
    }
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
