/**
 * General causes behind holdout-23's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-23 causes', () => {
  it('a volume column of a product table counts what the caption\'s flow counts ("Экспорт … в Армению" over "Объем, тыс. т")', () => {
    const table = ['Экспорт плодоовощной продукции из России в Армению в 2024 году', 'Продукция | Объем, тыс. т | Стоимость, млн долл.', 'Пшеница | 210,5 | 48,3', 'Итого | 240,0 | 60,1'].join('\n');
    const read = figuresOf(table, '2025-03-12').filter((f) => f.unit === 't').map((f) => [f.metric, f.value, f.period]);
    expect(read).toEqual([['exports', 210500, '2024'], ['exports', 240000, '2024']]);
  });

  it('a head-count column of a partners table ("Active troops, thousand") counts people at its scale', () => {
    const table = ['Defence in the Caspian region, 2024', 'Country | Budget, $ billion | Active troops, thousand', 'Kazakhstan | 1.9 | 39.0', 'Iran | 7.9 | 610.0'].join('\n');
    const troops = figuresOf(table, '2025-03-12').filter((f) => f.metric === 'troops').map((f) => [f.value, f.subject, f.period]);
    expect(troops).toEqual([[39000, 'KZ', '2024'], [610000, 'IR', '2024']]);
  });

  it('an "Of whom deminers" column of a toll table by year counts casualties among them', () => {
    const table = ['Mine victims in Armenia by year', 'Year | Killed | Injured | Of whom deminers', '2022 | 5 | 12 | 2', '2023 | 4 | 9 | 1'].join('\n');
    const read = figuresOf(table, '2024-04-04').filter((f) => f.quote.startsWith('2022')).map((f) => [f.metric, f.value]);
    expect(read).toEqual([['casualties', 5], ['casualties', 12], ['casualties', 2]]);
  });
  it('"Rbs 13.5 trillion" is roubles; armed forces that "number about 1.13 million" are troops; "ordered that they be increased to" is a goal', () => {
    const text = 'Russia\'s budget allocates Rbs 12.1 trillion to national defence in 2026. Its armed forces number about 1.2 million; the Kremlin ordered that they be increased to 1.5 million.';
    const read = figuresOf(text, '2025-10-12').map((f) => [f.metric, f.value, f.unit, f.modality ?? null]);
    expect(read).toEqual([['military_spending', 12.1e12, 'RUB', null], ['troops', 1.2e6, 'persons', null], ['troops', 1.5e6, 'persons', 'target']]);
  });
  it('"four point eight billion dollars" and "четырех целых девяти десятых миллиарда" are 4.8 and 4.9 billion; "Весь прошлый год" is last year', () => {
    expect(figuresOf('Trade between Russia and Kazakhstan came to nearly four point eight billion dollars last year.', '2025-10-09').map((f) => [f.value, f.qualifier])).toEqual([[4.8e9, 'less_than']]);
    expect(figuresOf('Товарооборот России и Армении составил около семи целых двух десятых миллиарда долларов.', '2025-04-08').map((f) => f.value)).toEqual([7.2e9]);
    expect(figuresOf('Товарооборот России и Азербайджана растет. Весь прошлый год мы закрыли на 4,8 млрд долларов.', '2025-10-20').map((f) => f.period)).toEqual(['2024']);
  });
  it('changes of products and of gas volumes by destination in tables are parts\' changes; so is the change of a count of people that is no figure', () => {
    const months = ['Deliveries of Russian goods to Armenia, tonnes', 'Month | Wheat | Sugar', 'January | 50,000 | 4,000', 'January–June 2024 | 300,000 | 24,000', 'January–June 2023 | 280,000 | 26,000', 'Change, % | +7.1 | -7.7'].join('\n');
    expect(figuresOf(months, '2024-07-25').filter((f) => f.unit === '%').map((f) => f.metric)).toEqual(['other', 'other']);
    const gas = ['Экспорт газа из Туркменистана по направлениям, млрд куб. м', 'Направление | 2023 | 2024 | Изменение, %', 'Китай | 30,1 | 31,4 | +4,3', 'Всего | 36,0 | 37,2 | +3,3'].join('\n');
    expect(figuresOf(gas, '2025-03-04').filter((f) => f.unit === '%').map((f) => f.metric)).toEqual(['other', 'other']);
    const people = 'In 2024, 1,900 Armenian citizens were deported from Russia, 40% more than a year earlier.';
    expect(figuresOf(people, '2025-03-04').filter((f) => f.unit === '%').map((f) => f.metric)).toEqual(['other']);
  });
  it('in a story about a budget "на 2027 год", a defence line with no period of its own is of that year', () => {
    const text = 'Правительство Армении внесло в парламент проект государственного бюджета на 2027 год.\n\nНа оборону предусмотрено 720 млрд драмов.';
    expect(figuresOf(text, '2026-10-02').map((f) => [f.metric, f.period])).toEqual([['military_spending', '2027']]);
  });
  it('"for 2023, the latest full year" is 2023, not this year\'s full year', () => {
    expect(figuresOf('Russia–Kazakhstan trade for 2023, the latest full year, was $27.4 billion.', '2024-11-14').map((f) => f.period)).toEqual(['2023']);
  });
  it('"the 2023/24 marketing season, which ran from July to June" is that run of months', () => {
    const text = 'Over the 2023/24 marketing season, which ran from July to June, Russian wheat deliveries to Armenia totalled about 410,000 tonnes.';
    expect(figuresOf(text, '2024-07-25').map((f) => f.period)).toEqual(['2023-07..2024-06']);
  });
  it('"…, after a record $4.8bn in 2024" does not date the next sentence', () => {
    const text = 'Bilateral turnover between Russia and Armenia rose 4 per cent to $5.1bn in January to September, after a record $7.3bn in 2024. Russian exports to Armenia made up $3.9bn of the total.';
    expect(figuresOf(text, '2025-11-17').at(-1)).toMatchObject({ metric: 'exports', period: '2025-01..2025-09' });
  });
  it('a "2026 (прогноз)" column holds goals; "покажет $5 млрд" is a forecast; deported migrants are no displaced people', () => {
    const table = ['Газовый баланс Туркменистана, млрд куб. м', 'Показатель | 2025 | 2026 (прогноз)', 'Экспорт | 40,2 | 42,0', 'Добыча | 80,1 | 82,3'].join('\n');
    expect(figuresOf(table, '2026-03-04').filter((f) => f.metric === 'exports').map((f) => [f.period, f.modality ?? null])).toEqual([['2025', null], ['2026', 'target']]);
    expect(figuresOf('По моей оценке, в 2026 году ФТС покажет товарооборот России и Армении в $8 млрд.', '2026-03-04').map((f) => f.modality)).toEqual(['target']);
    expect(figuresOf('In 2025, 1,900 Armenian citizens were deported from Russia.', '2026-03-04').map((f) => f.metric)).toEqual(['other']);
  });
  it('", bringing the total since November 2020 to 412" is the running sum of the count before', () => {
    const text = 'Mines: 6 people killed or injured in July–September, bringing the total since November 2020 to 418.';
    expect(figuresOf(text, '2025-10-15').map((f) => [f.metric, f.value, f.period])).toEqual([['casualties', 6, '2025-Q3'], ['casualties', 418, '2020..2025']]);
  });
  it('a harvest is output, and a kind of cargo ("Dry cargo accounted for 3.9 million tonnes") is a part of the throughput', () => {
    expect(figuresOf('Read also: Armenia\'s grain harvest fell 5% to 0.4 million tonnes in 2024', '2025-02-13').filter((f) => f.category !== 'other')).toEqual([]);
    expect(figuresOf('The Port of Baku handled 5.2 million tonnes in 2025. Dry cargo accounted for 3.1 million tonnes.', '2026-01-20').map((f) => f.metric)).toEqual(['cargo_volume', 'other']);
  });
  it('the price of one deal ("Сумма контракта – 45 млн долларов", "a deal worth $1.2 billion") is no flow; "экспорт области в Азербайджан" is the region\'s part', () => {
    expect(figuresOf('Россия и Азербайджан подписали соглашение о поставках зерна. Сумма контракта – 30 млн долларов.', '2025-09-01').map((f) => f.metric)).toEqual(['other']);
    expect(figuresOf('Baku ordered fighter jets from Pakistan in a deal worth $1.2 billion.', '2025-09-01').map((f) => f.metric)).toEqual(['other']);
    expect(figuresOf('В 2024 году экспорт области в Азербайджан достиг 210 млн долларов.', '2025-09-01').map((f) => f.metric)).toEqual(['other']);
  });
  it('a region\'s flow and the flow after it in the same sentence are both the region\'s parts', () => {
    expect(figuresOf('Exports from Tatarstan to Azerbaijan amounted to $120.5 million, imports to $40.1 million.', '2025-06-05').map((f) => f.metric)).toEqual(['other', 'other']);
  });
  it('a forecast heading its sentence ("Наш прогноз осторожнее: …") and "о цели в 8 млрд" make goals; "на эти цели в 2025 году" are purposes', () => {
    const text = 'Наш прогноз осторожнее: в 2027 году товарооборот России и Армении составит 7,9–8,2 млрд долларов.';
    expect(figuresOf(text, '2026-05-12').map((f) => [f.metric, f.modality ?? null])).toEqual([['trade_turnover', 'target']]);
    expect(figuresOf('О цели в 8 млрд долларов товарооборота с Арменией в Ереване больше не вспоминают.', '2026-05-12').map((f) => f.modality)).toEqual(['target']);
    expect(figuresOf('На эти цели в 2025 году из бюджета республики выделено 55 млн манатов.', '2026-05-12').map((f) => f.modality ?? null)).toEqual([null]);
  });
  it('a relative clause that holds the figure keeps its period (", который за девять месяцев составил …")', () => {
    const text = 'Эти поступления не входят в статистику товарооборота России и Армении, который за девять месяцев составил 5,4 млрд долларов.';
    expect(figuresOf(text, '2025-11-03').map((f) => [f.metric, f.period])).toEqual([['trade_turnover', '2025-01..2025-09']]);
  });
  it('"почти столько же, сколько пять лет назад", "about as much as five years ago" date the base of a comparison, not the figure', () => {
    expect(figuresOf('Накопленные инвестиции России в Армении оцениваются в 3,1 млрд долларов – почти столько же, сколько четыре года назад.', '2025-10-08').map((f) => f.period)).toEqual(['2025-10']);
    expect(figuresOf('Accumulated Russian investment in Armenia is put at $3.1 billion, about as much as four years ago.', '2025-10-08').map((f) => f.period)).toEqual(['2025-10']);
  });
  it('"four police officers and two soldiers were killed" shares the verb; soldiers "being treated" are wounded; "broke the truce 35 times" counts incidents', () => {
    expect(figuresOf('In May, four police officers and two border guards were killed in an ambush near Shusha.', '2023-06-20').map((f) => f.metric)).toEqual(['casualties', 'casualties']);
    expect(figuresOf('One soldier died at the scene, and nine soldiers were being treated in Ganja.', '2023-06-20').map((f) => f.metric)).toEqual(['casualties', 'casualties']);
    expect(figuresOf('Yerevan says Azerbaijani troops broke the truce 35 times in May.', '2023-06-20').map((f) => [f.metric, f.value, f.unit])).toEqual([['incidents', 35, 'count']]);
  });
  it('"three in four victims" is a ratio, "one of the highest" a rank, "the toll … has reached 212 people" a toll, "9 mine and UXO casualties" a count', () => {
    expect(figuresOf('Three in four victims were farmers or shepherds.', '2025-04-04')).toEqual([]);
    expect(figuresOf('The number of mine incidents fell again in 2024, but the rate remains one of the highest in Europe.', '2025-04-04').filter((f) => f.category !== 'other')).toEqual([]);
    expect(figuresOf('Since the war ended, the toll in Armenia has reached 212 people.', '2025-04-04').map((f) => f.metric)).toEqual(['casualties']);
    expect(figuresOf('Georgia recorded 9 mine and UXO casualties in 2024.', '2025-04-04').map((f) => [f.metric, f.value])).toEqual([['casualties', 9]]);
  });
});
