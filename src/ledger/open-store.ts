import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { MIGRATIONS } from './migrations.ts';

/** The store cannot be used: a path that cannot be opened, a corrupt file or a failed migration. */
export class StoreError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(`ledger: ${message}`, options);
    this.name = 'StoreError';
  }
}

export function openDatabase(path: string, busyTimeoutMs = 5_000): DatabaseSync {
  let db: DatabaseSync;
  try {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    db = new DatabaseSync(path, { timeout: busyTimeoutMs });
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;');
  } catch (error) {
    throw new StoreError(`cannot open ${path}: ${(error as Error).message}`, { cause: error });
  }
  registerFunctions(db);
  migrate(db, path);
  return db;
}

/**
 * SQL functions the migrations use. figure_value: a claim's value as JavaScript reads it from the figure's
 * JSON (SQLite's own number parsing may differ in the last bit, and comparisons must see one number).
 */
function registerFunctions(db: DatabaseSync): void {
  db.function('figure_value', { deterministic: true }, (figure) => {
    const value: unknown = typeof figure === 'string' ? (JSON.parse(figure) as { value?: unknown }).value : null;
    return typeof value === 'number' ? value : null;
  });
}

function migrate(db: DatabaseSync, path: string): void {
  const current = readUserVersion(db);
  if (current > MIGRATIONS.length) {
    throw new StoreError(`${path} has schema version ${current}, newer than this figurewatch (${MIGRATIONS.length})`);
  }
  for (let version = current + 1; version <= MIGRATIONS.length; version++) {
    try {
      inTransaction(db, () => {
        db.exec(MIGRATIONS[version - 1] ?? '');
        db.exec(`PRAGMA user_version = ${version}`);
      });
    } catch (error) {
      throw new StoreError(`migration ${version} failed on ${path}: ${(error as Error).message}`, { cause: error });
    }
  }
}

function readUserVersion(db: DatabaseSync): number {
  try {
    const row = db.prepare('PRAGMA user_version').get() as { user_version: number } | undefined;
    return row?.user_version ?? 0;
  } catch (error) {
    throw new StoreError(`cannot read the schema version: ${(error as Error).message}`, { cause: error });
  }
}

/** Runs `work` in one IMMEDIATE transaction: all of it lands or none of it. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

const MAX_CACHED_STATEMENTS = 256;
const statementCaches = new WeakMap<DatabaseSync, Map<string, StatementSync>>();

/**
 * The database's prepared statement for a SQL text, compiled once and reused. Every prepare() allocates
 * native memory that V8 neither sees nor frees until the wrapper is collected: a statement per call grew
 * the RSS of a 2,000-feed cycle by tens of MiB and cost CPU per item (docs/benchmarks.md).
 */
export function preparedFor(db: DatabaseSync): (sql: string) => StatementSync {
  let cache = statementCaches.get(db);
  if (!cache) statementCaches.set(db, (cache = new Map()));
  const statements = cache;
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size >= MAX_CACHED_STATEMENTS) statements.delete(statements.keys().next().value!);
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
}
