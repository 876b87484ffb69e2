import { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { keyOf } from '../../src/ledger/claim-store.ts';
import { Ledger, openLedger } from '../../src/ledger/index.ts';
import { MIGRATIONS } from '../../src/ledger/migrations.ts';
import { figure, ledgerOf, recordReport } from '../findings/table-helpers.ts';

const KEY = keyOf(figure({}));
const positionValues = (ledger: Ledger): [string, number][] =>
  ledger.claims
    .positions(KEY)
    .map((c): [string, number] => [c.claim.source.outlet ?? '', c.claim.value])
    .sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);

/** A source's position on a key is the claims of its latest live article there (flagged at write time). */
describe('ledger positions', () => {
  let ledger: Ledger | null = null;
  afterEach(() => ledger?.close());

  it('a source that reports a key again is positioned by its latest article only; other sources keep theirs', () => {
    ledger = openLedger(':memory:');
    recordReport(ledger, ledgerOf('Trend', '2024-02-01', [{ value: 4.3e9, surface: '$4.3 billion' }]));
    recordReport(ledger, ledgerOf('Report.az', '2024-02-10', [{ value: 4.35e9, surface: '$4.35 billion' }]));
    recordReport(ledger, ledgerOf('Trend', '2024-03-05', [{ value: 4.4e9, surface: '$4.4 billion' }]));
    expect(positionValues(ledger)).toEqual([
      ['Report.az', 4.35e9],
      ['Trend', 4.4e9],
    ]);
  });

  it('an older article seen late does not displace the source\'s newer position', () => {
    ledger = openLedger(':memory:');
    recordReport(ledger, ledgerOf('Trend', '2024-03-05', [{ value: 4.4e9, surface: '$4.4 billion' }]));
    recordReport(ledger, ledgerOf('Trend', '2024-02-01', [{ value: 4.3e9, surface: '$4.3 billion' }]));
    expect(positionValues(ledger)).toEqual([['Trend', 4.4e9]]);
  });

  it('a changed article that drops the key hands the source\'s position back to its previous article', () => {
    ledger = openLedger(':memory:');
    recordReport(ledger, ledgerOf('Trend', '2024-02-01', [{ value: 4.3e9, surface: '$4.3 billion' }]));
    const later = ledgerOf('Trend', '2024-03-05', [{ value: 4.4e9, surface: '$4.4 billion' }]);
    recordReport(ledger, later);
    // The same URL again with other text and a figure for another year only.
    recordReport(ledger, { ...later, text: 'Corrected: the earlier figure was for 2022.', figures: [{ value: 4.4e9, period: '2022', surface: '$4.4 billion' }] });
    expect(positionValues(ledger)).toEqual([['Trend', 4.3e9]]);
  });

  it('migration 3 flags the positions of a store written before it, as the write-time rule would', () => {
    const db = new DatabaseSync(':memory:');
    MIGRATIONS.slice(0, 2).forEach((sql, i) => {
      db.exec(sql);
      db.exec(`PRAGMA user_version = ${i + 1}`);
    });
    const old = new Ledger(db);
    // Claims written by the version-2 code path carry no flag: insert them with the flag column absent.
    db.exec(`INSERT INTO articles (id, url, outlet, published, source_key, content_hash, simhash, topics, fetched_at) VALUES
      (1, 'https://trend.example/a', 'Trend', '2024-02-01', 'outlet:trend', 'h1', '0000000000000000', '[]', '2024-02-01'),
      (2, 'https://trend.example/b', 'Trend', '2024-03-05', 'outlet:trend', 'h2', 'ffffffffffffffff', '[]', '2024-03-05'),
      (3, 'https://report.example/a', 'Report.az', '2024-02-10', 'outlet:report', 'h3', '00000000ffffffff', '[]', '2024-02-10')`);
    const insert = db.prepare(`INSERT INTO claims (article_id, metric, series, subject, period, unit, growth_of, figure, lo, hi, source_key, published, created_at)
      VALUES (?, 'trade_turnover', 'trade_turnover', 'RU-AZ', '2023', 'USD', '', ?, ?, ?, ?, ?, '2024-03-05')`);
    for (const [article, value, source, published] of [[1, 4.3e9, 'outlet:trend', '2024-02-01'], [2, 4.4e9, 'outlet:trend', '2024-03-05'], [3, 4.35e9, 'outlet:report', '2024-02-10']] as const) {
      insert.run(article, JSON.stringify(figure({ value })), value * 0.99, value * 1.01, source, published);
    }
    db.exec(MIGRATIONS[2]!);
    const flagged = (db.prepare("SELECT id FROM claims WHERE latest = 1 ORDER BY id").all() as { id: number }[]).map((r) => r.id);
    old.claims.rebuildPositions();
    expect((db.prepare("SELECT id FROM claims WHERE latest = 1 ORDER BY id").all() as { id: number }[]).map((r) => r.id)).toEqual(flagged);
    expect(positionValues(old)).toEqual([
      ['Report.az', 4.35e9],
      ['Trend', 4.4e9],
    ]);
    db.close();
  });
});
