/**
 * Who a figure is about: "RU-AZ" (bilateral), "RU>AZ" (a flow from Russia to Azerbaijan), another
 * pair ("AZ-AM"), a country with a group ("RU-CASPIAN"), one country ("AZ"), or "" when unknown.
 * Countries named in the figure's clause decide; with none, the article's main pair does.
 */
import type { Metric } from '../model/figure.ts';
import { PLACES } from './lexicon.ts';
import { PhraseMatcher, compilePhrases, type Hit } from './patterns.ts';
import { flowOf, partnerOf } from './subject-flows.ts';

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
const PAIR_WORDS = compilePhrases(PLACES.pair_words);
// "in Moscow", "в Баку": a capital used as a place, not as a party.
const LOCATIVE = /(?:\b(?:in|at|to|from|near|outside|capital)|(?:^|[\s(])(?:в|во|из|под|столиц\p{L}*))[\s\u00A0]+(?:the[\s\u00A0]+(?:capital[\s\u00A0]+)?)?$/iu;

function toMentions(hits: Hit[], kind: PlaceMention['kind']): PlaceMention[] {
  return hits.map((h) => ({ code: h.label, start: h.start, end: h.end, kind }));
}

/** Country, proxy, group and pair-word mentions in text[from, to), earliest first. */
export function findPlaces(text: string, from = 0, to = text.length): PlaceMention[] {
  const names = toMentions(NAMES.find(text, from, to), 'name');
  const groups = toMentions(GROUPS.find(text, from, to), 'group');
  const proxies = toMentions(PROXIES.find(text, from, to), 'proxy').filter((p) => !LOCATIVE.test(text.slice(Math.max(0, p.start - 20), p.start)));
  const pairs: PlaceMention[] = [];
  for (const m of text.slice(from, to).matchAll(PAIR_WORDS)) pairs.push({ code: '', start: from + m.index, end: from + m.index + m[0].length, kind: 'pair' });
  const all = [...groups, ...names, ...proxies, ...pairs].sort((a, b) => a.start - b.start);
  // Overlaps ("Russian Federation" inside a group name): the earlier, listed first, wins.
  return all.filter((m, i) => !all.slice(0, i).some((o) => m.start < o.end && o.start < m.end));
}

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

export const pairOf = (codes: readonly string[]): string => [...new Set(codes)].sort(byOrder).join('-');

const SECURITY: ReadonlySet<Metric> = new Set(['troops', 'casualties', 'displaced', 'incidents', 'military_spending']);
const FLOWS: ReadonlySet<Metric> = new Set(['exports', 'imports', 'investment', 'funding', 'cargo_volume']);
const OWN_TOTAL = /\b(?:foreign|overall|total|global|external)\s+trade|внешн\p{L}*\s+торгов|внешнеторгов|общ\p{L}*\s+товарооборот/iu;

export interface SubjectInput {
  text: string;
  /** The metric, or for a growth rate the metric that grew. */
  metric: Metric;
  /** The number as written: "2,000 Russian peacekeepers" names whose troops. */
  surface: { start: number; end: number };
  /** Mentions in the figure's own frame, its clause, and its whole sentence. */
  near: PlaceMention[];
  clause: PlaceMention[];
  sentence: PlaceMention[];
  /** The article's main pair. */
  pair: string[];
}

const countries = (ms: readonly PlaceMention[]): PlaceMention[] => ms.filter((m) => m.kind === 'name' || m.kind === 'proxy');
const distinct = (ms: readonly PlaceMention[]): string[] => [...new Set(ms.map((m) => m.code))];

/** The closest level (clause, else sentence) that names a country, a group or the pair. */
function poolOf({ clause, sentence }: SubjectInput): PlaceMention[] {
  return clause.length > 0 ? clause : sentence;
}

export function chooseSubject(input: SubjectInput): string {
  const { metric, pair } = input;
  const pool = poolOf(input);
  const group = pool.find((m) => m.kind === 'group');
  if (group) {
    const pivot = countries(pool)[0]?.code ?? pair[0];
    return pivot ? `${pivot}-${group.code}` : group.code;
  }
  if (SECURITY.has(metric)) return securitySubject(input, pool);
  if (FLOWS.has(metric)) {
    const flow = flowOf(input.text, metric, input.near, pool, pair, input.surface.end);
    if (flow) return flow;
    if (metric === 'funding') return fundingSubject(pool, pair, input.surface.start);
  }
  return bilateralSubject(input, pool);
}

function contextSubject(pool: readonly PlaceMention[], pair: readonly string[]): string {
  if (pair.length === 2 || pool.some((m) => m.kind === 'pair')) return pairOf(pair);
  return pair[0] ?? '';
}

function securitySubject({ surface, sentence, pair, metric }: SubjectInput, pool: PlaceMention[]): string {
  const inside = countries(sentence).find((m) => m.start >= surface.start && m.end <= surface.end);
  if (inside) return inside.code;
  const codes = distinct(countries(pool));
  // Violations and clashes happen between two sides; troops and losses belong to one.
  if (metric === 'incidents' && codes.length >= 2) return pairOf(codes.slice(0, 2));
  return codes[0] ?? contextSubject(pool, pair);
}

/** Who pays: "between the two countries" is the pair, else the country named last before the amount. */
function fundingSubject(pool: readonly PlaceMention[], pair: readonly string[], amountStart: number): string {
  if (pool.some((m) => m.kind === 'pair')) return contextSubject(pool, pair);
  const before = countries(pool).filter((m) => m.end <= amountStart);
  const payer = before.at(-1) ?? countries(pool)[0];
  return payer ? payer.code : contextSubject(pool, pair);
}

function bilateralSubject(input: SubjectInput, pool: PlaceMention[]): string {
  const { text, metric, pair } = input;
  const partner = partnerOf(text, input.near, input.sentence, pair);
  if (partner) return partner;
  const names = countries(pool).filter((m) => m.kind === 'name');
  let codes = distinct(names);
  if (codes.length < 2) codes = distinct([...names, ...countries(pool)]);
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
