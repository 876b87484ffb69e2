import { describe, expect, it } from 'vitest';
import { comparePage, pagePrecision, pageRecall, scoreCorpus, shingles, tokenize } from '../../scripts/lib/shingle-metric.ts';

describe('the benchmark shingle metric', () => {
  it('tokenises on Unicode word characters, as Python\'s \\w does', () => {
    expect(tokenize('Товарооборот — $4,3 млрд; trade_turnover 2023!')).toEqual(['Товарооборот', '4', '3', 'млрд', 'trade_turnover', '2023']);
  });

  it('counts 4-gram shingles as a multiset, one short shingle for a short text, none for an empty one', () => {
    expect([...shingles('a b c d a b c d').values()]).toEqual([2, 1, 1, 1]);
    expect([...shingles('just two').keys()]).toHaveLength(1);
    expect(shingles('').size).toBe(0);
  });

  it('scores an exact copy as precision and recall 1', () => {
    const c = comparePage('one two three four five', 'one two three four five');
    expect([pagePrecision(c), pageRecall(c)]).toEqual([1, 1]);
  });

  it('normalises a page so that tp + fp + fn = 1, and extra text lowers precision only', () => {
    const c = comparePage('w1 w2 w3 w4 w5 w6', 'w1 w2 w3 w4 w5 w6 x1 x2 x3 x4');
    expect(c.tp + c.fp + c.fn).toBeCloseTo(1);
    expect(pageRecall(c)).toBe(1);
    expect(pagePrecision(c)).toBeCloseTo(3 / 7);
  });

  it('gives precision and recall 0 for a prediction with nothing in common', () => {
    const c = comparePage('a b c d e', 'v w x y z');
    expect([pagePrecision(c), pageRecall(c)]).toEqual([0, 0]);
  });

  it('takes corpus precision and recall as means over pages and F1 from the means', () => {
    const score = scoreCorpus([
      { truth: 'a b c d e', predicted: 'a b c d e' },
      { truth: 'a b c d e', predicted: 'v w x y z' },
    ]);
    expect(score).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, accuracy: 0.5, pages: 2 });
  });

  it('leaves an empty prediction out of the precision mean but counts it as recall 0', () => {
    const score = scoreCorpus([
      { truth: 'a b c d e', predicted: 'a b c d e' },
      { truth: 'a b c d e', predicted: '' },
    ]);
    expect(score.precision).toBe(1);
    expect(score.recall).toBe(0.5);
  });
});
