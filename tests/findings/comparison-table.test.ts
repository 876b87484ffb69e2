import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';
import type { FindingKind } from '../../src/model/index.ts';
import { anadolu, everything, figure, herald, ledgerOf, recordReport, type Report } from './table-helpers.ts';

interface Case {
  name: string;
  earlier: Report[];
  next: Report;
  expected: FindingKind[];
  /** The outlets the findings cite as `against` (contradictions, revisions, corroborations), in order. */
  against?: (string | null)[];
}

const STORY =
  'Russian President Vladimir Putin said on Monday that trade turnover between Russia and Azerbaijan exceeded four billion dollars last year and that Russian investment in Azerbaijan reached six billion dollars, adding that cargo on the North-South corridor keeps growing';

const EXPORTS_TO_AZ = { metric: 'exports', subject: 'RU>AZ' } as const;
const AZ_IMPORTS_FROM_RU = { metric: 'imports', subject: 'RU>AZ' } as const;
const PEACEKEEPERS = { metric: 'troops', subject: 'RU>AZ', unit: 'persons', period: '2020-11' } as const;
const KILLED = { metric: 'casualties', subject: 'RU>AZ', unit: 'persons', period: '2023-09' } as const;

const CASES: Case[] = [
  // Values and rounding
  { name: 'the first claim for a key is a new figure', earlier: [], next: anadolu([{}]), expected: ['new_figure'] },
  { name: 'an independent outlet restating the same value corroborates', earlier: [anadolu([{}])], next: herald([{}]), expected: ['corroboration'], against: ['Anadolu Agency'] },
  { name: 'a rounded "$4 billion" against a precise "$4.03 billion" corroborates', earlier: [anadolu([{}])], next: herald([{ value: 4.03e9, surface: '$4.03 billion' }]), expected: ['corroboration'] },
  { name: '"more than $4 billion" against "$4 billion" is no contradiction', earlier: [anadolu([{ qualifier: 'more_than' }])], next: herald([{}]), expected: ['corroboration'] },
  { name: '"more than $4 billion" against "$3.6 billion" contradicts: a threshold gives way by a few per cent only', earlier: [anadolu([{ qualifier: 'more_than' }])], next: herald([{ value: 3.6e9, surface: '$3.6 billion' }]), expected: ['contradiction'] },
  { name: '$2.24 billion against $2.25 billion is one statistic converted twice, not a contradiction', earlier: [anadolu([{ value: 2.25e9, surface: '$2.25 billion' }])], next: herald([{ value: 2.24e9, surface: '$2.24 billion' }]), expected: ['corroboration'] },
  { name: 'two outlets giving 2023 turnover beyond rounding contradict', earlier: [anadolu([{ qualifier: 'more_than' }])], next: herald([{ value: 3.1e9, surface: '$3.1 billion' }]), expected: ['contradiction'], against: ['Anadolu Agency'] },
  { name: 'five killed against six killed contradict: touching intervals do not overlap', earlier: [anadolu([{ ...KILLED, value: 5, surface: 'five' }])], next: herald([{ ...KILLED, value: 6, surface: 'Six' }]), expected: ['contradiction'] },
  { name: '1,960 peacekeepers against "about 2,000" corroborates', earlier: [anadolu([{ ...PEACEKEEPERS, value: 1960, surface: '1,960 servicemen' }])], next: herald([{ ...PEACEKEEPERS, value: 2000, qualifier: 'about', surface: '2,000 peacekeepers' }]), expected: ['corroboration'] },
  // Keys
  { name: '2021 at $2.4 billion against 2023 at $4 billion is a new period, not a contradiction', earlier: [anadolu([{ period: '2021', value: 2.4e9, surface: '$2.4 billion' }])], next: herald([{}]), expected: ['new_figure'] },
  { name: 'amounts in different currencies never contradict', earlier: [anadolu([{}])], next: herald([{ unit: 'EUR', value: 3e9, surface: '€3 billion' }]), expected: ['new_figure'] },
  { name: 'a figure for Russia and the Caspian states is another subject than Russia–Azerbaijan', earlier: [anadolu([{}])], next: herald([{ subject: 'RU-CASPIAN', value: 2.7e10, surface: '$27 billion' }]), expected: ['new_figure'] },
  { name: 'growth of exports is another series than growth of turnover: 42% after 39.3% is no revision', earlier: [], next: anadolu([{ metric: 'growth_rate', growthOf: 'trade_turnover', unit: '%', value: 39.3, surface: '39.3%' }, { metric: 'growth_rate', growthOf: 'exports', unit: '%', value: 42, surface: '42%' }]), expected: ['new_figure', 'new_figure'] },
  { name: "Russia's exports to Azerbaijan and Azerbaijan's imports from Russia are one flow and may contradict", earlier: [anadolu([{ ...AZ_IMPORTS_FROM_RU, value: 2.95e9, surface: '$2.95 billion' }])], next: herald([{ ...EXPORTS_TO_AZ, value: 3.3e9, surface: '3,3 млрд долларов' }]), expected: ['contradiction'] },
  { name: 'exports and imports with no direction are two series', earlier: [anadolu([{ metric: 'imports', value: 4e8, surface: '$400 million' }])], next: herald([{ metric: 'exports', value: 2e9, surface: '$2 billion' }]), expected: ['new_figure'] },
  { name: 'a border length has no period and two lengths contradict', earlier: [anadolu([{ metric: 'border_length', unit: 'km', period: null, periodBasis: 'none', value: 338, surface: '338-kilometre' }])], next: herald([{ metric: 'border_length', unit: 'km', period: null, periodBasis: 'none', value: 390, surface: '390-kilometre' }]), expected: ['contradiction'] },
  // Periods (ADR 001 and 002)
  { name: 'claims with an unknown period are context: they never contradict and are no new figure', earlier: [anadolu([{ period: null, periodBasis: 'assumed' }])], next: herald([{ period: null, periodBasis: 'assumed', value: 3.1e9, surface: '$3.1 billion' }]), expected: [] },
  { name: 'an assumed 2023 (said in April 2024) against a stated 2023 contradicts', earlier: [ledgerOf('Report.az', '2024-02-14', [{ value: 4.35e9, surface: '$4.35 billion' }])], next: ledgerOf('Sputnik Azerbaijan', '2024-03-10', [{ periodBasis: 'assumed', qualifier: 'about', value: 3e9, surface: '3 млрд долларов' }]), expected: ['contradiction'] },
  { name: 'an assumed 2023 said in November 2024 (maybe this year so far) never contradicts', earlier: [ledgerOf('Report.az', '2024-02-14', [{ value: 4.35e9, surface: '$4.35 billion' }])], next: ledgerOf('Trend', '2024-11-20', [{ periodBasis: 'assumed', qualifier: 'more_than', value: 4.5e9, surface: '$4.5 billion' }]), expected: [] },
  { name: 'a stock figure retold a month later with the same value is not a new figure', earlier: [anadolu([{ metric: 'investment', subject: 'RU>AZ', period: '2024-04', periodBasis: 'assumed', value: 6e9, qualifier: 'about', surface: '$6 billion' }])], next: herald([{ metric: 'investment', subject: 'RU>AZ', period: '2024-05', periodBasis: 'assumed', value: 6e9, surface: '$6 billion' }]), expected: [] },
  { name: 'a stock figure that changed since the previous month is a new figure', earlier: [anadolu([{ metric: 'investment', subject: 'RU>AZ', period: '2024-04', periodBasis: 'assumed', value: 6e9, surface: '$6 billion' }])], next: herald([{ metric: 'investment', subject: 'RU>AZ', period: '2024-05', periodBasis: 'assumed', value: 7.5e9, surface: '$7.5 billion' }]), expected: ['new_figure'] },
  { name: 'a target ("should aim higher than $4 billion") is never compared', earlier: [anadolu([{ value: 4.35e9, surface: '$4.35 billion' }])], next: herald([{ period: null, periodBasis: 'none', modality: 'target', value: 1e10, surface: '$10 billion' }]), expected: [] },
  { name: 'a capacity ("15 million tonnes a year") is never a new figure', earlier: [], next: anadolu([{ metric: 'cargo_volume', unit: 't', period: null, periodBasis: 'none', modality: 'rate', value: 1.5e7, surface: '15 million tonnes' }]), expected: [] },
  // Sources
  { name: 'the same outlet changing its number for a key is a revision', earlier: [anadolu([{ value: 4.35e9, surface: '$4.35 billion' }])], next: anadolu([{ value: 4.1e9, surface: '$4.1 billion' }], 'https://aa.example/2'), expected: ['revision'], against: ['Anadolu Agency'] },
  { name: 'an outlet repeating itself in a later article raises nothing', earlier: [anadolu([{ value: 4.35e9, surface: '$4.35 billion' }])], next: anadolu([{ qualifier: 'more_than' }], 'https://aa.example/2'), expected: [] },
  { name: 'after a source revised its number, agreeing with the new one corroborates, not contradicts the old', earlier: [anadolu([{ value: 3.1e9, surface: '$3.1 billion' }]), anadolu([{ value: 4.35e9, surface: '$4.35 billion' }], 'https://aa.example/2')], next: herald([{ value: 4.35e9, surface: '$4.35 billion' }]), expected: ['corroboration'] },
  { name: 'a third outlet agreeing with one side of a known contradiction raises nothing new', earlier: [anadolu([{ value: 4.35e9, surface: '$4.35 billion' }]), herald([{ value: 3.1e9, surface: '$3.1 billion' }])], next: ledgerOf('Kaspiy Vestnik', '2024-05-10', [{ qualifier: 'more_than', surface: '4 млрд долларов' }]), expected: ['corroboration'] },
  { name: 'a syndicated copy of the same wire story is one source, never its own corroboration', earlier: [{ url: 'https://a.example/tass', outlet: 'Outlet A', published: '2024-04-22', text: `MOSCOW, April 22. /TASS/. ${STORY}`, figures: [{}] }], next: { url: 'https://b.example/tass', outlet: 'Outlet B', published: '2024-04-22', text: `${STORY}, TASS reports`, figures: [{}] }, expected: [] },
  { name: 'a near-duplicate text from another outlet is the same source', earlier: [{ url: 'https://a.example/x', outlet: 'Outlet A', published: '2024-04-22', text: STORY, figures: [{}] }], next: { url: 'https://c.example/y', outlet: 'Outlet C', published: '2024-04-23', text: `${STORY}.`, figures: [{}] }, expected: [] },
  { name: 'a sentence crediting a wire ("Overchuk told TASS") retells the wire, never corroborates it', earlier: [ledgerOf('TASS', '2024-02-16', [{ value: 4.4e9, surface: '$4.4 billion' }])], next: ledgerOf('Report.az', '2024-03-01', [{ value: 4.4e9, surface: '$4.4 billion', quote: 'Earlier, Russian Deputy Prime Minister Alexei Overchuk told TASS that trade turnover had reached $4.4 billion last year.' }]), expected: [] },
  { name: 'a wire named in the middle of a story does not make the outlet that wire: its own figure contradicts', earlier: [ledgerOf('TASS', '2024-02-16', [{ value: 4.4e9, surface: '$4.4 billion' }])], next: { ...ledgerOf('Report.az', '2024-03-01', [{ value: 3.98e9, surface: '$3.98 billion' }]), text: `Customs: trade amounted to $3.98 billion\n\nBaku. 1 March. REPORT.AZ/ Azerbaijan's trade turnover with Russia amounted to $3.98 billion in 2023, according to the State Customs Committee.\n\nThe figures differ from the Russian side's. Earlier, Overchuk told TASS that trade had reached $4.4 billion.` }, expected: ['contradiction'], against: ['TASS'] },
  { name: "an outlet passing on another authority's number is not revising itself: the two authorities contradict", earlier: [ledgerOf('Trend', '2023-01-23', [{ period: '2022', value: 3.24e9, surface: '$3.24 billion', quote: "Azerbaijan's trade turnover with Russia amounted to $3.24 billion in 2022, according to the State Customs Committee." }])], next: ledgerOf('Trend', '2023-03-15', [{ period: '2022', value: 3.7e9, surface: '$3.7 billion', quote: 'Trade turnover between Russia and Azerbaijan reached $3.7 billion in 2022, Russian Deputy Prime Minister Alexei Overchuk said.' }]), expected: ['contradiction'], against: ['Trend'] },
  { name: 'an outlet correcting the same authority\'s number revises', earlier: [ledgerOf('Report.az', '2024-02-12', [{ value: 3.58e9, surface: '$3.58 billion', quote: 'Trade turnover amounted to $3.58 billion in 2023, Report informs, citing the State Customs Committee.' }])], next: ledgerOf('Report.az', '2024-02-13', [{ value: 4.35e9, surface: '$4.35 billion', quote: 'Trade turnover amounted to $4.35 billion in 2023, according to the State Customs Committee.' }]), expected: ['revision'] },
  // One article
  { name: 'an article giving a key two statistics corroborates each side of a known conflict', earlier: [ledgerOf('TASS', '2023-03-15', [{ period: '2022', value: 3.7e9, surface: '3,7 млрд долларов' }]), ledgerOf('APA', '2023-01-20', [{ period: '2022', value: 3.24e9, surface: '$3.24 billion' }])], next: ledgerOf('Eurasianet', '2023-04-03', [{ period: '2022', value: 3.7e9, surface: '$3.7 billion' }, { period: '2022', value: 3.24e9, surface: '$3.24 billion' }]), expected: ['corroboration', 'corroboration'] },
  { name: "an article's stray reading (the country's total exports read as exports to Russia) is context", earlier: [ledgerOf('Report.az', '2024-02-12', [{ metric: 'exports', subject: 'AZ>RU', value: 1.05e9, surface: '$1.05 billion' }])], next: ledgerOf('Trend', '2024-02-14', [{ metric: 'exports', subject: 'AZ>RU', value: 1.05e9, surface: '$1.05 billion' }, { metric: 'exports', subject: 'AZ>RU', value: 3.39e10, surface: '$33.9 billion' }]), expected: ['corroboration'] },
  { name: 'a figure and its conversion in one sentence are one new figure', earlier: [], next: anadolu([{ unit: 'AZN', value: 7.4e9, surface: '7.4 billion manats', start: 100 }, { value: 4.35e9, surface: '$4.35 billion', start: 100 }]), expected: ['new_figure'] },
  { name: 'a headline "tops $4.3 billion" and a body "$4.35 billion": one new figure, the sharper one', earlier: [], next: anadolu([{ qualifier: 'more_than', value: 4.3e9, surface: '$4.3 billion' }, { value: 4.35e9, surface: '$4.35 billion' }]), expected: ['new_figure'] },
];

