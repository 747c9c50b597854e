/**
 * Numbered schema migrations. Migration N (1-based position in the list) takes a database from
 * `PRAGMA user_version` N-1 to N. Never edit a released migration: append a new one, so every
 * existing database can reach the current schema by replaying the tail of this list.
 */
import type Database from 'better-sqlite3';
import { ErrorCode, MoqlabError } from '../errors.js';

export interface Migration {
  readonly description: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    description: 'runs, params, metrics, events, artifacts',
    // STRICT makes SQLite reject a fractional step or a text timestamp instead of storing it.
    sql: `
      CREATE TABLE runs (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        started_at INTEGER,
        ended_at INTEGER,
        config TEXT NOT NULL,
        environment TEXT NOT NULL,
        error TEXT,
        group_id TEXT,
        arm TEXT
      ) STRICT;
      CREATE INDEX runs_by_created ON runs (created_at);
      CREATE INDEX runs_by_group ON runs (group_id);

      CREATE TABLE params (
        run_id TEXT NOT NULL REFERENCES runs (id),
        key TEXT NOT NULL,
        type TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (run_id, key)
      ) STRICT, WITHOUT ROWID;

      CREATE TABLE metrics (
        run_id TEXT NOT NULL REFERENCES runs (id),
        name TEXT NOT NULL,
        step INTEGER NOT NULL,
        wall_time REAL NOT NULL,
        value REAL,
        value_kind INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX metrics_by_run_name_step ON metrics (run_id, name, step);

      CREATE TABLE events (
        run_id TEXT NOT NULL REFERENCES runs (id),
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        step INTEGER,
        wall_time REAL NOT NULL,
        payload TEXT NOT NULL,
        PRIMARY KEY (run_id, seq)
      ) STRICT;
      CREATE INDEX events_by_run_kind ON events (run_id, kind);

      CREATE TABLE artifacts (
        run_id TEXT NOT NULL REFERENCES runs (id),
        kind TEXT NOT NULL,
        path TEXT NOT NULL,
        created_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX artifacts_by_run ON artifacts (run_id);
    `,
  },
  {
    description: 'leases: the controller process that drives each running run, with its heartbeat',
    sql: `
      CREATE TABLE leases (
        run_id TEXT PRIMARY KEY REFERENCES runs (id),
        pid INTEGER NOT NULL,
        host TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        heartbeat_at INTEGER NOT NULL
      ) STRICT, WITHOUT ROWID;
    `,
  },
];

export const SCHEMA_VERSION: number = MIGRATIONS.length;

export function schemaVersionOf(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies `migrations[from..]`, each in its own transaction together with its version bump, so a
 * failing migration leaves the database at the last version that fully applied.
 */
export function applyMigrations(db: Database.Database, migrations: readonly Migration[], from: number): void {
  migrations.slice(from).forEach((migration, offset) => {
    const version = from + offset + 1;
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        db.pragma(`user_version = ${version}`);
      })();
    } catch (cause) {
      throw new MoqlabError(
        ErrorCode.StoreSchema,
        `migration ${version} (${migration.description}) of ${db.name} failed: ${(cause as Error).message}`,
        { hint: `the database was left at schema version ${version - 1}; report this as a moqlab bug`, cause },
      );
    }
  });
}
