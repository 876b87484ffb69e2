/**
 * General causes behind holdout-27's misses and holdout-28's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-27 causes', () => {
  it('a partners table of a story about a pair, with one of the two among its rows, belongs to the other country', () => {
    const text = [
      'Foreign trade of Georgia in 2024',
      'Trade between Georgia and Türkiye grew last year, the statistics office said.',
      '',
      'Table 2. Main trading partners, 2024 (US$ million)',
      'Country | Turnover | Exports | Imports',
      'Türkiye | 2,410.5 | 310.2 | 2,100.3',
      'China | 1,820.0 | 260.4 | 1,559.6',
    ].join('\n');
    const subjects = figuresOf(text, '2025-02-20').map((f) => [f.value, f.subject]);
    expect(subjects).toEqual([[2410.5e6, 'GE-TR'], [310.2e6, 'GE>TR'], [2100.3e6, 'TR>GE'], [1820e6, 'GE-CN'], [260.4e6, 'GE>CN'], [1559.6e6, 'CN>GE']]);
  });
});
