import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './helpers.ts';

const periods = (text: string, published: string) => figuresOf(text, published).map((f) => [f.value, f.period]);

describe('periods that are spans, not points (ADR 001)', () => {
  it.each([
    ['between two months of different years', 'Gazprom delivered about 1.2 billion cubic metres of gas to Azerbaijan between October 2022 and February 2023.', '2023-03-10', '2022-10..2023-02'],
    ['a month run across New Year with both years', 'В ноябре 2023 – марте 2024 года "Газпром" поставил в Азербайджан около 1,2 млрд кубометров газа.', '2024-04-10', '2023-11..2024-03'],
    ['"с … по …" across years', 'С декабря 2021 года по май 2024 года на границе погибли 14 военнослужащих.', '2024-06-10', '2021-12..2024-05'],
    ['a month run across New Year with no year', 'In November–February, Russian gas deliveries to Azerbaijan reached 1.1 billion cubic metres.', '2024-03-20', '2023-11..2024-02'],
  ])('%s', (_name, text, published, period) => {
    expect(onlyFigure(text, published).period).toBe(period);
  });

  it('"since 1996" is a span to the publication year for a cumulative amount', () => {
    const f = onlyFigure('Russian companies have invested $4.1 billion in Azerbaijan since 1996, the embassy said.', '2024-05-15');
    expect(f).toMatchObject({ metric: 'investment', period: '1996..2024', periodBasis: 'stated' });
  });

  it('"с 2019 года" is a span for a cumulative amount in Russian too', () => {
    const f = onlyFigure('С 2019 года Азербайджан вложил в экономику России около 1,2 млрд долларов.', '2024-05-15');
    expect(f).toMatchObject({ metric: 'investment', period: '2019..2024' });
  });

  it('"since" does not make a span of a troop strength', () => {
    const f = onlyFigure('Since 2020 Russia has kept about 2,000 peacekeepers in Karabakh.', '2022-05-15');
    expect(f).toMatchObject({ metric: 'troops', period: '2022-05' });
  });

  it('a period in a "since …" clause dates the event it starts from, not a head count', () => {
    const f = onlyFigure('Around 20,000 people have left the region since the fighting resumed last month, officials said.', '2024-05-15');
    expect(f).toMatchObject({ period: '2024-05', periodBasis: 'assumed' });
  });

  it('"N years ago" is one year, N before publication', () => {
    const text = 'The share of the rouble in payments between Russia and Azerbaijan is now 45%; seven years ago it was under 20%.';
    expect(periods(text, '2024-05-15')).toEqual([[45, '2024-05'], [20, '2017']]);
  });

  it('"за семь лет" with no "последние" is a span ending in the publication year', () => {
    const f = onlyFigure('Товарооборот России и Азербайджана за семь лет вырос в 2,1 раза.', '2024-05-15');
    expect(f).toMatchObject({ metric: 'growth_rate', period: '2017..2024' });
  });

  it('a change between two stated years spans them; "over the same years" points back to them', () => {
    const text = 'Russian exports to Azerbaijan grew from $1.7 billion in 2017 to $3.3 billion in 2023, almost doubling.\nAzerbaijani exports to Russia rose from $0.7 billion to $1.1 billion over the same years.';
    const figures = figuresOf(text, '2024-05-15');
    expect(figures.map((f) => [f.metric, f.value, f.period])).toEqual([
      ['exports', 1.7e9, '2017'],
      ['exports', 3.3e9, '2023'],
      ['growth_rate', 2, '2017..2023'],
      ['exports', 0.7e9, '2017'],
      ['exports', 1.1e9, '2023'],
    ]);
  });

  it('"by the start of this year" is January of the publication year', () => {
    const f = onlyFigure('By the start of this year, accumulated Russian investment in Azerbaijan had reached $6.3 billion.', '2024-05-15');
    expect(f).toMatchObject({ metric: 'investment', period: '2024-01' });
  });
});
