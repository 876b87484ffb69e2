/**
 * Directions and partners: "Russian exports to Azerbaijan" is RU>AZ, "imports from Russia" in an
 * Azerbaijani story is RU>AZ, "its trade with Turkey" pairs Turkey with the sentence's owner.
 */
import type { Metric } from '../model/figure.ts';
import { pairOf, type PlaceMention } from './subjects.ts';

const FROM = /(?:\bfrom|\bout of|(?:^|\s)из|(?:^|\s)со стороны)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const TO = /(?:\bto|\binto|\bin|\btowards|(?:^|\s)в|(?:^|\s)во|(?:^|\s)на|(?:^|\s)для)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:economy[\s\u00A0]+of[\s\u00A0]+|экономик\p{L}*[\s\u00A0]+)?$/iu;
// Money is earmarked "for Azerbaijani buyers"; goods are not traded "for Russia".
const FOR = /(?:\bfor|(?:^|\s)для)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const WITH = /(?:\bwith|\band|(?:^|\s)со?|(?:^|\s)и)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const THROUGH = /(?:\bthrough|\bvia|\bacross|(?:^|\s)через|(?:^|\s)по)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;

const isCountry = (m: PlaceMention): boolean => m.kind === 'name' || m.kind === 'proxy';

/** The country on the other side of the main pair from `code`, if `code` is in it. */
function otherOf(pair: readonly string[], code: string): string | undefined {
  return pair.length === 2 && pair.includes(code) ? pair.find((p) => p !== code) : undefined;
}

/** Origin>destination for exports, imports, investment, funding and cargo, or null when unclear. */
export function flowOf(text: string, metric: Metric, near: readonly PlaceMention[], pool: readonly PlaceMention[], pair: readonly string[], amountEnd: number): string | null {
  const nearNames = near.filter(isCountry);
  const mentions = nearNames.length ? nearNames : pool.filter(isCountry);
  let origin: string | null = null;
  let dest: string | null = null;
  const owners: string[] = [];
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (THROUGH.test(before)) continue;
    if (FROM.test(before)) origin ??= m.code;
    // Funding goes "for Azerbaijani buyers" right after the amount; "to boost transport to Russia" names no recipient.
    else if (metric === 'funding' && (TO.test(before) || FOR.test(before))) {
      // Funding goes "for Azerbaijani buyers" right after the amount; "to boost transport to Russia" names no recipient.
      if (m.start >= amountEnd && m.start - amountEnd < 25) dest ??= m.code;
    } else if (TO.test(before)) dest ??= m.code;
    else if (!owners.includes(m.code)) owners.push(m.code);
  }
  // "Russian exports", "Azerbaijan's imports": the owner exports or imports; two owners say nothing.
  if (owners.length > 1 && metric !== 'funding') return null;
  const owner = owners[0];
  if (owner && metric === 'imports') dest ??= owner;
  else if (owner) origin ??= owner;
  if (origin && dest && origin !== dest) return `${origin}>${dest}`;
  // Cargo has a direction only when the text gives both ends.
  if (metric === 'cargo_volume' || metric === 'funding') return null;
  if (origin && !dest && otherOf(pair, origin)) return `${origin}>${otherOf(pair, origin)}`;
  if (dest && !origin && otherOf(pair, dest)) return `${otherOf(pair, dest)}>${dest}`;
  return null;
}

/** "its trade with Turkey hit $7.5 billion": Turkey with the sentence's owner or the main pair. */
export function partnerOf(text: string, near: readonly PlaceMention[], sentence: readonly PlaceMention[], pair: readonly string[]): string | null {
  const partners = near.filter((m) => isCountry(m) && WITH.test(text.slice(Math.max(0, m.start - 12), m.start)));
  const partner = partners.at(-1);
  if (!partner || near.filter(isCountry).some((m) => m.code !== partner.code && !partners.includes(m))) return null;
  const owner = sentence.find((m) => isCountry(m) && m.code !== partner.code && !WITH.test(text.slice(Math.max(0, m.start - 12), m.start)));
  const pivot = owner?.code ?? otherOf(pair, partner.code) ?? pair.find((p) => p !== partner.code);
  return pivot ? pairOf([pivot, partner.code]) : null;
}
