import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { ExportFormat, exportRunRecord, parseRunRecord } from '../../src/report/export.js';
import { formatDuration, formatLocalMinute, formatRunDetail, formatRunList } from '../../src/report/runs.js';
import { Align, formatNumber, formatTable } from '../../src/report/table.js';
import { openStore, RunStatus, thisProcess, type MetricPoint, type Store } from '../../src/tracking/index.js';

let dir: string;
let store: Store;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moqlab-report-'));
  store = openStore(join(dir, 'moqlab.db'));
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function caught(fn: () => unknown): MoqlabError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MoqlabError) return e;
    throw e;
  }
  throw new Error('expected a MoqlabError');
}

describe('formatTable', () => {
  it('aligns columns, right-aligns numeric ones and underlines the header', () => {
    const rows = [
      { name: 'alpha', steps: 5, loss: 0.25 },
      { name: 'b', steps: 12345, loss: null },
    ];
    const text = formatTable(
      [
        { header: 'name', value: (r: (typeof rows)[number]) => r.name },
        { header: 'steps', value: (r) => r.steps },
        { header: 'loss', value: (r) => r.loss },
      ],
      rows,
    );
    expect(text).toBe(['name   steps  loss', '-----  -----  ----', 'alpha      5  0.25', 'b      12345     -'].join('\n'));
  });

  it('honours an explicit alignment and renders no rows as header only', () => {
    const text = formatTable([{ header: 'id', value: (r: string) => r, align: Align.Right }], ['a', 'abc']);
    expect(text).toBe(' id\n---\n  a\nabc');
    expect(formatTable([{ header: 'id', value: (r: string) => r }], [])).toBe('id\n--');
  });

  it('formats numbers compactly but integers in full', () => {
    expect(formatNumber(0.1 + 0.2)).toBe('0.3');
    expect(formatNumber(123456789)).toBe('123456789');
    expect(formatNumber(0.123456789)).toBe('0.123457');
    expect(formatNumber(1e-310)).toBe('1e-310');
    expect(formatNumber(NaN)).toBe('NaN');
    expect(formatNumber(-Infinity)).toBe('-Infinity');
  });
});

