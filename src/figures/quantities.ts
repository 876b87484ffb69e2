/**
 * Every quantity in a text before any judgement of what it measures: value in the base unit, unit,
 * surface and offsets. Dates, ordinals, ages and ids are skipped (masks.ts); bare numbers are kept
 * with unit null so that callers can decide (extractFigures drops them).
 */
import { kindOfUnit, type QuantityKind } from './lexicon.ts';
import { findMasks, isMasked } from './masks.ts';
import { LINE_HEAD } from './frames.ts';
import { findNumerals, isYearLike, readScale, type Lang, type Numeral } from './numbers.ts';
import { countHeadBefore, countVerbAround, countsIncidents, forcesStrengthBefore, ofWhomBefore } from './headcount-cues.ts';
import { joinRanges } from './ranges.ts';
import { allMatches } from './regex-matches.ts';
import { DURATION_AFTER, MORE_TIMES_AFTER, casualtyVerbAfter, isPopulation, countNounAfter, currencyAfter, scaledCodeAfter, currencyBefore, measureAfter, multiplierAround, shortScaleAfter } from './units.ts';

export interface Quantity {
  value: number;
  /** Record unit ("USD", "%", "t", "km", "persons", "count", "times", ...) or null for a bare number. */
  unit: string | null;
  kind: QuantityKind | null;
  /** The number with its currency, scale and unit as written, and its offsets. */
  start: number;
  end: number;
  /** Where the digits or number words themselves start (qualifiers sit before this or before `start`). */
  numberStart: number;
  /** For a range: low and high ends (value is low). */
  low?: number;
  high?: number;
  /** The metric a count noun implies ("peacekeepers" is troops). */
  nounMetric?: string | null;
  /** Counted by the verb or head noun before a bare number ("погибли 19"): nounMetric is decisive. */
  countedBy?: 'verb';
  /** Written as a plain digit run (a possible year or id). */
  plain: boolean;
  words: boolean;
  /** The number as written (before scale), its scale word and the unit's factor: value = raw × scale × factor. */
  raw: number;
  scale: number;
  factor: number;
  /** In "rose from X to Y": X is 'from' and Y is 'to' (two figures, not a range). */
  change?: 'from' | 'to';
  /** A bare amount that took its currency from an earlier sentence of the paragraph ("выйти на 4 млрд"). */
  elided?: boolean;
  /** "about 60 Russian and 60 Turkish officers": where the pair starts, whose qualifier this one shares. */
  pairedWith?: number;
}

const FOLD_WORDS: Record<string, number> = { seven: 7, eight: 8, nine: 9, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 };

export const MULTIPLIER_WORDS: Array<[RegExp, number]> = [
  [/\b(?:doubled|doubling|two-?fold|twofold)\b(?![\s\u00A0]+down)|вдвое|удвои\p{L}*|удвое\p{L}*/giu, 2],
  [/\b(?:tripled|tripling|three-?fold|threefold)\b|втрое|утрои\p{L}*|утрое\p{L}*/giu, 3],
  // The verb "double" only after "to" or a modal or an adverb of degree: "plans to nearly double spending" (not "double taxation").
  // "roughly double its level of 2016", "twice the 2016 level": a comparison of two levels.
  [/(?<=\b(?:to|will|would|could|should|may|might|nearly|almost|more than|roughly|about|around|some|over)[\s\u00A0]+)double\b(?![\s\u00A0-]+(?:taxation|standards?|digits?))|\btwice\b(?=[\s\u00A0]+(?:as|its|the|that|their)\b)/giu, 2],
  [/(?<=\b(?:to|will|would|could|should|may|might|nearly|almost|more than|roughly|about|around|some|over)[\s\u00A0]+)triple\b/giu, 3],
  [/\b(?:quadrupled|four-?fold|fourfold)\b|вчетверо|учетвери\p{L}*/giu, 4],
  [/\b(?:halved|halving)\b/giu, 0.5],
  [/\b(?:five-?fold|fivefold)\b|впятеро/giu, 5],
  [/\b(?:six-?fold|sixfold)\b|вшестеро/giu, 6],
  [/\b(?:ten-?fold|tenfold)\b|вдесятеро/giu, 10],
  // "trade has grown roughly fifteenfold", "a twenty-fold rise".
  ...Object.entries(FOLD_WORDS).map(([word, value]): [RegExp, number] => [new RegExp(String.raw`\b${word}-?fold\b`, 'giu'), value]),
];
// Every multiplier word holds one of these (tests/figures/multiplier-hint.test.ts): most articles
// hold none, and one scan for them spares the six patterns above.
export const MULTIPLIER_HINT = /doubl|tripl|quadrupl|fold|twice|halv|двое|трое|вчетверо|впятеро|вшестеро|вдесятеро|удво|утро|учетвери/iu;

