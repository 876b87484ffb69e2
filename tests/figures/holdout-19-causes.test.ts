/**
 * General causes behind holdout-19's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-19 causes', () => {
  it('"the first three months of the new season" is no calendar run: the stated months date the figure', () => {
    const text = 'В июле–сентябре, в первые три месяца нового сельскохозяйственного сезона, Россия поставила в Азербайджан 412 тыс. тонн пшеницы.';
    expect(figuresOf(text, '2024-10-15').map((f) => [f.metric, f.value, f.period])).toEqual([['exports', 412_000, '2024-Q3']]);
  });
});
