import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { preparedFor } from './open-store.ts';
import { relevantPositions, type ComparedProbe, type PositionBounds } from './relevant-positions.ts';
import { seriesMetric, type ContextReason, type Interval, type LedgerClaim } from '../findings/index.ts';
import type { Claim, Figure, Metric } from '../model/index.ts';

interface RawClaim {
  id: number;
  figure: string;
  lo: number;
  hi: number;
  source_key: string;
  source: string;
}

/** What makes two claims about the same thing: a claim's key is its series plus its period. */
export interface SeriesKey {
  metric: Metric;
  subject: string;
  unit: string;
  /** For growth_rate, the metric that grew ('' otherwise): growth of exports is not growth of turnover. */
  growthOf: string;
}

export interface ClaimKey extends SeriesKey {
  period: string | null;
}

export function keyOf(figure: Pick<Figure, 'metric' | 'subject' | 'unit' | 'growthOf' | 'period'>): ClaimKey {
  return { metric: figure.metric, subject: figure.subject, unit: figure.unit, growthOf: figure.growthOf ?? '', period: figure.period };
}

const CLAIM_COLUMNS = `c.id, c.figure, c.lo, c.hi, c.source_key,
  json_object('url', a.url, 'outlet', a.outlet, 'published', a.published, 'title', a.title, 'wire', a.wire) AS source`;

const SELECT_CLAIM = `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id`;

/** The comparable claims of one series (context claims: targets, rates, unknown periods, strays are never compared), through claims_key. */
const SERIES = 'c.superseded = 0 AND c.context IS NULL AND c.series = ? AND c.subject = ? AND c.unit = ? AND c.growth_of = ?';

/**
 * Each source's latest article on a key: the claims flagged `latest`, kept up to date on every insert and
 * supersede (refreshPosition), so a comparison reads about one row per source however long the key's history.
 */
const POSITIONS_SQL = `SELECT ${CLAIM_COLUMNS} FROM claims c INDEXED BY claims_position JOIN articles a ON a.id = c.article_id
  WHERE ${SERIES} AND c.period IS ? AND c.latest = 1 ORDER BY c.id`;

/**
 * The same positions as bounds (relevant-positions.ts), straight off claims_position: a covering index, so
 * no claims row, no JSON and no article is read (joining each article for its date cost more than the rest).
 */
const POSITION_BOUNDS_SQL = `SELECT c.id, c.source_key, c.article_id, c.lo, c.hi, c.value, c.period_basis, c.published
  FROM claims c INDEXED BY claims_position WHERE ${SERIES} AND c.period IS ? AND c.latest = 1 ORDER BY c.id`;

const CLAIMS_BY_ID_SQL = `${SELECT_CLAIM} WHERE c.id IN (SELECT value FROM json_each(?)) ORDER BY c.id`;

/** The source's latest live article on a key: by publication, then ledger order (claims_key serves it). */
const LATEST_ARTICLE_SQL = `SELECT c.article_id FROM claims c WHERE ${SERIES} AND c.period IS ? AND c.source_key = ?
  ORDER BY c.published DESC, c.article_id DESC LIMIT 1`;

const FLAG_LATEST_SQL = `UPDATE claims AS c SET latest = (c.article_id IS ?) WHERE ${SERIES} AND c.period IS ? AND c.source_key = ?
  AND c.latest <> (c.article_id IS ?)`;

const SUPERSEDED_KEYS_SQL = `SELECT DISTINCT series, subject, unit, growth_of, period, source_key FROM claims
  WHERE article_id = ? AND superseded = 0 AND context IS NULL`;

const PREVIOUS_PERIOD_SQL = `${SELECT_CLAIM} WHERE ${SERIES} AND c.period < ? AND c.period GLOB ?
  ORDER BY c.period DESC, c.published DESC, c.id DESC LIMIT 1`;

