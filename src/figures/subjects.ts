/**
 * Who a figure is about: "RU-AZ" (bilateral), "RU>AZ" (a flow from Russia to Azerbaijan), another
 * pair ("AZ-AM"), a country with a group ("RU-CASPIAN"), one country ("AZ"), or "" when unknown.
 * Countries named in the figure's clause decide; with none, the article's main pair does.
 */
import type { Metric } from '../model/figure.ts';
import { PLACES } from './lexicon.ts';
import { PhraseMatcher, compilePhrases, type Hit } from './patterns.ts';

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
  // A group name holds a country word ("Caspian countries" no, but "Russian Federation" style overlaps): keep the first.
  return all.filter((m, i) => !all.slice(0, i).some((o) => m.start < o.end && o.start < m.end));
}

export function byOrder(a: string, b: string): number {
  return (ORDER.get(a) ?? 999) - (ORDER.get(b) ?? 999) || a.localeCompare(b);
}

/** The article's main pair: the two most named countries (title counts three times), in lexicon order. */
export function mainPair(text: string, title: string | undefined): string[] {
  const score = new Map<string, number>();
  const add = (mentions: PlaceMention[], weight: number): void => {
    for (const m of mentions) {
      if (m.kind !== 'name' && m.kind !== 'proxy') continue;
      score.set(m.code, (score.get(m.code) ?? 0) + weight * (m.kind === 'name' ? 1 : 0.5));
    }
  };
  add(findPlaces(text), 1);
  if (title) add(findPlaces(title), 3);
  const ranked = [...score.entries()].sort((a, b) => b[1] - a[1] || byOrder(a[0], b[0]));
  return ranked.slice(0, 2).map(([code]) => code).sort(byOrder);
}

const FLOW: ReadonlySet<Metric> = new Set(['exports', 'imports', 'investment']);
const OWN_TOTAL = /\b(?:foreign|overall|total|global|external)\s+trade|внешн\p{L}*\s+торгов|внешнеторгов|общ\p{L}*\s+товарооборот/iu;
const FROM = /(?:\bfrom|\bout of|(?:^|\s)из|(?:^|\s)со стороны)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const TO = /(?:\bto|\binto|\bin|\btowards|(?:^|\s)в|(?:^|\s)во|(?:^|\s)на)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:economy[\s\u00A0]+of[\s\u00A0]+|экономик\p{L}*[\s\u00A0]+)?$/iu;

export interface SubjectInput {
  text: string;
  metric: Metric;
  /** Mentions in the figure's own frame, its clause, and its whole sentence. */
  near: PlaceMention[];
  clause: PlaceMention[];
  sentence: PlaceMention[];
  /** The article's main pair. */
  pair: string[];
}

const pairOf = (codes: string[]): string => [...new Set(codes)].sort(byOrder).join('-');

export function chooseSubject({ text, metric, near, clause, sentence, pair }: SubjectInput): string {
  const pool = clause.some((m) => m.kind !== 'pair') ? clause : sentence;
  const group = pool.find((m) => m.kind === 'group');
  const names = pool.filter((m) => m.kind === 'name');
  const proxies = pool.filter((m) => m.kind === 'proxy');
  const saysPair = pool.some((m) => m.kind === 'pair');
  if (group) {
    const pivot = names[0]?.code ?? proxies[0]?.code ?? pair[0];
    return pivot ? `${pivot}-${group.code}` : group.code;
  }
  let codes = [...new Set(names.map((m) => m.code))];
  if (codes.length < 2) codes = [...new Set([...codes, ...proxies.map((m) => m.code)])];
  if (FLOW.has(metric)) {
    const nearNames = near.filter((m) => m.kind === 'name');
    const flow = flowOf(text, metric, nearNames.length ? nearNames : names.length ? names : proxies, pair);
    if (flow) return flow;
  }
  if (codes.length === 0) return pair.length === 2 || saysPair ? pairOf(pair) : (pair[0] ?? '');
  if (codes.length === 1) {
    const only = codes[0]!;
    if (metric === 'trade_turnover' && OWN_TOTAL.test(text.slice(pool[0]!.start - 60 < 0 ? 0 : pool[0]!.start - 60, pool.at(-1)!.end + 60))) return only;
    if (pair.includes(only) && (pair.length === 2) && (saysPair || metric === 'trade_turnover' || FLOW.has(metric))) return pairOf(pair);
    return only;
  }
  const inPair = codes.filter((c) => pair.includes(c));
  return pairOf(inPair.length >= 2 ? inPair : codes.slice(0, 2));
}

/** "Russian exports to Azerbaijan", "imports from Russia", "investments in Azerbaijan": origin>destination. */
function flowOf(text: string, metric: Metric, mentions: PlaceMention[], pair: string[]): string | null {
  let origin: string | null = null;
  let dest: string | null = null;
  const owners = new Set<string>();
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (FROM.test(before)) origin ??= m.code;
    else if (TO.test(before)) dest ??= m.code;
    else owners.add(m.code);
  }
  // "Russian exports", "Azerbaijan's imports": the owner exports or imports. Two owners say nothing.
  if (owners.size > 1) return null;
  const owner = [...owners][0];
  if (owner && metric === 'imports') dest ??= owner;
  else if (owner) origin ??= owner;
  if (origin && dest && origin !== dest) return `${origin}>${dest}`;
  const other = (c: string): string | undefined => (pair.length === 2 && pair.includes(c) ? pair.find((p) => p !== c) : undefined);
  if (origin && !dest && other(origin)) return `${origin}>${other(origin)}`;
  if (dest && !origin && other(dest)) return `${other(dest)}>${dest}`;
  return null;
}
