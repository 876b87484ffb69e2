/**
 * General causes behind holdout-24's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-24 causes', () => {
  it('goods brought in ("завезли 52 тыс. тонн мандаринов") are imports', () => {
    const text = 'За девять месяцев в Россию из Грузии завезли 52 тыс. тонн мандаринов.';
    expect(figuresOf(text, '2024-10-10').map((f) => [f.metric, f.value])).toEqual([['imports', 52000]]);
  });
  it('a run of months without its year is the latest one that had ended by publication ("January–October" in a January story)', () => {
    expect(figuresOf('Trade between Russia and Armenia reached $7.1 billion in January–October.', '2026-01-20').map((f) => f.period)).toEqual(['2025-01..2025-10']);
    expect(figuresOf('Trade between Russia and Armenia reached $7.1 billion in January–October.', '2025-11-20').map((f) => f.period)).toEqual(['2025-01..2025-10']);
  });
  it('a section row of a goods table ("Импорт из Армении | |") heads the rows below it', () => {
    const table = ['Экспорт в Армению и импорт из Армении по товарам, январь–июнь 2025 года', 'Товар | Тонн | Тыс. долларов', 'Экспорт в Армению | |', 'Пшеница | 120 400,5 | 30 100,2', 'Импорт из Армении | |', 'Абрикосы | 8 210,0 | 9 950,4'].join('\n');
    const read = figuresOf(table, '2025-07-20').filter((f) => f.unit === 't').map((f) => [f.metric, f.value]);
    expect(read).toEqual([['exports', 120400.5], ['imports', 8210]]);
  });
  it('"It peaked at about 2,300 …", ", it had shrunk to roughly 1,400" are new levels of the force counted in the sentence before', () => {
    const text = 'In 2022 the Russian contingent in Armenia numbered 1,900 servicemen. It peaked at about 2,300 in May 2023. By March 2024, when the cuts began, it had shrunk to roughly 1,400.';
    expect(figuresOf(text, '2025-02-11').map((f) => [f.metric, f.value, f.period])).toEqual([['troops', 1900, '2022'], ['troops', 2300, '2023-05'], ['troops', 1400, '2024-03']]);
  });
  it('a country-column table reads "тыс. человек" rows as head counts, a reserve as troops, and a change row as the change of the row above', () => {
    const table = ['Армии Грузии и Армении', 'Показатель | Грузия | Армения', 'Военнослужащие, тыс. человек | 20,6 | 42,9', 'Резерв, тыс. человек | 180 | 210', 'Оборонный бюджет на 2026 год, млрд долл. | 0,9 | 1,85', 'Изменение бюджета к 2025 году, % | +9,0 | +7,5'].join('\n');
    const read = figuresOf(table, '2026-02-18').map((f) => [f.metric, f.growthOf ?? null, f.value, f.period]);
    expect(read).toEqual([
      ['troops', null, 20600, '2026-02'], ['troops', null, 42900, '2026-02'], ['troops', null, 180000, '2026-02'], ['troops', null, 210000, '2026-02'],
      ['military_spending', null, 900000000, '2026'], ['military_spending', null, 1850000000, '2026'],
      ['growth_rate', 'military_spending', 9, '2026'], ['growth_rate', 'military_spending', 7.5, '2026'],
    ]);
  });
  it('"число пострадавших сократилось до 51 человека" counts victims; "пришлось на июнь" dates a share of the count', () => {
    expect(figuresOf('В 2023 году число пострадавших от мин сократилось до 51 человека, примерно на 15% меньше, чем годом ранее.', '2024-04-04').map((f) => [f.metric, f.growthOf ?? null])).toEqual([['casualties', null], ['growth_rate', 'casualties']]);
    expect(figuresOf('Больше всего погибших – 12 человек – пришлось на июнь.', '2025-01-15').map((f) => [f.metric, f.period])).toEqual([['casualties', '2024-06']]);
  });
  it('people "registered as IDPs" are displaced, now, also with "most of them displaced … in 1992–1994" after; "37 of them fatally" are killed', () => {
    const text = 'About 500,000 people remain registered as IDPs in Georgia, most of them displaced from Abkhazia in 1992–1994.';
    expect(figuresOf(text, '2025-05-20').map((f) => [f.metric, f.period])).toEqual([['displaced', '2025-05']]);
    expect(figuresOf('Since 2008, mines have killed or injured 212 people in Georgia, 37 of them fatally.', '2025-05-20').map((f) => [f.metric, f.value])).toEqual([['casualties', 212], ['casualties', 37]]);
  });
  it('travellers who "въехали" and "выехали" over a border are no refugees', () => {
    const text = 'За год в Россию из Грузии въехали 1 млн 210 тыс. человек, выехали из России в Грузию – 1 млн 150 тыс. человек.';
    expect(figuresOf(text, '2026-01-16').map((f) => f.metric)).toEqual(['other', 'other']);
  });
  it('"against 11 a year earlier" after a toll in "the first three months" is the toll a year before', () => {
    const text = 'Mines killed or injured 9 people in Armenia in the first three months of the year, against 11 a year earlier.';
    expect(figuresOf(text, '2025-04-20').map((f) => [f.metric, f.value, f.period])).toEqual([['casualties', 9, '2025-Q1'], ['casualties', 11, '2024-Q1']]);
  });
  it('goods and their worth after them ("410,000 tonnes worth $300 million in January–June") share the period after the worth', () => {
    const text = 'Deliveries to Armenia reached 410,000 tonnes worth $300 million in January–June.';
    expect(figuresOf(text, '2025-08-08').map((f) => f.period)).toEqual(['2025-H1', '2025-H1']);
  });
  it('a road that runs to a border ("трасса Ереван – Гюмри – граница с Грузией протяженностью 120 км") and a route are lengths, not borders', () => {
    expect(figuresOf('К границе ведет трасса Ереван – Гюмри – граница с Грузией протяженностью 120 км.', '2025-09-16').map((f) => f.metric)).toEqual(['distance']);
    expect(figuresOf('Граница Армении и Грузии открыта. Общая протяженность маршрута от Еревана до порта Поти – около 380 км.', '2025-09-16').map((f) => f.metric)).toEqual(['distance']);
  });
  it('"на начало 2020 г." is the January of that year', () => {
    expect(figuresOf('На начало 2020 г. накопленные инвестиции России в Армении оценивались в $2,6 млрд.', '2024-06-05').map((f) => f.period)).toEqual(['2020-01']);
  });
  it('"планирует сохранить … на уровне около 2 млн тонн" is a goal, "был достигнут в 2008 году – около 5 млн тонн" a past record; "plans to … and says … can handle" ends the plan', () => {
    expect(figuresOf('В 2025 году SOCAR планирует сохранить прокачку по трубопроводу Баку – Супса на уровне около 2 млн тонн.', '2025-02-12').map((f) => f.modality ?? null)).toEqual(['target']);
    expect(figuresOf('Максимальный объем прокачки нефти по трубопроводу Баку – Супса был достигнут в 2008 году – около 5 млн тонн.', '2025-02-12').map((f) => [f.period, f.modality ?? null])).toEqual([['2008', null]]);
    expect(figuresOf('Georgian Railway plans to carry 5 million tonnes of freight next year and says the port of Poti can already handle 10 million tonnes a year.', '2025-02-12').map((f) => f.modality ?? null)).toEqual(['target', 'rate']);
  });
  it('"оценивается в 2–3 тыс. человек" scales both ends; "will rise to up to 3 bcm" is a ceiling; people who "served in" a force are troops', () => {
    expect(figuresOf('Численность личного состава базы, которая расположена в Гюмри, оценивается в 2–3 тыс. человек.', '2026-02-18').map((f) => [f.value, f.high])).toEqual([[2000, 3000]]);
    expect(figuresOf('Russian gas supplies to Armenia will rise to up to 3 bcm a year under the new contract.', '2025-10-16').map((f) => f.qualifier)).toEqual(['up_to']);
    expect(figuresOf('Some 3,200 people served in the Russian border directorate in Georgia in 2007.', '2025-02-11').map((f) => f.metric)).toEqual(['troops']);
  });
  it('"raised exports to $1.4 billion in 2024 from $1.1 billion in 2023": an old value with its own year is no revision', () => {
    expect(figuresOf('Armenia raised exports to Russia to $1.4 billion in 2024 from $1.1 billion in 2023.', '2025-03-01').map((f) => f.period)).toEqual(['2024', '2023']);
  });
  it('in a transcript about trade, an answer "Name: …" that names no metric is the trade; "I would be happy with" a goal', () => {
    const text = ['Russia and Armenia: trade turnover keeps growing, minister says', '', 'Q: What about this year?', '', 'Avetisyan: In January to April we are at two billion dollars, growth of about five percent.', '', 'Q: And the whole year?', '', 'Avetisyan: For this year I would be happy with eight billion dollars.'].join('\n');
    expect(figuresOf(text, '2025-06-18').filter((f) => f.unit === 'USD').map((f) => [f.metric, f.period, f.modality ?? null])).toEqual([['trade_turnover', '2025-01..2025-04', null], ['trade_turnover', '2025', 'target']]);
  });
  it('"из них 30 млн манатов будет направлено в этом году" is the whole year\'s allotment', () => {
    expect(figuresOf('На ремонт дороги выделено 90 млн манатов, из них 30 млн манатов будет направлено в этом году.', '2026-03-10').at(-1)?.period).toBe('2026');
  });
  it('a reason clause after the figure (", because they count re-exports") names no metric of it', () => {
    const lead = 'Armenian customs put trade with Russia at $7.4 billion last year. The Russian side shows a bit more, just under eight billion dollars';
    const withReason = figuresOf(`${lead}, because they count re-exports differently.`, '2025-06-18').map((f) => f.metric);
    expect(withReason).toEqual(figuresOf(`${lead}.`, '2025-06-18').map((f) => f.metric));
    expect(withReason[1]).not.toBe('exports');
  });
  it('"Azerbaijan 2025" is no January: a month word must stand alone', () => {
    const periods = figuresOf('Trade of Azerbaijan 2025: Russia bought goods worth $1.7 billion.', '2025-12-29').map((f) => f.period);
    expect(periods).toEqual(figuresOf('Trade of Georgia 2025: Russia bought goods worth $1.7 billion.', '2025-12-29').map((f) => f.period));
    expect(periods).not.toContain('2025-01');
  });
  it('a weekly table\'s unnamed columns ("Reported by Georgia") count the caption\'s first head count; "during the reporting period" is the headline\'s period', () => {
    const table = ['Table 2. Reported ceasefire violations and casualties by week, May 2024', 'Week | Reported by Armenia | Reported by Azerbaijan | Total | Killed', '1–7 May | 3 | 2 | 5 | 0', '8–14 May | 4 | 1 | 5 | 1'].join('\n');
    const read = figuresOf(table, '2024-06-01').map((f) => [f.metric, f.value, f.period]);
    expect(read).toEqual([
      ['incidents', 3, '2024-05'], ['incidents', 2, '2024-05'], ['incidents', 5, '2024-05'], ['casualties', 0, '2024-05'],
      ['incidents', 4, '2024-05'], ['incidents', 1, '2024-05'], ['incidents', 5, '2024-05'], ['casualties', 1, '2024-05'],
    ]);
    const text = ['Border bulletin No. 5/2024 (1–28 May 2024)', '', 'Three servicemen were killed during the reporting period.'].join('\n');
    expect(figuresOf(text, '2024-06-03').map((f) => f.period)).toEqual(['2024-05']);
  });
  it('year columns with no unit of their own take the caption\'s beside a "%" column, and the change column is their change', () => {
    const table = ['Таблица 2. Военные расходы стран Южного Кавказа, млрд долларов', 'Страна | 2022 | 2023 | Изменение к 2022 г., % | Доля в ВВП в 2023 г., %', 'Армения | 1,4 | 1,7 | 21,4 | 5,1', 'Грузия | 0,4 | 0,5 | 25,0 | 1,8'].join('\n');
    const read = figuresOf(table, '2024-05-20').filter((f) => f.category !== 'other').map((f) => [f.metric, f.growthOf ?? null, f.value, f.period]);
    expect(read).toEqual([
      ['military_spending', null, 1400000000, '2022'], ['military_spending', null, 1700000000, '2023'], ['growth_rate', 'military_spending', 21.4, '2023'],
      ['military_spending', null, 400000000, '2022'], ['military_spending', null, 500000000, '2023'], ['growth_rate', 'military_spending', 25, '2023'],
    ]);
  });
  it('"к концу года" is the horizon of this year\'s goal, as "до конца года" is', () => {
    expect(figuresOf('Товарооборот с Арменией к концу года выйдет на восемь миллиардов долларов.', '2025-06-17').map((f) => [f.period, f.modality ?? null])).toEqual([['2025', 'target']]);
  });
});
