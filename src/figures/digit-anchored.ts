/**
 * Matching patterns that every match of which holds a digit (the masks: dates, times, ordinals, ids)
 * only near the digits. A global regex tries every offset of the article, and the mask patterns
 * were a tenth of the figure engine's time though a text has a few dozen numbers. Each pattern says
 * how far before the first digit of a match its start can be (its reach); the regex is then tried,
 * anchored (sticky), only at those offsets, in order, each at or after the end of the last match:
 * what a global scan finds, since it can match nowhere else.
 */
import type { Span } from './masks.ts';
import { isLetterUnit, isSpaceUnit } from './char-classes.ts';
import { allMatches } from './regex-matches.ts';

/**
 * Where a match starts, relative to the first digit of its first digit run (a digit right after a
 * non-digit: every mask's first digit follows a space, a letter, a sign or nothing):
 * `digit`: at most that many code units before it (0: on it);
 * `word`: a word of at most that many code units ending where the spaces (\s*) before the digit start;
 * `stem`: like `word`, or anywhere in the run of letters before those spaces ("страницами 5");
 * null: anywhere (the pattern is scanned whole).
 */
export type Reach = { digit: number } | { word: number } | { stem: number } | null;

export interface DigitPattern {
  regex: RegExp;
  sticky: RegExp;
  reach: Reach;
}

export function digitPattern(regex: RegExp, reach: Reach): DigitPattern {
  return { regex, sticky: new RegExp(regex.source, regex.flags.replace('g', '') + 'y'), reach };
}

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
// A surrogate may be half of an astral letter: counted as one, which only widens the window.
const isLetterish = (code: number): boolean => (code >= 0xd800 && code <= 0xdfff) || isLetterUnit(code);

/** Offsets of the first digit of every run of ASCII digits. */
export function digitRunStarts(text: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) if (isDigit(text.charCodeAt(i)) && (i === 0 || !isDigit(text.charCodeAt(i - 1)))) out.push(i);
  return out;
}

/** The first and last offset a match may start at for the digit run at `digit`. */
function windowOf(text: string, digit: number, reach: NonNullable<Reach>): [number, number] {
  if ('digit' in reach) return [digit - reach.digit, digit];
  let wordEnd = digit;
  while (wordEnd > 0 && isSpaceUnit(text.charCodeAt(wordEnd - 1))) wordEnd--;
  if ('word' in reach) return [wordEnd - reach.word, wordEnd - 1];
  let stemStart = wordEnd;
  while (stemStart > 0 && isLetterish(text.charCodeAt(stemStart - 1))) stemStart--;
  return [Math.min(stemStart, wordEnd - reach.stem), wordEnd - 1];
}

/** The spans a global scan of the pattern finds in text (runs: digitRunStarts(text)). */
export function matchSpans(pattern: DigitPattern, text: string, runs: readonly number[]): Span[] {
  const out: Span[] = [];
  if (pattern.reach === null) {
    pattern.regex.lastIndex = 0;
    for (const m of allMatches(pattern.regex, text)) out.push({ start: m.index, end: m.index + m[0].length });
    return out;
  }
  // Windows of later runs start later (a run's window never reaches back past the run before it).
  let next = 0;
  let end = 0;
  for (const digit of runs) {
    const [from, to] = windowOf(text, digit, pattern.reach);
    for (let at = Math.max(from, next, end, 0); at <= to; at++) {
      pattern.sticky.lastIndex = at;
      const m = pattern.sticky.exec(text);
      if (m === null) continue;
      end = at + m[0].length;
      out.push({ start: at, end });
      // No match is empty (each holds a digit): the next try starts at its end.
      at = end - 1;
    }
    next = Math.max(next, to + 1);
  }
  return out;
}
