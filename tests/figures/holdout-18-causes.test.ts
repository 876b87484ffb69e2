/**
 * General causes behind holdout-18's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string, title?: string) =>
  figuresOf(text, published, title).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);

describe('holdout-18 causes', () => {
  it("a chronology entry's date (a line opening with a date and a dash) dates the figures of its line", () => {
    const text = [
      'Chronology',
      '',
      '10 November 2020 — The trilateral statement ends the war. Russia is to deploy 1,960 peacekeepers to Karabakh.',
      '19–20 September 2023 — Azerbaijan retakes the region. Baku says 192 of its servicemen were killed and 511 wounded.',
    ].join('\n');
    expect(brief(text, '2024-10-15').map(([m, v, , p]) => [m, v, p])).toEqual([
      ['troops', 1960, '2020-11'],
      ['casualties', 192, '2023-09'],
      ['casualties', 511, '2023-09'],
    ]);
  });

  it('an elided item after a dash takes the aim and the period of the item before, unless it names its own', () => {
    const aim = figuresOf('В 2026 году ASCO рассчитывает перевезти 4,5 млн тонн грузов, а порт Баку – выйти на 8 млн тонн.', '2026-01-28');
    expect(aim.map((f) => [f.value, f.period, f.modality])).toEqual([
      [4_500_000, '2026', 'target'],
      [8_000_000, '2026', 'target'],
    ]);
    const own = 'Для сравнения: в 2022 году расходы Азербайджана на оборону составили 5,3 млрд манатов, а в 2020 году, когда шли бои, – 4,97 млрд.';
    expect(brief(own, '2023-10-04').map(([, v, , p]) => [v, p])).toEqual([[5_300_000_000, '2022'], [4_970_000_000, '2020']]);
  });

  it('"должна вырасти до 25 млн тонн" is a goal', () => {
    const text = 'Мощность Бакинского порта – 15 млн тонн в год; после второй очереди расширения она должна вырасти до 25 млн тонн.';
    expect(figuresOf(text, '2026-01-28').map((f) => [f.value, f.modality])).toEqual([[15_000_000, 'rate'], [25_000_000, 'target']]);
  });

  it("a port of the ports list named alone as the subject of a handling verb is that country's throughput", () => {
    const text = 'Махачкала в прошлом году перевалила 2,9 млн тонн, на 14,7% меньше, чем годом ранее.';
    expect(figuresOf(text, '2026-01-28', 'Каспий: порты и паромы России и Азербайджана').map((f) => [f.metric, f.subject])).toEqual([
      ['cargo_volume', 'RU'],
      ['growth_rate', 'RU'],
    ]);
  });

  it('"increased by 17.6% to reach $4.4 billion" is the level the change reached, no aim', () => {
    const text = 'Last year trade turnover between Russia and Azerbaijan increased by 17.6 percent to reach 4.4 billion US dollars.';
    expect(figuresOf(text, '2024-02-08').map((f) => [f.metric, f.value, f.period, f.modality])).toEqual([
      ['growth_rate', 17.6, '2023', undefined],
      ['trade_turnover', 4_400_000_000, '2023', undefined],
    ]);
  });


  it('"expects … of about 12.5 bcm this year and … of 24–25 bcm" are both forecasts for the year; a base after "against" is not', () => {
    const text = 'SOCAR expects gas exports to Europe of about 12.5 bcm this year and total gas exports of 24–25 bcm.';
    expect(figuresOf(text, '2024-05-14').map((f) => [f.value, f.period, f.modality])).toEqual([
      [12.5, '2024', 'target'],
      [24, '2024', 'target'],
    ]);
    const base = figuresOf('ASCO expects the Baku–Olya line to handle 850,000 tonnes this year, against 690,000 tonnes in 2024.', '2025-06-17');
    expect(base.map((f) => [f.value, f.period, f.modality])).toEqual([
      [850_000, '2025', 'target'],
      [690_000, '2024', undefined],
    ]);
  });

  it('a headline "to top 12 bcm this year" is a forecast; "a long-term goal of $10 billion" has no period', () => {
    expect(figuresOf("Read also: SOCAR's gas exports to Europe to top 12 bcm this year", '2024-05-14').map((f) => [f.qualifier, f.period, f.modality])).toEqual([['more_than', '2024', 'target']]);
    const goal = figuresOf('Overchuk said the long-term goal of $10 billion in trade between Russia and Azerbaijan remained on the table.', '2026-09-10');
    expect(goal.map((f) => [f.value, f.period, f.modality])).toEqual([[10_000_000_000, null, 'target']]);
  });

  it('in January, an estimate "по итогам года" is a forecast of the year just ended; "довел до" is to, not up to', () => {
    const estimate = figuresOf('– По итогам года, думаю, товарооборот России и Азербайджана выйдет примерно на 4,9 млрд долларов.', '2026-01-27');
    expect(estimate.map((f) => [f.value, f.qualifier, f.period, f.modality])).toEqual([[4_900_000_000, 'about', '2025', 'target']]);
    const raised = figuresOf('Азербайджан довел пропускную способность своего участка до 17 млн тонн в год.', '2026-01-27');
    expect(raised.map((f) => [f.value, f.qualifier, f.modality])).toEqual([[17_000_000, 'exact', 'rate']]);
  });

  it('an elided item may carry its own qualifier after the dash ("Армении – около 42 900") and still take the period before', () => {
    const text = 'По данным IISS на февраль 2025 года, вооруженные силы Азербайджана насчитывают 64 050 военнослужащих, Армении – около 42 900.';
    expect(brief(text, '2025-04-29').map(([m, v, q, p]) => [m, v, q, p])).toEqual([
      ['troops', 64_050, 'exact', '2025-02'],
      ['troops', 42_900, 'about', '2025-02'],
    ]);
  });
});

