/**
 * Numerals in digits and words, with their scale word: "4,324", "4 324" (any space), "4,3 млрд",
 * "$1.99billion", "four billion". Returns every number; deciding which are quantities is later.
 */
import { findWordNumbers } from './number-words.ts';

export type Lang = 'en' | 'ru';

export interface Numeral {
  value: number;
  start: number;
  end: number;
  /** Written in digits with no separator, decimal or scale: a candidate year, id or count. */
  plain: boolean;
  words: boolean;
  /** The scale word multiplied in (1 when none). */
  scale: number;
  /** A Russian collective numeral ("пятеро"): a count of people by itself. */
  collective?: boolean;
}

const SPACE = '[ \\u00A0\\u2009\\u202F]';
// A minus sign only where it cannot be a dash between two numbers ("−5%", " -1", "$-99.99").
const SIGN = String.raw`(?:(?<=^|[\s(\[$€£])[-−](?=\d))?`;
const START = String.raw`(?<![\p{N}.])`;
// English: comma or space thousands ("4,324", "4 324"), dot decimals. Russian: space thousands, comma or dot decimals.
// A comma before one or two digits and a scale word, a percent or a Russian word is a decimal comma even in
// English text ("4,3 млрд долларов" quoted in an English page, "1,3 million"): thousands take three digits.
const EN_DECIMAL_COMMA = String.raw`\d+,\d{1,2}(?![\d])(?=${SPACE}?(?:%|[\u0400-\u04FF]|(?:billion|million|thousand|trillion|bn|mln|per${SPACE}?cent|percent)(?![\p{L}])))`;
const DIGITS_EN = new RegExp(String.raw`${START}${SIGN}(?:${EN_DECIMAL_COMMA}|\d{1,3}(?:(?:,|${SPACE})\d{3}(?![\d]))+(?:\.\d+)?|\d+(?:\.\d+)?(?![\d])|\.\d+(?![\d]))`, 'gu');
const DIGITS_RU = new RegExp(String.raw`${START}${SIGN}(?:\d{1,3}(?:${SPACE}\d{3}(?![\d]))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?(?![\d]))`, 'gu');
const DOTTED = /^\.\d/;

/** A plain four-digit number that reads as a year. */
export function isYearLike(plain: boolean, value: number): boolean {
  return plain && value >= 1900 && value <= 2100;
}

/** Scale words after a numeral (glued or spaced). Short "m", "b", "k" are left to the money reader. */
// The abbreviation's dot is kept unless it ends the sentence ("4 млрд. долларов" but "до 3 млрд.").
const DOT = String.raw`(?:\.(?![\s\u00A0]*(?:$|(?!ДФЭ|TEU)(?-i:\p{Lu})|\n)))?`;
// "a $1.3-billion loan", "its 1.3-billion-euro loan": a hyphen may join the scale word.
const SCALES: Array<[RegExp, number]> = [
  [new RegExp(String.raw`^(?:[\s\u00A0\u2009\u202F]*|-)(?:trillions?|tln|трлн${DOT}|триллион\p{L}*)(?![\p{L}\p{N}])`, 'iu'), 1e12],
  [new RegExp(String.raw`^(?:[\s\u00A0\u2009\u202F]*|-)(?:billions?|bln|bn|млрд${DOT}|миллиард\p{L}*)(?![\p{L}\p{N}])`, 'iu'), 1e9],
  [new RegExp(String.raw`^(?:[\s\u00A0\u2009\u202F]*|-)(?:millions?|mln|mn|млн${DOT}|миллион\p{L}*)(?![\p{L}\p{N}])`, 'iu'), 1e6],
  [new RegExp(String.raw`^(?:[\s\u00A0\u2009\u202F]*|-)(?:thousands?|тыс${DOT}|тысяч\p{L}*)(?![\p{L}\p{N}])`, 'iu'), 1e3],
  [/^[\s\u00A0]*hundred(?![\p{L}\p{N}])/iu, 1e2],
];

