/**
 * General causes behind holdout-24's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('holdout-24 causes', () => {
  it('goods brought in ("завезли 52 тыс. тонн мандаринов") are imports', () => {
    const text = 'За девять месяцев в Россию из Грузии завезли 52 тыс. тонн мандаринов.';
    expect(figuresOf(text, '2024-10-10').map((f) => [f.metric, f.value])).toEqual([['imports', 52000]]);
  });
});
