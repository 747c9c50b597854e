/**
 * `moqlab report`: one run as a single self-contained HTML page (inline CSS and SVG, no script, no
 * external asset) that a person can read in a browser and print. The figures come from figures.ts;
 * this module lays out the page: the run's header, the MoQ charts (or why there are none), the loss
 * and evaluation curves, the quantization error, and the run's config, environment, params and
 * events as tables. Non-finite values are left out of the charts and shown in the tables.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configAsFile, recordedConfig } from '../config/index.js';
import { type MetricPoint, MetricPrefix, type RunRecord, type Store } from '../tracking/index.js';
import {
  type Figure,
  type RunReport,
  bitsFigure,
  eigenFigures,
  evalFigures,
  finalBitsFigure,
  loadRunReport,
  lossFigure,
  noQuantizationReason,
  otherMetricFigures,
  quantErrorFigure,
  quantErrorTable,
} from './figures.js';
import { formatDuration } from './runs.js';
import { escapeXml as escape } from './svg.js';
import { formatNumber } from './table.js';

export interface ReportOptions {
  /** When the page was made (ms since the epoch); default now. */
  generatedAt?: number;
  /** Who made it, e.g. `moqlab 0.1.0`. */
  generator?: string;
}

/** The report's file name for a run. */
export function reportFileName(runId: string): string {
  return `report-${runId}.html`;
}

/** Writes the report of a run (full id or unique prefix) into `dir` (created if absent); returns its path. */
export function writeRunReport(store: Store, idOrPrefix: string, dir: string, options: ReportOptions = {}): string {
  const report = loadRunReport(store, idOrPrefix);
  const path = resolve(join(dir, reportFileName(report.run.id)));
  mkdirSync(resolve(dir), { recursive: true });
  writeFileSync(path, renderRunReport(report, options));
  return path;
}

// ---------------------------------------------------------------------------------------------
// Small HTML pieces

/** Markup given as `{ html }` is inserted as is (already escaped); it is right-aligned like a number unless `text`. */
export type CellValue = string | number | boolean | null | undefined | { html: string; text?: boolean };

