/**
 * What one sentence's figures are decided from: its quantities (units filled in where a list or a
 * quote elides them, conversions in brackets left out), their frames, metric keywords, places and
 * period mentions; and the article state that runs from sentence to sentence.
 */
import type { Metric } from '../model/figure.ts';
import type { FigurePeriod } from './figure-periods.ts';
import { clauseBreaks, frameOf, type Frame } from './frames.ts';
import { PERSON_METRICS } from './metric-headcounts.ts';
import { THE_REST_BEFORE } from './period-tolls.ts';
import { metricHits } from './metrics.ts';
import { hitsWithin } from './patterns.ts';
import { findPeriods, type PeriodMention, type Published } from './periods.ts';
import type { Quantity } from './quantities.ts';
import type { Sentence } from './sentences.ts';
import { findPlaces } from './subjects.ts';
import { countNounAfter, MORE_TIMES_AFTER } from './units.ts';

export interface ArticleState {
  text: string;
  pub: Published | null;
  pair: string[];
  carried: { paragraph: number; period: FigurePeriod; chain: boolean } | null;
  /** Metric and subject of the last figure so far, for anaphora in the next sentence. */
  earlier: Metric | null;
  earlierSubject: string | null;
  /** The metric of the last figure in each kind of quantity (money, mass, …), for "the road figure". */
  ofKind: Map<string, Metric>;
  /** The paragraph's last total of money and last flow of goods, for a sentence with no metric word of its own. */
  /** The paragraph's last total of money and flow of goods; `moneySubject` is whose that total is. */
  series?: { paragraph: number; money: Metric | null; goods: Metric | null; moneySubject?: string | null; bullet?: boolean } | null;
  /** The last route named ("the Baku-Novorossiysk pipeline"), for "the pipeline" later. */
  route: string | null;
  /** The last subject of each metric so far. */
  subjects: Map<Metric, string>;
  /** The paragraph each of `subjects` was last set in. */
  subjectParagraphs?: Map<Metric, number>;
  /** The last money amount and its paragraph, for a bare "5 billion" in the next sentence of a quote. */
  money: { paragraph: number; q: Quantity } | null;
  /** The metric of the last head count and where its sentence ends, for "About 89,000 of them" in the next sentence. */
  people?: { metric: Metric; end: number } | null;
  /** The last count (incidents, head counts) and where its sentence ends: "… recorded 1,423 ceasefire violations. In 2024 it recorded 37". */
  counted?: { metric: Metric; unit: 'count' | 'persons'; end: number } | null;
  /** The last scaled amount of goods (tonnes, bcm) and its paragraph: "five million tonnes … We want eight million by 2028". */
  goods?: { paragraph: number; q: Quantity } | null;
  /** The one country the title names, if one: where mines lie when a toll's sentence names no place. */
  titleCountry?: string | null;
  /** The title is about that country's own foreign trade ("Azerbaijan: Foreign Trade in 2025"). */
  ownTradeStory?: boolean;
  /** The title names a region's trade ("Товарооборот Астраханской области с Азербайджаном"): the story's trade is the region's. */
  regionStory?: boolean;
  /** The trade metric the title or lead names ("почему товарооборот растет"), for bare money with no metric anywhere near. */
  topic?: Metric | null;
  /** `cargo_volume` when the title or lead names freight, for bare tonnes with no metric anywhere near. */
  goodsTopic?: Metric | null;
  /** The year of the budget the lead is about ("проект бюджета на 2026 год", "the 2026 budget"). */
  budgetYear?: string | null;
  /** The story's last period mention and last span of years, for "тогда" and "over the same period". */
  story: { last: string | null; span: string | null; runs?: string[]; headline?: string | null };
}

export interface Scope {
  state: ArticleState;
  s: Sentence;
  quantities: Quantity[];
  frames: Frame[];
  hits: ReturnType<typeof metricHits>;
  places: ReturnType<typeof findPlaces>;
  mentions: PeriodMention[];
}

