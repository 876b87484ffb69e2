/**
 * Qualifiers of a number from the words right before it ("more than", "свыше", "up to") or right
 * after it ("or more"). "до" is "up to" except after a verb of change ("вырос до" is "grew to").
 */
import type { Qualifier } from '../model/figure.ts';
import { CUES } from './lexicon.ts';
import { phrasesSource } from './patterns.ts';
import type { Quantity } from './quantities.ts';

type Q = Exclude<Qualifier, 'exact' | 'range'>;

// Between the qualifier and the number: articles and "the ... mark of" fillers ("crossed the $4 billion mark").
const FILLER = String.raw`(?:[\s\u00A0]+(?:the|a|an|already|just|mark of|level of|threshold of|figure of|total of|sum of|amount of|отметку в|отметку|уровень|уровня|сумму|сумма|в))*[\s\u00A0]*`;

const BEFORE: Array<[Q, RegExp]> = (Object.entries(CUES.qualifiers) as Array<[Q, string[]]>).map(([q, phrases]) => [
  q,
  new RegExp(`(?:${phrasesSource(phrases)})${FILLER}$`, 'u'),
]);

const AFTER: Array<[Q, RegExp]> = (Object.entries(CUES.trailing) as Array<[Q, string[]]>).map(([q, phrases]) => [
  q,
  new RegExp(`^[\\s\\u00A0,]*(?:[\\p{L}-]+[\\s\\u00A0]+){0,4}(?:${phrasesSource(phrases)})(?![\\p{L}])`, 'u'),
]);

// "вырос до", "вырос на 8% до": "до" after a verb of change is "to".
const CHANGE_BEFORE_DO = new RegExp(`(?:${phrasesSource(CUES.change_verbs)})[\\s\\u00A0]+(?:[\\p{L}\\d%,.]+[\\s\\u00A0]+){0,3}до[\\s\\u00A0]*$`, 'u');

/** The qualifier of quantity q in text; ranges are decided by the range joiner. */
export function qualifierOf(text: string, q: Quantity): Qualifier {
  if (q.low !== undefined) return 'range';
  const head = text.slice(Math.max(0, q.start - 60), q.start);
  let best: { q: Q; len: number } | null = null;
  for (const [qual, re] of BEFORE) {
    const m = re.exec(head);
    if (m && (!best || m[0].length > best.len)) best = { q: qual, len: m[0].length };
  }
  if (best?.q === 'up_to' && /(?:^|[\s\u00A0])до[\s\u00A0]*$/u.test(head)) {
    if (CHANGE_BEFORE_DO.test(head) || q.change === 'to' || /[–—,][\s\u00A0]*до[\s\u00A0]*$/u.test(head)) best = null;
  }
  if (best) return best.q;
  const tail = text.slice(q.end, q.end + 40);
  for (const [qual, re] of AFTER) if (re.test(tail)) return qual;
  return 'exact';
}
