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
});
