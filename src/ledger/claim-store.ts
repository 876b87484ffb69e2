import type { DatabaseSync } from 'node:sqlite';
import type { LedgerClaim } from '../findings/index.ts';
import type { Claim, Figure, Metric } from '../model/index.ts';

interface RawClaim {
  id: number;
  figure: string;
  lo: number;
  hi: number;
  source_key: string;
  source: string;
}

const SELECT_CLAIM = `SELECT c.id, c.figure, c.lo, c.hi, c.source_key,
  json_object('url', a.url, 'outlet', a.outlet, 'published', a.published, 'title', a.title, 'wire', a.wire) AS source
  FROM claims c JOIN articles a ON a.id = c.article_id`;

/** Claims as intervals, looked up by key (metric, subject, period, unit) through the claims_key index. */
export class ClaimStore {
  private readonly db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.db = db;
  }

  sameKey(metric: Metric, subject: string, period: string | null, unit: string): LedgerClaim[] {
    const rows = (
      period === null
        ? this.db.prepare(`${SELECT_CLAIM} WHERE c.superseded = 0 AND c.metric = ? AND c.subject = ? AND c.period IS NULL AND c.unit = ?`).all(metric, subject, unit)
        : this.db.prepare(`${SELECT_CLAIM} WHERE c.superseded = 0 AND c.metric = ? AND c.subject = ? AND c.period = ? AND c.unit = ?`).all(metric, subject, period, unit)
    ) as unknown as RawClaim[];
    return rows.map(toLedgerClaim);
  }

  /** The latest claim for the series in a period other than `period`, by publication. */
  previousPeriod(metric: Metric, subject: string, period: string | null, unit: string): LedgerClaim | null {
    if (period === null) return null;
    const row = this.db
      .prepare(
        `${SELECT_CLAIM} WHERE c.superseded = 0 AND c.metric = ? AND c.subject = ? AND c.unit = ?
         AND c.period IS NOT NULL AND c.period <> ? AND c.period < ? ORDER BY c.period DESC, c.published DESC, c.id DESC LIMIT 1`,
      )
      .get(metric, subject, unit, period, period) as RawClaim | undefined;
    return row ? toLedgerClaim(row) : null;
  }

  insert(articleId: number, figure: Figure, lo: number, hi: number, sourceKey: string, published: string | null, now: Date): number {
    const row = this.db
      .prepare(
        `INSERT INTO claims (article_id, metric, subject, period, unit, figure, lo, hi, source_key, published, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(articleId, figure.metric, figure.subject, figure.period, figure.unit, JSON.stringify(figure), lo, finiteOrMax(hi), sourceKey, published, now.toISOString()) as {
      id: number;
    };
    return row.id;
  }

  /** The claims an article currently holds (before it is superseded by a changed version). */
  byArticle(articleId: number): LedgerClaim[] {
    const rows = this.db.prepare(`${SELECT_CLAIM} WHERE c.superseded = 0 AND c.article_id = ?`).all(articleId) as unknown as RawClaim[];
    return rows.map(toLedgerClaim);
  }

  /** A changed article's earlier figures stop counting; its new ones are compared afresh. */
  supersedeArticle(articleId: number): number {
    return Number(this.db.prepare('UPDATE claims SET superseded = 1 WHERE article_id = ? AND superseded = 0').run(articleId).changes);
  }

  latest(filter: { metric?: string; period?: string; limit: number }): LedgerClaim[] {
    const where = ['c.superseded = 0'];
    const params: string[] = [];
    if (filter.metric) {
      where.push('c.metric = ?');
      params.push(filter.metric);
    }
    if (filter.period) {
      where.push('c.period = ?');
      params.push(filter.period);
    }
    const rows = this.db
      .prepare(`${SELECT_CLAIM} WHERE ${where.join(' AND ')} ORDER BY a.published DESC, c.id DESC LIMIT ${Math.max(1, Math.floor(filter.limit))}`)
      .all(...params) as unknown as RawClaim[];
    return rows.map(toLedgerClaim);
  }

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM claims WHERE superseded = 0').get() as { n: number }).n;
  }
}

// SQLite REAL holds Infinity, but JSON and some drivers do not: store the largest double instead.
function finiteOrMax(value: number): number {
  return Number.isFinite(value) ? value : Number.MAX_VALUE;
}

function toLedgerClaim(row: RawClaim): LedgerClaim {
  const figure = JSON.parse(row.figure) as Figure;
  const claim: Claim = { ...figure, source: JSON.parse(row.source) as Claim['source'] };
  return { id: row.id, claim, interval: { lo: row.lo, hi: row.hi >= Number.MAX_VALUE ? Infinity : row.hi }, sourceKey: row.source_key };
}