describe('claim comparison table', () => {
  let ledger: Ledger | null = null;
  afterEach(() => ledger?.close());

  it.each(CASES)('$name', ({ earlier, next, expected, against }) => {
    ledger = openLedger(':memory:');
    for (const report of earlier) recordReport(ledger, report);
    const findings = recordReport(ledger, next);
    expect(findings.map((f) => f.kind)).toEqual(expected);
    if (against) expect(findings.map((f) => f.against?.source.outlet ?? null)).toEqual(against);
  });

  it('the same article seen again raises nothing; a changed article is re-read and may revise', () => {
    ledger = openLedger(':memory:');
    const first = anadolu([{ value: 4.35e9, surface: '$4.35 billion' }]);
    const text = 'Trade turnover between Russia and Azerbaijan amounted to $4.35 billion in 2023, the customs committee said.';
    expect(recordReport(ledger, { ...first, text }).map((f) => f.kind)).toEqual(['new_figure']);
    expect(recordReport(ledger, { ...first, text })).toEqual([]);
    expect(recordReport(ledger, { ...first, text: `${text} (updated with a photo)` })).toEqual([]);
    const edited = { ...first, text: `${text} (corrected)`, figures: [{ value: 4.1e9, surface: '$4.1 billion' }] };
    expect(recordReport(ledger, edited).map((f) => f.kind)).toEqual(['revision']);
  });

  it('a first report for a new period cites the previous period of the same granularity', () => {
    ledger = openLedger(':memory:');
    recordReport(ledger, anadolu([{ period: '2022', value: 3.7e9, surface: '$3.7 billion' }]));
    recordReport(ledger, anadolu([{ period: '2024-H1', value: 2.2e9, surface: '$2.2 billion' }], 'https://aa.example/h1'));
    const result = ledger.recordArticle(
      { item: null, url: 'https://h.example/2', outlet: 'Herald', title: null, published: '2024-02-01', text: 'x', figures: [figure({ period: '2023' })], topics: [{ topic: 'ru-az', keywords: [] }] },
      everything,
      new Date(),
    );
    expect(result.findings[0]?.kind).toBe('new_figure');
    expect(result.findings[0]?.previous?.period).toBe('2022');
  });

  it('a contradiction with a wire story cites the original, not the copy that retold it', () => {
    ledger = openLedger(':memory:');
    recordReport(ledger, ledgerOf('RIA Novosti', '2024-08-19', [{ period: '2024-H1', value: 2.2e9, surface: '2,2 млрд долларов' }]));
    recordReport(ledger, {
      ...ledgerOf('Haqqin.az', '2024-08-19', [{ period: '2024-H1', value: 2.2e9, surface: '2,2 млрд долларов' }]),
      text: 'Москва отчиталась\n\nТоварооборот России и Азербайджана в первом полугодии составил 2,2 млрд долларов, сообщает РИА Новости со ссылкой на министра экономического развития.',
    });
    const findings = recordReport(ledger, ledgerOf('Interfax-Azerbaijan', '2024-08-21', [{ period: '2024-H1', value: 2.6e9, surface: '2,6 млрд долларов' }]));
    expect(findings.map((f) => [f.kind, f.against?.source.outlet])).toEqual([['contradiction', 'RIA Novosti']]);
  });
});
