import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorCode, MoqlabError } from '../../src/errors.js';
import { LEASE_STALE_MS, leaseAlive, openStore, RunStatus, SCHEMA_VERSION, upgradeStore, type MetricPoint, type Probe, type Store } from '../../src/tracking/index.js';
import { MIGRATIONS, type Migration } from '../../src/tracking/migrations.js';
import { openStoreWith, upgradeStoreWith } from '../../src/tracking/sqlite.js';

let dir: string;
const open: Store[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'moqlab-tracking-'));
});

afterEach(() => {
  for (const store of open.splice(0)) store.close();
  rmSync(dir, { recursive: true, force: true });
});

function track(store: Store): Store {
  open.push(store);
  return store;
}

function fresh(): Store {
  return track(openStore(join(dir, 'nested', 'moqlab.db')));
}

function caught(fn: () => unknown): MoqlabError {
  try {
    fn();
  } catch (e) {
    if (e instanceof MoqlabError) return e;
    throw e;
  }
  throw new Error('expected a MoqlabError');
}

function setUserVersion(path: string, version: number): void {
  const db = new Database(path);
  db.pragma(`user_version = ${version}`);
  db.close();
}

/** A second migration that a future moqlab might ship. */
const V2: readonly Migration[] = [
  ...MIGRATIONS,
  { description: 'run tags', sql: 'CREATE TABLE tags (run_id TEXT NOT NULL REFERENCES runs (id), tag TEXT NOT NULL) STRICT;' },
];

