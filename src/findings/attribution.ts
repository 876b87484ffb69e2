/**
 * Who a sentence says a figure comes from ("according to the State Customs Committee", "Overchuk said",
 * "по данным ФТС"), as a set of name words. An outlet passing on two authorities' numbers for one key
 * (Azerbaijan's customs one week, Russia's deputy prime minister the next) is reporting a disagreement,
 * not revising itself.
 */
import { withoutWireNames } from './wire.ts';

const EN_SOURCE = String.raw`(?:according to|citing|cited by|data from|figures from|reported by)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s*){1,6})`;
const EN_SAID_AFTER = String.raw`((?:[\p{Lu}][\p{L}'’.-]*\s+){0,5}[\p{Lu}][\p{L}'’.-]*)\s+(?:said|says|told|noted|stated|announced|reported)\b`;
const EN_SAID_BEFORE = String.raw`\b(?:said|says|told)\s+((?:[\p{Lu}][\p{L}'’.-]*\s*){1,6})`;
const RU_SOURCE = String.raw`(?:по данным|по информации|со ссылкой на|согласно данным|из данных)\s+((?:[\p{L}'’.-]+\s*){1,5})`;
const RU_SAID = String.raw`(?:сообщил[аи]?|заявил[аи]?|сказал[аи]?|отметил[аи]?)\s+(?:журналистам\s+|агентству\s+)?(?:в\s+)?((?:[\p{Lu}][\p{L}'’.-]*\s*){1,6})`;

const ATTRIBUTION = new RegExp([EN_SOURCE, EN_SAID_AFTER, EN_SAID_BEFORE, RU_SOURCE, RU_SAID].join('|'), 'gu');

/** Words that name a role or a country, not who is speaking. */
const GENERIC = new Set(
  'the this that russian russia azerbaijani azerbaijan deputy prime minister president first vice economy economic foreign official officials his her its last year trade turnover and with for from said earlier россии азербайджана российский азербайджанский вице-премьер министр министра президент'.split(
    ' ',
  ),
);

const STEM = 5;

export function attributionOf(sentence: string): Set<string> {
  const words = new Set<string>();
  for (const match of withoutWireNames(sentence).matchAll(ATTRIBUTION)) {
    const name = match.slice(1).find((group) => group !== undefined) ?? '';
    // Five-letter stems: Russian names decline ("Государственном таможенном комитете", "...ного комитета").
    for (const word of name.toLowerCase().match(/\p{L}{3,}/gu) ?? []) if (!GENERIC.has(word)) words.add(word.slice(0, STEM));
  }
  return words;
}

/**
 * Whether two sentences name clearly different authorities: both name one, and fewer than half the words
 * of the shorter name appear in the other ("Overchuk" and "Deputy Prime Minister Alexei Overchuk" are one;
 * "the State Customs Committee" and "the Federal Customs Service" are two).
 */
export function differentAttribution(a: string, b: string): boolean {
  const left = attributionOf(a);
  const right = attributionOf(b);
  if (left.size === 0 || right.size === 0) return false;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  const shared = [...small].filter((word) => large.has(word)).length;
  return shared / small.size < 0.5;
}