const COPY_CANDIDATES_SQL = `SELECT DISTINCT a.url, a.simhash, a.source_key FROM claims c JOIN articles a ON a.id = c.article_id
  WHERE ${SERIES} AND c.period IS ? AND c.published >= ? AND c.published < ?`;

/** Claims as intervals, looked up by key (docs/adr/002-claim-comparison.md lists the query plans). */
export class ClaimStore {
  private readonly db: DatabaseSync;
  private readonly prepare: (sql: string) => StatementSync;
  constructor(db: DatabaseSync) {
    this.db = db;
    this.prepare = preparedFor(db);
  }

  /**
   * Each source's position on a key: the claims of its latest article (by publication, then ledger order).
   * A key yields about as many rows as sources, however often each repeated itself, so a comparison stays small.
   */
  positions(key: ClaimKey): LedgerClaim[] {
    const rows = this.prepare(POSITIONS_SQL).all(...seriesParams(key), key.period) as unknown as RawClaim[];
    // In ledger order, as compareClaim has always seen them (of equal claims it cites the first): claims_position
    // holds a key's rows by id, so ORDER BY c.id costs no sort.
    return rows.map(toLedgerClaim);
  }

  /**
   * The positions on the claim's key that can decide its comparison (relevant-positions.ts): compareClaim
   * gives the same finding, citation and restatement with them as with `positions(key)`, which a key with
   * hundreds of sources makes slow to load in full. Not for a key the article reads twice: which reading is
   * a stray one is judged against every position (record-article.ts).
   */
  positionsFor(key: ClaimKey, probe: Omit<ComparedProbe, 'period'>): LedgerClaim[] {
    const statement = this.prepare(POSITION_BOUNDS_SQL);
    // Rows as arrays: node:sqlite builds them much faster than objects, and a busy key has hundreds.
    statement.setReturnArrays(true);
    const bounds = (statement.all(...seriesParams(key), key.period) as unknown as BoundsRow[]).map(toBounds);
    const ids = relevantPositions(bounds, { ...probe, period: key.period });
    if (ids === 'all') return this.positions(key);
    const claims = (this.prepare(CLAIMS_BY_ID_SQL).all(JSON.stringify(ids)) as unknown as RawClaim[]).map(toLedgerClaim);
    // The choice rests on the value, period basis and published columns agreeing with each figure and its
    // article, as ClaimStore.insert and migration 4 write them; a store written around those might not:
    // where a loaded claim shows it, compare with every position as before.
    const byId = new Map(bounds.map((entry) => [entry.id, entry]));
    const consistent = claims.every((entry) => {
      const stored = byId.get(entry.id);
      return stored?.value === entry.claim.value && stored.periodBasis === entry.claim.periodBasis && stored.published === entry.claim.source.published;
    });
    return consistent ? claims : this.positions(key);
  }

  /**
   * The latest claim of the series in the nearest earlier period of the same granularity (2023 before
   * 2024, 2024-04 before 2024-05; a year is not the previous period of a half-year), or null.
   */
  previousPeriod(key: ClaimKey): LedgerClaim | null {
    const shape = key.period === null ? null : periodShape(key.period);
    if (key.period === null || shape === null) return null;
    const row = this.prepare(PREVIOUS_PERIOD_SQL).get(...seriesParams(key), key.period, shape) as RawClaim | undefined;
    return row ? toLedgerClaim(row) : null;
  }

  /**
   * The articles holding a comparable claim on any of these keys, published between `from` and `to`
   * (ISO dates, inclusive): the candidates a new article may be a copy of.
   */
  articlesOnKeys(keys: readonly ClaimKey[], from: string, to: string): { url: string; simhash: string; sourceKey: string }[] {
    const statement = this.prepare(COPY_CANDIDATES_SQL);
    const found = new Map<string, { url: string; simhash: string; sourceKey: string }>();
    for (const key of uniqueKeys(keys)) {
      const rows = statement.all(...seriesParams(key), key.period, from, to) as unknown as { url: string; simhash: string; source_key: string }[];
      for (const row of rows) found.set(row.url, { url: row.url, simhash: row.simhash, sourceKey: row.source_key });
    }
    return [...found.values()];
  }

