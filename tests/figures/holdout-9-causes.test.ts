/**
 * General causes behind holdout-9's first pass (see docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.period]);

describe('records are measured against a year, not summed since it', () => {
  it('"the first annual decline since 2020" dates no figure; "invested $6 billion since 2020" still sums', () => {
    const text = 'Trade between Russia and Azerbaijan fell 5.8% last year to $4.62 billion, Azerbaijani customs data showed on Wednesday, the first annual decline since 2020.';
    expect(brief(text, '2026-02-11')).toEqual([['growth_rate', -5.8, '2025'], ['trade_turnover', 4_620_000_000, '2025']]);
    expect(brief('Russian companies have invested $6 billion in Azerbaijan since 2020.', '2026-02-11')).toEqual([['investment', 6_000_000_000, '2020..2026']]);
    expect(brief('Товарооборот России и Азербайджана в 2025 году впервые с 2020 года снизился – до 4,6 млрд долларов.', '2026-02-11')).toEqual([['trade_turnover', 4_600_000_000, '2025']]);
  });
});

describe('memoranda are intentions', () => {
  it('"signed a memorandum in June 2024 on supplies of up to 55bcm a year" is a target with no period', () => {
    const [f] = figuresOf('Gazprom and the National Iranian Gas Company signed a memorandum in June 2024 on supplies of up to 55bcm a year.', '2025-07-08');
    expect(f).toMatchObject({ metric: 'exports', value: 55, unit: 'bcm', qualifier: 'up_to', modality: 'target', period: null });
  });
});

describe('partners and people', () => {
  it('"followed by Turkey with $7.3 billion" in a ranking of partners is turnover', () => {
    const text = 'Italy remained the top partner with $11.2 billion, followed by Turkey with $7.3 billion and Russia in third place.';
    expect(figuresOf(text, '2026-02-11').find((f) => f.value === 7_300_000_000)).toMatchObject({ metric: 'trade_turnover' });
  });

  it('"Two Azerbaijani brothers died in a raid" is a toll', () => {
    expect(brief('Two Azerbaijani brothers died in a raid by Russian police in Yekaterinburg in June.', '2026-02-11')).toEqual([['casualties', 2, '2025-06']]);
  });
});

describe('dates, strengths and coordinated tolls', () => {
  it('"the offensive of Sept. 19-20, 2023 killed about 200 Armenian fighters and 192 Azerbaijani servicemen": the year counts nobody, the verb governs both', () => {
    const text = "Azerbaijan's offensive of Sept. 19-20, 2023 killed about 200 Armenian fighters and 192 Azerbaijani servicemen and drove more than 100,000 Karabakh Armenians into Armenia.";
    expect(brief(text, '2026-03-18')).toEqual([['casualties', 200, '2023-09'], ['casualties', 192, '2023-09'], ['displaced', 100_000, '2023-09']]);
  });

  it('"the 1,960-strong peacekeeping contingent" is a troop strength', () => {
    const text = 'The 1,960-strong peacekeeping contingent that deployed under the Nov. 10, 2020 ceasefire statement left Karabakh in June 2024.';
    expect(brief(text, '2026-03-18')).toEqual([['troops', 1_960, '2020-11']]);
  });

  it('"accused Armenian forces of opening fire 41 times" counts incidents', () => {
    const text = "Between January and July 2025, Baku's Defence Ministry accused Armenian forces of opening fire 41 times.";
    expect(brief(text, '2026-03-18')).toEqual([['incidents', 41, '2025-01..2025-07']]);
  });

  it('"plans to spend 12.9 trillion rubles … on national defence in 2026" is the defence budget', () => {
    const [f] = figuresOf('Russia plans to spend 12.9 trillion rubles, or about 5.1% of GDP, on national defence in 2026.', '2026-03-18');
    expect(f).toMatchObject({ metric: 'military_spending', value: 12.9e12, unit: 'RUB', period: '2026' });
  });
});

describe('periods of the same sentence, leases and budgets', () => {
  it('"Between January and July 2025 … 41 times; Yerevan reported 12 violations over the same period"', () => {
    const text = "Between January and July 2025, Baku's Defence Ministry accused Armenian forces of opening fire 41 times; Yerevan reported 12 violations by Azerbaijani units over the same period.";
    expect(brief(text, '2026-03-18')).toEqual([['incidents', 41, '2025-01..2025-07'], ['incidents', 12, '2025-01..2025-07']]);
  });

  it('"about 3,000 troops … under a lease that runs to 2044": a year to come dates no head count', () => {
    expect(brief('Moscow still keeps about 3,000 troops at its 102nd base in Gyumri under a lease that runs to 2044.', '2026-03-18')).toEqual([['troops', 3_000, '2026-03']]);
  });

  it('"the 8.67 billion manats approved for 2025" is the 2025 budget, not a report date; next year\'s budget keeps its year', () => {
    const text = "Azerbaijan's 2026 budget allots 9.1 billion manats to defence and national security, up 4.9% from the 8.67 billion manats approved for 2025.";
    expect(brief(text, '2026-03-18')).toEqual([['military_spending', 9_100_000_000, '2026'], ['growth_rate', 4.9, '2026'], ['military_spending', 8_670_000_000, '2025']]);
    expect(brief('Parliament approved a 2026 defence budget of 9.1 billion manats.', '2025-12-10')).toEqual([['military_spending', 9_100_000_000, '2026']]);
  });
});

describe('a year earlier is the same period a year before', () => {
  it('"grew 1.4-fold in January-June 2025, reaching 3.36 million tonnes compared with 2.4 million tonnes a year earlier" gives 2024-H1', () => {
    const text = 'Freight carried along the western route of the corridor through Azerbaijan from Russia grew 1.4-fold in January-June 2025, reaching 3.36 million tonnes compared with 2.4 million tonnes a year earlier.';
    expect(figuresOf(text, '2025-08-07').filter((f) => f.unit === 't').map((f) => [f.value, f.period])).toEqual([[3_360_000, '2025-H1'], [2_400_000, '2024-H1']]);
  });

  it('quarters and months go back a year too', () => {
    const text = 'Товарооборот России и Азербайджана в первом квартале 2026 года составил 1,1 млрд долларов против 1,2 млрд долларов годом ранее.';
    expect(figuresOf(text, '2026-04-21').map((f) => f.period)).toEqual(['2026-Q1', '2025-Q1']);
  });
});

describe('the Russian gas story', () => {
  it('"что в полтора раза больше, чем за весь 2024 год": the whole base year is a base; "объем может превысить 2,5 млрд куб. м" is the supplies\' target', () => {
    const text = '«Газпром» с начала года поставил в Азербайджан около 2,3 млрд куб. м газа, что в полтора раза больше, чем за весь 2024 год. По итогам года объем может превысить 2,5 млрд куб. м.';
    expect(figuresOf(text, '2025-12-09').map((f) => [f.metric, f.value, f.qualifier, f.period, f.modality ?? ''])).toEqual([
      ['exports', 2.3, 'about', '2025-01..2025-11', ''],
      ['growth_rate', 1.5, 'exact', '2025-01..2025-11', ''],
      ['exports', 2.5, 'more_than', '2025', 'target'],
    ]);
  });

  it('"товарооборот составил $1,96 млрд, сократившись на 3,6%" is a fall', () => {
    const [, change] = figuresOf('В январе–мае товарооборот Азербайджана с Россией составил $1,96 млрд, сократившись на 3,6% год к году.', '2025-07-15');
    expect(change).toMatchObject({ metric: 'growth_rate', value: -3.6 });
  });
});

describe('parts named after a tonnage or in an apposition, and "in the ten months"', () => {
  const carried = 'Azerbaijan imported 412,600 tons of petroleum products from Russia in January-October 2025, 27% more than in the same period last year.\n';

  it('"imported 412,600 tons of petroleum products …, 27% more": the change is the part\'s; "The imports, mostly diesel fuel, were worth $243.5 million" is the part\'s value', () => {
    const figures = figuresOf(`${carried}The imports, mostly diesel fuel and bitumen, were worth $243.5 million.`, '2025-11-24');
    expect(figures.map((f) => [f.metric, f.value, f.period])).toEqual([
      ['imports', 412_600, '2025-01..2025-10'],
      ['other', 27, '2025-01..2025-10'],
      ['other', 243_500_000, '2025-01..2025-10'],
    ]);
  });

  it('"amounted to $3.82 billion in the ten months" is the year so far; "in six months\' time" is no period', () => {
    const text = 'Overall trade turnover between Russia and Azerbaijan amounted to $3.82 billion in the ten months, down 4.1% year on year.';
    expect(figuresOf(text, '2025-11-24').map((f) => f.period)).toEqual(['2025-01..2025-10', '2025-01..2025-10']);
  });
});

describe('Russian runs of months and signed changes', () => {
  it('"с января по июнь … перевезено 2,96 млн т грузов (+17%)": a run, not a since-span; the signed percent is its change', () => {
    const text = 'Через пункт пропуска Ялама – Самур с января по июнь из России в Азербайджан перевезено 2,96 млн т грузов (+17%).';
    expect(brief(text, '2025-08-12')).toEqual([['cargo_volume', 2_960_000, '2025-H1'], ['growth_rate', 17, '2025-H1']]);
  });
});

describe('Russian goods, verbs and goals', () => {
  it('"ввез 1 млн 284 тыс. тонн пшеницы" is imports; "вывезено 186,7 тыс. тонн томатов – на 8% меньше" is the part\'s change', () => {
    expect(brief('В 2025 году из России Азербайджан ввез 1 млн 284 тыс. тонн пшеницы.', '2026-02-12')).toEqual([['imports', 1_284_000, '2025']]);
    const tomatoes = figuresOf('В 2024 году из Азербайджана в Россию было вывезено 186,7 тыс. тонн томатов – на 8% меньше, чем годом ранее.', '2025-01-24');
    expect(tomatoes.map((f) => [f.metric, f.value])).toEqual([['exports', 186_700], ['other', -8]]);
  });

  it('"стороны рассчитывают по итогам 2026 года вернуть товарооборот к уровню не ниже 5 млрд долларов" is a target, at least', () => {
    const [f] = figuresOf('Россия и Азербайджан рассчитывают по итогам 2026 года вернуть товарооборот к уровню не ниже 5 млрд долларов.', '2026-02-12');
    expect(f).toMatchObject({ metric: 'trade_turnover', qualifier: 'at_least', modality: 'target', period: '2026' });
  });
});

describe('lists of counts and former displaced people', () => {
  it('"recorded 41 ceasefire violations … in 2024 and 17 in the first seven months of 2025" counts twice', () => {
    const text = "Armenia's Defence Ministry said it had recorded 41 ceasefire violations by Azerbaijani forces in 2024 and 17 in the first seven months of 2025.";
    expect(brief(text, '2026-01-28')).toEqual([['incidents', 41, '2024'], ['incidents', 17, '2025-01..2025-07']]);
  });

  it('"104,800 people from Karabakh held temporary protection status" are displaced; "58,000 former internally displaced people have moved back" are not', () => {
    expect(brief("Armenia's Migration Service says 104,800 people from Karabakh held temporary protection status at the start of January.", '2026-01-28')).toEqual([['displaced', 104_800, '2026-01']]);
    expect(brief('In Azerbaijan, about 58,000 former internally displaced people have moved back to Karabakh.', '2026-01-28')).toEqual([]);
  });
});

describe('the old value written after the new one', () => {
  it('"rose to 13.1 billion cubic meters from 12.9 billion" dates the old value a year before; its own year or a revision keeps it', () => {
    const of = (text: string) => figuresOf(text, '2026-02-17').map((f) => [f.value, f.period]);
    expect(of('Trade between Russia and Azerbaijan rose to $4.8 billion in 2024 from $4.4 billion.')).toEqual([[4_800_000_000, '2024'], [4_400_000_000, '2023']]);
    expect(of('Trade between Russia and Azerbaijan rose to $4.8 billion in 2024 from $4.4 billion in 2022.')).toEqual([[4_800_000_000, '2024'], [4_400_000_000, '2022']]);
    expect(of('The committee revised its 2024 figure for trade between Russia and Azerbaijan to $4.8 billion from $4.4 billion.')).toEqual([[4_800_000_000, '2024'], [4_400_000_000, '2024']]);
  });
});

describe('investment plans', () => {
  it('"рассматривает возможность инвестировать … до 1 млрд долларов в ближайшие пять лет", "«Лукойл» вложит … $1,5 млрд" are targets', () => {
    const plan = figuresOf('ЛУКОЙЛ рассматривает возможность инвестировать в проекты на территории Азербайджана до 1 млрд долларов в ближайшие пять лет.', '2025-06-18');
    expect(plan[0]).toMatchObject({ metric: 'investment', qualifier: 'up_to', modality: 'target', period: null });
    expect(figuresOf('«Лукойл» вложит в Азербайджане еще около $1,5 млрд', '2025-07-15')[0]).toMatchObject({ metric: 'investment', modality: 'target' });
  });

  it('a cue after the amount in the next clause governs nothing ("превысил 4,3 млрд долларов, в этом году мы рассчитываем …")', () => {
    const text = '«В прошлом году товарооборот России и Азербайджана превысил 4,3 млрд долларов, в этом году мы рассчитываем выйти как минимум на 4,5 млрд», – сказал Оверчук.';
    expect(figuresOf(text, '2024-08-20')[0]).toMatchObject({ value: 4_300_000_000, period: '2023' });
    expect(figuresOf(text, '2024-08-20')[0]?.modality).toBeUndefined();
  });
});
