/**
 * General causes behind holdout-14's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);

describe('holdout-14 causes', () => {
  it('a sentence with no metric word goes on with the total of its paragraph, not with the component named last', () => {
    const text = 'Rosstat put trade between Russia and Kazakhstan at $27.8 billion in 2024, with exports of $19.1 billion and imports of $8.7 billion. The agency later lowered the number to $27.2 billion.';
    expect(brief(text, '2025-04-10').map(([m, v]) => [m, v])).toEqual([
      ['trade_turnover', 27_800_000_000],
      ['exports', 19_100_000_000],
      ['imports', 8_700_000_000],
      ['trade_turnover', 27_200_000_000],
    ]);
  });

  it('the carry stops at the paragraph and at any metric word of the sentence', () => {
    const text = 'Trade between Russia and Azerbaijan reached $4.8 billion in 2024.\n\nThe new terminal cost $120 million. The group later sold it for $150 million.';
    expect(figuresOf(text, '2025-04-10').map((f) => [f.metric, f.value])).toEqual([
      ['trade_turnover', 4_800_000_000],
      ['other', 120_000_000],
      ['other', 150_000_000],
    ]);
  });

  it('tonnes with no word of their own in a cargo paragraph are cargo', () => {
    const text = 'Cargo shipped through the port of Aktau to Baku rose to 2.1 million tonnes in 2024. Kazakh grain made up 0.7 million tonnes of it.';
    expect(brief(text, '2025-02-01').map(([m, v]) => [m, v])).toEqual([
      ['cargo_volume', 2_100_000],
      ['cargo_volume', 700_000],
    ]);
  });
});
