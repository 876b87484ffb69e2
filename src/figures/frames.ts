/**
 * The words that govern a number: its clause, cut at the neighbouring numbers. "exports grew 42%,
 * which was $1.99 billion, and imports reached $400 million": each amount sees only its own words.
 */
import type { Quantity } from './quantities.ts';
import { allMatches } from './regex-matches.ts';

export interface Frame {
  /** Clause bounds around the number. */
  clauseStart: number;
  clauseEnd: number;
  /** Left words: from the previous number (or clause start) to this number. */
  leftStart: number;
  /** Right words: to the next number, the next comma or conjunction, or the clause end. */
  rightEnd: number;
  /** How far the right words could reach past commas: to the next number or the clause end. */
  rightReach: number;
}

// A dash is no break: in Russian "импорт – 520 млн" it stands for the verb.
const CLAUSE_BREAK = /[;:]|,\s+(?=(?:while|whereas|but|even though|even if|although|though|and|as|which|where|when|under|after|before|according|а|но|тогда как|в то время как|после того как|после чего|до того как|прежде чем|хотя|поскольку|так как|потому что|при этом|и|однако|который|которая|которые|где|когда|whose|чей|чья|чьи|чьё|чье)\s)|\s(?=(?:while|whereas|whilst)\s)/giu;
const RIGHT_STOP = /[,;:()]|\s(?:and|while|but|whereas|which|that|и|а|но|который|которая|которые)\s/iu;
const RIGHT_MAX = 70;
// "Two deminers of the Mine Action Agency (ANAMA) were injured": a name's short aside stops nothing.
const SHORT_PAREN = /\([^()\d,;]{1,24}\)/gu;

/** Clause break offsets inside text[from, to). */
export function clauseBreaks(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (const m of allMatches(CLAUSE_BREAK, text.slice(from, to))) out.push(from + m.index);
  return out;
}

// "• $4.0 billion: Russia–Azerbaijan trade in January–October 2023": a figure opening its line, then its gloss.
export const LINE_HEAD = /(?:^|\n)[\s\u00A0]*(?:[•·▪◦*\-–—][\s\u00A0]*)?(?:(?:about|around|some|more than|over|up to|almost|nearly|около|более|свыше|до|почти)[\s\u00A0]+)?$/iu;
const GLOSS_COLON = /^(?:[\s\u00A0]*\([^()\n]{1,30}\))?(?:[\s\u00A0]+(?:a|per|in|в)[\s\u00A0]+(?:year|day|month|год|сутки|день|месяц))?[\s\u00A0]*:$/iu;

/** Where the gloss of a figure that opens its line begins (after its colon), or −1. */
export function glossStart(text: string, q: Quantity): number {
  const colon = text.indexOf(':', q.end);
  return colon >= 0 && isGlossColon(text, q, colon) ? colon + 1 : -1;
}

/** The colon after a figure that opens its line ("1,960: Russian peacekeepers …"): no break, the gloss is the figure's clause. */
function isGlossColon(text: string, q: Quantity, at: number): boolean {
  return text[at] === ':' && at >= q.end && at - q.end <= 40 && GLOSS_COLON.test(text.slice(q.end, at + 1)) && LINE_HEAD.test(text.slice(Math.max(0, q.start - 40), q.start));
}

export function frameOf(text: string, sentence: { start: number; end: number }, qs: readonly Quantity[], i: number, allBreaks: readonly number[]): Frame {
  const q = qs[i]!;
  const breaks = allBreaks.filter((b) => !isGlossColon(text, q, b));
  const clauseStart = Math.max(sentence.start, ...breaks.filter((b) => b < q.start).map((b) => b + 1));
  const clauseEnd = Math.min(sentence.end, ...breaks.filter((b) => b >= q.end));
  const prev = qs[i - 1];
  const next = qs[i + 1];
  const leftStart = Math.max(clauseStart, prev && prev.end <= q.start ? prev.end : clauseStart);
  const rightReach = Math.min(clauseEnd, next ? next.start : clauseEnd, q.end + 2 * RIGHT_MAX);
  let rightEnd = Math.min(rightReach, q.end + RIGHT_MAX);
  const stop = RIGHT_STOP.exec(text.slice(q.end, rightEnd).replace(SHORT_PAREN, (m) => ' '.repeat(m.length)));
  if (stop) rightEnd = q.end + stop.index;
  return { clauseStart, clauseEnd, leftStart, rightEnd: Math.max(rightEnd, q.end), rightReach: Math.max(rightReach, q.end) };
}