/** Dates in UTC with seconds: unambiguous wherever the file is read. */
function formatDate(ms: number | null): string | null {
  return ms === null ? null : `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

function cell(value: CellValue): { html: string; numeric: boolean } {
  if (value === null || value === undefined) return { html: '<span class="missing">–</span>', numeric: false };
  if (typeof value === 'number') return { html: escape(formatNumber(value)), numeric: true };
  if (typeof value === 'boolean') return { html: String(value), numeric: false };
  if (typeof value === 'string') return { html: escape(value), numeric: false };
  return { html: value.html, numeric: value.text !== true };
}

export function table(headers: readonly string[], rows: readonly CellValue[][], options: { className?: string; caption?: string } = {}): string {
  const head = `<thead><tr>${headers.map((h) => `<th scope="col">${escape(h)}</th>`).join('')}</tr></thead>`;
  const body = rows
    .map((row) => {
      const cells = row.map((value) => {
        const c = cell(value);
        return `<td${c.numeric ? ' class="num"' : ''}>${c.html}</td>`;
      });
      return `<tr>${cells.join('')}</tr>`;
    })
    .join('\n');
  const caption = options.caption ? `<caption>${escape(options.caption)}</caption>` : '';
  return `<div class="scroll"><table${options.className ? ` class="${options.className}"` : ''}>${caption}${head}<tbody>\n${body}\n</tbody></table></div>`;
}

/** Leaves of a JSON-like value as dotted paths; arrays of scalars stay whole, they read better inline. */
export function flattenValue(value: unknown, prefix = ''): Array<[string, string]> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, child]) => flattenValue(child, prefix === '' ? key : `${prefix}.${key}`));
  }
  if (Array.isArray(value) && value.some((item) => typeof item === 'object' && item !== null)) {
    if (value.length === 0) return [[prefix, '[]']];
    return value.flatMap((item, i) => flattenValue(item, `${prefix}[${i}]`));
  }
  return [[prefix, leafText(value)]];
}

/** Numbers via String so NaN and Infinity show as such (JSON would print null). */
function leafText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return `[${value.map((item) => (typeof item === 'string' ? JSON.stringify(item) : leafText(item))).join(', ')}]`;
  return JSON.stringify(value) ?? String(value);
}

/** Rows beyond which a key/value table is split into two columns, so a long config reads (and prints) on less paper. */
const SPLIT_ROWS = 24;

function keyValueTable(value: unknown, empty: string): string {
  const pairs = flattenValue(value);
  if (pairs.length === 0 || (pairs.length === 1 && pairs[0]![0] === '' && ['{}', 'null', 'undefined'].includes(pairs[0]![1]))) return `<p class="note">${escape(empty)}</p>`;
  if (pairs.length <= SPLIT_ROWS) return table(['key', 'value'], pairs, { className: 'kv' });
  const half = Math.ceil(pairs.length / 2);
  return `<div class="grid2">${table(['key', 'value'], pairs.slice(0, half), { className: 'kv' })}${table(['key', 'value'], pairs.slice(half), { className: 'kv' })}</div>`;
}

export function figureHtml(figure: Figure): string {
  const parts = [`<figure class="chart" id="fig-${figure.id}" data-figure="${figure.id}">`];
  if (figure.svg) parts.push(figure.svg.trim());
  if (figure.caption) parts.push(`<figcaption>${escape(figure.caption)}</figcaption>`);
  parts.push('</figure>');
  const note = figure.note ? `<p class="note">${escape(figure.note)}</p>` : '';
  if (!figure.svg) return `<div class="no-chart" data-figure="${figure.id}"><h3>${escape(figure.title)}</h3>${note}</div>`;
  return `${parts.join('\n')}\n${note}`;
}

/** The start of a self-contained page, up to its body: the report's stylesheet is inlined. */
export function documentHead(title: string): string[] {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
  ];
}

export function section(id: string, title: string, body: string): string {
  return `<section id="${id}">\n<h2>${escape(title)}</h2>\n${body}\n</section>`;
}

// ---------------------------------------------------------------------------------------------
// Parts of the page

function runDuration(run: RunRecord): string | null {
  if (run.startedAt === null || run.endedAt === null) return null;
  return formatDuration(run.endedAt - run.startedAt);
}

function header(report: RunReport): string {
  const { run, params } = report;
  const fields: Array<[string, string | null]> = [
    ['run id', run.id],
    ['name', run.name],
    ['arm', run.arm ?? (typeof params.arm === 'string' ? params.arm : null)],
    ['status', run.status],
    ['group', run.groupId],
    ['created', formatDate(run.createdAt)],
    ['started', formatDate(run.startedAt)],
    ['ended', formatDate(run.endedAt)],
    ['duration', runDuration(run)],
    ['steps', `${report.lastStep}${typeof params['training.total_steps'] === 'number' && params['training.total_steps'] !== report.lastStep ? ` of ${params['training.total_steps']} planned` : ''}`],
    ['model', typeof params['model.name'] === 'string' ? `${params['model.name']}${typeof params['model.parameters'] === 'number' ? ` (${params['model.parameters'].toLocaleString('en-US')} parameters)` : ''}` : null],
    ['data', typeof params['data.name'] === 'string' ? `${params['data.name']}${typeof params['data.task'] === 'string' ? ` ${params['data.task']}` : ''}` : null],
    ['quantized tensors', report.quantization ? String(report.quantization.tensors.length) : null],
  ];
  const summary = fields
    .filter((field): field is [string, string] => field[1] !== null && field[1] !== '')
    .map(([label, value]) => `<div><dt>${escape(label)}</dt><dd${label === 'status' ? ` class="status status-${escape(value)}"` : ''}>${escape(value)}</dd></div>`)
    .join('\n');
  const evals = Object.values(report.latest)
    .filter((point) => point.name.startsWith(MetricPrefix.Eval))
    .sort((a, b) => a.name.localeCompare(b.name));
  const cards = evals.length
    ? `<div class="cards" aria-label="final evaluation">${evals
        .map((p) => `<div class="card"><div class="k">${escape(p.name)}</div><div class="v">${escape(formatNumber(p.value))}</div><div class="s">step ${p.step}</div></div>`)
        .join('')}</div>`
    : '<p class="note">No evaluation metric was recorded.</p>';
  const error = run.error ? `<p class="error"><strong>error:</strong> ${escape(run.error)}</p>` : '';
  return [
    '<header>',
    `<p class="kicker">moqlab run report</p>`,
    `<h1>${escape(run.name)} <span class="id">${escape(run.id)}</span></h1>`,
    `<dl class="summary">\n${summary}\n</dl>`,
    error,
    `<h3>Final evaluation</h3>`,
    cards,
    '</header>',
  ].join('\n');
}

function evalTable(report: RunReport): string {
  const names = Object.keys(report.metrics)
    .filter((name) => name.startsWith(MetricPrefix.Eval))
    .sort();
  if (names.length === 0) return '';
  const steps = [...new Set(names.flatMap((name) => report.metrics[name]!.map((p) => p.step)))].sort((a, b) => a - b);
  const byName = new Map(names.map((name) => [name, new Map(report.metrics[name]!.map((p) => [p.step, p.value]))]));
  const rows = steps.map((step) => [step, ...names.map((name) => byName.get(name)!.get(step) ?? null)]);
  return `<h3>Evaluations</h3>\n${table(['step', ...names], rows)}`;
}

function eigenTable(report: RunReport): string {
  if (report.eigen.length === 0) return '';
  const blocks = new Map<number, string>();
  for (const c of report.eigen) for (const b of c.blocks) blocks.set(b.block, b.name);
  const order = [...blocks].sort(([a], [b]) => a - b);
  let unconverged = false;
  const rows = order.map(([block, name]) => [
    name || `block ${block}`,
    ...report.eigen.map((c): CellValue => {
      const b = c.blocks.find((x) => x.block === block);
      if (!b) return null;
      const lambda = Number.isFinite(b.eigenvalue) ? String(Number(b.eigenvalue.toPrecision(3))) : String(b.eigenvalue);
      const title = `λ = ${b.eigenvalue}, normalized ${b.normalized}, cluster ${b.cluster}, factor ${b.factor}, ${b.iterations} iterations, ${b.seconds} s`;
      unconverged ||= !b.converged;
      const flag = b.converged ? '' : '<span class="flag">*</span>';
      return { html: `<span title="${escape(title)}">${escape(lambda)}${flag} <span class="sub">f${escape(String(b.factor))}</span></span>` };
    }),
  ]);
  const note = unconverged ? '<p class="sub-note"><span class="flag">*</span> not converged within max_iter: the power iteration stopped before its tolerance was met.</p>' : '';
  return `<h3>λ and factor f per block at each computation</h3>\n${table(['block', ...report.eigen.map((c) => `step ${c.step}`)], rows, { className: 'compact' })}\n${note}`;
}

function quantErrorTableHtml(report: RunReport): string {
  const { columns, rows } = quantErrorTable(report);
  if (rows.length === 0) return '';
  const body = rows.map((row) => [
    // Long tensor names may break after a dot, so the table fits the page.
    { html: `<span class="name">${escape(row.tensor).replaceAll('.', '.<wbr>')}</span>`, text: true },
    ...columns.map((column): CellValue => {
      const c = row.cells.get(column);
      if (!c) return null;
      const rel = c.relMse === null ? '' : `, relative MSE ${formatNumber(Number.isFinite(c.relMse) ? Number(c.relMse.toPrecision(3)) : c.relMse)}`;
      const db = Number.isFinite(c.sqnrDb) ? c.sqnrDb.toFixed(1) : String(c.sqnrDb);
      return { html: `<span title="step ${c.step}${escape(rel)}">${escape(db)} <span class="sub">@${c.step}</span></span>`, text: true };
    }),
  ]);
  const headers = ['tensor', ...columns.map((column) => (typeof column === 'number' ? `${column} bits` : column))];
  return `<h3>SQNR (dB) per tensor and bit width</h3>\n<p class="sub-note">Each cell: the SQNR in dB where the tensor was first written at that width, @ the step.</p>\n${table(headers, body, { className: 'compact' })}`;
}

function metricSummary(report: RunReport): string {
  const perTensor = Object.keys(report.metrics).filter((name) => name.startsWith(MetricPrefix.Sqnr) || name.startsWith(MetricPrefix.RelMse));
  const names = Object.keys(report.metrics)
    .filter((name) => !perTensor.includes(name))
    .sort();
  const rows = names.map((name) => {
    const points: MetricPoint[] = report.metrics[name]!;
    const finite = points.map((p) => p.value).filter(Number.isFinite);
    return [
      name,
      points.length,
      points[0]?.step ?? null,
      points.at(-1)?.step ?? null,
      points.at(-1)?.value ?? null,
      finite.length ? Math.min(...finite) : null,
      finite.length ? Math.max(...finite) : null,
      points.length - finite.length,
    ];
  });
  const note = perTensor.length ? `<p class="sub-note">Plus ${perTensor.length} per-tensor quantization-error metrics (${MetricPrefix.Sqnr}…, ${MetricPrefix.RelMse}…), tabulated above.</p>` : '';
  return `<h3>All metrics</h3>\n${table(['metric', 'points', 'first step', 'last step', 'last value', 'min', 'max', 'non-finite'], rows)}\n${note}`;
}

function configSection(report: RunReport): string {
  const { run } = report;
  const env = run.environment;
  const envParts = Object.keys(env).length
    ? Object.entries(env)
        .map(([key, value]) => `<div><h3>${escape(key)}</h3>\n${keyValueTable(value, `no ${key} environment recorded`)}</div>`)
        .join('\n')
    : '<p class="note">No environment was recorded.</p>';
  const params = Object.entries(report.params).sort(([a], [b]) => a.localeCompare(b));
  const events = report.events.map((e) => [e.kind, e.count, e.firstStep, e.lastStep]);
  const artifacts = report.artifacts.map((a) => [a.kind, a.path, formatDate(a.createdAt)]);
  return [
    section('config', 'Config', keyValueTable(configAsFile(recordedConfig(run), { defaults: true }) ?? run.config, 'No config was recorded.')),
    section('environment', 'Environment', `<div class="grid2 env">${envParts}</div>`),
    section(
      'params',
      'Params and events',
      [
        '<div class="grid2">',
        `<div>${params.length ? table(['param', 'value'], params, { className: 'kv', caption: 'params' }) : '<p class="note">No params were recorded.</p>'}</div>`,
        `<div>${events.length ? table(['event kind', 'count', 'first step', 'last step'], events, { caption: 'events by kind' }) : '<p class="note">No events were recorded.</p>'}</div>`,
        '</div>',
        artifacts.length ? table(['artifact', 'path', 'created'], artifacts, { caption: 'artifacts' }) : '',
      ].join('\n'),
    ),
  ].join('\n');
}

const CSS = `
:root { --fg: #222; --muted: #5f5f5f; --line: #dcdcdc; --accent: #0072B2; }
* { box-sizing: border-box; }
body { margin: 0; background: #f3f3f3; color: var(--fg); font: 15px/1.5 "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 28px 36px 56px; background: #fff; }
.kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; font-size: .78em; }
h1 { font-size: 1.7em; margin: .1em 0 .5em; }
h1 .id { font: .6em monospace; color: var(--muted); font-weight: normal; }
h2 { font-size: 1.3em; margin: 2.2em 0 .6em; padding-bottom: .25em; border-bottom: 2px solid var(--line); }
h3 { font-size: 1.02em; margin: 1.4em 0 .5em; }
dl.summary { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 6px 18px; margin: 0; }
dl.summary div { border-left: 3px solid var(--line); padding-left: 8px; }
dt { color: var(--muted); font-size: .8em; }
dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
.status-finished { color: #007a5a; } .status-failed, .status-interrupted { color: #b34700; } .status-running { color: var(--accent); }
.cards { display: flex; flex-wrap: wrap; gap: 10px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 6px 14px; min-width: 140px; }
.card .k { color: var(--muted); font-size: .8em; } .card .v { font-size: 1.35em; font-weight: 700; } .card .s { color: var(--muted); font-size: .75em; }
nav.toc { margin: 1.6em 0 0; padding: 8px 12px; background: #f7f7f7; border-radius: 6px; font-size: .9em; }
nav.toc a { margin-right: 14px; color: var(--accent); text-decoration: none; }
figure.chart { margin: 1.2em 0 1.6em; }
figure.chart svg { display: block; width: 100%; height: auto; }
figcaption { color: var(--muted); font-size: .88em; margin-top: .35em; }
.grid2 { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 4px 24px; }
.grid2 figure.chart { margin: .6em 0; }
.note { background: #f4f4f4; border-left: 4px solid #9a9a9a; padding: .5em .8em; margin: .6em 0; }
.error { background: #fdf0e8; border-left: 4px solid #D55E00; padding: .5em .8em; }
ul.warnings { color: #8a4a00; font-size: .9em; }
.scroll { overflow-x: auto; margin: .5em 0 1em; }
table { border-collapse: collapse; font-size: .85em; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { padding: 3px 9px; border-bottom: 1px solid #ececec; text-align: left; vertical-align: top; }
th { background: #f7f7f7; border-bottom: 1px solid var(--line); white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
table.kv td:last-child { overflow-wrap: anywhere; font-family: monospace; font-size: .95em; }
table.compact { font-size: .8em; }
.sub { color: var(--muted); font-size: .85em; }
.sub-note { color: var(--muted); font-size: .85em; }
.flag { color: #b34700; font-size: .85em; }
.name { display: inline-block; max-width: 17em; }
.missing { color: #aaa; }
footer { margin-top: 3em; color: var(--muted); font-size: .8em; }
@media (max-width: 760px) { .grid2 { grid-template-columns: 1fr; } main { padding: 16px; } }
@media print {
  body { background: #fff; font-size: 10.5pt; }
  main { max-width: none; padding: 0; }
  nav.toc { display: none; }
  figure.chart, .card, tr { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .scroll { overflow: visible; }
  a { color: inherit; }
}
`;

export function renderRunReport(report: RunReport, options: ReportOptions = {}): string {
  const { run } = report;
  const reason = noQuantizationReason(report);
  const baseline = report.quantization === null;
  const sections: string[] = [];
  const toc: Array<[string, string]> = [];
  const add = (id: string, title: string, body: string) => {
    toc.push([id, title]);
    sections.push(section(id, title, body));
  };

  if (baseline) {
    add('quantization', 'Quantization', `<p class="note">${escape(reason ?? '')}</p>`);
  } else {
    const warnings = report.timeline?.warnings.length && reason === null
      ? `<p class="sub-note">Not at the target when the run ended:</p><ul class="warnings">${report.timeline.warnings.map((w) => `<li>${escape(w)}</li>`).join('')}</ul>`
      : '';
    add('quantization', 'Quantization schedule', [figureHtml(bitsFigure(report)), warnings, figureHtml(finalBitsFigure(report))].join('\n'));
    add('eigen', 'Eigenvalues and factors', [...eigenFigures(report).map(figureHtml), eigenTable(report)].join('\n'));
  }

  const evals = evalFigures(report);
  add(
    'training',
    'Loss and evaluation',
    [
      figureHtml(lossFigure(report)),
      evals.length ? `<h3>Evaluation metrics</h3>\n<div class="grid2">${evals.map(figureHtml).join('\n')}</div>` : '<p class="note">No evaluation metric was recorded.</p>',
      evalTable(report),
    ].join('\n'),
  );

  if (!baseline) add('quant-error-section', 'Quantization error', [figureHtml(quantErrorFigure(report)), quantErrorTableHtml(report)].join('\n'));

  const others = otherMetricFigures(report);
  add('metrics', 'Other metrics', [others.length ? `<div class="grid2">${others.map(figureHtml).join('\n')}</div>` : '', metricSummary(report)].join('\n'));

  const config = configSection(report);
  toc.push(['config', 'Config'], ['environment', 'Environment'], ['params', 'Params and events']);

  const generated = formatDate(options.generatedAt ?? Date.now());
  return [
    ...documentHead(`moqlab run ${run.id} — ${run.name}`),
    '<body>',
    '<main>',
    header(report),
    `<nav class="toc">${toc.map(([id, title]) => `<a href="#${id}">${escape(title)}</a>`).join('')}</nav>`,
    ...sections,
    config,
    `<footer>Generated ${escape(generated ?? '')}${options.generator ? ` by ${escape(options.generator)}` : ''} from the tracking store; every value above is as recorded.</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
