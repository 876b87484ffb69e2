/**
 * Bench 6: the ledger at scale. Builds a ledger of 1 million claims in a temporary SQLite file (bulk
 * copy of real rows, bench/lib/ledger-fill.ts), then times Ledger.recordArticle, the call the pipeline
 * makes, for new articles with one figure (on a typical key, and on the busiest key: RU-AZ, recent
 * year) and with none. A comparison's cost is the one-figure time minus the no-figure time: looking up
 * the key's positions, comparing, writing the claim and its finding. Insert rates: the bulk copy, and
 * recordArticle per second. `--claims N` overrides the size (--quick: 100,000).
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';
import type { Figure } from '../../src/model/index.ts';
import { fillLedger, labelledFigures, NO_NOTICES, periodAt, seedLedger, subjectAt } from '../lib/ledger-fill.ts';
import { distribution, progress, round } from '../lib/measure.ts';
import { runSection } from '../lib/section.ts';
import { seeded } from '../lib/synthetic-feed.ts';

type ProbeKind = 'none' | 'typical' | 'busiest';

const WORDS = 'trade exports imports corridor customs cargo pipeline ministry agreement delegation investment turnover growth talks railway port energy gas oil summit visit'.split(' ');

function probeText(random: () => number): string {
  return Array.from({ length: 180 }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ');
}

function busiestKey(ledger: Ledger): { metric: string; subject: string; unit: string; period: string; claims: number } {
  return ledger.db
    .prepare(
      `SELECT metric, subject, unit, period, count(*) AS claims FROM claims
       WHERE subject = 'RU-AZ' AND period IS NOT NULL AND superseded = 0 GROUP BY metric, subject, unit, period ORDER BY claims DESC LIMIT 1`,
    )
    .get() as { metric: string; subject: string; unit: string; period: string; claims: number };
}

await runSection('ledger', async ({ quick, values }) => {
  const target = Number(values.claims ?? (quick ? 100_000 : 1_000_000));
  const dir = mkdtempSync(join(tmpdir(), 'figurewatch-ledger-'));
  const path = join(dir, 'ledger.db');
  const ledger = openLedger(path);
  try {
    const now = new Date();
    const seeded0 = seedLedger(ledger, now);
    const fill = fillLedger(ledger, target, now);
    const claims = Number((ledger.db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n);
    progress(`ledger: ${claims} claims in ${fill.claimsSeconds.toFixed(1)} s (${Math.round(claims / fill.claimsSeconds)} claims/s)`);
    const busiest = busiestKey(ledger);

    const random = seeded(7);
    const templates = labelledFigures()
      .flatMap((entry) => entry.figures)
      .filter((f) => f.category !== 'other' && !f.modality && f.period !== null);
    const figureFor = (kind: ProbeKind, i: number): Figure[] => {
      if (kind === 'none') return [];
      const template = templates[i % templates.length]!;
      if (kind === 'busiest') return [{ ...template, metric: busiest.metric as Figure['metric'], subject: busiest.subject, unit: busiest.unit, period: busiest.period }];
      return [{ ...template, subject: subjectAt(random), period: periodAt(random) ?? '2024' }];
    };
    const probes = quick ? 100 : 300;
    const samples: Record<ProbeKind, number[]> = { none: [], typical: [], busiest: [] };
    for (let i = 0; i < probes; i++) {
      for (const kind of ['none', 'typical', 'busiest'] as const) {
        const record = {
          item: null,
          url: `https://probe.example/${kind}/${i}`,
          outlet: `Probe ${i % 50}`,
          title: `Probe ${i}`,
          published: '2025-11-20',
          text: probeText(random),
          figures: figureFor(kind, i),
          topics: [],
        };
        const t0 = performance.now();
        ledger.recordArticle(record, NO_NOTICES, now);
        samples[kind].push(performance.now() - t0);
      }
    }
    const d = { none: distribution(samples.none), typical: distribution(samples.typical), busiest: distribution(samples.busiest) };
    const perComparison = (kind: 'typical' | 'busiest'): number => round(Math.max(0, d[kind].p50Ms - d.none.p50Ms), 3);
    const result = {
      claims,
      seededFromFixtures: seeded0,
      articles: fill.articles,
      fileMiB: round(statSync(path).size / 2 ** 20, 0),
      bulkInsertClaimsPerSecond: Math.round((claims - seeded0) / fill.claimsSeconds),
      bulkInsertSeconds: round(fill.claimsSeconds + fill.articlesSeconds, 1),
      busiestKey: busiest,
      probes,
      recordArticleMs: {
        noFigure: { p50: round(d.none.p50Ms, 3), p95: round(d.none.p95Ms, 3) },
        typicalKey: { p50: round(d.typical.p50Ms, 3), p95: round(d.typical.p95Ms, 3) },
        busiestKey: { p50: round(d.busiest.p50Ms, 3), p95: round(d.busiest.p95Ms, 3) },
      },
      comparisonMs: { typicalKey: perComparison('typical'), busiestKey: perComparison('busiest') },
      recordArticlePerSecond: round(1000 / d.typical.p50Ms, 0),
    };
    progress(`ledger: comparison ${result.comparisonMs.typicalKey} ms typical, ${result.comparisonMs.busiestKey} ms on the busiest key (${busiest.claims} claims)`);
    return result;
  } finally {
    ledger.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
