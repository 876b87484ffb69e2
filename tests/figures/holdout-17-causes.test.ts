/**
 * General causes behind holdout-17's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string, title?: string) =>
  figuresOf(text, published, title).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);

describe('holdout-17 causes', () => {
  it('goods of the lexicon make a flow partial: "exports of electronics to Russia" are other', () => {
    const text = "Azerbaijan's exports of electronics to Russia grew 2.6 times in 2023, to $41 million.";
    expect(brief(text, '2024-09-12')).toEqual([]);
  });

  it('a run of months on an output figure dates the flows after it in the paragraph', () => {
    const text = 'Gas output rose 2.4% to 17.1 billion cubic metres in January–April. Exports reached 8.4 bcm, of which 4.2 bcm went to Europe.';
    expect(brief(text, '2025-05-27').map(([m, v, , p]) => [m, v, p])).toEqual([
      ['exports', 8.4, '2025-01..2025-04'],
      ['exports', 4.2, '2025-01..2025-04'],
    ]);
  });

  it('"At the end of September" opening a sentence dates every stock in it', () => {
    const text = 'At the end of September the stock of Russian direct investment in Azerbaijan stood at $4.86 billion, and Azerbaijani direct investment in Russia at $1.27 billion.';
    expect(brief(text, '2025-11-20').map(([, v, , p]) => [v, p])).toEqual([
      [4_860_000_000, '2025-09'],
      [1_270_000_000, '2025-09'],
    ]);
  });

  it('a bare range with one scale word ("составит 4,6–4,8 млрд") takes the currency before it, and "составит" is a forecast', () => {
    const text = 'За восемь месяцев товарооборот России и Азербайджана вырос до 3,05 млрд долларов и по итогам года, по моим оценкам, составит 4,6–4,8 млрд.';
    const range = figuresOf(text, '2024-10-29').find((f) => f.qualifier === 'range');
    expect(range && [range.value, range.high, range.unit, range.period, range.modality]).toEqual([4_600_000_000, 4_800_000_000, 'USD', '2024', 'target']);
  });

  it('"up from $4.10 billion in 2022" after a 2025 amount spans the years, and "over the same three years" is that span', () => {
    const text = "Russia's customs service put bilateral trade at $4.95 billion in 2025, up from $4.10 billion in 2022, a rise of 21%. Over the same three years Russian exports to Azerbaijan rose 22%.";
    expect(brief(text, '2026-03-05').map(([m, v, , p]) => [m, v, p])).toEqual([
      ['trade_turnover', 4_950_000_000, '2025'],
      ['trade_turnover', 4_100_000_000, '2022'],
      ['growth_rate', 21, '2022..2025'],
      ['growth_rate', 22, '2022..2025'],
    ]);
  });

  it('"it" in a later clause is the flow its own sentence named earlier, not the figure of the sentence before', () => {
    const text = 'Russian exports to Azerbaijan rose 22%. Trade grew by about a fifth, and last year it stood just under $5 billion.';
    expect(brief(text, '2026-03-05', 'Russia and Azerbaijan').at(-1)).toEqual(['trade_turnover', 5_000_000_000, 'less_than', '2025']);
  });

  it("mine victims with no place named are the country's the title names, not the article's pair", () => {
    const text = 'Azerbaijan: Returns and Mine Action – Situation Update\n\nRussia sent deminers in April. Mines and unexploded ordnance killed three people and injured seven in June.';
    expect(figuresOf(text, '2025-07-16').map((f) => [f.metric, f.value, f.subject])).toEqual([
      ['casualties', 3, 'AZ'],
      ['casualties', 7, 'AZ'],
    ]);
  });

  it("a plant's capacity is its output (other), not freight; freight words keep a tonnage cargo", () => {
    expect(brief('Its greenhouse complex in Shamakhi has a design capacity of 30,000 tonnes of tomatoes a year.', '2023-11-10')).toEqual([]);
    expect(brief('«Эфко» построит в Алятах завод по переработке растительных масел мощностью 200 тыс. тонн в год.', '2026-03-04')).toEqual([]);
    expect(brief('Of this, 1.92 million tonnes was transit cargo between Russia and Iran, a plant of the corridor plan.', '2025-08-10').map(([m]) => m)).toEqual(['cargo_volume']);
  });

  it('arms bought are partial trade: "bought about $5 billion of Russian weapons" is other', () => {
    expect(brief('Between 2010 and 2018 Azerbaijan bought about $5 billion of Russian weapons.', '2025-02-18')).toEqual([]);
  });

  it("a goal's horizon earlier in its clause dates every goal of it; the plural future (вырастут) is a forecast", () => {
    const goal = figuresOf('Чтобы к 2030 году выйти на 10 млрд долларов, товарооборот России и Азербайджана нужно увеличить более чем вдвое.', '2024-10-29');
    expect(goal.map((f) => [f.metric, f.value, f.period, f.modality])).toEqual([
      ['trade_turnover', 10_000_000_000, '2030', 'target'],
      ['growth_rate', 2, '2030', 'target'],
    ]);
    const forecast = figuresOf('Вице-премьер: перевозки по западному маршруту МТК «Север – Юг» между Россией и Азербайджаном в этом году вырастут до 7 млн тонн.', '2024-11-19');
    expect(forecast.map((f) => [f.value, f.period, f.modality])).toEqual([[7_000_000, '2024', 'target']]);
  });

  it('a corrected count ("пять человек, а не четыре", "five, not four") counts the same people', () => {
    expect(brief('По уточненным данным Минздрава, ранения при обстреле получили пять человек, а не четыре, как сообщалось утром.', '2023-07-19').map(([m, v]) => [m, v])).toEqual([
      ['casualties', 5],
      ['casualties', 4],
    ]);
  });

  it('output words (добыча, production) are no exports; "не более чем" is up to; "выйдем" is a forecast', () => {
    expect(brief('Добыча газа в Азербайджане в прошлом году выросла до 51,2 млрд кубометров.', '2025-02-18')).toEqual([]);
    const cap = figuresOf('В ближайшие пять лет я бы ждал новых российских инвестиций в Азербайджан не более чем на 1 млрд долларов.', '2026-01-27');
    expect(cap.map((f) => [f.metric, f.qualifier, f.modality])).toEqual([['investment', 'up_to', 'target']]);
  });
});

