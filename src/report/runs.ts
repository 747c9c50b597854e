/** Text views of runs for `moqlab runs` and `moqlab show`: a one-line-per-run list and a detail page. */
import { MetricPrefix, RunStatus, type Artifact, type MetricPoint, type RunRecord, type Store } from '../tracking/index.js';
import { configAsFile, recordedConfig } from '../config/index.js';
import { formatTable, type Column } from './table.js';


export interface ClockOptions {
  /** The clock used for the elapsed time of running runs (ms since the epoch); default: now. */
  now?: number;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** `YYYY-MM-DD HH:MM` in local time: what a person compares against their own clock. */
export function formatLocalMinute(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

/** Two units at most (`45s`, `3m05s`, `1h02m`, `2d03h`): enough to compare runs at a glance. */
export function formatDuration(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${pad2(s % 60)}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return `${h}h${pad2(m % 60)}m`;
  return `${Math.floor(h / 24)}d${pad2(h % 24)}h`;
}

/** A running run's duration grows with the clock; any other run without an end has no duration. */
function runDuration(run: RunRecord, now: number): number | null {
  if (run.startedAt === null) return null;
  if (run.endedAt !== null) return run.endedAt - run.startedAt;
  return run.status === RunStatus.Running ? now - run.startedAt : null;
}

function durationCell(run: RunRecord, now: number): string | null {
  const ms = runDuration(run, now);
  return ms === null ? null : formatDuration(ms);
}

export function formatRunList(runs: readonly RunRecord[], store: Store, options: ClockOptions = {}): string {
  const now = options.now ?? Date.now();
  const latest = new Map(runs.map((run) => [run.id, store.latestMetrics(run.id)]));
  const primary = [...new Set([...latest.values()].flatMap((m) => Object.keys(m)))]
    .filter((name) => name.startsWith(MetricPrefix.Eval)) // the metrics a run is judged by
    .sort();
  const columns: Column<RunRecord>[] = [
    { header: 'id', value: (run) => run.id },
    { header: 'name', value: (run) => run.name },
    { header: 'status', value: (run) => run.status },
    { header: 'created', value: (run) => formatLocalMinute(run.createdAt) },
    { header: 'duration', value: (run) => durationCell(run, now) },
    ...primary.map((name) => ({ header: name, value: (run: RunRecord) => latest.get(run.id)?.[name]?.value ?? null })),
  ];
  return formatTable(columns, runs);
}

/** Leaves of a JSON-like value as dotted paths; arrays stay whole because they read better inline. */
function flatten(value: unknown, prefix: string): [string, string][] {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix === '' ? key : `${prefix}.${key}`));
  }
  return [[prefix, leafText(value)]];
}

/** Numbers via String so NaN and Infinity show as such (JSON would print null). */
function leafText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value) ?? String(value);
}

function keyValueTable(value: unknown): string {
  const pairs = flatten(value, '');
  if (pairs.length === 1 && pairs[0]![0] === '') return pairs[0]![1];
  return formatTable<[string, string]>(
    [
      { header: 'key', value: ([key]) => key },
      { header: 'value', value: ([, text]) => text },
    ],
    pairs,
  );
}

function section(title: string, body: string | null): string {
  return `${title}\n${body ?? '(none)'}`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

function summary(run: RunRecord, now: number): string {
  const fields: [string, string | null][] = [
    ['id', run.id],
    ['name', run.name],
    ['status', run.status],
    ['group', run.groupId === null ? null : run.arm === null ? run.groupId : `${run.groupId} (arm ${run.arm})`],
    ['created', formatLocalMinute(run.createdAt)],
    ['started', run.startedAt === null ? null : formatLocalMinute(run.startedAt)],
    ['ended', run.endedAt === null ? null : formatLocalMinute(run.endedAt)],
    ['duration', durationCell(run, now)],
    ['controller', run.lease === null ? null : `process ${run.lease.pid} on ${run.lease.host}, last heard ${formatDuration(Math.max(0, now - run.lease.heartbeatAt))} ago`],
    ['error', run.error],
  ];
  const shown = fields.filter((field): field is [string, string] => field[1] !== null);
  const width = Math.max(...shown.map(([label]) => label.length));
  return shown.map(([label, text]) => `${label.padEnd(width)}  ${text}`).join('\n');
}

export function formatRunDetail(store: Store, run: RunRecord, options: ClockOptions = {}): string {
  const params = store.getParams(run.id);
  const latest = store.latestMetrics(run.id);
  const pointCounts = countBy(store.getMetrics(run.id), (point) => point.name);
  const eventCounts = countBy(store.getEvents(run.id), (event) => event.kind);
  const artifacts = store.getArtifacts(run.id);

  const metrics = formatTable<MetricPoint>(
    [
      { header: 'metric', value: (point) => point.name },
      { header: 'points', value: (point) => pointCounts.get(point.name) ?? 0 },
      { header: 'last step', value: (point) => point.step },
      { header: 'last value', value: (point) => point.value },
    ],
    Object.values(latest),
  );
  const events = formatTable<[string, number]>(
    [
      { header: 'kind', value: ([kind]) => kind },
      { header: 'count', value: ([, count]) => count },
    ],
    [...eventCounts].sort(([a], [b]) => a.localeCompare(b)),
  );
  const artifactTable = formatTable<Artifact>(
    [
      { header: 'kind', value: (a) => a.kind },
      { header: 'path', value: (a) => a.path },
      { header: 'created', value: (a) => formatLocalMinute(a.createdAt) },
    ],
    artifacts,
  );
  return [
    summary(run, options.now ?? Date.now()),
    section('Config', keyValueTable(configAsFile(recordedConfig(run), { defaults: true }) ?? run.config)),
    section('Environment', Object.keys(run.environment).length === 0 ? null : keyValueTable(run.environment)),
    section('Params', Object.keys(params).length === 0 ? null : keyValueTable(params)),
    section('Metrics', pointCounts.size === 0 ? null : metrics),
    section('Events', eventCounts.size === 0 ? null : events),
    section('Artifacts', artifacts.length === 0 ? null : artifactTable),
  ].join('\n\n');
}
