/**
 * General causes behind holdout-21's misses (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-21 causes', () => {
  it('reservists, conscripts and contract soldiers are troops', () => {
    const reserves = 'The institute credits Georgia with 37,000 reservists and Armenia with 210,000.';
    expect(figuresOf(reserves, '2025-02-18').map((f) => [f.metric, f.value, f.unit])).toEqual([['troops', 37000, 'persons'], ['troops', 210000, 'persons']]);
    const goal = 'The ministry wants 45,000 contract and conscript soldiers under arms by 2028.';
    expect(figuresOf(goal, '2025-02-18').map((f) => [f.metric, f.value, f.period, f.modality])).toEqual([['troops', 45000, '2028', 'target']]);
    expect(figuresOf('В запасе числятся 150 тысяч резервистов.', '2025-02-18').map((f) => f.metric)).toEqual(['troops']);
  });

  it('a table by period reads its undated head-count columns too, dated as stocks with no period are', () => {
    const table = [
      'Armies and defence budgets of the region',
      'Country | Active troops | Reservists | Budget 2023, $ billion | Budget 2024, $ billion',
      'Azerbaijan | 66,000 | 290,000 | 3.1 | 4.6',
      'Georgia | c. 21,000 | – | 0.41 | 0.45',
    ].join('\n');
    const read = figuresOf(table, '2024-06-10').map((f) => [f.metric, f.value, f.unit, f.qualifier, f.period]);
    expect(read).toEqual([
      ['troops', 66000, 'persons', 'exact', '2024-06'],
      ['troops', 290000, 'persons', 'exact', '2024-06'],
      ['military_spending', 3.1e9, 'USD', 'exact', '2023'],
      ['military_spending', 4.6e9, 'USD', 'exact', '2024'],
      ['troops', 21000, 'persons', 'about', '2024-06'],
      ['military_spending', 0.41e9, 'USD', 'exact', '2023'],
      ['military_spending', 0.45e9, 'USD', 'exact', '2024'],
    ]);
  });

  it('a change after "X% of GDP and" is the change of the amount before the share, not of GDP', () => {
    const text = 'Kazakhstan has set aside 2.1 trillion tenge for defence in 2025, about 1.4% of GDP and 12% more than last year.';
    const read = figuresOf(text, '2025-02-18').map((f) => [f.metric, f.growthOf ?? null, f.value]);
    expect(read).toContainEqual(['growth_rate', 'military_spending', 12]);
  });
  it('a change column headed "times" or "раз" holds multipliers; a "Gap, %" or "Доля, %" column is no change', () => {
    const times = [
      'Exports of Georgia to Kazakhstan, $ million',
      'Goods | 2023 | 2024 | Change, times',
      'All goods | 410.0 | 902.0 | 2.2',
    ].join('\n');
    expect(figuresOf(times, '2025-03-01').map((f) => [f.metric, f.value, f.unit])).toContainEqual(['growth_rate', 2.2, 'times']);
    const russian = ['Экспорт Армении в Россию, млн долларов', 'Товарная группа | 2023 | 2024 | Рост, раз', 'Грузовики и тягачи | 20,5 | 61,5 | 3,0'].join('\n');
    expect(figuresOf(russian, '2025-03-01').map((f) => [f.metric, f.value, f.unit])).toContainEqual(['other', 3, 'times']);
    const gap = ['Trade between Russia and Kazakhstan, $ billion', 'Year | Kazakhstan | Russia | Gap, %', '2022 | 26.1 | 28.0 | 7.3', '2023 | 25.9 | 27.4 | 5.8'].join('\n');
    const gaps = figuresOf(gap, '2024-05-01').filter((f) => f.unit === '%').map((f) => [f.metric, f.value, f.period]);
    expect(gaps).toEqual([['other', 7.3, '2022'], ['other', 5.8, '2023']]);
  });
  it('goods with their adjective after the destination ("вывез в Россию легковых автомобилей на") are a part of the flow; flour is goods; consumption is no flow', () => {
    const cars = 'В марте 2024 года Грузия вывезла в Россию грузовых автомобилей на 31,5 млн долларов.';
    expect(figuresOf(cars, '2024-05-01').map((f) => f.metric)).toEqual(['other']);
    const flour = 'The governor signed a contract for the supply of Astrakhan flour to Azerbaijan worth 210 million roubles.';
    expect(figuresOf(flour, '2024-05-01').map((f) => f.metric)).toEqual(['other']);
    const gas = 'Imports from Russia met about 7% of Armenia\'s domestic consumption of some 2.6 bcm.';
    expect(figuresOf(gas, '2024-05-01').map((f) => f.metric)).toEqual(['other', 'other']);
  });
});
