/**
 * Directions and partners: "Russian exports to Azerbaijan" is RU>AZ, "imports from Russia" in an
 * Azerbaijani story is RU>AZ, "Azerbaijan sold Russia" is AZ>RU, "Russia will lend Iran" is RU>IR,
 * "its trade with Turkey" pairs Turkey with the sentence's owner.
 */
import type { Metric } from '../model/figure.ts';
import { pairOf, type PlaceMention } from './subjects.ts';

const FROM = /(?:\bfrom|\bout of|(?:^|\s)из|(?:^|\s)со стороны)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const TO = /(?:\bto|\binto|\bin|\btowards|\bbound for|(?:^|\s)в[\s\u00A0]+сторону|(?:^|\s)в[\s\u00A0]+направлении|(?:^|\s)в|(?:^|\s)во|(?:^|\s)на|(?:^|\s)для)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:economy[\s\u00A0]+of[\s\u00A0]+|экономик\p{L}*[\s\u00A0]+|countries[\s\u00A0]+of[\s\u00A0]+(?:the[\s\u00A0]+)?|страны[\s\u00A0]+)?$/iu;
// "Азербайджан закупил в России", "bought in Russia", "закупает у России": where goods are bought is where they come from.
const BOUGHT_IN = /(?:\b(?:bought|buys|buying|purchased|purchases|sourced)|(?:^|\s)(?:закупил\p{L}*|закупает|закупают|закупа\p{L}*|купил\p{L}*|покупает|покупают|приобр[её]л\p{L}*|приобрета\p{L}*|импортировал\p{L}*))[\s\u00A0]+(?:[\p{L}\d.,]+[\s\u00A0]+){0,4}?(?:in|from|в|во|у)[\s\u00A0]+$/iu;
// ("11,8 млрд кубометров — в страны Евросоюза": a dash may stand for the verb.)
const RIGHT_TO = /^[\s\u00A0]*(?:[–—][\s\u00A0]*)?(?:(?:went|go|goes|were sent|was sent|ушл[оиа]|пришл[оиа]с\p{L}*)[\s\u00A0]+)?(?:to|into|в|во)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
// Money is earmarked "for Azerbaijani buyers"; goods are not traded "for Russia".
const FOR = /(?:\bfor|(?:^|\s)для)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const WITH = /(?:\bwith|\band|(?:^|\s)со?|(?:^|\s)и)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const THROUGH = /(?:\bthrough|\bvia|\bacross|(?:^|\s)через|(?:^|\s)по)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:territory[\s\u00A0]+of[\s\u00A0]+|территори\p{L}*[\s\u00A0]+)?$/iu;
// "Azerbaijan sold Russia", "supplied Azerbaijan with", "will lend Iran", "выделит Ирану": the object receives.
const GIVES = /(?:\b(?:sold|sells|sell|supplied|supplies|supply|delivered|delivers|lend|lends|lent|provide|provides|provided|give|gives|gave|grant|grants|granted)|(?:^|\s)(?:поставил\p{L}*|поставляет|поставит|продал\p{L}*|продает|выделит|выделил\p{L}*|выделяет|предоставит|предоставил\p{L}*|предоставляет))[\s\u00A0]+$/iu;

const FLOW_NOUN_AFTER = /^[\s\u00A0]+(?:exports?|imports?|gas|oil|crude|goods|grain|wheat|trade|supplies|deliveries|экспорт(?:а|у|ом|е)?|импорт(?:а|у|ом|е)?|газ(?:а|у|ом)?|нефт(?:ь|и|ью)|товар(?:ы|ов|ам)?)(?![\p{L}])/iu;

// "$120 million to boost cargo transport to Russia": a purpose clause before "to Russia" names no recipient.
const PURPOSE = /\bto[\s\u00A0]+\p{L}|(?:^|\s)(?:для|на)[\s\u00A0]/iu;

/** A party to a flow: a country (by name or proxy) or a group ("the EU has pledged", "exports to Europe"). */
export const isParty = (m: PlaceMention): boolean => m.kind === 'name' || m.kind === 'proxy' || m.kind === 'group';
const isCountry = (m: PlaceMention): boolean => m.kind === 'name' || m.kind === 'proxy';

/** The country on the other side of the main pair from `code`, if `code` is in it. */
function otherOf(pair: readonly string[], code: string): string | undefined {
  return pair.length === 2 && pair.includes(code) ? pair.find((p) => p !== code) : undefined;
}

export interface FlowInput {
  text: string;
  metric: Metric;
  near: readonly PlaceMention[];
  pool: readonly PlaceMention[];
  pair: readonly string[];
  amountEnd: number;
  /** The whole sentence's places, for "its" ("its own gas exports to Europe"). */
  sentence?: readonly PlaceMention[];
  /** Where the story's last flow of this metric came from ("AZ" of "AZ>EU" or of a total "AZ"). */
  storyOrigin?: string | null;
  /** A total of one country ("Azerbaijan's foreign trade …, of which exports"): no partner from the pair. */
  total?: string | null;
}

