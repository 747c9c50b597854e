/**
 * A reproduction's outputs: table.md, table.json and report.html, the page with the table and the
 * per-layer bit figures of every finished MoQ + eigenvalue run (the MoQ blog's Figures 1–3: bits
 * over steps per tensor, final bits per block).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Arm } from '../schedule/moq.js';
import type { Store } from '../tracking/index.js';
import { type RunReport, bitsFigure, finalBitsFigure, loadRunReport } from './figures.js';
import { documentHead, figureHtml, section, table as htmlTable } from './html.js';
import { type ReproDocumentOptions, type ReproTable, columnHeader, reproMarkdown, reproNotes, reproRows } from './repro.js';
import { escapeXml as escape } from './svg.js';

export interface ReproPageOptions extends ReproDocumentOptions {
  /** Who made it, e.g. `moqlab 0.1.0`. */
  generator: string;
}

/** The finished MoQ + eigenvalue runs whose figures the page draws, by task and seed. */
export interface EigenRunFigures {
  task: string;
  seed: number;
  report: RunReport;
}

function eigenSection(runs: readonly EigenRunFigures[], table: ReproTable): string {
  if (runs.length === 0) return '<p class="note">No MoQ + eigenvalue run has finished yet.</p>';
  return table.columns
    .map((column) => {
      const own = runs.filter((r) => r.task === column.task);
      if (own.length === 0) return '';
      const figures = own.map(({ seed, report }) => {
        const id = report.run.id;
        const withId = (figure: ReturnType<typeof bitsFigure>) => figureHtml({ ...figure, id: `${figure.id}-${id}` });
        return `<h4>seed ${seed}, run <code>${escape(id)}</code> (<code>moqlab report ${escape(id)}</code> has all its figures)</h4>\n${withId(bitsFigure(report))}\n${withId(finalBitsFigure(report))}`;
      });
      return `<h3>${escape(column.task)}</h3>\n${figures.join('\n')}`;
    })
    .join('\n');
}

export function renderReproPage(table: ReproTable, runs: readonly EigenRunFigures[], options: ReproPageOptions): string {
  const { identity } = table;
  const rows = reproRows(table).map((row) => [row.label.trim() === row.label ? { html: `<strong>${escape(row.label)}</strong>`, text: true } : row.label.trim(), ...row.cells, row.aggregate]);
  const facts: Array<[string, string]> = [
    ['model', identity.model],
    ['profile', identity.profile],
    ['variant', identity.variant],
    ['seeds', table.seeds.join(', ')],
    ['group', table.groupId],
    ['protocol hash', identity.protocolHash.slice(0, 12)],
  ];
  const protocol = htmlTable(
    ['task', 'data', 'epochs', 'bits', 'quantize_period', 'steps per run', 'blog used eigenvalues'],
    options.protocolRows.map((r) => [r.task, r.data, r.epochs, `${r.startBits} → ${table.targetBits}`, r.period, r.steps, r.blogEigenvalue ? 'yes' : 'no']),
  );
  const sources = Object.entries(table.recipe.references)
    .map(([key, ref]) => `<li><strong>${escape(key)}</strong>: <a href="${escape(ref.url)}">${escape(ref.url)}</a><br><span class="sub">${escape(ref.what)}</span></li>`)
    .join('\n');
  const title = `${table.recipe.name}: profile ${identity.profile}, variant ${identity.variant}`;
  return [
    ...documentHead(`moqlab reproduction — ${title}`),
    '<body>',
    '<main>',
    '<header>',
    '<p class="kicker">moqlab reproduction</p>',
    `<h1>${escape(title)}</h1>`,
    `<p>${escape(table.recipe.description)}</p>`,
    `<p class="note">Profile ${escape(identity.profile)}: ${escape(options.profileDoc)}. Variant ${escape(identity.variant)}: ${escape(options.variantDoc)}.</p>`,
    `<dl class="summary">${facts.map(([k, v]) => `<div><dt>${escape(k)}</dt><dd>${escape(v)}</dd></div>`).join('')}</dl>`,
    '</header>',
    section('table', 'The table', `${htmlTable(['', ...table.columns.map(columnHeader), 'ACC+'], rows)}\n<ul>${reproNotes(table).map((n) => `<li>${escape(n)}</li>`).join('')}</ul>`),
    section('figures', 'Per-layer bits of the MoQ + eigenvalue runs (the blog’s Figures 1–3)', eigenSection(runs, table)),
    section('protocol', 'The protocol as run', protocol),
    section('sources', 'Sources', `<ul>${sources}</ul>`),
    `<footer>Generated ${escape(new Date(options.generatedAt).toISOString().slice(0, 19).replace('T', ' '))} UTC by ${escape(options.generator)} from the tracking store.</footer>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export interface ReproOutputs {
  markdown: string;
  json: string;
  html: string;
}

/** Writes table.md, table.json and report.html into `dir` (created if absent). */
export function writeReproOutputs(store: Store, table: ReproTable, dir: string, options: ReproPageOptions): ReproOutputs {
  const out = resolve(dir);
  mkdirSync(out, { recursive: true });
  const paths = { markdown: join(out, 'table.md'), json: join(out, 'table.json'), html: join(out, 'report.html') };
  const eigen = Arm.MoqEigen;
  const runs = table.columns.flatMap((column) =>
    column.arms
      .filter((cell) => cell.arm === eigen)
      .flatMap((cell) => cell.seeds.flatMap((s) => (s.value === null || s.runId === null ? [] : [{ task: column.task, seed: s.seed, report: loadRunReport(store, s.runId) }]))),
  );
  writeFileSync(paths.markdown, reproMarkdown(table, options));
  writeFileSync(paths.json, `${JSON.stringify({ ...table, protocol: options.protocolRows, generatedAt: new Date(options.generatedAt).toISOString(), generator: options.generator }, null, 2)}\n`);
  writeFileSync(paths.html, renderReproPage(table, runs, options));
  return paths;
}