  /** Stores a claim; a claim with a context reason is kept (for `figures`) but never compared again. */
  insert(articleId: number, figure: Figure, interval: Interval, how: { sourceKey: string; context: ContextReason | null }, published: string | null, now: Date): number {
    const id = this.insertRow(articleId, figure, interval, how, published, now);
    if (how.context === null) this.refreshPosition(seriesParams(keyOf(figure)), figure.period, how.sourceKey);
    return id;
  }

  /** Flags every source's position on every key afresh: for bulk loads that write claims without insert(). */
  rebuildPositions(): void {
    this.db.exec(`UPDATE claims SET latest = 0 WHERE latest <> 0;
      UPDATE claims SET latest = 1 WHERE id IN (
        SELECT id FROM (
          SELECT id, dense_rank() OVER (PARTITION BY series, subject, unit, growth_of, period, source_key
            ORDER BY published DESC, article_id DESC) AS rank
          FROM claims WHERE superseded = 0 AND context IS NULL)
        WHERE rank = 1)`);
  }

  /** Re-flags which claims of one source on one key are its position (its latest live article's). */
  private refreshPosition(series: string[], period: string | null, sourceKey: string): void {
    const row = this.prepare(LATEST_ARTICLE_SQL).get(...series, period, sourceKey) as { article_id: number } | undefined;
    const latest = row?.article_id ?? null;
    this.prepare(FLAG_LATEST_SQL).run(latest, ...series, period, sourceKey, latest);
  }

