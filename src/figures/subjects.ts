/**
 * Who a figure is about: "RU-AZ" (bilateral), "RU>AZ" (a flow from Russia to Azerbaijan), another
 * pair ("AZ-AM"), a country with a group ("RU-CASPIAN"), one country ("AZ"), or "" when unknown.
 * Countries named in the figure's clause decide; with none, the article's main pair does.
 */
import type { Metric } from '../model/figure.ts';
import { PLACES, UNITS } from './lexicon.ts';
import { PhraseMatcher, hitsWithin, memoByText, type Hit } from './patterns.ts';
import { explicitFlow, flowOf, partnerOf, type FlowInput } from './subject-flows.ts';
import { routeOf } from './subject-routes.ts';
import { betweenPair, facilityOwner } from './subject-cargo.ts';
import { fundingSubject } from './subject-funding.ts';
import { securitySubject } from './subject-security.ts';

export interface PlaceMention {
  code: string;
  start: number;
  end: number;
  kind: 'name' | 'proxy' | 'group' | 'pair';
}

const ORDER = new Map(PLACES.countries.map((c, i) => [c.code, i]));
const NAMES = new PhraseMatcher(PLACES.countries.map((c) => [c.code, c.names] as const));
const PROXIES = new PhraseMatcher(PLACES.countries.map((c) => [c.code, c.proxies] as const));
const GROUPS = new PhraseMatcher(PLACES.groups.map((g) => [g.code, g.names] as const));
// One list: its hits are what matchAll of the list's regex finds (no overlaps to resolve), found through the word index.
const PAIR_WORDS = new PhraseMatcher([['pair', PLACES.pair_words]]);
// "in Moscow", "в Баку": a capital used as a place, not as a party.
const LOCATIVE = /(?:\b(?:in|at|to|from|near|outside|capital)|(?:^|[\s(])(?:в|во|из|под|столиц\p{L}*))[\s\u00A0]+(?:the[\s\u00A0]+(?:capital[\s\u00A0]+)?)?$/iu;

// "to Ganja Auto Plant", "from Baku Shipyard": a city that opens a capitalised name names a company, not a place.
const NAME_GOES_ON = /^[\s\u00A0]+\p{Lu}\p{Ll}/u;

function isLocative(text: string, p: PlaceMention): boolean {
  return LOCATIVE.test(text.slice(Math.max(0, p.start - 20), p.start)) && !NAME_GOES_ON.test(text.slice(p.end, p.end + 3));
}

function toMentions(hits: Hit[], kind: PlaceMention['kind']): PlaceMention[] {
  return hits.map((h) => ({ code: h.label, start: h.start, end: h.end, kind }));
}

/** Country, proxy, group and pair-word mentions in text[from, to), earliest first; a capital used as a place is left out. */
export function findPlaces(text: string, from = 0, to = text.length): PlaceMention[] {
  return placesIn(text, from, to).filter((m) => !m.locative);
}

/** The distinct countries named (by name or proxy) in text[from, to), in order of first mention. */
export function namedCountries(text: string, from: number, to: number): string[] {
  return [...new Set(findPlaces(text, from, to).filter((p) => p.kind === 'name' || p.kind === 'proxy').map((p) => p.code))];
}

/** Every place named, also a proxy used as a place ("in Gyumri", "from the Baku-Novorossiysk pipeline"). */
export function findAllPlaces(text: string, from = 0, to = text.length): PlaceMention[] {
  return placesIn(text, from, to);
}

// "stationed in Gyumri", "в Карабахе": where troops stand.
// Troops that leave a country ("left Azerbaijan's Karabakh region", "выведены из Карабаха") were stationed there.
const HOST_BEFORE = /(?:\b(?:in|into|at|inside|within|near|left|leave|leaving|withdrew from|withdrawn from|withdrawing from|pulled out of|out of)|(?:^|[\s(])(?:в|во|на территории|под|около|покинул\p{L}*|покидают|выведен\p{L}* из|вывели из|вывод\p{L}* из|выводя\p{L}* из|ушли из|уходят из))[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;

/** Countries named as where something stands ("peacekeepers in Karabakh", "the base in Gyumri"). */
// "Из Карабаха выводят почти 1,9 тыс. миротворцев", "From Karabakh, Russia is withdrawing": the verb after the place.
const FROM_BEFORE = /(?:\bfrom|(?:^|[\s(])из)[\s\u00A0]+$/iu;
const WITHDRAWN_AFTER = /^[\s\u00A0,]*(?:\p{L}+[\s\u00A0]+)?(?:вывод\p{L}*|выведут|выведен\p{L}*|уход\p{L}*|уйдут|ушли|withdraw\p{L}*|pull\p{L}* out|leav\p{L}*|left)(?![\p{L}])/iu;

// "deployed to Karabakh", "sent to Armenia": where troops were sent is where they stand.
const SENT_TO_BEFORE = /\b(?:deployed|redeployed|sent|dispatched|moved|posted|arrived)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?(?:to|in)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
// "the withdrawal of its 2,000 peacekeepers from Karabakh", "вывод … из Карабаха": the verb before the place.
const WITHDRAWAL_BEFORE = /(?:\bwithdr[ae]w\p{L}*|\bpull(?:ed|ing)?[\s\u00A0-]*out|\bpullout|(?:^|[\s(])вывод\p{L}*|(?:^|[\s(])выве\p{L}+)(?![\p{L}])[^.;]{0,80}$/iu;

export function findHosts(text: string, from: number, to: number): PlaceMention[] {
  return findAllPlaces(text, from, to).filter((m) => (m.kind === 'name' || m.kind === 'proxy') && isHost(text, m, from));
}

function isHost(text: string, m: PlaceMention, sentenceStart: number): boolean {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  if (HOST_BEFORE.test(before) || SENT_TO_BEFORE.test(before)) return true;
  if (!FROM_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) return false;
  return WITHDRAWN_AFTER.test(text.slice(m.end, m.end + 40)) || WITHDRAWAL_BEFORE.test(text.slice(Math.max(sentenceStart, m.start - 120), m.start));
}

type Place = PlaceMention & { locative?: boolean };

function placesIn(text: string, from: number, to: number): Place[] {
  return hitsWithin(allPlaces(text), from, to);
}

// "312,4 млн долларов США", "US dollars", "российских рублей": a country named in its currency's name is no party.
const CURRENCY_BEFORE = /(?:доллар\p{L}*|dollars?)[\s\u00A0]+$/iu;
const CURRENCY_AFTER = /^[\s\u00A0]+(?:dollars?|roubles?|rubles?|manats?|доллар\p{L}*|рубл\p{L}*|манат\p{L}*)(?![\p{L}])/iu;

// "the Tbilisi-based Caucasus Conflict Monitor", "a Moscow-based think tank": where a source sits names no party.
const BASED_AFTER = /^[-‑][\s\u00A0]*based(?![\p{L}])/iu;

function namesCurrency(text: string, m: PlaceMention): boolean {
  // ("US$24.5 billion", "A$": a currency symbol glued to the country's letters.)
  return text[m.end] === '$' || CURRENCY_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || CURRENCY_AFTER.test(text.slice(m.end, m.end + 12));
}

function namesSeat(text: string, m: PlaceMention): boolean {
  return BASED_AFTER.test(text.slice(m.end, m.end + 8));
}

// "BAKU/MAKHACHKALA – The Port of Baku handled …", "MOSCOW, June 25 (Reuters) –": a dateline names where the story
// was filed, no party to its figures.
const DATELINE_BEFORE = /(?:^|\n)[\s\u00A0]*(?:[\p{Lu}][\p{Lu}\s\u00A0/,.-]*)?$/u;
const DATELINE_AFTER = /^[\p{Lu}\s\u00A0/,.-]*(?:,[^\n–—]{0,30})?(?:\([^)\n]{1,40}\))?[\s\u00A0]*[–—-][\s\u00A0]/u;

function inDateline(text: string, m: PlaceMention): boolean {
  const written = text.slice(m.start, m.end);
  if (written !== written.toUpperCase() || written.length < 3) return false;
  return DATELINE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && DATELINE_AFTER.test(text.slice(m.end, m.end + 60));
}

// Each sentence is searched for places by several readers (scope, subjects, routes, hosts): the
// phrase lists run once over the whole article.
const allPlaces = memoByText((text: string): Place[] => {
  // A seat ("Tbilisi-based") or a dateline names no party, whether by a country's name or by a city of it.
  const party = (m: PlaceMention): boolean => !namesSeat(text, m) && !inDateline(text, m);
  const names = toMentions(NAMES.find(text), 'name').filter((m) => !namesCurrency(text, m) && party(m));
  const groups = toMentions(GROUPS.find(text), 'group');
  const proxies = toMentions(PROXIES.find(text), 'proxy').filter(party).map((p): Place => (isLocative(text, p) ? { ...p, locative: true } : p));
  const pairs: PlaceMention[] = [];
  for (const h of PAIR_WORDS.find(text)) pairs.push({ code: '', start: h.start, end: h.end, kind: 'pair' });
  const all: Place[] = [...groups, ...names, ...proxies, ...pairs].sort((a, b) => a.start - b.start);
  // Overlaps ("Russian Federation" inside a group name): the earlier, listed first, wins.
  return all.filter((m, i) => !all.slice(Math.max(0, i - 8), i).some((o) => m.start < o.end && o.start < m.end));
});

export function byOrder(a: string, b: string): number {
  return (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999) || a.localeCompare(b);
}

/** The article's main pair: the two most named countries (title counts three times), in lexicon order. */
export function mainPair(text: string, title: string | undefined): string[] {
  const score = new Map<string, number>();
  const add = (mentions: PlaceMention[], weight: number): void => {
    for (const m of mentions) if (m.kind === 'name' || m.kind === 'proxy') score.set(m.code, (score.get(m.code) ?? 0) + weight);
  };
  add(findPlaces(text), 1);
  if (title) add(findPlaces(title), 3);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || byOrder(a[0], b[0]));
  return ranked.slice(0, 2).map(([code]) => code).sort(byOrder);
}

const ISSUERS = new Map(UNITS.currencies.flatMap((c) => (c.country ? [[c.code, c.country] as const] : [])));

/** The country that issues a currency (units.yaml `country`): "AZ" for AZN, null for USD or a measure. */
export const issuerOf = (unit: string | null | undefined): string | null => (unit ? (ISSUERS.get(unit) ?? null) : null);

export const pairOf = (codes: readonly string[]): string => [...new Set(codes)].sort(byOrder).join('-');

const SECURITY: ReadonlySet<Metric> = new Set(['troops', 'casualties', 'displaced', 'incidents', 'military_spending']);
const FLOWS: ReadonlySet<Metric> = new Set(['exports', 'imports', 'investment', 'funding', 'cargo_volume']);
const ROUTED: ReadonlySet<Metric> = new Set(['cargo_volume', 'distance']);
/** Goods trade: a turnover and its two directions (a country's total and its breakdown; a region's part of them). */
export const TRADE_FLOWS: ReadonlySet<Metric> = new Set(['trade_turnover', 'exports', 'imports']);
export const OWN_TOTAL = /\b(?:foreign|overall|total|global|external)\s+trade|внешн\p{L}*\s+торгов|внешнеторгов|общ\p{L}*\s+товарооборот/iu;

export interface SubjectInput {
  text: string;
  /** The metric, or for a growth rate the metric that grew. */
  metric: Metric;
  /** The number as written: "2,000 Russian peacekeepers" names whose troops. */
  surface: { start: number; end: number };
  /** The figure's unit: a budget in manats is Azerbaijan's when no country is named. */
  unit?: string | null;
  /** Mentions in the figure's own frame, its clause, and its whole sentence. */
  near: PlaceMention[];
  clause: PlaceMention[];
  sentence: PlaceMention[];
  /** The article's main pair. */
  pair: string[];
  sentenceStart: number;
  sentenceEnd: number;
  /** The figure's clause, for a port's own throughput ("The Makhachkala port handled …"). */
  clauseStart?: number;
  clauseEnd?: number;
  /** The country whose own total (or its breakdown) this figure is: "Azerbaijan's foreign trade …, of which exports". */
  total?: string | null;
  /** The last route the story named ("the Baku-Novorossiysk pipeline"), for "the pipeline" later. */
  storyRoute?: string | null;
  /** The people counted are soldiers ("five Russian peacekeepers were killed"): the count's noun is a troops noun. */
  soldiers?: boolean;
  /** The subject of the story's last figure of this metric, for a count whose sentence names no one ("the death toll rose to 23"). */
  storySubject?: string | null;
  /** The story's last troop strength ("RU>AZ"): where its soldiers are stationed when a sentence does not say. */
  storyTroops?: string | null;
  /** The one country the title names ("Azerbaijan: Returns and Mine Action – Situation Update"), if one. */
  titleCountry?: string | null;
}

export const countries = (ms: readonly PlaceMention[]): PlaceMention[] => ms.filter((m) => m.kind === 'name' || m.kind === 'proxy');
export const distinct = (ms: readonly PlaceMention[]): string[] => [...new Set(ms.map((m) => m.code))];

/** The closest level (clause, else sentence) that names a country, a group or the pair. */
function poolOf({ clause, sentence }: SubjectInput): PlaceMention[] {
  return clause.length > 0 ? clause : sentence;
}

export function chooseSubject(input: SubjectInput): string {
  const { metric, pair } = input;
  const pool = poolOf(input);
  const flowInput: FlowInput = { text: input.text, metric, near: input.near, pool, pair, amountEnd: input.surface.end, sentence: input.sentence, storyOrigin: originOf(input.storySubject), total: TRADE_FLOWS.has(metric) ? (input.total ?? null) : null };
  if (metric === 'cargo_volume') {
    const ends = betweenPair(input.text, input.clause, input.surface.end);
    if (ends) return pairOf(ends);
    // From the sentence's start: the port may open it before an aside ("Порты Астраханского узла, где …, обработали").
    const own = facilityOwner(input.text, input.sentenceStart, input.surface.start, input.clauseEnd ?? input.sentenceEnd);
    if (own) return own;
  }
  // A route named by cities gives cargo its direction before any owner does.
  const routed = ROUTED.has(metric) ? routedSubject(input) : null;
  if (routed && metric === 'cargo_volume') return routed;
  if (FLOWS.has(metric) || flowInput.total) {
    const flow = flowOf(flowInput);
    if (flow) return flow;
  }
  if (routed) return routed;
  const group = pool.find((m) => m.kind === 'group');
  // "The EU has pledged 5 million euros": a group that pays, to no one named, is the subject alone.
  if (group && metric === 'funding' && countries(pool).length === 0) return group.code;
  if (group) {
    const pivot = countries(pool)[0]?.code ?? pair[0];
    return pivot ? `${pivot}-${group.code}` : group.code;
  }
  if (SECURITY.has(metric)) return securitySubject({ ...input, pair }, pool);
  if (metric === 'funding') return fundingSubject({ text: input.text, pool, sentence: input.sentence, pair, amountStart: input.surface.start, sentenceStart: input.sentenceStart, sentenceEnd: input.sentenceEnd, issuer: issuerOf(input.unit) });
  return explicitFlow(flowInput) ?? bilateralSubject(input, pool);
}

/** "AZ" of "AZ>EU" or of "AZ"; nothing of a pair. */
function originOf(subject: string | null | undefined): string | null {
  const m = /^([A-Z]{2})(?:>|$)/.exec(subject ?? '');
  return m ? m[1]! : null;
}

/**
 * Cargo and lengths on a route: the country that owns the goods in the figure's own words ("1.6 million
 * tonnes of Kazakh oil"), else the route the sentence names, else the story's route when the sentence
 * names nothing off it ("84,000 tonnes were pumped via the pipeline").
 */
function routedSubject({ text, near, sentence, sentenceStart, sentenceEnd, storyRoute, metric, surface }: SubjectInput): string | null {
  const route = routeOf(text, findAllPlaces(text, sentenceStart, sentenceEnd));
  if (!route && !storyRoute) return null;
  // "1.6 million tonnes of Kazakh oil": a nationality of the goods, not a place they pass.
  const own = distinct(countries(near).filter((m) => m.start >= surface.end && /^[\s\u00A0]*of[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?$/iu.test(text.slice(surface.end, m.start))));
  if (metric === 'cargo_volume' && own.length === 1 && !(route ?? storyRoute ?? '').includes(own[0]!)) return own[0]!;
  if (route) return route;
  const named = distinct(countries(sentence));
  return storyRoute && named.every((c) => storyRoute.split('>').includes(c)) ? storyRoute : null;
}

export function contextSubject(pool: readonly PlaceMention[], pair: readonly string[]): string {
  if (pair.length === 2 || pool.some((m) => m.kind === 'pair')) return pairOf(pair);
  return pair[0] ?? '';
}

const NUMBER_BETWEEN = /\d/u;
const YEARS = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

/**
 * "Russia's trade with Iran, at $4.8bn, is smaller than its trade with Azerbaijan", "Товарооборот России и Ирана
 * составил 4,8 млрд долларов, России и Азербайджана – …": exactly two countries before the amount, with no other
 * amount between them and it, are its pair.
 */
function ownPair({ text, near, surface }: SubjectInput): string | null {
  const before = countries(near).filter((m) => m.end <= surface.start);
  const codes = distinct(before);
  if (codes.length !== 2) return null;
  const first = before.find((m) => m.code === codes[0])!;
  return NUMBER_BETWEEN.test(text.slice(first.end, surface.start).replace(YEARS, '')) ? null : pairOf(codes);
}

function bilateralSubject(input: SubjectInput, pool: PlaceMention[]): string {
  const { text, metric, pair } = input;
  const partner = partnerOf(text, input.near, input.sentence, pair);
  if (partner) return partner;
  const own = ownPair(input);
  if (own) return own;
  const names = countries(pool).filter((m) => m.kind === 'name');
  let codes = distinct(names);
  if (codes.length < 2) codes = distinct([...names, ...countries(pool)]);
  // "In 2025, total trade turnover fell 4.4 percent" under the title "Azerbaijan: Foreign Trade in 2025": the title's country's own total.
  if (codes.length === 0 && input.titleCountry && OWN_TOTAL.test(text.slice(input.sentenceStart, input.surface.start))) return input.titleCountry;
  if (codes.length === 0) return contextSubject(pool, pair);
  if (codes.length === 1) {
    const only = codes[0]!;
    if (OWN_TOTAL.test(text.slice(Math.max(0, pool[0]!.start - 60), pool.at(-1)!.end + 60))) return only;
    const bilateralMetric = metric === 'trade_turnover' || metric === 'cargo_volume' || metric === 'growth_rate';
    if (pair.length === 2 && pair.includes(only) && (bilateralMetric || pool.some((m) => m.kind === 'pair'))) return pairOf(pair);
    return only;
  }
  const inPair = codes.filter((c) => pair.includes(c));
  return pairOf(inPair.length >= 2 ? inPair : codes.slice(0, 2));
}
