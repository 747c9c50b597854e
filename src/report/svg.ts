/**
 * Small, generic SVG chart primitives for the reports: axes with round ticks (linear or log), a
 * chart of line, step and marker series with a legend, and a bar chart. Each chart is one
 * self-contained `<svg>` string (no script, no external font, stylesheet or id), so it reads the
 * same inline in an HTML page, as a file and on paper. Non-finite values are never drawn: callers
 * show them in tables.
 */

export function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&apos;');
}

/** Coordinates to 0.01 px: exact enough, and the file stays small. */
export function px(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * Okabe & Ito's colour-blind-safe palette, ordered for contrast on white; their yellow is left out
 * because it is too pale on white.
 */
export const PALETTE: readonly string[] = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'];
/** Once the colours repeat, a dash pattern tells the series apart. */
const DASHES: readonly (string | null)[] = [null, '6 3', '2 2', '8 3 2 3'];

export const TEXT_COLOUR = '#222222';
export const MUTED_COLOUR = '#666666';
const GRID_COLOUR = '#e6e6e6';
const AXIS_COLOUR = '#333333';

export interface SeriesStyle {
  colour: string;
  dash: string | null;
  marker: MarkerShape;
}

/** The i-th categorical style: a palette colour, then the same colours dashed, each with its own marker shape. */
export function categoricalStyle(index: number): SeriesStyle {
  const shapes = Object.values(MarkerShape);
  return {
    colour: PALETTE[index % PALETTE.length]!,
    dash: DASHES[Math.floor(index / PALETTE.length) % DASHES.length]!,
    marker: shapes[index % shapes.length]!,
  };
}

/** Viridis from dark purple to green (its pale yellow end is cut: unreadable on white). */
const VIRIDIS: readonly [number, number, number][] = [
  [68, 1, 84],
  [72, 40, 120],
  [62, 74, 137],
  [49, 104, 142],
  [38, 130, 142],
  [31, 158, 137],
  [53, 183, 121],
  [109, 205, 89],
  [180, 222, 44],
];

/** A colour for the position t ∈ [0, 1] along an ordered set (blocks by depth): perceptually uniform and colour-blind safe. */
export function sequentialColour(t: number): string {
  const clamped = Number.isFinite(t) ? Math.min(Math.max(t, 0), 1) : 0;
  const at = clamped * (VIRIDIS.length - 1);
  const i = Math.min(Math.floor(at), VIRIDIS.length - 2);
  const f = at - i;
  const [a, b] = [VIRIDIS[i]!, VIRIDIS[i + 1]!];
  const hex = (k: number) => Math.round(a[k]! + (b[k]! - a[k]!) * f).toString(16).padStart(2, '0');
  return `#${hex(0)}${hex(1)}${hex(2)}`;
}

/** A long name keeps its end, which usually says what it is (`…self.query.weight`). */
export function truncateStart(text: string, chars: number): string {
  return text.length <= chars ? text : `…${text.slice(text.length - chars + 1)}`;
}

// ---------------------------------------------------------------------------------------------
// Axes

export interface AxisSpec {
  label: string;
  /** Logarithmic (base 10); non-positive values are then not drawn. */
  log?: boolean;
  /** Fixed bounds; by default the data's range (widened to round ticks when `nice`). */
  min?: number;
  max?: number;
  /** Widen the data range to round tick values (default true). */
  nice?: boolean;
  /** Ticks at whole numbers only (steps, bits, factors). */
  integer?: boolean;
  /** Explicit tick positions. */
  ticks?: number[];
  /** About this many ticks (default 6). */
  tickCount?: number;
  format?: (value: number) => string;
}

export interface Axis {
  label: string;
  lo: number;
  hi: number;
  log: boolean;
  ticks: number[];
  format: (value: number) => string;
  /** Maps a value to [0, 1] along the axis; NaN for values the axis cannot show. */
  fraction: (value: number) => number;
  /** Whether the axis can draw this value. */
  shows: (value: number) => boolean;
}

/** 1, 2 or 5 times a power of ten, so that about `count` ticks cover `range`; at least 1 for whole-number axes. */
export function tickStep(range: number, count: number, integer = false): number {
  const raw = integer ? Math.max(range / count, 1) : range / count;
  if (!(raw > 0) || !Number.isFinite(raw)) return 1;
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((candidate) => candidate >= raw * (1 - 1e-9))!;
}

/** Removes floating-point dust (0.30000000000000004 → 0.3). */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

function linearFormat(step: number): (value: number) => string {
  const decimals = Math.max(0, Math.min(10, -Math.floor(Math.log10(step) + 1e-9)));
  return (value) => {
    if (Math.abs(value) >= 1e6) return compactExponent(value);
    const text = value.toFixed(decimals);
    return text === `-${(0).toFixed(decimals)}` ? text.slice(1) : text;
  };
}

function compactExponent(value: number): string {
  const [mantissa, exponent] = value.toExponential(1).split('e');
  const m = Number(mantissa);
  return `${Number.isInteger(m) ? String(m) : mantissa}e${Number(exponent)}`;
}

function logFormat(value: number): string {
  if (value >= 1e-3 && value < 1e5) return String(clean(value));
  return compactExponent(value);
}

/** An axis over `values` (non-finite ones, and non-positive ones on a log axis, are ignored). */
export function resolveAxis(spec: AxisSpec, values: readonly number[]): Axis {
  const count = spec.tickCount ?? 6;
  if (spec.log) return resolveLogAxis(spec, values, count);
  const finite = values.filter(Number.isFinite);
  let lo = spec.min ?? (finite.length ? Math.min(...finite) : 0);
  let hi = spec.max ?? (finite.length ? Math.max(...finite) : 1);
  if (lo === hi) {
    const pad = spec.integer ? 1 : lo === 0 ? 1 : Math.abs(lo) * 0.1;
    if (spec.min === undefined) lo -= pad;
    if (spec.max === undefined || spec.min !== undefined) hi += pad;
  }
  if (lo > hi) [lo, hi] = [hi, lo];
  const step = tickStep(hi - lo, count, spec.integer);
  if (spec.nice ?? true) {
    if (spec.min === undefined) lo = clean(Math.floor(lo / step + 1e-9) * step);
    if (spec.max === undefined) hi = clean(Math.ceil(hi / step - 1e-9) * step);
  }
  const ticks = spec.ticks ?? linearTicks(lo, hi, step);
  const span = hi - lo;
  return {
    label: spec.label,
    lo,
    hi,
    log: false,
    ticks: ticks.filter((t) => t >= lo - span * 1e-9 && t <= hi + span * 1e-9),
    format: spec.format ?? linearFormat(step),
    fraction: (value) => (value - lo) / span,
    shows: Number.isFinite,
  };
}

function linearTicks(lo: number, hi: number, step: number): number[] {
  const ticks: number[] = [];
  const first = Math.ceil(lo / step - 1e-9);
  for (let i = first; i * step <= hi + step * 1e-9; i++) ticks.push(clean(i * step));
  return ticks;
}

function resolveLogAxis(spec: AxisSpec, values: readonly number[], count: number): Axis {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  const min = spec.min ?? (positive.length ? Math.min(...positive) : 1);
  const max = spec.max ?? (positive.length ? Math.max(...positive) : 10);
  let loExp = Math.floor(Math.log10(min));
  let hiExp = Math.ceil(Math.log10(max));
  if (hiExp === loExp) hiExp += 1;
  const lo = spec.min ?? 10 ** loExp;
  const hi = spec.max ?? 10 ** hiExp;
  loExp = Math.floor(Math.log10(lo));
  hiExp = Math.ceil(Math.log10(hi));
  const decades = hiExp - loExp;
  const every = Math.max(1, Math.ceil(decades / Math.max(count, 1)));
  const ticks: number[] = [];
  for (let e = loExp; e <= hiExp; e += every) {
    for (const m of decades <= 2 ? [1, 2, 5] : [1]) {
      const t = clean(m * 10 ** e);
      if (t >= lo * (1 - 1e-9) && t <= hi * (1 + 1e-9)) ticks.push(t);
    }
  }
  const [l, h] = [Math.log10(lo), Math.log10(hi)];
  return {
    label: spec.label,
    lo,
    hi,
    log: true,
    ticks: spec.ticks ?? ticks,
    format: spec.format ?? logFormat,
    fraction: (value) => (value > 0 ? (Math.log10(value) - l) / (h - l) : Number.NaN),
    shows: (value) => Number.isFinite(value) && value > 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Frame: the svg element, title, grid, ticks and axis labels

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
  x: (value: number) => number;
  y: (value: number) => number;
}

/** The opening of a chart: the svg element, its accessible title and the visible one. */
export function svgOpen(width: number, height: number, title: string, description?: string): string[] {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12" fill="${TEXT_COLOUR}" role="img">`,
    `<title>${escapeXml(title)}</title>`,
    ...(description ? [`<desc>${escapeXml(description)}</desc>`] : []),
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${px(width / 2)}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
  ];
}

/** A left margin wide enough for the y tick labels and the rotated axis label. */
function leftMarginFor(axis: Axis): number {
  const longest = Math.max(1, ...axis.ticks.map((t) => axis.format(t).length));
  return Math.max(52, 34 + longest * 7);
}

export function makePlot(width: number, height: number, margins: Margins, x: Axis, y: Axis): Plot {
  const left = margins.left;
  const top = margins.top;
  const right = width - margins.right;
  const bottom = height - margins.bottom;
  return {
    left,
    top,
    right,
    bottom,
    x: (value) => left + (right - left) * x.fraction(value),
    y: (value) => bottom - (bottom - top) * y.fraction(value),
  };
}

/** Horizontal grid lines at the y ticks, tick marks and labels on both axes, the axis lines and their labels. */
export function axesParts(plot: Plot, x: Axis, y: Axis, height: number): string[] {
  const parts: string[] = [];
  for (const tick of y.ticks) {
    const ty = plot.y(tick);
    parts.push(
      `<line x1="${px(plot.left)}" y1="${px(ty)}" x2="${px(plot.right)}" y2="${px(ty)}" stroke="${GRID_COLOUR}"/>`,
      `<text x="${px(plot.left - 8)}" y="${px(ty + 4)}" text-anchor="end">${escapeXml(y.format(tick))}</text>`,
    );
  }
  for (const tick of x.ticks) {
    const tx = plot.x(tick);
    parts.push(
      `<line x1="${px(tx)}" y1="${px(plot.bottom)}" x2="${px(tx)}" y2="${px(plot.bottom + 5)}" stroke="${AXIS_COLOUR}"/>`,
      `<text x="${px(tx)}" y="${px(plot.bottom + 19)}" text-anchor="middle">${escapeXml(x.format(tick))}</text>`,
    );
  }
  const midY = (plot.top + plot.bottom) / 2;
  parts.push(
    `<line x1="${px(plot.left)}" y1="${px(plot.bottom)}" x2="${px(plot.right)}" y2="${px(plot.bottom)}" stroke="${AXIS_COLOUR}"/>`,
    `<line x1="${px(plot.left)}" y1="${px(plot.top)}" x2="${px(plot.left)}" y2="${px(plot.bottom)}" stroke="${AXIS_COLOUR}"/>`,
    `<text x="${px((plot.left + plot.right) / 2)}" y="${px(height - 12)}" text-anchor="middle">${escapeXml(x.label)}</text>`,
    `<text x="16" y="${px(midY)}" text-anchor="middle" transform="rotate(-90 16 ${px(midY)})">${escapeXml(y.label)}</text>`,
  );
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Series

export interface XY {
  x: number;
  y: number;
}

export enum SeriesKind {
  /** Points joined by straight segments; a non-finite point breaks the line. */
  Line = 'line',
  /** A value holds until the next point (bits, factors): horizontal then vertical segments. */
  Step = 'step',
  /** Markers only. */
  Markers = 'markers',
}

export enum MarkerShape {
  Circle = 'circle',
  Square = 'square',
  Triangle = 'triangle',
  Diamond = 'diamond',
}

export interface Series {
  /** The legend's label; null keeps the series out of the legend. */
  label: string | null;
  kind: SeriesKind;
  points: readonly XY[];
  colour: string;
  dash?: string | null;
  /** Stroke width (default 2). */
  width?: number;
  opacity?: number;
  /** The marker of a Markers series; a Line series with a marker draws both. */
  marker?: MarkerShape;
  /** Marker radius (default 3.5). */
  markerSize?: number;
  /** A Step series carries its last value on to this x. */
  extendTo?: number;
  /** Shown when the pointer rests on the series. */
  tooltip?: string;
}

function markerPath(shape: MarkerShape, cx: number, cy: number, r: number): string {
  switch (shape) {
    case MarkerShape.Circle:
      return `M${px(cx - r)} ${px(cy)}a${px(r)} ${px(r)} 0 1 0 ${px(2 * r)} 0a${px(r)} ${px(r)} 0 1 0 ${px(-2 * r)} 0z`;
    case MarkerShape.Square: {
      const s = r * 0.9;
      return `M${px(cx - s)} ${px(cy - s)}h${px(2 * s)}v${px(2 * s)}h${px(-2 * s)}z`;
    }
    case MarkerShape.Triangle:
      return `M${px(cx)} ${px(cy - r * 1.15)}l${px(r * 1.1)} ${px(r * 1.9)}h${px(-r * 2.2)}z`;
    case MarkerShape.Diamond:
      return `M${px(cx)} ${px(cy - r * 1.25)}l${px(r * 1.1)} ${px(r * 1.25)}l${px(-r * 1.1)} ${px(r * 1.25)}l${px(-r * 1.1)} ${px(-r * 1.25)}z`;
  }
}

function strokeStyle(series: Pick<Series, 'colour' | 'dash' | 'width' | 'opacity'>, widthFloor = 0): string {
  const dash = series.dash ? ` stroke-dasharray="${series.dash}"` : '';
  const opacity = series.opacity !== undefined && series.opacity < 1 ? ` stroke-opacity="${series.opacity}"` : '';
  return `stroke="${series.colour}" stroke-width="${Math.max(series.width ?? 2, widthFloor)}"${dash}${opacity}`;
}

/** The path data of a series: line segments broken at undrawable points, or steps. */
function seriesPathData(series: Series, plot: Plot, x: Axis, y: Axis): string {
  const drawable = (p: XY) => x.shows(p.x) && y.shows(p.y);
  if (series.kind === SeriesKind.Step) {
    const points = series.points.filter(drawable);
    if (points.length === 0) return '';
    const [first, ...rest] = points;
    let d = `M${px(plot.x(first!.x))} ${px(plot.y(first!.y))}`;
    for (const p of rest) d += ` H${px(plot.x(p.x))} V${px(plot.y(p.y))}`;
    if (series.extendTo !== undefined) d += ` H${px(plot.x(Math.min(Math.max(series.extendTo, x.lo), x.hi)))}`;
    return d;
  }
  let d = '';
  let run = 0;
  const close = () => {
    // A lone point between gaps would be invisible as a line: a tiny segment with round caps shows it as a dot.
    if (run === 1) d += ' h0.01';
  };
  for (const p of series.points) {
    if (!drawable(p)) {
      close();
      run = 0;
      continue;
    }
    d += `${d === '' ? '' : ' '}${run > 0 ? 'L' : 'M'}${px(plot.x(p.x))} ${px(plot.y(p.y))}`;
    run++;
  }
  close();
  return d;
}

function seriesParts(series: Series, plot: Plot, x: Axis, y: Axis): string[] {
  const label = series.label ?? '';
  const tooltip = series.tooltip ?? series.label;
  const parts = [`<g data-series="${escapeXml(label)}">`];
  if (tooltip) parts.push(`<title>${escapeXml(tooltip)}</title>`);
  if (series.kind !== SeriesKind.Markers) {
    const d = seriesPathData(series, plot, x, y);
    if (d !== '') parts.push(`<path d="${d}" fill="none" ${strokeStyle(series)} stroke-linejoin="round"${series.kind === SeriesKind.Line ? ' stroke-linecap="round"' : ''}/>`);
  }
  const shape = series.marker ?? (series.kind === SeriesKind.Markers ? MarkerShape.Circle : undefined);
  if (shape !== undefined) {
    const r = series.markerSize ?? 3.5;
    const d = series.points
      .filter((p) => x.shows(p.x) && y.shows(p.y))
      .map((p) => markerPath(shape, plot.x(p.x), plot.y(p.y), r))
      .join('');
    const opacity = series.opacity !== undefined && series.opacity < 1 ? ` fill-opacity="${series.opacity}"` : '';
    if (d !== '') parts.push(`<path d="${d}" fill="${series.colour}"${opacity} stroke="#ffffff" stroke-width="0.6"/>`);
  }
  parts.push('</g>');
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Legend

export interface LegendEntry {
  label: string;
  colour: string;
  dash?: string | null;
  width?: number;
  /** Draw a line sample (default true). */
  line?: boolean;
  marker?: MarkerShape;
  /** A filled square sample (bars). */
  swatch?: boolean;
}

export interface LegendOptions {
  /** Rows at most, the last one saying how many were left out when there are more. */
  maxRows?: number;
  /** Characters a label may have; longer ones keep their end. */
  labelChars?: number;
  /** The text of the last row when entries are left out (default `… and N more`). */
  more?: (count: number) => string;
  rowHeight?: number;
}

export function legendEntry(series: Series): LegendEntry {
  return {
    label: series.label ?? '',
    colour: series.colour,
    dash: series.dash ?? null,
    width: series.width,
    line: series.kind !== SeriesKind.Markers,
    marker: series.marker ?? (series.kind === SeriesKind.Markers ? MarkerShape.Circle : undefined),
  };
}

/** A column of legend rows whose top-left corner is (x, y). */
export function legendParts(entries: readonly LegendEntry[], x: number, y: number, options: LegendOptions = {}): string[] {
  const maxRows = Math.max(1, options.maxRows ?? 14);
  const rowHeight = options.rowHeight ?? 18;
  const chars = options.labelChars ?? 44;
  const shown = entries.length > maxRows ? entries.slice(0, maxRows - 1) : entries;
  const parts: string[] = [];
  shown.forEach((entry, index) => {
    const rowY = y + index * rowHeight;
    if (entry.swatch) {
      parts.push(`<rect x="${px(x + 4)}" y="${px(rowY - 6)}" width="14" height="12" fill="${entry.colour}"/>`);
    } else {
      if (entry.line ?? true) parts.push(`<line x1="${px(x)}" y1="${px(rowY)}" x2="${px(x + 22)}" y2="${px(rowY)}" ${strokeStyle({ colour: entry.colour, dash: entry.dash, width: entry.width }, 2)}/>`);
      if (entry.marker) parts.push(`<path d="${markerPath(entry.marker, x + 11, rowY, 4)}" fill="${entry.colour}"/>`);
    }
    parts.push(`<text x="${px(x + 28)}" y="${px(rowY + 4)}" font-size="11">${escapeXml(truncateStart(entry.label, chars))}</text>`);
  });
  if (shown.length < entries.length) {
    const more = options.more ?? ((n: number) => `… and ${n} more`);
    parts.push(`<text x="${px(x + 28)}" y="${px(y + shown.length * rowHeight + 4)}" fill="${MUTED_COLOUR}">${escapeXml(more(entries.length - shown.length))}</text>`);
  }
  return parts;
}

// ---------------------------------------------------------------------------------------------
// Charts

export interface Rule {
  x: number;
  label?: string;
  colour?: string;
  dash?: string;
}

export interface LineChartSpec {
  title: string;
  description?: string;
  width?: number;
  height?: number;
  x: AxisSpec;
  y: AxisSpec;
  series: readonly Series[];
  /** Vertical lines at given x (an event such as quantization starting). */
  rules?: readonly Rule[];
  /** Default: a right-hand legend column when some series has a label. */
  legend?: (LegendOptions & { width?: number; title?: string }) | false;
  /** Shown in the plot when no series has a drawable point. */
  empty?: string;
  margins?: Partial<Margins>;
}

export const DEFAULT_CHART_WIDTH = 900;
export const DEFAULT_CHART_HEIGHT = 400;
const LEGEND_WIDTH = 300;

export function lineChart(spec: LineChartSpec): string {
  const width = spec.width ?? DEFAULT_CHART_WIDTH;
  const height = spec.height ?? DEFAULT_CHART_HEIGHT;
  const x = resolveAxis({ nice: false, ...spec.x }, spec.series.flatMap((s) => [...s.points.map((p) => p.x), ...(s.extendTo === undefined ? [] : [s.extendTo])]));
  const y = resolveAxis(spec.y, spec.series.flatMap((s) => s.points.filter((p) => x.shows(p.x)).map((p) => p.y)));
  const labelled = spec.series.filter((s) => s.label !== null);
  const legend = spec.legend === false || labelled.length === 0 ? null : (spec.legend ?? {});
  const margins: Margins = {
    top: 44,
    right: legend ? (legend.width ?? LEGEND_WIDTH) + 20 : 24,
    bottom: 48,
    left: leftMarginFor(y),
    ...spec.margins,
  };
  const plot = makePlot(width, height, margins, x, y);
  const parts = [...svgOpen(width, height, spec.title, spec.description), ...axesParts(plot, x, y, height)];

  for (const rule of spec.rules ?? []) {
    if (!x.shows(rule.x) || rule.x < x.lo || rule.x > x.hi) continue;
    const rx = plot.x(rule.x);
    parts.push(`<line x1="${px(rx)}" y1="${px(plot.top)}" x2="${px(rx)}" y2="${px(plot.bottom)}" stroke="${rule.colour ?? '#999999'}" stroke-dasharray="${rule.dash ?? '3 3'}"/>`);
    if (rule.label) parts.push(`<text x="${px(rx + 4)}" y="${px(plot.top + 12)}" fill="${MUTED_COLOUR}">${escapeXml(rule.label)}</text>`);
  }

  const drawable = spec.series.some((s) => s.points.some((p) => x.shows(p.x) && y.shows(p.y)));
  if (!drawable) {
    if (spec.empty) parts.push(`<text x="${px((plot.left + plot.right) / 2)}" y="${px((plot.top + plot.bottom) / 2)}" text-anchor="middle" fill="${MUTED_COLOUR}">${escapeXml(spec.empty)}</text>`);
  } else {
    for (const series of spec.series) parts.push(...seriesParts(series, plot, x, y));
  }

  if (legend && drawable) {
    let top = plot.top;
    if (legend.title) {
      parts.push(`<text x="${px(plot.right + 20)}" y="${px(top)}" font-weight="bold" font-size="11">${escapeXml(legend.title)}</text>`);
      top += 20;
    }
    const rowHeight = legend.rowHeight ?? 18;
    const fits = Math.floor((height - top - 8) / rowHeight);
    parts.push(...legendParts(labelled.map(legendEntry), plot.right + 20, top, { ...legend, maxRows: Math.min(legend.maxRows ?? fits, fits) }));
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

export interface Bar {
  /** The category's label under the axis. */
  label: string;
  value: number;
  colour?: string;
  /** A reference value drawn as a short black line across the bar (a target). */
  reference?: number;
  tooltip?: string;
}

export interface BarChartSpec {
  title: string;
  description?: string;
  width?: number;
  height?: number;
  x: { label: string };
  y: AxisSpec;
  bars: readonly Bar[];
  /** The legend: what the colours and the reference line mean. */
  legend?: readonly LegendEntry[];
  /** The value written above each bar, when bars are wide enough (default: the axis format). */
  valueFormat?: (value: number) => string;
  /** Characters a category label may have; longer ones keep their end (default 22). */
  labelChars?: number;
  empty?: string;
}

const BAR_COLOUR = PALETTE[0]!;

export function barChart(spec: BarChartSpec): string {
  const width = spec.width ?? DEFAULT_CHART_WIDTH;
  const labelChars = spec.labelChars ?? 22;
  const labels = spec.bars.map((bar) => truncateStart(bar.label, labelChars));
  const y = resolveAxis({ min: 0, ...spec.y }, [0, ...spec.bars.flatMap((bar) => [bar.value, ...(bar.reference === undefined ? [] : [bar.reference])])]);
  const x = resolveAxis({ label: spec.x.label, min: 0, max: Math.max(spec.bars.length, 1), nice: false, ticks: [] }, []);
  const legendWidth = spec.legend?.length ? 170 : 0;
  const longest = Math.max(1, ...labels.map((label) => label.length));
  // Labels that do not fit under their bar are turned 40° (their width then counts towards the height).
  const provisionalBand = (width - leftMarginFor(y) - 24 - legendWidth) / Math.max(spec.bars.length, 1);
  const rotate = longest * 6.6 > provisionalBand - 4;
  const angle = (40 * Math.PI) / 180;
  const bottom = rotate ? 40 + Math.ceil(longest * 6.6 * Math.sin(angle)) + 12 : 56;
  const height = spec.height ?? 340 + (rotate ? bottom - 56 : 0);
  // A turned label reaches left of its bar: the first one must stay inside the chart.
  const firstReach = rotate ? labels[0]!.length * 6.6 * Math.cos(angle) - provisionalBand / 2 + 8 : 0;
  const margins: Margins = { top: 44, right: 24 + legendWidth, bottom, left: Math.max(leftMarginFor(y), Math.ceil(firstReach)) };
  const plot = makePlot(width, height, margins, x, y);
  const parts = [...svgOpen(width, height, spec.title, spec.description)];
  // No x ticks: each category gets its own label.
  parts.push(...axesParts(plot, x, y, height));

  const band = (plot.right - plot.left) / Math.max(spec.bars.length, 1);
  const barWidth = Math.max(1, Math.min(band * 0.72, 60));
  const format = spec.valueFormat ?? y.format;
  if (spec.bars.length === 0 && spec.empty) {
    parts.push(`<text x="${px((plot.left + plot.right) / 2)}" y="${px((plot.top + plot.bottom) / 2)}" text-anchor="middle" fill="${MUTED_COLOUR}">${escapeXml(spec.empty)}</text>`);
  }
  spec.bars.forEach((bar, i) => {
    const cx = plot.left + band * (i + 0.5);
    const group: string[] = [`<g data-series="${escapeXml(bar.label)}">`, `<title>${escapeXml(bar.tooltip ?? `${bar.label}: ${format(bar.value)}`)}</title>`];
    if (Number.isFinite(bar.value)) {
      const top = plot.y(Math.max(Math.min(bar.value, y.hi), y.lo));
      const base = plot.y(Math.max(0, y.lo));
      group.push(`<rect x="${px(cx - barWidth / 2)}" y="${px(Math.min(top, base))}" width="${px(barWidth)}" height="${px(Math.abs(base - top))}" fill="${bar.colour ?? BAR_COLOUR}"/>`);
      // Above the bar, and above its reference line when that is higher or level with the top.
      const labelY = Math.min(top, base, bar.reference !== undefined && y.shows(bar.reference) ? plot.y(bar.reference) - 2 : Infinity) - 4;
      if (band >= 16) group.push(`<text x="${px(cx)}" y="${px(labelY)}" text-anchor="middle" font-size="${band >= 26 ? 11 : 9}">${escapeXml(format(bar.value))}</text>`);
    } else {
      group.push(`<text x="${px(cx)}" y="${px(plot.bottom - 4)}" text-anchor="middle" font-size="10" fill="${MUTED_COLOUR}">${escapeXml(String(bar.value))}</text>`);
    }
    if (bar.reference !== undefined && y.shows(bar.reference)) {
      const ry = plot.y(bar.reference);
      group.push(`<line x1="${px(cx - barWidth / 2 - 3)}" y1="${px(ry)}" x2="${px(cx + barWidth / 2 + 3)}" y2="${px(ry)}" stroke="#000000" stroke-width="2"/>`);
    }
    group.push('</g>');
    parts.push(...group);
    const label = escapeXml(labels[i]!);
    if (rotate) {
      parts.push(`<text x="${px(cx + 3)}" y="${px(plot.bottom + 12)}" text-anchor="end" font-size="11" transform="rotate(-40 ${px(cx + 3)} ${px(plot.bottom + 12)})">${label}</text>`);
    } else {
      parts.push(`<text x="${px(cx)}" y="${px(plot.bottom + 17)}" text-anchor="middle" font-size="11">${label}</text>`);
    }
  });
  if (spec.legend?.length) parts.push(...legendParts(spec.legend, plot.right + 16, plot.top, { labelChars: 22 }));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
