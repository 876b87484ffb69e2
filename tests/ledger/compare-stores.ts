/**
 * Two ways of recording one stream of articles, side by side: the ledger as it runs (ClaimStore.positionsFor
 * picks the positions a comparison can turn on) and the same ledger made to hand every comparison every
 * position (ClaimStore.positions), which is what compareClaim was written against.
 */
import type { ArticleRecord, Ledger, RecordResult } from '../../src/ledger/index.ts';
import { ClaimStore, type ClaimKey } from '../../src/ledger/claim-store.ts';
import { recordArticle, type RecordStores } from '../../src/ledger/record-article.ts';
import type { Interval, LedgerClaim } from '../../src/findings/index.ts';
import { everything } from '../findings/table-helpers.ts';

export const NOW = new Date('2025-02-01T00:00:00Z');

/** Hands every comparison every position on its key. */
class EveryPosition extends ClaimStore {
  override positionsFor(key: ClaimKey): LedgerClaim[] {
    return this.positions(key);
  }
}

/** Counts the comparisons given fewer positions than the key holds. */
export class CountingPositions extends ClaimStore {
  calls = 0;
  narrowed = 0;
  override positionsFor(key: ClaimKey, probe: { interval: Interval; sourceKey: string }): LedgerClaim[] {
    const some = super.positionsFor(key, probe);
    this.calls++;
    if (some.length < this.positions(key).length) this.narrowed++;
    return some;
  }
}

export function storesOf(ledger: Ledger, claims: ClaimStore): RecordStores {
  return { db: ledger.db, articles: ledger.articles, claims, items: ledger.items, outbox: ledger.outbox };
}

export function everyPosition(ledger: Ledger): RecordStores {
  return storesOf(ledger, new EveryPosition(ledger.db));
}

export function record(stores: RecordStores, article: ArticleRecord): RecordResult {
  return recordArticle(stores, article, everything, NOW);
}

/** Every table a recording writes, row by row, for comparing two stores. */
export function tablesOf(ledger: Ledger): Record<string, unknown[]> {
  const rows = (sql: string): unknown[] => ledger.db.prepare(sql).all().map((row) => ({ ...row }));
  return {
    articles: rows('SELECT * FROM articles ORDER BY id'),
    claims: rows('SELECT * FROM claims ORDER BY id'),
    findings: rows('SELECT * FROM findings ORDER BY id'),
    outbox: rows('SELECT * FROM outbox ORDER BY id'),
  };
}