describe('opening', () => {
  it('creates parent directories and the database with every migration', () => {
    const store = fresh();
    expect(store.path).toBe(join(dir, 'nested', 'moqlab.db'));
    store.close();
    open.pop();
    const db = new Database(join(dir, 'nested', 'moqlab.db'), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('refuses a read-only open of a missing file without creating it', () => {
    const path = join(dir, 'missing', 'moqlab.db');
    const error = caught(() => openStore(path, { readonly: true }));
    expect(error.code).toBe(ErrorCode.FileNotFound);
    expect(error.message).toContain(path);
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('lets a read-only store see what the writer committed', () => {
    const writer = fresh();
    const run = writer.createRun({ name: 'a', config: {}, environment: {} });
    writer.logMetrics(run.id, [{ name: 'loss', step: 1, wallTime: 1, value: 2 }]);
    const reader = track(openStore(writer.path, { readonly: true }));
    expect(reader.getMetrics(run.id)).toEqual([{ name: 'loss', step: 1, wallTime: 1, value: 2 }]);
    expect(() => reader.createRun({ name: 'b', config: {}, environment: {} })).toThrow(/readonly/);
  });

  it('refuses an older schema and names the upgrade command', () => {
    const path = join(dir, 'old.db');
    openStoreWith(path, {}, MIGRATIONS).close();
    const error = caught(() => openStoreWith(path, {}, V2));
    expect(error.code).toBe(ErrorCode.StoreSchema);
    expect(error.message).toBe(`${path} has schema version ${SCHEMA_VERSION}, this moqlab needs ${SCHEMA_VERSION + 1}`);
    expect(error.hint).toBe(`run \`moqlab store upgrade --store ${path}\` (back up the file first)`);
  });

  it('refuses a newer schema', () => {
    const path = join(dir, 'new.db');
    openStore(path).close();
    setUserVersion(path, SCHEMA_VERSION + 1);
    for (const readonly of [false, true]) {
      const error = caught(() => openStore(path, { readonly }));
      expect(error.code).toBe(ErrorCode.StoreSchema);
      expect(error.message).toBe(`${path} has schema version ${SCHEMA_VERSION + 1}, this moqlab needs ${SCHEMA_VERSION}`);
      expect(error.hint).toMatch(/written by a newer moqlab; upgrade moqlab \(npm install moqlab@latest\) or use another --store/);
    }
    expect(caught(() => upgradeStore(path)).code).toBe(ErrorCode.StoreSchema);
  });

  it('refuses files that are not moqlab stores', () => {
    const text = join(dir, 'notes.db');
    writeFileSync(text, 'these are my notes, not a database; '.repeat(10));
    expect(caught(() => openStore(text)).message).toBe(`${text} is not an SQLite database`);

    const foreign = join(dir, 'foreign.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x INTEGER)');
    db.close();
    const error = caught(() => openStore(foreign));
    expect(error.code).toBe(ErrorCode.StoreSchema);
    expect(error.message).toContain('not a moqlab store');
  });
});

describe('stores that cannot be read (issue 14 §5)', () => {
  it('names a directory, a text file, a truncated database and a negative schema version, as STORE_UNREADABLE', () => {
    const good = join(dir, 'good.db');
    const store = openStore(good);
    for (let i = 0; i < 200; i++) store.createRun({ name: `r${i}`, config: { pad: 'x'.repeat(200) }, environment: {} });
    store.close();
    const truncated = join(dir, 'truncated.db');
    writeFileSync(truncated, readFileSync(good).subarray(0, 8192));
    const negative = join(dir, 'negative.db');
    writeFileSync(negative, readFileSync(good));
    setUserVersion(negative, -1);
    const text = join(dir, 'notes.txt');
    writeFileSync(text, 'these are my notes, not a database; '.repeat(10));
    const cases: Array<[string, RegExp]> = [
      [dir, /is a directory, not a store file$/],
      [text, /is not an SQLite database$/],
      [truncated, /is a damaged database \(truncated or overwritten\): /],
      [negative, /has schema version -1, which no moqlab writes: the file was damaged or edited$/],
    ];
    for (const [path, message] of cases) {
      for (const readonly of [false, true]) {
        const error = caught(() => {
          const s = openStore(path, { readonly });
          try {
            s.listRuns();
          } finally {
            s.close();
          }
        });
        expect(error.code, path).toBe(ErrorCode.StoreUnreadable);
        expect(error.message).toMatch(message);
        expect(error.hint).toBeTruthy();
      }
    }
  });
});

/** A tmpfs this process can mount and later remount read-only (root, or CAP_SYS_ADMIN), or null. */
function mountableTmpfs(): string | null {
  const mountPoint = mkdtempSync(join(tmpdir(), 'moqlab-ro-'));
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mountPoint]).status === 0) return mountPoint;
  rmSync(mountPoint, { recursive: true, force: true });
  return null;
}

const mounted = mountableTmpfs();

describe.skipIf(mounted === null)('a store on a read-only mount (issue 14 §5; skipped: this process cannot mount a tmpfs)', () => {
  afterAll(() => {
    if (mounted === null) return;
    spawnSync('umount', [mounted]);
    rmSync(mounted, { recursive: true, force: true });
  });

  it('is read through a private copy that is gone on close, and a writer is told the folder is read-only', () => {
    const path = join(mounted!, 'moqlab.db');
    const writer = openStore(path);
    const run = writer.createRun({ name: 'kept', config: { seed: 1 }, environment: {} });
    writer.logMetrics(run.id, [{ name: 'train/loss', step: 3, wallTime: 1, value: 0.25 }]);
    writer.close();
    expect(spawnSync('mount', ['-o', 'remount,ro', mounted!]).status).toBe(0);

    const snapshotsBefore = readdirSync(tmpdir()).filter((f) => f.startsWith('moqlab-store-')).length;
    const reader = openStore(path, { readonly: true });
    expect(reader.path).toBe(path);
    expect(reader.listRuns().map((r) => r.name)).toEqual(['kept']);
    expect(reader.getMetrics(run.id, 'train/loss').map((p) => p.value)).toEqual([0.25]);
    reader.close();
    expect(readdirSync(tmpdir()).filter((f) => f.startsWith('moqlab-store-')).length).toBe(snapshotsBefore);

    const error = caught(() => openStore(path));
    expect(error.code).toBe(ErrorCode.StoreWrite);
    expect(error.message).toBe(`${path} cannot be written: its folder ${mounted} is read-only to this process`);
    expect(error.hint).toContain('--store');
  });
});

describe('upgrading', () => {
  it('applies pending migrations and keeps the data', () => {
    const path = join(dir, 'old.db');
    const old = openStoreWith(path, {}, MIGRATIONS);
    const run = old.createRun({ name: 'kept', config: { a: 1 }, environment: {} });
    old.close();

    expect(upgradeStoreWith(path, V2)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION + 1 });
    expect(upgradeStoreWith(path, V2)).toEqual({ from: SCHEMA_VERSION + 1, to: SCHEMA_VERSION + 1 });
    const store = track(openStoreWith(path, {}, V2));
    expect(store.getRun(run.id).name).toBe('kept');
  });

  it('leaves the database at the last good version when a migration fails', () => {
    const path = join(dir, 'old.db');
    openStoreWith(path, {}, MIGRATIONS).close();
    const broken: readonly Migration[] = [
      ...V2,
      { description: 'broken', sql: 'CREATE TABLE half (x INTEGER); SELECT * FROM no_such_table;' },
    ];
    const error = caught(() => upgradeStoreWith(path, broken));
    expect(error.code).toBe(ErrorCode.StoreSchema);
    expect(error.message).toContain(`migration ${SCHEMA_VERSION + 2} (broken)`);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION + 1);
    expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half'").pluck().get()).toBe(0);
    db.close();
  });

  it('reports the current version when nothing is pending', () => {
    const path = join(dir, 'current.db');
    openStore(path).close();
    expect(upgradeStore(path)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
  });

  it('refuses a missing file', () => {
    expect(caught(() => upgradeStore(join(dir, 'none.db'))).code).toBe(ErrorCode.FileNotFound);
  });
});

describe('runs', () => {
  it('creates a run with a 12-hex id and reads it back', () => {
    const store = fresh();
    const before = Date.now();
    const run = store.createRun({
      name: 'cnn',
      config: { training: { lr: 0.001 }, nested: [1, 'two', null] },
      environment: { torch: '2.5.0', cuda: false },
      groupId: 'g1',
      arm: 'moq',
    });
    expect(run.id).toMatch(/^[0-9a-f]{12}$/);
    expect(run).toEqual({
      id: run.id,
      name: 'cnn',
      status: RunStatus.Created,
      createdAt: run.createdAt,
      startedAt: null,
      endedAt: null,
      config: { training: { lr: 0.001 }, nested: [1, 'two', null] },
      environment: { torch: '2.5.0', cuda: false },
      error: null,
      groupId: 'g1',
      arm: 'moq',
      lease: null,
    });
    expect(run.createdAt).toBeGreaterThanOrEqual(before);
    expect(store.getRun(run.id)).toEqual(run);
  });

  it('updates only the patched fields', () => {
    const store = fresh();
    const run = store.createRun({ name: 'r', config: null, environment: { a: 1 } });
    store.updateRun(run.id, { status: RunStatus.Running, startedAt: 1000 });
    store.updateRun(run.id, { status: RunStatus.Failed, endedAt: 2000, error: 'worker died', environment: { b: 2 } });
    expect(store.getRun(run.id)).toMatchObject({
      status: RunStatus.Failed,
      startedAt: 1000,
      endedAt: 2000,
      error: 'worker died',
      environment: { b: 2 },
      config: null,
    });
    store.updateRun(run.id, { error: null });
    expect(store.getRun(run.id).error).toBeNull();
    store.updateRun(run.id, {});
    expect(caught(() => store.updateRun('000000000000', { status: RunStatus.Running })).code).toBe(ErrorCode.RunNotFound);
  });

  it('resolves unique prefixes and lists candidates of ambiguous ones', () => {
    const store = fresh();
    const runs = Array.from({ length: 40 }, (_, i) => store.createRun({ name: `run-${i}`, config: {}, environment: {} }));
    const target = runs[0]!;
    const unique = [...Array(13).keys()]
      .slice(1)
      .map((n) => target.id.slice(0, n))
      .find((prefix) => runs.filter((r) => r.id.startsWith(prefix)).length === 1)!;
    expect(store.getRun(unique).id).toBe(target.id);

    // 40 ids over 16 leading hex digits: some digit is shared.
    const first = '0123456789abcdef'.split('').find((d) => runs.filter((r) => r.id.startsWith(d)).length > 1)!;
    const sharing = runs.filter((r) => r.id.startsWith(first));
    const error = caught(() => store.getRun(first));
    expect(error.code).toBe(ErrorCode.RunNotFound);
    expect(error.message).toContain(`'${first}' matches ${sharing.length} runs`);
    expect(error.message).toContain(`${sharing[0]!.id} (${sharing[0]!.name})`);
    expect(error.hint).toBe('give more characters of the run id');

    const missing = caught(() => store.getRun('zz'));
    expect(missing.code).toBe(ErrorCode.RunNotFound);
    expect(missing.message).toContain("starting with 'zz'");
    expect(caught(() => store.getRun('')).code).toBe(ErrorCode.RunNotFound);
    expect(caught(() => store.getRun('%')).code).toBe(ErrorCode.RunNotFound);
  });

  it('resolves a group id from a unique prefix, like a run id', () => {
    const store = fresh();
    for (const group of ['a1b2c3d4e5f6', 'a1ffffffffff', 'b00000000000', 'b0']) store.createRun({ name: group, config: {}, environment: {}, groupId: group });
    store.createRun({ name: 'alone', config: {}, environment: {} });
    expect(store.resolveGroup('a1b')).toBe('a1b2c3d4e5f6');
    expect(store.resolveGroup('b0')).toBe('b0'); // an exact id wins over the longer one it begins
    const ambiguous = caught(() => store.resolveGroup('a1'));
    expect(ambiguous.message).toContain("'a1' begins 2 group ids");
    expect(ambiguous.hint).toBe('give more characters of the group id');
    for (const missing of ['zz', '']) expect(caught(() => store.resolveGroup(missing)).code).toBe(ErrorCode.RunNotFound);
  });

  it('lists newest first with filters and a limit', () => {
    const store = fresh();
    const a = store.createRun({ name: 'a', config: {}, environment: {}, groupId: 'g' });
    const b = store.createRun({ name: 'b', config: {}, environment: {} });
    const c = store.createRun({ name: 'c', config: {}, environment: {}, groupId: 'g' });
    store.updateRun(b.id, { status: RunStatus.Finished });
    expect(store.listRuns().map((r) => r.name)).toEqual(['c', 'b', 'a']);
    expect(store.listRuns({ limit: 2 }).map((r) => r.name)).toEqual(['c', 'b']);
    expect(store.listRuns({ status: RunStatus.Finished }).map((r) => r.id)).toEqual([b.id]);
    expect(store.listRuns({ groupId: 'g' }).map((r) => r.id)).toEqual([c.id, a.id]);
    expect(store.listRuns({ groupId: 'g', status: RunStatus.Created, limit: 1 }).map((r) => r.id)).toEqual([c.id]);
    expect(caught(() => store.listRuns({ limit: 0 })).code).toBe(ErrorCode.InvalidArgument);
  });
});

describe('params', () => {
  it('round-trips types and overwrites on re-log', () => {
    const store = fresh();
    const run = store.createRun({ name: 'p', config: {}, environment: {} });
    store.logParams(run.id, { lr: 0.1 + 0.2, tiny: 1e-310, name: 'x', flag: true, off: false, inf: -Infinity, nan: NaN, zero: -0, numeric: '42' });
    store.logParams(run.id, { name: 'y' });
    const params = store.getParams(run.id);
    expect(params).toEqual({ lr: 0.1 + 0.2, tiny: 1e-310, name: 'y', flag: true, off: false, inf: -Infinity, nan: NaN, zero: -0, numeric: '42' });
    expect(Object.is(params.zero, -0)).toBe(true);
    expect(caught(() => store.getParams('nope')).code).toBe(ErrorCode.RunNotFound);
  });
});

describe('metrics', () => {
  it('round-trips non-finite values, -0 and exact floats', () => {
    const store = fresh();
    const run = store.createRun({ name: 'm', config: {}, environment: {} });
    const values = [NaN, Infinity, -Infinity, -0, 0, 0.1 + 0.2, 1e-310, Number.MAX_VALUE, Number.MIN_VALUE, -1.5, 2 ** 60];
    const points: MetricPoint[] = values.map((value, i) => ({ name: 'v', step: i, wallTime: 1.7e9 + i / 3, value }));
    store.logMetrics(run.id, points);
    const back = store.getMetrics(run.id, 'v');
    expect(back).toEqual(points);
    back.forEach((point, i) => expect(Object.is(point.value, values[i])).toBe(true));
  });

  it('orders by name, step, wall time and answers names and latest points', () => {
    const store = fresh();
    const run = store.createRun({ name: 'm', config: {}, environment: {} });
    store.logMetrics(run.id, [
      { name: 'train/loss', step: 10, wallTime: 5, value: 0.5 },
      { name: 'eval/acc', step: 10, wallTime: 6, value: 0.8 },
      { name: 'train/loss', step: 0, wallTime: 1, value: 2 },
      { name: 'train/loss', step: 10, wallTime: 4, value: 0.6 },
    ]);
    store.logMetrics(run.id, [{ name: 'eval/acc', step: 5, wallTime: 9, value: 0.7 }]);
    expect(store.getMetrics(run.id).map((p) => [p.name, p.step, p.wallTime])).toEqual([
      ['eval/acc', 5, 9],
      ['eval/acc', 10, 6],
      ['train/loss', 0, 1],
      ['train/loss', 10, 4],
      ['train/loss', 10, 5],
    ]);
    expect(store.metricNames(run.id)).toEqual(['eval/acc', 'train/loss']);
    expect(store.latestMetrics(run.id)).toEqual({
      'eval/acc': { name: 'eval/acc', step: 10, wallTime: 6, value: 0.8 },
      'train/loss': { name: 'train/loss', step: 10, wallTime: 5, value: 0.5 },
    });
    expect(store.getMetrics(run.id, 'none')).toEqual([]);
  });

  it('writes a large batch in one fast transaction', () => {
    const store = fresh();
    const run = store.createRun({ name: 'big', config: {}, environment: {} });
    const points: MetricPoint[] = Array.from({ length: 20_000 }, (_, i) => ({
      name: `layer${i % 20}/bits`,
      step: Math.floor(i / 20),
      wallTime: 1.7e9 + i * 1e-3,
      value: Math.sin(i),
    }));
    const started = performance.now();
    store.logMetrics(run.id, points);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(store.getMetrics(run.id)).toHaveLength(points.length);
  });

  it('rejects the whole batch when one point is invalid', () => {
    const store = fresh();
    const run = store.createRun({ name: 'bad', config: {}, environment: {} });
    const error = caught(() =>
      store.logMetrics(run.id, [
        { name: 'loss', step: 1, wallTime: 1, value: 1 },
        { name: 'loss', step: 1.5, wallTime: 1, value: 1 },
      ]),
    );
    expect(error.code).toBe(ErrorCode.InvalidArgument);
    expect(error.message).toContain("metric point 1 ('loss') has step 1.5");
    expect(caught(() => store.logMetrics(run.id, [{ name: 'loss', step: 1, wallTime: NaN, value: 1 }])).code).toBe(
      ErrorCode.InvalidArgument,
    );
    expect(store.getMetrics(run.id)).toEqual([]);
    expect(caught(() => store.logMetrics('nope', [])).code).toBe(ErrorCode.RunNotFound);
  });
});

describe('events and artifacts', () => {
  it('numbers events per run and keeps payload numbers exact', () => {
    const store = fresh();
    const a = store.createRun({ name: 'a', config: {}, environment: {} });
    const b = store.createRun({ name: 'b', config: {}, environment: {} });
    const payload = { eigenvalues: [1.5, NaN, Infinity, -Infinity, -0], layer: 'fc1', nested: { bits: 8 } };
    store.logEvent(a.id, { kind: 'eigen', step: 100, wallTime: 1.25, payload });
    store.logEvent(b.id, { kind: 'log', step: null, wallTime: 2, payload: {} });
    store.logEvent(a.id, { kind: 'bit_drop', step: 200, wallTime: 3, payload: { from: 16, to: 8 } });
    store.logEvent(a.id, { kind: 'eigen', step: 300, wallTime: 4, payload: {} });

    const events = store.getEvents(a.id);
    expect(events.map((e) => [e.seq, e.kind])).toEqual([
      [1, 'eigen'],
      [2, 'bit_drop'],
      [3, 'eigen'],
    ]);
    expect(events[0]).toEqual({ seq: 1, kind: 'eigen', step: 100, wallTime: 1.25, payload });
    expect(Object.is((events[0]!.payload.eigenvalues as number[])[4], -0)).toBe(true);
    expect(store.getEvents(a.id, 'eigen').map((e) => e.seq)).toEqual([1, 3]);
    expect(store.getEvents(b.id)).toEqual([{ seq: 1, kind: 'log', step: null, wallTime: 2, payload: {} }]);
  });

  it('keeps artifacts in insertion order', () => {
    const store = fresh();
    const run = store.createRun({ name: 'a', config: {}, environment: {} });
    store.addArtifact(run.id, { kind: 'checkpoint', path: '/tmp/ckpt-100.pt' });
    store.addArtifact(run.id, { kind: 'export', path: '/tmp/model.safetensors' });
    const artifacts = store.getArtifacts(run.id);
    expect(artifacts.map((a) => [a.kind, a.path])).toEqual([
      ['checkpoint', '/tmp/ckpt-100.pt'],
      ['export', '/tmp/model.safetensors'],
    ]);
    expect(artifacts[0]!.createdAt).toBeGreaterThan(0);
    expect(caught(() => store.addArtifact('nope', { kind: 'x', path: 'y' })).code).toBe(ErrorCode.RunNotFound);
  });
});

describe('rollBackAfter', () => {
  it('removes the points and events after the step for that run, keeping the kinds it is told to, in one go', () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'moqlab-del-')), 'db.sqlite'));
    const a = store.createRun({ name: 'a', config: {}, environment: {} });
    const b = store.createRun({ name: 'b', config: {}, environment: {} });
    const points = [1, 2, 3, 4].map((step) => ({ name: 'train/loss', step, wallTime: 1_800_000_000 + step, value: step }));
    for (const run of [a, b]) {
      store.logMetrics(run.id, points);
      for (const [kind, step] of [['segment', 2], ['drop', 3], ['segment', 4], ['failure', 4], ['note', null]] as const) {
        store.logEvent(run.id, { kind, step, wallTime: 1_800_000_000, payload: {} });
      }
    }
    expect(store.rollBackAfter(a.id, 2, ['failure'])).toEqual({ metricPoints: 2, events: 2 });
    expect(store.getMetrics(a.id).map((p) => p.step)).toEqual([1, 2]);
    expect(store.getEvents(a.id).map((e) => [e.kind, e.step])).toEqual([['segment', 2], ['failure', 4], ['note', null]]);
    store.logEvent(a.id, { kind: 'segment', step: 3, wallTime: 1_800_000_000, payload: {} });
    expect(store.getEvents(a.id).map((e) => e.seq)).toEqual([1, 4, 5, 6]);
    expect(store.getMetrics(b.id)).toHaveLength(4);
    expect(store.getEvents(b.id)).toHaveLength(5);
    expect(caught(() => store.rollBackAfter(a.id, -1, [])).code).toBe(ErrorCode.InvalidArgument);
    store.close();
  });

  it('keeps one artifact row per file when a resumed run writes a checkpoint again', () => {
    const store = openStore(join(mkdtempSync(join(tmpdir(), 'moqlab-art-')), 'db.sqlite'));
    const run = store.createRun({ name: 'a', config: {}, environment: {} });
    store.addArtifact(run.id, { kind: 'checkpoint', path: '/c/step-60.pt' });
    store.addArtifact(run.id, { kind: 'checkpoint', path: '/c/step-60.pt' });
    store.addArtifact(run.id, { kind: 'export', path: '/c/step-60.pt' });
    expect(store.getArtifacts(run.id).map((x) => x.kind)).toEqual(['checkpoint', 'export']);
    store.close();
  });
});

