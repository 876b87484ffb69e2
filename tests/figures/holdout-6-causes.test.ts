import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('a run of months opened by "с" (ADR 001 rule 1)', () => {
  it('"с января по август" with no year is the run of months, not a span since January', () => {
    const text = 'С января по август экспорт российского зерна в Азербайджан вырос на 12,4% и составил 410 млн долларов.';
    const got = figuresOf(text, '2024-09-20').map((f) => [f.value, f.period]);
    expect(got).toEqual([[12.4, '2024-01..2024-08'], [410_000_000, '2024-01..2024-08']]);
  });
});

describe('metric words of spending and allotting', () => {
  it('"spent … on its military" is military spending', () => {
    const [f] = figuresOf('Armenia spent $1.6 billion on its military in 2023, SIPRI said in its annual report.', '2024-05-15');
    expect(f).toMatchObject({ metric: 'military_spending', value: 1_600_000_000, period: '2023' });
  });

  it('"has allotted" and "is spending … on" a project are funding', () => {
    const text = 'The Russian government has allotted 3.2 billion rubles for the upgrade of the Makhachkala ferry terminal.\n'
      + 'Azerbaijan, for its part, is spending 18 million manats on a new customs yard at the border.';
    expect(figuresOf(text, '2024-05-15').map((f) => [f.metric, f.value])).toEqual([['funding', 3_200_000_000], ['funding', 18_000_000]]);
  });
});

describe('qualifiers after verbs of change and in comparisons', () => {
  it('"нарастить … до" is "to", not "up to"', () => {
    const [f] = figuresOf('Азербайджан и Россия намерены нарастить поставки российского зерна до 1,2 млн тонн к 2027 году.', '2024-05-15');
    expect(f).toMatchObject({ value: 1_200_000, qualifier: 'exact', period: '2027', modality: 'target' });
  });

  it('"edged up to" is a change, not "up to"', () => {
    const [f] = figuresOf("Russia's share of Azerbaijan's imports edged up to 17.2% in 2023.", '2024-05-15');
    expect(f).toMatchObject({ value: 17.2, qualifier: 'exact' });
  });

  it('"не менее чем в" is at least', () => {
    const [f] = figuresOf('Объем азербайджанских вложений в российскую экономику министр оценил не менее чем в 900 млн долларов.', '2024-05-15');
    expect(f).toMatchObject({ metric: 'investment', value: 900_000_000, qualifier: 'at_least' });
  });

  it('"far below the" amount another number is compared with leaves that amount exact', () => {
    const text = 'The terminal handled 0.8 million tonnes of Russian grain in 2023, far below the three million tonnes a year it was designed for.';
    expect(figuresOf(text, '2024-05-15').map((f) => [f.value, f.qualifier])).toEqual([[800_000, 'exact'], [3_000_000, 'exact']]);
  });
});

describe('the verb beats the noun of a coordinated head count', () => {
  it.each([
    ['English', 'During the 44-day war about 3,000 servicemen and volunteers were killed, the ministry said.', 3000],
    ['Russian', 'По данным минобороны, в ходе боев 85 военнослужащих и ополченцев погибли.', 85],
  ])('%s: "N soldiers and civilians were killed" is casualties', (_lang, text, value) => {
    expect(figuresOf(text, '2024-05-15')[0]).toMatchObject({ metric: 'casualties', value });
  });

  it('a coordinated noun with no verb of dying stays a troop count', () => {
    const [f] = figuresOf('The mission at its height numbered 1,900 soldiers and officers in Karabakh.', '2024-05-15');
    expect(f).toMatchObject({ metric: 'troops', value: 1900 });
  });
});

describe('"the year before" a stated year', () => {
  it('dates the base one year before the other figure, not by publication', () => {
    const text = 'Azerbaijani fruit exports to Russia rose to $610 million in 2022 from $540 million the year before.';
    expect(figuresOf(text, '2024-02-10').map((f) => [f.value, f.period])).toEqual([[610_000_000, '2022'], [540_000_000, '2021']]);
  });

  it('"the year before last" is still two years before publication', () => {
    const [f] = figuresOf('Trade between Russia and Azerbaijan was $3.7 billion the year before last.', '2024-02-10');
    expect(f).toMatchObject({ value: 3_700_000_000, period: '2022' });
  });
});

describe('a plan or budget of another year is a comparison base', () => {
  it('"на 6% выше плана 2023 года" does not date the change by 2023', () => {
    const text = 'В бюджете на 2024 год на оборону Армения заложила 1,9 млрд долларов, что на 6% выше плана 2023 года.';
    expect(figuresOf(text, '2024-01-20').map((f) => [f.value, f.period])).toEqual([[1_900_000_000, '2024'], [6, '2024']]);
  });

  it('"above the 2022 budget" is a base in English too', () => {
    const text = 'Azerbaijan will spend 5.2 billion manats on defence in 2023, 8% above the budget for 2022.';
    expect(figuresOf(text, '2023-01-20').map((f) => [f.value, f.period])).toEqual([[5_200_000_000, '2023'], [8, '2023']]);
  });
});

describe('target and plan cues', () => {
  it('"нацелены на" makes a target with no horizon', () => {
    const [f] = figuresOf('Баку и Москва нацелены на грузооборот в 20 млн тонн по коридору Север – Юг.', '2024-05-15');
    expect(f).toMatchObject({ value: 20_000_000, modality: 'target', period: null });
  });

  it('"and, in the long run, to N" after a target is a target too', () => {
    const text = 'The port of Baku aims to raise Russian grain transit to 3 million tonnes by 2026 and, in the long run, to 5 million.';
    expect(figuresOf(text, '2024-05-15').map((f) => [f.value, f.modality, f.period])).toEqual([[3_000_000, 'target', '2026'], [5_000_000, 'target', null]]);
  });

  it('"has agreed to supply" is a plan: a target of a flow', () => {
    const [f] = figuresOf('Rosneft has agreed to supply 1.5 million tonnes of oil products to Azerbaijan in 2025, SOCAR said.', '2024-11-15');
    expect(f).toMatchObject({ metric: 'exports', value: 1_500_000, modality: 'target', period: '2025' });
  });
});

