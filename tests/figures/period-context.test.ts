import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './helpers.ts';

const periods = (text: string, published: string) => figuresOf(text, published).map((f) => [f.metric, f.value, f.period]);

describe('whose period is it: comparisons, reports, dates and the running story (ADR 001)', () => {
  it('a figure in a "when" clause after a comparison base takes that base year', () => {
    const text = 'Trade between Russia and Azerbaijan reached $4.4 billion in 2023. That is 12 percent more than in 2021, when turnover between the two countries stood at $3.9 billion.';
    expect(periods(text, '2024-03-01')).toEqual([
      ['trade_turnover', 4.4e9, '2023'],
      ['growth_rate', 12, '2023'],
      ['trade_turnover', 3.9e9, '2021'],
    ]);
  });

  it('a period in parentheses belongs to the number in them, not to the one before', () => {
    const text = 'В январе–сентябре 2024 года товарооборот Азербайджана с Россией составил 3,3 млрд долларов.\nДоля России во внешней торговле Азербайджана составила 9,1% (в январе–сентябре 2023 года – 8,4%).';
    expect(periods(text, '2024-10-20')).toEqual([
      ['trade_turnover', 3.3e9, '2024-01..2024-09'],
      ['other', 9.1, '2024-01..2024-09'],
      ['other', 8.4, '2023-01..2023-09'],
    ]);
  });

  it('a share of trade takes the period of the story like the trade it is a share of', () => {
    const text = "Azerbaijan's exports to Russia totalled $1.2 billion last year.\nRussia accounted for 9.4 percent of Azerbaijan's foreign trade.";
    expect(periods(text, '2024-02-01')).toEqual([
      ['exports', 1.2e9, '2023'],
      ['other', 9.4, '2023'],
    ]);
  });

  it('the date of a report is not the period of a revised figure, which keeps the period of its revision', () => {
    const text = 'The customs committee put 2023 trade between Russia and Azerbaijan at $4.4 billion, rather than $4.2 billion as reported in January.';
    expect(periods(text, '2024-04-10')).toEqual([
      ['trade_turnover', 4.4e9, '2023'],
      ['trade_turnover', 4.2e9, '2023'],
    ]);
  });

  it('a day date dates casualties to its month, for every count of its clause', () => {
    expect(periods('A missile strike on Ganja on Oct. 11 killed 10 people and injured 40, officials said.', '2020-11-02')).toEqual([
      ['casualties', 10, '2020-10'],
      ['casualties', 40, '2020-10'],
    ]);
    expect(periods('Azerbaijan said 48 of its soldiers were killed and 120 wounded in the Oct. 4-5 fighting.', '2020-11-02')).toEqual([
      ['casualties', 48, '2020-10'],
      ['casualties', 120, '2020-10'],
    ]);
    expect(periods('В результате обстрела 17 октября погибли 13 мирных жителей.', '2020-11-02')).toEqual([['casualties', 13, '2020-10']]);
  });

  it('a troop strength under a dated agreement is dated by it', () => {
    const f = onlyFigure('The peacekeeping force deployed under the November 10, 2020 trilateral statement consisted of 1,960 troops.', '2024-04-20');
    expect(f).toMatchObject({ metric: 'troops', period: '2020-11' });
  });

  it('a day date does not date a flow: the customs committee reporting on Oct. 19', () => {
    const f = onlyFigure('Trade between Russia and Azerbaijan reached $3.1 billion, the customs committee said on Oct. 19.', '2024-10-20');
    expect(f).toMatchObject({ period: '2023', periodBasis: 'assumed' });
  });

  it('"тогда" points back to the period of the sentence before', () => {
    const text = 'В ноябре 2020 года в Карабах вошли российские миротворцы.\nЧисленность контингента тогда составляла 1 960 военных.';
    expect(onlyFigure(text, '2024-04-20')).toMatchObject({ metric: 'troops', period: '2020-11' });
  });

  it('a year that opens the sentence dates every figure of it, stocks too', () => {
    const text = 'In 2023, Russian investment in Azerbaijan rose to $6.4 billion, while Azerbaijani investment in Russia reached $1.3 billion.';
    expect(periods(text, '2024-05-15')).toEqual([
      ['investment', 6.4e9, '2023'],
      ['investment', 1.3e9, '2023'],
    ]);
  });

  it('"currently" does not date a capacity', () => {
    const f = onlyFigure('The Astara terminal can currently handle 2.5 million tonnes of cargo a year.', '2024-05-15');
    expect(f).toMatchObject({ modality: 'rate', period: null });
  });

  it('a flow "today" is a year\'s level: the latest complete year; a stock "now" is the publication month', () => {
    const trade = onlyFigure('Товарооборот между Россией и Азербайджаном сегодня составляет около 3 млрд долларов, считает экономист.', '2024-03-10');
    expect(trade).toMatchObject({ metric: 'trade_turnover', value: 3e9, qualifier: 'about', period: '2023', periodBasis: 'assumed' });
    const troops = onlyFigure('About 1,500 Russian peacekeepers are now in Karabakh, the ministry said.', '2024-03-10');
    expect(troops).toMatchObject({ metric: 'troops', period: '2024-03', periodBasis: 'relative' });
  });

  it('the base of a comparison ("up 17.6% from $3.7 billion in 2022") does not carry its year to the next sentence', () => {
    const text = 'Trade turnover between Russia and Azerbaijan reached a record $4.35 billion in 2023, up 17.6% from $3.7 billion in 2022.\nRussian exports to Azerbaijan rose to $3.3 billion, while Azerbaijani exports to Russia amounted to $1.05 billion.';
    expect(periods(text, '2024-02-15')).toEqual([
      ['trade_turnover', 4.35e9, '2023'],
      ['growth_rate', 17.6, '2023'],
      ['trade_turnover', 3.7e9, '2022'],
      ['exports', 3.3e9, '2023'],
      ['exports', 1.05e9, '2023'],
    ]);
  });

  it('the period of agency copy carries through a sentence that begins "Of this"', () => {
    const text = 'BAKU, Oct 21. Trade between Azerbaijan and Russia amounted to $3.6 billion in January-September 2024, Trend reports with reference to the State Customs Committee.\n\nOf this, exports from Azerbaijan to Russia amounted to $920 million, and imports $2.7 billion.';
    expect(periods(text, '2024-10-21')).toEqual([
      ['trade_turnover', 3.6e9, '2024-01..2024-09'],
      ['exports', 9.2e8, '2024-01..2024-09'],
      ['imports', 2.7e9, '2024-01..2024-09'],
    ]);
  });

  it('a target chain takes no period from another paragraph', () => {
    const text = 'Cargo on the route reached 3 million tonnes in 2023.\n\nThe port plans to expand to 5 million tonnes by 2026 and eventually to 12 million tonnes.';
    expect(periods(text, '2024-05-15')).toEqual([
      ['cargo_volume', 3e6, '2023'],
      ['cargo_volume', 5e6, '2026'],
      ['cargo_volume', 12e6, null],
    ]);
  });

  it('the date of a statement is the "as of" of a stock it gives, but no flow\'s period', () => {
    expect(onlyFigure('Putin said in March that Russian investments in Azerbaijan amounted to $6.2 billion.', '2024-05-15')).toMatchObject({ period: '2024-03' });
    expect(onlyFigure('The customs committee said in March that trade between Russia and Azerbaijan reached $4.4 billion.', '2024-05-15')).toMatchObject({ period: '2023', periodBasis: 'assumed' });
  });

  it('the month a target was announced is not its horizon', () => {
    const f = onlyFigure('Speaking at a forum in Baku in May, the minister said Russia and Azerbaijan aim to lift trade to $6 billion in the coming years.', '2024-05-20');
    expect(f).toMatchObject({ modality: 'target', period: null });
  });

  it('a year opening the sentence does not date a stock that says "today"', () => {
    const figures = figuresOf('In 2020 Russia deployed 1,960 peacekeepers to Karabakh; today about 1,500 remain.', '2024-03-10');
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [1960, '2020'],
      [1500, '2024-03'],
    ]);
  });
});
