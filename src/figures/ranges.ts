/**
 * Joins "between X and Y", "X–Y", "от X до Y" into one range quantity, and marks "rose from X to Y"
 * as two figures (the old and the new). A number with no unit takes the unit and scale of its
 * partner: "3–4 billion dollars" is 3e9..4e9.
 */
import { CUES } from './lexicon.ts';
import { phrasesSource } from './patterns.ts';
import { findNumerals, isYearLike } from './numbers.ts';
import type { Quantity } from './quantities.ts';

const DASH_GAP = /^[\s\u00A0]*[-–—][\s\u00A0]*$/u;
// "from $1.4 billion to almost three billion dollars": a qualifier may stand after "to".
const TO_GAP = /^[\s\u00A0]+(?:to|до|and|и)[\s\u00A0]+(?:(?:almost|nearly|about|around|roughly|over|more than|less than|some|почти|около|более|свыше|примерно|порядка)[\s\u00A0]+)?$/iu;
// "from $2.4 billion in 2021 to $4.3 billion": a period between the two sides of a change.
const PERIOD_GAP = /^,?[\s\u00A0]+(?:in|for|during|at the end of|в|за|на конец)[\s\u00A0]+[^\d.;]{0,30}?(?:19|20)\d{2}(?:[\s\u00A0]+(?:году|года|г\.))?,?[\s\u00A0]+(to|до)[\s\u00A0]+$/iu;
// ("from the current 15 million tonnes", "с нынешних 15 млн тонн": the old value may be called current.)
const OPENER = /(?:^|[\s(])(between|from|от|с|со|между)[\s\u00A0]+(?:(?:the[\s\u00A0]+)?(?:current|present|existing)[\s\u00A0]+|(?:нынешн\p{L}*|текущ\p{L}*|сегодняшн\p{L}*)[\s\u00A0]+)?$/iu;
// ("вырос вдвое: с 4,6 млрд манатов в 2020 году до 9,2 млрд": a colon may open the change the verb announced.)
const CHANGE_VERB = new RegExp(`(?:${phrasesSource(CUES.change_verbs)})[^.;!?]{0,70}$`, 'u');
// A verb of change anywhere earlier in the clause: "want to lift freight, which runs …, from 4 million to 8 million".
const CHANGE_IN_CLAUSE = new RegExp(`(?:${phrasesSource(CUES.change_verbs)})`, 'u');
// "Estimates range from 120,000 to 1.5 million": a spread of values, whatever verb came before.
const RANGE_HEAD = /(?:\brang(?:e|es|ed|ing)|\bvar(?:y|ies|ied|ying)|\banywhere|колебл\p{L}*|варьир\p{L}*)[^.;:!?\d]{0,30}$/iu;
// "… to 8 million tonnes per year by 2027": a horizon after the new value makes it a change.
const HORIZON_AFTER = /^[^.;:!?\d]{0,30}?(?:\bby|(?:^|[\s\u00A0])к)[\s\u00A0]+(?:19|20)\d{2}/iu;

/** "from X to Y" is a change (old and new value) after a verb of change or before a horizon, else a range. */
function isChange(text: string, a: Quantity, b: Quantity): boolean {
  const back = text.slice(Math.max(0, a.start - 160), a.start);
  const head = back.slice(Math.max(...['.', ';', '!', '?', '\n'].map((c) => back.lastIndexOf(c))) + 1);
  if (RANGE_HEAD.test(head)) return false;
  return CHANGE_IN_CLAUSE.test(head) || HORIZON_AFTER.test(text.slice(b.end, b.end + 40));
}

function inheritUnit(low: Quantity, high: Quantity): Quantity {
  if (low.unit !== null || high.unit === null) return low;
  // "3 to 4 million" shares the scale; "600,000 to 2 million" does not (the low end would exceed the high).
  const scale = low.scale === 1 && low.raw <= high.raw ? high.scale : low.scale;
  return { ...low, unit: high.unit, kind: high.kind, scale, factor: high.factor, value: low.raw * scale * high.factor, plain: false };
}

/**
 * "two to three hundred thousand tonnes", "two to three million": a low end in words takes the multiplier of the high
 * end, its value over its leading number word ("three hundred thousand" is 3 × 100,000).
 */
function shareWordScale(text: string, low: Quantity, high: Quantity): Quantity {
  if (!low.words || !high.words || low.value >= 100 || high.value < 1000) return low;
  const first = /^\p{L}+(?:-\p{L}+)?/u.exec(text.slice(high.numberStart, high.end))?.[0];
  const lead = first ? findNumerals(first, /\p{Script=Cyrillic}/u.test(first) ? 'ru' : 'en')[0]?.value : undefined;
  if (!lead || lead <= low.value || high.value % lead !== 0) return low;
  const scale = high.value / lead;
  return { ...low, value: low.value * scale };
}

function compatible(a: Quantity, b: Quantity): boolean {
  if (b.unit === null && countedPeople(a)) return true;
  // "составит 4,6–4,8 млрд" after an amount in dollars: a bare range with one scale word takes its unit later.
  if (b.unit === null && a.unit === null) return a.scale === 1 && b.scale > 1 && (!a.plain || a.value < 1000);
  if (b.unit === null) return a.unit !== null && a.kind === 'money' && a.scale === 1 && b.scale > 1;
  return a.unit === null || a.unit === b.unit;
}

/** "killing 30,000–40,000 Māori": people counted by the verb before the low end, with no noun after the high end. */
function countedPeople(a: Quantity): boolean {
  return a.kind === 'persons' && a.countedBy === 'verb';
}

/** "$1.5-2 billion": the currency comes from the low end, the scale from the high end; so do counted people. */
function shareMoney(a: Quantity, b: Quantity): [Quantity, Quantity] {
  // "оценивается в 3–4 тыс. человек": a low end counted by the verb before it shares the high end's scale.
  if (countedPeople(a) && b.unit === a.unit && a.scale === 1 && b.scale > 1 && a.raw <= b.raw) return [{ ...a, scale: b.scale, value: a.raw * b.scale, plain: false }, b];
  if (b.unit === null && a.unit === null) return [{ ...a, scale: b.scale, value: a.raw * b.scale, plain: false }, b];
  if (b.unit !== null || a.unit === null) return [a, b];
  if (countedPeople(a)) return [a, { ...b, unit: a.unit, kind: a.kind, nounMetric: a.nounMetric ?? null, countedBy: a.countedBy }];
  return [{ ...a, scale: b.scale, value: a.raw * b.scale, plain: false }, { ...b, unit: a.unit, kind: a.kind }];
}

/** Merge a pair into a range, or mark it as a change, or leave it; returns quantities in order. */
export function joinRanges(text: string, all: Quantity[]): Quantity[] {
  // Years are not range ends ("in January–September 2024 to 1.9 million tonnes").
  const years = all.filter((q) => q.unit === null && isYearLike(q.plain, q.value));
  const qs = all.filter((q) => !years.includes(q));
  return [...joinPairs(text, qs), ...years].sort((a, b) => a.start - b.start);
}

function joinPairs(text: string, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < qs.length; i++) {
    const first = qs[i]!;
    const second = qs[i + 1];
    if (!second || !compatible(first, second)) {
      out.push(first);
      continue;
    }
    const [a, b] = shareMoney(first, second);
    const gap = text.slice(a.end, b.start);
    const opener = OPENER.exec(text.slice(Math.max(0, a.start - 26), a.start))?.[1]?.toLowerCase();
    const head = text.slice(Math.max(0, a.start - 90), a.start);
    if ((opener === 'from' || opener === 'с' || opener === 'со') && PERIOD_GAP.test(gap) && CHANGE_VERB.test(head)) {
      out.push({ ...inheritUnit(a, b), change: 'from' }, { ...b, change: 'to' });
      i++;
      continue;
    }
    const dash = DASH_GAP.test(gap) && !(a.plain && b.plain);
    const joined = TO_GAP.test(gap);
    const word = gap.trim().split(/[\s\u00A0]+/u)[0]!.toLowerCase();
    const pairsWithOpener =
      (opener === 'between' && word === 'and') || (opener === 'между' && word === 'и') ||
      ((opener === 'from' || opener === 'от' || opener === 'с' || opener === 'со') && (word === 'to' || word === 'до'));
    if (!dash && !(joined && (pairsWithOpener || (!opener && word === 'to')))) {
      out.push(first);
      continue;
    }
    const low = shareWordScale(text, inheritUnit(a, b), b);
    if ((opener === 'from' || opener === 'с' || opener === 'со') && isChange(text, low, b)) {
      out.push({ ...low, change: 'from' }, { ...b, change: 'to' });
      i++;
      continue;
    }
    if (opener === 'с' || opener === 'со') {
      out.push(first);
      continue;
    }
    out.push({ ...b, value: Math.min(low.value, b.value), low: Math.min(low.value, b.value), high: Math.max(low.value, b.value), start: low.start, numberStart: low.numberStart });
    i++;
  }
  return out;
}
