/**
 * The report page in a real browser: headless Chromium (Debian's `chromium` package) driven by
 * playwright-core. Every chart must be laid out with a non-empty box and a drawn series, no two
 * labels of a chart may overlap, the page must load nothing from outside the file, and a full-page
 * screenshot must hold a real picture. Skipped where /usr/bin/chromium is not installed.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRunReport } from '../../src/report/html.js';
import { Arm } from '../../src/schedule/moq.js';
import { openStore } from '../../src/tracking/index.js';
import { createSyntheticRun } from '../unit/report-fixtures.js';

const CHROMIUM = process.env.MOQLAB_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report-browser: skipped, no Chromium at ${CHROMIUM} (apt-get install chromium, or set MOQLAB_CHROMIUM)`);

/** This machine has no network: without these flags Chromium keeps trying to reach Google's services. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

interface ChartLayout {
  id: string;
  width: number;
  height: number;
  /** Series elements (`[data-series]`) with a drawn path or bar of non-zero size. */
  drawnSeries: number;
  /** Text labels drawn (titles, ticks, legend). */
  labels: number;
  /** Pairs of text labels whose boxes overlap, as "a / b". */
  overlaps: string[];
}

/** The little of the DOM the measurement uses (the project compiles without the DOM library). */
interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface Node {
  tagName: string;
  textContent: string | null;
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Box;
  querySelector(selector: string): Node | null;
  querySelectorAll(selector: string): ArrayLike<Node> & Iterable<Node>;
}

/** Measures every chart of the page; runs in the browser (serialized by page.evaluate). */
function measureCharts(): ChartLayout[] {
  const document = (globalThis as unknown as { document: Node }).document;
  const intersects = (a: Box, b: Box) => {
    const slack = 1;
    return a.left + slack < b.right && b.left + slack < a.right && a.top + slack < b.bottom && b.top + slack < a.bottom;
  };
  return [...document.querySelectorAll('figure.chart')].map((figure) => {
    const svg = figure.querySelector('svg')!;
    const box = svg?.getBoundingClientRect();
    const drawn = [...figure.querySelectorAll('[data-series]')].filter((series) =>
      [...series.querySelectorAll('path, rect')].some((shape) => {
        const r = shape.getBoundingClientRect();
        const d = shape.getAttribute('d');
        return (shape.tagName === 'rect' || (d !== null && d.length > 0)) && (r.width > 0 || r.height > 0);
      }),
    ).length;
    const texts = [...(svg?.querySelectorAll('text') ?? [])].filter((t) => (t.textContent ?? '').trim() !== '').map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));
    const overlaps: string[] = [];
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (intersects(texts[i]!.box, texts[j]!.box)) overlaps.push(`${texts[i]!.text} / ${texts[j]!.text}`);
      }
    }
    return { id: figure.getAttribute('data-figure') ?? '?', width: box?.width ?? 0, height: box?.height ?? 0, drawnSeries: drawn, labels: texts.length, overlaps };
  });
}

describe.skipIf(!hasChromium)(`the report in headless Chromium (${CHROMIUM})`, () => {
  let dir: string;
  let browser: Browser;
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'moqlab-report-browser-'));
    const store = openStore(join(dir, 'moqlab.db'));
    try {
      pages.moq = writeRunReport(store, createSyntheticRun(store, { arm: Arm.MoqEigen }).id, dir, { generator: 'moqlab test' });
      pages.baseline = writeRunReport(store, createSyntheticRun(store, { arm: Arm.Baseline, steps: 300 }).id, dir, { generator: 'moqlab test' });
    } finally {
      store.close();
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    if (dir && !process.env.MOQLAB_KEEP_REPORT) rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file://')) outside.push(request.url());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
    return { page, outside, errors };
  }

  it('lays out every chart of a MoQ run with drawn series and no overlapping labels', async () => {
    const { page, outside, errors } = await open(pages.moq!);
    try {
      const charts = await page.evaluate(measureCharts);
      expect(charts.map((c) => c.id)).toEqual(['bits', 'final-bits', 'eigenvalues', 'factors', 'loss', 'eval-0', 'eval-1', 'quant-error', 'metric-0', 'metric-1']);
      for (const chart of charts) {
        expect(chart.width, chart.id).toBeGreaterThan(300);
        expect(chart.height, chart.id).toBeGreaterThan(150);
        expect(chart.drawnSeries, chart.id).toBeGreaterThan(0);
        expect(chart.labels, chart.id).toBeGreaterThan(8);
        expect(chart.overlaps, chart.id).toEqual([]);
      }
      expect(await page.locator('section#eigen').textContent()).toContain('λ and factor f per block');
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);

      const screenshot = join(dir, 'report-moq.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      // A page of ten charts and several tables: far more than a blank page's few kilobytes.
      expect(statSync(screenshot).size).toBeGreaterThan(150_000);
      const height = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight);
      expect(height).toBeGreaterThan(4000);
    } finally {
      await page.close();
    }
  });

  it('shows a baseline run with its curves and a note instead of the MoQ charts', async () => {
    const { page, outside, errors } = await open(pages.baseline!);
    try {
      const charts = await page.evaluate(measureCharts);
      expect(charts.map((c) => c.id)).toEqual(['loss', 'eval-0', 'eval-1', 'metric-0', 'metric-1']);
      for (const chart of charts) {
        expect(chart.drawnSeries, chart.id).toBeGreaterThan(0);
        expect(chart.overlaps, chart.id).toEqual([]);
      }
      expect(await page.locator('section#quantization .note').textContent()).toContain('baseline arm');
      expect(outside).toEqual([]);
      expect(errors).toEqual([]);
      const screenshot = join(dir, 'report-baseline.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(statSync(screenshot).size).toBeGreaterThan(50_000);
    } finally {
      await page.close();
    }
  });

  it('prints to PDF', async () => {
    const { page } = await open(pages.moq!);
    try {
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      expect(pdf.length).toBeGreaterThan(50_000);
    } finally {
      await page.close();
    }
  });
});
