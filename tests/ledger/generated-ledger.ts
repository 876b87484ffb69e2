/**
 * Seeded streams of articles for comparing two ways of recording them (tests/ledger/relevant-positions.test.ts,
 * tests/ledger/value-columns-migration.test.ts). Each stream crowds a few keys with many sources: outlets,
 * wires credited by dateline or in the sentence, syndicated copies, two authorities quoted by one outlet,
 * revised and re-fetched articles, every qualifier, stated, relative and assumed (some doubtful) periods,
 * and publication dates and precisions drawn from short lists so that ties are common.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../../src/ledger/index.ts';
import type { Figure, Qualifier } from '../../src/model/index.ts';
import { figure } from '../findings/table-helpers.ts';
import { seeded } from '../../bench/lib/synthetic-feed.ts';

// The bench's mulberry32 generator, so a failing seed replays exactly.
export { seeded };

type Random = () => number;
const choose = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** Billions as written: equal precisions tie on width, and 13 is a stray reading next to 4.35. */
const AMOUNTS: readonly [number, string][] = [
  [4, '4'], [4.3, '4.3'], [4.35, '4.35'], [4.36, '4.36'], [4.4, '4.4'], [4.5, '4.5'], [4.347, '4.347'],
  [3.3, '3.3'], [3.9, '3.9'], [5, '5'], [4.2, '4.2'], [2.4, '2.4'], [13, '13'], [4.35, '4,350 million'],
];
const QUALIFIERS: readonly Qualifier[] = ['exact', 'exact', 'exact', 'exact', 'about', 'about', 'more_than', 'at_least', 'less_than', 'up_to', 'range', 'range'];
const PUBLISHED: readonly (string | null)[] = ['2023-12-20', '2024-01-15', '2024-02-01', '2024-02-01', '2024-03-05', '2024-06-30', '2024-07-01', '2024-07-15', '2024-09-01', '2024-09-01', '2025-01-10', null];
const KEYS: readonly Pick<Figure, 'metric' | 'subject' | 'unit'>[] = [
  { metric: 'trade_turnover', subject: 'RU-AZ', unit: 'USD' },
  { metric: 'trade_turnover', subject: 'RU-AZ', unit: 'USD' },
  { metric: 'exports', subject: 'RU>AZ', unit: 'USD' },
  { metric: 'imports', subject: 'RU>AZ', unit: 'USD' },
];
const PERIODS: readonly [string | null, Figure['periodBasis']][] = [
  ['2023', 'stated'], ['2023', 'stated'], ['2023', 'stated'], ['2023', 'relative'], ['2023', 'assumed'], ['2023', 'assumed'],
  ['2024-H1', 'stated'], ['2024', 'assumed'], [null, 'none'], [null, 'stated'],
];
/** Who the sentence credits: two customs services disagree (attribution.ts); "told TASS" makes it TASS's claim. */
const CREDITS = ['', '', '', ', according to the State Customs Committee', ', according to the Federal Customs Service', ', Deputy Prime Minister Alexei Overchuk said', ', Overchuk told TASS', ', according to RIA Novosti'];
const OUTLETS = [...Array.from({ length: 36 }, (_, i) => `Outlet ${i}`), 'Trend', 'Report.az', 'APA', 'Interfax', 'TASS', 'Herald', 'Caspian News', 'Kommersant'];

/** One figure as the engine would give it: the interval follows from the surface's precision and qualifier. */
export function generatedFigure(random: Random, start: number): Partial<Figure> {
  const [billions, digits] = choose(random, AMOUNTS);
  const qualifier = choose(random, QUALIFIERS);
  const [period, periodBasis] = choose(random, PERIODS);
  const key = choose(random, KEYS);
  const value = billions * 1e9;
  const range = qualifier === 'range' ? { low: value, high: value + choose(random, [0.1e9, 0.2e9, 0.5e9]) } : {};
  const surface = digits.includes('million') ? `$${digits}` : `$${digits} billion`;
  const extra: Partial<Figure> = random() < 0.04 ? { modality: 'target' } : {};
  return { ...key, ...range, ...extra, value, qualifier, surface, period, periodBasis, start, quote: `Trade reached ${surface}${choose(random, CREDITS)}.` };
}

/** The same figure in manats in the same sentence (a conversion, another key). */
function conversionOf(base: Partial<Figure>): Partial<Figure> {
  return { ...base, unit: 'AZN', value: (base.value ?? 0) * 1.7, surface: '7.4 billion manats', qualifier: 'exact' };
}

function figuresFor(random: Random): Partial<Figure>[] {
  const count = 1 + Math.floor(random() * 3);
  const figures = Array.from({ length: count }, (_, i) => generatedFigure(random, i * 100));
  const first = figures[0] as Partial<Figure>;
  // A key read twice in one article: a second statistic, or a stray reading (ratio 3 or more).
  if (random() < 0.15) figures.push({ ...generatedFigure(random, 500), metric: first.metric, subject: first.subject, unit: first.unit, period: first.period, periodBasis: first.periodBasis });
  if (random() < 0.1) figures.push(conversionOf(first));
  return figures;
}

function wordsFor(seed: string): string {
  const hex = createHash('sha256').update(seed).digest('hex');
  return Array.from({ length: 60 }, (_, i) => `w${hex.slice(i % 56, (i % 56) + 8)}${i}`).join(' ');
}

function textOf(random: Random, url: string, figures: readonly Partial<Figure>[]): string {
  const dateline = random() < 0.1 ? 'BAKU, February 16. /TASS/. ' : '';
  return `${dateline}${wordsFor(url)} ${figures.map((f) => f.quote).join(' ')}`;
}

const TOPICS = [{ topic: 'ru-az', keywords: ['Russia', 'Azerbaijan'] }];

function asRecord(url: string, outlet: string, published: string | null, text: string, figures: readonly Partial<Figure>[]): ArticleRecord {
  return { item: null, url, outlet, title: `Trade ${url}`, published, text, figures: figures.map(figure), topics: TOPICS };
}

/**
 * `count` articles in the order a bot would see them: mostly new ones (a few outlets far more often than
 * the rest), some copies of an earlier text by another outlet, revisions of an earlier URL with other
 * figures, and unchanged re-fetches.
 */
export function articleStream(seed: number, count: number): ArticleRecord[] {
  const random = seeded(seed);
  const out: ArticleRecord[] = [];
  for (let i = 0; i < count; i++) {
    const earlier = out.length > 0 ? choose(random, out) : null;
    const roll = random();
    if (earlier && roll < 0.05) out.push(earlier);
    else if (earlier && roll < 0.15) {
      const published = random() < 0.5 ? earlier.published : choose(random, PUBLISHED);
      out.push(asRecord(earlier.url, earlier.outlet ?? '', published, `${earlier.text} Updated.`, figuresFor(random)));
    } else if (earlier && roll < 0.25) {
      out.push({ ...earlier, url: `https://copy.example/${seed}/${i}`, outlet: choose(random, OUTLETS) });
    } else {
      const outlet = random() < 0.4 ? choose(random, OUTLETS.slice(0, 6)) : choose(random, OUTLETS);
      const url = `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.example/${seed}/${i}`;
      const figures = figuresFor(random);
      out.push(asRecord(url, outlet, choose(random, PUBLISHED), textOf(random, url, figures), figures));
    }
  }
  return out;
}
