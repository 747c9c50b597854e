/**
 * The SQLite implementation of `Store` (better-sqlite3: synchronous, one connection per store).
 * The controller is the only writer (ARCHITECTURE.md, principle 3); readers such as `moqlab runs`
 * open their own read-only connection, which WAL mode lets run alongside the writer.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { ErrorCode, MoqlabError } from '../errors.js';
import { decodeJson, decodeParam, decodeValue, encodeJson, encodeParam, encodeValue, ParamType, ValueKind } from './codec.js';
import { type Holder, type Lease, leaseAlive, localProbe, type Probe } from './lease.js';
import { applyMigrations, MIGRATIONS, schemaVersionOf, type Migration } from './migrations.js';
import type {
  Artifact,
  CreateRunInput,
  ListRunsOptions,
  RolledBack,
  MetricPoint,
  ParamValue,
  RunEvent,
  RunPatch,
  RunRecord,
  Store,
} from './store.js';
import { RunStatus } from './store.js';

/** How long a statement waits for another connection's write lock before failing with SQLITE_BUSY. */
const BUSY_TIMEOUT_MS = 5_000;
/** How many candidates an ambiguous run prefix error lists. */
const MAX_LISTED_CANDIDATES = 10;

export interface OpenStoreOptions {
  readonly?: boolean;
  /** What a run's lease is judged against when the store reads it (default: this machine, now). */
  probe?: () => Probe;
}

/** Creates the parent directories and the database when absent, unless `readonly`. */
export function openStore(path: string, options: OpenStoreOptions = {}): Store {
  return openStoreWith(path, options, MIGRATIONS);
}

/** Applies pending migrations to an existing database. */
export function upgradeStore(path: string): { from: number; to: number } {
  return upgradeStoreWith(path, MIGRATIONS);
}

/** `openStore` against an explicit migration list, so tests can play a newer or older moqlab. */
export function openStoreWith(path: string, options: OpenStoreOptions, migrations: readonly Migration[]): Store {
  const readonly = options.readonly ?? false;
  if (!existsSync(path)) {
    if (readonly) throw storeMissing(path);
    mkdirSync(dirname(path), { recursive: true });
  }
  const snapshot = readonly && !writableDirectory(dirname(path)) ? snapshotOf(path) : null;
  const removeSnapshot = (): void => {
    if (snapshot) rmSync(dirname(snapshot), { recursive: true, force: true });
  };
  let db: Database.Database;
  try {
    db = connect(snapshot ?? path, readonly, path);
  } catch (e) {
    removeSnapshot();
    throw e;
  }
  try {
    const version = readVersion(db, path);
    // Only a brand-new file is migrated implicitly; an old one waits for an explicit, backed-up upgrade.
    if (version === 0 && !readonly) applyMigrations(db, migrations, 0);
    else requireVersion(path, version, migrations.length);
    return new SqliteStore(db, path, options.probe ?? (() => localProbe()), removeSnapshot);
  } catch (e) {
    db.close();
    removeSnapshot();
    throw e;
  }
}

