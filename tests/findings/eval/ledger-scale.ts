/**
 * The comparison at scale: a ledger filled with N synthetic claims shaped like the real thing (many
 * series and periods, a few hot keys that every outlet reports), and one article compared against it.
 * `npm run eval:ledger -- --scale 1000000` prints the timings and query plans; the bench can import
 * buildLedger and compareOneArticle and time them itself.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openLedger, type Ledger, type NoticePolicy } from '../../../src/ledger/index.ts';
import { categoryOf, type Figure, type Finding, type Metric } from '../../../src/model/index.ts';

const METRICS: Metric[] = ['trade_turnover', 'exports', 'imports', 'investment', 'cargo_volume', 'growth_rate', 'troops', 'casualties'];
const SUBJECTS = ['RU-AZ', 'RU>AZ', 'AZ>RU', 'RU-AM', 'RU-KZ', 'RU-TR', 'AZ-TR', 'AZ-IR', 'RU-CASPIAN', 'AZ-AM', 'RU-GE', 'AZ-KZ'];
const PERIODS = Array.from({ length: 25 }, (_, i) => String(2000 + i)).flatMap((year) => [year, `${year}-H1`, `${year}-Q1`, `${year}-Q2`, `${year}-Q3`, ...months(year)]);
const OUTLETS = 400;
/** Share of claims that go to the hot keys (2023 Russia–Azerbaijan turnover and the like). */
const HOT_SHARE = 0.02;

function months(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** A deterministic pseudo-random sequence, so two runs fill the same ledger. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** A ledger at `path` (a temporary file when omitted) holding `claims` claims, five per article. */
export function buildLedger(claims: number, path?: string): { ledger: Ledger; cleanup: () => void } {
  const dir = path ? null : mkdtempSync(join(tmpdir(), 'fw-scale-'));
  const ledger = openLedger(path ?? join(dir as string, 'scale.db'));
  const next = random(42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const article = ledger.db.prepare(
    `INSERT INTO articles (url, outlet, title, published, wire, source_key, content_hash, simhash, topics, fetched_at)
     VALUES (?, ?, NULL, ?, NULL, ?, ?, ?, '[]', '2025-01-01T00:00:00Z') RETURNING id`,
  );
  const claim = ledger.db.prepare(
    `INSERT INTO claims (article_id, metric, series, subject, period, unit, growth_of, context, figure, lo, hi, value, period_basis, source_key, published, created_at)
     VALUES (?, ?, ?, ?, ?, 'USD', '', NULL, ?, ?, ?, ?, 'stated', ?, ?, '2025-01-01T00:00:00Z')`,
  );
  ledger.db.exec('BEGIN');
  for (let i = 0; i < claims / 5; i++) {
    const outlet = `outlet-${Math.floor(next() * OUTLETS)}`;
    const published = `20${String(10 + Math.floor(next() * 15)).padStart(2, '0')}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-15`;
    const simhash = Math.floor(next() * 2 ** 32).toString(16).padStart(8, '0') + Math.floor(next() * 2 ** 32).toString(16).padStart(8, '0');
    const { id } = article.get(`https://${outlet}.example/${i}`, outlet, published, `outlet:${outlet}`, String(i), simhash) as { id: number };
    for (let j = 0; j < 5; j++) {
      const hot = next() < HOT_SHARE;
      const metric = hot ? 'trade_turnover' : pick(METRICS);
      const subject = hot ? 'RU-AZ' : pick(SUBJECTS);
      const period = hot ? '2023' : pick(PERIODS);
      const value = Math.round(1e9 + next() * 5e9);
      const figure = JSON.stringify(syntheticFigure(metric, subject, period, value));
      claim.run(id, metric, metric, subject, period, figure, value * 0.99, value * 1.01, value, `outlet:${outlet}`, published);
    }
  }
  // The rows bypass ClaimStore.insert, which flags each source's position on a key: flag them all.
  ledger.claims.rebuildPositions();
  ledger.db.exec('COMMIT');
  ledger.db.exec('ANALYZE');
  return { ledger, cleanup: () => (ledger.close(), dir && rmSync(dir, { recursive: true, force: true })) };
}

function syntheticFigure(metric: Metric, subject: string, period: string, value: number): Figure {
  const surface = `$${(value / 1e9).toFixed(2)} billion`;
  return { category: categoryOf(metric), metric, subject, value, unit: 'USD', qualifier: 'exact', period, periodBasis: 'stated', quote: `Trade reached ${surface}.`, start: 0, end: 20, surface, surfaceStart: 14, surfaceEnd: 14 + surface.length };
}

const POLICY: NoticePolicy = { topicFor: (_finding, topics) => topics[0] ?? null, route: () => 'console' };
let counter = 0;

/** Records one new article with five figures, one of them on the hottest key; returns its findings. */
export function compareOneArticle(ledger: Ledger): Finding[] {
  counter++;
  const figures = [
    syntheticFigure('trade_turnover', 'RU-AZ', '2023', 4.35e9),
    syntheticFigure('exports', 'RU>AZ', '2023', 3.3e9),
    syntheticFigure('imports', 'AZ>RU', '2024-H1', 5.4e8),
    syntheticFigure('investment', 'RU>AZ', '2024-05', 6e9),
    syntheticFigure('growth_rate', 'RU-AZ', '2023', 17.6),
  ];
  const text = `Scale probe ${counter}: trade between Russia and Azerbaijan reached $4.35 billion in 2023 ${'filler '.repeat(counter % 7)}`;
  const record = { item: null, url: `https://probe.example/${counter}`, outlet: `probe-${counter}`, title: null, published: '2024-06-01', text, figures, topics: [{ topic: 'ru-az', keywords: [] }] };
  return ledger.recordArticle(record, POLICY, new Date('2025-01-01T00:00:00Z')).findings;
}

export function measureScale(claims: number): void {
  const started = performance.now();
  const { ledger, cleanup } = buildLedger(claims);
  try {
    console.log(`filled ${ledger.claims.count()} claims in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const hot = (ledger.db.prepare("SELECT count(*) AS n FROM claims WHERE series = 'trade_turnover' AND subject = 'RU-AZ' AND period = '2023'").get() as { n: number }).n;
    console.log(`hottest key (trade_turnover RU-AZ 2023 USD): ${hot} claims from up to ${OUTLETS} sources`);
    compareOneArticle(ledger);
    const runs = 200;
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) compareOneArticle(ledger);
    console.log(`record + compare one article of 5 figures: ${((performance.now() - t0) / runs).toFixed(2)} ms (mean of ${runs})`);
    for (const [query, plan] of Object.entries(ledger.claims.queryPlans())) console.log(`${query}:\n  ${plan.join('\n  ')}`);
  } finally {
    cleanup();
  }
}
