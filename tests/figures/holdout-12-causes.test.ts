/**
 * General causes behind holdout-12's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);

describe('tables of partners', () => {
  it('"Partner ($ million) | 2024 | 2025 | Change, %" under "main trading partners": each row is that partner\'s turnover with the table\'s owner', () => {
    const text = "Azerbaijan's foreign trade turnover amounted to $47.62 billion in 2025. The committee's main trading partners in 2025, by turnover:\n\nPartner ($ million) | 2024 | 2025 | Change, %\nItaly | 11,842.6 | 10,315.2 | -12.9\nRussia | 4,803.1 | 4,951.7 | +3.1";
    expect(figuresOf(text, '2026-01-23').slice(1).map((f) => [f.metric, f.value, f.period, f.subject])).toEqual([
      ['trade_turnover', 11_842_600_000, '2024', 'AZ-IT'],
      ['trade_turnover', 10_315_200_000, '2025', 'AZ-IT'],
      ['growth_rate', -12.9, '2025', 'AZ-IT'],
      ['trade_turnover', 4_803_100_000, '2024', 'RU-AZ'],
      ['trade_turnover', 4_951_700_000, '2025', 'RU-AZ'],
      ['growth_rate', 3.1, '2025', 'RU-AZ'],
    ]);
  });
});

describe('goods and their values', () => {
  it('"Crude oil and oil products brought in $22.68 billion, or 86.2% of all exports": the goods\' value is other; "tomatoes earned $412.5 million in Russia" too', () => {
    expect(brief('Crude oil and oil products from Azerbaijan brought in $22.68 billion, or 86.2% of all exports.', '2026-01-23')).toEqual([]);
    expect(brief('On the export side, tomatoes from Azerbaijan earned $412.5 million in Russia, ahead of apples ($40.3 million), and exports to Russia grew.', '2026-01-23')).toEqual([]);
  });

  it('"Imports from Russia, mostly grain, timber, metals and oil products, dropped to $3.21 billion from $3.52 billion": the flow word comes first', () => {
    expect(brief('Imports from Russia, mostly grain, timber, metals and oil products, dropped to $3.21 billion from $3.52 billion in 2024, Azerbaijan said.', '2026-02-11')).toEqual([
      ['imports', 3_210_000_000, 'exact', '2025'],
      ['imports', 3_520_000_000, 'exact', '2024'],
    ]);
  });

  it('"a surplus of $5 billion, against $8.18 billion in 2024": the base of an `other` figure is other', () => {
    expect(brief('Azerbaijan\'s exports fell 7.4% to $26.31 billion, while imports rose 5.3% to $21.31 billion, leaving a surplus of $5 billion, against $8.18 billion in 2024.', '2026-01-23').map(([m, v]) => [m, v])).toEqual([
      ['growth_rate', -7.4], ['exports', 26_310_000_000], ['growth_rate', 5.3], ['imports', 21_310_000_000],
    ]);
  });

  it('"Purchases of Russian sunflower oil dropped 18.6%" is the part\'s change; "1.28 million customs declarations" is no money', () => {
    expect(brief('Azerbaijan\'s purchases of Russian sunflower oil dropped 18.6% to 61,400 tonnes in 2025.', '2026-01-23')).toEqual([['imports', 61_400, 'exact', '2025']]);
    expect(brief('Azerbaijan\'s trade with Russia reached $4.95 billion. The committee processed 1.28 million customs declarations.', '2026-01-23')).toEqual([['trade_turnover', 4_950_000_000, 'exact', '2025']]);
  });
});

describe('Russian copy (holdout-12 ru)', () => {
  it('"оборот с Россией за 11 месяцев" in a February story is last year\'s run; "of this year" keeps this one', () => {
    expect(brief('Статистики уточнили: оборот Азербайджана с Россией за 11 месяцев составил 4,21 млрд долларов.', '2026-02-10')).toEqual([['trade_turnover', 4_210_000_000, 'exact', '2025-01..2025-11']]);
    expect(brief('Transit cargo through Azerbaijan rose by 30% in the first two months of this year.', '2024-02-28')).toEqual([['growth_rate', 30, 'exact', '2024-01..2024-02']]);
  });

  it('"прошло 3,1 млн т" through a crossing is cargo; "отправлено 1,92 млн т транзитных грузов" is transit cargo', () => {
    const text = 'С января по июнь по железной дороге через пограничный переход Ялама – Самур прошло 3,1 млн т. В направлении Ирана отправлено 1,92 млн т транзитных грузов.';
    expect(brief(text, '2026-08-06')).toEqual([['cargo_volume', 3_100_000, 'exact', '2026-H1'], ['cargo_volume', 1_920_000, 'exact', '2026-H1']]);
  });

  it('"не менее 9 млн т, а в 2027 году – до 11 млн": up to, a target of a year to come, and no span for "за тот же период"', () => {
    const text = 'По итогам года РЖД и АЖД рассчитывают перевезти по западному маршруту не менее 9 млн т, а в 2027 году – до 11 млн.';
    expect(figuresOf(text, '2026-08-06').map((f) => [f.value, f.qualifier, f.period, f.modality])).toEqual([[9_000_000, 'at_least', '2026', 'target'], [11_000_000, 'up_to', '2027', 'target']]);
    expect(brief('Экспорт из России в Азербайджан вырос на 13,9% – до $1,1 млрд.', '2026-08-06').at(-1)).toEqual(['exports', 1_100_000_000, 'exact', '2025']);
  });
});

describe('Russian copy (holdout-12 ru), humanitarian', () => {
  it('"на 1 января в стране оставались около 108 тыс. человек, вынужденно покинувших Карабах в сентябре 2023 года": displaced now', () => {
    expect(brief('По данным правительства Армении, на 1 января в стране оставались около 108 тыс. человек, вынужденно покинувших Нагорный Карабах в сентябре 2023 года.', '2026-01-28')).toEqual([['displaced', 108_000, 'about', '2026-01']]);
  });

  it('appeals are funding; "в том числе Евросоюз – 4 млн евро" is a part of the year before; "на одного беженца" counts nobody', () => {
    expect(brief('На 2026 год УВКБ ООН запрашивает на поддержку беженцев в Армении 96,4 млн долларов.', '2026-01-28')).toEqual([['funding', 96_400_000, 'exact', '2026']]);
    expect(brief('Международные доноры в прошлом году выделили ANAMA в Азербайджане около 11 млн долларов, в том числе Евросоюз – 4 млн евро.', '2026-01-28')).toEqual([
      ['funding', 11_000_000, 'about', '2025'],
      ['funding', 4_000_000, 'exact', '2025'],
    ]);
    expect(figuresOf('В пересчете на одного беженца в Армении это около 410 долларов в год.', '2026-01-28').filter((f) => f.unit === 'persons')).toEqual([]);
  });

  it('"МЧС России доставило в Ереван 86 т гуманитарных грузов" is aid, no cargo flow', () => {
    expect(brief('МЧС России в ноябре доставило в Ереван 86 т гуманитарных грузов.', '2026-01-28')).toEqual([]);
  });
});

describe('humanitarian copy (holdout-12 en)', () => {
  it('"In September and October 2023" is one run; "в сентябре и октябре"; "in May and July" is no run', () => {
    expect(brief('In September and October 2023 Armenia registered 101,848 refugees from Karabakh.', '2026-02-11')).toEqual([['displaced', 101_848, 'exact', '2023-09..2023-10']]);
    expect(figuresOf('Exports from Azerbaijan to Russia in May and July rose 5%.', '2025-09-01').map((f) => f.period)).not.toContain('2025-05..2025-07');
  });

  it('"The toll since November 2020 now stands at 393 mine victims: 72 killed and 321 injured": one span for the total and its breakdown', () => {
    expect(brief('The toll since November 2020 now stands at 393 mine victims in Azerbaijan: 72 killed and 321 injured, according to ANAMA.', '2026-02-11')).toEqual([
      ['casualties', 393, 'exact', '2020..2026'],
      ['casualties', 72, 'exact', '2020..2026'],
      ['casualties', 321, 'exact', '2020..2026'],
    ]);
  });

  it('"11 mine accidents in 2025, which injured 14 people and killed three": the accidents\' year; "Its budget … this year is $46 million": the year', () => {
    expect(brief('On the Armenian side, HALO recorded 11 mine and UXO accidents in 2025, which injured 14 people and killed three.', '2026-02-11')).toEqual([
      ['casualties', 14, 'exact', '2025'],
      ['casualties', 3, 'exact', '2025'],
    ]);
    expect(brief('The ICRC said its budget for work in Armenia and Azerbaijan this year is $46 million.', '2026-02-11')).toEqual([['funding', 46_000_000, 'exact', '2026']]);
  });
});

describe('long pages (holdout-12 en), second round', () => {
  it('"rose 3.1% to $4.95 billion in 2025 and grew another 6.2% in the first quarter": each change takes its level\'s period', () => {
    const text = 'Turnover between Russia and Azerbaijan rose 3.1% to $4.95 billion in 2025 and grew another 6.2% in the first quarter of this year, to $1.21 billion.';
    expect(brief(text, '2026-05-14')).toEqual([
      ['growth_rate', 3.1, 'exact', '2025'],
      ['trade_turnover', 4_950_000_000, 'exact', '2025'],
      ['growth_rate', 6.2, 'exact', '2026-Q1'],
      ['trade_turnover', 1_210_000_000, 'exact', '2026-Q1'],
    ]);
  });

  it('"climbed 22% to 1.36 million tonnes over January-June" is the half; "rose 9.1% in the first half to $321 million" reads no half as a number', () => {
    expect(brief('Throughput at the Astara terminal in Azerbaijan climbed 22% to 1.36 million tonnes over January-June.', '2026-08-19').map(([m, , , p]) => [m, p])).toEqual([['growth_rate', '2026-H1'], ['cargo_volume', '2026-H1']]);
    expect(brief("Azerbaijan's own trade with Iran rose 9.1% in the first half to $321 million.", '2026-08-19')).toEqual([
      ['growth_rate', 9.1, 'exact', '2026-H1'],
      ['trade_turnover', 321_000_000, 'exact', '2026-H1'],
    ]);
  });

  it('"In the autumn 2020 war … Azerbaijan lost 2,908 servicemen"; "…, and about 7,600 civilians were evacuated" has a verb of its own', () => {
    expect(brief('In the autumn 2020 war, which lasted 44 days, Azerbaijan lost 2,908 servicemen.', '2025-09-10')).toEqual([['casualties', 2908, 'exact', '2020']]);
    expect(brief('On Sept. 13-14, 2022, Armenia lost 207 servicemen and Azerbaijan 80, and about 7,600 Armenian civilians were evacuated from border villages.', '2025-03-27').at(-1)).toEqual(['displaced', 7600, 'about', '2022-09']);
  });

  it('"accused Armenian forces of 61 ceasefire violations, while Armenia has reported 18": both counts of incidents', () => {
    expect(brief('Since January, Azerbaijan has accused Armenian forces of 61 ceasefire violations, while Armenia has reported 18 by Azerbaijan.', '2025-03-27').map(([m, v]) => [m, v])).toEqual([['incidents', 61], ['incidents', 18]]);
  });
});

describe('evacuations', () => {
  it('"Из приграничного села вывезены 46 жителей, в том числе 17 детей" are displaced people', () => {
    expect(brief('14:05 — Из приграничного села Ерасх в Армении вывезены 46 жителей, в том числе 17 детей, сообщил губернатор.', '2025-02-12')).toEqual([
      ['displaced', 46, 'exact', '2025-02'],
      ['displaced', 17, 'exact', '2025-02'],
    ]);
  });

  it('a delimited section of a border is a border length ("комиссии по делимитации согласовали участок длиной 12,7 км"); a railway section stays a distance', () => {
    const kinds = (text: string) => figuresOf(text, '2026-05-10').map((f) => [f.metric, f.value]);
    expect(kinds('В апреле 2024 года комиссии по делимитации согласовали первый участок длиной 12,7 км в Тавушской области.')).toEqual([['border_length', 12.7]]);
    expect(kinds('Делимитирован пока лишь отрезок длиной около 13 км между Газахским районом и Тавушской областью.')).toEqual([['border_length', 13]]);
    expect(kinds('Armenia and Azerbaijan have agreed on the delimitation of a 12.7-kilometre section of their border.')).toEqual([['border_length', 12.7]]);
    expect(kinds('The railway section near the border is 45 km long.')).toEqual([['distance', 45]]);
  });
});

describe('elisions and verbs found by a second look at holdouts 9 and 12', () => {
  it('"импорт российской продукции – на 5,4%" after "сократился на 1,3%, до 1 млрд 352,8 млн долларов" falls too: the amount between them is no change', () => {
    const text = 'Экспорт азербайджанских товаров в РФ за год сократился на 1,3%, до 1 млрд 352,8 млн долларов, импорт российской продукции – на 5,4%, до 3 млрд 252,5 млн долларов.';
    expect(figuresOf(text, '2025-01-20').filter((f) => f.metric === 'growth_rate').map((f) => f.value)).toEqual([-1.3, -5.4]);
    const english = "Azerbaijan's exports to Russia fell 1.3% to $1.35 billion, imports from Russia – by 5.4%, to $3.25 billion.";
    expect(figuresOf(english, '2025-01-20').filter((f) => f.metric === 'growth_rate').map((f) => f.value)).toEqual([-1.3, -5.4]);
  });

  it('"срезал товарооборот на 31%" is a fall; "Число жертв мин … с 2020 года превысило 380" counts casualties across the year between', () => {
    const cut = 'Товарооборот России и Азербайджана в 2008 году достиг 2,4 млрд долларов. Кризис 2009 года срезал товарооборот на 31%, до 1,65 млрд.';
    expect(brief(cut, '2025-06-10').slice(1, 2)).toEqual([['growth_rate', -31, 'exact', '2009']]);
    expect(brief('Число жертв мин в Азербайджане с 2020 года превысило 380.', '2025-12-20')).toEqual([['casualties', 380, 'more_than', '2020..2025']]);
  });

  it('"Azerbaijan lost 2,908 servicemen and Armenia, by its own count, about 3,800": the aside does not stop the elided noun', () => {
    const text = 'In the autumn 2020 war, which lasted 44 days, Azerbaijan lost 2,908 servicemen and Armenia, by its own count, about 3,800.';
    expect(brief(text, '2025-12-20')).toEqual([['casualties', 2908, 'exact', '2020'], ['casualties', 3800, 'about', '2020']]);
  });
});

describe('the rest of the people counted', () => {
  it('"injuring the other 29": the rest of those on board are casualties too', () => {
    const text = 'The plane came down near Aktau on Dec. 25, 2024, killing 38 of the 67 people on board and injuring the other 29.';
    expect(brief(text, '2025-06-10')).toEqual([['casualties', 38, 'exact', '2024-12'], ['casualties', 29, 'exact', '2024-12']]);
  });

  it('"About 86,000 of them are still there, …, while some 14,000 have moved on to Russia": the rest of the refugees of the sentence before', () => {
    const text = 'Nearly 100,000 ethnic Armenians fled Karabakh for Armenia in September 2023. About 86,000 of them are still there, according to UNHCR, while some 14,000 have moved on to Russia.';
    expect(brief(text, '2026-03-10').map((f) => [f[0], f[1]])).toEqual([['displaced', 100_000], ['displaced', 86_000], ['displaced', 14_000]]);
  });
});
