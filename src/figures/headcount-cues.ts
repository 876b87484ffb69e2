/**
 * Head counts whose number has no noun after it: the verb before it names what it counts ("погибли
 * 19", "injured more than 120"), or a head noun does ("the death toll rose to 27", "численность
 * контингента составляла 1 850"); and multiplier words that count events ("violated the ceasefire
 * 17 times"). Built from config/figures/metrics.yaml (`verbs`, `count_heads`, `nouns`, incident `cues`).
 */
import type { Metric } from '../model/figure.ts';
import { CUES, METRICS } from './lexicon.ts';
import { PhraseMatcher, compilePhrases, phrasesSource } from './patterns.ts';
import { allMatches } from './regex-matches.ts';

type Entry = NonNullable<(typeof METRICS.metrics)[Metric]>;
const ENTRIES = Object.entries(METRICS.metrics) as Array<[Metric, Entry]>;

const QUALIFIER = phrasesSource(Object.values(CUES.qualifiers).flat());
const VERB_BEFORE: Array<[Metric, RegExp]> = ENTRIES.filter(([, e]) => e.verbs?.length).map(([metric, e]) => [
  metric,
  // "killing between 30,000 and 40,000": a range opener may stand between the verb and the number;
  // "injuring the other 29", "ранены еще 12": so may the rest of the people counted.
  new RegExp(`(?:${phrasesSource(e.verbs!)})[\\s\\u00A0]+(?:(?:the other|another|a further|еще|ещё)[\\s\\u00A0]+)?(?:(?:${QUALIFIER})[\\s\\u00A0]+)?(?:(?:between|from|от|между)[\\s\\u00A0]+)?$`, 'u'),
]);

// "29 survived", "38 погибли": the same verbs right after a bare number.
const VERB_AFTER: Array<[Metric, RegExp]> = ENTRIES.filter(([, e]) => e.verbs?.length).map(([metric, e]) => [
  metric,
  new RegExp(`^[\\s\\u00A0]+(?:(?:were|was|have|had|are|have been|had been)[\\s\\u00A0]+)?(?:${phrasesSource(e.verbs!)})`, 'u'),
]);
const HEADS = compilePhrases(METRICS.count_heads ?? []);
// Any counting verb at all: a cheap test before the verb-and-qualifier patterns, which are costly to run at every number.
const ANY_VERB = compilePhrases(ENTRIES.flatMap(([, e]) => e.verbs ?? []), 'u');
// Nouns of the people a head count may name: "число погибших", "number of refugees".
const PEOPLE = new PhraseMatcher<Metric>(
  ENTRIES.filter(([, e]) => e.units.includes('persons')).map(([metric, e]) => [metric, [...(e.nouns ?? []), ...(e.keywords ?? [])]]),
);
const TOLL = /toll$/iu;
const INCIDENT_CUES = compilePhrases(METRICS.metrics.incidents?.cues ?? [], 'u');
const BREAK = /[.;!?\d]/u;
const YEAR = /(?<![\d.,])(?:19|20)\d\d(?![\d.,])/gu;

/** "погибли 19", "injured more than 120", "29 survived": the metric of the verb right before or after a bare number. */
export function countVerbAround(text: string, start: number, end: number): Metric | null {
  const head = text.slice(Math.max(0, start - 40), start);
  const tail = text.slice(end, end + 30);
  if (!ANY_VERB.test(head) && !ANY_VERB.test(tail)) return null;
  for (const [metric, re] of VERB_BEFORE) if (re.test(head)) return metric;
  for (const [metric, re] of VERB_AFTER) if (re.test(tail)) return metric;
  return null;
}

// "Russian peacekeepers, about 2,000 of whom were deployed": the people a bare number is the part "of whom".
const OF_WHOM_AFTER = /^[\s\u00A0]+of[\s\u00A0]+(?:whom|them)(?![\p{L}])/iu;
const NOUN_COMMA_BEFORE = new RegExp(`,[\\s\\u00A0]*(?:(?:${QUALIFIER})[\\s\\u00A0]+)?$`, 'u');

/** "Russian peacekeepers, about 2,000 of whom …": the metric of the noun right before the comma. */
export function ofWhomBefore(text: string, start: number, end: number): Metric | null {
  if (!OF_WHOM_AFTER.test(text.slice(end, end + 12))) return null;
  const left = text.slice(Math.max(0, start - 60), start);
  const comma = NOUN_COMMA_BEFORE.exec(left);
  if (!comma) return null;
  const nounEnd = start - left.length + comma.index;
  const noun = PEOPLE.find(text, Math.max(0, nounEnd - 30), nounEnd).at(-1);
  return noun && noun.end === nounEnd ? noun.label : null;
}

/** "the death toll rose to 27", "число беженцев составило 100 617": the metric a head count names before a bare number. */
export function countHeadBefore(text: string, at: number): Metric | null {
  const from = Math.max(0, at - 140);
  const left = text.slice(from, at);
  const heads = allMatches(HEADS, left);
  const head = heads.at(-1);
  // A year between them is a period ("Число жертв мин … с 2020 года превысило 380"), not a number of its own.
  if (!head || BREAK.test(left.slice(head.index + head[0].length).replace(YEAR, ''))) return null;
  if (TOLL.test(head[0])) return 'casualties';
  const headEnd = from + head.index + head[0].length;
  const noun = PEOPLE.find(text, headEnd, Math.min(at, headEnd + 40))[0];
  return noun && noun.start - headEnd < 30 ? noun.label : null;
}

/** "violated the ceasefire 17 times", "9 раз нарушили режим": a multiplier word that counts events. */
export function countsIncidents(text: string, start: number, end: number): boolean {
  const left = text.slice(Math.max(0, start - 60), start);
  const right = text.slice(end, end + 40);
  const cut = (s: string, fromEnd: boolean): string => {
    const parts = s.split(/[.;!?]/u);
    return (fromEnd ? parts.at(-1) : parts[0]) ?? '';
  };
  INCIDENT_CUES.lastIndex = 0;
  if (INCIDENT_CUES.test(cut(left, true))) return true;
  INCIDENT_CUES.lastIndex = 0;
  return INCIDENT_CUES.test(cut(right, false));
}

// "puts Armenia's active forces at 42,900", "Russia's active force is estimated at about 1.13 million", "the army numbered about 45,000", "вооруженные силы насчитывают 65 тыс.": a strength.
const FORCES_AT = new RegExp(`(?:armed forces|active forces|active-duty forces|active personnel|standing army|army|peacekeeping force|force|contingent|вооруж[её]нн\\p{L}*[\\s\\u00A0]+сил\\p{L}*|арми\\p{L}*)[\\s\\u00A0]+(?:at|of|stood at|stands at|number|numbered|numbers|numbering|totall?ed|totals|(?:is|was|are|were)[\\s\\u00A0]+(?:estimated|put)[\\s\\u00A0]+at|estimated at|оценива\\p{L}*[\\s\\u00A0]+в|составля\\p{L}*|составил\\p{L}*|насчитыва\\p{L}*)[\\s\\u00A0]+(?:(?:${QUALIFIER})[\\s\\u00A0]+)?$`, 'iu');

/** A force's strength written as a bare number after the force ("active forces at 42,900"). */
export function forcesStrengthBefore(text: string, at: number, value: number): boolean {
  return value >= 100 && FORCES_AT.test(text.slice(Math.max(0, at - 60), at));
}

