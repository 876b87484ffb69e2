/**
 * Whose cargo: "transit between Russia and Iran through Azerbaijan" is Russia's and Iran's (RU-IR), the
 * country it crosses is no party; "the Makhachkala port handled 1.47 million tonnes" is the port's
 * country's own throughput (RU) when the clause names no other end.
 */
import { PLACES } from './lexicon.ts';
import { PhraseMatcher } from './patterns.ts';
import { findAllPlaces, type PlaceMention } from './subjects.ts';

const BETWEEN_BEFORE = /(?:\bbetween|(?:^|[\s(])между)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const AND_BETWEEN = /^[\s\u00A0]+(?:and|и)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const isCountry = (m: PlaceMention): boolean => m.kind === 'name' || m.kind === 'proxy';

// "7.4 million tons …, including 2.9 million tons of transit between Russia and Iran": the part's ends, not the whole's.
const PART_OPENS = /(?:\bincluding|\bof which|(?:^|[\s(])(?:в том числе|включая|из них))(?![\p{L}])/iu;

/** "between Russia and Iran", "между Россией и Ираном" in the clause, not inside a part after the amount: the two ends. */
export function betweenPair(text: string, clause: readonly PlaceMention[], amountEnd: number): [string, string] | null {
  const named = clause.filter(isCountry);
  const pairs: Array<{ at: number; codes: [string, string] }> = [];
  for (let i = 0; i + 1 < named.length; i++) {
    const a = named[i]!;
    const b = named[i + 1]!;
    if (a.code === b.code || !BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start))) continue;
    if (a.start > amountEnd && PART_OPENS.test(text.slice(amountEnd, a.start))) continue;
    if (AND_BETWEEN.test(text.slice(a.end, b.start))) pairs.push({ at: a.start, codes: [a.code, b.code] });
  }
  // The amount's own words first ("2.9 million tons of transit between Russia and Iran"), else the last before it.
  return (pairs.find((p) => p.at >= amountEnd) ?? pairs.filter((p) => p.at < amountEnd).at(-1))?.codes ?? null;
}

// "The Makhachkala Commercial Sea Port … handled", "Бакинский порт в Алятах перевалил", "ports in the Astrakhan region handled".
const FACILITY = /(?:\bport|\bports|\bterminal|\bharbou?r|\bsection|(?:^|[\s(«])(?:порт\p{L}*|терминал\p{L}*|участ\p{L}*))(?![\p{L}])/iu;
const HANDLED_AFTER = /^[^.;]{0,160}?(?:\bhandled|\bhandles|\bprocessed|\btransshipped|(?:^|[\s,])(?:перевалил\p{L}*|обработал\p{L}*|обработа\p{L}*|принял\p{L}*))(?![\p{L}])/iu;
// A direction or another party makes it trade between countries ("to and from Baku", "в направлении Ирана", "на Азербайджан").
// A place at a border ("the Astara terminal on the Iranian border") stands between two countries too.
// "Грузооборот порта Махачкала вырос", "увеличил общую перевалку", "its throughput": the port's own volume, wherever the noun stands.
const THROUGHPUT = /\bthroughput\b|\bcapacity\b|(?:^|[\s(«])(?:грузооборот\p{L}*|перевалк\p{L}*|мощност\p{L}*|провозн\p{L}*|пропускн\p{L}*)(?![\p{L}])/iu;
const OTHER_END = /\b(?:to|from|for|between|bound|border|frontier)\b|(?:^|[\s(])(?:в направлении|на|из|между|для)[\s\u00A0]+\p{Lu}|границ\p{L}*/u;

// "to handle", the level or base of a change ("to 5.1 million tonnes", "from 318,000") and a period
// ("for January-September"): no other end.
const NO_END = /\b(?:to handle|to carry)\b|\b(?:to|from)(?=[\s\u00A0]+(?:about|around|some|nearly|almost|over|more than|\$)?[\s\u00A0]*\d)|\bfor(?=[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\d|(?:January|February|March|April|May|June|July|August|September|October|November|December|first|second|third|fourth|last|past|full|whole|year|quarter|half|month|nine|six|three|eight|ten|eleven|seven|five|four|two)\b))/giu;

/**
 * A port or terminal named with one country's place, as the subject of "handled", with no other end in
 * the clause: that country's own throughput.
 */
export function facilityOwner(text: string, clauseStart: number, amountStart: number, clauseEnd: number): string | null {
  const head = text.slice(clauseStart, amountStart);
  const facility = FACILITY.exec(head);
  // "Махачкала в прошлом году перевалила 2,9 млн тонн": a port of the ports list, named alone, is a facility too.
  const ports = facility ? [] : portCountries(text, clauseStart, amountStart);
  const at = facility?.index ?? (ports.length === 1 ? 0 : -1);
  if (at < 0 || !(HANDLED_AFTER.test(head.slice(at)) || THROUGHPUT.test(head))) return null;
  if (OTHER_END.test(text.slice(clauseStart, clauseEnd).replace(NO_END, ''))) return null;
  if (!facility) return ports[0]!;
  const places = findAllPlaces(text, clauseStart, amountStart).filter(isCountry);
  const codes = [...new Set(places.map((p) => p.code))];
  return codes.length === 1 ? codes[0]! : null;
}

const PORTS = new PhraseMatcher((PLACES.ports ?? []).map((p) => [p.code, p.names] as const));

/** The countries of the sea ports (places.yaml `ports`) named in text[from, to). */
export function portCountries(text: string, from: number, to: number): string[] {
  return [...new Set(PORTS.find(text, from, to).map((h) => h.label))];
}