function parseDigits(raw: string, lang: Lang): number {
  let s = raw.replace(/[ \u00A0\u2009\u202F]/g, '').replace('−', '-');
  if (lang === 'en') s = /^-?\d+,\d{1,2}$/.test(s) ? s.replace(',', '.') : s.replace(/,/g, '');
  else s = s.replace(',', '.');
  return Number(s);
}

/** The scale word right after position `at`, if any. */
export function readScale(text: string, at: number): { factor: number; end: number } | null {
  const rest = text.slice(at, at + 24);
  for (const [re, factor] of SCALES) {
    const m = re.exec(rest);
    if (m) return { factor, end: at + m[0].length };
  }
  return null;
}

/** Digit numerals with their scale words ("4.3 billion", "4 млрд 300 млн" as one). */
function findDigitNumerals(text: string, lang: Lang): Numeral[] {
  const re = new RegExp(lang === 'ru' ? DIGITS_RU : DIGITS_EN);
  const out: Numeral[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    // "192.168.1.2": a dotted run is several integers, not a decimal.
    if (DOTTED.test(text.slice(end, end + 2)) && m[0].includes('.')) {
      const run = /^[\d.]+/.exec(text.slice(start))![0].replace(/\.$/, '');
      let at = start;
      for (const part of run.split('.')) {
        out.push({ value: Number(part), start: at, end: at + part.length, plain: true, words: false, scale: 1 });
        at += part.length + 1;
      }
      re.lastIndex = start + run.length;
      continue;
    }
    let value = parseDigits(m[0], lang);
    const scale = readScale(text, end);
    let plain = /^\d+$/.test(m[0]);
    if (scale) {
      value *= scale.factor;
      end = scale.end;
      plain = false;
    }
    const prev = out.at(-1);
    // Compound amounts: "4 млрд 300 млн долларов" is 4.3 billion, "3 hundred and 21" is 321.
    if (prev && prev.scale > 1 && continuesCompound(text.slice(prev.end, start), prev.scale, scale?.factor ?? 1, value)) {
      prev.value += value;
      prev.end = end;
      continue;
    }
    // "minus 5": a sign word before digits.
    const sign = /(?:minus|negative|минус)[\s\u00A0]+$/iu.exec(text.slice(Math.max(0, start - 10), start));
    if (sign) {
      out.push({ value: -value, start: start - sign[0].length, end, plain: false, words: false, scale: scale?.factor ?? 1 });
      continue;
    }
    out.push({ value, start, end, plain, words: false, scale: scale?.factor ?? 1 });
  }
  return out;
}

function continuesCompound(gap: string, prevScale: number, scale: number, value: number): boolean {
  if (scale > 1) return scale < prevScale && /^[\s\u00A0]+$/u.test(gap);
  // Only below a thousand: "$2 billion and 3 people were killed" are two numbers, never 2,000,000,003.
  return prevScale <= 1e3 && value < prevScale && /^[\s\u00A0]+and[\s\u00A0]+$/iu.test(gap);
}

/** The spans of `spans` that overlap none of `taken`; both sorted by start, `taken` not overlapping itself. */
function withoutOverlaps<T extends { start: number; end: number }>(spans: readonly T[], taken: readonly { start: number; end: number }[]): T[] {
  let k = 0;
  return spans.filter((w) => {
    while (k < taken.length && taken[k]!.end <= w.start) k++;
    return !(k < taken.length && taken[k]!.start < w.end);
  });
}

/** Every numeral in text, in order. Overlaps (a digit followed by a word scale) are already merged. */
export function findNumerals(text: string, lang: Lang): Numeral[] {
  const digits = findDigitNumerals(text, lang);
  const words = withoutOverlaps(findWordNumbers(text), digits);
  const fromWords: Numeral[] = words.map((w) => ({ ...w, plain: false, words: true, scale: 1 }));
  return [...digits, ...fromWords].sort((a, b) => a.start - b.start);
}
