/**
 * The general causes behind holdout-7's first pass (P 0.767 / R 0.694): each a rule or a lexicon
 * entry, tested on sentences of their own in both languages.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).map((f) => [f.metric, f.value, f.period, ...(f.growthOf ? [f.growthOf] : [])]);

describe('a signed percent after an amount is its change', () => {
  it('«742,3 млн долларов (+11,2%)» and "$2.3 billion (-2.9%)" are growth rates of the amount before', () => {
    const ru = 'В январе–июле экспорт азербайджанских товаров в Россию составил 655 млн долларов (+9,4%), а импорт из России – 2,1 млрд долларов (-1,8%).';
    expect(brief(ru, '2025-08-20')).toEqual([
      ['exports', 655_000_000, '2025-01..2025-07'], ['growth_rate', 9.4, '2025-01..2025-07', 'exports'],
      ['imports', 2_100_000_000, '2025-01..2025-07'], ['growth_rate', -1.8, '2025-01..2025-07', 'imports'],
    ]);
    const en = "In 2024 Russia's exports to Azerbaijan reached $3.5 billion (+4.1%).";
    expect(brief(en, '2025-02-01')).toEqual([['exports', 3_500_000_000, '2024'], ['growth_rate', 4.1, '2024', 'exports']]);
  });

  it('a signed percent after a share stays a share', () => {
    expect(figuresOf("Russia's share of Azerbaijan's trade was 9.5% (+0.4%) in 2024.", '2025-02-01').every((f) => f.metric === 'other')).toBe(true);
  });
});

describe('words of a trade balance, shipments and stakes', () => {
  it('«сальдо внешней торговли» and "trade surplus" are no turnover', () => {
    const text = 'Положительное сальдо внешней торговли Азербайджана в январе–августе оценивается в 4,02 млрд долларов. '
      + "Azerbaijan's trade surplus with Russia was $1.2 billion in 2024.";
    expect(figuresOf(text, '2025-09-16').map((f) => f.metric)).toEqual(['other', 'other']);
  });

  it('«отгружено 118,4 тыс. тонн» is exports; "a $75mn stake" investment', () => {
    expect(brief('В январе–августе в Россию отгружено 118,4 тыс. тонн азербайджанских томатов.', '2025-09-16')).toEqual([['exports', 118_400, '2025-01..2025-08']]);
    expect(figuresOf('The first deal under the platform is a $75mn stake in a grain terminal at the Alat port near Baku.', '2024-10-03')[0]).toMatchObject({ metric: 'investment', value: 75_000_000 });
  });
});

describe('money allotted to defence is military spending', () => {
  it('"earmarks AZN 8.66 billion for defence" and «на оборону будет направлено 9,34 млрд манатов» are budgets, dated by the budget year', () => {
    const en = 'The state budget for 2025, approved by parliament in December, earmarks AZN 8.66 billion ($5.1bn) for defence and national security.';
    expect(figuresOf(en, '2025-02-10').filter((f) => f.unit === 'AZN').map((f) => [f.metric, f.period])).toEqual([['military_spending', '2025']]);
    const ru = 'Согласно закону о бюджете на 2026 год, на оборону и национальную безопасность будет направлено 9,34 млрд манатов.';
    expect(figuresOf(ru, '2025-11-27').map((f) => [f.metric, f.value, f.period])).toEqual([['military_spending', 9_340_000_000, '2026']]);
  });

  it('"allots 13.5 trillion rubles to defence" and "has spent 19.5 billion rubles on widening" the road', () => {
    const text = "Russia's own 2025 budget allots 13.5 trillion rubles to defence. Russian Railways has spent 19.5 billion rubles on widening the approaches to the Samur border crossing.";
    expect(figuresOf(text, '2025-03-04').map((f) => [f.metric, f.value])).toEqual([['military_spending', 13_500_000_000_000], ['funding', 19_500_000_000]]);
  });

  it('a revision "(revised in June to AZN 8.4 billion)" keeps the year it revises', () => {
    const text = 'Defence spending is set at AZN 8.66 billion for 2025, up 5.6% on the AZN 8.2 billion set aside for 2024 (revised in June to AZN 8.4 billion).';
    expect(figuresOf(text, '2025-02-10').filter((f) => f.metric === 'military_spending').map((f) => [f.value, f.period])).toEqual([[8_660_000_000, '2025'], [8_200_000_000, '2024'], [8_400_000_000, '2024']]);
  });
});

describe('comparison bases and report dates', () => {
  it('"down 7.1 percent on the same half of 2024" is a base; "over the same six months" keeps the half', () => {
    const text = "Azerbaijan's trade with Russia shrank to $2.09 billion in January-June, down 7.1 percent on the same half of 2024, according to figures published in July.\n"
      + 'Over the same six months, turnover with Turkey rose 9 percent to $4.1 billion.';
    expect(figuresOf(text, '2025-08-05').map((f) => f.period)).toEqual(['2025-H1', '2025-H1', '2025-H1', '2025-H1']);
  });
});

describe('incidents counted by "fired … times"', () => {
  it('"had fired across the frontier 27 times in March" counts incidents', () => {
    const [f] = figuresOf('It said Armenian units had fired across the frontier 27 times in March.', '2025-04-14');
    expect(f).toMatchObject({ metric: 'incidents', value: 27, period: '2025-03' });
  });
});

describe('head counts: soldiers who leave, personnel, coordinated tolls', () => {
  it('«покинули 32 военнослужащих» is troops withdrawing; «1 860 человек личного состава» is troops', () => {
    const text = 'Первыми пункты дислокации в Агдеринском районе покинули 32 военнослужащих. Всего на начало апреля в составе контингента насчитывалось 1 860 человек личного состава.';
    expect(figuresOf(text, '2024-04-18').map((f) => [f.metric, f.value, f.period])).toEqual([['troops', 32, '2024-04'], ['troops', 1860, '2024-04']]);
  });

  it('«погибли более 200 армянских и около 80 азербайджанских военнослужащих» are two tolls dated by the "when" clause', () => {
    const text = 'Последний раз о гибели военных на границе сообщалось в сентябре 2022 года, когда в ходе двухдневных боев погибли более 200 армянских и около 80 азербайджанских военнослужащих.';
    expect(figuresOf(text, '2024-02-14').map((f) => [f.metric, f.value, f.qualifier, f.period])).toEqual([
      ['casualties', 200, 'more_than', '2022-09'], ['casualties', 80, 'about', '2022-09'],
    ]);
  });

  it('"killed 12 Armenian and 7 Azerbaijani soldiers" shares the verb', () => {
    expect(figuresOf('Clashes on the border on Monday killed 12 Armenian and 7 Azerbaijani soldiers.', '2024-02-14').map((f) => f.metric)).toEqual(['casualties', 'casualties']);
  });

  it('troops withdrawn "Из Карабаха" were stationed in Azerbaijan', () => {
    const [f] = figuresOf('Из Карабаха выводят почти 1,9 тыс. российских миротворцев', '2024-04-18');
    expect(f).toMatchObject({ metric: 'troops', value: 1900, qualifier: 'less_than', subject: 'RU>AZ' });
  });
});

describe('"since" a month', () => {
  it('«с января 2021 года несли службу 60 военнослужащих» is a strength now, not a span; an investment since then sums up', () => {
    const text = 'В мониторинговом центре, где с января 2021 года несли службу 60 российских военнослужащих, работа прекращена.\n'
      + 'С января 2021 года Россия вложила в экономику Азербайджана 300 млн долларов.';
    expect(figuresOf(text, '2024-04-18').map((f) => [f.metric, f.period])).toEqual([['troops', '2024-04'], ['investment', '2021..2024']]);
  });

  it('«с января» with no year is still the year to date', () => {
    expect(figuresOf('С января Россия вложила в экономику Азербайджана 300 млн долларов.', '2024-04-18')[0]?.period).toBe('2024-Q1');
  });
});

describe('counts after "up from" and Russian month words', () => {
  it('"27 times in March, up from 11 in February" are two counts of incidents', () => {
    const text = 'It said Armenian units had fired across the frontier 27 times in March, up from 11 in February.';
    expect(figuresOf(text, '2025-04-14').map((f) => [f.metric, f.value, f.period])).toEqual([['incidents', 27, '2025-03'], ['incidents', 11, '2025-02']]);
  });

  it('«в марте 27 нарушений» is March, not the 27th of a month', () => {
    const text = 'По данным Минобороны Азербайджана, в марте 27 нарушений режима прекращения огня против 11 в феврале.';
    expect(figuresOf(text, '2025-04-14').map((f) => [f.value, f.period])).toEqual([[27, '2025-03'], [11, '2025-02']]);
  });
});

describe('horizons of goals', () => {
  it('«в полтора раза – до 7 млрд долларов к 2030 году» and "double trade to $10 billion by 2030" share the horizon', () => {
    const ru = 'Россия и Азербайджан поставили задачу увеличить взаимный товарооборот в полтора раза – до 7 млрд долларов к 2030 году.';
    expect(figuresOf(ru, '2025-10-09').map((f) => [f.metric, f.value, f.period, f.modality])).toEqual([
      ['growth_rate', 1.5, '2030', 'target'], ['trade_turnover', 7_000_000_000, '2030', 'target'],
    ]);
    const en = 'Moscow and Baku aim to double trade with each other to $10 billion by 2030.';
    expect(figuresOf(en, '2025-10-09').map((f) => f.period)).toEqual(['2030', '2030']);
  });

  it('«а в перспективе – до 30 млн тонн» has no horizon, «к 2030 году … до 15 млн тонн» has', () => {
    const text = 'К 2030 году Россия и Азербайджан намерены довести пропускную способность перехода до 15 млн тонн, а в перспективе – до 30 млн тонн ежегодно.';
    expect(figuresOf(text, '2025-03-04').map((f) => [f.value, f.period])).toEqual([[15_000_000, '2030'], [30_000_000, null]]);
  });

  it('"will invest up to $500mn over five years" is a goal with no past span', () => {
    const [f] = figuresOf('The Russian and Azerbaijani sovereign funds will invest up to $500mn over five years in logistics and agriculture.', '2024-10-03');
    expect(f).toMatchObject({ metric: 'investment', qualifier: 'up_to', modality: 'target', period: null });
  });
});

describe('the two values of a change dated before it', () => {
  it('«в 2024 году выросла с 2,4 до 4 млн тонн» and "In 2023 turnover climbed from $3.7 billion to $4.35 billion": the old value is the year before', () => {
    expect(figuresOf('Перевалка грузов на терминале в Астаре в 2024 году выросла с 2,4 до 4 млн тонн.', '2025-03-04').map((f) => [f.value, f.period])).toEqual([[2_400_000, '2023'], [4_000_000, '2024']]);
    expect(figuresOf('In 2023 turnover between Russia and Azerbaijan climbed from $3.7 billion to $4.35 billion.', '2024-10-03').map((f) => f.period)).toEqual(['2022', '2023']);
  });

  it('a revision "of 2023 trade from $4.2 billion to $4.4 billion" keeps both in 2023', () => {
    const text = 'The State Statistics Committee has revised its estimate of 2023 trade with Russia from $4.2 billion to $4.4 billion.';
    expect(figuresOf(text, '2024-05-01').map((f) => f.period)).toEqual(['2023', '2023']);
  });

  it('a later clause\'s own period is not the change\'s («…до 4,8 млрд долларов, а с начала текущего года вырос еще на 6,3%»)', () => {
    const text = 'По итогам прошлого года товарооборот увеличился на 9% – с 4,4 до 4,8 млрд долларов, а с начала текущего года вырос еще на 6,3%.';
    expect(figuresOf(text, '2025-10-09').map((f) => [f.value, f.period])).toEqual([[9, '2024'], [4_400_000_000, '2023'], [4_800_000_000, '2024'], [6.3, '2025-01..2025-09']]);
  });
});

describe('openings, parts and budgets in the future tense', () => {
  it('a period after an attribution still opens the sentence («По словам вице-премьера, по итогам прошлого года …»)', () => {
    const text = 'По словам вице-премьера, по итогам прошлого года товарооборот увеличился на 9% – с 4,4 до 4,8 млрд долларов.';
    expect(figuresOf(text, '2025-10-09').map((f) => f.period)).toEqual(['2024', '2023', '2024']);
  });

  it('«из них порядка 3,5 млрд приходится на ненефтяной сектор» is a part of the investment', () => {
    const text = 'Накопленный объем российских инвестиций в экономику Азербайджана оценивается более чем в 6,5 млрд долларов, из них порядка 3,5 млрд приходится на ненефтяной сектор.';
    expect(figuresOf(text, '2025-10-09').map((f) => f.metric)).toEqual(['investment', 'other']);
  });

  it('a budget "увеличит … почти на 8%" in the future tense is the budget, trade that "вырастет" is a goal', () => {
    const text = 'Азербайджан в 2026 году увеличит военные расходы почти на 8%. Товарооборот России и Азербайджана в 2026 году вырастет на 10%.';
    expect(figuresOf(text, '2025-11-27').map((f) => [f.growthOf, f.modality ?? null])).toEqual([['military_spending', null], ['trade_turnover', 'target']]);
  });
});

describe('freight words and later clauses', () => {
  it('"expects traffic … to reach 8 million tons this year" and "volumes could exceed 30 million tons a year" are cargo goals', () => {
    const text = 'ADY expects traffic on the route through Azerbaijan to reach 8 million tons this year. Its chairman said that once Rasht–Astara opens, volumes could exceed 30 million tons a year.';
    expect(figuresOf(text, '2025-03-04').map((f) => [f.metric, f.value, f.period, f.modality])).toEqual([
      ['cargo_volume', 8_000_000, '2025', 'target'], ['cargo_volume', 30_000_000, null, 'target'],
    ]);
  });

  it('«, а с начала текущего года вырос еще на 6,3% и превысил 3,6 млрд» takes its own clause\'s period, not the opening one', () => {
    const text = 'По словам вице-премьера, по итогам прошлого года товарооборот России и Азербайджана увеличился на 9%, а с начала текущего года вырос еще на 6,3% и превысил 3,6 млрд долларов.';
    expect(figuresOf(text, '2025-10-09').map((f) => f.period)).toEqual(['2024', '2025-01..2025-09', '2025-01..2025-09']);
  });
});

describe('"double what it spent in 2021"', () => {
  it('the year after "what it spent" is the base of the comparison, the change is of the budget year', () => {
    const text = "Armenia's government plans to spend 692 billion drams on its armed forces in 2025, roughly double what it spent in 2021, before the loss of Karabakh.";
    expect(figuresOf(text, '2025-02-10').map((f) => [f.metric, f.period])).toEqual([['military_spending', '2025'], ['growth_rate', '2025']]);
  });
});

describe('subjects of budgets and contingents', () => {
  it('a defence budget with no country in its sentence is the currency\'s country; "Armenia\'s at USD 1.4 bn" owns its amount', () => {
    const text = "Baku's defence bill keeps growing, and so does Yerevan's.\n"
      + 'The state budget for 2025 earmarks AZN 8.66 billion for defence and national security.\n'
      + "SIPRI puts Azerbaijan's military expenditure in 2023 at USD 3.1 bn and Armenia's at USD 1.4 bn.";
    expect(figuresOf(text, '2025-02-10').map((f) => [f.value, f.subject])).toEqual([[8_660_000_000, 'AZ'], [3_100_000_000, 'AZ'], [1_400_000_000, 'AM']]);
  });

  it('«Армении – 1,6 млрд долларов» after an elided verb is Armenia\'s', () => {
    const text = 'По оценке SIPRI, в 2024 году военные расходы Азербайджана составили 3,2 млрд долларов, Армении – 1,6 млрд долларов.';
    expect(figuresOf(text, '2025-11-27').map((f) => f.subject)).toEqual(['AZ', 'AM']);
  });

  it('soldiers of no named country are the story\'s contingent abroad', () => {
    const text = 'Российский контингент численностью 1 960 военнослужащих был введен в Нагорный Карабах в ноябре 2020 года.\n'
      + 'Первыми пункты дислокации покинули 32 военнослужащих.';
    expect(figuresOf(text, '2024-04-18').map((f) => [f.value, f.subject])).toEqual([[1960, 'RU>AZ'], [32, 'RU>AZ']]);
  });
});

describe('Russian lenders as proxies (places.yaml)', () => {
  it('«Газпромбанк предоставит Международному банку Азербайджана 150 млн евро» is a loan from Russia to Azerbaijan', () => {
    const [f] = figuresOf('На заседании был подписан кредитный договор: Газпромбанк предоставит Международному банку Азербайджана 150 млн евро сроком на семь лет.', '2025-10-09');
    expect(f).toMatchObject({ metric: 'funding', value: 150_000_000, unit: 'EUR', subject: 'RU>AZ' });
  });
});

describe('more of the same events', () => {
  it('"27 times in March, up from 11 in February, and nine more times since Friday" counts three times', () => {
    const text = 'It said Armenian units had fired across the frontier 27 times in March, up from 11 in February, and nine more times since Friday.';
    expect(figuresOf(text, '2025-04-14').map((f) => [f.metric, f.value, f.unit])).toEqual([['incidents', 27, 'count'], ['incidents', 11, 'count'], ['incidents', 9, 'count']]);
  });

  it('"nine more times" with nothing counted before is no figure', () => {
    expect(figuresOf('He said he had asked nine more times since Friday.', '2025-04-14')).toEqual([]);
  });
});
