/**
 * General causes behind holdout-8's English first pass (P 0.779 / R 0.706 at 8461020), each tested on
 * sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.period]);

describe('people who fled and their parts', () => {
  it('"most of the more than 100,000 people who fled" is displaced; "N years after" an offensive dates nothing', () => {
    const text = "Two years after Azerbaijan's offensive of September 19-20, 2023, most of the more than 100,000 people who fled Nagorno-Karabakh still live in rented flats.";
    expect(brief(text, '2025-09-19')).toEqual([['displaced', 100_000, '2025-09']]);
  });

  it('"…, among them about 30,900 children" far after the whole is a part of it', () => {
    const text = "According to Armenia's ministry, 115,280 displaced people from Karabakh were registered in the country as of September 1, among them about 30,900 children.";
    expect(brief(text, '2025-09-19')).toEqual([['displaced', 115_280, '2025-09'], ['displaced', 30_900, '2025-09']]);
  });

  it('"Azerbaijanis driven from Karabakh in the war of 1992-94" were displaced', () => {
    expect(brief('Officials in Baku point to the more than 600,000 Azerbaijanis driven from Karabakh in the war of 1992-94.', '2025-09-19')).toEqual([['displaced', 600_000, '1992..1994']]);
  });
});

describe('tolls', () => {
  it('"In the September 2023 fighting" opens the sentence for every toll in it', () => {
    const text = 'In the September 2023 fighting, more than 200 ethnic Armenian fighters were killed, while Azerbaijan said it lost 192 servicemen, with 511 wounded.';
    expect(brief(text, '2025-09-19').map((f) => f[2])).toEqual(['2023-09', '2023-09', '2023-09']);
  });

  it('"38 of the 67 people on board died": the part is the toll, the whole is not', () => {
    const text = 'Putin returned to the tragic incident with the AZAL airliner on December 25 last year, in which 38 of the 67 people on board died.';
    expect(brief(text, '2025-10-10')).toEqual([['casualties', 38, '2024-12']]);
  });

  it('"Five of its members were shot dead" counts members', () => {
    expect(brief('Five of its members were shot dead by Azerbaijani soldiers in September 2023.', '2025-06-05')).toEqual([['casualties', 5, '2023-09']]);
  });
});

describe('later clauses and units the engine does not read', () => {
  it('"just under $5 billion, and in January-August it came to about three and a half billion dollars": the first is the last full year', () => {
    const text = 'Trade between Russia and Azerbaijan is indeed just under $5 billion, and in January-August it came to about three and a half billion dollars.';
    expect(brief(text, '2025-10-10')).toEqual([['trade_turnover', 5_000_000_000, '2024'], ['trade_turnover', 3_500_000_000, '2025-01..2025-08']]);
  });

  it('"4.1 million litres of wine" after an amount of money is no money', () => {
    const text = 'In January–October 2025 Azerbaijan sold Russia 9,800 tonnes of hazelnuts for $61.2 million, as well as 4.1 million litres of wine.';
    expect(figuresOf(text, '2025-11-19').some((f) => f.value === 4_100_000)).toBe(false);
  });
});

describe('programmes are funding', () => {
  it('"under a programme worth 150 billion drams" is funding', () => {
    const [f] = figuresOf('In Armenia, 4,300 families have received housing certificates under a programme worth 150 billion drams (about $390 million).', '2025-09-19');
    expect(f).toMatchObject({ metric: 'funding', value: 150_000_000_000, unit: 'AMD' });
  });
});

describe('a year earlier and parts of a flow', () => {
  const carried = 'Azerbaijan exported non-oil products worth $1.04 billion to Russia from January through October 2025, up 6.2 percent on the same period of last year.\n';

  it('"against 131,900 tonnes a year earlier" compares with the tonnes, and a run of months goes back a year', () => {
    const text = `${carried}Fresh tomatoes remained the largest item: 142,600 tonnes worth $187.4 million were shipped, against 131,900 tonnes a year earlier.`;
    const tonnes = figuresOf(text, '2025-11-19').filter((f) => f.unit === 't');
    expect(tonnes.map((f) => [f.value, f.period])).toEqual([[142_600, '2025-01..2025-10'], [131_900, '2024-01..2024-10']]);
  });

  it('"142,600 tonnes …, against 131,900 tonnes in 2024": the base\'s year is not the first amount\'s', () => {
    const text = `${carried}Fresh tomatoes remained the largest item: 142,600 tonnes were shipped, against 131,900 tonnes in 2024.`;
    const tonnes = figuresOf(text, '2025-11-19').filter((f) => f.unit === 't');
    expect(tonnes.map((f) => [f.value, f.period])).toEqual([[142_600, '2025-01..2025-10'], [131_900, '2024']]);
  });

  it('"tonnes worth $187.4 million" is the value of those goods, for their period', () => {
    const text = `${carried}Fresh tomatoes remained the largest item: 142,600 tonnes worth $187.4 million were shipped.`;
    expect(figuresOf(text, '2025-11-19').find((f) => f.unit === 'USD' && f.value === 187_400_000)).toMatchObject({ metric: 'other', period: '2025-01..2025-10' });
  });

  it('a change of a part ("non-oil … up 6.2 percent", "apple exports fell 14 percent", "импорт пшеницы вырос на 8%") is other, dated like the flow', () => {
    const text = `${carried}Persimmon shipments almost doubled to 38,200 tonnes, while apple exports fell 14 percent to 21,450 tonnes.`;
    const changes = figuresOf(text, '2025-11-19').filter((f) => f.unit === '%' || f.unit === 'times');
    expect(changes.map((f) => [f.metric, f.value, f.period])).toEqual([['other', 6.2, '2025-01..2025-10'], ['other', 2, '2025-01..2025-10'], ['other', -14, '2025-01..2025-10']]);
    const wheat = figuresOf('В первом полугодии импорт пшеницы из России вырос на 8% до 780 тыс. тонн.', '2023-08-10');
    expect(wheat.map((f) => [f.metric, f.value, f.unit])).toEqual([['other', 8, '%'], ['imports', 780_000, 't']]);
  });

  it('a change of the whole flow stays a growth rate', () => {
    const text = `${carried}Total trade turnover between the two countries reached $3.91 billion in the ten months, 3.8 percent more year on year.`;
    const change = figuresOf(text, '2025-11-19').find((f) => f.value === 3.8);
    expect(change).toMatchObject({ metric: 'growth_rate', growthOf: 'trade_turnover', period: '2025-01..2025-10' });
  });
});

describe('head counts that name their people elsewhere', () => {
  it('"credited with 3,000 to 4,000 personnel; the IISS lists just under 3,500": a source\'s count of the same people', () => {
    const text = 'It is usually credited with 3,000 to 4,000 personnel; the International Institute for Strategic Studies lists just under 3,500 in its latest Military Balance.';
    expect(brief(text, '2025-06-05')).toEqual([['troops', 3_000, '2025-06'], ['troops', 3_500, '2025-06']]);
  });

  it('"the contingent set at 1,960 servicemen … had grown to about 2,100 in April 2024" is the same contingent', () => {
    const text = 'In Karabakh itself, the contingent set at 1,960 servicemen by the trilateral statement of November 10, 2020 had grown to about 2,100 in April 2024, when its withdrawal began.';
    expect(brief(text, '2025-06-05')).toEqual([['troops', 1_960, '2020-11'], ['troops', 2_100, '2024-04']]);
  });

  it('"about 4,500 men, most of them Armenian contract soldiers" are troops; "3,500 tanks" is no head count', () => {
    const text = 'They left the Agarak crossing this January, but about 4,500 men, most of them Armenian contract soldiers under Russian command, still patrol the Turkish border.';
    expect(brief(text, '2025-06-05')).toEqual([['troops', 4_500, '2025-06']]);
    expect(brief('The brigade has 3,000 personnel, and the ministry lists 3,500 tanks in storage.', '2025-06-05')).toEqual([['troops', 3_000, '2025-06']]);
  });

  it('"Russian peacekeepers, about 2,000 of whom were deployed … in November 2020" counts peacekeepers', () => {
    const text = 'Russian peacekeepers, about 2,000 of whom were deployed to Karabakh in November 2020, did not intervene in 2023.';
    expect(brief(text, '2025-09-19')).toEqual([['troops', 2_000, '2020-11']]);
  });
});

describe('port and rail throughput', () => {
  it('the amount a price is for ("$180 per 1,000 cubic metres", "за 1000 кубометров") is no figure', () => {
    expect(figuresOf('Tehran is offering about $180 per 1,000 cubic metres of gas.', '2025-07-08').map((f) => f.unit)).toEqual(['USD']);
    expect(figuresOf('Цена российского газа составила 250 долларов за 1000 кубометров.', '2025-07-08').map((f) => f.unit)).toEqual(['USD']);
  });

  it('"between July and September" is the third quarter; "carrying 412,000 tonnes" is cargo', () => {
    const text = 'Ferries were the fastest-growing segment, carrying 412,000 tonnes between July and September, up from 318,000 tonnes in the second quarter.';
    expect(brief(text, '2025-10-14')).toEqual([['cargo_volume', 412_000, '2025-Q3'], ['cargo_volume', 318_000, '2025-Q2']]);
    expect(figuresOf('Trade grew, and prices rose in March and fell in June.', '2025-10-14')).toEqual([]);
  });

  it('a growth rate does not take the period that leads to a later number ("bringing its throughput for January-September to 5.1 million tonnes")', () => {
    const text = 'The Port of Baku at Alat handled 1.86 million tonnes of cargo in the third quarter, 11 percent more than a year earlier, bringing its throughput for January-September to 5.1 million tonnes.';
    expect(brief(text, '2025-10-14')).toEqual([['cargo_volume', 1_860_000, '2025-Q3'], ['growth_rate', 11, '2025-Q3'], ['cargo_volume', 5_100_000, '2025-01..2025-09']]);
  });

  it('"ADY wants the crossing to carry 8 million tonnes next year" is a target; "the $250 Gazprom wants" is no cue for the next amount', () => {
    const [goal] = figuresOf('ADY wants the Samur-Yalama crossing to carry 8 million tonnes next year.', '2025-10-14');
    expect(goal).toMatchObject({ metric: 'cargo_volume', modality: 'target', period: '2026' });
    const prices = figuresOf('Tehran is offering about $180 per 1,000 cubic metres, against the roughly $250 Gazprom wants and the $330 European hubs averaged last year.', '2025-07-08');
    expect(prices.find((f) => f.value === 330)).toMatchObject({ period: '2024' });
    expect(prices.find((f) => f.value === 330)?.modality).toBeUndefined();
  });
});

describe('the Russian half: people who serve, citizens, borders', () => {
  it('"на авиабазе Кант проходят службу около 500 человек", "личный состав флотилии – 3–4 тыс. человек" are troops', () => {
    expect(brief('На авиабазе Кант в Киргизии, по открытым данным, проходят службу около 500 человек.', '2025-04-08')).toEqual([['troops', 500, '2025-04']]);
    expect(brief('Личный состав Каспийской флотилии оценивается в 3–4 тыс. человек.', '2025-04-08')).toEqual([['troops', 3_000, '2025-04']]);
  });

  it('"погибли 63 гражданина Киргизии и 41 гражданин Таджикистана": both counts are tolls', () => {
    const text = 'В ходе боев на киргизско-таджикской границе 14–17 сентября 2022 года погибли 63 гражданина Киргизии и 41 гражданин Таджикистана.';
    expect(brief(text, '2025-04-08')).toEqual([['casualties', 63, '2022-09'], ['casualties', 41, '2022-09']]);
  });

  it('"договор о государственной границе протяженностью около 980 км" is a border length', () => {
    expect(figuresOf('Президенты подписали договор о государственной границе протяженностью около 980 км.', '2025-04-08')[0]).toMatchObject({ metric: 'border_length', value: 980 });
    expect(figuresOf('Железная дорога протяженностью 4324 км соединит порты.', '2025-04-08')[0]).toMatchObject({ metric: 'distance' });
  });
});

describe('the Russian half: sentence ends and intentions', () => {
  it('"… свыше $5 млрд. Доля компании …": the scale word\'s dot before a capital ends the sentence', () => {
    const text = 'С 1997 года, когда компания вошла в консорциум, «Лукойл» вложил в экономику Азербайджана свыше $5 млрд. Доля компании в проекте сейчас составляет 19,99%.';
    expect(figuresOf(text, '2025-07-15').map((f) => [f.value, f.period])).toEqual([[5_000_000_000, '1997..2025'], [19.99, '2025-07']]);
    expect(figuresOf('Экспорт из России в Азербайджан составил 4 млрд. долларов в 2024 году.', '2025-07-15').map((f) => [f.value, f.unit])).toEqual([[4_000_000_000, 'USD']]);
  });

  it('"намерен в ближайшие пять лет инвестировать в азербайджанские проекты еще около $1,5 млрд" is a target with no period', () => {
    const [f] = figuresOf('«Лукойл» намерен в ближайшие пять лет инвестировать в азербайджанские проекты еще около $1,5 млрд.', '2025-07-15');
    expect(f).toMatchObject({ metric: 'investment', modality: 'target', period: null });
  });
});

describe('the Russian half: parts and heads of trade words', () => {
  it('"на фоне снижения мировых цен на нефть и газ, импорт вырос на 5,1%" is no oil import', () => {
    const text = 'Всего внешнеторговый оборот Азербайджана в 2024 году составил 47,35 млрд долларов. Экспорт сократился на 22,3%, до 26,4 млрд долларов, на фоне снижения мировых цен на нефть и газ, импорт вырос на 5,1% и составил 20,95 млрд долларов.';
    expect(brief(text, '2025-01-24').slice(-2)).toEqual([['growth_rate', 5.1, '2024'], ['imports', 20_950_000_000, '2024']]);
    expect(figuresOf('Экспорт нефти из Азербайджана в Россию составил 1,1 млрд долларов в 2024 году.', '2025-01-24')[0]).toMatchObject({ metric: 'other' });
  });

  it('"сальдо в торговле с Россией составило около 2,39 млрд долларов" is a balance, no turnover', () => {
    expect(brief('Отрицательное для Азербайджана сальдо в торговле с Россией составило около 2,39 млрд долларов.', '2025-01-24')).toEqual([]);
  });
});
