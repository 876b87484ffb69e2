import { describe, expect, it } from 'vitest';
import { MULTIPLIER_HINT, MULTIPLIER_WORDS } from '../../src/figures/quantities.ts';

// A phrase for every alternative of every multiplier pattern, as written and in capitals.
const PHRASES = [
  'trade doubled', 'doubling exports', 'a two-fold rise', 'a twofold rise', 'a twofold', 'выросла вдвое', 'удвоить', 'удвоение', 'удвоенный',
  'tripled', 'tripling', 'three-fold', 'threefold', 'втрое', 'утроить', 'утроение', 'plans to double spending', 'will nearly double',
  'more than double', 'twice the 2016 level', 'twice as large', 'aims to triple', 'could triple', 'quadrupled', 'four-fold', 'fourfold',
  'вчетверо', 'учетверить', 'halved', 'halving', 'grew fivefold', 'a five-fold rise', 'впятеро', 'sixfold', 'вшестеро', 'a tenfold increase', 'вдесятеро',
  'sevenfold', 'eightfold', 'ninefold', 'elevenfold', 'twelvefold', 'thirteenfold', 'fourteenfold', 'grew fifteenfold', 'sixteenfold', 'seventeenfold',
  'eighteenfold', 'nineteenfold', 'a twenty-fold rise', 'thirtyfold', 'fortyfold', 'fiftyfold', 'a hundredfold',
];

describe('the multiplier words hint (quantities.ts)', () => {
  it('every match of every multiplier pattern, in every phrase and in capitals, holds the hint', () => {
    let matches = 0;
    for (const [re] of MULTIPLIER_WORDS) {
      for (const phrase of [...PHRASES, ...PHRASES.map((p) => p.toUpperCase())]) {
        re.lastIndex = 0;
        for (const m of phrase.matchAll(re)) {
          matches++;
          expect(MULTIPLIER_HINT.test(m[0]), `«${m[0]}»`).toBe(true);
        }
      }
    }
    expect(matches).toBeGreaterThanOrEqual(PHRASES.length * 2);
  });

  it('every multiplier pattern matches one of the phrases, so that each is checked', () => {
    for (const [re] of MULTIPLIER_WORDS) expect(PHRASES.some((p) => new RegExp(re.source, 'iu').test(p)), re.source.slice(0, 40)).toBe(true);
  });
});
