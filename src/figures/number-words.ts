/**
 * Numbers written in words, English and Russian: "four billion", "two and a half million",
 * "half a million", "minus five point five", "четыре миллиарда", "полтора миллиона", "пятеро".
 * Word roles (number-word-forms.ts) decide what may follow what, so "one two three" stays three
 * numbers while "twenty-five" and "two hundred and five" are one.
 */
import { forEachLetterRun, onlyJoiners } from './letter-runs.ts';
import { buildDictionary, type Role, type Word } from './number-word-forms.ts';
import { WordLookup } from './word-lookup.ts';

const DICT = new WordLookup(buildDictionary());

export interface WordNumber {
  value: number;
  start: number;
  end: number;
  collective?: boolean;
}

interface Token {
  word: Word;
  start: number;
  end: number;
  raw: string;
}

type Tokens = ReadonlyArray<Token | null>;

/**
 * The words of text, a number word as its token and anything that breaks a number (another word,
 * punctuation) as null. Only whether a null stands between two number words matters to the
 * parser, so a run of breaks is one null, and the gap before a word is looked at only after a number word.
 */
function tokenize(text: string): Array<Token | null> {
  const tokens: Array<Token | null> = [];
  let afterNumberWord = false;
  let lastEnd = 0;
  forEachLetterRun(text, (start, end) => {
    // Only spaces and hyphens join number words; any other punctuation ends a number.
    if (afterNumberWord && !onlyJoiners(text, lastEnd, start)) {
      tokens.push(null);
      afterNumberWord = false;
    }
    // "четыре миллиарда триста с лишним миллионов": "с лишним" (and some) goes on with the number; qualifiers.ts reads it.
    const previous = tokens.at(-1);
    if (afterNumberWord && previous?.raw === 'с' && /^лишним$/iu.test(text.slice(start, end))) {
      tokens.pop();
      lastEnd = end;
      return;
    }
    const word = DICT.get(text, start, end);
    if (word) tokens.push({ word, start, end, raw: text.slice(start, end) });
    else if (afterNumberWord) tokens.push(null);
    afterNumberWord = word !== undefined;
    lastEnd = end;
  });
  return tokens;
}

/** Every number written in words in text, with its offsets. */
export function findWordNumbers(text: string): WordNumber[] {
  const tokens = tokenize(text);
  const out: WordNumber[] = [];
  for (let i = 0; i < tokens.length; ) {
    const parsed = parseNumber(tokens, i) ?? qualifiedScale(text, tokens, i);
    if (parsed) {
      out.push(parsed.number);
      i = parsed.next;
    } else i++;
  }
  return out;
}

