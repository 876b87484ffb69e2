import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';
import { MIGRATIONS } from '../../src/ledger/migrations.ts';
import { anadolu, figure, recordReport } from './table-helpers.ts';

/** A store written by the first release: schema 1 with claims in it. */
function storeAtVersion1(path: string): void {
  const db = new DatabaseSync(path);
  db.exec(MIGRATIONS[0] ?? '');
  db.exec('PRAGMA user_version = 1');
  db.prepare(
    `INSERT INTO articles (url, outlet, title, published, wire, source_key, content_hash, simhash, topics, fetched_at)
     VALUES ('https://apa.example/1', 'APA', NULL, '2023-01-20', NULL, 'outlet:apa', 'h', '0123456789abcdef', '[]', '2023-01-20T00:00:00Z')`,
  ).run();
  const claim = db.prepare(
    `INSERT INTO claims (article_id, metric, subject, period, unit, figure, lo, hi, source_key, published, created_at)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?, 'outlet:apa', '2023-01-20', '2023-01-20T00:00:00Z')`,
  );
  const rows = [
    figure({ metric: 'imports', subject: 'RU>AZ', period: '2022', value: 2.41e9, surface: '$2.41 billion' }),
    figure({ metric: 'growth_rate', growthOf: 'exports', unit: '%', period: '2022', value: 42, surface: '42%' }),
    figure({ period: null, periodBasis: 'none', modality: 'target', value: 1e10, surface: '$10 billion' }),
  ];
  for (const row of rows) claim.run(row.metric, row.subject, row.period, row.unit, JSON.stringify(row), row.value * 0.99, row.value * 1.01);
  db.close();
}

describe('migration 2 on a store from the first release', () => {
  let dir = '';
  let ledger: Ledger | null = null;
  afterEach(() => {
    ledger?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('files old claims under their series, growth and context, and compares new claims with them', () => {
    dir = mkdtempSync(join(tmpdir(), 'fw-migration-'));
    const path = join(dir, 'store.db');
    storeAtVersion1(path);
    ledger = openLedger(path);
    const rows = ledger.db.prepare('SELECT metric, series, growth_of, context FROM claims ORDER BY id').all();
    expect(rows.map((row) => ({ ...row }))).toEqual([
      { metric: 'imports', series: 'exports', growth_of: '', context: null },
      { metric: 'growth_rate', series: 'growth_rate', growth_of: 'exports', context: null },
      { metric: 'trade_turnover', series: 'trade_turnover', growth_of: '', context: 'target' },
    ]);
    const findings = recordReport(ledger, anadolu([{ metric: 'exports', subject: 'RU>AZ', period: '2022', value: 3.3e9, surface: '$3.3 billion' }]));
    expect(findings.map((f) => [f.kind, f.against?.source.outlet])).toEqual([['contradiction', 'APA']]);
  });
});