// "six of its peacekeepers", "38 of the 67 people on board": a part of a group counts what the group is.
const DATE_BEFORE = /(?:\d{1,2}(?:st|nd|rd|th)?,|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\p{L}*\.?,?)[\s\u00A0]*$/u;
// "a 64,000-strong army", "Azerbaijan's army, about 64,000 strong".
const STRONG_AFTER = /^(?:[-‐–][\s\u00A0]*|[\s\u00A0]+)strong(?![\p{L}])/iu;
// ("251 из 397 пострадавших": a Russian part names its whole's number.)
const PARTITIVE = /^[\s\u00A0]+(?:of[\s\u00A0]+(?:its|their|the|our|his|her)(?:[\s\u00A0]+\d[\d,.]*)?|из[\s\u00A0]+\d[\d,.]*)(?=[\s\u00A0])/iu;
const YEAR_PREPOSITION = /(?:^|[\s(])(?:in|of|since|by|for|during|from|to|until|before|after|в|во|с|со|к|до|по|за|на|из|от|после)[\s\u00A0]+$/iu;

/** The script decides how commas are read: Cyrillic text uses the decimal comma. */
export function languageOf(text: string): Lang {
  // Counted by code unit in a loop: match(/…/g) built an array of one string per letter of the article.
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0400 && c <= 0x04ff) cyr++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) lat++;
  }
  return cyr > lat ? 'ru' : 'en';
}

/** A currency before the number, unless it is a word or code that closes the number before it ("10 rmb 20 usd"). */
function prefixOf(text: string, at: number): ReturnType<typeof currencyBefore> {
  const before = currencyBefore(text, at);
  if (!before || !/\p{L}/u.test(text.slice(before.start, before.end))) return before;
  return /\d[\s\u00A0]*$/u.test(text.slice(Math.max(0, before.start - 3), before.start)) ? null : before;
}

