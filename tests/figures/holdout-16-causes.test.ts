/**
 * General causes behind holdout-16's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string, title?: string) =>
  figuresOf(text, published, title).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);

describe('holdout-16 causes', () => {
  it('"nears", "approaching", "приближается к" and a spoken "под" are just under the amount', () => {
    expect(brief('Russia–Azerbaijan trade nears $5 billion as leaders meet in Moscow', '2025-11-20')[0]?.[2]).toBe('less_than');
    expect(brief('Товарооборот России и Азербайджана приближается к 5 млрд долларов.', '2025-11-20')[0]?.[2]).toBe('less_than');
    expect(brief('В прошлом году товарооборот России и Азербайджана составил под пять миллиардов долларов.', '2025-03-14')).toEqual([
      ['trade_turnover', 5_000_000_000, 'less_than', '2024'],
    ]);
  });

  it('"под 8,5% годовых" is a loan rate, not "just under"', () => {
    const text = 'ВТБ предоставил азербайджанскому импортеру кредит на 40 млн долларов под 8,5% годовых.';
    expect(figuresOf(text, '2025-09-10').find((f) => f.unit === '%')?.qualifier).toBe('exact');
  });

  it('a long-term cue makes a yearly volume a goal with no period, not a rate', () => {
    const en = figuresOf('Gazprom and NIGC signed a memorandum in June 2024 that envisages Russian gas supplies to Iran of up to 55 bcm a year in the long run.', '2026-03-11');
    expect(en.map((f) => [f.value, f.modality, f.period])).toEqual([[55, 'target', null]]);
    const ru = figuresOf('В перспективе «Газпром» и иранская NIGC говорят о поставках в Иран до 55 млрд кубометров газа в год.', '2026-02-10');
    expect(ru.map((f) => [f.value, f.modality, f.period])).toEqual([[55, 'target', null]]);
  });

  it('"on 25 December last year" is that day of the year before publication', () => {
    expect(brief('An AZAL airliner crashed near Aktau on 25 December last year, killing 38 people.', '2025-10-02')).toEqual([['casualties', 38, 'exact', '2024-12']]);
    expect(brief('Самолет AZAL разбился под Актау 25 декабря прошлого года, погибли 38 человек.', '2025-10-02')).toEqual([['casualties', 38, 'exact', '2024-12']]);
  });

  it('a toll in a relative clause about a dated event takes the event date, not a later clause of the main sentence', () => {
    const text = 'Aliyev raised the December 2024 crash of an AZAL airliner near Aktau, which Baku blamed on Russian air defences and in which 38 people were killed.';
    expect(brief(text, '2026-03-12')).toEqual([['casualties', 38, 'exact', '2024-12']]);
    const closed = 'The crash of the airliner near Aktau on 25 December last year, which killed 38 people, was followed in June by a police raid in Yekaterinburg.';
    expect(brief(closed, '2025-12-29')).toEqual([['casualties', 38, 'exact', '2024-12']]);
  });

  it('a "by the numbers" line: the figure that heads it is dated and counted by its gloss after the colon', () => {
    const text = [
      'Russia and Azerbaijan in numbers',
      '',
      '• $4.4 billion: Russia–Azerbaijan trade in January–November 2024, according to Russian customs, 9% more than a year earlier.',
      "• 8.6 billion manats ($5.1 billion): Azerbaijan's defence spending in the 2025 budget, up 12% on 2024.",
      '• 1,960: Russian peacekeepers deployed to Karabakh under the 10 November 2020 statement.',
      '• Six: Russian peacekeepers killed on 20 September 2023 near Janyatag.',
    ].join('\n');
    expect(brief(text, '2024-12-20')).toEqual([
      ['trade_turnover', 4_400_000_000, 'exact', '2024-01..2024-11'],
      ['growth_rate', 9, 'exact', '2024-01..2024-11'],
      ['military_spending', 8_600_000_000, 'exact', '2025'],
      ['growth_rate', 12, 'exact', '2025'],
      ['troops', 1960, 'exact', '2020-11'],
      ['casualties', 6, 'exact', '2023-09'],
    ]);
  });

  it('"Karabakh Armenians left for Armenia" is a flow from Azerbaijan to Armenia; a later "из … в" move is its own', () => {
    const flow = figuresOf('More than 100,000 Karabakh Armenians left for Armenia in the last week of September 2023.', '2024-02-01');
    expect(flow.map((f) => [f.metric, f.subject, f.period])).toEqual([['displaced', 'AZ>AM', '2023-09']]);
    const onward = figuresOf('Армяне Лачинского коридора уехали в Армению; около 9 тыс. карабахских армян позже перебрались из Армении в Россию.', '2026-05-20');
    expect(onward.map((f) => [f.metric, f.subject])).toEqual([['displaced', 'AM>RU']]);
  });

  it("goods a country 'shipped' to another, with no carrier named, are its exports; a port's shipments stay cargo", () => {
    const sold = figuresOf('Azerbaijan shipped 121,300 tonnes of fresh tomatoes to Russia in the first quarter.', '2026-04-20');
    expect(sold.map((f) => [f.metric, f.subject])).toEqual([['exports', 'AZ>RU']]);
    const gas = figuresOf('Gazprom shipped about 1.6 bcm of gas to Azerbaijan in the first ten months.', '2025-12-29');
    expect(gas.map((f) => [f.metric, f.subject])).toEqual([['exports', 'RU>AZ']]);
    const port = figuresOf('The port of Baku shipped 2 million tonnes of grain to Iran last year.', '2025-02-10');
    expect(port.map((f) => f.metric)).toEqual(['cargo_volume']);
  });

  it('an "including …" aside between commas names a part, not what the amount measures', () => {
    const text = 'Total Russian gas exports to Azerbaijan, including the volumes passed on to Iran, came to 3.9 bcm in 2025.';
    expect(figuresOf(text, '2026-03-11').map((f) => [f.metric, f.subject])).toEqual([['exports', 'RU>AZ']]);
  });

  it('what a railway sent towards a country, with no goods named, is freight, not exports; goods named stay exports', () => {
    const freight = figuresOf('По данным Северо-Кавказской железной дороги, в первом полугодии в сторону Азербайджана отправлено 1,9 млн тонн.', '2024-07-23');
    expect(freight.map((f) => f.metric)).toEqual(['cargo_volume']);
    const goods = figuresOf('Через порт Махачкала в Азербайджан в первом полугодии отправлено 246 тыс. т дизельного топлива.', '2025-07-20');
    expect(goods.map((f) => f.metric)).toEqual(['exports']);
  });

  it('a headline label before the opening period ("Возвращение и мины: в январе …") leaves it dating the whole line', () => {
    expect(brief('Возвращение и мины: в январе в Карабах переселились 1 240 человек, четверо пострадали от взрывов', '2026-02-10')).toEqual([['casualties', 4, 'exact', '2026-01']]);
  });

  it('a part of the count before ("свыше 60 из них погибли") takes its period and its people', () => {
    const text = 'С ноября 2020 года на минах в Карабахе подорвались более 300 человек, свыше 60 из них погибли.';
    expect(figuresOf(text, '2023-10-17').map((f) => [f.metric, f.value, f.period, f.subject])).toEqual([
      ['casualties', 300, '2020..2023', 'AZ'],
      ['casualties', 60, '2020..2023', 'AZ'],
    ]);
    const own = 'ANAMA says 397 people have been killed or wounded by landmines since November 2020, 71 of them this year.';
    expect(brief(own, '2025-09-01').map(([, v, , p]) => [v, p])).toEqual([[397, '2020..2025'], [71, '2025-01..2025-08']]);
  });

  it("the victims the Mine Action Agency (ANAMA) counts, or mines in Karabakh's districts, are Azerbaijan's", () => {
    expect(figuresOf('The demining agency ANAMA counted 29 mine victims in the first eleven months of the year.', '2025-12-29', 'Russia and Azerbaijan: the year in review').map((f) => f.subject)).toEqual(['AZ']);
    expect(figuresOf('Двое сапёров получили ранения при разминировании в Кельбаджарском районе.', '2026-04-15', 'Россия и Азербайджан').map((f) => f.subject)).toEqual(['AZ']);
  });

  it('an appeal\'s requirement and its donors are funding; "by the same date" is the date named before', () => {
    const text = 'Partners require $38.6 million for 2025. By 30 June, the largest donors were the European Union ($4.1 million) and Japan ($2.3 million). By the same date, donors had pledged another $6 million.';
    expect(brief(text, '2025-07-16').map(([m, v, , p]) => [m, v, p])).toEqual([
      ['funding', 38_600_000, '2025'],
      ['funding', 4_100_000, '2025-06'],
      ['funding', 2_300_000, '2025-06'],
      ['funding', 6_000_000, '2025-06'],
    ]);
  });

  it('"по сравнению с 2023 годом" is a base, not a start; "с начала июня" is June so far', () => {
    const text = 'По итогам 2024 года товарооборот России и Азербайджана составил 4,8 млрд долларов, увеличившись на 10,3% по сравнению с 2023 годом.';
    expect(brief(text, '2025-10-16')).toEqual([
      ['trade_turnover', 4_800_000_000, 'exact', '2024'],
      ['growth_rate', 10.3, 'exact', '2024'],
    ]);
    expect(brief('Всего с начала июня миротворцы сообщили о 14 нарушениях режима прекращения огня.', '2023-06-21')[0]?.[3]).toBe('2023-06');
  });

  it('an elided list item ("9,8 млрд – в Турцию") goes on with the metric of the item before it', () => {
    const text = 'Экспорт азербайджанского газа достиг 25,2 млрд кубометров, из них 12,9 млрд ушло в Европу по Южному газовому коридору, 9,8 млрд – в Турцию.';
    expect(figuresOf(text, '2026-02-10').map((f) => [f.metric, f.value])).toEqual([
      ['exports', 25.2],
      ['exports', 12.9],
      ['exports', 9.8],
    ]);
  });

  it("a customs service is no trade in services; what it counts, with no metric word, is trade; \"the ten-month figure\" is January to October", () => {
    const text = [
      "According to Russia's Federal Customs Service (FCS), trade between the two countries reached $4.52 billion in January–October.",
      '',
      "For the whole of last year the customs service counted $4.81 billion. Azerbaijan's State Customs Committee put the ten-month figure at only $3.96 billion.",
    ].join('\n');
    expect(brief(text, '2025-12-29', 'Russia and Azerbaijan: the year in review')).toEqual([
      ['trade_turnover', 4_520_000_000, 'exact', '2025-01..2025-10'],
      ['trade_turnover', 4_810_000_000, 'exact', '2024'],
      ['trade_turnover', 3_960_000_000, 'exact', '2025-01..2025-10'],
    ]);
  });

  it('"Russia\'s active force is estimated at about 1.13 million" is a troop strength, and raising it is a goal', () => {
    const text = "Russia's active force is estimated at about 1.13 million, and a decree signed by Vladimir Putin is meant to raise it to 1.5 million.";
    expect(figuresOf(text, '2025-02-18').map((f) => [f.metric, f.value, f.qualifier, f.modality, f.subject])).toEqual([
      ['troops', 1_130_000, 'about', undefined, 'RU'],
      ['troops', 1_500_000, 'exact', 'target', 'RU'],
    ]);
  });

  it('a scaled number in words after an amount of goods takes its unit ("двенадцать миллиардов кубометров …, под двадцать четыре миллиарда")', () => {
    const text = 'В прошлом году Азербайджан поставил в Европу почти двенадцать миллиардов кубометров газа, а весь экспорт составил под двадцать четыре миллиарда.';
    expect(figuresOf(text, '2024-03-14').map((f) => [f.value, f.unit, f.qualifier])).toEqual([
      [12, 'bcm', 'less_than'],
      [24, 'bcm', 'less_than'],
    ]);
  });

  it("in a story whose title is a region's trade, its trade in money is the region's part (other), dated as the flow; tonnages stay exports", () => {
    const text = [
      'Товарооборот Астраханской области с Азербайджаном в первом полугодии вырос в 1,6 раза',
      '',
      'Товарооборот с Азербайджаном в январе–июне увеличился в 1,6 раза, до 236,4 млн долларов. Через порты области в Азербайджан отгружено 214 тыс. тонн пшеницы.',
    ].join('\n');
    expect(figuresOf(text, '2024-09-05').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['other', 1.6, '2024-H1'],
      ['other', 1.6, '2024-H1'],
      ['other', 236_400_000, '2024-H1'],
      ['exports', 214_000, '2024-H1'],
    ]);
  });

  it('a region in the title that owns no flow word ("Dagestan court fines exporter") leaves the national trade as it is', () => {
    const text = 'Dagestan court fines exporter 48 million roubles over timber smuggled to Azerbaijan\n\nRussian customs put trade between the two countries at $4.38 billion last year.';
    expect(brief(text, '2024-09-12')).toEqual([['trade_turnover', 4_380_000_000, 'exact', '2023']]);
  });
});

