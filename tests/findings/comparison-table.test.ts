import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger, type NoticePolicy } from '../../src/ledger/index.ts';
import { categoryOf, type Figure, type FindingKind, type Metric } from '../../src/model/index.ts';

/** The claims of one article, as the figure engine would give them. */
interface Report {
  url: string;
  outlet: string;
  published: string;
  text?: string;
  figures: Partial<Figure>[];
}

const everything: NoticePolicy = { topicFor: (_f, topics) => topics[0] ?? null, route: () => 'console' };

function figure(partial: Partial<Figure>): Figure {
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

function record(ledger: Ledger, report: Report): FindingKind[] {
  const result = ledger.recordArticle(
    {
      item: null,
      url: report.url,
      outlet: report.outlet,
      title: null,
      published: report.published,
      text: report.text ?? `${report.outlet} report ${report.url} ${report.figures.map((f) => f.surface).join(' ')}`,
      figures: report.figures.map(figure),
      topics: [{ topic: 'ru-az', keywords: ['Russia', 'Azerbaijan'] }],
    },
    everything,
    new Date('2024-09-01T00:00:00Z'),
  );
  return result.findings.map((f) => f.kind);
}

const anadolu = (figures: Partial<Figure>[], url = 'https://aa.example/1'): Report => ({ url, outlet: 'Anadolu Agency', published: '2024-04-22', figures });
const herald = (figures: Partial<Figure>[], url = 'https://herald.example/1'): Report => ({ url, outlet: 'Herald', published: '2024-05-02', figures });

const STORY = 'Russian President Vladimir Putin said on Monday that trade turnover between Russia and Azerbaijan exceeded four billion dollars last year and that Russian investment in Azerbaijan reached six billion dollars, adding that cargo on the North-South corridor keeps growing';

const CASES: { name: string; earlier: Report[]; next: Report; expected: FindingKind[] }[] = [
  { name: 'the first claim for a key is a new figure', earlier: [], next: anadolu([{}]), expected: ['new_figure'] },
  {
    name: 'an independent outlet restating the same value corroborates',
    earlier: [anadolu([{ surface: '$4 billion' }])],
    next: herald([{ surface: '$4 billion' }]),
    expected: ['corroboration'],
  },
  {
    name: 'a rounded "$4 billion" against a precise "$4.03 billion" corroborates',
    earlier: [anadolu([{ surface: '$4 billion' }])],
    next: herald([{ value: 4.03e9, surface: '$4.03 billion' }]),
    expected: ['corroboration'],
  },
  {
    name: '"more than $4 billion" against "$4 billion" is no contradiction',
    earlier: [anadolu([{ qualifier: 'more_than', surface: '$4 billion' }])],
    next: herald([{ surface: '$4 billion' }]),
    expected: ['corroboration'],
  },
  {
    name: 'two outlets giving 2023 turnover beyond rounding contradict',
    earlier: [anadolu([{ qualifier: 'more_than', surface: '$4 billion' }])],
    next: herald([{ value: 3.1e9, surface: '$3.1 billion' }]),
    expected: ['contradiction'],
  },
  {
    name: '2021 at $2.4 billion against 2023 at $4 billion is a new period, not a contradiction',
    earlier: [anadolu([{ period: '2021', value: 2.4e9, surface: '$2.4 billion' }])],
    next: herald([{ period: '2023', surface: '$4 billion' }]),
    expected: ['new_figure'],
  },
  {
    name: 'amounts in different currencies never contradict',
    earlier: [anadolu([{ unit: 'USD', surface: '$4 billion' }])],
    next: herald([{ unit: 'EUR', value: 3e9, surface: '€3 billion' }]),
    expected: ['new_figure'],
  },
  {
    name: 'a figure for Russia and the Caspian states is another subject than Russia–Azerbaijan',
    earlier: [anadolu([{ subject: 'RU-AZ', surface: '$4 billion' }])],
    next: herald([{ subject: 'RU-CASPIAN', value: 2.7e10, surface: '$27 billion' }]),
    expected: ['new_figure'],
  },
  {
    name: 'a syndicated copy of the same wire story is one source, never its own corroboration',
    earlier: [{ url: 'https://a.example/tass', outlet: 'Outlet A', published: '2024-04-22', text: `${STORY} (TASS)`, figures: [{}] }],
    next: { url: 'https://b.example/tass', outlet: 'Outlet B', published: '2024-04-22', text: `${STORY}, TASS reports`, figures: [{}] },
    expected: [],
  },
  {
    name: 'a near-duplicate text from another outlet is the same source',
    earlier: [{ url: 'https://a.example/x', outlet: 'Outlet A', published: '2024-04-22', text: STORY, figures: [{}] }],
    next: { url: 'https://c.example/y', outlet: 'Outlet C', published: '2024-04-23', text: `${STORY}.`, figures: [{}] },
    expected: [],
  },
  {
    name: 'the same outlet changing its number for a key is a revision',
    earlier: [anadolu([{ value: 4.35e9, surface: '$4.35 billion' }])],
    next: anadolu([{ value: 4.1e9, surface: '$4.1 billion' }], 'https://aa.example/2'),
    expected: ['revision'],
  },
  {
    name: 'a third outlet agreeing with one side of a known contradiction raises nothing new',
    earlier: [anadolu([{ value: 4.35e9, surface: '$4.35 billion' }]), herald([{ value: 3.1e9, surface: '$3.1 billion' }])],
    next: { url: 'https://kv.example/1', outlet: 'Kaspiy Vestnik', published: '2024-05-10', figures: [{ qualifier: 'more_than', surface: '4 млрд долларов' }] },
    expected: ['corroboration'],
  },
  {
    name: 'a stock figure retold a month later with the same value is not a new figure',
    earlier: [anadolu([{ metric: 'investment', subject: 'RU>AZ', period: '2024-04', periodBasis: 'assumed', value: 6e9, qualifier: 'about', surface: '$6 billion' }])],
    next: herald([{ metric: 'investment', subject: 'RU>AZ', period: '2024-05', periodBasis: 'assumed', value: 6e9, surface: '$6 billion' }]),
    expected: [],
  },
  {
    name: 'a stock figure that changed since the previous month is a new figure',
    earlier: [anadolu([{ metric: 'investment', subject: 'RU>AZ', period: '2024-04', periodBasis: 'assumed', value: 6e9, surface: '$6 billion' }])],
    next: herald([{ metric: 'investment', subject: 'RU>AZ', period: '2024-05', periodBasis: 'assumed', value: 7.5e9, surface: '$7.5 billion' }]),
    expected: ['new_figure'],
  },
  {
    name: 'claims with an unknown period never contradict each other',
    earlier: [anadolu([{ period: null, periodBasis: 'assumed', surface: '$4 billion' }])],
    next: herald([{ period: null, periodBasis: 'assumed', value: 3.1e9, surface: '$3.1 billion' }]),
    expected: [],
  },
];

describe('claim comparison table', () => {
  let ledger: Ledger | null = null;
  afterEach(() => ledger?.close());

  it.each(CASES)('$name', ({ earlier, next, expected }) => {
    ledger = openLedger(':memory:');
    for (const report of earlier) record(ledger, report);
    expect(record(ledger, next)).toEqual(expected);
  });

  it('the same article seen again raises nothing; a changed article is re-read and may revise', () => {
    ledger = openLedger(':memory:');
    const first = anadolu([{ value: 4.35e9, surface: '$4.35 billion' }]);
    expect(record(ledger, first)).toEqual(['new_figure']);
    expect(record(ledger, first)).toEqual([]);
    const restated = { ...first, text: `${first.text} (updated with a photo)` };
    expect(record(ledger, restated)).toEqual([]);
    const edited = { ...first, text: `${first.text} (corrected)`, figures: [{ value: 4.1e9, surface: '$4.1 billion' }] };
    expect(record(ledger, edited)).toEqual(['revision']);
  });

  it('a first report for a new period cites the previous period', () => {
    ledger = openLedger(':memory:');
    record(ledger, anadolu([{ period: '2022', value: 3.7e9, surface: '$3.7 billion' }]));
    const result = ledger.recordArticle(
      { item: null, url: 'https://h.example/2', outlet: 'Herald', title: null, published: '2024-02-01', text: 'x', figures: [figure({ period: '2023' })], topics: [{ topic: 'ru-az', keywords: [] }] },
      everything,
      new Date(),
    );
    expect(result.findings[0]?.kind).toBe('new_figure');
    expect(result.findings[0]?.previous?.period).toBe('2022');
  });
});