describe('run views', () => {
  it('formats local minutes and durations', () => {
    const ms = Date.UTC(2024, 2, 9, 14, 7, 31, 500);
    const text = formatLocalMinute(ms);
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    // Without a zone designator, Date parses this form as local time: the same minute comes back.
    expect(new Date(text.replace(' ', 'T')).getTime()).toBe(ms - (ms % 60_000));
    expect(formatDuration(999)).toBe('0s');
    expect(formatDuration(45_000)).toBe('45s');
    expect(formatDuration(185_000)).toBe('3m05s');
    expect(formatDuration(3_720_000)).toBe('1h02m');
    expect(formatDuration(183_600_000)).toBe('2d03h');
  });

  it('lists runs with their primary eval metrics', () => {
    const a = store.createRun({ name: 'baseline', config: {}, environment: {} });
    store.updateRun(a.id, { status: RunStatus.Finished, startedAt: 1_000, endedAt: 186_000 });
    store.logMetrics(a.id, [
      { name: 'eval/accuracy', step: 10, wallTime: 1, value: 0.5 },
      { name: 'eval/accuracy', step: 20, wallTime: 2, value: 0.9123456 },
      { name: 'train/loss', step: 20, wallTime: 2, value: 0.1 },
    ]);
    const b = store.createRun({ name: 'moq', config: {}, environment: {} });
    store.updateRun(b.id, { status: RunStatus.Running, startedAt: 10_000 });
    store.takeLease(b.id, thisProcess(), Date.now());
    store.logMetrics(b.id, [{ name: 'eval/loss', step: 5, wallTime: 1, value: NaN }]);

    const lines = formatRunList(store.listRuns(), store, { now: 55_000 }).split('\n');
    expect(lines[0]).toMatch(/^id\s+name\s+status\s+created\s+duration\s+eval\/accuracy\s+eval\/loss$/);
    expect(lines[1]).toMatch(/^-+( +-+){6}$/);
    expect(lines[2]).toMatch(new RegExp(`^${b.id}  moq +running +\\S+ \\S+ +45s +- +NaN$`));
    expect(lines[3]).toMatch(new RegExp(`^${a.id}  baseline +finished +\\S+ \\S+ +3m05s +0.912346 +-$`));
    expect(lines).toHaveLength(4);
  });

  it('shows a run in detail', () => {
    const run = store.createRun({
      name: 'moq',
      config: { model: { name: 'cnn' }, training: { betas: [0.9, 0.999], lr: 0.001 } },
      environment: { torch: '2.5.1' },
      groupId: 'cmp1',
      arm: 'moq',
    });
    store.updateRun(run.id, { status: RunStatus.Failed, startedAt: 0, endedAt: 45_000, error: 'worker died' });
    store.logParams(run.id, { bits: 8, symmetric: true });
    store.logMetrics(run.id, [
      { name: 'train/loss', step: 1, wallTime: 1, value: 2 },
      { name: 'train/loss', step: 2, wallTime: 2, value: Infinity },
    ]);
    store.logEvent(run.id, { kind: 'bit_drop', step: 1, wallTime: 1, payload: {} });
    store.logEvent(run.id, { kind: 'bit_drop', step: 2, wallTime: 2, payload: {} });
    store.logEvent(run.id, { kind: 'eigen', step: 2, wallTime: 2, payload: {} });

    const text = formatRunDetail(store, store.getRun(run.id));
    expect(text).toContain(`id        ${run.id}`);
    expect(text).toContain('status    failed');
    expect(text).toContain('group     cmp1 (arm moq)');
    expect(text).toContain('duration  45s');
    expect(text).toContain('error     worker died');
    expect(text).toContain('model.name      cnn');
    expect(text).toContain('training.betas  [0.9,0.999]');
    expect(text).toContain('torch  2.5.1');
    expect(text).toContain('symmetric  true');
    expect(text).toMatch(/train\/loss +2 +2 +Infinity/);
    expect(text).toMatch(/bit_drop +2\neigen +1/);
    expect(text).toContain('Artifacts\n(none)');
  });
});

