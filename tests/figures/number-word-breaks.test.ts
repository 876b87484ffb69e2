import { describe, expect, it } from 'vitest';
import { findWordNumbers } from '../../src/figures/number-words.ts';

// What joins number words into one number and what breaks it (number-words.ts tokenize, letter-runs.ts).
const CASES: Array<[string, string, Array<{ value: number; start: number; end: number }>]> = [
  ['a hyphen joins', 'twenty-five', [{ value: 25, start: 0, end: 11 }]],
  ['"and" joins inside a number', 'two hundred and five', [{ value: 205, start: 0, end: 20 }]],
  ['a comma breaks', 'two, three', [{ value: 2, start: 0, end: 3 }, { value: 3, start: 5, end: 10 }]],
  ['a dash breaks', 'two — three thousand', [{ value: 2, start: 0, end: 3 }, { value: 3000, start: 6, end: 20 }]],
  ['another word breaks', 'five big million', [{ value: 5, start: 0, end: 4 }]],
  ['units in a row stay apart', 'one two three', [{ value: 1, start: 0, end: 3 }, { value: 2, start: 4, end: 7 }, { value: 3, start: 8, end: 13 }]],
  ['a no-break space joins, in any case', 'Twenty\u00A0Five', [{ value: 25, start: 0, end: 11 }]],
  ['a tab joins', 'two\tmillion', [{ value: 2000000, start: 0, end: 11 }]],
  ['an astral letter is a word of its own and breaks', 'two \u{1D400} million', [{ value: 2, start: 0, end: 3 }]],
  ['capitals and a hyphen', 'TWO-THOUSAND', [{ value: 2000, start: 0, end: 12 }]],
  ['a Russian comma breaks', 'три миллиона, пятьсот', [{ value: 3000000, start: 0, end: 12 }, { value: 500, start: 14, end: 21 }]],
  ['fractions of a scale', 'a quarter of a million people', [{ value: 250000, start: 0, end: 22 }]],
  ['sign and decimals', 'minus five point five', [{ value: -5.5, start: 0, end: 21 }]],
];

describe('number words joined and broken', () => {
  for (const [name, text, expected] of CASES) {
    it(`${name}: «${text}» reads as ${expected.map((e) => e.value).join(' and ')}`, () => {
      expect(findWordNumbers(text).map(({ value, start, end }) => ({ value, start, end }))).toEqual(expected);
    });
  }
});
