/**
 * A run's figures, from what the store recorded and nothing else (ARCHITECTURE.md: `report` reads
 * the store only): the MoQ blog's bits-over-steps picture (Figure 1/2) rebuilt from the
 * `quantization_configured` and `drop` events, the final bits per tensor or block (Figure 3), the
 * block eigenvalues and factors over time, the loss and evaluation curves, and the quantization
 * error of each tensor at each change. `loadRunReport` gathers the records; each `…Figure` function
 * turns them into one chart (an SVG string) or says in a sentence why there is none.
 */
import { Semantics } from '../config/quantization-enums.js';
import { Arm } from '../schedule/moq.js';
import { scheduleCounter } from '../schedule/counter.js';
import { type BitsAtStep, type Timeline, type TimelineLayer, groupIdenticalLayers, writtenBits } from '../schedule/timeline.js';
import { type Artifact, type DropPayload, type EigenBlockPayload, EventKind, Metric, MetricPrefix, type MetricPoint, type ParamValue, type RunEvent, type RunRecord, RunStatus, type Store, recordVersionOf, storedPayload } from '../tracking/index.js';
import { renderBitsChart, seriesLabel } from './bits-chart.js';
import { formatNumber } from './table.js';
import { type Bar, type LegendEntry, MarkerShape, type Series, SeriesKind, barChart, categoricalStyle, lineChart, sequentialColour } from './svg.js';

// ---------------------------------------------------------------------------------------------
// Records

export interface ConfiguredTensor {
  name: string;
  group: string;
  numel: number;
  startBits: number;
  targetBits: number;
  period: number;
  /** The eigenvalue block the tensor belongs to, when the run recorded it. */
  block: number | null;
}

/** The `quantization_configured` event. */
export interface QuantizationRecord {
  arm: string;
  semantics: string;
  scheduleOffset: number;
  mixing: { enabled: boolean; changeRatio: number } | null;
  /** In parameter order: the order the schedule visits them. */
  tensors: ConfiguredTensor[];
}

/** A `drop` event as read back (threshold and factor are absent from the oldest records). */
export type DropRecord = Pick<DropPayload, 'tensor' | 'fromBits' | 'toBits'> & { step: number; threshold: number | null; factor: number | null };

/** One block of an `eigenvalues` event. */
export type EigenBlock = Omit<EigenBlockPayload, 'hvps'>;

export interface EigenComputation {
  step: number;
  blocks: EigenBlock[];
}

export interface EventCount {
  kind: string;
  count: number;
  firstStep: number | null;
  lastStep: number | null;
}

export interface RunReport {
  run: RunRecord;
  params: Record<string, ParamValue>;
  /** The step the charts run to: `training.total_steps` for a finished run, else the last step recorded. */
  lastStep: number;
  /** Every metric's points, by name, in step order. */
  metrics: Record<string, MetricPoint[]>;
  latest: Record<string, MetricPoint>;
  /** Null when the run quantizes nothing (the baseline arm, or a run that failed before set-up). */
  quantization: QuantizationRecord | null;
  /** Drop events, without the repeats a resumed run records for the steps it trains again. */
  drops: DropRecord[];
  /** The bits each tensor was written with over the run, rebuilt from the records; null without quantization. */
  timeline: Timeline | null;
  /** One per step with an `eigenvalues` event, in step order (a repeat after a resume replaces the first). */
  eigen: EigenComputation[];
  events: EventCount[];
  artifacts: Artifact[];
}

function num(value: unknown, fallback = Number.NaN): number {
  // JSON cannot hold NaN or Infinity; a non-finite number may arrive as null or as a string.
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && ['NaN', 'Infinity', '-Infinity'].includes(value)) return Number(value);
  return fallback;
}