describe('export', () => {
  const tricky = [NaN, Infinity, -Infinity, -0, 0, 0.1 + 0.2, 1e-310, Number.MAX_VALUE, -123.456];

  function seed(): string {
    const run = store.createRun({
      name: 'export me',
      config: { training: { lr: 0.1 + 0.2 } },
      environment: { host: 'box' },
    });
    store.logParams(run.id, { lr: 1e-310, name: 'x', flag: false });
    const points: MetricPoint[] = tricky.map((value, i) => ({ name: 'train/loss', step: i, wallTime: 1.7e9 + i / 7, value }));
    points.push({ name: 'odd, "quoted"\nname', step: 3, wallTime: 0.1 + 0.2, value: 1 });
    store.logMetrics(run.id, points);
    store.logEvent(run.id, { kind: 'eigen', step: 4, wallTime: 1e-310, payload: { values: [0.1 + 0.2, 3] } });
    store.logEvent(run.id, { kind: 'log', step: null, wallTime: -0, payload: {} });
    store.addArtifact(run.id, { kind: 'checkpoint', path: '/tmp/c.pt' });
    return run.id;
  }

  it('round-trips JSON exactly, NaN, ±Infinity, -0 and subnormals included', () => {
    const id = seed();
    const text = exportRunRecord(store, id, ExportFormat.Json);
    expect(text).toContain('"value": "NaN"');
    expect(text).toContain('"value": "-Infinity"');
    expect(text).toContain('"value": "-0"');
    expect(text).toContain('"value": 1e-310');
    expect(exportRunRecord(store, id.slice(0, 8), ExportFormat.Json)).toBe(text);
    const back = parseRunRecord(text, ExportFormat.Json);
    expect(back).toEqual({
      run: store.getRun(id),
      params: store.getParams(id),
      metrics: store.getMetrics(id),
      events: store.getEvents(id),
      artifacts: store.getArtifacts(id),
    });
    const values = back.metrics.filter((p) => p.name === 'train/loss').map((p) => p.value);
    values.forEach((value, i) => expect(Object.is(value, tricky[i])).toBe(true));
  });

  it('leaves non-finite numbers in free-form fields as their spelling', () => {
    const run = store.createRun({ name: 'free', config: { clip: Infinity }, environment: {} });
    store.logEvent(run.id, { kind: 'eigen', step: 1, wallTime: 1, payload: { value: NaN } });
    const back = parseRunRecord(exportRunRecord(store, run.id, ExportFormat.Json), ExportFormat.Json);
    expect(back.run.config).toEqual({ clip: 'Infinity' });
    expect(back.events[0]!.payload).toEqual({ value: 'NaN' });
  });

  it('round-trips CSV exactly with RFC 4180 quoting', () => {
    const id = seed();
    const text = exportRunRecord(store, id, ExportFormat.Csv);
    const lines = text.split('\n');
    expect(lines[0]).toBe('name,step,wall_time,value');
    expect(lines[1]).toBe('"odd, ""quoted""');
    expect(text).toContain(',NaN\n');
    expect(text).toContain(',-Infinity\n');
    expect(text).toContain(',-0\n');
    expect(text).toContain(',0.30000000000000004\n');
    const back = parseRunRecord(text, ExportFormat.Csv);
    expect(back).toEqual(store.getMetrics(id));
    expect(Object.is(back.find((p) => p.step === 3 && p.name === 'train/loss')!.value, -0)).toBe(true);
    expect(parseRunRecord('name,step,wall_time,value\r\n"a\r\nb",1,2,-0\r\n', ExportFormat.Csv)).toEqual([
      { name: 'a\r\nb', step: 1, wallTime: 2, value: -0 },
    ]);
  });

  it('exports a run without metrics as a header-only CSV', () => {
    const run = store.createRun({ name: 'empty', config: {}, environment: {} });
    expect(exportRunRecord(store, run.id, ExportFormat.Csv)).toBe('name,step,wall_time,value\n');
    expect(parseRunRecord('name,step,wall_time,value\n', ExportFormat.Csv)).toEqual([]);
  });

  it('names what is wrong in a damaged export', () => {
    const header = 'name,step,wall_time,value\n';
    expect(caught(() => parseRunRecord('a,b\n', ExportFormat.Csv)).message).toContain("CSV header is 'a,b'");
    expect(caught(() => parseRunRecord(`${header}loss,1,2\n`, ExportFormat.Csv)).message).toBe(
      'CSV record 2: 3 fields, expected 4 (name,step,wall_time,value)',
    );
    expect(caught(() => parseRunRecord(`${header}loss,1.5,2,3\n`, ExportFormat.Csv)).message).toContain('is not an integer');
    expect(caught(() => parseRunRecord(`${header}loss,1,2,nan\n`, ExportFormat.Csv)).message).toBe(
      "CSV record 2 value: 'nan' is not a number",
    );
    expect(caught(() => parseRunRecord(`${header}"loss,1,2,3\n`, ExportFormat.Csv)).message).toContain('quoted field');
    const error = caught(() => parseRunRecord('{"run":{},"params":{},"metrics":[{"name":"x","step":1,"wallTime":1,"value":"big"}],"events":[],"artifacts":[]}', ExportFormat.Json));
    expect(error.code).toBe(ErrorCode.ExportInvalid);
    expect(error.message).toBe("$.metrics[0].value: 'big' is not a number");
    expect(caught(() => parseRunRecord('{', ExportFormat.Json)).message).toContain('not valid JSON');
    expect(caught(() => parseRunRecord('{}', ExportFormat.Json)).message).toBe('$.metrics is not an array');
  });
});