describe('"по итогам года" as a horizon', () => {
  it('a forecast "по итогам года" is the publication year', () => {
    const text = 'По оценке минэкономразвития, по итогам года экспорт российской пшеницы в Азербайджан может превысить 1 млн тонн.';
    expect(figuresOf(text, '2024-09-10')[0]).toMatchObject({ value: 1_000_000, modality: 'target', period: '2024' });
  });

  it('early in a year, "по итогам года" reports the year just ended', () => {
    const [f] = figuresOf('По итогам года товарооборот России и Азербайджана составил 4,8 млрд долларов.', '2025-01-20');
    expect(f).toMatchObject({ value: 4_800_000_000, period: '2024' });
  });

  it('"by the end of the year" dates a forecast to the publication year', () => {
    const [f] = figuresOf('Officials expect trade with Russia to reach $5 billion by the end of the year.', '2024-06-10');
    expect(f).toMatchObject({ value: 5_000_000_000, modality: 'target', period: '2024' });
  });
});

describe('transit shipments, levels "up from" a base, month runs of last year', () => {
  it('"transit shipments" are cargo, not exports', () => {
    const [f] = figuresOf('Transit shipments of Kazakh grain through Azerbaijan to Iran totalled 700,000 tonnes in 2023.', '2024-05-15');
    expect(f).toMatchObject({ metric: 'cargo_volume', value: 700_000 });
  });

  it('"N, up from M" is a level and its base, not an absolute change', () => {
    const text = 'Russian timber exports to Azerbaijan came to 310,000 tonnes in 2023, up from 260,000 tonnes in 2022.';
    expect(figuresOf(text, '2024-05-15').map((f) => [f.metric, f.value, f.period])).toEqual([['exports', 310_000, '2023'], ['exports', 260_000, '2022']]);
  });

  it.each([
    ['English', 'Russian sunflower oil exports to Azerbaijan reached 95,000 tonnes in January-August last year.'],
    ['Russian', 'В январе–августе прошлого года экспорт российского подсолнечного масла в Азербайджан составил 95 тыс. тонн.'],
  ])('%s: a month run of "last year" is that run in the year before publication', (_lang, text) => {
    expect(figuresOf(text, '2024-09-10')[0]).toMatchObject({ value: 95_000, period: '2023-01..2023-08' });
  });
});

describe('"по итогам N месяцев"', () => {
  it('is the run of the first N months of the year', () => {
    const [f] = figuresOf('По итогам семи месяцев доля России во внешнеторговом обороте Азербайджана составила 10,4%.', '2024-08-20');
    expect(f).toMatchObject({ value: 10.4, period: '2024-01..2024-07' });
  });
});

describe('the nationality of the goods names where a flow comes from', () => {
  it('"на ввоз российских товаров" in a story about the two countries is RU>AZ', () => {
    const text = 'Внешнеторговый оборот Азербайджана и России за квартал составил 1,1 млрд долларов.\n'
      + 'На ввоз российских товаров пришлось 780 млн долларов.';
    expect(figuresOf(text, '2024-05-15').at(-1)).toMatchObject({ metric: 'imports', value: 780_000_000, subject: 'RU>AZ' });
  });

  it('"purchases of Russian goods" by Azerbaijan are RU>AZ', () => {
    const text = "Azerbaijan's purchases of Russian goods climbed to $2.2 billion last year, customs data showed.";
    expect(figuresOf(text, '2024-05-15')[0]).toMatchObject({ metric: 'imports', subject: 'RU>AZ' });
  });

  it('a nationality of goods in another clause leaves a turnover bilateral', () => {
    const text = 'Trade between Russia and Azerbaijan reached $4.1 billion, and Baku has become a transit hub for Russian goods heading to Iran.';
    expect(figuresOf(text, '2024-05-15')[0]).toMatchObject({ metric: 'trade_turnover', subject: 'RU-AZ' });
  });
});

describe('troops leaving a country were stationed there', () => {
  it('"pulled out of Karabakh … 1,900 troops" is the contingent abroad', () => {
    const text = 'The last Russian peacekeepers pulled out of Karabakh in June, ending a deployment of about 1,900 troops.';
    expect(figuresOf(text, '2024-07-10')[0]).toMatchObject({ metric: 'troops', subject: 'RU>AZ' });
  });

  it('soldiers who died "during the mission" belong to the story\'s contingent abroad', () => {
    const text = 'About 1,960 Russian peacekeepers were deployed in Karabakh in November 2020.\n'
      + 'Four Russian soldiers were killed over the course of the mission, the ministry said.';
    expect(figuresOf(text, '2024-07-10').at(-1)).toMatchObject({ metric: 'casualties', value: 4, subject: 'RU>AZ' });
  });
});

describe('military spending: whose budget', () => {
  it('the spender before a relative clause owns the amount; "compared with … for Armenia" owns its own', () => {
    const text = 'Azerbaijan, whose army took back Karabakh last year, spent $2.9 billion on its military in 2022, compared with $0.8 billion for Armenia.';
    expect(figuresOf(text, '2024-05-15').map((f) => [f.value, f.subject])).toEqual([[2_900_000_000, 'AZ'], [800_000_000, 'AM']]);
  });
});