// "8.2 billion manats ($4.8 billion)", "1,3 млрд евро (около 1,4 млрд долларов)", "AZN 1.7bn, or $1bn":
// the same amount in another currency or unit, written after the first.
const CONVERSION_GAP = /^[\s\u00A0]*(?:\(|,[\s\u00A0]*or[\s\u00A0]+|,[\s\u00A0]*или[\s\u00A0]+)[\s\u00A0]*(?:about|approx\.?|approximately|roughly|some|around|около|примерно|порядка)?[\s\u00A0]*$/iu;

const CONVERTIBLE: ReadonlySet<string> = new Set(['length', 'mass', 'gas', 'oil']);

/** A number restating the one before it in other units: "4,324-kilometer (2,686-mile)", "930 manats ($547)". */
export function isConversion(text: string, qs: readonly Quantity[], i: number): boolean {
  const q = qs[i]!;
  const prev = qs[i - 1];
  if (!prev || prev.kind !== q.kind || !CONVERSION_GAP.test(text.slice(prev.end, q.start))) return false;
  // Only units with more than one system convert; "9.4% (8.7% in 2023)" is a second figure.
  return q.kind === 'money' ? prev.unit !== q.unit : CONVERTIBLE.has(q.kind ?? 'count');
}

// "ранения получили пять человек, а не четыре", "five were wounded, not four": a corrected count is of the same people.
// "… 14 случаев обстрела, тогда как в январе–мае прошлого года – 96", "…, while in 2023 – 96": the same count, its verb and noun left out.
const CONTRAST_DASH = /(?:,[\s\u00A0]*(?:тогда как|в то время как|а|while|whereas))(?![\p{L}])[^.;!?\d]{0,80}[–—][\s\u00A0]*(?:(?:about|some|nearly|almost|около|почти|более|свыше)[\s\u00A0]+)?$/iu;
// ", bringing the total since November 2020 to 412", ", доведя общее число с ноября 2020 года до 412": the running sum of the count before.
const RUNNING_TOTAL = /[,;–—][\s\u00A0]*(?:(?:bringing|taking|raising|pushing)[\s\u00A0]+the[\s\u00A0]+(?:total|toll|tally|number)[^.;]{0,40}?[\s\u00A0]+to|доведя[\s\u00A0]+(?:общее[\s\u00A0]+)?(?:число|количество)[^.;]{0,40}?[\s\u00A0]+до)[\s\u00A0]*$/iu;

function runningTotal(text: string, from: number, to: number): boolean {
  const between = text.slice(from, to);
  return to - from < 140 && !/\d/u.test(between.replace(/(?:19|20)\d{2}/gu, '')) && RUNNING_TOTAL.test(between);
}

const TOTAL_OF = /^[^.;\d]{0,30}[,;–—(][\s\u00A0]*(?:a total of|in total|in all|altogether|всего|итого|в общей сложности)[\s\u00A0]*$/iu;
// "… in Armenia", "… в Армении": a country right after the number.
const IN_PLACE_AFTER = /^[\s\u00A0]*(?:in|в|во)[\s\u00A0]+\p{Lu}/u;
const LIST_DASH = /^[^.;!?\d]{0,10},[\s\u00A0]*(?:а[\s\u00A0]+|и[\s\u00A0]+|and[\s\u00A0]+)?(?:в|во|с|со|у|для|на|in|with|for|to)[\s\u00A0]+(?:[\p{L}\d-]+[\s\u00A0]*){1,3}[–—][\s\u00A0]*(?:(?:about|some|nearly|almost|over|more than|около|почти|более|свыше|порядка|примерно)[\s\u00A0]+)?$/iu;
const BASE_OPEN = /(?:\bup from|\bdown from|\bcompared (?:with|to)|\bagainst|,[\s\u00A0]*after|,[\s\u00A0]*from|,[\s\u00A0]*not|\brather than|\binstead of|,[\s\u00A0]*а[\s\u00A0]+не|(?:^|[\s\u00A0])против|по сравнению с)[\s\u00A0]+(?:(?:about|some|nearly|almost|an estimated|около|почти|примерно)[\s\u00A0]+)?$/iu;
const OTHER_UNIT_AFTER = /^[\s\u00A0]+(?:litres?|liters?|hectares?|square|sq|cubic|vehicles|cars|trucks|wagons|railcars|containers|TEU|heads|units|passengers|tourists|visitors|литр\p{L}*|гектар\p{L}*|квадратн\p{L}*|автомобил\p{L}*|транспортн\p{L}*[\s\u00A0]+средств|грузовик\p{L}*|вагон\p{L}*|контейнер\p{L}*|ДФЭ|голов|туристов|пассажиров)(?![\p{L}])/iu;
const COUNTED_NOUN_AFTER = /^[\s\u00A0]+(?:[a-z]+[\s\u00A0]+)?(?!dollars|euros|roubles|rubles|manats|tons|tonnes|barrels|drams|liras|tenge|pounds|yuan|times|more|less)[a-z]{3,}s\b/u;
// "accused Armenian forces of 61 ceasefire violations, while Armenia has reported 18 by Azerbaijan": the other side's count.
const REPORTED_AGAIN = /^[^.;]{0,80}\b(?:reported|recorded|counted|registered|cited|claimed)[\s\u00A0]+(?:(?:about|some|nearly|almost|over|more than|just)[\s\u00A0]+)?$/iu;
const COUNTED_AGAIN = /(?:\b(?:it|they|he|she|the ministry|officials)[\s\u00A0]+(?:has[\s\u00A0]+|have[\s\u00A0]+)?(?:recorded|reported|registered|counted|logged|listed)|(?:^|[\s\u00A0])(?:зафиксировал\p{L}*|зарегистрировал\p{L}*|насчитал\p{L}*))[\s\u00A0]+(?:(?:about|some|nearly|almost|over|more than|just|only|another|a further|около|более|почти|всего|лишь|еще|ещё)[\s\u00A0]+)?$/iu;
// "The bulletins recorded 212 violations in 2021; in 2022 the count rose by almost 130 percent, to 486": the new level of a
// change of the count before.
const CHANGE_TO_LEVEL = /\b(?:rose|grew|increased|climbed|jumped|fell|dropped|declined|decreased)\b[^.;\d]{0,30}\d[\d.,]*[\s\u00A0]*(?:%|percent|per cent)[\s\u00A0]*,?[\s\u00A0]*to[\s\u00A0]+$|(?:вырос\p{L}*|увеличил\p{L}*|сократил\p{L}*|снизил\p{L}*)[^.;\d]{0,30}\d[\d.,]*[\s\u00A0]*(?:%|процент\p{L}*)[\s\u00A0]*,?[\s\u00A0]*(?:[–—][\s\u00A0]*)?до[\s\u00A0]+$/iu;
// "61 reports … from the Ministry of Defence of Armenia and 43 from the Ministry of Defence of Azerbaijan": the next count
// repeats the preposition after the first, so the noun is elided.
const AND_ONLY_BEFORE = /(?:\band|(?:^|[\s\u00A0])и)[\s\u00A0]+(?:(?:about|some|nearly|almost|over|more than|около|почти|более)[\s\u00A0]+)?$/iu;
// "some 4,000 troops at its 4th base in South Ossetia and about 3,500 at the 7th in Abkhazia": so do head counts.
const PREPOSITION_AFTER = /^[\s\u00A0]+(from|by|against|on|in|at|от|со[\s\u00A0]+стороны|по)[\s\u00A0]+\p{L}/iu;
const ORDINAL = /\d+(?:st|nd|rd|th|-?й|-?я|-?е)(?![\p{L}])/giu;

function mirroredNext(text: string, listed: Quantity, q: Quantity): boolean {
  const between = text.slice(listed.end, q.start).replace(ORDINAL, 'N');
  if (q.start - listed.end > 90 || /[.;\d]/u.test(between) || !AND_ONLY_BEFORE.test(between)) return false;
  const first = PREPOSITION_AFTER.exec(between)?.[1];
  const again = PREPOSITION_AFTER.exec(text.slice(q.end, q.end + 30))?.[1];
  return !!first && !!again && first.toLowerCase() === again.toLowerCase();
}

const AND_NEXT = /^[^.;]{0,40}(?:\band|(?:^|[\s\u00A0])и)[\s\u00A0]+(?:(?:about|some|nearly|almost|over|more than|около|почти|более)[\s\u00A0]+)?$/iu;
// "… and Armenia with about 42,000", "… and Azerbaijan's at about 64,000", "…, а у Армении – около 42 тыс.": a country and the elided noun.
// An aside may follow the country: "and Armenia, by its own count, about 3,800".
const PARALLEL_NEXT = /^[^.;\d]{0,60}(?:\band|,|(?:^|[\s\u00A0])[аи])[\s\u00A0]+(?:у[\s\u00A0]+)?\p{Lu}[\p{L}-]*(?:['’]s)?(?:,[^,.;\d]{1,30},)?[\s\u00A0]*(?:with|at|[–—-])?[\s\u00A0]+(?:(?:about|some|around|roughly|nearly|almost|over|more than|около|почти|примерно|более|свыше|порядка)[\s\u00A0]+)?$/u;
const REST_BEFORE = /^[^.;\d]{0,70}(?:,[\s\u00A0]*(?:while|whereas|and|but)|(?:^|[\s\u00A0])(?:while|whereas)|,[\s\u00A0]*(?:а|и|но))[\s\u00A0]+(?:(?:about|some|around|roughly|nearly|almost|over|more than|another|около|почти|примерно|более|свыше|порядка|еще|ещё)[\s\u00A0]+)?$/iu;
const REST_AFTER = /^[\s\u00A0]+(?:have|has|had|were|are|was)[\s\u00A0]+(?:\p{Ll}+[\s\u00A0]+)?(?:moved|left|fled|returned|gone|resettled|settled|crossed|relocated|emigrated)(?![\p{L}])/iu;
const INCLUDING_NUMBER = /^[^.;!?\d]{0,40}[,(][\s\u00A0]*(?:including|among them|в том числе|из них|среди них)[\s\u00A0]+(?:(?:about|some|at least|nearly|almost|около|не менее|более|почти)[\s\u00A0]+)?$/iu;
const OF_THEM_AFTER = /^[\s\u00A0]+(?:of them|of whom|among them|из них)(?![\p{L}])/iu;
const REMAIN_AFTER = /^[\s\u00A0]+(?:remain|remained|remains|stay|stayed|are left|were left|остались|осталось|остаются|остается)(?![\p{L}])/iu;

// "credited with 3,000 to 4,000 personnel; the IISS lists just under 3,500 in …", "the contingent of 1,960
// servicemen had grown to about 2,100 in April 2024": a source's count or a change of the same people.
const PEOPLE_AGAIN_BEFORE = /(?:\b(?:lists|listed|puts|put|estimates|estimated|counts|counted|cites|cited|gives|gave|grown to|grew to|rose to|risen to|fell to|fallen to|dropped to|increased to|reduced to|cut to|shrunk to|shrank to)|(?:^|[\s\u00A0])(?:вырос\p{L}*[\s\u00A0]+до|увеличил\p{L}*[\s\u00A0]+до|сократил\p{L}*[\s\u00A0]+до|снизил\p{L}*[\s\u00A0]+до|оценива\p{L}*|насчитыва\p{L}*))(?:[\s\u00A0]+(?:it|them|the number|the figure|the strength)(?:[\s\u00A0]+at)?)?[\s\u00A0]+(?:(?:just|some|about|around|roughly|nearly|almost|over|under|more than|fewer than|less than|около|почти|примерно|более|свыше|порядка|менее)[\s\u00A0]+){0,2}$/iu;
// "It peaked at about 2,000", ", it had shrunk to roughly 1,600": a pronoun for the force counted before, and its level.
const ANOTHER_BEFORE = /(?:^|[\s\u00A0])(?:ещ[её]|another|a further|other)[\s\u00A0]+(?:(?:about|some|around|nearly|almost|roughly|over|около|почти|примерно|более|порядка|свыше)[\s\u00A0]+)?$/iu;
const SERVE_AFTER = /^[\s\u00A0]+(?:служат|служит|проходят[\s\u00A0]+службу|serve|serves|are serving|are deployed|are stationed)(?![\p{L}])/iu;
const ITS_LEVEL_BEFORE = /(?:^|[.!?,;][\s\u00A0]+)(?:it|they|its strength|the contingent|the force|the garrison)[\s\u00A0]+(?:had[\s\u00A0]+|has[\s\u00A0]+|have[\s\u00A0]+)?(?:peaked at|stood at|shrunk to|shrank to|fallen to|fell to|dropped to|grown to|grew to|rose to|risen to|numbered)[\s\u00A0]+(?:(?:just|some|about|around|roughly|nearly|almost|over|under|more than|fewer than)[\s\u00A0]+)?$/iu;
const SPAN_NOUN_AFTER = /^[\s\u00A0]+(?:months?|quarters?|weeks?|years?|days?|месяц\p{L}*|квартал\p{L}*|недел\p{L}*|лет|года?|дн\p{L}*)(?![\p{L}])/iu;
const YEAR_EARLIER_AFTER = /^[\s\u00A0]+(?:a year earlier|a year ago|the year before|годом ранее|год назад|годом раньше)(?![\p{L}])/iu;
// Nothing but a period, a clause's end or a preposition after it: "3,500 in its latest Military Balance", not "3,500 tanks".
const BARE_AFTER = /^[\s\u00A0]*(?:[,.;:)]|$|(?:in|on|by|at|as of|last|this|в|на|к)(?![\p{L}]))/iu;

// The whole opening its sentence: "Of the 64 incidents …", "Из 112 обстрелов …".
const OF_THE_WHOLE_BEFORE = /(?:^|[.!?\n][\s\u00A0"«]*)(?:of|из)[\s\u00A0]+(?:the[\s\u00A0]+|these[\s\u00A0]+|этих[\s\u00A0]+)?(?:(?:about|some|around|nearly|almost|more than|over|около|почти|более)[\s\u00A0]+)?$/iu;
// A part's own verb right after it: "52 involved …", "three were attacks", "43 пришлись на …".
const PART_VERB_AFTER = /^[\s\u00A0]+(?:involved|were|was|had|came|took|resulted|occurred|included|concerned|happened|targeted|пришл\p{L}*|был\p{L}*|связан\p{L}*|произошл\p{L}*|зафиксирован\p{L}*)(?![\p{L}])/iu;

function restatesPeople(text: string, people: Quantity, q: Quantity): boolean {
  if (q.value < 10 || q.start - people.end > 160) return false;
  return PEOPLE_AGAIN_BEFORE.test(text.slice(people.end, q.start)) && BARE_AFTER.test(text.slice(q.end, q.end + 12));
}

/**
 * A scaled number with no unit takes the unit of the amount before it: money from the sentence or,
 * in a quote, the paragraph ("в 2022 году ожидается рост до 3 млрд"); any other unit from the
 * quantity right before it when that one is scaled too ("23,8 млрд кубометров, из них в Италию – 10,2 млрд").
 */
function withElidedUnit(text: string, qs: readonly Quantity[], paragraphMoney: Quantity | null, paragraphGoods: Quantity | null, earlierPeople: Metric | null, earlierCount: ElisionContext['earlierCount']): Quantity[] {
  const out: Quantity[] = [];
  // Each number sees the ones before it as already read ("About 86,000 of them …, while some 14,000 have moved on").
  for (const q of qs) out.push(elidedUnitOf(text, q, [...out].reverse(), { paragraphMoney, paragraphGoods, earlierPeople, earlierCount }));
  return out;
}

const BRACKET_OPENED = /^[^.;()\d]{0,40}\([\s\u00A0]*(?:(?:of them|of whom|из них|в том числе|including)[\s\u00A0:,]*)?$/iu;
const NEXT_IN_BRACKET = /^[\s\u00A0]+[\p{L}-]+[\s\u00A0]*(?:,|\band|(?:^|[\s\u00A0])и)[\s\u00A0]+$/iu;
// ("1,460 people (372 families)": families are another count.)
const BREAKDOWN_AFTER = /^[\s\u00A0]+(?!(?:families|family|households|homes|houses|семей|семьи|семьям|домохозяйств\p{L}*|домов)(?![\p{L}]))[\p{L}-]+(?:[\s\u00A0]+[\p{L}-]+)?[\s\u00A0]*(?:\)|,|\band\b|(?:^|[\s\u00A0])и(?![\p{L}]))/iu;

/** "seven were wounded (four Armenian and three Azerbaijani)": a number that opens or continues a bracket after a head count. */
function inBreakdown(text: string, people: Quantity, q: Quantity): boolean {
  if (q.start - people.end > 60 || !BREAKDOWN_AFTER.test(text.slice(q.end, q.end + 40))) return false;
  const between = text.slice(people.end, q.start);
  if (BRACKET_OPENED.test(between)) return true;
  // The second of the breakdown: the first one stands inside the same open bracket.
  return NEXT_IN_BRACKET.test(between) && text.lastIndexOf('(', people.start) > text.lastIndexOf(')', people.start) && people.start - text.lastIndexOf('(', people.start) < 30;
}

const OF_TOTAL = /(?:^|[\s\u00A0«"(])(?:из|of)[\s\u00A0]+(?:общего[\s\u00A0]+)?(?:числа|количества|the[\s\u00A0]+total[\s\u00A0]+(?:number[\s\u00A0]+)?of|all[\s\u00A0]+the)(?![\p{L}])/giu;
const COUNT_LIST_NEXT = /^[^.;!?\d]{0,200},[\s\u00A0]*(?:(?:ещ[её]|another|and)[\s\u00A0]+)?$/iu;
const DASH_PLACE_AFTER = /^[\s\u00A0]*[—–-][\s\u00A0]*(?:в|во|на|in|on|at|along)(?![\p{L}])/iu;

/** "Из общего числа нарушений за апрель 97 …", "Of the total number of violations, 97 …": the noun of the total counts the part. */
function partOfTotal(text: string, q: Quantity): { unit: 'persons' | 'count'; metric: string | null } | null {
  const from = Math.max(0, q.start - 70);
  const opens = [...text.slice(from, q.start).matchAll(OF_TOTAL)].at(-1);
  if (!opens) return null;
  const noun = countNounAfter(text, from + opens.index + opens[0].length, 1);
  if (!noun || noun.end > q.start || /[\d.;]/u.test(text.slice(noun.end, q.start))) return null;
  return { unit: noun.unit, metric: noun.metric };
}

interface ElisionContext {
  paragraphMoney: Quantity | null;
  paragraphGoods: Quantity | null;
  earlierPeople: Metric | null;
  earlierCount?: { metric: Metric; unit: 'count' | 'persons' } | null;
}

function elidedUnitOf(text: string, q: Quantity, before: readonly Quantity[], { paragraphMoney, paragraphGoods, earlierPeople, earlierCount }: ElisionContext): Quantity {
  // "deployed 1,960 peacekeepers; today about 1,500 remain": the count of the same people.
  const people = before.find((p) => p.kind === 'persons');
  const notYear = !q.plain || q.value < 1900;
  // "… remain"; "11 of them with serious injuries": a part of them.
  const ofThem = REMAIN_AFTER.test(text.slice(q.end, q.end + 20)) || OF_THEM_AFTER.test(text.slice(q.end, q.end + 16));
  if (q.unit === null && notYear && people && (ofThem || restatesPeople(text, people, q))) return { ...q, unit: 'persons', kind: 'persons', nounMetric: people.nounMetric ?? null };
  // "stopped 1,140 attempts to cross the border illegally last year, 312 of them on the border with Russia": a part of the count.
  const countFirst = before.find((p) => p.kind === 'count');
  if (q.unit === null && notYear && !people && countFirst && OF_THEM_AFTER.test(text.slice(q.end, q.end + 16))) return { ...q, unit: 'count', kind: 'count', nounMetric: countFirst.nounMetric ?? null };
  // "71 of them fatally, including 11 so far this year": a part of the people counted before.
  if (q.unit === null && notYear && people && q.start - people.end < 60 && INCLUDING_NUMBER.test(text.slice(people.end, q.start))) return { ...q, unit: 'persons', kind: 'persons', nounMetric: people.nounMetric ?? null };
  // "Из общего числа нарушений за апрель 97 зафиксированы …": a part of a total counted by its noun is counted the same.
  const total = q.unit === null && notYear ? partOfTotal(text, q) : null;
  if (total) return { ...q, unit: total.unit, kind: total.unit, nounMetric: total.metric };
  // "…, 38 — в направлении Шарурского района, еще 29 — в Карабахском экономическом районе": the next items of a list of counts.
  const countBeforeDash = before.find((p) => p.kind === 'count');
  if (q.unit === null && notYear && countBeforeDash && q.start - countBeforeDash.end < 220 && COUNT_LIST_NEXT.test(text.slice(countBeforeDash.end, q.start)) && DASH_PLACE_AFTER.test(text.slice(q.end, q.end + 16))) {
    return { ...q, unit: 'count', kind: 'count', nounMetric: countBeforeDash.nounMetric ?? null };
  }
  // "из 339 человек 196 были гражданскими лицами": the part right after its whole counts the same people.
  if (q.unit === null && notYear && people && /^[\s\u00A0,]*$/u.test(text.slice(people.end, q.start)) && /(?:^|[\s\u00A0])(?:из|of)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu.test(text.slice(Math.max(0, people.start - 8), people.start))) return { ...q, unit: 'persons', kind: 'persons', nounMetric: people.nounMetric ?? null };
  // "из них 196 были гражданскими лицами, остальные 143 – военнослужащие", "the other 143 were soldiers": the rest of them.
  if (q.unit === null && notYear && people && q.start - people.end < 120 && THE_REST_BEFORE.test(text.slice(Math.max(0, q.start - 20), q.start))) return { ...q, unit: 'persons', kind: 'persons', nounMetric: people.nounMetric ?? null };
  // "seven were wounded (four Armenian and three Azerbaijani)": a breakdown in brackets counts the same people.
  if (q.unit === null && notYear && people && inBreakdown(text, people, q)) return { ...q, unit: 'persons', kind: 'persons', nounMetric: people.nounMetric ?? null };
  // "nearly 100,000 ethnic Armenians fled Karabakh … About 89,000 of them remain in Armenia": the people of the sentence before.
  if (q.unit === null && notYear && !people && ofThem && earlierPeople) return { ...q, unit: 'persons', kind: 'persons', nounMetric: earlierPeople };
  // "…насчитывают около 64 тыс. военнослужащих. Еще около 15 тыс. служат в пограничной службе": more of the force, serving.
  if (q.unit === null && notYear && !people && earlierPeople === 'troops' && ANOTHER_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start)) && SERVE_AFTER.test(text.slice(q.end, q.end + 30))) {
    return { ...q, unit: 'persons', kind: 'persons', nounMetric: 'troops' };
  }
  // "the contingent numbered 1,960 servicemen. It peaked at about 2,000 in February 2021": the same force's new level.
  if (q.unit === null && notYear && !people && earlierPeople === 'troops' && ITS_LEVEL_BEFORE.test(text.slice(Math.max(0, q.start - 120), q.start)) && BARE_AFTER.test(text.slice(q.end, q.end + 12))) {
    return { ...q, unit: 'persons', kind: 'persons', nounMetric: earlierPeople };
  }
  // "…recorded 1,423 ceasefire violations. In 2024 it recorded 37, down from 402": the verb of the count before, again.
  if (q.unit === null && notYear && earlierCount && !before.some((p) => p.unit !== null) && COUNTED_AGAIN.test(text.slice(Math.max(0, q.start - 40), q.start)) && BARE_AFTER.test(text.slice(q.end, q.end + 12))) {
    return { ...q, unit: earlierCount.unit, kind: earlierCount.unit, nounMetric: earlierCount.metric };
  }
  // "Of the 64 incidents recorded in June, 52 involved small-arms fire, nine involved mortar fire": parts of the whole.
  const whole = before.at(-1);
  if (q.unit === null && notYear && whole && (whole.kind === 'count' || whole.kind === 'persons') && OF_THE_WHOLE_BEFORE.test(text.slice(Math.max(0, whole.start - 24), whole.start)) && PART_VERB_AFTER.test(text.slice(q.end, q.end + 24))) {
    return { ...q, unit: whole.unit, kind: whole.kind, nounMetric: whole.nounMetric ?? null };
  }
  const countBefore = before.find((p) => p.kind === 'count' || p.kind === 'persons');
  // "mines have killed 79 people and injured 333, a total of 412": the sum of the counts before; "the count rose by almost
  // 130 percent, to 486": their new level.
  const sumOrLevel = countBefore && ((q.start - countBefore.end < 60 && TOTAL_OF.test(text.slice(countBefore.end, q.start))) || CHANGE_TO_LEVEL.test(text.slice(Math.max(countBefore.end, q.start - 80), q.start)) || runningTotal(text, countBefore.end, q.start));
  if (q.unit === null && notYear && countBefore && sumOrLevel && BARE_AFTER.test(text.slice(q.end, q.end + 12))) {
    return { ...q, unit: countBefore.unit, kind: countBefore.kind, nounMetric: countBefore.nounMetric ?? null };
  }
  // "fired across the frontier 27 times in March, … and nine more times since Friday": more of what was counted.
  const countedBefore = before.find((p) => p.kind === 'count');
  const more = q.unit === null && countedBefore ? MORE_TIMES_AFTER.exec(text.slice(q.end, q.end + 24)) : null;
  if (more && countedBefore) return { ...q, unit: 'count', kind: 'count', end: q.end + more[0].length, plain: false, nounMetric: countedBefore.nounMetric ?? null };
  // "fired across the frontier 27 times in March, up from 11 in February": the base counts what the count before it counts;
  // "41 ceasefire violations … in 2024 and 17 in the first seven months of 2025": so does the next of a list.
  // (A year between them is no count: "to about 2,500 troops by 2028, from an estimated 3,500 now".)
  // (Nor is the length of a period: "in the first four months of the year, against 14 a year earlier".)
  const counted = before.find((p) => p.unit !== null || !((p.plain && p.value >= 1900 && p.value <= 2100) || SPAN_NOUN_AFTER.test(text.slice(p.end, p.end + 12))));
  const between = counted ? text.slice(counted.end, q.start) : '';
  // (An attribution may stand between: "about 64,000 active personnel, according to The Military Balance 2025 published by the
  // IISS last week, against 42,900 in Armenia".)
  // ("killed or injured 19 people in Azerbaijan in the first four months of the year, against 14 a year earlier".)
  const longBase = counted !== undefined && q.start - counted.end < 160 && BASE_OPEN.test(between) && !/\d/u.test(between.replace(/(?:19|20)\d{2}/gu, '')) && (IN_PLACE_AFTER.test(text.slice(q.end, q.end + 30)) || YEAR_EARLIER_AFTER.test(text.slice(q.end, q.end + 24)));
  if (q.unit === null && notYear && counted && (counted.kind === 'count' || counted.kind === 'persons') && ((q.start - counted.end < 60 && BASE_OPEN.test(between)) || longBase || (q.start - counted.end < 140 && CONTRAST_DASH.test(between) && BARE_AFTER.test(text.slice(q.end, q.end + 12))))) {
    return { ...q, unit: counted.unit, kind: counted.kind, nounMetric: counted.nounMetric ?? null, ...(counted.countedBy ? { countedBy: counted.countedBy } : {}) };
  }
  // "41 ceasefire violations by Azerbaijani forces in 2024 and 17 in the first seven months of 2025": the next of a list of counts.
  const listed = before.find((p) => p.unit !== null);
  if (q.unit === null && notYear && listed?.kind === 'count' && ((q.start - listed.end < 60 && AND_NEXT.test(text.slice(listed.end, q.start))) || (q.start - listed.end < 100 && REPORTED_AGAIN.test(text.slice(listed.end, q.start))) || mirroredNext(text, listed, q))) {
    return { ...q, unit: listed.unit, kind: listed.kind, nounMetric: listed.nounMetric ?? null };
  }
  if (q.unit === null && notYear && listed?.kind === 'persons' && mirroredNext(text, listed, q)) {
    return { ...q, unit: listed.unit, kind: listed.kind, nounMetric: listed.nounMetric ?? null, pairedWith: listed.start };
  }
  // "against 42,900 in Armenia and 20,650 in Georgia": the next of a list of head counts by country.
  if (q.unit === null && notYear && listed?.kind === 'persons' && q.start - listed.end < 40 && AND_NEXT.test(text.slice(listed.end, q.start)) && IN_PLACE_AFTER.test(text.slice(listed.end, q.start)) && IN_PLACE_AFTER.test(text.slice(q.end, q.end + 30))) {
    return { ...q, unit: listed.unit, kind: listed.kind, nounMetric: listed.nounMetric ?? null, pairedWith: listed.start };
  }
  // "credits Azerbaijan with some 66,950 active personnel and Armenia with about 42,000": the same count of another country.
  if (q.unit === null && notYear && listed?.kind === 'persons' && q.start - listed.end < 80 && PARALLEL_NEXT.test(text.slice(listed.end, q.start)) && BARE_AFTER.test(text.slice(q.end, q.end + 12))) {
    return { ...q, unit: listed.unit, kind: listed.kind, nounMetric: listed.nounMetric ?? null, pairedWith: listed.start };
  }
  // "About 88,400 remain in the country, …, while about 7,900 have moved on to Russia": the rest of the same people.
  if (q.unit === null && notYear && listed?.kind === 'persons' && q.start - listed.end < 80 && REST_BEFORE.test(text.slice(listed.end, q.start)) && REST_AFTER.test(text.slice(q.end, q.end + 16))) {
    const counted = before.find((p) => p.kind === 'persons' && p.nounMetric)?.nounMetric ?? earlierPeople;
    return { ...q, unit: listed.unit, kind: listed.kind, nounMetric: counted ?? null };
  }
  // "в позапрошлом году было 3,2 миллиарда, в прошлом – около 3,7", "с Турцией – 6,7 миллиарда, с Италией – более 17": the next
  // item of a list of amounts of money, with its scale and unit left out.
  if (q.unit === null && notYear && q.scale <= 1 && !q.words && listed?.kind === 'money' && listed.scale >= 1e6 && q.value < 1000 && q.start - listed.end < 80 && LIST_DASH.test(text.slice(listed.end, q.start)) && BARE_AFTER.test(text.slice(q.end, q.end + 12))) {
    return { ...q, unit: listed.unit, kind: 'money', scale: listed.scale, value: q.value * listed.scale * listed.factor, factor: listed.factor };
  }
  if (q.unit !== null || !scaledTo(q, 1e3)) return q;
  // "4.1 million litres of wine": a unit the engine does not read is still a unit, not elided money;
  // "1.28 million customs declarations" counts the noun after it.
  if (OTHER_UNIT_AFTER.test(text.slice(q.end, q.end + 30)) || COUNTED_NOUN_AFTER.test(text.slice(q.end, q.end + 30))) return q;
  const prev = before.find((p) => p.unit !== null);
  if (prev && prev.kind !== 'money' && prev.kind !== 'percent' && scaledTo(prev, 1e3)) {
    return { ...q, unit: prev.unit, kind: prev.kind, factor: prev.factor, value: q.value * prev.factor, nounMetric: prev.nounMetric ?? null };
  }
  const own = before.find((p) => p.kind === 'money');
  // The paragraph's goods, when they were written after its last money ("We want eight million by 2028").
  if (!own && paragraphGoods && scaledTo(q, 1e6)) return { ...q, unit: paragraphGoods.unit, kind: paragraphGoods.kind, factor: paragraphGoods.factor, value: q.value * paragraphGoods.factor, nounMetric: paragraphGoods.nounMetric ?? null, elided: true };
  const money = own ?? paragraphMoney;
  return money && scaledTo(q, 1e6) ? { ...q, unit: money.unit, kind: money.kind, ...(own ? {} : { elided: true }) } : q;
}

// "$180 per 1,000 cubic metres", "250 долларов за 1000 кубометров": the amount a price is for is no figure.
const PER_BEFORE = /^[\s\u00A0]*(?:per|for each|for every|a|за|на)[\s\u00A0]+$/iu;

function isPriceDenominator(text: string, before: Quantity | undefined, q: Quantity): boolean {
  return before?.kind === 'money' && q.kind !== 'money' && q.start - before.end <= 14 && PER_BEFORE.test(text.slice(before.end, q.start));
}

const GOODS_KINDS: ReadonlySet<string> = new Set(['mass', 'gas', 'oil']);

/** Written with a scale word: "5 million", "five million" (words carry their scale in the value, before the unit's factor). */
function scaledTo(q: Quantity, min: number): boolean {
  return q.scale >= min || (q.words && q.value / (q.factor || 1) >= min);
}

export function scopeOf(state: ArticleState, s: Sentence, all: readonly Quantity[], mentions: PeriodMention[]): Scope | null {
  const { text } = state;
  const paragraphMoney = state.money?.paragraph === s.paragraph ? state.money.q : null;
  const goodsLast = state.goods?.paragraph === s.paragraph && (!paragraphMoney || paragraphMoney.start < state.goods.q.start);
  // Only the sentence right before: "19 граждан … Военный суд вынес приговоры 15 из них" counts prisoners, whatever came earlier.
  const people = state.people && s.start - state.people.end <= 3 ? state.people.metric : null;
  const earlierPeople = people && PERSON_METRICS.has(people) ? people : null;
  const counted = state.counted && s.start - state.counted.end <= 3 ? state.counted : null;
  const qs = withElidedUnit(text, hitsWithin(all, s.start, s.end), paragraphMoney, goodsLast ? state.goods!.q : null, earlierPeople, counted);
  const lastMoney = qs.filter((q) => q.kind === 'money').at(-1);
  if (lastMoney) state.money = { paragraph: s.paragraph, q: lastMoney };
  const lastGoods = qs.filter((q) => GOODS_KINDS.has(q.kind ?? '') && scaledTo(q, 1e3)).at(-1);
  if (lastGoods) state.goods = { paragraph: s.paragraph, q: lastGoods };
  const withUnits = qs.filter((q, i) => q.unit !== null && !isPriceDenominator(text, qs[i - 1], q));
  const quantities = withUnits.filter((_, i) => !isConversion(text, withUnits, i));
  if (quantities.length === 0) return null;
  const breaks = clauseBreaks(text, s.start, s.end);
  return {
    state,
    s,
    quantities,
    frames: quantities.map((_, i) => frameOf(text, s, quantities, i, breaks)),
    hits: metricHits(text, s.start, s.end),
    // A currency written before the number ("US$") is not a country; "2,000 Russian peacekeepers" is.
    places: findPlaces(text, s.start, s.end).filter((p) => !qs.some((q) => q.start < q.numberStart && p.start < q.numberStart && q.start < p.end)),
    mentions: mentions.filter((p) => !withUnits.some((q) => p.start < q.end && q.start < p.end)),
  };
}

/** Period mentions of a sentence. */
export function mentionsOf(state: ArticleState, s: Sentence): PeriodMention[] {
  return findPeriods(state.text, state.pub, s.start, s.end);
}

/** Where the parenthesis enclosing `at` opens (−1 outside any), counting from `from`. */
export function enclosingParen(text: string, from: number, at: number): number {
  const open: number[] = [];
  for (let i = from; i < at; i++) {
    if (text[i] === '(') open.push(i);
    else if (text[i] === ')') open.pop();
  }
  return open.at(-1) ?? -1;
}

// "- Trade in 2025: $4.86 billion, up 3.8%\n- January–March 2026: $1.16 billion, down 2.3%": a list item goes on with the item above.
const BULLET = /^[\s\u00A0]*[-–—•*][\s\u00A0]/u;

/** Whether a sentence opens a list item ("- ", "• "). */
export function isBullet(text: string, s: { start: number }): boolean {
  return BULLET.test(text.slice(text.lastIndexOf('\n', s.start - 1) + 1, s.start + 2));
}

// "- January–March 2026: $1.16 billion": an item labelled by a period alone (an item with words of its own,
// "• $736 million: Russian …", is a fact of its own).
const PERIOD_LABEL = /^[\s\u00A0]*[-–—•*][\s\u00A0]+([^:\n\d]*\d{4}[^:\n]{0,12}|[^:\n\d]{3,40}):/u;

/** The series a sentence goes on with: its paragraph's, or the list item's right above it when its label is a period. */
export function seriesFor(state: ArticleState, s: { start: number; paragraph: number }): ArticleState['series'] | null {
  const series = state.series;
  if (!series) return null;
  if (series.paragraph === s.paragraph) return series;
  if (!series.bullet || series.paragraph !== s.paragraph - 1 || !isBullet(state.text, s)) return null;
  const lineStart = state.text.lastIndexOf('\n', s.start - 1) + 1;
  const label = PERIOD_LABEL.exec(state.text.slice(lineStart, lineStart + 60))?.[1];
  const period = label ? findPeriods(label, state.pub).find((m) => m.period) : undefined;
  return period && label!.replace(/[\s\u00A0]/gu, '').length <= period.end - period.start + 2 ? series : null;
}
