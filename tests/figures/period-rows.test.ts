/**
 * Tables whose rows are periods and whose header names metrics (src/figures/period-rows.ts).
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const cells = (text: string, published: string) =>
  figuresOf(text, published).filter((f) => f.quote.includes(' | ')).map((f) => [f.metric, f.growthOf ?? null, f.value, f.unit, f.period, f.subject]);

describe('tables with a period in each row', () => {
  it('reads a monthly table under a unit caption: each cell is its column metric, dated by its row month', () => {
    const text = [
      'Trade between Azerbaijan and Russia grew in the first quarter, the State Customs Committee said on Thursday.',
      '',
      'Monthly trade with Russia ($ million)',
      'Month | Trade turnover | Exports to Russia | Imports from Russia',
      'January | 301.5 | 88.2 | 213.3',
      'February | 322.0 | 97.4 | 224.6',
      'March | 356.8 | 101.9 | 254.9',
      'January–March | 980.3 | 287.5 | 692.8',
      '',
      'Officials expect the second quarter to be stronger.',
    ].join('\n');
    expect(cells(text, '2026-04-16')).toEqual([
      ['trade_turnover', null, 301_500_000, 'USD', '2026-01', 'RU-AZ'],
      ['exports', null, 88_200_000, 'USD', '2026-01', 'AZ>RU'],
      ['imports', null, 213_300_000, 'USD', '2026-01', 'RU>AZ'],
      ['trade_turnover', null, 322_000_000, 'USD', '2026-02', 'RU-AZ'],
      ['exports', null, 97_400_000, 'USD', '2026-02', 'AZ>RU'],
      ['imports', null, 224_600_000, 'USD', '2026-02', 'RU>AZ'],
      ['trade_turnover', null, 356_800_000, 'USD', '2026-03', 'RU-AZ'],
      ['exports', null, 101_900_000, 'USD', '2026-03', 'AZ>RU'],
      ['imports', null, 254_900_000, 'USD', '2026-03', 'RU>AZ'],
      ['trade_turnover', null, 980_300_000, 'USD', '2026-Q1', 'RU-AZ'],
      ['exports', null, 287_500_000, 'USD', '2026-Q1', 'AZ>RU'],
      ['imports', null, 692_800_000, 'USD', '2026-Q1', 'RU>AZ'],
    ]);
  });

  it('reads years down the first column, with a change column that is the growth of the column before it', () => {
    const text = [
      'Грузоперевозки по железной дороге между Россией и Азербайджаном за пять лет выросли почти вдвое.',
      '',
      'Перевозки грузов между Россией и Азербайджаном по железной дороге (тыс. тонн)',
      'Год | Объем перевозок | Рост, %',
      '2022 | 4 120 | +6,1',
      '2023 | 4 870 | +18,2',
      '2024 | 5 310 | +9,0',
    ].join('\n');
    expect(cells(text, '2025-02-20')).toEqual([
      ['cargo_volume', null, 4_120_000, 't', '2022', 'RU-AZ'],
      ['growth_rate', 'cargo_volume', 6.1, '%', '2022', 'RU-AZ'],
      ['cargo_volume', null, 4_870_000, 't', '2023', 'RU-AZ'],
      ['growth_rate', 'cargo_volume', 18.2, '%', '2023', 'RU-AZ'],
      ['cargo_volume', null, 5_310_000, 't', '2024', 'RU-AZ'],
      ['growth_rate', 'cargo_volume', 9, '%', '2024', 'RU-AZ'],
    ]);
  });

  it('a row of goods in a table of periods across is the goods part of the flow, kept as other', () => {
    const text = [
      'Основные товарные группы во взаимной торговле (млн долларов США)',
      'Товарная группа | 2024 | 2025 | Изменение, %',
      'Пшеница (импорт) | 268,9 | 251,3 | −6,5',
      'Импорт из России, всего | 2 410,0 | 2 570,3 | +6,7',
    ].join('\n');
    expect(cells(text, '2026-01-20').map(([m, , v, , p]) => [m, v, p])).toEqual([
      ['other', 268_900_000, '2024'],
      ['other', 251_300_000, '2025'],
      ['other', -6.5, '2025'],
      ['imports', 2_410_000_000, '2024'],
      ['imports', 2_570_300_000, '2025'],
      ['growth_rate', 6.7, '2025'],
    ]);
  });

  it('a table of head counts takes its metric from the corner cell and a "Since …" column is a running total', () => {
    const text = [
      'ANAMA said two deminers were among the victims in May.',
      '',
      'Mine and UXO casualties in Azerbaijan (persons) | May 2025 | January–May 2025 | Since 10 November 2020',
      'Killed | 2 | 5 | 74',
      'Injured | 4 | 11 | 320',
    ].join('\n');
    expect(cells(text, '2025-06-12').map(([m, , v, u, p]) => [m, v, u, p])).toEqual([
      ['casualties', 2, 'persons', '2025-05'],
      ['casualties', 5, 'persons', '2025-01..2025-05'],
      ['casualties', 74, 'persons', '2020..2025'],
      ['casualties', 4, 'persons', '2025-05'],
      ['casualties', 11, 'persons', '2025-01..2025-05'],
      ['casualties', 320, 'persons', '2020..2025'],
    ]);
  });

  it('a list of projects with an "investment" column: each amount there is investment, the other cells read as text', () => {
    const text = [
      'The commission approved five joint projects worth about $1.1 billion.',
      '',
      'No. | Project | Participants | Investment',
      '1 | Truck assembly plant in Ganja with a capacity of 5,000 vehicles a year | KAMAZ, Ganja Automobile Plant | $48 million',
      '2 | Grain terminal handling 1.2 million tonnes a year at the port of Baku | United Grain Company | about $96 million',
    ].join('\n');
    const figures = figuresOf(text, '2025-10-16', 'Russia and Azerbaijan sign projects');
    expect(figures.filter((f) => f.quote.includes(' | ') && f.metric === 'investment').map((f) => [f.value, f.unit, f.qualifier, f.period])).toEqual([
      [48_000_000, 'USD', 'exact', '2025-10'],
      [96_000_000, 'USD', 'about', '2025-10'],
    ]);
    expect(figures.find((f) => f.value === 1_200_000)?.metric).toBe('cargo_volume');
  });

  it('a table comparing countries across: each row names metric, period and unit, each column the partner', () => {
    const text = [
      'Россия и Турция в торговле Азербайджана',
      '',
      'Показатель | Россия | Турция',
      'Товарооборот с Азербайджаном в 2024 г., млрд долл. | 4,3 | 7,6',
      'Доля во внешней торговле Азербайджана в 2024 г., % | 9,2 | 16,2',
      'Газ в 2024 г., млрд куб. м | 1,3 (поставки в Азербайджан) | 9,6 (импорт из Азербайджана)',
    ].join('\n');
    expect(figuresOf(text, '2025-04-09').filter((f) => f.quote.includes(' | ')).map((f) => [f.metric, f.value, f.unit, f.period])).toEqual([
      ['trade_turnover', 4_300_000_000, 'USD', '2024'],
      ['trade_turnover', 7_600_000_000, 'USD', '2024'],
      ['other', 9.2, '%', '2024'],
      ['other', 16.2, '%', '2024'],
      ['exports', 1.3, 'bcm', '2024'],
      ['imports', 9.6, 'bcm', '2024'],
    ]);
  });

  it('"в т.ч." in a column header is no tonne, and a change column with no metric is the change of the first column', () => {
    const text = [
      'Перевозки через погранпереход Ялама – Самур между Россией и Азербайджаном в 2025 году, тыс. тонн',
      'Месяц | Всего | в т.ч. транзит Россия – Иран | Изменение к 2024 г., %',
      'Январь | 452 | 131 | +6,1',
      'Февраль | 438 | 127 | +3,8',
    ].join('\n');
    expect(cells(text, '2025-10-14').map(([m, g, v, u, p, subj]) => [m, g, v, u, p, subj])).toEqual([
      ['cargo_volume', null, 452_000, 't', '2025-01', 'RU-AZ'],
      ['cargo_volume', null, 131_000, 't', '2025-01', 'RU-IR'],
      ['growth_rate', 'cargo_volume', 6.1, '%', '2025-01', 'RU-AZ'],
      ['cargo_volume', null, 438_000, 't', '2025-02', 'RU-AZ'],
      ['cargo_volume', null, 127_000, 't', '2025-02', 'RU-IR'],
      ['growth_rate', 'cargo_volume', 3.8, '%', '2025-02', 'RU-AZ'],
    ]);
  });

  it('a table of head counts by period names units by its nouns, and a "Total, 2020–2024" row is that span', () => {
    const text = [
      'Table 1. Ceasefire violations and peacekeeper losses recorded by the Russian contingent in Karabakh',
      'Period | Violations | Peacekeepers killed | Peacekeepers wounded',
      '2021 | 286 | 1 | 6',
      '2022 | 512 | – | 3',
      'Total, 2020–2024 | 1,173 | 7 | 22',
    ].join('\n');
    expect(cells(text, '2024-10-15').map(([m, , v, u, p]) => [m, v, u, p])).toEqual([
      ['incidents', 286, 'count', '2021'],
      ['casualties', 1, 'persons', '2021'],
      ['casualties', 6, 'persons', '2021'],
      ['incidents', 512, 'count', '2022'],
      ['casualties', 3, 'persons', '2022'],
      ['incidents', 1173, 'count', '2020..2024'],
      ['casualties', 7, 'persons', '2020..2024'],
      ['casualties', 22, 'persons', '2020..2024'],
    ]);
  });

  it('period columns that name their own units ("2023, tonnes | 2024, $ million") are read per unit', () => {
    const text = [
      "Azerbaijan's exports of selected fruit and vegetables to Russia",
      'Product | 2023, tonnes | 2024, tonnes | 2023, $ million | 2024, $ million',
      'Tomatoes | 298,400 | 312,500 | 351.6 | 340.7',
    ].join('\n');
    expect(cells(text, '2025-02-18').map(([m, , v, u, p]) => [m, v, u, p])).toEqual([
      ['exports', 298_400, 't', '2023'],
      ['exports', 312_500, 't', '2024'],
      ['other', 351_600_000, 'USD', '2023'],
      ['other', 340_700_000, 'USD', '2024'],
    ]);
  });
});

