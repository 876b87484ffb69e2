/**
 * General causes left open after holdout-15 (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string, title?: string) =>
  figuresOf(text, published, title).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);

describe('holdout-15 causes', () => {
  it('a trailing "since" dates every toll of the coordinated clause, not only the nearest', () => {
    const text = 'The Mine Action Agency said landmines have killed 62 people and wounded 297 since November 2020.';
    expect(brief(text, '2026-03-04')).toEqual([
      ['casualties', 62, 'exact', '2020..2026'],
      ['casualties', 297, 'exact', '2020..2026'],
    ]);
  });

  it('a "since" past a comma dates only its own clause', () => {
    const text = 'Two deminers were wounded on Monday, and 297 people have been hurt since November 2020.';
    expect(brief(text, '2026-03-04').map(([, v, , p]) => [v, p])).toEqual([
      [2, '2026-03'],
      [297, '2020..2026'],
    ]);
  });

  it('"прошлогодних" right before an amount dates that amount by the year before', () => {
    const text = 'В 2026 году Россия направит на национальную оборону 12,9 трлн рублей, что на 4,1% меньше прошлогодних 13,45 трлн.';
    expect(brief(text, '2026-02-10')).toEqual([
      ['military_spending', 12_900_000_000_000, 'exact', '2026'],
      ['growth_rate', -4.1, 'exact', '2026'],
      ['military_spending', 13_450_000_000_000, 'exact', '2025'],
    ]);
  });

  it('"перевалит за" is more than, and a target in the future tense', () => {
    const text = 'Товарооборот России и Азербайджана в этом году перевалит за пять миллиардов долларов, считает торгпред.';
    expect(brief(text, '2025-10-20')).toEqual([['trade_turnover', 5_000_000_000, 'more_than', '2025']]);
    expect(figuresOf(text, '2025-10-20')[0]?.modality).toBe('target');
  });

  it('"направлении" (a route) is no allocation: passenger growth on it is no funding', () => {
    const text = 'Пассажиропоток на направлении Москва – Баку за пять месяцев вырос на 12% и превысил 610 тыс. человек, сообщила Росавиация.';
    expect(brief(text, '2026-06-05')).toEqual([]);
  });

  it('"disbursed" is funding', () => {
    const text = 'Russia has so far disbursed €300 million of the €1.3 billion loan it promised Iran for the Rasht–Astara railway.';
    expect(brief(text, '2026-04-15').map(([m, v]) => [m, v])).toEqual([
      ['funding', 300_000_000],
      ['funding', 1_300_000_000],
    ]);
  });
});
