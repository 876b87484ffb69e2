/**
 * Words as runs of letters, found by a loop over the text instead of one regex call per word:
 * the number-word reader looks at every word of an article, and `/\p{L}+/gu` with its match
 * arrays and strings cost more than the dictionary look-ups. Letters are classified by the same
 * `\p{L}` the regex used, once per code unit (a surrogate pair is one code point, as with /u).
 */
import { isJoinerUnit, isLetterUnit } from './char-classes.ts';

const LETTER = /\p{L}/u;

/** How many code units the letter at i takes (0 when text[i] starts no letter). */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  // ASCII first, by far the most frequent: its only letters are A-Z and a-z.
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
  }
  return isLetterUnit(code) ? 1 : 0;
}

/** Calls visit(start, end) for every maximal run of letters, in order: what /\p{L}+/gu matches. */
export function forEachLetterRun(text: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < text.length) {
    let length = letterAt(text, i);
    if (length === 0) {
      i++;
      continue;
    }
    const start = i;
    i += length;
    while (i < text.length && (length = letterAt(text, i)) > 0) i += length;
    visit(start, i);
  }
}

/** Whether text[from, to) is only spaces and hyphens (/^[\s\u00A0-]*$/u): what may join number words. */
export function onlyJoiners(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && !isJoinerUnit(code)) return false;
  }
  return true;
}
