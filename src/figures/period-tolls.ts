/**
 * Periods of head counts (casualties, displaced, incidents) that lean on their neighbours: a part of the count
 * before ("60 из них"), a trailing "since" over coordinated tolls, a relative clause closed before the main verb.
 */
import type { Metric } from '../model/figure.ts';
import type { PeriodInput } from './figure-periods.ts';
import type { PeriodMention } from './periods.ts';
import type { Quantity } from './quantities.ts';

// Head counts of an event are dated by its day ("on Sept. 25"), whichever count of the clause they are.
export const EVENT_METRICS: ReadonlySet<Metric> = new Set(['casualties', 'displaced', 'incidents']);

const OF_THEM_AFTER = /^[\s\u00A0]*(?:из[\s\u00A0]+них|of[\s\u00A0]+them|of[\s\u00A0]+whom)(?![\p{L}])/iu;
// "Из общего числа нарушений за апрель 97 …, 38 — …, еще 29 — …": every item of a sentence that opens with its total.
const OF_TOTAL_OPENING = /^[\s\u00A0"«]*(?:из[\s\u00A0]+общего[\s\u00A0]+(?:числа|количества)|of[\s\u00A0]+the[\s\u00A0]+total(?:[\s\u00A0]+number)?[\s\u00A0]+of)(?![\p{L}])/iu;
const OF_THE_OPENING = /^[\s\u00A0"«]*(?:of[\s\u00A0]+the|of[\s\u00A0]+these|из[\s\u00A0]+этих|из)[\s\u00A0]+[^,;.]{1,80},[\s\u00A0]*(?:\p{L}+[\s\u00A0]+)?$/iu;

// "about 220 dead …, including 25 civilians", "погибли 38 человек, в том числе 5 детей": the part follows the whole.
const INCLUDING_BEFORE = /[,(][\s\u00A0]*(?:including|among them|в том числе|среди них|из них)[\s\u00A0]+(?:(?:about|some|at least|nearly|almost|около|не менее|более|почти)[\s\u00A0]+)?$/iu;

// "…, остальные 143 – военнослужащие", "and the other 143 were soldiers": the rest of the count before.
export const THE_REST_BEFORE = /(?:^|[\s\u00A0,])(?:остальные|остальных|оставшиеся|the other|the remaining|the rest,?)[\s\u00A0]+$/iu;

// (Joined to the parts before, not a verb's object: "injuring the other 29" is dated by its event.)
const REST_JOINED = /(?:,|\band|(?:^|[\s\u00A0])[аи])[\s\u00A0]+(?:остальные|оставшиеся|the other|the remaining)[\s\u00A0]+$/iu;

/** Worded as a part of the count before: "свыше 60 из них погибли", "Of the 404 victims since November 2020, 62 …". */
export function namesPartOfCount(text: string, q: Quantity, sentenceStart: number): boolean {
  return OF_THEM_AFTER.test(text.slice(q.end, q.end + 14)) || OF_THE_OPENING.test(text.slice(sentenceStart, q.start)) || OF_TOTAL_OPENING.test(text.slice(sentenceStart, q.start))
    || INCLUDING_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 40), q.start)) || REST_JOINED.test(text.slice(Math.max(sentenceStart, q.start - 24), q.start));
}

/** A part of the count before with no period of its own ("71 of them this year" has one). */
export function partOfCountBefore({ text, q, sentenceStart, mentions, frame }: PeriodInput): boolean {
  if (!namesPartOfCount(text, q, sentenceStart)) return false;
  const comma = clauseComma(text, q.end, 1);
  const end = comma < 0 ? frame.clauseEnd : Math.min(comma, frame.clauseEnd);
  return !mentions.some((m) => m.start >= q.end && m.start < end);
}

// After the comma that closes a relative clause, the main clause's verb: ", was followed in June by …".
const MAIN_VERB_AFTER = /^,[\s\u00A0]+(?:was|were|is|are|has|have|had|will|would|led|prompted|triggered|caused|sparked|remains|remained|стал\p{L}*|был\p{L}*|привел\p{L}*|привёл\p{L}*|вызвал\p{L}*|остается|остаётся)(?![\p{L}])/iu;

/** The comma after `from` (before `to`) that closes a relative clause before the main verb; −1 when none. */
export function closingComma(text: string, from: number, to: number): number {
  const at = clauseComma(text, from, 1);
  return at >= 0 && at < to && MAIN_VERB_AFTER.test(text.slice(at, at + 24)) ? at : -1;
}

/** The nearest comma at or before (step −1) or after (step 1) `from` that is no digit group's ("2,000th"); −1 when none. */
export function clauseComma(text: string, from: number, step: -1 | 1): number {
  const digit = (at: number): boolean => /\d/u.test(text[at] ?? '');
  for (let at = from; at >= 0 && at < text.length; at += step) if (text[at] === ',' && !(digit(at - 1) && digit(at + 1))) return at;
  return -1;
}

/**
 * "mines have killed 81 people and wounded 346 since November 2020", "погибли 45 и ранены 180 человек с 2020 года":
 * a trailing "since" sums every toll of the coordinated clause, not only the nearest one.
 */
export function coordinatedSince({ metric, q, quantities, text }: PeriodInput, candidates: readonly PeriodMention[]): PeriodMention | undefined {
  if (!EVENT_METRICS.has(metric)) return undefined;
  return candidates.find((p) => {
    if (p.role !== 'since' || p.start < q.end || p.start - q.end > 80 || /[,;:.!?()]/u.test(text.slice(q.end, p.start))) return false;
    const between = quantities.filter((o) => o !== q && o.start >= q.end && o.end <= p.start);
    return between.length > 0 && between.every((o) => o.unit === null || o.unit === 'persons');
  });
}