function str(value: unknown, fallback = ''): string {
  return typeof value === 'string' ? value : fallback;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function parseQuantization(event: RunEvent | undefined): QuantizationRecord | null {
  if (!event) return null;
  const p = event.payload;
  const tensors = (Array.isArray(p.tensors) ? p.tensors : []).map(record).flatMap((t): ConfiguredTensor[] => {
    const name = str(t.name);
    const startBits = num(t.startBits);
    const targetBits = num(t.targetBits);
    if (name === '' || !Number.isFinite(startBits) || !Number.isFinite(targetBits)) return [];
    const block = num(t.block);
    return [{ name, group: str(t.group, 'default'), numel: num(t.numel, 1), startBits, targetBits, period: num(t.period), block: Number.isInteger(block) ? block : null }];
  });
  const mixing = record(p.mixing);
  return {
    arm: str(p.arm, Arm.Moq),
    semantics: str(p.semantics, Semantics.Moqlab),
    scheduleOffset: num(p.scheduleOffset, 0),
    mixing: typeof mixing.enabled === 'boolean' ? { enabled: mixing.enabled, changeRatio: num(mixing.changeRatio) } : null,
    tensors,
  };
}

function parseDrops(events: readonly RunEvent[]): DropRecord[] {
  const seen = new Set<string>();
  const drops: DropRecord[] = [];
  for (const event of events) {
    const p = storedPayload(event, EventKind.Drop);
    const step = event.step ?? Number.NaN;
    const drop: DropRecord = {
      step,
      tensor: str(p.tensor),
      fromBits: num(p.fromBits),
      toBits: num(p.toBits),
      threshold: Number.isFinite(num(p.threshold)) ? num(p.threshold) : null,
      factor: Number.isFinite(num(p.factor)) ? num(p.factor) : null,
    };
    if (!Number.isFinite(step) || drop.tensor === '' || !Number.isFinite(drop.toBits)) continue;
    // A resumed run trains the steps after its checkpoint again and records their drops again.
    const key = JSON.stringify([drop.step, drop.tensor, drop.fromBits, drop.toBits]);
    if (seen.has(key)) continue;
    seen.add(key);
    drops.push(drop);
  }
  return drops.sort((a, b) => a.step - b.step);
}

/** What each segment wrote (record version 2 on). */
function parseSegments(events: readonly RunEvent[]): SegmentBits[] {
  return events.map((event) => {
    const p = storedPayload(event, EventKind.Segment);
    return { start: num(p.start), end: num(p.end), bits: p.bits ?? {} };
  });
}

function parseEigen(events: readonly RunEvent[]): EigenComputation[] {
  const byStep = new Map<number, EigenComputation>();
  for (const event of events) {
    if (event.step === null) continue;
    const stored = storedPayload(event, EventKind.Eigenvalues).blocks;
    const blocks = (Array.isArray(stored) ? stored : []).map((b) => record(b) as Partial<EigenBlockPayload>).map((b, i): EigenBlock => ({
      block: Number.isInteger(num(b.block)) ? num(b.block) : i,
      name: str(b.name, `block ${i}`),
      eigenvalue: num(b.eigenvalue),
      normalized: num(b.normalized),
      cluster: num(b.cluster),
      factor: num(b.factor),
      iterations: num(b.iterations),
      converged: b.converged === true,
      seconds: num(b.seconds),
    }));
    byStep.set(event.step, { step: event.step, blocks });
  }
  return [...byStep.values()].sort((a, b) => a.step - b.step);
}

function countEvents(events: readonly RunEvent[]): EventCount[] {
  const counts = new Map<string, EventCount>();
  for (const event of events) {
    const entry = counts.get(event.kind) ?? { kind: event.kind, count: 0, firstStep: null, lastStep: null };
    entry.count++;
    if (event.step !== null) {
      entry.firstStep = entry.firstStep === null ? event.step : Math.min(entry.firstStep, event.step);
      entry.lastStep = entry.lastStep === null ? event.step : Math.max(entry.lastStep, event.step);
    }
    counts.set(event.kind, entry);
  }
  return [...counts.values()].sort((a, b) => a.kind.localeCompare(b.kind));
}

function configNumber(config: unknown, path: string[]): number | null {
  let value: unknown = config;
  for (const key of path) value = record(value)[key];
  return typeof value === 'number' ? value : null;
}

/**
 * The first quantized step: where the run recorded the mean bits first (the start of quantization
 * is a change of bits), or else what the counter of the recorded schedule gives.
 */
function quantizationStart(quant: QuantizationRecord, metrics: Record<string, MetricPoint[]>, config: unknown): number | null {
  if (quant.arm === Arm.Baseline) return null;
  if (quant.arm === Arm.BasicQat) return 1;
  const recorded = metrics[Metric.AverageBits]?.[0]?.step;
  if (recorded !== undefined) return recorded;
  const eigenLayers = quant.arm === Arm.MoqEigen ? (configNumber(config, ['quantization', 'eigenvalue', 'layerNum']) ?? 0) : 0;
  return scheduleCounter(quant.semantics as Semantics, quant.scheduleOffset, eigenLayers).startStep;
}

/**
 * The eigenvalue block of a tensor: the one the run recorded, else the block whose module name
 * prefixes the tensor's, else none.
 */
function eigenBlockOf(tensor: ConfiguredTensor, eigen: readonly EigenComputation[]): string | null {
  if (tensor.block !== null) return String(tensor.block);
  const block = eigen[0]?.blocks.find((b) => tensor.name.startsWith(`${b.name}.`));
  return block ? String(block.block) : null;
}

/**
 * Which tensors change bits together when a drop event names one of them. In `moqlab` semantics
 * every tensor has its own state. In `deepspeed-legacy` the tensors of a quantization group (and of
 * one eigenvalue block, with eigenvalues) share one: the event names the tensor whose visit made the
 * drop, the tensors visited before it in that step are written at the new bits from the next step.
 */
function stateKeys(quant: QuantizationRecord, eigen: readonly EigenComputation[]): string[] {
  if (quant.semantics !== Semantics.DeepspeedLegacy) return quant.tensors.map((t) => `tensor:${t.name}`);
  const withBlocks = quant.arm === Arm.MoqEigen;
  return quant.tensors.map((t) => {
    if (!withBlocks) return `group:${t.group}`;
    const block = eigenBlockOf(t, eigen);
    return block === null ? `group:${t.group}/outside-blocks` : `group:${t.group}/block:${block}`;
  });
}

/** What each segment of a run wrote: steps start+1..end, each tensor at `bits[tensor]`. */
export interface SegmentBits {
  start: number;
  end: number;
  bits: Record<string, number>;
}

/**
 * Each tensor's changes of written bits, read from what the segments record: the first step of a
 * segment that writes a tensor at other bits than before.
 */
function changesFromSegments(quant: QuantizationRecord, segments: readonly SegmentBits[], lastStep: number): BitsAtStep[][] {
  const ordered = [...segments].sort((a, b) => a.start - b.start);
  return quant.tensors.map((t) => {
    const changes: BitsAtStep[] = [];
    let current = quant.arm === Arm.BasicQat ? t.targetBits : t.startBits;
    for (const segment of ordered) {
      const bits = segment.bits[t.name];
      if (bits === undefined || bits === current || segment.start + 1 > lastStep) continue;
      changes.push({ step: segment.start + 1, bits });
      current = bits;
    }
    return changes;
  });
}

/**
 * Each tensor's changes of written bits, re-derived from the drop events, for runs recorded before
 * segments carried their bits: a legacy drop changes every tensor that shares its state.
 */
function changesFromDrops(quant: QuantizationRecord, drops: readonly DropRecord[], lastStep: number, eigen: readonly EigenComputation[]): BitsAtStep[][] {
  const keys = stateKeys(quant, eigen);
  const position = new Map(quant.tensors.map((t, i) => [t.name, i]));
  const changes: BitsAtStep[][] = quant.tensors.map(() => []);
  for (const drop of drops) {
    const at = position.get(drop.tensor);
    if (at === undefined || drop.step > lastStep) continue;
    quant.tensors.forEach((_, i) => {
      if (keys[i] !== keys[at]) return;
      // Within a legacy step, tensors visited before the dropping one were already written.
      const step = i < at ? drop.step + 1 : drop.step;
      if (step <= lastStep) changes[i]!.push({ step, bits: drop.toBits });
    });
  }
  return changes;
}

/**
 * The recorded run as a `Timeline`, the type `moqlab plan` predicts, so the same chart draws both. The
 * bits come from the segments when they carry them (`segments`), else from the drop events.
 */
export function timelineFromRecords(
  quant: QuantizationRecord,
  drops: readonly DropRecord[],
  start: number | null,
  lastStep: number,
  eigen: readonly EigenComputation[] = [],
  segments: readonly SegmentBits[] | null = null,
): Timeline {
  const changes = segments !== null ? changesFromSegments(quant, segments, lastStep) : changesFromDrops(quant, drops, lastStep, eigen);
  const initial = (t: ConfiguredTensor) => (quant.arm === Arm.BasicQat ? t.targetBits : t.startBits);
  const layers: TimelineLayer[] =
    quant.arm === Arm.Baseline
      ? []
      : quant.tensors.map((t, i) => ({
          name: t.name,
          drops: changes[i]!.sort((a, b) => a.step - b.step),
          initialBits: initial(t),
          targetBits: t.targetBits,
          numel: t.numel,
          afterRun: null,
        }));
  const quantized = start !== null && start <= lastStep;
  const reached = layers.map((layer) => {
    if (!quantized) return null;
    const written = writtenBits(layer, start);
    const last = written.at(-1)!;
    return last.bits === layer.targetBits ? last.step : null;
  });
  const short = new Set(layers.filter((_, i) => reached[i] === null));
  const warnings = quantized
    ? groupIdenticalLayers([...short]).map((group) => {
        const { name, targetBits } = group.timeline;
        const more = group.layers.length - 1;
        const subject = more === 0 ? `${name} ends` : `${name} and ${more} more with the same timeline end`;
        return `${subject} the run at ${finalBitsOf(group.timeline, start)} bits, above the target ${targetBits}`;
      })
    : start === null
      ? []
      : [`quantization would start at step ${start}, after the run's last step ${lastStep}: no tensor was quantized`];
  return {
    layers,
    warnings,
    averageBits: [],
    allAtTargetStep: quantized && reached.every((step) => step !== null) ? Math.max(...(reached as number[])) : null,
    totalSteps: lastStep,
    quantizationStartStep: start,
    arm: quant.arm as Arm,
    semantics: quant.semantics as Semantics,
  };
}

function finalBitsOf(layer: TimelineLayer, start: number): number {
  return writtenBits(layer, start).at(-1)!.bits;
}

function lastRecordedStep(metrics: Record<string, MetricPoint[]>, events: readonly RunEvent[]): number {
  let last = 0;
  for (const points of Object.values(metrics)) for (const p of points) last = Math.max(last, p.step);
  for (const event of events) if (event.step !== null) last = Math.max(last, event.step);
  return last;
}

/** Everything the report shows about one run (a full id or a unique prefix). */
export function loadRunReport(store: Store, idOrPrefix: string): RunReport {
  const run = store.getRun(idOrPrefix);
  const params = store.getParams(run.id);
  const metrics: Record<string, MetricPoint[]> = {};
  for (const point of store.getMetrics(run.id)) (metrics[point.name] ??= []).push(point);
  for (const points of Object.values(metrics)) points.sort((a, b) => a.step - b.step || a.wallTime - b.wallTime);
  const events = store.getEvents(run.id);
  const recorded = lastRecordedStep(metrics, events);
  const planned = typeof params['training.total_steps'] === 'number' ? params['training.total_steps'] : null;
  const lastStep = planned !== null && (run.status === RunStatus.Finished || recorded === 0) ? planned : recorded;
  const quantization = parseQuantization(events.find((event) => event.kind === EventKind.QuantizationConfigured));
  const drops = parseDrops(events.filter((event) => event.kind === EventKind.Drop));
  const eigen = parseEigen(events.filter((event) => event.kind === EventKind.Eigenvalues));
  // From record version 2 the segments say what was written; older runs re-derive it from the drops.
  const segments = recordVersionOf(run) >= 2 ? parseSegments(events.filter((event) => event.kind === EventKind.Segment)) : null;
  let timeline: Timeline | null = null;
  if (quantization && quantization.arm !== Arm.Baseline) {
    timeline = timelineFromRecords(quantization, drops, quantizationStart(quantization, metrics, run.config), lastStep, eigen, segments);
    timeline.averageBits = (metrics[Metric.AverageBits] ?? []).filter((p) => Number.isFinite(p.value)).map((p) => ({ step: p.step, bits: p.value }));
  }
  return {
    run,
    params,
    lastStep,
    metrics,
    latest: store.latestMetrics(run.id),
    quantization,
    drops,
    timeline,
    eigen,
    events: countEvents(events),
    artifacts: store.getArtifacts(run.id),
  };
}

// ---------------------------------------------------------------------------------------------
// Figures

export interface Figure {
  /** Unique within the page: the section's anchor. */
  id: string;
  title: string;
  /** How to read the chart, one or two sentences. */
  caption: string;
  /** Null when there is nothing to draw; `note` says why. */
  svg: string | null;
  note: string | null;
}

const WIDTH = 900;
const SMALL_WIDTH = 440;
const SMALL_HEIGHT = 270;

/** Whether the run quantized anything within its steps. */
export function quantizedWithinRun(report: RunReport): boolean {
  const timeline = report.timeline;
  return timeline !== null && timeline.layers.length > 0 && timeline.quantizationStartStep !== null && timeline.quantizationStartStep <= timeline.totalSteps;
}

/** Why there is no MoQ chart, as a sentence; null when there is one. */
export function noQuantizationReason(report: RunReport): string | null {
  if (report.quantization === null || report.quantization.arm === Arm.Baseline) {
    const arm = report.run.arm ?? report.params.arm;
    if (arm === Arm.Baseline) return 'This run quantizes nothing (baseline arm): it has no bit schedule, eigenvalues or quantization error to show.';
    return `This run recorded no quantization set-up (no ${EventKind.QuantizationConfigured} event${arm === undefined || arm === null ? '' : ` for its ${arm} arm`}): it has no bit schedule, eigenvalues or quantization error to show.`;
  }
  if (report.quantization.tensors.length === 0) return 'The run selected no tensor to quantize.';
  if (!quantizedWithinRun(report)) return report.timeline?.warnings[0] ?? 'No tensor was quantized within the run.';
  return null;
}

export function bitsFigure(report: RunReport): Figure {
  const title = 'Bits over optimizer steps per tensor';
  const caption =
    'Every quantized tensor’s bit width from the step its rewrite first writes it (MoQ blog, Figure 1/2). Tensors with identical timelines share one line; the legend counts them. The dotted grey line is the mean bits, weighted by tensor size.';
  const reason = noQuantizationReason(report);
  if (reason !== null || report.timeline === null) return { id: 'bits', title, caption, svg: null, note: reason };
  const t = report.timeline;
  const svg = renderBitsChart(t, { title: `Bits per tensor over optimizer steps (${t.arm} arm, ${t.semantics} semantics)`, width: WIDTH, height: 440, averageBits: true });
  const note = t.semantics === Semantics.DeepspeedLegacy ? 'deepspeed-legacy semantics: tensors sharing a state are drawn from the drops of that state (the event names the tensor whose visit made the drop).' : null;
  return { id: 'bits', title, caption, svg, note };
}

export interface FinalBitsEntry {
  /** A block (`bert.encoder.layer.3`) or a tensor name. */
  name: string;
  tensors: Array<{ name: string; bits: number; targetBits: number; numel: number; group: string }>;
  /** Mean final bits weighted by tensor size. */
  bits: number;
  targetBits: number;
  group: string;
}

/**
 * The module prefix up to a block index (`bert.encoder.layer.3.attention.self.query.weight` →
 * `bert.encoder.layer.3`), or null for a name with no index followed by more of the name.
 */
export function blockPrefix(name: string): string | null {
  const match = /^(.+?\.\d+)\./.exec(name);
  return match ? match[1]! : null;
}

function weightedMean(items: ReadonlyArray<{ value: number; weight: number }>): number {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  return total > 0 ? items.reduce((sum, item) => sum + item.value * item.weight, 0) / total : Number.NaN;
}

/**
 * The bits each tensor is written with at the run's last step, per block when the names have block
 * indices that gather several tensors (a bar per transformer layer), else per tensor.
 */
export function finalBits(report: RunReport): FinalBitsEntry[] {
  const t = report.timeline;
  if (!t || !quantizedWithinRun(report)) return [];
  const start = t.quantizationStartStep!;
  const groups = new Map((report.quantization?.tensors ?? []).map((tensor) => [tensor.name, tensor.group]));
  const tensors = t.layers.map((layer) => ({ name: layer.name, bits: finalBitsOf(layer, start), targetBits: layer.targetBits, numel: layer.numel, group: groups.get(layer.name) ?? 'default' }));
  const keyOf = (name: string) => blockPrefix(name) ?? name;
  const counts = new Map<string, number>();
  for (const tensor of tensors) counts.set(keyOf(tensor.name), (counts.get(keyOf(tensor.name)) ?? 0) + 1);
  const byBlock = [...counts.values()].some((count) => count > 1);
  const entries = new Map<string, FinalBitsEntry['tensors']>();
  for (const tensor of tensors) {
    const key = byBlock ? keyOf(tensor.name) : tensor.name;
    const list = entries.get(key) ?? [];
    list.push(tensor);
    entries.set(key, list);
  }
  return [...entries].map(([name, list]) => {
    const groupNames = [...new Set(list.map((tensor) => tensor.group))];
    return {
      name,
      tensors: list,
      bits: weightedMean(list.map((tensor) => ({ value: tensor.bits, weight: tensor.numel }))),
      targetBits: weightedMean(list.map((tensor) => ({ value: tensor.targetBits, weight: tensor.numel }))),
      group: groupNames.length === 1 ? groupNames[0]! : 'mixed',
    };
  });
}

function shortName(name: string): string {
  return name.replace(/\.weight$/, '');
}

/**
 * Bar labels that fit under the bars: a block by its last two name parts (`layer.3`), a tensor
 * outside the blocks by its module's last part (`classifier`); whole names when those collide.
 */
function barLabels(entries: readonly FinalBitsEntry[], blocks: boolean): string[] {
  if (!blocks) return entries.map((entry) => shortName(entry.name));
  const short = entries.map((entry) => {
    const parts = shortName(entry.name).split('.');
    return entry.tensors.length > 1 ? parts.slice(-2).join('.') : parts.at(-1)!;
  });
  return new Set(short).size === short.length ? short : entries.map((entry) => shortName(entry.name));
}

/** What the blocks' names look like, with the index as N (`bert.encoder.layer.N`). */
function blockPattern(entries: readonly FinalBitsEntry[]): string | null {
  const patterns = new Set(entries.filter((entry) => entry.tensors.length > 1).map((entry) => entry.name.replace(/\d+$/, 'N')));
  return patterns.size === 1 ? [...patterns][0]! : null;
}

function formatBits(bits: number): string {
  return Number.isInteger(bits) ? String(bits) : bits.toFixed(1);
}

export function finalBitsFigure(report: RunReport): Figure {
  const title = 'Final bits per tensor';
  const entries = finalBits(report);
  const blocks = entries.some((entry) => entry.tensors.length > 1);
  const caption = blocks
    ? `The bits each block’s tensors are written with at step ${report.lastStep}, the run’s last (MoQ blog, Figure 3); tensors are grouped by their module prefix up to the block index, weighted by size. The black line on each bar is the target.`
    : `The bits each tensor is written with at step ${report.lastStep}, the run’s last (MoQ blog, Figure 3). The black line on each bar is the target.`;
  const reason = noQuantizationReason(report);
  if (reason !== null) return { id: 'final-bits', title, caption, svg: null, note: reason };
  const groupNames = [...new Set(entries.map((entry) => entry.group))];
  const colourOf = (group: string) => (groupNames.length > 1 ? categoricalStyle(groupNames.indexOf(group)).colour : categoricalStyle(0).colour);
  const labels = barLabels(entries, blocks);
  const bars: Bar[] = entries.map((entry, i) => ({
    label: labels[i]!,
    value: entry.bits,
    reference: entry.targetBits,
    colour: colourOf(entry.group),
    tooltip: `${entry.name}: ${formatBits(entry.bits)} bits (target ${formatBits(entry.targetBits)})${entry.tensors.length > 1 ? `\n${entry.tensors.map((tensor) => `${tensor.name}: ${tensor.bits}`).join('\n')}` : ''}`,
  }));
  const legend: LegendEntry[] = [
    ...(groupNames.length > 1 ? groupNames.map((group) => ({ label: `group ${group}`, colour: colourOf(group), swatch: true })) : []),
    { label: 'target bits', colour: '#000000', width: 2 },
  ];
  const maxBits = Math.max(...entries.flatMap((entry) => [entry.bits, entry.targetBits]).filter(Number.isFinite), 1);
  const svg = barChart({
    title: `Final bits per ${blocks ? 'block' : 'tensor'} at step ${report.lastStep}`,
    width: WIDTH,
    x: { label: blocks ? `block (${blockPattern(entries) ?? 'module prefix'}) or tensor` : 'tensor' },
    y: { label: 'bits', integer: true, max: Math.ceil(maxBits) + 1, nice: false },
    bars,
    legend,
    valueFormat: formatBits,
  });
  return { id: 'final-bits', title, caption, svg, note: null };
}

/** A label for a block: its module name, or its index. */
function blockLabel(block: EigenBlock): string {
  return block.name || `block ${block.block}`;
}

interface BlockSeries {
  block: number;
  label: string;
  points: Array<{ step: number; eigenvalue: number; factor: number; converged: boolean }>;
}

function eigenBlocks(report: RunReport): BlockSeries[] {
  const blocks = new Map<number, BlockSeries>();
  for (const computation of report.eigen) {
    for (const b of computation.blocks) {
      const series = blocks.get(b.block) ?? { block: b.block, label: blockLabel(b), points: [] };
      series.points.push({ step: computation.step, eigenvalue: b.eigenvalue, factor: b.factor, converged: b.converged });
      blocks.set(b.block, series);
    }
  }
  return [...blocks.values()].sort((a, b) => a.block - b.block);
}

export const NO_EIGENVALUES = 'Eigenvalues were not computed in this run.';

/** λ per block over steps and the factor per block over steps; one figure with a note when the run computed none. */
export function eigenFigures(report: RunReport): Figure[] {
  const blocks = eigenBlocks(report);
  if (blocks.length === 0) {
    return [{ id: 'eigenvalues', title: 'Block eigenvalues and period factors', caption: 'The dominant Hessian eigenvalue λ of each block and the factor it gives the block’s quantization periods (SEMANTICS.md §4).', svg: null, note: NO_EIGENVALUES }];
  }
  const colour = (i: number) => sequentialColour(blocks.length === 1 ? 0 : (0.9 * i) / (blocks.length - 1));
  const values = blocks.flatMap((b) => b.points.map((p) => p.eigenvalue)).filter(Number.isFinite);
  const magnitudes = values.map(Math.abs).filter((v) => v > 0);
  const log = magnitudes.length > 0 && Math.max(...magnitudes) / Math.min(...magnitudes) > 100;
  const useAbs = log && values.some((v) => v <= 0);
  const lambda = (v: number) => (useAbs ? Math.abs(v) : v);
  const shapes = Object.values(MarkerShape);
  const lambdaSeries: Series[] = blocks.map((b, i) => ({
    label: b.label,
    kind: SeriesKind.Line,
    points: b.points.map((p) => ({ x: p.step, y: lambda(p.eigenvalue) })),
    colour: colour(i),
    marker: shapes[i % shapes.length],
    width: 1.8,
  }));
  const unconverged = blocks.reduce((n, b) => n + b.points.filter((p) => !p.converged).length, 0);
  const nonFinite = blocks.reduce((n, b) => n + b.points.filter((p) => !Number.isFinite(p.eigenvalue)).length, 0);
  const notes = [
    ...(unconverged ? [`${unconverged} block computation${unconverged === 1 ? '' : 's'} stopped at max_iter without converging (marked in the table).`] : []),
    ...(nonFinite ? [`${nonFinite} non-finite λ not drawn (shown in the table).`] : []),
  ];
  const lambdaSvg = lineChart({
    title: `Dominant Hessian eigenvalue per block${log ? ' (log scale)' : ''}`,
    width: WIDTH,
    height: 400,
    x: { label: 'optimizer step', min: 0, max: Math.max(report.lastStep, 1), integer: true },
    y: { label: useAbs ? '|λ|' : 'λ', log },
    series: lambdaSeries,
    legend: { width: 220, labelChars: 30, title: 'block' },
  });
  const maxFactor = Math.max(5, ...blocks.flatMap((b) => b.points.map((p) => p.factor)).filter(Number.isFinite));
  // Blocks with equal factors would hide each other: each line is nudged by a fraction of a unit.
  const spread = Math.min(0.5, 0.06 * blocks.length);
  const nudge = (i: number) => (blocks.length === 1 ? 0 : -spread / 2 + (spread * i) / (blocks.length - 1));
  const factorSeries: Series[] = blocks.map((b, i) => ({
    label: b.label,
    kind: SeriesKind.Step,
    points: b.points.map((p) => ({ x: p.step, y: p.factor + nudge(i) })),
    colour: colour(i),
    extendTo: report.lastStep,
    width: blocks.length > 6 ? 1.5 : 2,
  }));
  const factors: number[] = [];
  for (let f = 1; f <= maxFactor; f++) factors.push(f);
  const factorSvg = lineChart({
    title: 'Period factor per block (from clustering the eigenvalues)',
    width: WIDTH,
    height: 360,
    x: { label: 'optimizer step', min: 0, max: Math.max(report.lastStep, 1), integer: true },
    y: { label: 'factor f', min: 0.5, max: maxFactor + 0.5, ticks: factors, format: String },
    series: factorSeries,
    legend: { width: 220, labelChars: 30, title: 'block' },
  });
  return [
    {
      id: 'eigenvalues',
      title: 'Block eigenvalues',
      caption: `λ of each block at each computation (${report.eigen.length} computation${report.eigen.length === 1 ? '' : 's'}); blocks are coloured from the first (dark) to the last (light).`,
      svg: lambdaSvg,
      note: notes.length ? notes.join(' ') : null,
    },
    {
      id: 'factors',
      title: 'Period factors',
      caption: 'The factor each block’s next quantization period is multiplied by, from each computation on (SEMANTICS.md §4). Lines are nudged apart slightly so blocks with equal factors stay visible.',
      svg: factorSvg,
      note: null,
    },
  ];
}

/**
 * An exponential moving average with TensorBoard's debiasing over the finite values; its weight
 * grows with the number of points so that the line stays smooth for long runs.
 */
export function smooth(points: readonly MetricPoint[]): Array<{ x: number; y: number }> {
  const finite = points.filter((p) => Number.isFinite(p.value));
  // About a tenth of the points or less, and at least TensorBoard's default 0.6 once there are enough.
  const weight = finite.length < 10 ? 0 : Math.min(0.98, Math.max(0.6, 1 - 10 / finite.length));
  let last = 0;
  let debias = 1;
  return finite.map((p) => {
    last = last * weight + (1 - weight) * p.value;
    debias *= weight;
    return { x: p.step, y: weight === 0 ? p.value : last / (1 - debias) };
  });
}

function nonFiniteNote(points: readonly MetricPoint[], what: string): string | null {
  const bad = points.filter((p) => !Number.isFinite(p.value));
  if (bad.length === 0) return null;
  const shown = bad.slice(0, 3).map((p) => `${p.value} at step ${p.step}`).join(', ');
  return `${bad.length} non-finite ${what} value${bad.length === 1 ? '' : 's'} not drawn (${shown}${bad.length > 3 ? ', …' : ''}).`;
}

/** The steps where some tensor's bits change (the start of quantization included). */
function changeSteps(report: RunReport): number[] {
  const t = report.timeline;
  if (!t || !quantizedWithinRun(report)) return [];
  const steps = new Set<number>([t.quantizationStartStep!]);
  for (const layer of t.layers) for (const drop of layer.drops) steps.add(drop.step);
  return [...steps].sort((a, b) => a - b);
}

function wide(values: readonly number[]): boolean {
  const positive = values.filter((v) => Number.isFinite(v) && v > 0);
  return positive.length === values.filter(Number.isFinite).length && positive.length > 1 && Math.max(...positive) / Math.min(...positive) > 100;
}

export function lossFigure(report: RunReport): Figure {
  const title = 'Training loss';
  const loss = report.metrics[Metric.TrainLoss] ?? [];
  const evalLoss = report.metrics[Metric.EvalLoss] ?? [];
  const changes = changeSteps(report);
  const caption = `The training loss at every logged step (thin) and smoothed (thick)${evalLoss.length ? ', with the evaluation loss (markers)' : ''}.${changes.length ? ' Dotted vertical lines mark the steps where some tensor’s bits change.' : ''}`;
  if (loss.length === 0 && evalLoss.length === 0) return { id: 'loss', title, caption, svg: null, note: 'The run recorded no loss.' };
  const raw = loss.map((p) => ({ x: p.step, y: p.value }));
  const series: Series[] = [
    { label: 'train loss', kind: SeriesKind.Line, points: raw, colour: '#56B4E9', width: 1, opacity: 0.8 },
    { label: 'train loss, smoothed', kind: SeriesKind.Line, points: smooth(loss), colour: '#0072B2', width: 2.4 },
  ];
  if (evalLoss.length) series.push({ label: 'eval loss', kind: SeriesKind.Line, points: evalLoss.map((p) => ({ x: p.step, y: p.value })), colour: '#D55E00', width: 1.5, marker: MarkerShape.Diamond, markerSize: 4.5 });
  const all = [...loss, ...evalLoss].map((p) => p.value);
  const svg = lineChart({
    title: `Loss over optimizer steps${wide(all) ? ' (log scale)' : ''}`,
    width: WIDTH,
    height: 400,
    x: { label: 'optimizer step', min: 0, max: Math.max(report.lastStep, 1), integer: true },
    y: { label: 'loss', log: wide(all) },
    series: loss.length ? series : series.slice(2),
    rules: changes.length <= 80 ? changes.map((x) => ({ x, colour: '#bbbbbb', dash: '1 3' })) : [],
    legend: { width: 200, labelChars: 26 },
  });
  const notes = [nonFiniteNote(loss, 'training loss'), nonFiniteNote(evalLoss, 'evaluation loss')].filter((n): n is string => n !== null);
  return { id: 'loss', title, caption, svg, note: notes.length ? notes.join(' ') : null };
}

/** One small chart per metric: markers joined by a thin line. */
function metricFigure(id: string, name: string, points: readonly MetricPoint[], lastStep: number, colourIndex: number): Figure {
  const style = categoricalStyle(colourIndex);
  const values = points.map((p) => p.value);
  const svg = lineChart({
    title: name,
    width: SMALL_WIDTH,
    height: SMALL_HEIGHT,
    x: { label: 'optimizer step', min: 0, max: Math.max(lastStep, 1), integer: true, tickCount: 4 },
    y: { label: name.slice(name.indexOf('/') + 1), log: wide(values), tickCount: 5 },
    series: [{ label: null, kind: SeriesKind.Line, points: points.map((p) => ({ x: p.step, y: p.value })), colour: style.colour, width: 1.5, ...(points.length <= 40 ? { marker: style.marker, markerSize: 4 } : {}), tooltip: name }],
    legend: false,
    empty: 'no finite value',
  });
  const last = points.at(-1);
  return { id, title: name, caption: last ? `last: ${formatNumber(last.value)} at step ${last.step}` : '', svg, note: nonFiniteNote(points, name) };
}

export function evalFigures(report: RunReport): Figure[] {
  const names = Object.keys(report.metrics).filter((name) => name.startsWith(MetricPrefix.Eval)).sort();
  return names.map((name, i) => metricFigure(`eval-${i}`, name, report.metrics[name]!, report.lastStep, i));
}

/** Metrics outside every other figure and table (learning rate, gradient norm, throughput, …). */
export function otherMetricFigures(report: RunReport): Figure[] {
  const names = Object.keys(report.metrics)
    .filter((name) => name !== Metric.TrainLoss && !name.startsWith(MetricPrefix.Eval) && !name.startsWith(MetricPrefix.Sqnr) && !name.startsWith(MetricPrefix.RelMse) && name !== Metric.AverageBits)
    .sort();
  return names.map((name, i) => metricFigure(`metric-${i}`, name, report.metrics[name]!, report.lastStep, i + 3));
}

export interface QuantErrorRow {
  tensor: string;
  /** By bit width, the error measured where the tensor started being written at it. */
  cells: Map<number | string, { step: number; sqnrDb: number; relMse: number | null; bits: number | null }>;
}

/** The bits a tensor is written with at `step`, from the timeline; null when not known. */
function bitsAt(report: RunReport, tensor: string, step: number): number | null {
  const t = report.timeline;
  const layer = t?.layers.find((l) => l.name === tensor);
  if (!t || !layer || t.quantizationStartStep === null || step < t.quantizationStartStep) return null;
  let bits: number | null = null;
  for (const entry of writtenBits(layer, t.quantizationStartStep)) if (entry.step <= step) bits = entry.bits;
  return bits;
}

/** The tensors with quantization-error metrics, in parameter order (then by name). */
function errorTensors(report: RunReport): string[] {
  const names = Object.keys(report.metrics)
    .filter((name) => name.startsWith(MetricPrefix.Sqnr))
    .map((name) => name.slice(MetricPrefix.Sqnr.length));
  const order = new Map((report.quantization?.tensors ?? []).map((t, i) => [t.name, i]));
  return names.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
}

/** SQNR (and relative MSE) per tensor, one cell per bit width (or per step where the bits are not known). */
export function quantErrorTable(report: RunReport): { columns: Array<number | string>; rows: QuantErrorRow[] } {
  const rows = errorTensors(report).map((tensor): QuantErrorRow => {
    const relMse = new Map((report.metrics[`${MetricPrefix.RelMse}${tensor}`] ?? []).map((p) => [p.step, p.value]));
    const cells: QuantErrorRow['cells'] = new Map();
    for (const p of report.metrics[`${MetricPrefix.Sqnr}${tensor}`] ?? []) {
      const bits = bitsAt(report, tensor, p.step);
      cells.set(bits ?? `step ${p.step}`, { step: p.step, sqnrDb: p.value, relMse: relMse.get(p.step) ?? null, bits });
    }
    return { tensor, cells };
  });
  const keys = [...new Set(rows.flatMap((row) => [...row.cells.keys()]))];
  const columns = [...keys.filter((k): k is number => typeof k === 'number').sort((a, b) => b - a), ...keys.filter((k): k is string => typeof k === 'string').sort()];
  return { columns, rows };
}

/** Up to this many tensors, the SQNR chart gives each its own series. */
const PER_TENSOR_SERIES = 8;

/**
 * The series of the SQNR chart: one per tensor when there are few; otherwise the tensors grouped
 * as in the bits chart (identical timelines together, in the same order, so a group has the same
 * colour in both charts), then any tensor with error metrics that the timeline does not know.
 */
function errorGroups(report: RunReport, tensors: readonly string[]): Array<{ label: string; members: string[]; colourIndex: number }> {
  if (tensors.length <= PER_TENSOR_SERIES) return tensors.map((tensor, i) => ({ label: tensor, members: [tensor], colourIndex: i }));
  const measured = new Set(tensors);
  const groups = report.timeline && quantizedWithinRun(report) ? groupIdenticalLayers(report.timeline.layers) : [];
  const result = groups.flatMap((group, index) => {
    const members = group.layers.map((layer) => layer.name).filter((name) => measured.has(name));
    return members.length ? [{ label: seriesLabel(group), members, colourIndex: index }] : [];
  });
  const known = new Set(result.flatMap((group) => group.members));
  tensors.filter((tensor) => !known.has(tensor)).forEach((tensor, i) => result.push({ label: tensor, members: [tensor], colourIndex: groups.length + i }));
  return result;
}

export function quantErrorFigure(report: RunReport): Figure {
  const title = 'Quantization error per tensor at each change';
  const tensors = errorTensors(report);
  const caption = `The signal-to-quantization-noise ratio of each tensor, 10·log₁₀(‖W‖²/‖Q(W) − W‖²), measured at the steps where its bits change (about 6 dB per bit). ${
    tensors.length <= PER_TENSOR_SERIES
      ? 'One series per tensor.'
      : 'Tensors with identical bit timelines share a colour, the same as in the bits chart; the line joins their mean.'
  }`;
  if (tensors.length === 0) {
    return { id: 'quant-error', title, caption, svg: null, note: noQuantizationReason(report) ?? 'The run recorded no quantization error.' };
  }
  const series: Series[] = errorGroups(report, tensors).flatMap(({ label, members, colourIndex }) => {
    const style = categoricalStyle(colourIndex);
    const points = members.flatMap((tensor) => (report.metrics[`${MetricPrefix.Sqnr}${tensor}`] ?? []).map((p) => ({ x: p.step, y: p.value })));
    const result: Series[] = [{ label, kind: SeriesKind.Markers, points, colour: style.colour, marker: style.marker, markerSize: 3.5, opacity: 0.9, tooltip: members.join(', ') }];
    const bySteps = new Map<number, number[]>();
    for (const p of points) if (Number.isFinite(p.y)) bySteps.set(p.x, [...(bySteps.get(p.x) ?? []), p.y]);
    if (bySteps.size > 1) {
      const mean = [...bySteps].sort(([a], [b]) => a - b).map(([x, ys]) => ({ x, y: ys.reduce((sum, y) => sum + y, 0) / ys.length }));
      result.push({ label: null, kind: SeriesKind.Line, points: mean, colour: style.colour, dash: style.dash, width: 1.4, opacity: 0.75, tooltip: `${label}: mean` });
    }
    return result;
  });
  const allPoints = tensors.flatMap((tensor) => report.metrics[`${MetricPrefix.Sqnr}${tensor}`] ?? []);
  const svg = lineChart({
    title: 'SQNR per tensor where its bits change',
    width: WIDTH,
    height: 420,
    x: { label: 'optimizer step', min: 0, max: Math.max(report.lastStep, 1), integer: true },
    y: { label: 'SQNR (dB)' },
    series,
    legend: { width: 310, labelChars: 44 },
  });
  return { id: 'quant-error', title, caption, svg, note: nonFiniteNote(allPoints, 'SQNR') };
}
