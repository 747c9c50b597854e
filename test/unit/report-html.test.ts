/** `moqlab report`: the run's figures rebuilt from the store, the HTML page, the SVG primitives and the command. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { reportCommand } from '../../src/cli/report.js';
import { Semantics } from '../../src/config/quantization-enums.js';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { EventKind } from '../../src/tracking/events.js';
import { NO_EIGENVALUES, blockPrefix, finalBits, loadRunReport, smooth, timelineFromRecords } from '../../src/report/figures.js';
import { flattenValue, renderRunReport, reportFileName, writeRunReport } from '../../src/report/html.js';
import { SeriesKind, lineChart, resolveAxis, sequentialColour } from '../../src/report/svg.js';
import { Arm, MoqSchedule } from '../../src/schedule/moq.js';
import { predictTimeline, writtenBits } from '../../src/schedule/timeline.js';
import { RunStatus, openStore, type Store } from '../../src/tracking/index.js';
import { createSyntheticRun, syntheticSchedule, tinyBertTensors } from './report-fixtures.js';
import { quantized, scheduleOptions } from './schedule-fixtures.js';

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moqlab-report-html-'));
  store = openStore(join(dir, 'moqlab.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The `<tag …>` elements of a page, and whether every non-void element is closed in order. */
function tags(html: string): { names: string[]; balanced: boolean } {
  const VOID = new Set(['meta', 'br', 'wbr', 'hr', 'img', 'input', 'link', '!doctype']);
  const stack: string[] = [];
  const names: string[] = [];
  let balanced = true;
  for (const match of html.matchAll(/<(\/?)([!A-Za-z][\w-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, raw, , selfClosing] = match;
    const name = raw!.toLowerCase();
    if (closing) {
      if (stack.pop() !== name) balanced = false;
      continue;
    }
    names.push(name);
    if (!VOID.has(name) && !selfClosing) stack.push(name);
  }
  return { names, balanced: balanced && stack.length === 0 };
}

function figureIds(html: string): string[] {
  return [...html.matchAll(/<figure class="chart" id="fig-([\w-]+)"/g)].map((m) => m[1]!);
}

/** The `<svg>` of one figure. */
function figureSvg(html: string, id: string): string {
  const start = html.indexOf(`<figure class="chart" id="fig-${id}"`);
  expect(start, `figure ${id}`).toBeGreaterThanOrEqual(0);
  const end = html.indexOf('</figure>', start);
  return html.slice(start, end);
}

function seriesPaths(svg: string): string[] {
  return [...svg.matchAll(/<g data-series="[^"]*">[\s\S]*?<\/g>/g)].flatMap((g) => [...g[0].matchAll(/<path d="([^"]+)"/g)].map((m) => m[1]!));
}

describe('the run rebuilt from the store', () => {
  it('rebuilds the bit timeline the schedule predicts, in moqlab semantics', () => {
    const run = createSyntheticRun(store, { arm: Arm.Moq, steps: 300 });
    const report = loadRunReport(store, run.id.slice(0, 6));
    const tensors = tinyBertTensors();
    const predicted = predictTimeline(tensors, syntheticSchedule(Arm.Moq, Semantics.Moqlab, false, tensors), 300);
    expect(report.lastStep).toBe(300);
    expect(report.timeline!.quantizationStartStep).toBe(predicted.quantizationStartStep);
    expect(report.timeline!.layers.map((l) => ({ name: l.name, drops: l.drops }))).toEqual(predicted.layers.map((l) => ({ name: l.name, drops: l.drops })));
    expect(report.timeline!.allAtTargetStep).toBe(predicted.allAtTargetStep);
    expect(report.timeline!.averageBits[0]).toEqual({ step: 21, bits: expect.any(Number) });
    expect(report.eigen).toEqual([]);
  });

  it('rebuilds deepspeed-legacy timelines from the drops of shared states, cascades included', () => {
    const run = createSyntheticRun(store, { arm: Arm.Moq, semantics: Semantics.DeepspeedLegacy, steps: 60 });
    const report = loadRunReport(store, run.id);
    const tensors = tinyBertTensors(Semantics.DeepspeedLegacy);
    const predicted = predictTimeline(tensors, syntheticSchedule(Arm.Moq, Semantics.DeepspeedLegacy, false, tensors), 60);
    const start = predicted.quantizationStartStep!;
    expect(report.timeline!.quantizationStartStep).toBe(start);
    // The drop events name only the tensor whose visit dropped the shared state.
    expect(new Set(report.drops.map((d) => d.tensor)).size).toBeLessThan(tensors.length);
    expect(report.timeline!.layers.map((l) => writtenBits(l, start))).toEqual(predicted.layers.map((l) => writtenBits(l, start)));
  });

  it('places a legacy cascade: tensors visited before the dropping one take the new bits a step later', () => {
    // Period 1 and a counter advancing 6 per step: the shared state drops at several visits of one step.
    const tensors = ['a', 'b', 'c', 'd'].map((name, index) => quantized(name, { index, period: 1, startBits: 12, targetBits: 6 }));
    const options = scheduleOptions({ semantics: Semantics.DeepspeedLegacy });
    const drops = new MoqSchedule(tensors, options).advanceTo(10);
    expect(drops.filter((d) => d.step === drops[0]!.step).length).toBeGreaterThan(1);
    const quant = { arm: Arm.Moq, semantics: Semantics.DeepspeedLegacy, scheduleOffset: 0, mixing: null, tensors: tensors.map((t) => ({ ...t, block: null })) };
    const rebuilt = timelineFromRecords(quant, drops.map((d) => ({ ...d, threshold: d.threshold, factor: d.factor })), 1, 10);
    const predicted = predictTimeline(tensors, options, 10);
    expect(rebuilt.layers.map((l) => writtenBits(l, 1))).toEqual(predicted.layers.map((l) => writtenBits(l, 1)));
    expect(new Set(rebuilt.layers.map((l) => JSON.stringify(writtenBits(l, 1)))).size).toBeGreaterThan(1);
  });

  it('draws the bits each segment recorded, without the schedule: the same timeline, legacy cascades included', () => {
    const tensors = ['a', 'b', 'c', 'd'].map((name, index) => quantized(name, { index, period: 1, startBits: 12, targetBits: 6 }));
    const options = scheduleOptions({ semantics: Semantics.DeepspeedLegacy });
    const schedule = new MoqSchedule(tensors, options);
    const segments = [];
    for (let step = 0; step < 10; ) {
      const bits = Object.fromEntries(schedule.planForNextStep().map((p) => [p.name, p.bits]));
      const change = schedule.nextChangeStep();
      const end = change === null ? 10 : Math.min(change - 1, 10);
      segments.push({ start: step, end, bits });
      schedule.advanceTo(end);
      step = end;
    }
    const quant = { arm: Arm.Moq, semantics: Semantics.DeepspeedLegacy, scheduleOffset: 0, mixing: null, tensors: tensors.map((t) => ({ ...t, block: null })) };
    // No drop events at all: the segments alone say what was written.
    const fromSegments = timelineFromRecords(quant, [], 1, 10, [], segments);
    const predicted = predictTimeline(tensors, options, 10);
    expect(fromSegments.layers.map((l) => writtenBits(l, 1))).toEqual(predicted.layers.map((l) => writtenBits(l, 1)));
    expect(fromSegments.allAtTargetStep).toBe(predicted.allAtTargetStep);
  });

  it('ignores the drops a resumed run records twice and keeps one eigenvalue computation per step', () => {
    const run = createSyntheticRun(store);
    const before = loadRunReport(store, run.id);
    const drops = store.getEvents(run.id, EventKind.Drop).slice(-3);
    const eigen = store.getEvents(run.id, EventKind.Eigenvalues).at(-1)!;
    for (const event of [...drops, eigen]) store.logEvent(run.id, { kind: event.kind, step: event.step, wallTime: event.wallTime + 1, payload: event.payload });
    const after = loadRunReport(store, run.id);
    expect(after.drops).toEqual(before.drops);
    expect(after.timeline).toEqual(before.timeline);
    expect(after.eigen).toHaveLength(before.eigen.length);
  });

  it('groups final bits by block when tensor names carry block indices', () => {
    expect(blockPrefix('bert.encoder.layer.11.attention.self.query.weight')).toBe('bert.encoder.layer.11');
    expect(blockPrefix('classifier.weight')).toBeNull();
    const run = createSyntheticRun(store, { arm: Arm.Moq, steps: 300 });
    const entries = finalBits(loadRunReport(store, run.id));
    expect(entries.map((e) => e.name)).toEqual(['bert.embeddings.word_embeddings.weight', 'bert.encoder.layer.0', 'bert.encoder.layer.1', 'classifier.weight']);
    expect(entries[1]!.tensors).toHaveLength(6);
    expect(entries.at(-1)).toMatchObject({ bits: 4, targetBits: 4, group: 'head' });
  });

  it('draws the chart to the last recorded step when the run did not finish', () => {
    const run = createSyntheticRun(store, { arm: Arm.Moq, steps: 200, status: RunStatus.Failed });
    store.logParams(run.id, { 'training.total_steps': 1000 });
    expect(loadRunReport(store, run.id).lastStep).toBe(200);
  });

  it('smooths with a debiased moving average that skips non-finite values', () => {
    const points = Array.from({ length: 100 }, (_, i) => ({ name: 'train/loss', step: i + 1, wallTime: 0, value: i === 50 ? Number.NaN : 1 }));
    const smoothed = smooth(points);
    expect(smoothed).toHaveLength(99);
    for (const p of smoothed) expect(p.y).toBeCloseTo(1, 12);
  });
});

describe('the HTML page', () => {
  it('is one self-contained, well-formed page with every MoQ figure', () => {
    const run = createSyntheticRun(store);
    const html = renderRunReport(loadRunReport(store, run.id), { generatedAt: Date.UTC(2025, 0, 2, 3, 4, 5), generator: 'moqlab test' });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    const { names, balanced } = tags(html);
    expect(balanced).toBe(true);
    expect(names).not.toContain('script');
    expect(names).not.toContain('link');
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(html).toContain('<style>');
    expect(html).toContain('Generated 2025-01-02 03:04:05 UTC by moqlab test');

    // 1. The header: id, name, arm, status, dates, duration, final evaluation.
    expect(html).toContain(`<title>moqlab run ${run.id} — sst2-tiny-bert-moq-eigen</title>`);
    for (const text of [run.id, 'moq-eigen', '>finished<', '2025-10-09 08:53:20 UTC', '12m34s', 'eval/accuracy']) expect(html).toContain(text);

    // 2–6. The figures, each with a drawn series.
    expect(figureIds(html)).toEqual(['bits', 'final-bits', 'eigenvalues', 'factors', 'loss', 'eval-0', 'eval-1', 'quant-error', 'metric-0', 'metric-1']);
    for (const id of figureIds(html)) {
      const svg = figureSvg(html, id);
      expect(svg, id).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
      if (id === 'final-bits') expect(svg).toMatch(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[1-9][\d.]*" fill=/);
      else expect(seriesPaths(svg).filter((d) => d.length > 10).length, id).toBeGreaterThan(0);
    }
    // Identical timelines are one line: embedding, the six matrices of each block, the classifier, the mean.
    expect(seriesPaths(figureSvg(html, 'bits'))).toHaveLength(5);
    expect(figureSvg(html, 'bits')).toContain('…yer.0.attention.self.query.weight (+5 more)');
    // Final bits per block, the target drawn on each bar.
    expect(figureSvg(html, 'final-bits')).toContain('Final bits per block at step 400');
    for (const label of ['word_embeddings', 'layer.0', 'layer.1', 'classifier', 'target bits', 'block (bert.encoder.layer.N) or tensor']) expect(figureSvg(html, 'final-bits')).toContain(`>${label}</text>`);
    // λ spans more than two decades: a log axis.
    expect(figureSvg(html, 'eigenvalues')).toContain('(log scale)');
    expect(figureSvg(html, 'eigenvalues')).toContain('>1000</text>');
    expect(html).toContain('not converged within max_iter');

    // NaN and Infinity: left out of the charts, shown in the notes and tables.
    expect(html).toContain('1 non-finite training loss value not drawn (NaN at step 155).');
    expect(html).toContain('1 non-finite SQNR value not drawn (Infinity at step 21).');
    expect(html).toMatch(/<td><span title="step 21[^"]*">Infinity <span class="sub">@21<\/span><\/span><\/td>/);
    expect(figureSvg(html, 'loss')).not.toMatch(/NaN|Infinity/);

    // 6. The SQNR table, a column per bit width.
    expect(html).toContain('<th scope="col">12 bits</th>');
    expect(html).toContain('<th scope="col">4 bits</th>');

    // 7. Config, environment, params, events by kind.
    for (const text of ['quantize_training.eigenvalue.layer_name', 'bert.encoder.layer', 'torch', '2.4.0', 'training.total_steps', '<td>drop</td>', '<td>eigenvalues</td>']) {
      expect(html).toContain(text);
    }
  });

  it('says so when the run computed no eigenvalues', () => {
    const run = createSyntheticRun(store, { arm: Arm.Moq, steps: 200 });
    const html = renderRunReport(loadRunReport(store, run.id));
    expect(html).toContain(NO_EIGENVALUES);
    expect(figureIds(html)).not.toContain('eigenvalues');
    expect(figureIds(html)).toContain('bits');
  });

  it('gives a baseline run its loss, evaluation and config, and a note instead of the MoQ charts', () => {
    const run = createSyntheticRun(store, { arm: Arm.Baseline, steps: 200 });
    const html = renderRunReport(loadRunReport(store, run.id));
    expect(tags(html).balanced).toBe(true);
    expect(html).toContain('This run quantizes nothing (baseline arm)');
    expect(figureIds(html)).toEqual(['loss', 'eval-0', 'eval-1', 'metric-0', 'metric-1']);
    expect(html).not.toContain(NO_EIGENVALUES);
    expect(html).not.toContain('SQNR');
    expect(html).toContain('training.total_steps');
  });

  it('escapes what the run recorded', () => {
    const run = store.createRun({ name: '<b>&"odd"</b>', config: { note: '<script>alert(1)</script>' }, environment: {} });
    store.logMetrics(run.id, [{ name: 'train/loss', step: 1, wallTime: 1, value: 1 }]);
    const html = renderRunReport(loadRunReport(store, run.id));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>&');
    expect(html).toContain('&lt;b&gt;&amp;&quot;odd&quot;&lt;/b&gt;');
    expect(tags(html).balanced).toBe(true);
  });

  it('flattens configs to dotted keys, keeping scalar arrays whole and NaN as NaN', () => {
    expect(flattenValue({ a: { b: 1, c: [1, 2] }, d: [{ e: 'x' }], f: Number.NaN, g: null })).toEqual([
      ['a.b', '1'],
      ['a.c', '[1, 2]'],
      ['d[0].e', 'x'],
      ['f', 'NaN'],
      ['g', 'null'],
    ]);
  });

  it('writes report-<runid>.html and names an unknown run as such', () => {
    const run = createSyntheticRun(store, { arm: Arm.Moq, steps: 100 });
    const path = writeRunReport(store, run.id.slice(0, 5), join(dir, 'out', 'reports'));
    expect(path).toBe(join(dir, 'out', 'reports', reportFileName(run.id)));
    expect(readFileSync(path, 'utf8')).toContain('<h1>');
    const error = (() => {
      try {
        writeRunReport(store, 'ffffffffffff', dir);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(MoqlabError);
    expect((error as MoqlabError).code).toBe(ErrorCode.RunNotFound);
  });
});

describe('moqlab report', () => {
  it('writes the page under --out and prints its path', async () => {
    const run = createSyntheticRun(store, { arm: Arm.Moq, steps: 100 });
    const out = join(dir, 'reports');
    const printed: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((text) => printed.push(String(text)) > 0);
    try {
      await reportCommand().parseAsync([run.id, '--out', out, '--store', store.path], { from: 'user' });
    } finally {
      write.mockRestore();
    }
    const path = join(out, `report-${run.id}.html`);
    expect(existsSync(path)).toBe(true);
    expect(printed).toEqual([`${path}\n`]);
  });

  it('lets an unknown run fail as RUN_NOT_FOUND', async () => {
    createSyntheticRun(store, { arm: Arm.Baseline, steps: 10 });
    await expect(reportCommand().parseAsync(['0000', '--out', dir, '--store', store.path], { from: 'user' })).rejects.toMatchObject({ code: ErrorCode.RunNotFound });
  });
});

describe('SVG primitives', () => {
  it('puts round ticks on linear axes and decades on log axes', () => {
    expect(resolveAxis({ label: 'loss' }, [0.23, 0.87]).ticks).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(resolveAxis({ label: 'step', min: 0, max: 600, integer: true, nice: false }, []).ticks).toEqual([0, 100, 200, 300, 400, 500, 600]);
    const log = resolveAxis({ label: 'λ', log: true }, [0.25, 147, Number.NaN, -1]);
    expect([log.lo, log.hi]).toEqual([0.1, 1000]);
    expect(log.ticks).toEqual([0.1, 1, 10, 100, 1000]);
    expect(log.shows(-1)).toBe(false);
    expect(resolveAxis({ label: 'x' }, [3, 3]).ticks.length).toBeGreaterThan(1);
  });

  it('breaks lines at non-finite values, extends steps, and draws nothing but the message when empty', () => {
    const svg = lineChart({
      title: 't',
      x: { label: 'x', min: 0, max: 10 },
      y: { label: 'y', min: 0, max: 10 },
      series: [
        { label: 'line', kind: SeriesKind.Line, points: [{ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 3, y: Number.NaN }, { x: 4, y: 4 }, { x: 5, y: 5 }], colour: '#000' },
        { label: 'step', kind: SeriesKind.Step, points: [{ x: 1, y: 8 }, { x: 5, y: 6 }], colour: '#111', extendTo: 10 },
      ],
    });
    const [line, step] = seriesPaths(svg);
    expect(line!.match(/[ML]/g)!.join('')).toBe('MLML');
    expect(step!.match(/[MHV]/g)!.join('')).toBe('MHVH');
    const empty = lineChart({ title: 't', x: { label: 'x' }, y: { label: 'y' }, series: [{ label: 'a', kind: SeriesKind.Line, points: [{ x: 1, y: Number.POSITIVE_INFINITY }], colour: '#000' }], empty: 'nothing to draw' });
    expect(seriesPaths(empty)).toEqual([]);
    expect(empty).toContain('>nothing to draw</text>');
  });

  it('colours ordered series from dark to light', () => {
    expect(sequentialColour(0)).toBe('#440154');
    expect(sequentialColour(1)).toBe('#b4de2c');
    expect(sequentialColour(Number.NaN)).toBe('#440154');
  });
});
