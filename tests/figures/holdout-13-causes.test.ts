/**
 * General causes behind holdout-13's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);

describe('holdout-13 causes', () => {
  it('"rose 5.3% in January-July to $2.94 billion, … in December 2024": the run between the change and "to" is the level\'s', () => {
    const text = 'Trade between Russia and Azerbaijan rose 5.3% in January-July to $2.94 billion, despite a chill that followed the downing of a jet in December 2024.';
    expect(brief(text, '2026-09-21')).toEqual([['growth_rate', 5.3, 'exact', '2026-01..2026-07'], ['trade_turnover', 2_940_000_000, 'exact', '2026-01..2026-07']]);
  });

  it('"4.6% more than last year\'s 8.59 billion manats": the possessive dates the base amount', () => {
    const text = "Azerbaijan's 2026 state budget allots 8.98 billion manats to defence and national security, 4.6% more than last year's 8.59 billion manats.";
    expect(brief(text, '2026-03-16')).toEqual([
      ['military_spending', 8_980_000_000, 'exact', '2026'],
      ['growth_rate', 4.6, 'exact', '2026'],
      ['military_spending', 8_590_000_000, 'exact', '2025'],
    ]);
  });

  it('list items: "– Товарооборот: в 2025 году – 4,96 млрд долл. (+3,3% к 2024 году)"; "– Граница: протяженность – 390 км, в том числе около 55 км по Каспию"', () => {
    expect(brief('– Товарооборот России и Азербайджана: в 2025 году – 4,96 млрд долл. (+3,3% к 2024 году).', '2026-11-04')).toEqual([
      ['trade_turnover', 4_960_000_000, 'exact', '2025'],
      ['growth_rate', 3.3, 'exact', '2025'],
    ]);
    expect(figuresOf('– Граница России и Азербайджана: протяженность – 390 км, в том числе около 55 км по Каспию.', '2026-11-04').map((f) => [f.metric, f.value])).toEqual([['border_length', 390], ['border_length', 55]]);
  });

  it('"– Инвестиции: на 1 июля 2026 года … около 7,5 млрд долл., азербайджанские в России – 1,8 млрд долл.": both as of July', () => {
    const text = '– Инвестиции: на 1 июля 2026 года накопленные российские вложения в экономику Азербайджана составляли около 7,5 млрд долл., азербайджанские в России – 1,8 млрд долл.';
    expect(brief(text, '2026-11-04').map(([m, v, , p]) => [m, v, p])).toEqual([['investment', 7_500_000_000, '2026-07'], ['investment', 1_800_000_000, '2026-07']]);
  });

  it('"на 2026 год законтрактовано до 2,5 млрд" is a target; "revised its figure for August up to 981,000 tonnes" is "to"; a flight code counts nobody', () => {
    expect(figuresOf('– Поставки российского газа в Азербайджан: в 2025 году – 2,1 млрд куб. м, на 2026 год законтрактовано до 2,5 млрд.', '2026-11-04').at(-1)).toMatchObject({ value: 2.5, qualifier: 'up_to', modality: 'target' });
    expect(figuresOf('RZD also revised its figure for August up to 981,000 tonnes of freight to Azerbaijan from 975,000 tonnes.', '2025-10-08')[0]?.qualifier).toBe('exact');
    expect(figuresOf('The crash of AZAL flight J2-8243 near Aktau killed 38 of the 67 people on board.', '2025-02-12').map((f) => f.value)).not.toContain(8243);
  });

  it('"the two railways moved 8.1 million tonnes, up 6%": tonnes that are moved are cargo; "The previous monthly record, 968,000 tonnes" points back at the record before it', () => {
    const moved = 'Rail freight between Russia and Azerbaijan hit a record in September. In January-September the two railways moved 8.1 million tonnes, up 6% year on year.';
    expect(brief(moved, '2025-10-08')).toEqual([['cargo_volume', 8_100_000, 'exact', '2025-01..2025-09'], ['growth_rate', 6, 'exact', '2025-01..2025-09']]);
    const record = 'Rail freight between Russia and Azerbaijan reached a record 1.02 million tonnes in September. The previous monthly record, 968,000 tonnes, was set in March 2023.';
    expect(brief(record, '2025-10-08')).toEqual([['cargo_volume', 1_020_000, 'exact', '2025-09'], ['cargo_volume', 968_000, 'exact', '2023-03']]);
  });

  it('a swap line, a credit facility and what a project "обошлось бюджету" are funding; a swap line is between the two central banks', () => {
    const swap = "Azerbaijan's central bank renews 15-billion-rouble swap line with Moscow as manat and rouble payments gain ground";
    expect(figuresOf(swap, '2025-06-17').map((f) => [f.metric, f.value, f.subject])).toEqual([['funding', 15_000_000_000, 'RU-AZ']]);
    const ru = 'Стороны парафировали соглашение о валютном свопе между Банком России и Центральным банком Азербайджана объемом до 60 млрд руб.';
    expect(figuresOf(ru, '2025-11-20').map((f) => [f.metric, f.value, f.qualifier, f.subject])).toEqual([['funding', 60_000_000_000, 'up_to', 'RU-AZ']]);
    expect(figuresOf('Kapital Bank signed a $150 million five-year credit facility with the Asian Development Bank on June 4.', '2025-06-17')[0]?.metric).toBe('funding');
    expect(figuresOf('Ее строительство обошлось бюджету Армении в 9,4 млрд драмов (около 24 млн долларов).', '2025-09-10').map((f) => [f.metric, f.value, f.subject])).toEqual([['funding', 9_400_000_000, 'AM']]);
  });
});
