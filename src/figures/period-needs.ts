/**
 * What a period rule cannot match without: a month name, a digit, a year, or one of a few words
 * ("year"/"год", "month", "ago", "half", …). Each need is tested at most once per sentence and a
 * rule runs only where its needs are met: most of the ~25 rules then never run on a sentence, and
 * a rule that finds nothing cost as much as one that finds something. Every need must be part of
 * every match of the rules that list it (tests/figures/period-needs.test.ts checks the rules).
 */
import { MONTH_WORD } from './period-words.ts';

export type Need = 'month' | 'digit' | 'year' | 'yearWord' | 'monthWord' | 'half' | 'quarter' | 'now' | 'ago' | 'then' | 'period' | 'start';

export const NEEDS: Readonly<Record<Need, RegExp>> = {
  month: new RegExp(`(?<![\\p{L}])${MONTH_WORD}(?![\\p{L}])`, 'iu'),
  digit: /\d/u,
  year: /(?:19|20)\d\d/u,
  // "year", "years", "год", "года", "году", "лет", "decade", "десятилетие", "с января", "since January".
  yearWord: /year|год|лет|decade|десятилети|январ|january/iu,
  monthWord: /month|месяц/iu,
  half: /half|полугоди|пол\.|[12]h|h[12]/iu,
  quarter: /quarter|квартал|q[1-4]|[1-4]q/iu,
  now: /now|currently|present|date|today|сегодня|сейчас|настоящее|момент/iu,
  ago: /ago|назад/iu,
  then: /time|then|date|тогда|время|момент/iu,
  period: /period|years|время|период|годы|срок/iu,
  start: /start|beginning|начал/iu,
};

/** A test of needs against one text, each need looked up once. */
export function needsIn(text: string): (needs: readonly Need[]) => boolean {
  const known = new Map<Need, boolean>();
  const has = (need: Need): boolean => {
    let found = known.get(need);
    if (found === undefined) {
      found = NEEDS[need].test(text);
      known.set(need, found);
    }
    return found;
  };
  return (needs) => needs.every(has);
}
