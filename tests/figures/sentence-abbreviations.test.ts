import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/figures/sentences.ts';

// Abbreviations the segmenter breaks after are glued back (sentences.ts); a word merely ending in one is not.
const CASES: Array<[string, string, 'en' | 'ru', string[]]> = [
  ['titles before names', 'Mr. Aliyev met Mr. Putin in Moscow. They spoke for an hour.', 'en', ['Mr. Aliyev met Mr. Putin in Moscow.', 'They spoke for an hour.']],
  ['dotted country names', 'Trade with the U.S. grew. Exports to the E.U. fell.', 'en', ['Trade with the U.S. grew.', 'Exports to the E.U. fell.']],
  ['the longest abbreviation', 'It cost approx. 5 million. That was less.', 'en', ['It cost approx. 5 million.', 'That was less.']],
  ['after a bracket', 'Prices rose (Gen. Staff data). Then they fell.', 'en', ['Prices rose (Gen. Staff data).', 'Then they fell.']],
  ['at a sentence start', 'No. 5 was sold. St. Petersburg bought it.', 'en', ['No. 5 was sold.', 'St. Petersburg bought it.']],
  ['no-break spaces after it', 'Mr.\u00A0\u00A0 Smith left.   Then he came back.', 'en', ['Mr.\u00A0\u00A0 Smith left.', 'Then he came back.']],
  ['not across a line end', 'The firm, Acme Inc.  \n  Then the next line.', 'en', ['The firm, Acme Inc.', 'Then the next line.']],
  ['Russian scale and "т.е."', 'Товарооборот составил 4 млн. долларов. Это больше, чем т.е. год назад.', 'ru', ['Товарооборот составил 4 млн. долларов.', 'Это больше, чем т.е. год назад.']],
  ['Russian titles and streets', 'Г-жа Иванова сказала: ул. Ленина закрыта. Дальше.', 'ru', ['Г-жа Иванова сказала: ул. Ленина закрыта.', 'Дальше.']],
  ['a word ending in one is none', 'Jan. 5 was cold. Xapprox. 7 is no abbreviation. Done.', 'en', ['Jan. 5 was cold.', 'Xapprox. 7 is no abbreviation.', 'Done.']],
];

describe('sentences and abbreviations', () => {
  for (const [name, text, lang, expected] of CASES) {
    it(`${name}: «${text}» splits into ${expected.length}`, () => {
      expect(splitSentences(text, lang).map((s) => s.text)).toEqual(expected);
    });
  }
});
