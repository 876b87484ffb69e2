import { describe, expect, it } from 'vitest';
import { buildDictionary } from '../../src/figures/number-word-forms.ts';
import { WordLookup } from '../../src/figures/word-lookup.ts';

const DICT = buildDictionary();
const LOOKUP = new WordLookup(DICT);

const capitalized = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
// Letters whose lower case is a basic letter only by Unicode rules (the Kelvin sign is "k") or that look like one.
const ODD = (w: string): string[] => [w.replace(/k/g, '\u212A'), w.replace(/s/g, 'ſ'), w.replace(/i/g, 'İ'), w.replace(/е/g, 'ё'), w.replace(/e/g, 'é')];

describe('number words looked up in place (word-lookup.ts)', () => {
  it('every dictionary form, in any case and with look-alike letters, gets what the lower-cased look-up gets', () => {
    const words = [...DICT.keys()].flatMap((w) => [w, w.toUpperCase(), capitalized(w), ...ODD(w), `${w}s`, w.slice(0, -1), `x${w}`]);
    for (const word of words) {
      const text = `«${word}» `;
      expect(LOOKUP.get(text, 1, 1 + word.length), word).toBe(DICT.get(word.toLowerCase()));
    }
  });

  it('ordinary words, long words and Ё are not number words; "of", ДЕСЯТИ and ТЫСЯЧА are', () => {
    const text = 'The Thousands of ДЕСЯТИ Ёлка counterintelligence ТЫСЯЧА';
    const words = [...text.matchAll(/\p{L}+/gu)];
    expect(words.map((m) => LOOKUP.get(text, m.index, m.index + m[0].length)?.value ?? null)).toEqual([null, null, 0, 10, null, null, 1000]);
  });
});
