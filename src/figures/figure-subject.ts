/**
 * The subject of one figure in its sentence: what the figures before it say (a restated growth
 * rate, the mirror flow of customs data, a country's total and its breakdown, an anaphor), else the
 * places around it (subjects.ts).
 */
import type { Figure, Metric } from '../model/figure.ts';
import { PARTNER_GAP, type MetricChoice } from './metrics.ts';
import type { Quantity } from './quantities.ts';
import { seriesFor, type Scope } from './sentence-scope.ts';
import { byOrder, chooseSubject, countries, distinct, issuerOf, TRADE_FLOWS, type PlaceMention } from './subjects.ts';

/** What the figures before this one in the sentence leave for it. */
export interface SentenceRun {
  previous: MetricChoice | null;
  last: Figure | undefined;
  /** The country whose total opened a breakdown ("Azerbaijan's foreign trade …, of which exports …"). */
  total: string | null;
}

// "In total, Azerbaijan's foreign trade turnover …", "внешнеторговый оборот": a country's own total.
const TOTAL_WORDS = /\b(?:in total|overall|total|foreign trade|external trade)\b|(?:^|[\s(])(?:всего|в целом|внешнеторгов\p{L}*|внешн\p{L}*[\s\u00A0]+торгов\p{L}*|общ\p{L}*[\s\u00A0]+(?:объем|объём|товарооборот)\p{L}*)(?![\p{L}])/iu;
// "…, of which exports", "…, из них в Европу": the parts of the total before.
const BREAKDOWN_AFTER = /^[^.;]{0,40}?[,(][\s\u00A0]*(?:of which|of this|of these|from which|из них|из которых|в том числе)(?![\p{L}])/iu;
const BASE_BEFORE = /(?:\bup from|\bdown from|\bcompared (?:to|with)|\bagainst|(?:^|[\s\u00A0])(?:против|по сравнению с))[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;
const PRONOUN = /(?:^|[\s(])(?:them|it|их|его|её|ее)(?![\p{L}])/iu;
const PRONOUN_AFTER = /^[\s\u00A0]+(?:them|it|их|его)(?![\p{L}])/iu;
const PART_OPENING = /^[\s\u00A0"«]*(?:of this|of these|of that|of the total|из этого|из этой|из них|из общего)(?![\p{L}])/iu;
const OWNER_AFTER = /^[\s\u00A0]*(?:for|by|у|для)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const MIRROR: Partial<Record<Metric, Metric>> = { exports: 'imports', imports: 'exports' };

export function subjectOf(scope: Scope, i: number, choice: MetricChoice, run: SentenceRun): string {
  const subject = readSubject(scope, i, choice, run);
  // A defence budget is one country's: "…, bringing the defence and security total to 8.86 billion manats" after
  // amounts of the pair's story is Azerbaijan's, by its currency.
  const issuer = choice.metric === 'military_spending' ? issuerOf(scope.quantities[i]!.unit) : null;
  return issuer && subject.includes('-') && subject.split('-').includes(issuer) ? issuer : subject;
}

function readSubject(scope: Scope, i: number, choice: MetricChoice, run: SentenceRun): string {
  const { state, s, quantities, frames, places } = scope;
  const { text, pair } = state;
  const q = quantities[i]!;
  const frame = frames[i]!;
  const clause = places.filter((p) => p.start >= frame.clauseStart && p.end <= frame.clauseEnd);
  const near = places.filter((p) => p.start >= frame.leftStart && p.end <= frame.rightEnd);
  const about = choice.metric === 'growth_rate' ? (choice.growthOf ?? 'trade_turnover') : (choice.partOf ?? choice.metric);
  const { last, previous } = run;
  // "390,000 tonnes of tomatoes worth $512 million", "rather than $4.2 billion": the same goods, the same subject.
  if (choice.restates && last) return last.subject;
  // A ranking with no owner to be found reads like any other turnover.
  const partnerPair = choice.partner ? partnerSubject(text, q, { places, pair, storyOwner: ownTotalOf(state) }) : null;
  if (partnerPair) return partnerPair;
  const elided = elidedItemSubject(text, q, places, last, s.start);
  if (elided) return elided;
  const named = near.some((p) => p.kind !== 'pair');
  // "Revised SSC data put 2024 exports at US$26.9 billion" in "Azerbaijan: Foreign Trade in 2025": the title country's own flow.
  if (state.ownTradeStory && state.titleCountry && TRADE_FLOWS.has(about) && places.filter((p) => p.kind !== 'pair').length === 0) return state.titleCountry;
  // "экспорт вырос на 13,9% – до $1,1 млрд": the amount restating a growth rate shares its subject.
  // ("…, is smaller than its trade with Azerbaijan, which reached $4.9bn": a country named since is another pair's.)
  const namedSince = last ? countries(places).some((p) => p.start >= last.surfaceEnd && p.end <= q.start && !last.subject.includes(p.code)) : false;
  if (last && previous && !named && !namedSince && (last.growthOf === about || last.metric === about)) return last.subject;
  // "1.7 bcm of Russian gas in 2023, up from 0.2 bcm a year earlier": the base of a change is the same flow.
  // "compared with $1.37 billion for Armenia" names its own owner.
  const ownedAfter = near.some((p) => p.kind === 'name' && p.start >= q.end && OWNER_AFTER.test(text.slice(q.end, p.start)));
  if (last && last.metric === about && !ownedAfter && BASE_BEFORE.test(text.slice(frame.leftStart, q.start))) return last.subject;
  // "pledged to double them": a pronoun for the figure before, of the same metric.
  const pronoun = PRONOUN.test(text.slice(frame.leftStart, q.start)) || PRONOUN_AFTER.test(text.slice(q.end, q.end + 8));
  if (last && (last.metric === about || last.growthOf === about) && pronoun) return last.subject;
  // "Из этого объема по трубопроводу Баку – Джейхан прокачано 1,1 млн тонн": a part of the story's last figure
  // (the cities of a route name no owner).
  if (!near.some((p) => p.kind === 'name') && state.earlierSubject && PART_OPENING.test(text.slice(s.start, Math.min(q.start, s.start + 40)))) return state.earlierSubject;
  // "… exports of $3.35 billion and imports of $1.27 billion. The committee also revised its 2024 figure to $4.47
  // billion": an amount that goes on with the paragraph's total (no word of its own) is that total's.
  const series = seriesFor(state, s);
  const ownWord = scope.hits.some((h) => h.label === choice.metric);
  if (!named && q.kind === 'money' && series?.moneySubject && series.money === choice.metric && !ownWord) return series.moneySubject;
  // "That is up 4.2 per cent": the figure pointed back to.
  if (choice.anaphoric && !named && state.earlierSubject) return state.earlierSubject;
  const share = partnerShare(text, q, places, last);
  if (share) return share;
  const mirrored = mirrorOf(last, about, named);
  if (mirrored) return mirrored;
  const breakdown = totalBreakdown(state, about, places);
  if (breakdown) return breakdown;
  run.total = totalOwner(text, q, frame, clause, places, run.total);
  // "The bulk of its exports goes through …" about Kazakhstan two paragraphs back does not own "exports reached 12.9 bcm" in
  // a story whose title names Azerbaijan alone: a flow's story subject from an earlier paragraph yields to the title's country.
  const stale = PARTS_OF_TRADE.has(about) && state.titleCountry && state.subjectParagraphs?.get(about) !== s.paragraph;
  const storySubject = stale ? state.titleCountry! : (state.subjects.get(about) ?? null);
  const subject = chooseSubject({ text, metric: about, surface: q, unit: q.unit, near, clause, sentence: places, pair, sentenceStart: s.start, sentenceEnd: s.end, clauseStart: frame.clauseStart, clauseEnd: frame.clauseEnd, total: run.total, storyRoute: state.route, storySubject, storyTroops: state.subjects.get('troops') ?? null, soldiers: q.nounMetric === 'troops', titleCountry: state.titleCountry ?? null });
  state.subjects.set(about, subject);
  (state.subjectParagraphs ??= new Map()).set(about, s.paragraph);
  return subject;
}

const PARTS_OF_TRADE: ReadonlySet<Metric> = new Set(['exports', 'imports']);

// "…, Азербайджан – 214 тыс. тонн, Узбекистан – около 96 тыс. тонн": a country, a dash, maybe the elided verb's
// preposition and a qualifier, then the amount.
// ("… about 64,050 active personnel and Armenia's 42,900": a possessive right before the amount.)
const ELIDED_OWNER = /^(?:(?:['’]s)?[\s\u00A0]*[–—-][\s\u00A0]*(?:(?:в|на|до)[\s\u00A0]+)?|['’]s[\s\u00A0]+)(?:(?:about|around|some|nearly|almost|roughly|over|more than|около|почти|порядка|примерно|более|свыше)[\s\u00A0]+)?$/iu;
const ITEM_OPENS = /(?:[,;][\s\u00A0]*(?:(?:а|и|and)[\s\u00A0]+)?|[\s\u00A0](?:а|и|and)[\s\u00A0]+)$/u;

/**
 * "Турция поставила в Россию 341 тыс. тонн, Азербайджан – 214 тыс., Узбекистан – около 96 тыс.": a list item whose
 * verb is elided repeats the first item's subject, its own country in the place of the country the first item
 * named first (TR>RU, then AZ>RU, UZ>RU).
 */
function elidedItemSubject(text: string, q: Quantity, places: readonly PlaceMention[], last: Figure | undefined, sentenceStart: number): string | null {
  if (!last) return null;
  const named = countries(places);
  const item = named.filter((p) => p.end <= q.start).at(-1);
  if (!item || item.start < last.surfaceEnd || q.start - item.end > 30) return null;
  if (!ELIDED_OWNER.test(text.slice(item.end, q.start)) || !ITEM_OPENS.test(text.slice(Math.max(0, item.start - 6), item.start))) return null;
  // ("…, России и Азербайджана – около 4,6 млрд": a pair named again is no one country's item.)
  if (named.some((p) => p.end <= item.start && item.start - p.end <= 6)) return null;
  const codes = last.subject.split(/[>-]/u);
  if (codes.includes(item.code)) return null;
  // (The first item's own clause: "По данным ФТС РФ, Турция … поставила в Россию" contrasts Turkey, not the source.)
  const head = text.slice(sentenceStart, last.surfaceStart);
  const clauseStart = sentenceStart + ([...head.matchAll(/[,;:](?=[\s\u00A0])/gu)].at(-1)?.index ?? -1) + 1;
  const first = named.find((p) => p.start >= clauseStart && p.end <= last.surfaceStart && codes.includes(p.code));
  if (!first) return null;
  const swapped = codes.map((c) => (c === first.code ? item.code : c));
  return last.subject.includes('>') ? swapped.join('>') : [...swapped].sort(byOrder).join('-');
}

/**
 * "Azerbaijan's foreign trade turnover amounted to $47.62 billion. Exports fell 7.4% to $26.31 billion": a
 * sentence that names no one, right after a country's own total, breaks that total down.
 */
function totalBreakdown(state: Scope['state'], about: Metric, sentence: readonly PlaceMention[]): string | null {
  if (!PARTS_OF_TRADE.has(about) || sentence.length > 0) return null;
  return ownTotalOf(state);
}

// "…, of which Russia accounted for $3.7 billion", "из них на Россию пришлось": one partner's part of a total.
const PART_OF_TOTAL = /(?:\b(?:of which|of this|of that)|(?:^|[\s(])(?:из них|из которых|из этого|в том числе))[\s\u00A0,]+(?:(?:на|the|долю)[\s\u00A0]+)*$/iu;

// "with Russia accounting for $4.8bn", "на Россию пришлось": the partner's part, whatever opens the clause.
const ACCOUNTS_FOR = /^(?:['’]s)?[\s\u00A0]+(?:share[\s\u00A0]+)?(?:accounted for|accounting for|accounts for|made up|making up|пришл\p{L}*|приходи\p{L}*)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?$/iu;

/** A partner's part of the total before it: that partner with the total's owner (AZ of "AZ" or "AZ-EAEU"). */
function partnerShare(text: string, q: Quantity, places: readonly PlaceMention[], last: Figure | undefined): string | null {
  const owner = /^([A-Z]{2})(?:$|-)/.exec(last?.subject ?? '')?.[1];
  if (!owner) return null;
  const partner = countries(places).filter((m) => m.end <= q.start && q.start - m.end < 40).at(-1);
  if (!partner || partner.code === owner) return null;
  const part = PART_OF_TOTAL.test(text.slice(Math.max(0, partner.start - 30), partner.start)) || ACCOUNTS_FOR.test(text.slice(partner.end, q.start));
  if (!part) return null;
  return [owner, partner.code].sort(byOrder).join('-');
}

/** "Экспорт из России составил 2,2 млрд, импорт – 870 млн": imports of the same reporter, the other way. */
function mirrorOf(last: Figure | undefined, about: Metric, named: boolean): string | null {
  if (named || !last || MIRROR[about] !== last.metric) return null;
  const m = /^([A-Z-]+)>([A-Z-]+)$/.exec(last.subject);
  return m ? `${m[2]}>${m[1]}` : null;
}

// "Overall trade turnover with Russia", "imports from Russia": a partner of the total, never its owner.
const PARTNER_BEFORE = /(?:\b(?:with|from|to)|(?:^|[\s(])(?:со?|из))[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;

/** The owner of a total this figure is, or is part of; null when it is no total. */
function totalOwner(text: string, q: Quantity, frame: Scope['frames'][number], clause: readonly PlaceMention[], sentence: readonly PlaceMention[], running: string | null): string | null {
  if (running) return running;
  const owned = ownedTotal(text, q, sentence);
  if (owned) return owned;
  const named = countries(clause);
  if (named.some((m) => PARTNER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)))) return null;
  const codes = distinct(named);
  if (codes.length !== 1) return null;
  const own = TOTAL_WORDS.test(text.slice(frame.clauseStart, q.start)) || BREAKDOWN_AFTER.test(text.slice(q.end, frame.clauseEnd));
  return own ? codes[0]! : null;
}

// "Azerbaijan's foreign trade", "внешнеторговый оборот Азербайджана": a country's own total, whoever else the clause names.
const TOTAL_AFTER_OWNER = /^(?:['’]s)?[\s\u00A0]+(?:(?:overall|total)[\s\u00A0]+)?(?:foreign|external|overall|total)[\s\u00A0]+trade(?![\p{L}])/iu;
const TOTAL_BEFORE_OWNER = /(?:внешнеторгов\p{L}*[\s\u00A0]+оборот\p{L}*|внешн\p{L}*[\s\u00A0]+торговл\p{L}*|внешнеторгов\p{L}*[\s\u00A0]+товарооборот\p{L}*)[\s\u00A0]+$/iu;

// What may stand between a country's total and its amount: "…, which totalled", "…, составившем".
const TOTAL_GAP = /^[^.;:\d]{0,50}$/u;
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;
const PARTS_WORDS = /\b(?:of which|of this|including)\b|(?:^|[\s(])(?:из них|из которых|в том числе)(?![\p{L}])/iu;

/**
 * "Russia accounted for 9.7% of Azerbaijan's foreign trade, which totalled $39.4 billion": the amount
 * right after a country's own total, with no other country between them, is that total.
 */
function ownedTotal(text: string, q: Quantity, sentence: readonly PlaceMention[]): string | null {
  const named = countries(sentence);
  for (const m of named) {
    if (m.end > q.start) break;
    const after = TOTAL_AFTER_OWNER.exec(text.slice(m.end, m.end + 40));
    const totalEnd = after ? m.end + after[0].length : TOTAL_BEFORE_OWNER.test(text.slice(Math.max(0, m.start - 50), m.start)) ? m.end : -1;
    if (totalEnd < 0) continue;
    const gap = text.slice(totalEnd, q.start);
    if (TOTAL_GAP.test(gap.replace(YEAR, '')) && !PARTS_WORDS.test(gap) && !named.some((o) => o.start >= totalEnd && o.start < q.start)) return m.code;
  }
  return null;
}

// "Azerbaijan's third-largest trading partner", "партнеров Азербайджана": whose partners are ranked.
const OWNER_BEFORE_PARTNER = /^[\s\u00A0]*['’]s[\s\u00A0]/u;
const PARTNER_BEFORE_OWNER = /(?:partners?[\s\u00A0]+of|партн[её]р\p{L}*)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;

// "Italy, …, remained the top partner with $11.2 billion": the ranking's noun right before the amount.
const RANK_NOUN_GAP = /partners?[\s\u00A0]+with[\s\u00A0]*$/iu;

interface PartnerContext {
  places: readonly PlaceMention[];
  pair: readonly string[];
  /** The country whose own total the story gave last ("AZ"), whose partners these are. */
  storyOwner: string | null;
}

/**
 * "Russia remained Azerbaijan's third-largest trading partner, behind Italy ($16.1 billion)": the turnover
 * between the country before the parenthesis (or the sentence's first country, for "the top partner with
 * $11.2 billion") and the one whose partners are ranked (a possessive, a genitive after "партнеров", else the
 * article's pair member that is not the sentence's first country, else the owner of the story's last total).
 */
function partnerSubject(text: string, q: Quantity, { places, pair, storyOwner }: PartnerContext): string | null {
  const before = partnerBefore(text, q, places);
  if (!before) return null;
  const named = places.filter((p) => p.kind === 'name' || p.kind === 'proxy');
  const owner = named.find((p) => p.code !== before.code && (OWNER_BEFORE_PARTNER.test(text.slice(p.end, p.end + 4)) || PARTNER_BEFORE_OWNER.test(text.slice(Math.max(0, p.start - 30), p.start))))?.code
    ?? otherPairMember(named, pair, before.code) ?? (storyOwner !== before.code ? storyOwner : null);
  return owner ? [before.code, owner].sort(byOrder).join('-') : null;
}

function partnerBefore(text: string, q: Quantity, places: readonly PlaceMention[]): PlaceMention | null {
  const before = places.filter((p) => p.kind !== 'pair' && p.end <= q.start).at(-1);
  if (before && PARTNER_GAP.test(text.slice(before.end, q.start))) return before;
  return RANK_NOUN_GAP.test(text.slice(Math.max(0, q.start - 20), q.start)) ? (countries(places).find((p) => p.end <= q.start) ?? null) : null;
}

/** The owner of the story's last figure when it was one country's own total ("Azerbaijan's foreign trade"). */
function ownTotalOf(state: Scope['state']): string | null {
  return state.earlier === 'trade_turnover' && /^[A-Z]{2}$/.test(state.earlierSubject ?? '') ? state.earlierSubject : null;
}

function otherPairMember(named: readonly PlaceMention[], pair: readonly string[], partner: string): string | null {
  const first = named[0]?.code;
  const left = pair.filter((c) => c !== partner && c !== first);
  return left.length === 1 ? left[0]! : null;
}
