/**
 * General causes behind holdout-11's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);

describe('pipelines and runs (holdout-11 en)', () => {
  it('"Azeri oil shipments via Baku-Novorossiysk drop 49.6%": a pipeline\'s oil is its throughput', () => {
    expect(figuresOf('Azeri oil shipments via Baku-Novorossiysk drop 49.6% in January-June', '2025-08-12').map((f) => [f.metric, f.growthOf, f.value])).toEqual([['growth_rate', 'cargo_volume', -49.6]]);
  });

  it('"its first-quarter figure", "over the same six months, including 780,000 tonnes of Kazakh … crude"', () => {
    const text = 'Azerbaijan pumped 318,400 tonnes of oil through the Baku-Novorossiysk pipeline in January-June 2025. The company also revised its first-quarter figure for the route to 171,200 tonnes. The Baku-Tbilisi-Ceyhan pipeline carried some 14.3 million tonnes over the same six months, including 780,000 tonnes of Kazakh and 410,000 tonnes of Turkmen crude.';
    expect(brief(text, '2025-08-12')).toEqual([
      ['cargo_volume', 318_400, 'exact', '2025-H1'],
      ['cargo_volume', 171_200, 'exact', '2025-Q1'],
      ['cargo_volume', 14_300_000, 'about', '2025-H1'],
      ['cargo_volume', 780_000, 'exact', '2025-H1'],
      ['cargo_volume', 410_000, 'exact', '2025-H1'],
    ]);
  });

  it('"38% more than in the first half of last year" compares with H1 of the year before', () => {
    expect(brief('The Makhachkala port handled 1.47 million tonnes of cargo in January-June, 38% more than in the first half of last year.', '2026-07-08')).toEqual([
      ['cargo_volume', 1_470_000, 'exact', '2026-H1'],
      ['growth_rate', 38, 'exact', '2026-H1'],
    ]);
  });
});

describe('words and forms (holdout-11 en)', () => {
  it('"holds a 19.99% stake since the 1994 contract": "contract" the noun is no decline', () => {
    expect(figuresOf('LUKOIL, a partner since the 1994 contract, holds a 19.99% stake in the Shah Deniz project.', '2025-08-12').map((f) => f.metric)).toEqual(['other']);
  });

  it('"Tehran wants 2 bcm this year" after deliveries is an export target; "the $250 Gazprom wants and the $330" is no aim', () => {
    const text = "Gazprom's deliveries of Russian gas to Iran reached 1.06 billion cubic metres in the first seven months. Tehran wants 2 bcm this year and eventually up to 55 bcm a year.";
    expect(figuresOf(text, '2025-08-12').map((f) => [f.metric, f.value, f.period, f.modality ?? null])).toEqual([
      ['exports', 1.06, '2025-01..2025-07', null],
      ['exports', 2, '2025', 'target'],
      ['exports', 55, null, 'target'],
    ]);
    expect(figuresOf('Tehran is offering about $180 per 1,000 cubic metres, against the roughly $250 Gazprom wants and the $330 European hubs averaged last year.', '2025-07-08').at(-1)?.modality).toBeUndefined();
  });

  it('"would spend 380 million manats ($224 million) on irrigation and greenhouse subsidies this year": the year\'s funding', () => {
    expect(brief('Mammadov said the state would spend 380 million manats ($224 million) on irrigation and greenhouse subsidies in Azerbaijan this year.', '2026-04-14')).toEqual([['funding', 380_000_000, 'exact', '2026']]);
  });

  it('"draft budget for 2026, submitted to parliament last month, allots 8.4 billion manats to defense"', () => {
    expect(brief("Azerbaijan's draft budget for 2026, submitted to parliament last month, allots 8.4 billion manats to defense and national security, about 3% less than in 2025.", '2025-11-18')).toEqual([
      ['military_spending', 8_400_000_000, 'exact', '2026'],
      ['growth_rate', -3, 'about', '2026'],
    ]);
  });

  it('"About 89,000 of them remain in Armenia" counts the people of the sentence before; "two deminers who died"', () => {
    expect(brief('In September 2023, nearly 100,000 ethnic Armenians fled Karabakh. About 89,000 of them remain in Armenia, the U.N. refugee agency says.', '2025-11-18')).toEqual([
      ['displaced', 100_000, 'less_than', '2023-09'],
      ['displaced', 89_000, 'about', '2025-11'],
    ]);
    const mines = 'Since January 2021, mines have killed 74 people in Azerbaijan and wounded 322, according to ANAMA. Nineteen of the victims were hurt or killed this year, including two deminers who died on Sept. 29 in the Aghdam district.';
    expect(brief(mines, '2025-11-18').at(-1)).toEqual(['casualties', 2, 'exact', '2025-09']);
  });

  it('"its 1.3-billion-euro state loan", "a $1.3-billion loan": a hyphen joins the scale word', () => {
    expect(figuresOf('Russia has disbursed the first 300 million euros of its 1.3-billion-euro state loan to Iran for the railway.', '2026-11-03').map((f) => [f.metric, f.value, f.unit])).toEqual([['funding', 300_000_000, 'EUR'], ['funding', 1_300_000_000, 'EUR']]);
  });

  it('"raises defence spending to 702 billion drams …, from 651 billion drams this year"; "to about 2,500 troops by 2028, from an estimated 3,500 now"', () => {
    expect(brief("Armenia's government approved a 2027 budget that raises defence spending to 702 billion drams, or 5.1% of GDP, from 651 billion drams this year.", '2026-11-03')).toEqual([
      ['military_spending', 702_000_000_000, 'exact', '2027'],
      ['military_spending', 651_000_000_000, 'exact', '2026'],
    ]);
    expect(figuresOf('Russia plans to cut the garrison of its base in Gyumri, Armenia, to about 2,500 troops by 2028, from an estimated 3,500 now.', '2026-11-03').map((f) => [f.metric, f.value, f.period])).toEqual([['troops', 2500, '2028'], ['troops', 3500, '2026-11']]);
  });

  it('"\\"We will pass four and a half billion dollars this year\\"" after turnover goes on with turnover', () => {
    const text = 'Azerbaijan\'s trade with Russia rose 4.6% to $3.71 billion in January-September. "We will pass four and a half billion dollars this year, and six billion by 2030 is realistic," a deputy minister said.';
    expect(brief(text, '2026-11-03').slice(2)).toEqual([
      ['trade_turnover', 4_500_000_000, 'more_than', '2026'],
      ['trade_turnover', 6_000_000_000, 'exact', '2030'],
    ]);
  });
});

describe('Russian copy (holdout-11 ru)', () => {
  it('"14,6 тыс. ДФЭ" is containers, not tonnes, and does not end the sentence; "обработали 1,26 млн тонн (-8,3%)"', () => {
    const text = 'Бакинский порт в Алятах в I квартале перевалил 1,78 млн тонн сухих грузов и 14,6 тыс. ДФЭ, увеличив грузооборот на 12,4% к январю – марту прошлого года.';
    expect(brief(text, '2026-04-21')).toEqual([['cargo_volume', 1_780_000, 'exact', '2026-Q1'], ['growth_rate', 12.4, 'exact', '2026-Q1']]);
    expect(brief('Порты Астраханского узла в I квартале обработали 1,26 млн тонн (-8,3%).', '2026-04-21')).toEqual([['cargo_volume', 1_260_000, 'exact', '2026-Q1'], ['growth_rate', -8.3, 'exact', '2026-Q1']]);
  });

  it('"с конца 2020 года стали 412 человек" is a span; "из них 79 погибли, 333 получили ранения" share it', () => {
    expect(brief('Омбудсмен Азербайджана: жертвами мин с конца 2020 года стали 412 человек', '2026-03-12')).toEqual([['casualties', 412, 'exact', '2020..2026']]);
    expect(brief('С ноября 2020 года жертвами мин в Азербайджане стали 412 человек, из них 79 погибли, 333 получили ранения.', '2026-03-12')).toEqual([
      ['casualties', 412, 'exact', '2020..2026'],
      ['casualties', 79, 'exact', '2020..2026'],
      ['casualties', 333, 'exact', '2020..2026'],
    ]);
    expect(brief('В 1988–2023 годах в Азербайджане погибли 3 386 мирных жителей, еще около 2,1 тыс. человек были ранены.', '2026-03-12')).toEqual([
      ['casualties', 3386, 'exact', '1988..2023'],
      ['casualties', 2100, 'about', '1988..2023'],
    ]);
  });

  it('"15 из них" after prisoners counts prisoners, not the displaced of an older sentence; "ни одного погибшего" is none', () => {
    const text = 'В Армении остаются около 101 тыс. беженцев из Карабаха. В бакинских изоляторах содержатся 19 граждан Армении. Военный суд Баку вынес приговоры 15 из них.';
    expect(brief(text, '2026-03-12')).toEqual([['displaced', 101_000, 'about', '2026-03']]);
    expect(figuresOf('Приветствуем, что на армяно-азербайджанской границе за последний год не было ни одного погибшего.', '2026-07-08')).toEqual([]);
  });

  it('"В перспективе речь идет о пятнадцати миллионах тонн в год" goes on with cargo; payouts are funding', () => {
    const text = 'По западному маршруту коридора «Север – Юг» в прошлом году было перевезено около восьми миллионов тонн грузов между Россией и Азербайджаном. В перспективе речь идет о пятнадцати миллионах тонн в год.';
    expect(figuresOf(text, '2026-07-08').map((f) => [f.metric, f.value])).toEqual([['cargo_volume', 8_000_000], ['cargo_volume', 15_000_000]]);
    expect(brief('Общий объем выплат семьям погибших пассажиров AZAL превысил полтора миллиарда рублей.', '2026-07-08')).toEqual([['funding', 1_500_000_000, 'more_than', '2026-07']]);
  });

  it('"ожидают, что в 2026 году поставки пшеницы составят от 1,3 до 1,5 млн тонн" is a forecast', () => {
    expect(figuresOf('В Минсельхозе России ожидают, что в 2026 году поставки пшеницы в Азербайджан составят от 1,3 до 1,5 млн тонн.', '2026-02-17')[0]).toMatchObject({ metric: 'exports', qualifier: 'range', period: '2026', modality: 'target' });
  });

  it('parts: "поставил в Россию 231,4 тыс. тонн свежих томатов, на 23,8% меньше"; "поставки продукции АПК" are a part', () => {
    expect(figuresOf('По итогам 2025 года Азербайджан поставил в Россию 231,4 тыс. тонн свежих томатов, на 23,8% меньше, чем годом ранее.', '2026-02-17').map((f) => f.metric)).toEqual(['exports', 'other']);
    expect(figuresOf('Российские поставки продукции АПК в Азербайджан в 2025 году достигли 1,08 млрд долларов.', '2026-02-17').map((f) => f.metric)).toEqual(['other']);
  });

  it('oil "через территорию Азербайджана, почти вдвое больше" is transit: a change of cargo', () => {
    expect(figuresOf('Казахстан в 2023 году экспортировал через территорию Азербайджана 1,6 млн тонн нефти, что почти вдвое больше, чем годом ранее.', '2024-02-12').map((f) => [f.metric, f.growthOf ?? null])).toEqual([['exports', null], ['growth_rate', 'cargo_volume']]);
  });
});

describe('asides and depths', () => {
  it('"Порты Астраханского узла, где навигацию в январе осложнял лед, за тот же период обработали": the aside\'s month is no period, the port is Russia\'s', () => {
    const text = 'Порты Астраханского транспортного узла, где навигацию в январе осложняла ледовая обстановка, за тот же период обработали 1,26 млн тонн.';
    expect(figuresOf(text, '2026-04-21').map((f) => [f.metric, f.period, f.subject])).toEqual([['cargo_volume', '2025', 'RU']]);
  });

  it('"The canal\'s guaranteed depth has fallen to 3.6 metres" is no distance', () => {
    expect(figuresOf("The canal's guaranteed depth has fallen to 3.6 metres.", '2026-07-08')).toEqual([]);
  });
});

describe('a conversion then a restatement', () => {
  it('"684 млрд драмов (около $1,78 млрд), или около 5,4% ВВП, против 747 млрд драмов": the GDP share names neither amount', () => {
    const text = 'Армения урежет оборонный бюджет: в 2026 году на эти цели заложено 684 млрд драмов (около $1,78 млрд), или около 5,4% ВВП, против 747 млрд драмов в текущем году.';
    expect(brief(text, '2025-12-10')).toEqual([['military_spending', 684_000_000_000, 'exact', '2026'], ['military_spending', 747_000_000_000, 'exact', '2025']]);
  });
});
