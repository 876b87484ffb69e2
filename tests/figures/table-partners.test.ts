/**
 * Partner tables with metric columns (src/figures/table-partners.ts): "Country | Turnover, $ million | Share, % |
 * Change, %" under a caption that names the owner and the period.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('partner tables with metric columns', () => {
  it('reads each partner row: the amount in its unit, the share as other, the change as the growth of the amount', () => {
    const table = [
      "Kazakhstan's main trading partners in 2024",
      'Country | Turnover, $ million | Share, % | Change, %',
      'China | 43,800 | 30.2 | +6.1',
      'Russia | 28,100 | 19.4 | -2.3',
      'Italy | 15,900 | 11.0 | +0.8',
      'Total | 145,000 | 100.0 | +3.2',
    ].join('\n');
    const read = figuresOf(table, '2025-02-10').map((f) => [f.metric, f.value, f.unit, f.period, f.subject]);
    expect(read.slice(0, 6)).toEqual([
      ['trade_turnover', 43_800_000_000, 'USD', '2024', 'KZ-CN'],
      ['other', 30.2, '%', '2024', 'KZ-CN'],
      ['growth_rate', 6.1, '%', '2024', 'KZ-CN'],
      ['trade_turnover', 28_100_000_000, 'USD', '2024', 'RU-KZ'],
      ['other', 19.4, '%', '2024', 'RU-KZ'],
      ['growth_rate', -2.3, '%', '2024', 'RU-KZ'],
    ]);
    expect(read.at(-3)).toEqual(['trade_turnover', 145_000_000_000, 'USD', '2024', 'KZ']);
  });

  it('a change column that names its base year is no period column; volumes of goods by buyer are exports, their changes other', () => {
    const table = [
      'Таблица 3. Экспорт туркменского газа по странам, 2024',
      'Страна | млрд куб. м | Доля, % | Изменение к 2023 г., %',
      'Китай | 33,5 | 84,0 | 2,1',
      'Россия | 4,1 | 10,3 | -8,0',
      'Итого | 39,9 | 100,0 | 1,2',
    ].join('\n');
    const read = figuresOf(table, '2025-03-01').map((f) => [f.metric, f.value, f.period, f.subject]);
    expect(read.filter(([metric]) => metric === 'exports')).toEqual([
      ['exports', 33.5, '2024', 'TM>CN'],
      ['exports', 4.1, '2024', 'TM>RU'],
      ['exports', 39.9, '2024', 'TM'],
    ]);
    expect(read.filter(([metric]) => metric === 'growth_rate')).toEqual([]);
  });
});
