import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const read = (text: string, published = '2024-05-15') =>
  figuresOf(text, published).map((f) => [f.metric, f.growthOf ?? null, f.value, f.unit, f.modality ?? null]);

describe('metrics from verbs of spending, pumping, lending and buying', () => {
  it.each([
    ['lending is funding', 'Russia will lend Armenia $300 million to modernise its power grid, the finance ministry said.', 'funding', 3e8, 'USD'],
    ['a pledge is funding', 'The EU has pledged 7 million euros in humanitarian aid to Armenia.', 'funding', 7e6, 'EUR'],
    ['a credit "выделит" is funding', 'Россия выделит Ирану кредит в 1,1 млрд евро на строительство дороги.', 'funding', 1.1e9, 'EUR'],
    ['pumping is cargo', 'Transneft pumped 2.3 million tonnes of Kazakh oil through the pipeline in the first quarter.', 'cargo_volume', 2.3e6, 't'],
    ['прокачала is cargo', 'SOCAR в январе прокачала по трубопроводу Баку – Новороссийск 112 тыс. тонн нефти.', 'cargo_volume', 112000, 't'],
    ['a defence budget "составят" is spending, not a plan', 'Расходы России на оборону в 2025 году составят 13,5 трлн рублей.', 'military_spending', 13.5e12, 'RUB'],
    ['"plans to spend … on defence" is spending, not a plan', 'Armenia plans to spend 640 billion drams on defence in 2025, the draft budget shows.', 'military_spending', 640e9, 'AMD'],
  ])('%s', (_name, text, metric, value, unit) => {
    expect(read(text)).toEqual([[metric, null, value, unit, null]]);
  });

  it('a capacity is a rate of cargo ("capacity of 2 million tonnes", "daily capacity")', () => {
    expect(read('The capacity of the new grain terminal in Astara is 2 million tonnes, the railway said.')).toEqual([['cargo_volume', null, 2e6, 't', 'rate']]);
    expect(read('The pipeline has a daily capacity of 400,000 barrels.')).toEqual([['cargo_volume', null, 400000, 'bbl', 'rate']]);
  });

  it('buying a yearly amount is imports at a rate', () => {
    expect(read('Azerbaijan buys around 1.2 million tonnes of Russian wheat a year.')).toEqual([['imports', null, 1.2e6, 't', 'rate']]);
  });

  it('a month named May is no modal verb', () => {
    const figures = figuresOf('Trade between Russia and Azerbaijan grew 8% in January–May to $2 billion, customs data show.', '2024-07-01');
    expect(figures.map((f) => [f.metric, f.period, f.modality ?? null])).toEqual([
      ['growth_rate', '2024-01..2024-05', null],
      ['trade_turnover', '2024-01..2024-05', null],
    ]);
  });

  it('a target cue governs the chain "to X by 2028, and eventually to Y"', () => {
    const figures = figuresOf('The port handles 6 million tonnes of cargo a year and is expected to expand to 10 million tonnes by 2028, and eventually to 25 million tonnes.', '2024-05-15');
    expect(figures.map((f) => [f.value, f.period, f.modality ?? null])).toEqual([
      [6e6, null, 'rate'],
      [1e7, '2028', 'target'],
      [2.5e7, null, 'target'],
    ]);
  });
});

describe('percent changes and their sign', () => {
  it('"That is up 4.2 per cent" points back to the previous sentence', () => {
    const text = "Armenia's defence budget for 2025 is 640 billion drams. That is up 4.2 per cent on this year.";
    expect(read(text)).toEqual([
      ['military_spending', null, 640e9, 'AMD', null],
      ['growth_rate', 'military_spending', 4.2, '%', null],
    ]);
  });

  it('a revised rate "rather than the 7 percent initially reported" is a growth rate too', () => {
    const text = 'Trade between Russia and Azerbaijan grew 9 percent in 2023, rather than the 7 percent initially reported.';
    expect(read(text)).toEqual([
      ['growth_rate', 'trade_turnover', 9, '%', null],
      ['growth_rate', 'trade_turnover', 7, '%', null],
    ]);
  });

  it('a verb of cutting far before "by 12%" makes the change negative', () => {
    expect(read('Transneft cuts oil pumping through the Baku-Novorossiysk pipeline by 12% this year.')).toEqual([['growth_rate', 'cargo_volume', -12, '%', null]]);
    expect(read('SOCAR сократила прокачку нефти по трубопроводу Баку – Новороссийск в прошлом году на 14%.')).toEqual([['growth_rate', 'cargo_volume', -14, '%', null]]);
  });

  it('an elided verb takes the direction of the change before it ("импорт – на 13,1%")', () => {
    const text = 'Экспорт Азербайджана в Россию в январе–мае снизился на 6,4%, импорт из России – на 13,1%.';
    expect(read(text, '2024-06-20').map((r) => r[2])).toEqual([-6.4, -13.1]);
  });

  it('"plans to nearly double defence spending" is a multiplier of spending', () => {
    const figures = figuresOf('Russia plans to nearly double defence spending to 10 trillion roubles next year.', '2023-10-01');
    expect(figures.map((f) => [f.metric, f.growthOf ?? null, f.value, f.unit, f.qualifier, f.period])).toEqual([
      ['growth_rate', 'military_spending', 2, 'times', 'less_than', '2024'],
      ['military_spending', null, 1e13, 'RUB', 'exact', '2024'],
    ]);
  });

  it('a change in tonnes after a verb of change: "is expected to drop 20% in 2025"', () => {
    const figures = figuresOf('Oil pumping through the pipeline is expected to drop 20% in 2025, the operator said.', '2024-11-10');
    expect(figures.map((f) => [f.metric, f.growthOf, f.value, f.period])).toEqual([['growth_rate', 'cargo_volume', -20, '2025']]);
  });
});