function writableDirectory(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * A reader of a store whose directory it cannot write (a read-only mount, another user's folder):
 * SQLite opens a WAL database only where it can create the shared-memory file beside it, so the
 * reader gets a private copy of the database, and of its WAL when a writer left one, in the temp dir.
 * Nothing can write there, so the copy is what the store holds.
 */
function snapshotOf(path: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'moqlab-store-'));
  const copy = join(dir, basename(path));
  try {
    copyFileSync(path, copy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${copy}-wal`);
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw new MoqlabError(ErrorCode.StoreUnreadable, `${path} cannot be read: ${(e as Error).message}`, {
      hint: 'check the permissions of the store file, or use another --store',
      cause: e,
    });
  }
  return copy;
}

export function upgradeStoreWith(path: string, migrations: readonly Migration[]): { from: number; to: number } {
  if (!existsSync(path)) throw storeMissing(path);
  const db = connect(path, false);
  try {
    const from = readVersion(db, path);
    if (from > migrations.length) requireVersion(path, from, migrations.length);
    applyMigrations(db, migrations, from);
    return { from, to: migrations.length };
  } finally {
    db.close();
  }
}

/** Opens `file`; errors name `path`, the store the user gave (they differ for a snapshot). */
function connect(file: string, readonly: boolean, path = file): Database.Database {
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new MoqlabError(ErrorCode.StoreUnreadable, `${path} is a directory, not a store file`, {
      hint: `point --store at the database file inside it (e.g. ${join(path, 'moqlab.db')})`,
    });
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly, fileMustExist: readonly, timeout: BUSY_TIMEOUT_MS });
  } catch (e) {
    throw unreadable(path, e);
  }
  try {
    db.pragma('foreign_keys = ON');
    if (!readonly) {
      db.pragma('journal_mode = WAL');
      // With WAL, NORMAL still survives a crash of this process (the failure we expect); only a
      // power loss can drop the last commits. It saves an fsync per metrics batch.
      db.pragma('synchronous = NORMAL');
    }
    return db;
  } catch (e) {
    db.close();
    if (!readonly && !writableDirectory(dirname(path))) {
      throw new MoqlabError(ErrorCode.StoreWrite, `${path} cannot be written: its folder ${dirname(path)} is read-only to this process`, {
        hint: '`moqlab runs ls|show|export` and `moqlab report` read it where it is; to train, pass --store on a writable disk',
        cause: e,
      });
    }
    throw unreadable(path, e);
  }
}

/** SQLite's reasons a file cannot be read as a database, as errors that say what to do; others pass through. */
function unreadable(path: string, error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (code === 'SQLITE_NOTADB') {
    return new MoqlabError(ErrorCode.StoreUnreadable, `${path} is not an SQLite database`, {
      hint: 'point --store at a moqlab database, or at a path that does not exist yet to create one',
      cause: error,
    });
  }
  if (code === 'SQLITE_CORRUPT' || (typeof code === 'string' && code.startsWith('SQLITE_IOERR'))) {
    return new MoqlabError(ErrorCode.StoreUnreadable, `${path} is a damaged database (truncated or overwritten): ${(error as Error).message}`, {
      hint: `restore it from a backup (sqlite3 ${path} ".recover" may save what is left), or use another --store`,
      details: { sqlite: code, path },
      cause: error,
    });
  }
  return error;
}

function readVersion(db: Database.Database, path: string): number {
  let version: number;
  let tables: number;
  try {
    version = schemaVersionOf(db);
    tables = db.prepare('SELECT count(*) FROM sqlite_schema').pluck().get() as number;
  } catch (e) {
    throw unreadable(path, e);
  }
  if (version < 0) {
    throw new MoqlabError(ErrorCode.StoreUnreadable, `${path} has schema version ${version}, which no moqlab writes: the file was damaged or edited`, {
      hint: 'restore it from a backup, or use another --store',
    });
  }
  if (version === 0 && tables > 0) {
    throw new MoqlabError(ErrorCode.StoreSchema, `${path} is an SQLite database but not a moqlab store`, {
      hint: 'point --store at a moqlab database, or at a path that does not exist yet to create one',
    });
  }
  return version;
}

function requireVersion(path: string, version: number, target: number): void {
  if (version === target) return;
  const message = `${path} has schema version ${version}, this moqlab needs ${target}`;
  const hint =
    version < target
      ? `run \`moqlab store upgrade --store ${path}\` (back up the file first)`
      : 'this database was written by a newer moqlab; upgrade moqlab (npm install moqlab@latest) or use another --store';
  throw new MoqlabError(ErrorCode.StoreSchema, message, { hint, details: { path, version: String(version) } });
}

/** SQLite's refusal of a write as a typed error; any other error (ours, a bug) is returned as it was. */
function storeWriteError(path: string, error: unknown): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return error;
  return new MoqlabError(ErrorCode.StoreWrite, `the tracking store ${path} refused a write: ${(error as Error).message} (${code})`, {
    hint:
      code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
        ? 'another process holds the store\'s write lock; let it finish, or give this run its own --store'
        : 'check the disk the store is on (space, permissions), or give this run another --store',
    details: { sqlite: code, path },
    cause: error,
  });
}

function storeMissing(path: string): MoqlabError {
  return new MoqlabError(ErrorCode.FileNotFound, `no tracking store at ${path}`, {
    hint: 'check --store, or run something first: the store is created by the first run',
  });
}

function invalidArgument(message: string, hint: string): MoqlabError {
  return new MoqlabError(ErrorCode.InvalidArgument, message, { hint });
}

interface RunRow {
  id: string;
  name: string;
  status: string;
  created_at: number;
  started_at: number | null;
  ended_at: number | null;
  config: string;
  environment: string;
  error: string | null;
  group_id: string | null;
  arm: string | null;
  lease_pid: number | null;
  lease_host: string | null;
  lease_started_at: number | null;
  lease_heartbeat_at: number | null;
}

/** Runs with their lease, if any. */
const RUNS_WITH_LEASES =
  'SELECT runs.*, leases.pid AS lease_pid, leases.host AS lease_host, leases.started_at AS lease_started_at, ' +
  'leases.heartbeat_at AS lease_heartbeat_at FROM runs LEFT JOIN leases ON leases.run_id = runs.id';

interface MetricRow {
  name: string;
  step: number;
  wall_time: number;
  value: number | null;
  value_kind: ValueKind;
}

interface EventRow {
  seq: number;
  kind: string;
  step: number | null;
  wall_time: number;
  payload: string;
}

function toRunRecord(row: RunRow, probe: Probe): RunRecord {
  const lease: Lease | null =
    row.lease_pid === null
      ? null
      : { pid: row.lease_pid, host: row.lease_host!, startedAt: row.lease_started_at!, heartbeatAt: row.lease_heartbeat_at! };
  const stored = row.status as RunStatus;
  // A run is only running while a live controller holds it; otherwise its controller died mid-run.
  const status = stored === RunStatus.Running && (lease === null || !leaseAlive(lease, probe)) ? RunStatus.Crashed : stored;
  return {
    id: row.id,
    name: row.name,
    status,
    createdAt: row.created_at,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    config: decodeJson(row.config),
    environment: decodeJson(row.environment) as Record<string, unknown>,
    error: row.error,
    groupId: row.group_id,
    arm: row.arm,
    lease,
  };
}

function toMetricPoint(row: MetricRow): MetricPoint {
  return { name: row.name, step: row.step, wallTime: row.wall_time, value: decodeValue(row.value, row.value_kind) };
}

function toRunEvent(row: EventRow): RunEvent {
  return {
    seq: row.seq,
    kind: row.kind,
    step: row.step,
    wallTime: row.wall_time,
    payload: decodeJson(row.payload) as Record<string, unknown>,
  };
}

const METRIC_COLUMNS = 'name, step, wall_time, value, value_kind';
const EVENT_COLUMNS = 'seq, kind, step, wall_time, payload';

/** A new id: 48 random bits as 12 hex characters, short enough to type and unique in practice. */
function newRunId(): string {
  return randomBytes(6).toString('hex');
}

class SqliteStore implements Store {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #runById: Database.Statement<[string], RunRow>;
  readonly #runsByPrefix: Database.Statement<[{ prefix: string }], RunRow>;
  readonly #runExists: Database.Statement<[string], number>;
  readonly #insertMetrics: (runId: string, points: MetricPoint[]) => void;
  readonly #insertParams: (runId: string, params: Record<string, ParamValue>) => void;
  readonly #rollBack: (runId: string, step: number, keep: string) => RolledBack;

  constructor(
    db: Database.Database,
    path: string,
    private readonly probe: () => Probe,
    private readonly onClose: () => void = () => undefined,
  ) {
    this.path = path;
    this.#db = db;
    this.#runById = db.prepare(`${RUNS_WITH_LEASES} WHERE runs.id = ?`);
    this.#runsByPrefix = db.prepare(
      `${RUNS_WITH_LEASES} WHERE substr(runs.id, 1, length(@prefix)) = @prefix ORDER BY runs.created_at DESC, runs.rowid DESC`,
    );
    this.#runExists = db.prepare<[string], number>('SELECT 1 FROM runs WHERE id = ?').pluck();

    const insertMetric = db.prepare(
      'INSERT INTO metrics (run_id, name, step, wall_time, value, value_kind) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.#insertMetrics = db.transaction((runId: string, points: MetricPoint[]) => {
      for (const point of points) {
        const { value, kind } = encodeValue(point.value);
        insertMetric.run(runId, point.name, point.step, point.wallTime, value, kind);
      }
    });
    const upsertParam = db.prepare(
      'INSERT INTO params (run_id, key, type, value) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (run_id, key) DO UPDATE SET type = excluded.type, value = excluded.value',
    );
    this.#rollBack = db.transaction((runId: string, step: number, keep: string): RolledBack => ({
      metricPoints: db.prepare('DELETE FROM metrics WHERE run_id = ? AND step > ?').run(runId, step).changes,
      events: db
        .prepare('DELETE FROM events WHERE run_id = ? AND step > ? AND kind NOT IN (SELECT value FROM json_each(?))')
        .run(runId, step, keep).changes,
    }));
    this.#insertParams = db.transaction((runId: string, params: Record<string, ParamValue>) => {
      for (const [key, raw] of Object.entries(params)) {
        const { type, text } = encodeParam(raw);
        upsertParam.run(runId, key, type, text);
      }
    });
  }

  /**
   * Runs one write; SQLite's refusals (locked past the busy timeout, disk full, I/O errors) become a
   * STORE_WRITE error that names this store, so no caller sees a bare SqliteError.
   */
  #write<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw storeWriteError(this.path, e);
    }
  }

  /** Runs one read; a damaged file reads as STORE_UNREADABLE with what to do, not as a bare SqliteError. */
  #read<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw unreadable(this.path, e);
    }
  }

  createRun(input: CreateRunInput): RunRecord {
    return this.#write(() => {
      let id = newRunId();
      while (this.#runExists.get(id) !== undefined) id = newRunId();
      this.#db
        .prepare(
          'INSERT INTO runs (id, name, status, created_at, config, environment, group_id, arm) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(
          id,
          input.name,
          RunStatus.Created,
          Date.now(),
          encodeJson(input.config),
          encodeJson(input.environment),
          input.groupId ?? null,
          input.arm ?? null,
        );
      return this.getRun(id);
    });
  }

  updateRun(id: string, patch: RunPatch): void {
    return this.#write(() => {
      this.#requireRun(id);
      const columns: Record<string, string | number | null> = {};
      if (patch.status !== undefined) columns.status = patch.status;
      if (patch.startedAt !== undefined) columns.started_at = patch.startedAt;
      if (patch.endedAt !== undefined) columns.ended_at = patch.endedAt;
      if (patch.error !== undefined) columns.error = patch.error;
      if (patch.environment !== undefined) columns.environment = encodeJson(patch.environment);
      const names = Object.keys(columns);
      if (names.length === 0) return;
      const assignments = names.map((name) => `${name} = @${name}`).join(', ');
      this.#db.prepare(`UPDATE runs SET ${assignments} WHERE id = @id`).run({ ...columns, id });
    });
  }

  logParams(runId: string, params: Record<string, ParamValue>): void {
    return this.#write(() => {
      this.#requireRun(runId);
      this.#insertParams(runId, params);
    });
  }

  logMetrics(runId: string, points: MetricPoint[]): void {
    return this.#write(() => {
      this.#requireRun(runId);
      points.forEach((point, index) => {
        if (!Number.isSafeInteger(point.step) || point.step < 0) {
          throw invalidArgument(
            `metric point ${index} ('${point.name}') has step ${point.step}; steps are non-negative integers`,
            'pass the optimizer step count, not a fraction of an epoch',
          );
        }
        if (!Number.isFinite(point.wallTime)) {
          throw invalidArgument(
            `metric point ${index} ('${point.name}') has wall time ${point.wallTime}`,
            'pass seconds since the epoch (Date.now() / 1000)',
          );
        }
      });
      this.#insertMetrics(runId, points);
    });
  }

  rollBackAfter(runId: string, step: number, keepEventKinds: readonly string[]): RolledBack {
    return this.#write(() => {
      this.#requireRun(runId);
      if (!Number.isSafeInteger(step) || step < 0) throw invalidArgument(`cannot roll back to step ${step}`, 'pass the checkpoint\'s optimizer step');
      return this.#rollBack(runId, step, JSON.stringify(keepEventKinds));
    });
  }

  logEvent(runId: string, event: Omit<RunEvent, 'seq'>): void {
    return this.#write(() => {
      this.#requireRun(runId);
      if (event.step !== null && !Number.isSafeInteger(event.step)) {
        throw invalidArgument(`event '${event.kind}' has step ${event.step}`, 'pass an integer step or null');
      }
      if (!Number.isFinite(event.wallTime)) {
        throw invalidArgument(`event '${event.kind}' has wall time ${event.wallTime}`, 'pass seconds since the epoch');
      }
      // Computing seq inside the INSERT keeps numbering increasing without a separate transaction.
      this.#db
        .prepare(
          'INSERT INTO events (run_id, seq, kind, step, wall_time, payload) ' +
            'SELECT @runId, COALESCE(MAX(seq), 0) + 1, @kind, @step, @wallTime, @payload FROM events WHERE run_id = @runId',
        )
        .run({ runId, kind: event.kind, step: event.step, wallTime: event.wallTime, payload: encodeJson(event.payload) });
    });
  }

  addArtifact(runId: string, artifact: { kind: string; path: string }): void {
    return this.#write(() => {
      this.#requireRun(runId);
      // A resumed run writes its checkpoints again at the same paths: one row per file.
      this.#db
        .prepare(
          'INSERT INTO artifacts (run_id, kind, path, created_at) SELECT @runId, @kind, @path, @now ' +
            'WHERE NOT EXISTS (SELECT 1 FROM artifacts WHERE run_id = @runId AND kind = @kind AND path = @path)',
        )
        .run({ runId, kind: artifact.kind, path: artifact.path, now: Date.now() });
    });
  }

  takeLease(runId: string, holder: Holder, now: number): void {
    return this.#write(() => {
      this.#requireRun(runId);
      this.#db
        .prepare('INSERT OR REPLACE INTO leases (run_id, pid, host, started_at, heartbeat_at) VALUES (?, ?, ?, ?, ?)')
        .run(runId, holder.pid, holder.host, holder.startedAt, now);
    });
  }

  renewLease(runId: string, holder: Holder, now: number): boolean {
    return this.#write(() => {
      return (
        this.#db
          .prepare('UPDATE leases SET heartbeat_at = ? WHERE run_id = ? AND pid = ? AND host = ? AND started_at = ?')
          .run(now, runId, holder.pid, holder.host, holder.startedAt).changes > 0
      );
    });
  }

  releaseLease(runId: string, holder: Holder): void {
    return this.#write(() => {
      this.#db
        .prepare('DELETE FROM leases WHERE run_id = ? AND pid = ? AND host = ? AND started_at = ?')
        .run(runId, holder.pid, holder.host, holder.startedAt);
    });
  }

  resolveGroup(idOrPrefix: string): string {
    return this.#read(() => {
      const groups = this.#db
        .prepare<[{ prefix: string }], string>('SELECT DISTINCT group_id FROM runs WHERE group_id IS NOT NULL AND substr(group_id, 1, length(@prefix)) = @prefix ORDER BY group_id')
        .pluck()
        .all({ prefix: idOrPrefix });
      if (groups.includes(idOrPrefix)) return idOrPrefix;
      if (groups.length === 1 && idOrPrefix !== '') return groups[0]!;
      if (groups.length === 0 || idOrPrefix === '') {
        throw new MoqlabError(ErrorCode.RunNotFound, `no group of runs in ${this.path} has an id starting with '${idOrPrefix}'`, {
          hint: `moqlab compare and moqlab repro print their group ids; \`moqlab runs ls --store ${this.path}\` shows each run's`,
        });
      }
      throw new MoqlabError(ErrorCode.RunNotFound, `'${idOrPrefix}' begins ${groups.length} group ids in ${this.path}: ${groups.slice(0, MAX_LISTED_CANDIDATES).join(', ')}`, {
        hint: 'give more characters of the group id',
      });
    });
  }

  getRun(idOrPrefix: string): RunRecord {
    return this.#read(() => {
      const exact = this.#runById.get(idOrPrefix);
      if (exact !== undefined) return toRunRecord(exact, this.probe());
      const candidates = idOrPrefix === '' ? [] : this.#runsByPrefix.all({ prefix: idOrPrefix });
      const [only] = candidates;
      if (candidates.length === 1 && only !== undefined) return toRunRecord(only, this.probe());
      if (candidates.length === 0) {
        throw new MoqlabError(ErrorCode.RunNotFound, `no run in ${this.path} has an id starting with '${idOrPrefix}'`, {
          hint: `pick an id from \`moqlab runs ls --store ${this.path}\``,
        });
      }
      const listed = candidates
        .slice(0, MAX_LISTED_CANDIDATES)
        .map((row) => `  ${row.id} (${row.name})`)
        .join('\n');
      const more = candidates.length > MAX_LISTED_CANDIDATES ? `\n  … and ${candidates.length - MAX_LISTED_CANDIDATES} more` : '';
      throw new MoqlabError(
        ErrorCode.RunNotFound,
        `'${idOrPrefix}' matches ${candidates.length} runs in ${this.path}:\n${listed}${more}`,
        { hint: 'give more characters of the run id' },
      );
    });
  }

  listRuns(options: ListRunsOptions = {}): RunRecord[] {
    return this.#read(() => {
      const where: string[] = [];
      const bind: Record<string, string | number> = {};
      // Running and crashed runs are both stored as running; the lease tells them apart after reading.
      const derived = options.status === RunStatus.Running || options.status === RunStatus.Crashed;
      if (options.status !== undefined) {
        where.push('runs.status = @status');
        bind.status = derived ? RunStatus.Running : options.status;
      }
      if (options.groupId !== undefined) {
        where.push('runs.group_id = @groupId');
        bind.groupId = options.groupId;
      }
      let sql = RUNS_WITH_LEASES;
      if (where.length > 0) sql += ` WHERE ${where.join(' AND ')}`;
      sql += ' ORDER BY runs.created_at DESC, runs.rowid DESC';
      if (options.limit !== undefined) {
        if (!Number.isSafeInteger(options.limit) || options.limit < 1) {
          throw invalidArgument(`run list limit ${options.limit} is not a positive integer`, 'pass a limit >= 1 or none');
        }
        if (!derived) {
          sql += ' LIMIT @limit';
          bind.limit = options.limit;
        }
      }
      const probe = this.probe();
      const runs = this.#db.prepare<[Record<string, string | number>], RunRow>(sql).all(bind).map((row) => toRunRecord(row, probe));
      return derived ? runs.filter((run) => run.status === options.status).slice(0, options.limit) : runs;
    });
  }

  getParams(runId: string): Record<string, ParamValue> {
    return this.#read(() => {
      this.#requireRun(runId);
      const rows = this.#db
        .prepare<[string], { key: string; type: ParamType; value: string }>(
          'SELECT key, type, value FROM params WHERE run_id = ? ORDER BY key',
        )
        .all(runId);
      return Object.fromEntries(rows.map((row) => [row.key, decodeParam(row.type, row.value)]));
    });
  }

  getMetrics(runId: string, name?: string): MetricPoint[] {
    return this.#read(() => {
      this.#requireRun(runId);
      const order = 'ORDER BY name, step, wall_time, rowid';
      const rows =
        name === undefined
          ? this.#db.prepare<[string], MetricRow>(`SELECT ${METRIC_COLUMNS} FROM metrics WHERE run_id = ? ${order}`).all(runId)
          : this.#db
              .prepare<[string, string], MetricRow>(`SELECT ${METRIC_COLUMNS} FROM metrics WHERE run_id = ? AND name = ? ${order}`)
              .all(runId, name);
      return rows.map(toMetricPoint);
    });
  }

  metricNames(runId: string): string[] {
    return this.#read(() => {
      this.#requireRun(runId);
      return this.#db
        .prepare<[string], string>('SELECT DISTINCT name FROM metrics WHERE run_id = ? ORDER BY name')
        .pluck()
        .all(runId);
    });
  }

  latestMetrics(runId: string): Record<string, MetricPoint> {
    return this.#read(() => {
      this.#requireRun(runId);
      const rows = this.#db
        .prepare<[string], MetricRow>(
          `SELECT ${METRIC_COLUMNS} FROM (
             SELECT *, row_number() OVER (PARTITION BY name ORDER BY step DESC, wall_time DESC, rowid DESC) AS rank
             FROM metrics WHERE run_id = ?
           ) WHERE rank = 1 ORDER BY name`,
        )
        .all(runId);
      return Object.fromEntries(rows.map((row) => [row.name, toMetricPoint(row)]));
    });
  }

  getEvents(runId: string, kind?: string): RunEvent[] {
    return this.#read(() => {
      this.#requireRun(runId);
      const rows =
        kind === undefined
          ? this.#db.prepare<[string], EventRow>(`SELECT ${EVENT_COLUMNS} FROM events WHERE run_id = ? ORDER BY seq`).all(runId)
          : this.#db
              .prepare<[string, string], EventRow>(
                `SELECT ${EVENT_COLUMNS} FROM events WHERE run_id = ? AND kind = ? ORDER BY seq`,
              )
              .all(runId, kind);
      return rows.map(toRunEvent);
    });
  }

  getArtifacts(runId: string): Artifact[] {
    return this.#read(() => {
      this.#requireRun(runId);
      return this.#db
        .prepare<[string], { kind: string; path: string; created_at: number }>(
          'SELECT kind, path, created_at FROM artifacts WHERE run_id = ? ORDER BY rowid',
        )
        .all(runId)
        .map((row) => ({ kind: row.kind, path: row.path, createdAt: row.created_at }));
    });
  }

  close(): void {
    this.#db.close();
    this.onClose();
  }

  #requireRun(runId: string): void {
    if (this.#runExists.get(runId) === undefined) {
      throw new MoqlabError(ErrorCode.RunNotFound, `no run with id '${runId}' in ${this.path}`, {
        hint: 'pass a full run id (getRun resolves a prefix to one)',
      });
    }
  }
}
