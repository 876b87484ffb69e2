/**
 * Classes of single UTF-16 code units as the readers' regexes see them, from one table filled
 * lazily (the regex itself decides a code unit the first time it is asked): the loops that walk an
 * article character by character ask millions of times, and one byte per code unit holds all four
 * classes (a table per class and reader had cost 64 KiB each). A lone surrogate is in none of them.
 */

/** The characters a word edge stands on in a phrase regex (patterns.ts) and in the word index (phrase-index.ts). */
export const SEPARATORS = '\\s\\u00A0\\u2009\\u202F!-/:-@\\[-`{-~«»“”„‘’…–—';

const LETTER = /\p{L}/u;
const SPACE = /\s/u;
const SEPARATOR = new RegExp(`[${SEPARATORS}]`, 'u');
// What may join number words.
const JOINER = /[\s\u00A0-]/u;

// Per code unit: the low four bits say which classes it is in, the high four which are known yet.
const table = new Uint8Array(0x10000);

function isIn(code: number, bit: number, re: RegExp): boolean {
  const known = table[code]!;
  if ((known & (bit << 4)) !== 0) return (known & bit) !== 0;
  const member = re.test(String.fromCharCode(code));
  table[code] = known | (bit << 4) | (member ? bit : 0);
  return member;
}

export const isLetterUnit = (code: number): boolean => isIn(code, 1, LETTER);
export const isSpaceUnit = (code: number): boolean => isIn(code, 2, SPACE);
export const isSeparatorUnit = (code: number): boolean => isIn(code, 4, SEPARATOR);
export const isJoinerUnit = (code: number): boolean => isIn(code, 8, JOINER);
