/**
 * Unit readers anchored at a position: currency before or after the number, measures, counts of
 * people, multipliers. All built from config/figures/units.yaml and metrics.yaml at import.
 */
import { CUES, METRICS, UNITS } from './lexicon.ts';
import { phrasesSource } from './patterns.ts';

export interface UnitHit {
  unit: string;
  factor: number;
  start: number;
  end: number;
}

interface Anchored {
  unit: string;
  factor: number;
  after: RegExp;
  before: RegExp | null;
}

function anchoredAfter(phrases: readonly string[]): RegExp {
  return new RegExp(`^(?:${phrasesSource(phrases)})`, 'u');
}

function anchoredBefore(phrases: readonly string[]): RegExp {
  return new RegExp(`(?:${phrasesSource(phrases)})$`, 'u');
}

const CURRENCIES: Anchored[] = UNITS.currencies.map((c) => ({
  unit: c.code,
  factor: 1,
  after: anchoredAfter(c.suffixes),
  before: c.prefixes.length ? anchoredBefore(c.prefixes) : null,
}));

const MEASURES: Anchored[] = UNITS.measures.map((m) => ({ unit: m.unit, factor: m.factor ?? 1, after: anchoredAfter(m.patterns), before: null }));

/**
 * One regex matching wherever any of these (all flagged 'u') does: most numbers have no unit at all,
 * and one failed test is cheaper than a failed test per currency or measure.
 */
function unionOf(res: ReadonlyArray<RegExp | null>): RegExp {
  const kept = res.filter((r): r is RegExp => r !== null);
  return kept.length === 0 ? /(?!)/u : new RegExp(kept.map((r) => `(?:${r.source})`).join('|'), 'u');
}

const ANY_CURRENCY_AFTER = unionOf(CURRENCIES.map((c) => c.after));
const ANY_CURRENCY_BEFORE = unionOf(CURRENCIES.map((c) => c.before));
const ANY_MEASURE_AFTER = unionOf(MEASURES.map((m) => m.after));

/** Nouns that make a number a head count or an event count, with the metric they imply. */
// Words between a number and "officers" that make them civil servants (metrics.yaml civil_services).
const CIVIL_SERVICE = new RegExp(phrasesSource(METRICS.civil_services ?? []) || '(?!)', 'u');
const COUNT_NOUNS: Array<{ unit: 'persons' | 'count'; metric: string | null; re: RegExp }> = [
  ...Object.entries(METRICS.metrics)
    .filter(([, m]) => m?.nouns?.length)
    .map(([metric, m]) => ({
      unit: m!.units.includes('count') ? ('count' as const) : ('persons' as const),
      metric,
      re: anchoredAfter(m!.nouns!),
    })),
  { unit: 'persons', metric: null, re: anchoredAfter(UNITS.persons) },
];
const ANY_COUNT_NOUN = unionOf(COUNT_NOUNS.map((c) => c.re));

