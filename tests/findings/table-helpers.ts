/**
 * Helpers for the comparison table: a report is one article's claims as the figure engine would give
 * them, recorded through the real ledger (recordArticle) so the rows exercise the same path as a cycle.
 */
import { createHash } from 'node:crypto';
import type { Ledger, NoticePolicy } from '../../src/ledger/index.ts';
import { categoryOf, type Figure, type Finding, type Metric } from '../../src/model/index.ts';

export interface Report {
  url: string;
  outlet: string;
  published: string;
  text?: string;
  figures: Partial<Figure>[];
}

export const everything: NoticePolicy = { topicFor: (_f, topics) => topics[0] ?? null, route: () => 'console' };

export function figure(partial: Partial<Figure>): Figure {
  const metric: Metric = partial.metric ?? 'trade_turnover';
  const surface = partial.surface ?? '$4 billion';
  return {
    category: categoryOf(metric),
    metric,
    subject: 'RU-AZ',
    value: 4e9,
    unit: 'USD',
    qualifier: 'exact',
    period: '2023',
    periodBasis: 'stated',
    quote: `Trade reached ${surface}.`,
    start: 0,
    end: 20,
    surface,
    surfaceStart: 14,
    surfaceEnd: 14 + surface.length,
    ...partial,
  };
}

/** A different text for every report unless given: unrelated articles are never near-duplicates. */
function defaultText(report: Report): string {
  const seed = createHash('sha256').update(`${report.outlet} ${report.url}`).digest('hex');
  const words = Array.from({ length: 60 }, (_, i) => `w${seed.slice(i % 56, (i % 56) + 8)}${i}`);
  return `${words.join(' ')} ${report.figures.map((f) => f.quote ?? `Trade reached ${f.surface ?? '$4 billion'}.`).join(' ')}`;
}

export function recordReport(ledger: Ledger, report: Report): Finding[] {
  const result = ledger.recordArticle(
    {
      item: null,
      url: report.url,
      outlet: report.outlet,
      title: null,
      published: report.published,
      text: report.text ?? defaultText(report),
      figures: report.figures.map(figure),
      topics: [{ topic: 'ru-az', keywords: ['Russia', 'Azerbaijan'] }],
    },
    everything,
    new Date('2024-09-01T00:00:00Z'),
  );
  return result.findings;
}

export const anadolu = (figures: Partial<Figure>[], url = 'https://aa.example/1'): Report => ({ url, outlet: 'Anadolu Agency', published: '2024-04-22', figures });
export const herald = (figures: Partial<Figure>[], url = 'https://herald.example/1'): Report => ({ url, outlet: 'Herald', published: '2024-05-02', figures });
export const ledgerOf = (outlet: string, published: string, figures: Partial<Figure>[], url = `https://${outlet.toLowerCase().replace(/\W+/g, '-')}.example/${published}`): Report => ({
  url,
  outlet,
  published,
  figures,
});