  private insertRow(articleId: number, figure: Figure, interval: Interval, how: { sourceKey: string; context: ContextReason | null }, published: string | null, now: Date): number {
    const row = this.prepare(
        `INSERT INTO claims (article_id, metric, series, subject, period, unit, growth_of, context, figure, lo, hi, value, period_basis, source_key, published, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      )
      .get(
        articleId,
        figure.metric,
        seriesMetric(figure.metric, figure.subject),
        figure.subject,
        figure.period,
        figure.unit,
        seriesMetric(figure.growthOf ?? '', figure.subject),
        how.context,
        JSON.stringify(figure),
        interval.lo,
        finiteOrMax(interval.hi),
        figure.value,
        figure.periodBasis,
        how.sourceKey,
        published,
        now.toISOString(),
      ) as { id: number };
    return row.id;
  }

  /** The claims an article currently holds (before it is superseded by a changed version). */
  byArticle(articleId: number): LedgerClaim[] {
    const rows = this.prepare(`${SELECT_CLAIM} WHERE c.superseded = 0 AND c.article_id = ?`).all(articleId) as unknown as RawClaim[];
    return rows.map(toLedgerClaim);
  }

  /** A changed article's earlier figures stop counting; its new ones are compared afresh. */
  supersedeArticle(articleId: number): number {
    const keys = this.prepare(SUPERSEDED_KEYS_SQL).all(articleId) as unknown as { series: string; subject: string; unit: string; growth_of: string; period: string | null; source_key: string }[];
    const changes = Number(this.prepare('UPDATE claims SET superseded = 1, latest = 0 WHERE article_id = ? AND superseded = 0').run(articleId).changes);
    // The source's position on each of those keys falls back to its previous article, if any.
    for (const key of keys) this.refreshPosition([key.series, key.subject, key.unit, key.growth_of], key.period, key.source_key);
    return changes;
  }

  /**
   * The newest live claims. `comparable` leaves out context claims (targets, rates, unknown periods, strays,
   * restatements), which are never compared: a goal for 2030 is no reported figure with agreement or conflict.
   */
  latest(filter: { metric?: string; period?: string; limit: number; comparable?: boolean }): LedgerClaim[] {
    const where = ['c.superseded = 0'];
    if (filter.comparable) where.push('c.context IS NULL');
    const params: string[] = [];
    if (filter.metric) {
      where.push('c.metric = ?');
      params.push(filter.metric);
    }
    if (filter.period) {
      where.push('c.period = ?');
      params.push(filter.period);
    }
    const rows = this.prepare(`${SELECT_CLAIM} WHERE ${where.join(' AND ')} ORDER BY c.published DESC, c.id DESC LIMIT ${Math.max(1, Math.floor(filter.limit))}`)
      .all(...params) as unknown as RawClaim[];
    return rows.map(toLedgerClaim);
  }

  /** EXPLAIN QUERY PLAN of the comparison's queries, for the ADR and the index test. */
  queryPlans(): Record<'positions' | 'positionBounds' | 'latestArticle' | 'previousPeriod' | 'copyCandidates', string[]> {
    const plan = (sql: string, params: (string | number | null)[]): string[] =>
      (this.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((row) => row.detail);
    const series = seriesParams({ metric: 'trade_turnover', subject: 'RU-AZ', unit: 'USD', growthOf: '' });
    return {
      positions: plan(POSITIONS_SQL, [...series, '2023']),
      positionBounds: plan(POSITION_BOUNDS_SQL, [...series, '2023']),
      latestArticle: plan(LATEST_ARTICLE_SQL, [...series, '2023', 'outlet:tass']),
      previousPeriod: plan(PREVIOUS_PERIOD_SQL, [...series, '2023', '[0-9][0-9][0-9][0-9]']),
      copyCandidates: plan(COPY_CANDIDATES_SQL, [...series, '2023', '2024-02-13', '2024-02-20']),
    };
  }

  count(): number {
    return (this.prepare('SELECT count(*) AS n FROM claims WHERE superseded = 0').get() as { n: number }).n;
  }
}

/** A flow's exports and imports are one series when the subject gives its direction (findings/series.ts). */
function seriesParams(key: SeriesKey): string[] {
  return [seriesMetric(key.metric, key.subject), key.subject, key.unit, seriesMetric(key.growthOf, key.subject)];
}

function uniqueKeys(keys: readonly ClaimKey[]): ClaimKey[] {
  const byText = new Map(keys.map((key) => [JSON.stringify(key), key]));
  return [...byText.values()];
}

/** A GLOB matching periods of the same granularity as `period`; null for spans ("2016..2022") and dates. */
export function periodShape(period: string): string | null {
  if (/^\d{4}$/.test(period)) return '[0-9][0-9][0-9][0-9]';
  if (/^\d{4}-H[12]$/.test(period)) return '[0-9][0-9][0-9][0-9]-H[12]';
  if (/^\d{4}-Q[1-4]$/.test(period)) return '[0-9][0-9][0-9][0-9]-Q[1-4]';
  if (/^\d{4}-\d{2}$/.test(period)) return '[0-9][0-9][0-9][0-9]-[0-9][0-9]';
  return null;
}

// SQLite REAL holds Infinity, but JSON and some drivers do not: store the largest double instead.
function finiteOrMax(value: number): number {
  return Number.isFinite(value) ? value : Number.MAX_VALUE;
}

type BoundsRow = [id: number, sourceKey: string, articleId: number, lo: number, hi: number, value: number | null, periodBasis: string | null, published: string | null];

function toBounds([id, sourceKey, articleId, lo, hi, value, periodBasis, published]: BoundsRow): PositionBounds {
  return { id, sourceKey, articleId, interval: { lo, hi: hi >= Number.MAX_VALUE ? Infinity : hi }, value, periodBasis, published };
}

function toLedgerClaim(row: RawClaim): LedgerClaim {
  const figure = JSON.parse(row.figure) as Figure;
  const claim: Claim = { ...figure, source: JSON.parse(row.source) as Claim['source'] };
  return { id: row.id, claim, interval: { lo: row.lo, hi: row.hi >= Number.MAX_VALUE ? Infinity : row.hi }, sourceKey: row.source_key };
}