const COORDINATOR = /^(?:and|or|и|или)$/iu;
const NOT_BETWEEN = /^(?:of|in|at|to|for|and|or|from|by|on|was|were|is|are|that|who|which|whom|whose|when|where|after|before|than|have|has|had|will|would|could|may|years?|months?|weeks?|days?|hours?|minutes?|decades?|times|в|на|из|и|или|по|с|что|который|которые|лет|года|месяц\p{L}*|дн\p{L}*|недел\p{L}*|час\p{L}*)$/iu;
const NOT_PEOPLE_AFTER = /^[\s\u00A0]+(?:carriers?|vehicles?|units?|transporters?|ships?|aircraft)(?![\p{L}])/iu;
// "290 were injured", "38 of whom died", "погибли 3": a bare number counted by its verb.
const CASUALTY_VERB_AFTER = /^[\s\u00A0]+(?:(?:of|among) (?:whom|them|its|their|the) (?:\p{L}+ )?)?(?:(?:people|persons|others) )?(?:were |was |have been |had been |are |were reportedly )?(?:killed|injured|wounded|died|dead|hurt)(?![\p{L}])/iu;
// Between a number and its unit: spaces, a hyphen ("4,324-kilometer") or an opening bracket ("20 (kg)").
const GAP = /^[\s\u00A0\u2009\u202F]*(?:-|([([{<]))?[\s\u00A0]*/u;
const CLOSERS: Record<string, string> = { '(': ')', '[': ']', '{': '}', '<': '>' };
const SHORT_SCALE = /^[\s\u00A0]?(?:tn|bn|b|mn|m|k|t)(?![\p{L}\p{N}])/iu;
// "30 MUSD", "120 MEUR": a scale letter glued to a currency code.
const SCALED_CODE = new RegExp(`^[\\s\\u00A0]*(MM|M|K|B|Bn)(${UNITS.currencies.map((c) => c.code).join('|')})(?![\\p{L}])`, 'u');
// "… and nine more times since Friday": more of the events counted before.
export const MORE_TIMES_AFTER = /^[\s\u00A0]+(?:more|other|additional|further)[\s\u00A0]+times(?![\p{L}])/iu;
const MULTIPLIER_AFTER = /^[\s\u00A0-]*(?:times|fold|раза|раз)(?![\p{L}])/iu;
// A duration after a number written in words ("five months", "three decades") is no quantity.
export const DURATION_AFTER = /^[\s\u00A0-]+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries|seasons?|лет|года|год|месяц\p{L}*|недел\p{L}*|дн\p{L}*|суток|час\p{L}*|минут\p{L}*)(?![\p{L}])/iu;
const MULTIPLIER_BEFORE = /(?:^|[\s(])в[\s\u00A0]+$/u;

function longest(text: string, at: number, entries: readonly Anchored[], any: RegExp): UnitHit | null {
  const g = GAP.exec(text.slice(at, at + 6));
  const gap = g?.[0].length ?? 0;
  const rest = text.slice(at + gap, at + gap + 48);
  if (!any.test(rest)) return null;
  let best: UnitHit | null = null;
  for (const e of entries) {
    const m = e.after.exec(rest);
    if (m && (!best || m[0].length > best.end - best.start)) {
      best = { unit: e.unit, factor: e.factor, start: at + gap, end: at + gap + m[0].length };
    }
  }
  const opener = g?.[1];
  if (best && opener) {
    if (text[best.end] !== CLOSERS[opener]) return null;
    best.end += 1;
  }
  return best;
}

/** "30 MUSD": the currency and the scale its letter gives. */
export function scaledCodeAfter(text: string, at: number): { unit: string; factor: number; end: number } | null {
  const m = SCALED_CODE.exec(text.slice(at, at + 12));
  if (!m) return null;
  const factor = m[1] === 'K' ? 1e3 : m[1] === 'B' || m[1] === 'Bn' ? 1e9 : 1e6;
  return { unit: m[2]!, factor, end: at + m[0].length };
}

/** A currency written before the number ("$", "USD ", "AZN "), ending right before `at`. */
export function currencyBefore(text: string, at: number): UnitHit | null {
  const head = text.slice(Math.max(0, at - 12), at).replace(/[\s\u00A0]+$/u, '');
  const headEnd = Math.max(0, at - 12) + head.length;
  if (!ANY_CURRENCY_BEFORE.test(head)) return null;
  let best: UnitHit | null = null;
  for (const e of CURRENCIES) {
    const m = e.before?.exec(head);
    if (m && (!best || m[0].length > best.end - best.start)) {
      best = { unit: e.unit, factor: 1, start: headEnd - m[0].length, end: headEnd };
    }
  }
  return best;
}

export function currencyAfter(text: string, at: number): UnitHit | null {
  return longest(text, at, CURRENCIES, ANY_CURRENCY_AFTER);
}

export function measureAfter(text: string, at: number): UnitHit | null {
  return longest(text, at, MEASURES, ANY_MEASURE_AFTER);
}

/** "m", "bn", "k" right after a money amount: scale words only money uses ("$120m", "$4B"). */
export function shortScaleAfter(text: string, at: number): { factor: number; end: number } | null {
  const m = SHORT_SCALE.exec(text.slice(at, at + 4));
  if (!m) return null;
  const word = m[0].trim().toLowerCase();
  const factor = word === 'tn' || word === 't' ? 1e12 : word.startsWith('b') ? 1e9 : word.startsWith('m') ? 1e6 : 1e3;
  return { factor, end: at + m[0].length };
}

/** "1.8 times", "в 1,8 раза", "1.8-fold": the span of the multiplier word(s) around the number. */
export function multiplierAround(text: string, start: number, end: number): { start: number; end: number } | null {
  const m = MULTIPLIER_AFTER.exec(text.slice(end, end + 10));
  if (!m) return null;
  const before = MULTIPLIER_BEFORE.exec(text.slice(Math.max(0, start - 4), start));
  const from = before ? start - before[0].replace(/^[\s(]/u, '').length : start;
  return { start: from, end: end + m[0].length };
}

/**
 * A head-count noun after the number, allowing up to `maxWords` words between
 * ("2,000 Russian peacekeepers", "100,000 ethnic Armenians").
 */
export function countNounAfter(text: string, at: number, maxWords: number): { unit: 'persons' | 'count'; metric: string | null; start: number; end: number } | null {
  if (maxWords < 0) return null;
  let pos = at;
  let joined = false;
  for (let skipped = 0; skipped <= maxWords; skipped++) {
    const gap = /^[\s\u00A0]+/u.exec(text.slice(pos, pos + 4))?.[0].length ?? 0;
    if (gap === 0 && skipped > 0) return null;
    const rest = text.slice(pos + gap, pos + gap + 40);
    for (const c of ANY_COUNT_NOUN.test(rest) ? COUNT_NOUNS : []) {
      const m = c.re.exec(rest);
      // "90 armored personnel carriers" counts vehicles, not people.
      if (m && !NOT_PEOPLE_AFTER.test(rest.slice(m[0].length))) {
        // "two federal prison officers": people, but no troops.
        const civil = c.metric === 'troops' && CIVIL_SERVICE.test(text.slice(at, pos));
        return { unit: c.unit, metric: civil ? null : c.metric, start: pos + gap, end: pos + gap + m[0].length };
      }
    }
    // "200 U.S. military personnel": an abbreviation with dots is one word.
    const word = /^[\p{L}](?:[\p{L}'’-]|\.(?=\p{L}))*\.?/u.exec(rest);
    // "14 mine and ERW casualties": one conjunction between two modifiers joins them.
    if (word && !joined && skipped > 0 && COORDINATOR.test(word[0])) {
      joined = true;
      skipped--;
    } else if (!word || NOT_BETWEEN.test(word[0])) return null;
    pos += gap + word[0].length;
  }
  return null;
}

/** A bare number counted by the verb after it ("290 were injured"): casualties. */
export function casualtyVerbAfter(text: string, at: number): { end: number } | null {
  const m = CASUALTY_VERB_AFTER.exec(text.slice(at, at + 48));
  return m ? { end: at + m[0].length } : null;
}

const POPULATION_BEFORE = /(?:population of|populations? (?:is|was|stands at|reached)|населени\p{L}*(?: составляет| в)?|численность\p{L}* населения)[\s\u00A0]+(?:about|some|over|more than|under|less than|nearly|almost|around|roughly|approximately|около|более|свыше|менее|почти|примерно)?[\s\u00A0]*$/iu;

/** "a population of 10.1 million": a head count with no noun after it. */
export function isPopulation(text: string, at: number): boolean {
  return POPULATION_BEFORE.test(text.slice(Math.max(0, at - 40), at));
}

// "0.2 bcm a year earlier" is a comparison, not a rate.
// One word may stand between, in English after "of" ("tonnes of cargo a year"), in Russian as a
// genitive ("тонн грузов в год", two: "т российского зерна в год"), but no preposition ("$4 billion in a year" is no rate).
export const RATE_RE = new RegExp(`^[\\s\\u00A0,]*(?:of\\s+(?:\\p{L}+\\s+){1,2}|(?!(?:in|within|over|for|during|за|через|в|на)\\s)(?:\\p{L}+|\\p{Script=Cyrillic}+\\s+\\p{Script=Cyrillic}+)\\s+)?(?:or more\\s+)?(?:${phrasesSource(CUES.rate)})(?![\\s\\u00A0]+(?:earlier|ago|before|later|раньше|ранее|назад))`, 'u');
// "$0.23/W", "$55 per barrel": a price per unit, not a total.
// "Per capita, that means Azerbaijan will spend roughly $470": a per-unit phrase opening the clause.
export const PER_UNIT_BEFORE = /(?:^|[\s(])(?:per capita|per head|per person|на душу населения|в расчете на душу)(?![\p{L}])/iu;
// "about 18 cubic metres per second": an instant flow (cues.yaml per_second).
export const PER_SECOND_RE = (CUES.per_second ?? []).length ? new RegExp(`^[\\s\\u00A0]*(?:${phrasesSource(CUES.per_second ?? [])})`, 'u') : /(?!)/u;
export const PER_UNIT_RE = new RegExp(`^(?:[\\s\\u00A0,]*(?:${phrasesSource(CUES.per_unit)})|\\/\\p{L})`, 'u');

const UNIT_HINTS: Array<{ unit: string; factor: number; re: RegExp }> = [
  ...UNITS.currencies.map((c) => ({ unit: c.code, factor: 1, re: new RegExp(phrasesSource([...c.prefixes, ...c.suffixes]), 'u') })),
  ...UNITS.measures.map((m) => ({ unit: m.unit, factor: m.factor ?? 1, re: new RegExp(phrasesSource(m.patterns), 'u') })),
];
const SCALE_HINTS: Array<[RegExp, number]> = [
  [/(?<![\p{L}])(?:billions?|bln|bn|млрд)(?![\p{L}])/iu, 1e9],
  [/(?<![\p{L}])(?:millions?|mln|mn|млн)(?![\p{L}])/iu, 1e6],
  [/(?<![\p{L}])(?:thousands?|тыс)(?![\p{L}])/iu, 1e3],
];

/** The unit a table label or caption announces ("Trade turnover, $ million", "(млн долларов США)"). */
// "Mine and UXO casualties (persons)", "Число пострадавших, человек": a count of people as a table's unit.
const PERSONS_HINT = /(?:\(|,[\s\u00A0]*)(?:(?:тыс\.?|thousands?|млн\.?|millions?)[\s\u00A0]*)?(?:persons|people|человек|чел\.?)(?:\)|[\s\u00A0]*$)/iu;

/** The scale word of a caption or a header ("(billions)", "млн долларов"): 1 when none. */
export function scaleHint(text: string): number {
  return SCALE_HINTS.find(([re]) => re.test(text))?.[1] ?? 1;
}

// "в т.ч.", "т.е.": abbreviations, no tonnes.
const ABBREVIATION = /(?:^|[\s(])(?:в[\s\u00A0]*)?т\.[\s\u00A0]*[чек]\./giu;

export function unitHint(written: string): { unit: string; factor: number; scale: number } | null {
  const text = written.replace(ABBREVIATION, ' ');
  if (PERSONS_HINT.test(text)) return { unit: 'persons', factor: 1, scale: scaleHint(text) };
  let best: { unit: string; factor: number; at: number } | null = null;
  for (const h of UNIT_HINTS) {
    const m = h.re.exec(text);
    if (m && (!best || m.index < best.at)) best = { unit: h.unit, factor: h.factor, at: m.index };
  }
  if (!best) return null;
  // "млрд куб. м", "bcm": the unit is billions already, so its scale word is no multiplier.
  const inBillions = best.unit === 'bcm' && best.factor === 1;
  return { unit: best.unit, factor: best.factor, scale: inBillions ? 1 : scaleHint(text) };
}
