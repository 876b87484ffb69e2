// How a length is read: what a length in kilometres measures, a border or a road.
import type { Metric } from '../model/figure.ts';
import type { Hit } from './patterns.ts';
import type { Quantity } from './quantities.ts';

type Pick = (m: Metric) => boolean;

/** "the 338-km land border", "252-километровую железнодорожную линию": a length written as an adjective names the noun after it. */
export function compoundLengthHead(text: string, hits: readonly Hit<Metric>[], q: Quantity, ok: Pick): Hit<Metric> | null {
  if (!/-\p{L}+$/u.test(text.slice(q.start, q.end))) return null;
  const next = hits.find((h) => h.start >= q.end && h.start - q.end <= 25 && ok(h.label) && !/[,;.]/u.test(text.slice(q.end, h.start)));
  // "a 12.7-kilometre section of their border": a section is read with what it is a section of (lengthOfBorder).
  return next && !SECTION.test(text.slice(next.start, next.end)) ? next : null;
}

const LENGTH_PART = /^[\s\u00A0]*[,(][\s\u00A0]*(?:including|of which|включая|в том числе|из них)[\s\u00A0]+(?:(?:about|some|около|примерно|почти)[\s\u00A0]+)?$/iu;

// "граница между нашими странами протяженностью 390,3 км": "length" joins the number to the noun before it.
const LENGTH_WORD = /^(?:протяж[её]нност\p{L}*|длин\p{L}*|length|long)$/iu;

const ROUTE = /(?:^|[^\p{L}])(?:маршрут\p{L}*|коридор\p{L}*|route|routes|corridor|corridors)(?![\p{L}])/iu;

const SECTION = /^(?:section|stretch|segment|part|участ\p{L}*|отрез\p{L}*)$/iu;

export function lengthOfBorder(text: string, hits: readonly Hit<Metric>[], hit: Hit<Metric>): boolean {
  if (hit.label !== 'distance' || !LENGTH_WORD.test(text.slice(hit.start, hit.end))) return false;
  // ("– Граница: протяженность – 390 км": a list label before a colon names it too.)
  // ("Делимитирован … отрезок длиной 13 км": a section noun between them is the border's section.)
  const near = hits.filter((h) => h.end <= hit.start && h.start >= hit.start - 60 && !/[.;!?]/u.test(text.slice(h.end, hit.start)) && !SECTION.test(text.slice(h.start, h.end)));
  const before = near.at(-1);
  // ("автомагистраль Баку – Губа – граница с Россией протяженностью 165 км": a road named before the border it runs to.)
  const road = near.some((h) => h.label === 'distance' && !LENGTH_WORD.test(text.slice(h.start, h.end)) && before && h.end <= before.start);
  return before?.label === 'border_length' && !road;
}

/**
 * "a 12.7-kilometre stretch of a border", "обозначено около 290 км", "двух участков общей длиной 17,4 км": in a
 * story about a border, a length named only by a section or a length word (or by nothing) measures the border,
 * unless its sentence names a road, railway, pipeline or another way of its own. `borderBefore` (asked last: it
 * reads the text again): the sentence before, in its paragraph, names a border ("… участок границы. Его протяженность составляет 12,7 км").
 */
export function sectionOfBorder(text: string, hits: readonly Hit<Metric>[], sentence: { start: number; end: number }, hit: Hit<Metric> | null, earlierOfKind: Metric | null, borderBefore: () => boolean): boolean {
  const word = (h: Hit<Metric>): string => text.slice(h.start, h.end);
  const bare = (h: Hit<Metric>): boolean => SECTION.test(word(h)) || LENGTH_WORD.test(word(h));
  if (hit && !(hit.label === 'distance' && bare(hit))) return false;
  const inSentence = hits.filter((h) => h.start >= sentence.start && h.end <= sentence.end);
  if (inSentence.some((h) => h.label === 'distance' && !bare(h))) return false;
  // ("Общая протяженность западного маршрута коридора «Север – Юг» … – около 7,2 тыс. км": a route's length.)
  if (ROUTE.test(text.slice(sentence.start, sentence.end))) return false;
  return earlierOfKind === 'border_length' || inSentence.some((h) => h.label === 'border_length') || borderBefore();
}

/** "1007 км, включая 221 км на нахичеванском участке": a part of a length measures what the whole does. */
export function partOfLength(text: string, previousEnd: number, q: Quantity): boolean {
  return LENGTH_PART.test(text.slice(previousEnd, q.start));
}