function withUnit(text: string, n: Numeral): Quantity {
  const raw = n.value / n.scale;
  if (n.words && DURATION_AFTER.test(text.slice(n.end, n.end + 14))) return { value: n.value, unit: null, kind: null, start: n.start, end: n.end, numberStart: n.start, plain: false, words: true, raw, scale: n.scale, factor: 1 };
  const base: Quantity = { value: n.value, unit: null, kind: null, start: n.start, end: n.end, numberStart: n.start, plain: n.plain, words: n.words, raw, scale: n.scale, factor: 1 };
  const before = prefixOf(text, n.start);
  if (before) {
    let value = n.value;
    let end = n.end;
    const short = n.scale === 1 ? shortScaleAfter(text, n.end) : null;
    if (short) {
      value *= short.factor;
      end = short.end;
    }
    const after = currencyAfter(text, end);
    // "$ 20,000.00 $ 37,305.97": a trailing symbol that opens the next amount is not this one's.
    if (after && after.unit === before.unit && !/^[\s\u00A0]*[-−]?\d/u.test(text.slice(after.end, after.end + 3))) end = after.end;
    const scale = short ? short.factor : n.scale;
    return { ...base, value, unit: before.unit, kind: 'money', start: before.start, end, plain: false, scale };
  }
  const cur = currencyAfter(text, n.end);
  if (cur) {
    // "75 USD million"
    const late = n.scale === 1 ? readScale(text, cur.end) : null;
    const scale = late ? late.factor : n.scale;
    return { ...base, unit: cur.unit, kind: 'money', end: late?.end ?? cur.end, plain: false, value: raw * scale, scale };
  }
  const coded = scaledCodeAfter(text, n.end);
  if (coded) return { ...base, unit: coded.unit, kind: 'money', end: coded.end, plain: false, value: n.value * coded.factor, scale: n.scale * coded.factor };
  const mult = multiplierAround(text, n.start, n.end);
  if (mult && countsIncidents(text, mult.start, mult.end)) return { ...base, unit: 'count', kind: 'count', end: mult.end, plain: false, nounMetric: 'incidents' };
  // "fired across the frontier 27 times in March, … and nine more times since Friday": more of the same events.
  const more = mult ? null : MORE_TIMES_AFTER.exec(text.slice(n.end, n.end + 24));
  if (more && countsIncidents(text, n.start, n.end + more[0].length)) return { ...base, unit: 'count', kind: 'count', end: n.end + more[0].length, plain: false, nounMetric: 'incidents' };
  if (mult) return { ...base, unit: 'times', kind: 'times', start: mult.start, end: mult.end, plain: false };
  const measure = measureAfter(text, n.end);
  if (measure) {
    const unit = measure.unit;
    return { ...base, value: n.value * measure.factor, unit, kind: kindOfUnit(unit), end: measure.end, plain: false, factor: measure.factor };
  }
  // A year-like plain number counts people only when the noun follows at once ("1960 миротворцев").
  const yearLike = isYearLike(n.plain, n.value);
  const afterYearWord = yearLike && YEAR_PREPOSITION.test(text.slice(Math.max(0, n.start - 12), n.start));
  // "the offensive of Sept. 19-20, 2023 killed about 200": the year of a date counts nobody.
  if (yearLike && DATE_BEFORE.test(text.slice(Math.max(0, n.start - 16), n.start))) return base;
  // "Almost four in five victims were men", "the toll remains one of the highest": a ratio or a rank counts nobody.
  if (RATIO_BEFORE.test(text.slice(Math.max(0, n.start - 24), n.start)) || (n.words && n.value === 1 && ONE_OF_THE.test(text.slice(n.end, n.end + 24)))) return base;
  // "six of its peacekeepers": a part of a group counts what the group is.
  // ("one of the wounded" is a person among them, not a count).
  const partitive = afterYearWord || (n.words && n.value === 1) ? null : PARTITIVE.exec(text.slice(n.end, n.end + 16));
  const noun = countNounAfter(text, n.end, afterYearWord ? -1 : 2) ?? (partitive ? countNounAfter(text, n.end + partitive[0].length, 1) : null) ?? glossNoun(text, n);
  if (noun) return { ...base, unit: noun.unit, kind: noun.unit, end: noun.end, nounMetric: noun.metric };
  // "the 1,960-strong peacekeeping contingent", "a 3,000-strong force": a strength of troops.
  const strong = STRONG_AFTER.exec(text.slice(n.end, n.end + 12));
  if (strong) {
    const named = countNounAfter(text, n.end + strong[0].length, 2);
    return { ...base, unit: 'persons', kind: 'persons', end: n.end + strong[0].length, plain: false, nounMetric: named?.metric ?? 'troops' };
  }
  // "one of the wounded" is a person, not a count; "Sept. 19-20, 2023 killed about 200" is a date.
  const verb = afterYearWord || yearLike || (n.words && n.value === 1) ? null : casualtyVerbAfter(text, n.end);
  if (verb) return { ...base, unit: 'persons', kind: 'persons', nounMetric: 'casualties' };
  const countedBy = yearLike ? null : (countVerbAround(text, n.start, n.end) ?? countHeadBefore(text, n.start) ?? ofWhomBefore(text, n.start, n.end));
  if (countedBy) return { ...base, unit: 'persons', kind: 'persons', nounMetric: countedBy, countedBy: 'verb' };
  if (!yearLike && forcesStrengthBefore(text, n.start, n.value)) return { ...base, unit: 'persons', kind: 'persons', nounMetric: 'troops', countedBy: 'verb' };
  if (isPopulation(text, n.start) && n.scale > 1) return { ...base, unit: 'persons', kind: 'persons', nounMetric: null };
  if (n.collective) return { ...base, unit: 'persons', kind: 'persons', nounMetric: null };
  return base;
}