// "более миллиона тонн", "около миллиарда долларов": after a qualifier, a bare Russian scale word is one of it; so it is
// after a verb that states an amount ("экспорт превысил миллиард долларов", "достиг миллиона тонн").
const QUALIFIER_BEFORE = /(?:^|[\s\u00A0(])(?:более|свыше|около|почти|порядка|примерно|менее|не менее|до|меньше|больше|чуть более|чуть менее|почти в|превысил\p{L}*|превыша\p{L}*|превысит|достиг\p{L}*|составил\p{L}*|составля\p{L}*|составит)[\s\u00A0]+$/iu;

function qualifiedScale(text: string, tokens: Tokens, i: number): { number: WordNumber; next: number } | null {
  const t = tokens[i];
  if (!t || t.word.role !== 'scale' || !/^[\u0400-\u04FF]/u.test(t.raw) || !QUALIFIER_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) return null;
  return done(tokens, i, i + 1, t.word.value);
}

const role = (tokens: Tokens, j: number): Role | undefined => tokens[j]?.word.role;
const isDigitWord = (t: Token | null | undefined): boolean => !!t && (t.word.role === 'unit' || t.word.role === 'teen' || t.word.role === 'ten') && t.word.value < 100;

/** "half a million", "a quarter of a million", "half million": a fraction of a scale. */
function leadingFraction(tokens: Tokens, i: number): { value: number; next: number } | null {
  let j = i;
  if (role(tokens, j) === 'a' && (role(tokens, j + 1) === 'half' || role(tokens, j + 1) === 'quarter')) j++;
  const frac = tokens[j];
  if (!frac || (frac.word.role !== 'half' && frac.word.role !== 'quarter') || frac.raw.endsWith('s')) return null;
  j++;
  if (role(tokens, j) === 'of') j++;
  if (role(tokens, j) === 'a') j++;
  if (role(tokens, j) === 'scale') return { value: frac.word.value * tokens[j]!.word.value, next: j + 1 };
  // "half" on its own is a half; anything else after it is not part of a number.
  return j === i + 1 && frac.word.role === 'half' ? { value: 0.5, next: i + 1 } : null;
}

/** "point zero three", "point seventy-one": decimals read digit by digit or as one two-digit group. */
function decimals(tokens: Tokens, j: number): { fraction: number; next: number } | null {
  if (role(tokens, j) !== 'point' || !isDigitWord(tokens[j + 1])) return null;
  // "целых девять десятых", "целых двадцать пять сотых": a counted number of tenths or hundredths.
  if (/^цел/iu.test(tokens[j]!.raw)) {
    const parts = parseNumber(tokens, j + 1);
    const denominator = parts ? tokens[parts.next] : null;
    if (!parts || denominator?.word.role !== 'fraction') return null;
    return { fraction: parts.number.value / denominator.word.value, next: parts.next + 1 };
  }
  let digits = '';
  let k = j + 1;
  while (isDigitWord(tokens[k])) {
    const t = tokens[k]!;
    if (t.word.role === 'ten' && tokens[k + 1]?.word.role === 'unit' && tokens[k + 1]!.word.value > 0) {
      digits += String(t.word.value + tokens[k + 1]!.word.value);
      k += 2;
    } else {
      digits += String(t.word.value);
      k++;
    }
  }
  return { fraction: Number(`0.${digits}`), next: k };
}

// "миллионов пятнадцать в год": a scale in the genitive plural before its number is a spoken "about 15 million".
const INVERTED_SCALE = /^(?:миллионов|миллиардов|триллионов|тысяч)$/iu;

/** Whether a number as written opens with an inverted scale ("миллионов пятнадцать"): an estimate (qualifiers.ts). */
export function opensInverted(surface: string): boolean {
  const first = /^\p{L}+/u.exec(surface)?.[0];
  return !!first && INVERTED_SCALE.test(first) && first.length < surface.length;
}

function invertedScale(tokens: Tokens, i: number): { value: number; next: number } | null {
  const scale = tokens[i];
  if (!scale || scale.word.role !== 'scale' || !INVERTED_SCALE.test(scale.raw)) return null;
  const rest = parseNumber(tokens, i + 1);
  if (!rest || rest.number.value >= 1000 || rest.number.value <= 0) return null;
  return { value: rest.number.value * scale.word.value, next: rest.next };
}

/** One number starting at tokens[i], or null. */
function parseNumber(tokens: Tokens, i: number): { number: WordNumber; next: number } | null {
  const sign = role(tokens, i) === 'sign' && tokens[i + 1] ? -1 : 1;
  const first = sign < 0 ? i + 1 : i;
  const lead = leadingFraction(tokens, first);
  if (lead) return done(tokens, i, lead.next, sign * lead.value);
  const inverted = invertedScale(tokens, first);
  if (inverted) return done(tokens, i, inverted.next, sign * inverted.value);
  let total = 0;
  let small = 0;
  let last: Role | null = null;
  let lastScale = Infinity;
  let j = first;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (!t) break;
    const { role: r, value } = t.word;
    const next = role(tokens, j + 1);
    if (r === 'and') {
      // "two and a half", "one hundred and five", "два с половиной": only between number words.
      const russian = t.raw === 'с';
      if (last === null || !next || (russian && next !== 'half')) break;
      if (!russian && next !== 'a' && next !== 'half' && last !== 'hundred' && last !== 'scale') break;
      if (!russian && (next === 'a' || next === 'half') && last === 'scale') break;
      continue;
    }
    if (r === 'a') {
      // "a million", "a hundred", "two and a half": "a" is one only before a scale, a hundred or a half.
      if (next === 'half' && last !== null) continue;
      if (last !== null || (next !== 'scale' && next !== 'hundred')) break;
      small = 1;
      last = 'unit';
      continue;
    }
    if (r === 'half') {
      if (last === null || last === 'scale' || last === 'half') break;
      small += 0.5;
      last = 'half';
      continue;
    }
    if (r === 'quarter') {
      // "three quarters billion"
      if (last !== 'unit' || role(tokens, j + 1) !== 'scale') break;
      small *= value;
      last = 'half';
      continue;
    }
    if (r === 'point') {
      const dec = decimals(tokens, j);
      if (!dec || last === null) break;
      small += dec.fraction;
      j = dec.next;
      last = 'point';
      // "four point eight billion": the scale after the decimals scales the whole number.
      const scale = tokens[j];
      if (scale && scale.word.role === 'scale' && scale.word.value < lastScale) {
        total += small * scale.word.value;
        small = 0;
        j++;
      }
      break;
    }
    // "миллион триста тысяч тонн": a bare scale word opens a number when more number words follow it.
    const bareScale = last === null && r === 'scale' && (next === 'unit' || next === 'teen' || next === 'ten' || next === 'hundreds' || next === 'hundred');
    if ((!canFollow(last, r) && !bareScale) || (r === 'scale' && value >= lastScale)) break;
    // "hundreds of people" is no number.
    if (last === null && r === 'hundred' && t.raw.toLowerCase().endsWith('s')) break;
    if (r === 'hundred' && small >= 100) break;
    if (r === 'hundred') small = (small || 1) * 100;
    else if (r === 'scale') {
      total += (small || 1) * value;
      small = 0;
      lastScale = value;
    } else if (r === 'halfscale') total += value;
    else if (r === 'unit' || r === 'teen' || r === 'ten' || r === 'hundreds') small += value;
    else break;
    last = r;
  }
  if (last === null) return null;
  // "импорт из Азербайджана – миллиард триста с небольшим", "два миллиарда пятьсот": spoken hundreds right after a
  // million or a billion are thousandths of it (1.3 billion, 2.5 million); nobody says 1,000,000,300 in words.
  // (Russian only: English number specs read "twenty-one trillion three hundred" as written.)
  const russianScale = tokens.slice(first, j).some((t) => t?.word.role === 'scale' && t.word.value === lastScale && /\p{Script=Cyrillic}/u.test(t.raw));
  if (russianScale && lastScale >= 1e6 && small >= 100 && small < 1000 && Number.isInteger(small)) small *= lastScale / 1000;
  return done(tokens, i, j, sign * (total + small));
}

function done(tokens: Tokens, i: number, next: number, value: number): { number: WordNumber; next: number } {
  const lastToken = [...tokens.slice(i, next)].reverse().find((t) => t !== null && t.word.role !== 'and' && t.word.role !== 'of');
  const collective = tokens[i]?.word.collective === true && next === i + 1;
  return { number: { value, start: tokens[i]!.start, end: lastToken?.end ?? tokens[i]!.end, ...(collective ? { collective } : {}) }, next: Math.max(next, i + 1) };
}

/** Which word may follow which inside one number. */
function canFollow(last: Role | null, r: Role): boolean {
  if (last === null) return r === 'unit' || r === 'teen' || r === 'ten' || r === 'hundreds' || r === 'halfscale' || r === 'hundred';
  switch (r) {
    case 'unit':
      return last === 'ten' || last === 'hundred' || last === 'hundreds' || last === 'scale';
    case 'teen':
    case 'ten':
      return last === 'hundred' || last === 'hundreds' || last === 'scale';
    case 'hundreds':
      return last === 'scale';
    case 'hundred':
      return last === 'unit' || last === 'teen' || last === 'ten';
    case 'scale':
      return true;
    default:
      return false;
  }
}
