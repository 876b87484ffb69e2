import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('tables (rows as lines, cells joined by " | ")', () => {
  it('a customs table gives one figure per cell, dated by its column, with the row as quote', () => {
    const text = [
      "Azerbaijan's trade with Russia, according to the State Customs Committee:",
      'Indicator | 2022 | 2023',
      'Trade turnover, $ million | 3,710 | 4,360',
      'Exports to Russia, $ million | 910 | 1,100',
    ].join('\n');
    const figures = figuresOf(text, '2024-03-01');
    expect(figures.map((f) => [f.metric, f.value, f.unit, f.period, f.subject])).toEqual([
      ['trade_turnover', 3.71e9, 'USD', '2022', 'RU-AZ'],
      ['trade_turnover', 4.36e9, 'USD', '2023', 'RU-AZ'],
      ['exports', 9.1e8, 'USD', '2022', 'AZ>RU'],
      ['exports', 1.1e9, 'USD', '2023', 'AZ>RU'],
    ]);
    expect(figures[0]).toMatchObject({ quote: 'Trade turnover, $ million | 3,710 | 4,360', surface: '3,710', periodBasis: 'stated' });
    for (const f of figures) expect(text.slice(f.surfaceStart, f.surfaceEnd)).toBe(f.surface);
  });

  it('a Russian table takes its unit from the caption and reads a change column as growth of the last year', () => {
    const text = [
      'Данные ГТК Азербайджана (млн долларов США):',
      'Показатель | 2022 | 2023 | Рост, %',
      'Товарооборот с Россией | 3 710 | 4 360 | 17,5',
    ].join('\n');
    const figures = figuresOf(text, '2024-02-12');
    expect(figures.map((f) => [f.metric, f.value, f.unit, f.period])).toEqual([
      ['trade_turnover', 3.71e9, 'USD', '2022'],
      ['trade_turnover', 4.36e9, 'USD', '2023'],
      ['growth_rate', 17.5, '%', '2023'],
    ]);
    expect(figures[2]!.growthOf).toBe('trade_turnover');
  });

  it('a table with no periods in its header or no unit gives nothing rather than guesses', () => {
    const text = ['Team | Played | Won', 'Neftchi | 30 | 18', 'Qarabag | 30 | 22'].join('\n');
    expect(figuresOf(text, '2024-05-15', 'Russia and Azerbaijan')).toEqual([]);
  });
});

describe('lines with cells but no period header', () => {
  it('an infobox row is read as text', () => {
    const text = ['Russia–Azerbaijan at a glance', 'Border | 338 km', 'Trade turnover | $4.4 billion in 2023'].join('\n');
    const figures = figuresOf(text, '2024-08-19');
    expect(figures.map((f) => [f.metric, f.value, f.period])).toEqual([
      ['border_length', 338, null],
      ['trade_turnover', 4.4e9, '2023'],
    ]);
  });

  it("rows of countries under 'Defence budgets … (billions)' are each country's own budget, in the row's currency and the caption's scale", () => {
    const text = [
      'Budgets keep rising across the region.',
      '',
      'Defence budgets, national currency (billions)',
      'Country | 2025 | 2026 | Change, %',
      'Azerbaijan, manats | 8.62 | 8.90 | +3.2',
      'Russia, roubles | 13,500 | 12,900 | −4.4',
    ].join('\n');
    expect(figuresOf(text, '2026-02-01').map((f) => [f.metric, f.value, f.unit, f.period, f.subject])).toEqual([
      ['military_spending', 8_620_000_000, 'AZN', '2025', 'AZ'],
      ['military_spending', 8_900_000_000, 'AZN', '2026', 'AZ'],
      ['growth_rate', 3.2, '%', '2026', 'AZ'],
      ['military_spending', 13_500_000_000_000, 'RUB', '2025', 'RU'],
      ['military_spending', 12_900_000_000_000, 'RUB', '2026', 'RU'],
      ['growth_rate', -4.4, '%', '2026', 'RU'],
    ]);
  });

  it('a ports table: each row is its port country throughput, from the ports list of places.yaml', () => {
    const text = [
      'Caspian ports handled more cargo in 2025.',
      '',
      'Caspian ports, thousand tonnes',
      'Port | 2024 | 2025 | Change, %',
      'Aktau | 3,680 | 4,050 | +10.1',
      'Turkmenbashi | 5,100 | 5,270 | +3.3',
    ].join('\n');
    expect(figuresOf(text, '2026-02-11', 'Russia and Azerbaijan: freight review').map((f) => [f.metric, f.value, f.subject])).toEqual([
      ['cargo_volume', 3_680_000, 'KZ'],
      ['cargo_volume', 4_050_000, 'KZ'],
      ['growth_rate', 10.1, 'KZ'],
      ['cargo_volume', 5_100_000, 'TM'],
      ['cargo_volume', 5_270_000, 'TM'],
      ['growth_rate', 3.3, 'TM'],
    ]);
  });

  it('an "of which" row goes on with the metric of the row before, and goods on a named route are freight', () => {
    const text = [
      "Table 1. Azerbaijan's energy flows, 2022–2023",
      'Flow | 2022 | 2023',
      'Gas exports, bcm | 22.6 | 23.8',
      'of which to Europe, bcm | 11.3 | 11.9',
      'Baku–Novorossiysk crude, million t | 1.12 | 0.94',
    ].join('\n');
    expect(figuresOf(text, '2024-05-14').map((f) => [f.metric, f.value, f.period])).toEqual([
      ['exports', 22.6, '2022'],
      ['exports', 23.8, '2023'],
      ['exports', 11.3, '2022'],
      ['exports', 11.9, '2023'],
      ['cargo_volume', 1_120_000, '2022'],
      ['cargo_volume', 940_000, '2023'],
    ]);
  });
});

