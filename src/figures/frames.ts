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
const CLAUSE_BREAK = /[;:]|,\s+(?=(?:while|whereas|but|although|though|and|as|which|where|when|under|after|before|according|а|но|тогда как|в то время как|при этом|и|однако|который|которая|которые|где|когда|whose|чей|чья|чьи|чьё|чье)\s)|\s(?=(?:while|whereas|whilst)\s)/giu;
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

export function frameOf(text: string, sentence: { start: number; end: number }, qs: readonly Quantity[], i: number, breaks: readonly number[]): Frame {
  const q = qs[i]!;
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
