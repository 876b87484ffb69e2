import { describe, expect, it } from 'vitest';
import { figuresOf, onlyFigure } from './helpers.ts';

describe('periods, resolved against the publication date (ADR 001)', () => {
  it.each([
    ['stated year', 'Trade between Russia and Azerbaijan reached $4.4 billion in 2023.', '2024-05-15', '2023', 'stated'],
    ['Russian year with "году"', 'Товарооборот России и Азербайджана в 2023 году составил 4,4 млрд долларов.', '2024-05-15', '2023', 'stated'],
    ['"по итогам 2023 года"', 'Товарооборот России и Азербайджана по итогам 2023 года составил 4,4 млрд долларов.', '2024-05-15', '2023', 'stated'],
    ['"last year"', 'Trade between Russia and Azerbaijan reached $4.4 billion last year.', '2024-05-15', '2023', 'relative'],
    ['"в прошлом году"', 'В прошлом году товарооборот России и Азербайджана составил 4,4 млрд долларов.', '2024-05-15', '2023', 'relative'],
    ['"in the first half of 2024"', 'In the first half of 2024, trade between Russia and Azerbaijan reached $2.3 billion.', '2024-08-15', '2024-H1', 'stated'],
    ['"in the first half" with no year', 'In the first half, trade between Russia and Azerbaijan reached $2.3 billion.', '2024-08-15', '2024-H1', 'relative'],
    ['"в первом полугодии"', 'В первом полугодии товарооборот России и Азербайджана составил 2,3 млрд долларов.', '2024-08-15', '2024-H1', 'relative'],
    ['"in January–June"', 'In January–June, trade between Russia and Azerbaijan reached $2.3 billion.', '2024-08-15', '2024-H1', 'relative'],
    ['"January–September 2024"', 'In January–September 2024, trade between Russia and Azerbaijan reached $3.4 billion.', '2024-10-25', '2024-01..2024-09', 'stated'],
    ['"за январь–сентябрь"', 'За январь–сентябрь товарооборот России и Азербайджана составил 3,4 млрд долларов.', '2024-10-25', '2024-01..2024-09', 'relative'],
    ['"за 9 месяцев 2024 года"', 'За 9 месяцев 2024 года товарооборот России и Азербайджана составил 3,4 млрд долларов.', '2024-10-25', '2024-01..2024-09', 'stated'],
    ['"the first nine months of 2022"', "Azerbaijan's imports from Russia reached $2.1 billion in the first nine months of 2022.", '2022-12-01', '2022-01..2022-09', 'stated'],
    ['quarter "Q3 2023"', 'Trade between Russia and Azerbaijan reached $1.2 billion in Q3 2023.', '2024-01-15', '2023-Q3', 'stated'],
    ['"в III квартале"', 'В III квартале товарооборот России и Азербайджана составил 1,2 млрд долларов.', '2024-11-05', '2024-Q3', 'relative'],
    ['month "in May 2024"', 'Trade between Russia and Azerbaijan reached $400 million in May 2024.', '2024-06-20', '2024-05', 'stated'],
    ['"so far this year" → January to last month', 'So far this year, trade between Russia and Azerbaijan has reached $3.1 billion.', '2024-10-20', '2024-01..2024-09', 'relative'],
    ['"с начала года"', 'С начала года товарооборот России и Азербайджана достиг 3,1 млрд долларов.', '2024-10-20', '2024-01..2024-09', 'relative'],
    ['"this year" for an actual figure is year to date', 'This year trade between Russia and Azerbaijan has reached $3.1 billion.', '2024-10-20', '2024-01..2024-09', 'relative'],
  ])('%s', (_name, text, published, period, basis) => {
    const f = onlyFigure(text, published);
    expect({ period: f.period, periodBasis: f.periodBasis }).toEqual({ period, periodBasis: basis });
  });

  it('"over the past six years" is a span from publication year − 6 to publication year', () => {
    const f = onlyFigure('Trade turnover with Caspian countries has increased by 54% over the past six years.', '2022-10-06', 'Russia and Azerbaijan at the Caspian economic forum');
    expect(f).toMatchObject({ period: '2016..2022', periodBasis: 'relative', subject: 'RU-CASPIAN' });
  });

  it('a flow with no period is the last complete year before publication (assumed)', () => {
    const f = onlyFigure('"Our trade turnover with Azerbaijan is growing: it has already reached more than $4 billion," Putin said.', '2024-04-22');
    expect(f).toMatchObject({ metric: 'trade_turnover', period: '2023', periodBasis: 'assumed' });
  });

  it('a stock with no period is the month of publication (assumed)', () => {
    const f = onlyFigure('Russian investments in the Azerbaijani economy amount to $6 billion, Putin said.', '2024-04-22');
    expect(f).toMatchObject({ metric: 'investment', period: '2024-04', periodBasis: 'assumed' });
  });

  it('no publication date leaves an unstated period unknown', () => {
    const f = onlyFigure('Trade between Russia and Azerbaijan has already reached more than $4 billion.', null);
    expect(f).toMatchObject({ period: null, periodBasis: 'assumed' });
  });

  it('a relative period with no publication date cannot be resolved', () => {
    const f = onlyFigure('Trade between Russia and Azerbaijan reached $4.4 billion last year.', null);
    expect(f).toMatchObject({ period: null, periodBasis: 'relative' });
  });

  it('a rate "per year" is a capacity with no period', () => {
    const f = onlyFigure('The corridor between Russia and Azerbaijan can carry 15 million tonnes of cargo per year.', '2024-08-20');
    expect(f).toMatchObject({ metric: 'cargo_volume', modality: 'rate', period: null, periodBasis: 'none' });
  });

  it('"from $2.4 billion in 2021 to $4.3 billion in 2023" is two figures, each with its own year', () => {
    const figures = figuresOf('Bilateral trade between Russia and Azerbaijan has grown from $2.4 billion in 2021 to $4.3 billion in 2023.');
    expect(figures.map((f) => [f.value, f.qualifier, f.period])).toEqual([
      [2.4e9, 'exact', '2021'],
      [4.3e9, 'exact', '2023'],
    ]);
  });

  it('"rose from $2.4 billion to $4 billion in 2023": the old value belongs to the year before', () => {
    const figures = figuresOf('Trade between Russia and Azerbaijan rose from $2.4 billion to $4 billion in 2023.');
    expect(figures.map((f) => [f.value, f.period])).toEqual([
      [2.4e9, '2022'],
      [4e9, '2023'],
    ]);
  });

  it('a comparison base ("compared with 2022") is not the period', () => {
    const f = onlyFigure('Trade between Russia and Azerbaijan grew by 17% compared with 2022, the customs committee said.', '2024-02-10');
    expect(f).toMatchObject({ metric: 'growth_rate', period: '2023', periodBasis: 'assumed' });
  });

  it('a target keeps its horizon ("by 2030") and is marked as a target', () => {
    const f = onlyFigure('Russia and Azerbaijan aim to bring trade turnover to $10 billion by 2030.', '2024-04-22');
    expect(f).toMatchObject({ metric: 'trade_turnover', modality: 'target', period: '2030', value: 1e10 });
  });

  it('the period of a flow carries to the next sentence of an agency story', () => {
    const text = 'Trade between Azerbaijan and Russia amounted to $3.3 billion in January-September 2023.\nExports from Azerbaijan to Russia made up $763.4 million.';
    const figures = figuresOf(text, '2023-10-19');
    expect(figures.map((f) => [f.metric, f.period, f.subject])).toEqual([
      ['trade_turnover', '2023-01..2023-09', 'RU-AZ'],
      ['exports', '2023-01..2023-09', 'AZ>RU'],
    ]);
  });

  it('"last year" after one amount does not date the next stock figure', () => {
    const figures = figuresOf('The Kremlin said bilateral trade with Azerbaijan had topped $4 billion last year and that Russian investment in Azerbaijan amounted to $6.7 billion.', '2024-08-19');
    expect(figures.map((f) => [f.metric, f.period])).toEqual([
      ['trade_turnover', '2023'],
      ['investment', '2024-08'],
    ]);
  });
});
