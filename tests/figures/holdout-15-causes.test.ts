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

  it('the mass of one vehicle is no cargo ("грузовиков массой свыше 3,5 т", "lorries weighing more than 40 tonnes")', () => {
    expect(brief('С 1 июня на пункте пропуска Яраг-Казмаляр вводится электронная очередь для грузовиков массой свыше 3,5 т.', '2026-05-12', 'Россия и Азербайджан')).toEqual([]);
    const text = 'Lorries weighing more than 40 tonnes will need a permit at Samur, the crossing through which Russia shipped 1.2 million tonnes of grain to Azerbaijan last year.';
    expect(brief(text, '2026-05-12').map(([, v]) => v)).toEqual([1_200_000]);
  });

  it("a bank's loan portfolio is a balance-sheet stock, no funding", () => {
    const text = 'Кредитный портфель юридических лиц банка на 1 октября составил 1,12 млрд манатов, из них 212 млн долларов — аккредитивы под импорт из России.';
    expect(figuresOf(text, '2025-10-20', 'Россия и Азербайджан')[0]?.metric).toBe('other');
  });

  it("a change in brackets after a tonnage of goods is the goods' change, kept as other", () => {
    const text = 'Из Азербайджана в Россию в прошлом году отправлено 148,7 тыс. тонн томатов (-11,3%) и 41,2 тыс. тонн хурмы.';
    expect(figuresOf(text, '2026-02-01').map((f) => [f.metric, f.value])).toEqual([
      ['exports', 148_700],
      ['other', -11.3],
      ['exports', 41_200],
    ]);
    expect(brief('Russian exports to Azerbaijan reached $3.5 billion (+4.1%) last year.', '2026-02-01').map(([m, v]) => [m, v])).toEqual([
      ['exports', 3_500_000_000],
      ['growth_rate', 4.1],
    ]);
  });

  it('a Russian rate may have two genitive words between the tonnage and "в год", an English one only one', () => {
    const ru = figuresOf('Сейчас через Бакинский порт переваливается около 1,2 млн т российского зерна в год.', '2026-03-01', 'Россия и Азербайджан');
    expect(ru.map((f) => [f.metric, f.value, f.modality, f.period])).toEqual([['cargo_volume', 1_200_000, 'rate', null]]);
    const en = figuresOf('RZD said rail shipments to Azerbaijan rose to 412,000 tonnes in March, the highest monthly volume since 2023.', '2026-04-13');
    expect(en.map((f) => [f.metric, f.value, f.modality, f.period])).toEqual([['cargo_volume', 412_000, undefined, '2026-03']]);
  });
});