interface Ends {
  origin: string | null;
  dest: string | null;
  owners: string[];
  /** Countries goods pass through ("через территорию Азербайджана"): never the far end. */
  transit: string[];
}

/** Origin, destination and owners ("Russian exports") named by the prepositions and verbs before each party. */
function endsOf({ text, metric, near, pool, amountEnd }: FlowInput): Ends {
  const nearParties = near.filter(isParty);
  const mentions = nearParties.some(isCountry) ? nearParties : pool.filter(isParty);
  const ends: Ends = { origin: null, dest: null, owners: [], transit: [] };
  // "…, 6.5 bcm went to Europe, 4.9 bcm to Turkey and 1.5 bcm to Georgia": the place right after an amount is where it went.
  const right = mentions.find((m) => m.start >= amountEnd && m.start - amountEnd <= 16 && RIGHT_TO.test(text.slice(amountEnd, m.start)));
  if (right) ends.dest = right.code;
  for (const m of mentions) {
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (THROUGH.test(before)) {
      ends.transit.push(m.code);
      continue;
    }
    // "the Azerbaijani economy ministry says …", "Russian customs data": a source names no end of the flow.
    if ((m.kind === 'name' && SOURCE_AFTER.test(text.slice(m.end, m.end + 40))) || SOURCE_OF.test(before)) continue;
    // "imported 1.7 bcm of Russian gas": a nationality of the goods after the amount is where they come from.
    if (m.start >= amountEnd && m.kind === 'name' && /^[\s\u00A0]*of[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?$/iu.test(text.slice(amountEnd, m.start))) {
      ends.origin ??= m.code;
      continue;
    }
    // "Purchases of Russian goods", "на ввоз российских товаров", "закупки российского газа": the
    // nationality of the goods, wherever it stands, is where they come from.
    if (GOODS_METRICS.has(metric) && isGoodsNationality(text, m)) {
      ends.origin ??= m.code;
      continue;
    }
    if (FROM.test(before) || BOUGHT_IN.test(before)) ends.origin ??= m.code;
    // ("gave Russian exports … as 2.7 bcm": a nationality of the flow after the verb is no recipient.)
    else if (GIVES.test(before) && !FLOW_NOUN_AFTER.test(text.slice(m.end, m.end + 16))) ends.dest ??= m.code;
    else if (metric === 'funding' && (TO.test(before) || FOR.test(before))) {
      // Funding goes "for Azerbaijani buyers" right after the amount; "to boost transport to Russia" names no recipient.
      if (m.start >= amountEnd && m.start - amountEnd < 40 && !PURPOSE.test(text.slice(amountEnd, m.start).replace(/[\p{L}]+[\s\u00A0]+$/u, ''))) ends.dest ??= m.code;
    } else if (TO.test(before)) ends.dest ??= m.code;
    else if (!ends.owners.includes(m.code)) ends.owners.push(m.code);
  }
  // "Azerbaijan's Heydar Aliyev refinery" after "to Azerbaijan's": the same country again is no second owner.
  ends.owners = ends.owners.filter((c) => c !== ends.origin && c !== ends.dest);
  return ends;
}

const SOURCE_AFTER = /^[\s\u00A0]+(?:(?:economy|economic|finance|trade|foreign|state|federal|national|central)[\s\u00A0]+)?(?:ministry|customs|statistics|statistical|central bank|officials|government data|data)(?![\p{L}])/iu;

// "The Central Bank of Azerbaijan put …", "the Ministry of Economy of Azerbaijan".
const SOURCE_OF = /\b(?:central bank|ministry(?:[\s\u00A0]+of[\s\u00A0]+\p{L}+)?|customs committee|statistics committee|statistical committee|customs service)[\s\u00A0]+of[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;

const GOODS_METRICS: ReadonlySet<Metric> = new Set(['exports', 'imports', 'cargo_volume']);
const NATIONALITY = /(?:ian|ani|eri|ish|ese)$|[сц]к\p{L}{1,3}$/u;
const GOODS_AFTER = /^[\s\u00A0]+(?:goods|products|produce|gas|oil|crude|grain|wheat|товар\p{L}*|продукци\p{L}*|продукт\p{L}*|газ\p{L}{0,2}|нефт\p{L}*|зерн\p{L}*|пшениц\p{L}*)(?![\p{L}])/iu;

function isGoodsNationality(text: string, m: PlaceMention): boolean {
  return m.kind === 'name' && NATIONALITY.test(text.slice(m.start, m.end)) && GOODS_AFTER.test(text.slice(m.end, m.end + 24));
}

// "its own gas exports to Europe": the country the sentence is about owns the flow.
const POSSESSIVE = /(?:^|[\s(])(?:its|their|его|их|свой|свои|своего|своих|собственн\p{L}*)(?![\p{L}])/iu;

function possessor({ text, pool, sentence, amountEnd }: FlowInput): string | undefined {
  const head = text.slice(Math.max(0, amountEnd - 120), amountEnd);
  if (!POSSESSIVE.test(head)) return undefined;
  return (sentence ?? pool).find(isCountry)?.code;
}

/** Origin>destination for exports, imports, investment, funding and cargo, or null when unclear. */
export function flowOf(input: FlowInput): string | null {
  const { metric, pair } = input;
  const { owners, transit, ...ends } = endsOf(input);
  let { origin, dest } = ends;
  const far = (code: string): string | undefined => {
    const other = otherOf(pair, code);
    return other && !transit.includes(other) ? other : undefined;
  };
  // "Russian exports", "Azerbaijan's imports": the owner exports or imports; two owners say nothing.
  if (owners.length > 1 && metric !== 'funding') return input.total ?? null;
  const owner = owners[0] ?? input.total ?? possessor(input) ?? undefined;
  if (owner && metric === 'imports') dest ??= owner;
  else if (owner) origin ??= owner;
  // "В Турцию было поставлено 9,6 млрд": the story's exporter ships on to the country named.
  if (dest && !origin && input.storyOrigin && input.storyOrigin !== dest && !otherOf(pair, dest)) origin = input.storyOrigin;
  if (origin && dest && origin !== dest) return `${origin}>${dest}`;
  if (input.total) return input.total;
  // Transit: "Russian grain transited Azerbaijani territory" is between the two (RU-AZ); "Kazakhstan
  // shipped oil through Azerbaijan" in a story about other countries is the shipper's.
  if (transit.length > 0 && origin && !dest && !far(origin)) return metric === 'cargo_volume' && otherOf(pair, origin) ? pairOf(pair) : origin;
  // Cargo and funding have a direction only when the text gives both ends.
  if (metric === 'cargo_volume' || metric === 'funding') return null;
  // With one end written, the other side of the article's pair is the other end, unless goods only pass through it.
  if (origin && !dest && soldWidely(input)) return origin;
  if (origin && !dest && far(origin)) return `${origin}>${far(origin)}`;
  if (dest && !origin && far(dest)) return `${far(dest)}>${dest}`;
  return null;
}

// "sold 23.8 bcm of gas abroad", "exported 17.9 bcm …, 8.6 bcm of it to Europe", "12,7 млрд кубометров (+4,1%), в том
// числе в Европу": sold abroad in general, or broken down by buyers, an export is the seller's total.
const ABROAD = /(?:\b(?:abroad|overseas|to foreign markets|to world markets)|(?:^|\s)(?:за рубеж|на внешние рынки|на мировые рынки))(?![\p{L}])/iu;
// ("…, в том числе 11,8 млрд кубометров — в страны Евросоюза", "including 5.2 bcm to": the part's amount may come first.)
const BY_BUYERS_AFTER = /^[^;!?]{0,40}?(?:[,(][\s\u00A0]*(?:of which|in(?:cluding)?|в том числе|из них|из которых)[\s\u00A0]+(?:[^;!?–—]{0,40}?(?:[–—][\s\u00A0]*|[\s\u00A0]))?(?:to|в|во)[\s\u00A0]|[\s\u00A0]of it[\s\u00A0]+to[\s\u00A0])/iu;

function soldWidely({ text, metric, amountEnd }: FlowInput): boolean {
  if (metric !== 'exports') return false;
  const sentenceEnd = text.slice(amountEnd).search(/[.!?](?:\s|$)/u);
  const after = text.slice(amountEnd, sentenceEnd < 0 ? text.length : amountEnd + sentenceEnd);
  return ABROAD.test(text.slice(Math.max(0, amountEnd - 80), amountEnd + 30)) || BY_BUYERS_AFTER.test(after.slice(0, 80));
}

/** "Remittances from Russia to Azerbaijan": a flow of any metric when both ends are written. */
export function explicitFlow(input: FlowInput): string | null {
  const { origin, dest } = endsOf(input);
  return origin && dest && origin !== dest ? `${origin}>${dest}` : null;
}

/** "its trade with Turkey hit $7.5 billion": Turkey with the sentence's owner or the main pair. */
export function partnerOf(text: string, near: readonly PlaceMention[], sentence: readonly PlaceMention[], pair: readonly string[]): string | null {
  const partners = near.filter((m) => isCountry(m) && WITH.test(text.slice(Math.max(0, m.start - 12), m.start)));
  const partner = partners.at(-1);
  if (!partner || near.filter(isCountry).some((m) => m.code !== partner.code && !partners.includes(m))) return null;
  const owners = sentence.filter((m) => isCountry(m) && m.code !== partner.code && !WITH.test(text.slice(Math.max(0, m.start - 12), m.start)));
  // "Россия … третий партнер: оборот Азербайджана с Италией …, с Турцией – 2,3 млрд": the owner nearest before the partner.
  const owner = owners.filter((m) => m.end <= partner.start).at(-1) ?? owners[0];
  const pivot = owner?.code ?? otherOf(pair, partner.code) ?? pair.find((p) => p !== partner.code);
  return pivot ? pairOf([pivot, partner.code]) : null;
}
