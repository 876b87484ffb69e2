/**
 * Subjects that decide whether a figure becomes a Russia–Azerbaijan notice (docs/figures-eval.md,
 * "RU–AZ notices"): a country's own total posted as bilateral is a stray notice, a bilateral figure
 * read as one country's is a lost one. Each cause is tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const subjects = (text: string, published = '2025-11-24') => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.subject]);

describe('a partner of a total is no owner of it', () => {
  it('"Overall trade turnover with Russia" in a story about Azerbaijan is the pair, its parts flow both ways', () => {
    const text = 'Azerbaijan imported less wheat this year. Overall trade turnover with Russia amounted to $3.82 billion in the ten months, down 4.1% year on year, with imports from Russia at $2.73 billion and exports to Russia at $1.09 billion.';
    expect(subjects(text)).toEqual([
      ['trade_turnover', 3_820_000_000, 'RU-AZ'],
      ['growth_rate', -4.1, 'RU-AZ'],
      ['imports', 2_730_000_000, 'RU>AZ'],
      ['exports', 1_090_000_000, 'AZ>RU'],
    ]);
  });
});

describe("a country's own total, whoever else the sentence names", () => {
  it('"Russia accounted for 9.7% of Azerbaijan\'s foreign trade, which totalled $39.4 billion" is Azerbaijan\'s', () => {
    expect(subjects("Russia accounted for 9.7% of Azerbaijan's foreign trade, which totalled $39.4 billion.")).toEqual([['trade_turnover', 39_400_000_000, 'AZ']]);
    expect(subjects("Russia's share of Azerbaijan's foreign trade, which totalled 81.4 billion manats ($47.9 billion), slipped to 9.6%.")).toEqual([['trade_turnover', 81_400_000_000, 'AZ']]);
  });

  it('"во внешнеторговом обороте Азербайджана, составившем 11,38 млрд" is Azerbaijan\'s; "внешнеторговый оборот Азербайджана в 2024 году составил" too', () => {
    expect(subjects('Доля России во внешнеторговом обороте Азербайджана, составившем 11,38 млрд долларов, снизилась до 9,4%.')).toEqual([['trade_turnover', 11_380_000_000, 'AZ']]);
    expect(subjects('Внешнеторговый оборот Азербайджана в 2024 году составил 47 млрд долларов, из них на Россию пришлось 4,8 млрд.')).toEqual([
      ['trade_turnover', 47_000_000_000, 'AZ'],
      ['trade_turnover', 4_800_000_000, 'RU-AZ'],
    ]);
  });

  it('"Azerbaijan\'s foreign trade with Russia" names a partner: the pair', () => {
    expect(subjects("Azerbaijan's foreign trade with Russia reached $3.9 billion last year.")).toEqual([['trade_turnover', 3_900_000_000, 'RU-AZ']]);
  });
});

describe("a partner's part of a total is between the two", () => {
  it('"of which Russia accounted for", "with Russia accounting for", "На Россию пришлось" after a total', () => {
    expect(subjects("Azerbaijan's foreign trade totalled $39bn in 2024, of which Russia accounted for $3.9bn.")).toEqual([
      ['trade_turnover', 39_000_000_000, 'AZ'],
      ['trade_turnover', 3_900_000_000, 'RU-AZ'],
    ]);
    expect(subjects("Azerbaijan's trade with the Eurasian Economic Union reached $5.2 billion in 2022, of which Russia accounted for $3.7 billion.").at(-1)).toEqual(['trade_turnover', 3_700_000_000, 'RU-AZ']);
    expect(subjects("Azerbaijan's foreign trade in 2024 reached $47bn, with Russia accounting for $4.8bn.").at(-1)).toEqual(['trade_turnover', 4_800_000_000, 'RU-AZ']);
    expect(subjects('Внешнеторговый оборот Азербайджана в 2024 году составил 47 млрд долларов. На Россию пришлось 4,8 млрд.').at(-1)).toEqual(['trade_turnover', 4_800_000_000, 'RU-AZ']);
  });
});

describe('a contingent stands where it was sent', () => {
  it('"deployed to Karabakh", "the withdrawal of its 2,000 peacekeepers from Karabakh" flow to Azerbaijan', () => {
    expect(subjects('Russian peacekeepers, about 2,000 of whom were deployed to Karabakh in November 2020, did not intervene in 2023.', '2026-01-28')).toEqual([['troops', 2000, 'RU>AZ']]);
    expect(subjects('Moscow completed the withdrawal of its roughly 2,000 peacekeepers from Karabakh in June 2024.', '2026-01-28')).toEqual([['troops', 2000, 'RU>AZ']]);
  });

  it('a peacekeeping contingent with one end unnamed takes the other from the sentence, else from the story\'s pair', () => {
    const karabakh = "Russia's role has shrunk. The 1,960-strong peacekeeping contingent that deployed under the 2020 ceasefire left Karabakh in June 2024, and Russian border guards have handed over the Margara crossing on the Turkish border.";
    expect(subjects(`Armenia and Azerbaijan are at peace. ${karabakh}`, '2026-03-18')).toEqual([['troops', 1960, 'RU>AZ']]);
    const contingent = 'Россия и Азербайджан подвели итоги. Напомню лишь, что в 2020–2024 годах в составе контингента служили около 2 тыс. российских военнослужащих, и свою задачу он выполнил.';
    expect(subjects(contingent, '2025-10-01')).toEqual([['troops', 2000, 'RU>AZ']]);
  });

  it('troops at home stay their country\'s: "Azerbaijan keeps 15,000 troops in Karabakh" is no flow', () => {
    expect(subjects('Azerbaijan keeps about 15,000 troops in Karabakh, the defence ministry said.', '2026-03-18')).toEqual([['troops', 15_000, 'AZ']]);
  });
});

describe('a loan goes from its lender to its borrower', () => {
  it('"синдицированный кредит Газпромбанка и ВТБ …, выданный Азербайджанским железным дорогам": the genitive after "кредит" lends, a dative receives', () => {
    const text = 'Крупнейшей сделкой стал синдицированный кредит Газпромбанка и ВТБ на 45 млрд руб. (около 555 млн долларов), выданный в августе Азербайджанским железным дорогам на закупку 40 локомотивов.';
    expect(subjects(text, '2026-09-01')).toEqual([['funding', 45_000_000_000, 'RU>AZ']]);
    expect(subjects('Россия и Азербайджан обсудили проекты. Кредит Азербайджану на 5 млрд руб. выдаст Сбербанк.', '2026-09-01')).toEqual([['funding', 5_000_000_000, 'RU>AZ']]);
  });

  it('"Gazprombank said it would lend USD 120 mn to Ganja Auto Plant": a city opening a company name is no place', () => {
    expect(subjects('Russia and Azerbaijan signed four deals. Separately, Gazprombank said it would lend USD 120 mn to Ganja Auto Plant, which assembles KAMAZ trucks.', '2025-10-01')).toEqual([['funding', 120_000_000, 'RU>AZ']]);
  });

  it('"привлекла у Газпромбанка кредит", "Газпромбанк открыл … кредитную линию", "предоставит ВЭБ.РФ … под 7,5% годовых"', () => {
    expect(subjects('Для оплаты поставок SOCAR в сентябре привлекла у Газпромбанка кредит на 200 млн долл.', '2025-12-09')).toEqual([['funding', 200_000_000, 'RU>AZ']]);
    expect(subjects('В июне Газпромбанк открыл Международному банку Азербайджана кредитную линию на €200 млн сроком на пять лет.', '2025-07-15')).toEqual([['funding', 200_000_000, 'RU>AZ']]);
    expect(subjects('Азербайджан строит завод. Финансирование проекта в объеме 45 млн долларов предоставит ВЭБ.РФ сроком на восемь лет под 7,5% годовых.', '2025-10-01').filter(([m]) => m === 'funding')).toEqual([['funding', 45_000_000, 'RU>AZ']]);
    expect(subjects('Еще до 80 млн долларов в 2026 году на льготное кредитование азербайджанских покупателей российской сельхозтехники направит Российский экспортный центр.', '2025-10-01')).toEqual([['funding', 80_000_000, 'RU>AZ']]);
  });

  it('money that is not lent stays its payer\'s: a federal budget allocation is Russia\'s', () => {
    expect(subjects('В 2026 году на реконструкцию пункта пропуска «Яраг-Казмаляр» из федерального бюджета России будет направлено 6,8 млрд рублей.', '2025-10-01')).toEqual([['funding', 6_800_000_000, 'RU']]);
  });
});

describe('whose cargo', () => {
  it('"transit between Russia and Iran through Azerbaijan" is Russia–Iran; a part\'s "between" is not the whole\'s', () => {
    expect(subjects('Transit between Russia and Iran through Azerbaijan on the North-South corridor slipped to 2.1mn tonnes in January-September.', '2025-11-13')).toEqual([['cargo_volume', 2_100_000, 'RU-IR']]);
    expect(subjects('Mustafayev said 7.4 million tons of cargo were carried along the western route through Azerbaijan between Russia and Azerbaijan last year, including 2.9 million tons of transit between Russia and Iran.', '2026-06-16')).toEqual([
      ['cargo_volume', 7_400_000, 'RU-AZ'],
      ['cargo_volume', 2_900_000, 'RU-IR'],
    ]);
  });

  it('"The Makhachkala port … handled 1.47 million tonnes" is Russia\'s own throughput; "Shipments to and from Baku" are not', () => {
    const text = "Russia and Azerbaijan agreed on new rates. The Makhachkala Commercial Sea Port, Russia's only ice-free harbour on the Caspian, handled 1.47 million tonnes of cargo in January-June. Shipments to and from Baku accounted for 612,000 tonnes.";
    expect(subjects(text, '2026-07-08').map(([, value, subject]) => [value, subject])).toEqual([[1_470_000, 'RU'], [612_000, 'RU-AZ']]);
    expect(subjects('Бакинский порт в поселке Алят в I квартале перевалил 1,78 млн тонн сухих грузов, сообщили в Баку.', '2026-04-21')).toEqual([['cargo_volume', 1_780_000, 'AZ']]);
  });

  it('a terminal "on the Iranian border" stands between two countries: no single owner', () => {
    expect(subjects('Azerbaijan Railways said the Astara cargo terminal on the Iranian border handled 1.05 million tonnes in the first six months.', '2025-07-15')[0]![2]).not.toBe('IR');
  });
});

describe("the parts of a country's own total, in the sentence after it", () => {
  it('"Azerbaijan\'s foreign trade turnover amounted to $47.62 billion. Exports fell 7.4% to $26.31 billion, while imports rose" are Azerbaijan\'s', () => {
    const text = "Azerbaijan's foreign trade turnover amounted to $47.62 billion in 2025, the State Customs Committee said. Exports fell 7.4% to $26.31 billion, while imports rose 5.3% to $21.31 billion. Trade with Russia came to $4.8 billion.";
    expect(subjects(text, '2026-01-20')).toEqual([
      ['trade_turnover', 47_620_000_000, 'AZ'],
      ['growth_rate', -7.4, 'AZ'],
      ['exports', 26_310_000_000, 'AZ'],
      ['growth_rate', 5.3, 'AZ'],
      ['imports', 21_310_000_000, 'AZ'],
      ['trade_turnover', 4_800_000_000, 'RU-AZ'],
    ]);
  });

  it('"Экспорт сократился на 22,3%" after "внешнеторговый оборот Азербайджана" is Azerbaijan\'s; after the turnover with Russia it stays the pair\'s', () => {
    const total = 'Всего внешнеторговый оборот Азербайджана в 2024 году составил 47,35 млрд долларов. Экспорт сократился на 22,3%, до 26,4 млрд долларов, импорт вырос на 5,1% и составил 20,95 млрд долларов.';
    expect(subjects(total, '2025-01-20').map((f) => f[2])).toEqual(['AZ', 'AZ', 'AZ', 'AZ', 'AZ']);
    const bilateral = 'Товарооборот Азербайджана с Россией в 2024 году составил 4,8 млрд долларов. Экспорт вырос на 12%, до 1,1 млрд долларов.';
    expect(subjects(bilateral, '2025-01-20').map((f) => f[2])).toEqual(['RU-AZ', 'RU-AZ', 'RU-AZ']);
  });
});

describe("a port's own throughput, whatever its change and period words", () => {
  it('"The Port of Baku at Alat handled 1.86 million tonnes …, bringing its throughput for January-September to 5.1 million tonnes" is Azerbaijan\'s', () => {
    const text = 'Russian freight moves to rail. The Port of Baku at Alat handled 1.86 million tonnes of cargo in the third quarter, 11 percent more than a year earlier, bringing its throughput for January-September to 5.1 million tonnes.';
    expect(subjects(text, '2025-10-14')).toEqual([
      ['cargo_volume', 1_860_000, 'AZ'],
      ['growth_rate', 11, 'AZ'],
      ['cargo_volume', 5_100_000, 'AZ'],
    ]);
    expect(subjects('The Port of Baku handled 1.2 million tonnes of cargo for Russia in the third quarter.', '2025-10-14')).toEqual([['cargo_volume', 1_200_000, 'RU-AZ']]);
  });
});

describe("money in a country's own currency, in a sentence that names no one, is that country's", () => {
  it('"Rosmorrechflot spent 3.1 billion roubles" and "выделено 4,3 млрд манатов" in a Russia–Azerbaijan story are Russia\'s and Azerbaijan\'s', () => {
    const story = 'Russia and Azerbaijan agreed to deepen the Volga-Caspian channel. Last year Rosmorrechflot spent 3.1 billion roubles dredging the channel.';
    expect(subjects(story, '2025-06-10')).toEqual([['funding', 3_100_000_000, 'RU']]);
    const ru = 'Россия и Азербайджан обсудили восстановление Карабаха. На восстановление освобожденных территорий в 2026 году из госбюджета выделено 4,3 млрд манатов.';
    expect(subjects(ru, '2026-04-10')).toEqual([['funding', 4_300_000_000, 'AZ']]);
  });

  it('dollars name no country: the story\'s pair stays; a named payer still wins over the currency', () => {
    const story = 'Russia and Azerbaijan agreed to deepen the Volga-Caspian channel. A further $40 million has been allocated to the work.';
    expect(subjects(story, '2025-06-10')).toEqual([['funding', 40_000_000, 'RU-AZ']]);
    expect(subjects('Russia and Azerbaijan met in Baku. Azerbaijan allocated 120 million roubles to the joint school.', '2025-06-10')).toEqual([['funding', 120_000_000, 'AZ']]);
  });
});

describe("a port's throughput noun makes the volume the port's own", () => {
  it('"Грузооборот порта Махачкала вырос в 1,5 раза" and "Махачкалинский порт увеличил общую перевалку на 9%, до 1,8 млн т" are Russia\'s', () => {
    const story = 'Россия и Азербайджан наращивают перевозки по Каспию. Махачкалинский порт в январе – июне увеличил общую перевалку на 9%, до 1,8 млн т.';
    expect(subjects(story, '2025-07-20')).toEqual([
      ['growth_rate', 9, 'RU'],
      ['cargo_volume', 1_800_000, 'RU'],
    ]);
    expect(subjects('Россия и Азербайджан наращивают перевозки по Каспию. Грузооборот порта Махачкала в I квартале вырос в 1,5 раза.', '2025-04-20')).toEqual([['growth_rate', 1.5, 'RU']]);
  });
});

describe('people displaced inside their own country are that country\'s, refugees who crossed stay between the two', () => {
  it('"Azerbaijan still counts about 610,000 registered IDPs", "В Азербайджане … вынужденных переселенцев состоят около 640 тыс. человек" are Azerbaijan\'s', () => {
    expect(subjects('Russia and Azerbaijan discussed mine clearance. Azerbaijan still counts about 610,000 registered IDPs.', '2026-05-10')).toEqual([['displaced', 610_000, 'AZ']]);
    expect(subjects('Россия и Азербайджан обсудили разминирование. В Азербайджане на учете Госкомитета по делам беженцев и вынужденных переселенцев состоят около 640 тыс. человек.', '2026-05-10')).toEqual([['displaced', 640_000, 'AZ']]);
  });

  it('"the authorities were providing housing for 21,000 refugees" in an Armenia–Azerbaijan story is between the two', () => {
    expect(subjects('Azerbaijan retook Karabakh last week. Armenian Prime Minister Nikol Pashinyan said the authorities were providing housing for 21,000 refugees.', '2023-09-28')).toEqual([['displaced', 21_000, 'AZ-AM']]);
  });
});

describe("a ranking of a country's partners after its own total", () => {
  it('"Italy, …, remained the top partner with $11.2 billion, followed by Turkey with $7.3 billion" are Azerbaijan\'s turnover with each, not a Russia–Azerbaijan figure', () => {
    const text = "Russia's share of Azerbaijan's foreign trade, which totalled 81.4 billion manats ($47.9 billion), slipped to 9.6% from 10.3% a year earlier. Italy, the main buyer of Azerbaijani crude, remained the top partner with $11.2 billion, followed by Turkey with $7.3 billion and Russia in third place.";
    expect(subjects(text, '2026-02-10')).toEqual([
      ['trade_turnover', 81_400_000_000, 'AZ'],
      ['trade_turnover', 11_200_000_000, 'AZ-IT'],
      ['trade_turnover', 7_300_000_000, 'AZ-TR'],
    ]);
  });
});

describe('two pairs compared in one sentence', () => {
  it('"Russia\'s trade with Iran, at $4.8bn, is smaller than its trade with Azerbaijan, which reached $4.9bn": each amount is its own pair\'s', () => {
    const text = "Russia's trade with Iran, at $4.8bn last year, is smaller than its trade with Azerbaijan, which reached $4.9bn, according to official data.";
    expect(subjects(text, '2025-06-10')).toEqual([['trade_turnover', 4_800_000_000, 'RU-IR'], ['trade_turnover', 4_900_000_000, 'RU-AZ']]);
    const ru = 'Товарооборот России и Ирана в 2025 году составил 4,8 млрд долларов, России и Азербайджана – около 4,6 млрд.';
    expect(subjects(ru, '2026-02-10')).toEqual([['trade_turnover', 4_800_000_000, 'RU-IR'], ['trade_turnover', 4_600_000_000, 'RU-AZ']]);
  });
});
