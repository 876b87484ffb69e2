import { afterEach, describe, expect, it } from 'vitest';
import { claimInterval, compareClaim, restatesOwnSource, type Comparison, type LedgerClaim } from '../../src/findings/index.ts';
import { keyOf } from '../../src/ledger/claim-store.ts';
import { openLedger, type Ledger, type RecordResult } from '../../src/ledger/index.ts';
import { relevantPositions, type PositionBounds } from '../../src/ledger/relevant-positions.ts';
import type { Claim, FindingKind } from '../../src/model/index.ts';
import { figure, ledgerOf, recordReport } from '../findings/table-helpers.ts';
import { CountingPositions, everyPosition, record, storesOf, tablesOf } from './compare-stores.ts';
import { articleStream, generatedFigure, seeded } from './generated-ledger.ts';

const SEEDS = Array.from({ length: 12 }, (_, i) => 1001 + i * 7919);
const ARTICLES = 260;

interface Replay {
  fast: RecordResult[];
  full: RecordResult[];
  fastTables: Record<string, unknown[]>;
  fullTables: Record<string, unknown[]>;
  calls: number;
  narrowed: number;
}

/** One stream recorded into two fresh ledgers: one as it runs, one handing every comparison every position. */
function replay(seed: number): Replay {
  const fastLedger = openLedger(':memory:');
  const fullLedger = openLedger(':memory:');
  try {
    const counting = new CountingPositions(fastLedger.db);
    const fast = storesOf(fastLedger, counting);
    const full = everyPosition(fullLedger);
    const stream = articleStream(seed, ARTICLES);
    return {
      fast: stream.map((article) => record(fast, article)),
      full: stream.map((article) => record(full, article)),
      fastTables: tablesOf(fastLedger),
      fullTables: tablesOf(fullLedger),
      calls: counting.calls,
      narrowed: counting.narrowed,
    };
  } finally {
    fastLedger.close();
    fullLedger.close();
  }
}

const replays = new Map<number, Replay>();
const replayed = (seed: number): Replay => replays.get(seed) ?? replays.set(seed, replay(seed)).get(seed)!;

describe('recording with the relevant positions only', () => {
  it.each(SEEDS)('generated stream %i: every article gets the same findings and notices, and the ledgers end up identical', (seed) => {
    const run = replayed(seed);
    run.full.forEach((expected, i) => expect(run.fast[i], `seed ${seed}, article ${i}`).toEqual(expected));
    expect(run.fastTables).toEqual(run.fullTables);
  });

  it('the streams narrow most comparisons and reach every kind of finding, including revisions and restatements', () => {
    const runs = SEEDS.map(replayed);
    const kinds = new Set<FindingKind>(runs.flatMap((run) => run.full.flatMap((result) => result.findings.map((f) => f.kind))));
    expect([...kinds].sort()).toEqual(['contradiction', 'corroboration', 'new_figure', 'revision']);
    const calls = runs.reduce((n, run) => n + run.calls, 0);
    const narrowed = runs.reduce((n, run) => n + run.narrowed, 0);
    expect(narrowed / calls).toBeGreaterThan(0.5);
    const contexts = new Set(runs.flatMap((run) => (run.fullTables.claims ?? []).map((row) => (row as { context: string | null }).context)));
    expect(contexts).toEqual(new Set([null, 'target', 'unknown_period', 'stray', 'restated']));
    expect(runs.flatMap((run) => run.full.map((result) => result.outcome))).toEqual(expect.arrayContaining(['new', 'changed', 'unchanged']));
  });
});

const KEY_FIGURE = { metric: 'trade_turnover', subject: 'RU-AZ', unit: 'USD', period: '2023' } as const;
const PUBLISHED = ['2024-01-15', '2024-02-01', '2024-02-01', '2024-07-01', '2024-07-15', null];

/** Positions on one key as the ledger hands them over: each source one article, in ledger order. */
function randomPositions(random: () => number): LedgerClaim[] {
  const sources = 1 + Math.floor(random() * 60);
  const positions: LedgerClaim[] = [];
  for (let s = 0; s < sources; s++) {
    const published = PUBLISHED[Math.floor(random() * PUBLISHED.length)] ?? null;
    const source = { url: `https://s${s}.example/a`, outlet: `S${s}`, published };
    for (let n = random() < 0.2 ? 2 : 1; n > 0; n--) positions.push(ledgerClaim(positions.length + 1, `outlet:s${s}`, { ...figure({ ...generatedFigure(random, n), ...KEY_FIGURE }), source }));
  }
  return positions;
}