describe('leases', () => {
  const holder = { pid: 4242, host: 'lab-1', startedAt: 1_000 };
  const probe = (now: number, alive: number[] = [4242], host = 'lab-1'): Probe => ({ host, now, pidAlive: (pid) => alive.includes(pid) });

  it('a lease lives while its heartbeat is fresh and, on this machine, its process exists', () => {
    const lease = { ...holder, heartbeatAt: 10_000 };
    expect(leaseAlive(lease, probe(10_000 + LEASE_STALE_MS))).toBe(true);
    expect(leaseAlive(lease, probe(10_001 + LEASE_STALE_MS))).toBe(false);
    expect(leaseAlive(lease, probe(10_000, []))).toBe(false);
    // Another machine's pid cannot be looked at: only its heartbeat counts.
    expect(leaseAlive(lease, probe(10_000, [], 'lab-2'))).toBe(true);
    expect(leaseAlive(lease, probe(10_001 + LEASE_STALE_MS, [], 'lab-2'))).toBe(false);
  });

  it('a run stored as running reads as crashed once its controller is gone, and running while it lives', () => {
    let now = 50_000;
    let alive = [4242];
    const path = join(dir, 'lease.db');
    const store = track(openStoreWith(path, { probe: () => probe(now, alive) }, MIGRATIONS));
    const run = store.createRun({ name: 'r', config: {}, environment: {} });
    store.updateRun(run.id, { status: RunStatus.Running });
    expect(store.getRun(run.id).status).toBe(RunStatus.Crashed); // running without a lease: an older controller died
    store.takeLease(run.id, holder, now);
    expect(store.getRun(run.id)).toMatchObject({ status: RunStatus.Running, lease: { ...holder, heartbeatAt: 50_000 } });
    expect(store.listRuns({ status: RunStatus.Running }).map((r) => r.id)).toEqual([run.id]);
    expect(store.listRuns({ status: RunStatus.Crashed })).toEqual([]);

    alive = []; // kill -9 of the controller
    expect(store.getRun(run.id).status).toBe(RunStatus.Crashed);
    expect(store.listRuns({ status: RunStatus.Crashed, limit: 1 }).map((r) => r.id)).toEqual([run.id]);
    expect(store.listRuns({ status: RunStatus.Running })).toEqual([]);

    alive = [4242, 7];
    now += LEASE_STALE_MS + 1; // alive but silent for a minute: stopped, or the pid was reused
    expect(store.getRun(run.id).status).toBe(RunStatus.Crashed);
    expect(store.renewLease(run.id, holder, now)).toBe(true);
    expect(store.getRun(run.id).status).toBe(RunStatus.Running);

    const successor = { pid: 7, host: 'lab-1', startedAt: 2_000 };
    store.takeLease(run.id, successor, now); // moqlab resume took the run over
    expect(store.renewLease(run.id, holder, now)).toBe(false);
    store.releaseLease(run.id, holder); // not the holder: nothing happens
    expect(store.getRun(run.id).lease).toMatchObject(successor);
    store.releaseLease(run.id, successor);
    expect(store.getRun(run.id).lease).toBeNull();
  });
});
