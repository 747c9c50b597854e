/**
 * Lossless run exports. Every number is written in JavaScript's shortest round-trip spelling, so
 * reading an export back gives bit-identical floats; the values neither JSON nor `String` can
 * spell unambiguously (NaN, ±Infinity, -0) get the spellings 'NaN', 'Infinity', '-Infinity', '-0'.
 */
import { ErrorCode, MoqlabError } from '../errors.js';
import type { Artifact, MetricPoint, ParamValue, RunEvent, RunRecord, Store } from '../tracking/index.js';

export enum ExportFormat {
  Csv = 'csv',
  Json = 'json',
}

export interface RunExport {
  run: RunRecord;
  params: Record<string, ParamValue>;
  metrics: MetricPoint[];
  events: RunEvent[];
  artifacts: Artifact[];
}

const CSV_HEADER = 'name,step,wall_time,value';

function spellNumber(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

function isUnspellableInJson(value: unknown): value is number {
  return typeof value === 'number' && (!Number.isFinite(value) || Object.is(value, -0));
}

/**
 * `runId` may be a unique prefix. JSON = `{ run, params, metrics, events, artifacts }`; CSV = the
 * metric points only, one per row.
 * In JSON the typed numbers (metric step, wall time and value; event step and wall time) read back
 * exactly; in free-form fields (config, environment, params, payloads) a non-finite number or -0
 * stays the string it was written as, since nothing there says it was a number.
 */
export function exportRunRecord(store: Store, runId: string, format: ExportFormat): string {
  const run = store.getRun(runId);
  switch (format) {
    case ExportFormat.Json: {
      const doc: RunExport = {
        run,
        params: store.getParams(run.id),
        metrics: store.getMetrics(run.id),
        events: store.getEvents(run.id),
        artifacts: store.getArtifacts(run.id),
      };
      return `${JSON.stringify(doc, (_key, value: unknown) => (isUnspellableInJson(value) ? spellNumber(value) : value), 2)}\n`;
    }
    case ExportFormat.Csv: {
      const rows = store
        .getMetrics(run.id)
        .map((p) => [csvField(p.name), String(p.step), spellNumber(p.wallTime), spellNumber(p.value)].join(','));
      return `${[CSV_HEADER, ...rows].join('\n')}\n`;
    }
  }
}

export function parseRunRecord(text: string, format: ExportFormat.Csv): MetricPoint[];
export function parseRunRecord(text: string, format: ExportFormat.Json): RunExport;
export function parseRunRecord(text: string, format: ExportFormat): MetricPoint[] | RunExport;
export function parseRunRecord(text: string, format: ExportFormat): MetricPoint[] | RunExport {
  return format === ExportFormat.Csv ? parseCsv(text) : parseJson(text);
}

function invalid(message: string): MoqlabError {
  return new MoqlabError(ErrorCode.ExportInvalid, message, {
    hint: 'pass a file written by `moqlab export` without editing it, or fix the named field',
  });
}

/** RFC 4180: quote a field only when it holds a comma, a quote or a line break. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function readNumber(text: string, where: string): number {
  const value = Number(text);
  if (text.trim() === '' || (Number.isNaN(value) && text !== 'NaN')) {
    throw invalid(`${where}: '${text}' is not a number`);
  }
  return value;
}

function readStep(text: string, where: string): number {
  const step = readNumber(text, where);
  if (!Number.isSafeInteger(step)) throw invalid(`${where}: step '${text}' is not an integer`);
  return step;
}

/** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks; CRLF or LF ends a record. */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] === '"') field += text[++i];
      else quoted = false;
    } else if (ch === '"' && field === '') {
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else {
      field += ch;
    }
  }
  if (quoted) throw invalid('CSV ends inside a quoted field');
  if (field !== '' || record.length > 0) records.push([...record, field]);
  return records;
}

function parseCsv(text: string): MetricPoint[] {
  const [header, ...rows] = csvRecords(text);
  if (header?.join(',') !== CSV_HEADER) {
    throw invalid(`CSV header is '${header?.join(',') ?? ''}', expected '${CSV_HEADER}'`);
  }
  return rows.map((fields, index) => {
    const where = `CSV record ${index + 2}`;
    const [name, step, wallTime, value] = fields;
    if (fields.length !== 4 || name === undefined || step === undefined || wallTime === undefined || value === undefined) {
      throw invalid(`${where}: ${fields.length} fields, expected 4 (${CSV_HEADER})`);
    }
    return {
      name,
      step: readStep(step, `${where} step`),
      wallTime: readNumber(wallTime, `${where} wall_time`),
      value: readNumber(value, `${where} value`),
    };
  });
}

type JsonObject = Record<string, unknown>;

function asObject(value: unknown, where: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalid(`${where} is not an object`);
  return value as JsonObject;
}

function asArray(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw invalid(`${where} is not an array`);
  return value;
}

function asString(value: unknown, where: string): string {
  if (typeof value !== 'string') throw invalid(`${where} is not a string`);
  return value;
}

/** A number as exportRunRecord writes it: a JSON number, or the spelling of one JSON cannot hold. */
function jsonNumber(value: unknown, where: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return readNumber(value, where);
  throw invalid(`${where} is not a number`);
}

function jsonStep(value: unknown, where: string): number {
  const step = jsonNumber(value, where);
  if (!Number.isSafeInteger(step)) throw invalid(`${where} is not an integer`);
  return step;
}

function parseJson(text: string): RunExport {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw invalid(`export is not valid JSON: ${(e as Error).message}`);
  }
  const root = asObject(doc, '$');
  const metrics = asArray(root.metrics, '$.metrics').map((item, i): MetricPoint => {
    const where = `$.metrics[${i}]`;
    const point = asObject(item, where);
    return {
      name: asString(point.name, `${where}.name`),
      step: jsonStep(point.step, `${where}.step`),
      wallTime: jsonNumber(point.wallTime, `${where}.wallTime`),
      value: jsonNumber(point.value, `${where}.value`),
    };
  });
  const events = asArray(root.events, '$.events').map((item, i): RunEvent => {
    const where = `$.events[${i}]`;
    const event = asObject(item, where);
    return {
      seq: jsonStep(event.seq, `${where}.seq`),
      kind: asString(event.kind, `${where}.kind`),
      step: event.step === null ? null : jsonStep(event.step, `${where}.step`),
      wallTime: jsonNumber(event.wallTime, `${where}.wallTime`),
      payload: asObject(event.payload, `${where}.payload`),
    };
  });
  // The run, params and artifacts hold no revived numbers; their shape is checked, not every field.
  return {
    run: asObject(root.run, '$.run') as unknown as RunRecord,
    params: asObject(root.params, '$.params') as Record<string, ParamValue>,
    metrics,
    events,
    artifacts: asArray(root.artifacts, '$.artifacts') as Artifact[],
  };
}