const RATIO_BEFORE = /(?:^|[^\p{L}\d])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|один|одна|два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)[\s\u00A0]+in[\s\u00A0]+$/iu;
const ONE_OF_THE = /^[\s\u00A0]+of[\s\u00A0]+the[\s\u00A0]+(?:\p{L}+est|most|worst|best|largest|biggest|highest|lowest)(?![\p{L}])/iu;

/** "• 1,960: Russian peacekeepers deployed …", "Five: Russian peacekeepers killed": a bare number heading its line, counted by its gloss. */
function glossNoun(text: string, n: { start: number; end: number }): ReturnType<typeof countNounAfter> {
  if (text[n.end] !== ':' || !LINE_HEAD.test(text.slice(Math.max(0, n.start - 40), n.start))) return null;
  return countNounAfter(text, n.end + 1, 2);
}

function multiplierWords(text: string, masks: ReturnType<typeof findMasks>): Quantity[] {
  const out: Quantity[] = [];
  if (!MULTIPLIER_HINT.test(text)) return out;
  for (const [re, value] of MULTIPLIER_WORDS) {
    re.lastIndex = 0;
    for (const m of allMatches(re, text)) {
      if (isMasked(masks, m.index, m.index + m[0].length)) continue;
      const end = m.index + m[0].length;
      out.push({ value, unit: 'times', kind: 'times', start: m.index, end, numberStart: m.index, plain: false, words: true, raw: value, scale: 1, factor: 1 });
    }
  }
  return out;
}

/** Every quantity in text, in order; ranges joined ("$3–4 billion" is one quantity). */
export function findQuantities(text: string, lang: Lang = languageOf(text)): Quantity[] {
  const masks = findMasks(text);
  const numerals = findNumerals(text, lang).filter((n) => !isMasked(masks, n.start, n.end));
  const quantities = numerals.map((n) => withUnit(text, n));
  const words = multiplierWords(text, masks).filter((w) => !quantities.some((q) => w.start < q.end && q.start < w.end));
  const all = [...quantities, ...words].sort((a, b) => a.start - b.start);
  return shareCoordinated(text, joinRanges(text, all));
}

// "60 Russian and 60 Turkish officers": one adjective and a conjunction between the two numbers.
// "более 200 армянских и около 80 азербайджанских военнослужащих": the second may have a qualifier of its own.
const COORDINATED = /^[\s\u00A0]+[\p{L}-]+[\s\u00A0]+(?:and|or|и|или)[\s\u00A0]+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more than|at least|около|более|почти|свыше|порядка|примерно|не менее)[\s\u00A0]+)?$/u;

/** A bare number coordinated with a head count takes its noun; the second shares the first's qualifier. */
function shareCoordinated(text: string, qs: Quantity[]): Quantity[] {
  return qs.map((q, i) => {
    const next = qs[i + 1];
    const prev = qs[i - 1];
    if (q.unit === null && next && (next.kind === 'persons' || next.kind === 'count') && COORDINATED.test(text.slice(q.end, next.start)) && !isYearLike(q.plain, q.value)) {
      return { ...q, unit: next.unit, kind: next.kind, nounMetric: next.nounMetric ?? null, value: q.raw * q.scale };
    }
    if (prev && (prev.unit === null || prev.countedBy === 'verb') && (q.kind === 'persons' || q.kind === 'count') && COORDINATED.test(text.slice(prev.end, q.start)) && !isYearLike(prev.plain, prev.value)) {
      return { ...q, pairedWith: prev.start };
    }
    return q;
  });
}