function ledgerClaim(id: number, sourceKey: string, claim: Claim): LedgerClaim {
  return { id, claim, interval: claimInterval(claim), sourceKey };
}

function boundsOf(positions: readonly LedgerClaim[]): PositionBounds[] {
  return positions.map((p) => ({ id: p.id, sourceKey: p.sourceKey, articleId: Number(/s(\d+)/.exec(p.sourceKey)?.[1]), interval: p.interval, value: p.claim.value, periodBasis: p.claim.periodBasis, published: p.claim.source.published }));
}

describe('relevantPositions against compareClaim', () => {
  it('on 6,000 random keys (up to 60 sources, every qualifier, ties, own voice and other authorities) the kept positions give the same finding, citation and restatement', () => {
    const random = seeded(7);
    let narrowed = 0;
    for (let i = 0; i < 6000; i++) {
      const positions = randomPositions(random);
      const own = random() < 0.35 ? (positions[Math.floor(random() * positions.length)] as LedgerClaim).sourceKey : 'outlet:new';
      const claim: Claim = { ...figure({ ...generatedFigure(random, 0), ...KEY_FIGURE }), source: { url: 'https://new.example/a', outlet: 'New', published: '2024-09-01' } };
      const comparison: Comparison = { claim, interval: claimInterval(claim), sourceKey: own, sameKey: positions, previousPeriod: null };
      const ids = relevantPositions(boundsOf(positions), { interval: comparison.interval, sourceKey: own, period: '2023' });
      expect(ids).not.toBe('all');
      const kept = positions.filter((p) => ids !== 'all' && ids.includes(p.id));
      if (kept.length < positions.length) narrowed++;
      const withKept = { ...comparison, sameKey: kept };
      expect(compareClaim(withKept), `case ${i}`).toStrictEqual(compareClaim(comparison));
      expect(restatesOwnSource(withKept), `case ${i}`).toBe(restatesOwnSource(comparison));
    }
    expect(narrowed).toBeGreaterThan(3000);
  });

  it('compareClaim reads the previous period only when no source holds the key and the article has no earlier version (record-article.ts looks it up only then)', () => {
    const random = seeded(11);
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      const positions = random() < 0.2 ? [] : randomPositions(random);
      const earlierVersion = random() < 0.3 ? [ledgerClaim(900, 'outlet:new', { ...figure({ ...generatedFigure(random, 0), ...KEY_FIGURE }), source: { url: 'https://new.example/a', outlet: 'New', published: '2024-08-01' } })] : [];
      if (positions.length === 0 && earlierVersion.length === 0) continue;
      const claim: Claim = { ...figure({ ...generatedFigure(random, 0), ...KEY_FIGURE }), source: { url: 'https://new.example/a', outlet: 'New', published: '2024-09-01' } };
      const previous = ledgerClaim(901, 'outlet:s0', { ...figure({ ...generatedFigure(random, 0), ...KEY_FIGURE, period: '2022' }), source: { url: 'https://s0.example/b', outlet: 'S0', published: '2023-03-01' } });
      const comparison: Comparison = { claim, interval: claimInterval(claim), sourceKey: 'outlet:new', sameKey: positions, previousPeriod: previous, earlierVersion };
      expect(compareClaim(comparison), `case ${i}`).toStrictEqual(compareClaim({ ...comparison, previousPeriod: null }));
      compared++;
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('of counter-statements a millionth apart in width, keeps the firmest, so the outlet\'s own looser one quoting another authority is not cited', () => {
    // compareClaim cites the latest of those within a millionth of the firmest width: with the firmest left
    // out, the threshold would move up and let the outlet's own, later, slightly looser reading in.
    const at = (id: number, source: string, width: number, published: string, credit: string): LedgerClaim => {
      const claim: Claim = { ...figure({ ...KEY_FIGURE, value: 5e9, quote: `Trade reached $5 billion, according to the ${credit}.` }), source: { url: `https://${source}.example/a`, outlet: source, published } };
      return { id, claim, interval: { lo: 5e9 - width / 2, hi: 5e9 + width / 2 }, sourceKey: `outlet:${source}` };
    };
    const positions = [
      at(1, 'a', 1e8, '2024-01-01', 'Ministry of Economy'),
      at(2, 'b', 1e8 * (1 + 0.9e-6), '2024-02-01', 'Ministry of Economy'),
      at(3, 'c', 1e8 * (1 + 1.5e-6), '2024-03-01', 'State Customs Committee'),
    ];
    const claim: Claim = { ...figure({ ...KEY_FIGURE, value: 4.35e9, surface: '$4.35 billion', quote: 'Trade reached $4.35 billion, according to the Federal Customs Service.' }), source: { url: 'https://c.example/b', outlet: 'c', published: '2024-09-01' } };
    const comparison: Comparison = { claim, interval: claimInterval(claim), sourceKey: 'outlet:c', sameKey: positions, previousPeriod: null };
    const ids = relevantPositions(positions.map((p) => ({ ...boundsOf([p])[0]!, articleId: p.id })), { interval: comparison.interval, sourceKey: 'outlet:c', period: '2023' });
    const kept = positions.filter((p) => ids !== 'all' && ids.includes(p.id));
    expect(compareClaim(comparison)?.against).toBe(positions[1]!.claim);
    expect(compareClaim({ ...comparison, sameKey: kept })).toStrictEqual(compareClaim(comparison));
  });

  it('a source with claims from two of its articles among the positions (flags out of date) is compared with every position', () => {
    const positions = randomPositions(seeded(3));
    const bounds = boundsOf(positions);
    const stale = { ...bounds[0]!, id: 999, articleId: bounds[0]!.articleId + 1000 };
    expect(relevantPositions([...bounds, stale], { interval: positions[0]!.interval, sourceKey: 'outlet:new', period: '2023' })).toBe('all');
  });

  it('a position with no stored value or period basis is compared with every position', () => {
    const bounds = boundsOf(randomPositions(seeded(4)));
    const probe = { interval: bounds[0]!.interval, sourceKey: 'outlet:new', period: '2023' };
    expect(relevantPositions([...bounds, { ...bounds[0]!, id: 999, value: null }], probe)).toBe('all');
    expect(relevantPositions([...bounds, { ...bounds[0]!, id: 999, periodBasis: null }], probe)).toBe('all');
  });
});

describe('ClaimStore.positionsFor', () => {
  let ledger: Ledger | null = null;
  afterEach(() => ledger?.close());
  const key = keyOf(figure({}));
  // Herald's own earlier position is always among the few: the source's own positions decide a revision.
  const probe = { interval: claimInterval(figure({ value: 4.35e9, surface: '$4.35 billion' })), sourceKey: 'outlet:herald' };

  function fourSources(): Ledger {
    const opened = openLedger(':memory:');
    for (const [outlet, surface, value] of [['Trend', '$4.3 billion', 4.3e9], ['APA', '$4.35 billion', 4.35e9], ['Report.az', '$4.4 billion', 4.4e9], ['Herald', '$3.3 billion', 3.3e9]] as const) {
      recordReport(opened, ledgerOf(outlet, '2024-02-01', [{ value, surface }]));
    }
    return opened;
  }

  it('hands over fewer positions than the key holds, the source\'s own among them', () => {
    ledger = fourSources();
    const few = ledger.claims.positionsFor(key, probe);
    expect(few.length).toBeLessThan(ledger.claims.positions(key).length);
    expect(few.map((p) => p.claim.source.outlet)).toContain('Herald');
  });

  it.each([
    ['value', 'value = value * 2'],
    ['period basis', "period_basis = 'assumed'"],
    ['publication date', "published = '1999-01-01'"],
  ])('when a claim it loads has a stored %s that disagrees with its figure or article, hands over every position instead', (_column, change) => {
    ledger = fourSources();
    ledger.db.exec(`UPDATE claims SET ${change} WHERE source_key = 'outlet:herald'`);
    expect(ledger.claims.positionsFor(key, probe)).toEqual(ledger.claims.positions(key));
  });

  it('in a store bulk-filled with claim dates that are not their articles\' (as the ledger bench once was), hands over every position', () => {
    ledger = fourSources();
    ledger.db.exec("UPDATE claims SET published = '2023-06-15'");
    expect(ledger.claims.positionsFor(key, { ...probe, sourceKey: 'outlet:new' })).toEqual(ledger.claims.positions(key));
  });
});
