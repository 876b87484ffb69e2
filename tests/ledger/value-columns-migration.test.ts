import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';
import { MIGRATIONS } from '../../src/ledger/migrations.ts';
import { CountingPositions, everyPosition, record, storesOf, tablesOf } from './compare-stores.ts';
import { articleStream } from './generated-ledger.ts';

type Row = Record<string, SQLInputValue>;

/**
 * A store as the release before migration 4 left it: schema 3, and every row of `source` except the two
 * columns migration 4 adds (ids, position flags, findings and the outbox as they were).
 */
function storeAtVersion3(path: string, source: Ledger): void {
  const db = new DatabaseSync(path);
  MIGRATIONS.slice(0, 3).forEach((sql, i) => db.exec(`${sql}; PRAGMA user_version = ${i + 1};`));
  db.exec('BEGIN');
  for (const table of ['articles', 'claims', 'findings', 'outbox']) {
    const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name);
    const insert = db.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    for (const row of source.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all() as Row[]) insert.run(...columns.map((c) => row[c] ?? null));
  }
  db.exec('COMMIT');
  db.close();
}

const SEED = 4242;

describe('migration 4 on a store at schema 3', () => {
  let dir = '';
  const open: Ledger[] = [];
  afterEach(() => {
    for (const ledger of open.splice(0)) ledger.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('fills each claim\'s value and period basis from its figure, and later articles are compared exactly as before', () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-migration-4-'));
    const stream = articleStream(SEED, 320);
    const reference = openLedger(':memory:');
    open.push(reference);
    const full = everyPosition(reference);
    for (const article of stream.slice(0, 200)) record(full, article);
    const path = join(dir, 'store.db');
    storeAtVersion3(path, reference);

    const migrated = openLedger(path);
    open.push(migrated);
    expect((migrated.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version).toBe(4);
    const filled = migrated.db.prepare('SELECT id, figure, value, period_basis FROM claims ORDER BY id').all() as { id: number; figure: string; value: number; period_basis: string }[];
    expect(filled.length).toBeGreaterThan(300);
    for (const row of filled) {
      const figure = JSON.parse(row.figure) as { value: number; periodBasis: string };
      expect([row.id, row.value, row.period_basis]).toEqual([row.id, figure.value, figure.periodBasis]);
    }
    expect(tablesOf(migrated)).toEqual(tablesOf(reference));

    const counting = new CountingPositions(migrated.db);
    const fast = storesOf(migrated, counting);
    for (const [i, article] of stream.slice(200).entries()) expect(record(fast, article), `article ${200 + i}`).toEqual(record(full, article));
    expect(tablesOf(migrated)).toEqual(tablesOf(reference));
    expect(counting.narrowed).toBeGreaterThan(counting.calls / 2);
  });

  it('rebuilds claims_position to cover what a comparison reads of each position', () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-migration-4-'));
    const empty = openLedger(':memory:');
    open.push(empty);
    const path = join(dir, 'store.db');
    storeAtVersion3(path, empty);
    const migrated = openLedger(path);
    open.push(migrated);
    const columns = (migrated.db.prepare('PRAGMA index_info(claims_position)').all() as { name: string }[]).map((c) => c.name);
    expect(columns).toEqual(['series', 'subject', 'unit', 'growth_of', 'period', 'id', 'source_key', 'article_id', 'lo', 'hi', 'value', 'period_basis', 'published', 'superseded', 'context', 'latest']);
  });
});
