/**
 * Routes named by their end places: "the Baku-Novorossiysk pipeline" carries oil from Azerbaijan to
 * Russia (AZ>RU), "Baku-Tbilisi-Ceyhan" from Azerbaijan to Türkiye. Cargo and lengths on a route
 * with no other direction take the route's.
 */
import type { PlaceMention } from './subjects.ts';

const JOINER = /^[\s\u00A0]*[-–—][\s\u00A0]*$/u;
// Cities name routes; country names joined by a dash ("Russia-Azerbaijan trade") name a pair.
const isPlace = (m: PlaceMention): boolean => m.kind === 'proxy';

/** The first route written as places joined by dashes, as origin>destination (null when both ends are one country). */
export function routeOf(text: string, places: readonly PlaceMention[]): string | null {
  const ms = places.filter(isPlace);
  for (let i = 0; i < ms.length; i++) {
    let j = i;
    while (j + 1 < ms.length && JOINER.test(text.slice(ms[j]!.end, ms[j + 1]!.start))) j++;
    if (j > i && ms[i]!.code !== ms[j]!.code) return `${ms[i]!.code}>${ms[j]!.code}`;
    i = j;
  }
  return null;
}
