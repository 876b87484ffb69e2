/**
 * What a quantity measures, from the keywords that govern it (config/figures/metrics.yaml): the
 * nearest keyword on its left in its frame, else on its right, else the metric of the amount it
 * restates ("grew by 42%, which was $1.99 billion"), else the nearest in the sentence, else the
 * figure an anaphor points back to ("the figure", "его"), else a default by kind (a length is a distance).
 */
import { categoryOf, type Metric } from '../model/figure.ts';
import type { Frame } from './frames.ts';
import { METRICS, UNITS, type MetricEntry, type QuantityKind } from './lexicon.ts';
import { PhraseMatcher, compilePhrases, hitsWithin, memoByText, type Hit } from './patterns.ts';
import type { Quantity } from './quantities.ts';
import { growthCue, isAbsoluteChange, multiplierCue } from './metric-changes.ts';
import { headcountMetric } from './metric-headcounts.ts';
import { carriedAcross, countedByCustoms, movedByCarrier, goodsChange, PARTIAL, plantOutput, sentByCarrier, shippedGoods } from './metric-goods.ts';
import { sentenceHead } from './sentences.ts';
import { TRADE_FLOWS, findAllPlaces, findPlaces, namedCountries } from './subjects.ts';
import { compoundLengthHead, lengthOfBorder, partOfLength, sectionOfBorder } from './metric-lengths.ts';

/** A matcher labelling each metric's phrases that `phrasesOf` picks from its metrics.yaml entry. */
function metricMatcher(phrasesOf: (entry: MetricEntry) => string[]): PhraseMatcher<Metric> {
  return new PhraseMatcher<Metric>((Object.entries(METRICS.metrics) as Array<[Metric, MetricEntry]>).map(([metric, e]) => [metric, phrasesOf(e)]));
}

export const KEYWORDS = metricMatcher((e) => [...(e.keywords ?? []), ...(e.nouns ?? [])]);
// Keywords that hold for goods only ("Italy took 5.1 bcm"): read for tonnes, bcm and barrels, never for money.
const GOODS_KEYWORDS = metricMatcher((e) => e.goods_keywords ?? []);
const allGoodsHits = memoByText((text: string): Hit<Metric>[] => GOODS_KEYWORDS.find(text));

/** The sentence's keyword hits with the goods-only ones merged in, in text order. */
function withGoodsHits(text: string, hits: readonly Hit<Metric>[], sentence: { start: number; end: number }): readonly Hit<Metric>[] {
  const goods = hitsWithin(allGoodsHits(text), sentence.start, sentence.end);
  return goods.length === 0 ? hits : [...hits, ...goods].sort((a, b) => a.start - b.start);
}

// Next to the flow word, a region makes a part of it as goods do ("Товарооборот Дагестана", "Dagestan's exports");
// opening a clause it does not ("Депутат от Дагестана сказал, что товарооборот …").
const REGIONS = compilePhrases(METRICS.partial_regions ?? [], 'u');

/** Whether the words name a region of a country ("Торговля Республики Дагестан с Азербайджаном"): its trade is a part. */
export function namesRegion(words: string): boolean {
  REGIONS.lastIndex = 0;
  return REGIONS.test(words);
}

/** A title about a region's trade: "Товарооборот Астраханской области с Азербайджаном вырос в 1,6 раза". */
export function namesRegionalTrade(title: string): boolean {
  // The region must own the flow word ("Товарооборот Астраханской области", "Dagestan's trade"), not only stand in the
  // title ("Dagestan court fines exporter …").
  return metricHits(title, 0, title.length).some((h) => {
    const around = title.slice(Math.max(0, h.start - 14), h.end + 30);
    return TRADE_FLOWS.has(h.label) && namesRegion(around) && REGION_OWNS.test(around);
  });
}

// "Товарооборот Астраханской области", "Dagestan's exports", "exports of the Astrakhan region".
const REGION_OWNS = /(?:товарооборот|оборот|экспорт|импорт|торговл)\p{L}*[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?\p{Lu}|['’]s[\s\u00A0]+(?:foreign[\s\u00A0]+)?(?:trade|exports|imports)|(?:trade|exports|imports)[\s\u00A0]+of[\s\u00A0]+(?:the[\s\u00A0]+)?\p{Lu}/u;

const PARTIAL_OR_REGION = compilePhrases([...(METRICS.partial ?? []), ...(METRICS.partial_regions ?? [])], 'u');
const ANAPHORA = compilePhrases(METRICS.anaphora ?? [], 'u');
const PARTIAL_SECTORS = compilePhrases(METRICS.partial_sectors ?? [], 'u');
const PARTIAL_METRICS: ReadonlySet<Metric> = new Set(['trade_turnover', 'exports', 'imports', 'investment']);
const AT_PLACE = /(?:\b(?:on|at|near|along|across|to|from|over)|(?:^|\s)(?:на|у|вдоль|через|к|до|по))[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;
export const PHYSICAL: ReadonlySet<QuantityKind> = new Set(['mass', 'gas', 'oil', 'energy']);
const OBJECT_PRONOUN = /^[\s\u00A0]+(?:them|it|их|его)(?![\p{L}])/iu;
// "rose to 7%", "at 7%", "down from 6.2 percent", "снизилась с 7,5%": a level, not the change.
// ("fallen from about 12% in 2001 to 9.4%": a qualifier may stand between.)
const LEVEL_TO = /(?:\bto|\bfrom|(?:^|\s)до|(?:^|\s)со?|\bat)[\s\u00A0]*(?:(?:about|around|some|roughly|nearly|almost|около|почти|примерно)[\s\u00A0]+)?$/iu;
// "the price of Russian gas exported …", "the interest rate on loans": the head noun is no flow.
const HEAD_OF = /^[\s\u00A0]+(?:of|on|for|по|на)[\s\u00A0][^,;:()]{0,30}$/iu;

export function accepts(metric: Metric, kind: QuantityKind): boolean {
  return METRICS.metrics[metric]?.units.includes(kind) ?? false;
}

/** Keyword hits in text[from, to), to be reused for every quantity of a sentence. */
export function metricHits(text: string, from: number, to: number): Hit<Metric>[] {
  return hitsWithin(allMetricHits(text), from, to);
}

// "on the border", "на границе": a place, not the border being measured ("по делимитации" is no place).
const BORDER_NOUN = /^(?:state[\s\u00A0]+)?(?:borders?|frontier|border[\s\u00A0]+line)$|^(?:гос)?границ/iu;
const allMetricHits = memoByText((text: string): Hit<Metric>[] =>
  KEYWORDS.find(text).filter((h) => h.label !== 'border_length' || !BORDER_NOUN.test(text.slice(h.start, h.end)) || !AT_PLACE.test(text.slice(Math.max(0, h.start - 16), h.start))),
);

type Pick = (m: Metric) => boolean;

function nearestLeft(hits: readonly Hit<Metric>[], from: number, to: number, ok: Pick): Hit<Metric> | null {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.end <= to && h.start >= from && ok(h.label)) return h;
  }
  return null;
}

const HEAD_JOIN = /^[\s\u00A0]+(?:of|in|on|в|во|по)[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;

function headBefore(text: string, hits: readonly Hit<Metric>[], hit: Hit<Metric>): boolean {
  const head = nearestLeft(hits, Math.max(0, hit.start - 30), hit.start, (m) => m === 'other');
  return head !== null && HEAD_JOIN.test(text.slice(head.end, hit.start));
}

function headNounAfter(text: string, hits: readonly Hit<Metric>[], q: Quantity, ok: Pick): Hit<Metric> | null {
  const next = hits.find((h) => h.start >= q.end);
  // "spent $150 million buying land": a gerund after the amount says what it was spent on, it names no flow.
  if (next && /ing$/iu.test(text.slice(next.start, next.end))) return null;
  if (!next || !ok(next.label)) return null;
  if (next.start - q.end <= 2 && /^[\s\u00A0-]*$/u.test(text.slice(q.end, next.start))) return next;
  // "$1.32 billion of imports from Azerbaijan": a flow named right after "of" is the amount's.
  return TRADE_FLOWS.has(next.label) && /^[\s\u00A0]+of[\s\u00A0]+$/iu.test(text.slice(q.end, next.start)) ? next : null;
}

// "12.9 trillion rubles, or about 5.1% of GDP, on national defence": the words after the restatement govern the amount.
// A decimal comma ("5,4% ВВП") is inside the restatement, not its end.
const OR_APPOSITION = /^,[\s\u00A0]*(?:or|или|то есть|i\.e\.)[\s\u00A0](?:[^,;()]|(?<=\d),(?=\d)){1,50},/iu;

// "380 million manats ($224 million) on irrigation subsidies": the words after a conversion in parentheses.
const PAREN_AFTER = /^[\s\u00A0]*\([^()]{1,40}\)/u;

function pastRestatement(text: string, hits: readonly Hit<Metric>[], q: Quantity, frame: Frame, ok: Pick): Hit<Metric> | null {
  const paren = PAREN_AFTER.exec(text.slice(q.end, q.end + 50));
  const afterParen = q.end + (paren?.[0].length ?? 0);
  // "684 млрд драмов (около $1,78 млрд), или около 5,4% ВВП, против …": a restatement may follow the conversion.
  const apposition = OR_APPOSITION.exec(text.slice(afterParen, afterParen + 60));
  if (!apposition && !paren) return null;
  const from = afterParen + (apposition?.[0].length ?? 0);
  return nearestRight(hits, from, Math.min(frame.clauseEnd, from + 40), ok);
}

function nearestRight(hits: readonly Hit<Metric>[], from: number, to: number, ok: Pick): Hit<Metric> | null {
  return hits.find((h) => h.start >= from && h.end <= to && ok(h.label)) ?? null;
}

export interface MetricChoice {
  metric: Metric;
  growthOf?: Metric;
  /** A decline ("fell by 12%") makes a growth rate negative. */
  down?: boolean;
  /** "rather than the 7 percent initially reported": restates the figure before it (and takes its period). */
  restates?: boolean;
  /** A part of a flow kept apart as "other" ("non-oil exports to Russia"): its subject and period are the flow's. */
  partOf?: Metric;
  /** A partner's turnover in a ranking ("behind Italy ($16.1 billion)"): the partner and the ranking's owner. */
  partner?: boolean;
  /** The metric came from an anaphor ("That is up 4.2 per cent"): the figure pointed to gives the subject too. */
  anaphoric?: boolean;
}

/**
 * The metric whose change a growth rate measures: nearest amount metric in the sentence. A change of a
 * part ("exported non-oil products worth $1.04 billion …, up 6.2 percent", "apple exports fell 14 percent")
 * is the part's, kept as "other" like the part's amount (partialTarget).
 */
function growthTarget(text: string, hits: readonly Hit<Metric>[], q: Quantity, sentence: { start: number; end: number }): Metric | undefined {
  const target = amountHit(hits, q, sentence, text);
  const head = target && target.end <= q.start ? nearestLeft(hits, sentence.start, target.start, (m) => m === 'other') : null;
  if (target && head && HEAD_OF.test(text.slice(head.end, target.start))) return 'other';
  return target?.label;
}

/** The part a growth rate's target names ("apple exports fell 14 percent"), if it is one. */
function partialTarget(text: string, hits: readonly Hit<Metric>[], q: Quantity, sentence: { start: number; end: number }): Metric | undefined {
  const target = amountHit(hits, q, sentence);
  return target && namesPart(text, target) ? target.label : undefined;
}

const AMOUNT: Pick = (m) => accepts(m, 'money') || accepts(m, 'mass') || accepts(m, 'persons') || accepts(m, 'count');

/** The nearest amount keyword of the sentence, left of the change first: what a change measures. */
function amountHit(hits: readonly Hit<Metric>[], q: Quantity, sentence: { start: number; end: number }, text?: string): Hit<Metric> | null {
  let left = nearestLeft(hits, sentence.start, q.start, AMOUNT);
  // "13.5 trillion roubles to national defence, about 6.3% of GDP and 25% more": the base of a share is not what grew.
  while (text && left?.label === 'other' && SHARE_OF_BEFORE.test(text.slice(Math.max(sentence.start, left.start - 30), left.start))) {
    left = nearestLeft(hits, sentence.start, left.start, AMOUNT);
  }
  return left ?? nearestRight(hits, q.end, sentence.end, AMOUNT);
}
const SHARE_OF_BEFORE = /\d[\s\u00A0]*(?:%|percent|per[\s\u00A0]+cent|процент\p{L}*)[\s\u00A0]+(?:of|от)[\s\u00A0]+(?:the[\s\u00A0]+|its[\s\u00A0]+|their[\s\u00A0]+)?(?:[\p{L}'’]+[\s\u00A0]+)?$/iu;

export interface MetricInput {
  text: string;
  q: Quantity;
  frame: Frame;
  hits: readonly Hit<Metric>[];
  sentence: { start: number; end: number };
  previous: MetricChoice | null;
  /** The metric of the last figure of the previous sentence, for "the figure", "его". */
  earlier: Metric | null;
  /** The metric of the last figure in this quantity's kind, for "the road figure" after other figures. */
  earlierOfKind?: Metric | null;
  /** The paragraph's last total of money and flow of goods: "… put trade at $4.62 billion. … The committee also revised its 2024 figure to $4.47 billion". */
  series?: { money: Metric | null; goods: Metric | null } | null;
  /** Kind of the previous quantity in the sentence: money after "1.1 million tonnes of wheat" is its value. */
  previousKind?: QuantityKind | null;
  /** Where the previous quantity of the sentence ends. */
  previousEnd?: number;
  /** The metric of the sentence's last figure in this unit, for the base of a comparison ("…, против 747 млрд драмов"). */
  sameUnitBefore?: Metric | null;
  /** That figure was `other` ("a surplus of $5 billion, against $8.18 billion"): its base is too. */
  sameUnitOther?: boolean;
  /** The trade metric the story's lead names. */
  topic?: Metric | null;
  /** `cargo_volume` in a story about freight. */
  goodsTopic?: Metric | null;
}

export function chooseMetric(given: MetricInput): MetricChoice | null {
  const input = { ...given, hits: defenceAllocations(given, withoutLoneRequire(given, outsideAsides(given))) };
  const choice = chooseAnyMetric(input);
  // "из Махачкалы в Алят отправлено 61,2 тыс. тонн", "shipped from Astrakhan to Baku": tonnes between two cities are freight.
  if (choice && (choice.metric === 'exports' || choice.metric === 'imports') && input.q.kind === 'mass' && betweenCities(input)) return { ...choice, metric: 'cargo_volume' };
  // "Freight via Yalama up 11%…: Shipments from Russia to Azerbaijan slipped 2% to 3.9 million tonnes": in a freight
  // story, tonnes shipped one way with no goods named are that freight by direction, not a country's exports (and so is their change).
  if (choice && input.goodsTopic === 'cargo_volume' && freightByDirection(input, choice)) {
    return choice.metric === 'growth_rate' ? { ...choice, growthOf: 'cargo_volume' } : { ...choice, metric: 'cargo_volume' };
  }
  // "Exports from Dagestan to Azerbaijan amounted to $318.4 million, imports to $194.2 million": the region's flows, both.
  if (choice && TRADE_FLOWS.has(choice.metric) && input.previous?.metric === 'other' && input.previous.partOf && TRADE_FLOWS.has(input.previous.partOf) && previousInSentence(input) && namesRegion(input.text.slice(input.sentence.start, input.sentence.end))) return { metric: 'other', partOf: choice.metric };
  if (!choice || choice.metric === 'other' || input.q.kind !== 'money') return choice;
  if (choice.metric === 'funding' && forDefence(input)) return { ...choice, metric: 'military_spending' };
  // "Lukoil spent about $410 million on its Azerbaijani projects": a company's spending on its own projects is investment.
  if (choice.metric === 'funding' && OWN_PROJECTS_AFTER.test(input.text.slice(input.q.end, input.q.end + 60))) return { ...choice, metric: 'investment' };
  return isPrice(input.q) || isDealPrice(input, choice.metric) ? { metric: 'other' } : choice;
}

const COMPARED_TO = /^[\s\u00A0,]*(?:(?:больше|меньше|выше|ниже|more|less|larger|bigger|higher|lower|smaller)[\s\u00A0,]*(?:чем|than)?|превыша\p{L}*|what|that of|those of)[\s\u00A0]+(?:(?:у|the|в)[\s\u00A0]+)?$/iu;

function comparedWithCountry(text: string, q: Quantity, frame: Frame): boolean {
  const end = Math.min(frame.clauseEnd, q.end + 50);
  const place = findAllPlaces(text, q.end, end).find((p) => p.kind === 'name' || p.kind === 'proxy');
  return !!place && COMPARED_TO.test(text.slice(q.end, place.start)) && !/(?:19|20)\d{2}/u.test(text.slice(q.end, place.start));
}

const CITY_ROUTE = /(?:\bfrom|(?:^|[\s\u00A0])из)[\s\u00A0]+(\p{Lu}[\p{L}-]+)[\s\u00A0]+(?:to|в|во|до)[\s\u00A0]+(\p{Lu}[\p{L}-]+)/gu;

/** A route between two cities (proxies, not country names) in the figure's clause. */
function betweenCities({ text, frame }: MetricInput): boolean {
  const clause = text.slice(frame.clauseStart, frame.clauseEnd);
  return [...clause.matchAll(CITY_ROUTE)].some((m) => [m[1]!, m[2]!].every((word) => {
    const at = frame.clauseStart + clause.indexOf(word, m.index);
    const place = findAllPlaces(text, at, at + word.length)[0];
    return place?.kind === 'proxy';
  }));
}

const OWN_PROJECTS_AFTER = /^[\s\u00A0]+(?:on|in|into|на|в)[\s\u00A0]+(?:its|their|свои|своих|собственн\p{L}*)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,2}(?:projects?|fields?|assets|operations|upstream|проект\p{L}*|месторождени\p{L}*|актив\p{L}*)(?![\p{L}])/iu;

// "Bilateral rail freight between Russia and Azerbaijan, which shares the line north of Baku, reached 6.9 million
// tonnes": a relative clause closed before the amount says something else about the subject; its words are not the amount's.
// So does an aside that names a part: "Total Russian gas exports to Azerbaijan, including the volumes passed on to Iran, came to 3.9 bcm".
// So does a participle's aside: "Russia–Armenia trade, swollen by re-exports, about $12 billion".
const CLOSED_ASIDE = /,[\s\u00A0]*(?:(?:which|who|whose|where|где|котор\p{L}*|including|excluding|not counting|включая|не считая)(?![\p{L}])|(?:\p{L}+ed|swollen|driven|led|grown|shrunk)[\s\u00A0]+by(?![\p{L}]))[^,;.!?\d]*,/giu;

function outsideAsides({ text, q, hits, sentence }: MetricInput): readonly Hit<Metric>[] {
  const asides = [...text.slice(sentence.start, q.start).matchAll(CLOSED_ASIDE)].map((m) => [sentence.start + m.index, sentence.start + m.index + m[0].length] as const);
  const reason = REASON_AFTER.exec(text.slice(q.end, sentence.end));
  if (reason) asides.push([q.end + reason.index, sentence.end] as const);
  return asides.length === 0 ? hits : hits.filter((h) => !asides.some(([from, to]) => h.start >= from && h.end <= to));
}

// "Amazon bought Whole Foods in August 2017 for $13.7 billion", "купил за 300 млн долларов": the price of one deal.
const FOR_AMOUNT = /(?:\bfor|(?:^|\s)за)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?$/iu;
const DEAL_VERB = /^(?:bought|buy|buys|buying|purchas\p{L}*|acquir\p{L}*|sold|sell|sells|selling|купил\p{L}*|покупа\p{L}*|продал\p{L}*|прода\p{L}*)$/iu;

const GOODS = /(?:^|[^\p{L}])(?:goods|products|produce|commodities|товар\p{L}*|продукци\p{L}*)(?![\p{L}])/iu;

function isDealPrice({ text, q, sentence, hits }: MetricInput, metric: Metric): boolean {
  if (metric !== 'imports' && metric !== 'exports') return false;
  if (!FOR_AMOUNT.test(text.slice(Math.max(sentence.start, q.start - 30), q.start))) return false;
  const verb = nearestLeft(hits, sentence.start, q.start, (m) => m === metric);
  // "sold goods for $3 billion" is trade written the Russian way ("продал товаров на").
  return verb !== null && DEAL_VERB.test(text.slice(verb.start, verb.end)) && !GOODS.test(text.slice(verb.end, q.start));
}

/** "earmarks AZN 8.66 billion for defence", "на оборону будет направлено 9,34 млрд": money allotted to defence is military spending. */
// "Военный бюджет … вырос почти в 1,9 раза: в 2021 году … на эти цели было выделено 4,84 млрд манатов": the purposes the
// sentence named before.
const THESE_PURPOSES = /(?:^|[\s\u00A0])(?:на[\s\u00A0]+эти[\s\u00A0]+(?:цели|нужды)|на[\s\u00A0]+эту[\s\u00A0]+статью)(?![\p{L}])|\bfor[\s\u00A0]+(?:these|this|that)[\s\u00A0]+purposes?\b/iu;

function forDefence({ text, hits, frame, sentence, q }: MetricInput): boolean {
  if (hits.some((h) => h.label === 'military_spending' && h.start >= frame.clauseStart && h.end <= frame.clauseEnd)) return true;
  return THESE_PURPOSES.test(text.slice(frame.clauseStart, q.start)) && hits.some((h) => h.label === 'military_spending' && h.start >= sentence.start && h.end <= q.start);
}

const PER_USD = new Map(UNITS.currencies.map((c) => [c.code, c.per_usd ?? 1]));
const MIN_AMOUNT_USD = METRICS.min_amount_usd ?? 0;

/** "Get it at Walmart for $499.99", "saves you $14": an amount too small for any trade or security figure. */
function isPrice(q: Quantity): boolean {
  return q.value / (PER_USD.get(q.unit ?? '') ?? 1) < MIN_AMOUNT_USD;
}

// "первое место удерживает Италия (3,9 млрд долларов)": a partner's turnover in a ranking of partners.
const PARTNERS = compilePhrases(METRICS.trade_partners ?? [], 'u');
// The partner's name, then "(" or a relative clause: "опередив Китай, на который пришлось 3,02 млрд долларов".
export const PARTNER_GAP = /^(?:[\s\u00A0]*\(|,?[\s\u00A0]+with|,[\s\u00A0]+at|,[\s\u00A0]+(?:на котор\p{L}+[\s\u00A0]+пришл\p{L}*|which accounted for|accounting for))[\s\u00A0]*$/iu;
// "remained the top partner with $11.2 billion": the ranking's own noun may stand for the name.
// ("Last year Italy, at $16.4 billion, and Türkiye, at $7.9 billion, remained …": "at" after the name too.)
const NAME_OPEN = /(?:\p{Lu}\p{Ll}+|\bpartners?)(?:[\s\u00A0]*\(|,?[\s\u00A0]+with|,[\s\u00A0]+at|,[\s\u00A0]+(?:на котор\p{L}+[\s\u00A0]+пришл\p{L}*|which accounted for|accounting for))[\s\u00A0]*$/u;

function isPartnerTurnover(text: string, q: Quantity, sentence: { start: number; end: number }): boolean {
  if (q.kind !== 'money' || !NAME_OPEN.test(text.slice(Math.max(sentence.start, q.start - 40), q.start))) return false;
  PARTNERS.lastIndex = 0;
  return PARTNERS.test(text.slice(sentence.start, sentence.end));
}

function chooseAnyMetric(input: MetricInput): MetricChoice | null {
  const { text, q, frame, sentence, previous } = input;
  const kind = q.kind;
  if (!kind) return null;
  const hits = PHYSICAL.has(kind) ? withGoodsHits(text, input.hits, sentence) : input.hits;
  if (isPartnerTurnover(text, q, sentence)) return { metric: 'trade_turnover', partner: true };
  const restated = restatement(input);
  if (restated) return restated;
  if (kind === 'pp') return { metric: 'other' };
  if (kind === 'percent' || kind === 'times') {
    // "рост за 2023 год – 17,6% и 17,9% соответственно", "up 5% and 7% respectively": the second of a pair is the first's kind.
    // "$412.5 million worth of them to Russia … — 6.4 times more than in 2022": the change of the part just named is the part's.
    const partBefore = previous?.metric === 'other' && previous.partOf && previousInSentence(input) && !hits.some((h) => h.start >= input.previousEnd! && h.end <= q.start);
    if (partBefore && previous.partOf) return { metric: 'other', partOf: previous.partOf };
    const paired = previous?.metric === 'growth_rate' && input.previousKind === kind && previousInSentence(input) && PAIR_JOIN.test(text.slice(input.previousEnd, q.start));
    if (paired) return { ...previous, anaphoric: false };
    // "в 2,6 раза больше, чем Ереван", "более чем втрое превышает армянский", "three times what Armenia has set aside":
    // a ratio between two countries, no change.
    if (kind === 'times' && comparedWithCountry(text, q, frame)) return { metric: 'other' };
    const signed = kind === 'percent' ? signedChange(input) : null;
    const cue = kind === 'times' ? multiplierCue(text, q) : (signed ?? growthCue(text, q, frame, previous));
    const level = kind === 'percent' && LEVEL_TO.test(text.slice(Math.max(0, q.start - 14), q.start));
    if (!cue || level) return kind === 'times' ? null : { metric: 'other' };
    // "handled 41,200 TEU of containers, 22% more", "52 тыс. грузовиков, на 14% больше": the change of a count that is no figure.
    if (UNCOUNTED_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 70), q.start))) return { metric: 'other', down: cue === 'down' };
    // "2,380 Azerbaijani citizens were deported …, 64% more than": the change of a count of people that is no figure of ours.
    if (previous?.metric === 'other' && input.previousKind === 'persons' && previousInSentence(input) && !hits.some((h) => h.label !== 'other' && h.start >= input.previousEnd! && h.end <= q.start)) return { metric: 'other', down: cue === 'down' };
    // "pledged to double them": the pronoun is the figure before, whatever keyword stands nearer.
    const before = previous?.growthOf ?? (previous?.metric !== 'growth_rate' ? previous?.metric : undefined);
    // "shipped 1.72 bcm of gas to Azerbaijan in the first nine months, 28% more than a year earlier": the change
    // set off after the amount is that amount's.
    const apposed = !!before && previousInSentence(input) && APPOSED_BEFORE.test(text.slice(input.previousEnd, q.start).replace(/(?:19|20)\d{2}/gu, 'YEAR')) && COMPARED_AFTER.test(text.slice(q.end, q.end + 24));
    const pronoun = before && (signed || apposed || OBJECT_PRONOUN.test(text.slice(q.end, q.end + 8))) ? before : undefined;
    // "Azerbaijan's gas exports rose to 12.6 bcm, up 4.5%": one country's gas in cubic metres is the whole of its flow,
    // and so is its change; between two countries gas is one product of their trade ("экспортировал в Азербайджан около
    // 1,9 млрд куб. м – в 1,3 раза больше"), and so is a product's tonnage ("wheat exports …, up 27%").
    const ofGoodsAmount = previous?.metric !== undefined && input.previousKind === 'gas' && namedCountries(text, sentence.start, sentence.end).length <= 1;
    const part = goodsChange(input) ?? (pronoun || ofGoodsAmount ? undefined : partialTarget(text, hits, q, sentence));
    // "Azeri oil shipments via Baku-Novorossiysk drop 49.6%": oil on a pipeline is its throughput, cargo.
    if (part && (part === 'exports' || part === 'imports') && PIPELINE.test(text.slice(sentence.start, sentence.end))) return { metric: 'growth_rate', growthOf: 'cargo_volume', down: cue === 'down' };
    if (part) return { metric: 'other', partOf: part, down: cue === 'down' };
    // "пропустил более 1,2 млн человек (на 18% больше, чем годом ранее)": a change in brackets right after an amount
    // is that amount's, and the change of a count that is no figure of ours is none either.
    const bracketed = previous && input.previousEnd !== undefined && CHANGE_IN_BRACKETS.test(text.slice(input.previousEnd, q.start));
    if (bracketed && previous.metric === 'other' && !previous.partOf) return { metric: 'other', down: cue === 'down' };
    const inSentence = pronoun ?? growthTarget(text, hits, q, sentence) ?? before;
    const found = inSentence ?? anaphoric(input, () => true) ?? bareGrowth(input) ?? undefined;
    // ("В 2024 году ассигнования составили 7,92 млрд манатов, то есть с 2020 года расходы выросли в 1,7 раза": after a
    // defence figure of the same sentence, the allocations' change is the defence budget's, as the amount is.)
    const growthOf = found === 'funding' && previous?.metric === 'military_spending' && previousInSentence(input) ? 'military_spending' : found;
    // A growth rate means something only with what grew: share prices and yields are "other".
    if (!growthOf || categoryOf(growthOf) === 'other') return { metric: 'other', ...(growthOf ? { down: cue === 'down' } : {}) };
    return { metric: 'growth_rate', growthOf, down: cue === 'down', ...(inSentence ? {} : { anaphoric: true }) };
  }
  if (kind === 'persons' || kind === 'count') return { metric: headcountMetric(input) };
  if (isAbsoluteChange(text, q, frame)) return { metric: 'other' };
  const ok: Pick = (m) => accepts(m, kind);
  // "12,9 млрд ушло в Европу по Южному газовому коридору, 9,8 млрд – в Турцию": an elided item of a list goes on
  // with the item before, whatever words stand between.
  const listed = ELIDED_ITEM.test(text.slice(q.end, q.end + 30)) && previousInSentence(input) ? inherited(previous, kind) : null;
  if (listed) return { metric: listed };
  // "Georgia exported about $780 million worth of cars to Russia in 2023, Armenia $1.05 billion and Kazakhstan about $1.6
  // billion": the next items of a list of parts are parts too.
  const partListed = kind === 'money' && previous?.metric === 'other' && previous.partOf && input.previousKind === 'money' && previousInSentence(input) && PART_LIST_NEXT.test(text.slice(input.previousEnd, q.start).replace(/(?:19|20)\d{2}/gu, 'YEAR'));
  if (partListed && previous.partOf) return { metric: 'other', partOf: previous.partOf };
  // "a $3 billion buyout", "a $17 million net worth": the noun right after an amount is what it is.
  const head = kind === 'money' ? headNounAfter(text, hits, q, ok) : kind === 'length' ? compoundLengthHead(text, hits, q, ok) : null;
  const hit =
    head ??
    flowOfRelative(text, hits, q, ok) ??
    nearestLeft(hits, frame.leftStart, q.start, ok) ??
    nearestRight(hits, q.end, frame.rightEnd, ok) ??
    pastRestatement(text, hits, q, frame, ok);
  // "сальдо в торговле с Россией составило 2,39 млрд", "the deficit in trade with Russia": the head before the flow word rules.
  if (kind === 'money' && hit && hit.label !== 'other' && headBefore(text, hits, hit)) return { metric: 'other' };
  // "1.1 million tonnes of wheat …, worth $270 million": the value of those goods, for their period.
  if (!hit && kind === 'money' && PHYSICAL.has(input.previousKind ?? 'money') && (inherited(previous, kind) || valueOfGoods(input))) return { metric: 'other', restates: true };
  // Restating the amount before it ("42%, which was $1.99 billion") happens within one clause.
  const sameClause = input.previousEnd !== undefined && input.previousEnd >= frame.clauseStart;
  const baseOf = BASE_OF_BEFORE.test(text.slice(frame.leftStart, q.start));
  if (baseOf && input.sameUnitOther) return { metric: 'other' };
  const base = input.sameUnitBefore && baseOf ? input.sameUnitBefore : null;
  // "about 40 km from the Azerbaijani border", "в 15 км от границы": where a place lies is a distance, not the border's length.
  if (kind === 'length' && isOffset(text, q)) return { metric: 'distance' };
  if (hit && kind === 'length' && lengthOfBorder(text, hits, hit)) return { metric: 'border_length' };
  if (kind === 'length' && RUN_BETWEEN_AFTER.test(text.slice(q.end, q.end + 90)) && !BORDER_WORD.test(text.slice(sentence.start, q.start))) return { metric: 'distance' };
  if (kind === 'length' && sectionOfBorder(text, hits, sentence, hit, input.earlierOfKind ?? null, () => borderBefore(text, sentence.start))) return { metric: 'border_length' };
  if (kind === 'length' && previous && input.previousKind === 'length' && input.previousEnd !== undefined && partOfLength(text, input.previousEnd, q)) return { metric: previous.metric };
  const local = base ?? hit?.label ?? (kind === 'money' && putInto(text, q, frame) ? 'investment' : null) ?? (sameClause ? inherited(previous, kind) : null) ?? ownAntecedent(input, ok);
  const pointed = local ? null : anaphoric(input, ok);
  // "… выросла до 5 млн т в год. До конца года стороны рассчитывают выйти на 6 млн тонн": tonnes with no word of their own
  // continue the series of the sentence before (money does not: an amount of money is anything).
  // In a quote the speaker goes on about the same series: "\"We will pass four and a half billion dollars this year\"".
  const quoted = QUOTE_OPEN.test(text.slice(sentence.start, Math.min(q.start, sentence.start + 3)));
  const goodsGoOn = (PHYSICAL.has(kind) || (kind === 'money' && quoted)) && input.earlier && ok(input.earlier) && GOAL_BEFORE.test(text.slice(Math.max(sentence.start, q.start - 60), q.start)) ? input.earlier : null;
  // "в госбюджете на 2025 год на разминирование предусмотрено 135 млн манатов": a budget line with a purpose of its own is
  // funding, whatever series the paragraph was telling.
  const purposed = kind === 'money' && !local && !pointed && budgeted(text, frame) && PURPOSE.test(text.slice(frame.clauseStart, frame.clauseEnd)) ? 'funding' : null;
  // ("оборонные расходы составят около 6,5% ВВП, а в 2027 году могут превысить 9,5 млрд манатов": the word right after
  // the share before is that share's, not this amount's.)
  const wideHits = input.previousEnd === undefined ? hits : hits.filter((h) => !(h.label === 'other' && h.start >= input.previousEnd! && h.start - input.previousEnd! <= 3 && NEW_PREDICATE.test(text.slice(h.end, q.start))));
  const found = local ?? pointed ?? purposed ?? goodsGoOn ?? forecastGoesOn(input) ?? sentenceWide(wideHits, q, sentence, ok)?.label ?? inherited(previous, kind) ?? askedFor(text, sentence, ok) ?? paragraphSeries(input, ok) ?? countedByCustoms(input);
  // "Azerbaijan spent $4.9 billion on its armed forces last year. Armenia spent $1.7 billion": a bare verb of spending
  // goes on with the paragraph's defence spending.
  // (Not money spent on something named: "Russian Railways has spent 19.5 billion rubles on widening the approaches".)
  if (kind === 'money' && found === 'funding' && hit && SPENDING_VERB.test(text.slice(hit.start, hit.end)) && ((input.series?.money ?? input.earlier) === 'military_spending' || input.sameUnitBefore === 'military_spending') && !SPENT_ON.test(text.slice(q.end, q.end + 12))) return { metric: 'military_spending' };
  if (kind === 'money' && hit && namesPart(text, hit)) return { metric: 'other', partOf: hit.label };
  // "exported about $780 million worth of cars to Russia", "$412.5 million worth of them": one kind of goods, a part of the flow
  // ("$3 billion worth of goods" is the whole).
  if (kind === 'money' && found && PARTIAL_METRICS.has(found) && WORTH_OF_PART.test(text.slice(q.end, q.end + 40))) return { metric: 'other', partOf: found };
  if (kind === 'money' && found && PARTIAL_METRICS.has(found) && goesToPart(text, q, frame, found)) return { metric: 'other', partOf: found };
  // "Crude oil and oil products brought in $22.68 billion, or 86.2% of all exports", "tomatoes earned $412.5 million in
  // Russia": goods open the clause and the flow word comes only later, so the amount is the goods' value.
  if (kind === 'money' && found && found !== 'investment' && PARTIAL_METRICS.has(found) && (!hit || hit.end <= q.start) && goodsOpenClause(text, hits, frame, q)) return { metric: 'other', partOf: found };
  if (kind === 'money' && !hit && found && PARTIAL_METRICS.has(found)) {
    const wide = sentenceWide(hits, q, sentence, ok);
    if (wide && wide.label === found && isPartial(text, wide)) return { metric: 'other', partOf: found };
  }
  if (found === 'cargo_volume' && hit && PHYSICAL.has(kind) && shippedGoods(text, hit, q, sentence)) return { metric: 'exports' };
  // "the plant will be able to produce 45,000 tonnes of film a year", "завод … мощностью 200 тыс. тонн": what a plant
  // makes is its output, no freight.
  if (found === 'cargo_volume' && kind === 'mass' && plantOutput(text, q, sentence)) return { metric: 'other' };
  // "по данным Северо-Кавказской железной дороги, в сторону Азербайджана отправлено 1,9 млн тонн": what a carrier
  // sent, with no goods named, is its freight, not a country's exports ("246 тыс. т дизельного топлива" are exports).
  if ((found === 'exports' || found === 'imports') && hit && PHYSICAL.has(kind) && sentByCarrier(text, hit, q, sentence)) return { metric: 'cargo_volume' };
  // "По трубопроводу Баку – Новороссийск отправлено 0,49 млн тонн": oil on a pipeline is its throughput, cargo (as its change is).
  // (Through a transit country with no pipeline named, oil stays its exporter's exports.)
  if ((found === 'exports' || found === 'imports') && kind === 'mass' && OIL_PIPELINE.test(text.slice(sentence.start, sentence.end))) return { metric: 'cargo_volume' };
  // "ушло 2,3 млн тонн грузов", "2.3 million tonnes of cargo": what the tonnage names is freight, whatever verb moved it.
  if ((found === 'exports' || found === 'imports') && kind === 'mass' && CARGO_NOUN_AFTER.test(text.slice(q.end, q.end + 16))) return { metric: 'cargo_volume' };
  if ((!found || found === 'exports' || found === 'imports') && kind === 'mass' && movedByCarrier(text, frame.clauseStart, q)) return { metric: 'cargo_volume' };
  if ((found === 'exports' || found === 'imports') && kind === 'mass' && carriedAcross(text, { start: frame.clauseStart, end: frame.clauseEnd })) return { metric: 'cargo_volume' };
  // "отправлено 1,92 млн т транзитных грузов": goods in transit are cargo, whatever verb sent them.
  if ((found === 'exports' || found === 'imports') && PHYSICAL.has(kind) && TRANSIT_GOODS.test(text.slice(q.end, Math.min(frame.clauseEnd, q.end + 30)))) return { metric: 'cargo_volume' };
  return { metric: found ?? (kind === 'length' ? 'distance' : kind === 'money' && budgeted(text, frame) ? budgetLine(input) : (storyMoney(input) ?? storyGoods(input) ?? 'other')), ...(pointed ? { anaphoric: true } : {}) };
}

// "a fraction of the roughly 600,000 bpd that Azerbaijan exports": a relative clause right after the amount says what it is.
const RELATIVE_SUBJECT = /^[\s\u00A0]+(?:that|which|что|которые|который)[\s\u00A0]+\p{Lu}[\p{L}'’-]*(?:[\s\u00A0]+\p{L}[\p{L}'’-]*)?[\s\u00A0]+$/u;

function flowOfRelative(text: string, hits: readonly Hit<Metric>[], q: Quantity, ok: Pick): Hit<Metric> | null {
  return hits.find((h) => h.start >= q.end && h.start - q.end <= 40 && (h.label === 'exports' || h.label === 'imports') && ok(h.label) && RELATIVE_SUBJECT.test(text.slice(q.end, h.start))) ?? null;
}

// (Not a run between two places: "162 km from Rasht to Astara", "от Баку до границы".)
const OFFSET_AFTER = /^[\s\u00A0]+(?:(?:away[\s\u00A0]+)?from|(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)[\s\u00A0]+of|от|к[\s\u00A0]+(?:северу|югу|востоку|западу)[\s\u00A0]+от)[\s\u00A0]+(?:the[\s\u00A0]+)?[^.;,]{1,40}?(?=[,.;)]|$)/iu;
// "runs about 1,100 km from Pavlovskaya in the Krasnodar region to the Azerbaijani border": a run between two places.
const RUN_BETWEEN_AFTER = /^[\s\u00A0]+(?:from|от)[\s\u00A0]+\p{Lu}[^.;]{0,60}?[\s\u00A0](?:to|до)[\s\u00A0]+/u;
const BORDER_WORD = /\b(?:border|frontier)\b|границ/iu;
const TO_PLACE = /(?:\bto|(?:^|[\s\u00A0])до)[\s\u00A0]+/iu;

function isOffset(text: string, q: Quantity): boolean {
  const offset = OFFSET_AFTER.exec(text.slice(q.end, q.end + 60));
  return !!offset && !TO_PLACE.test(offset[0]);
}

const NEW_PREDICATE = /,[\s\u00A0]*(?:а|но|and|but|while)[\s\u00A0]/iu;
const APPOSED_BEFORE = /^[^,;.\d]{0,70},[\s\u00A0]*(?:(?:up|down|or|что|на)[\s\u00A0]+)?$/iu;
const COMPARED_AFTER = /^[\s\u00A0]+(?:more|less|higher|lower|above|below|больше|меньше|выше|ниже)[\s\u00A0,]+(?:than|чем)(?![\p{L}])/iu;
const GENERIC_SHIPMENT = /^(?:shipments?|flows?|deliveries|отгрузк\p{L}*|отправк\p{L}*)$/iu;

const SENT_WORD = /^(?:sent|отправлен\p{L}*|отправил\p{L}*)$/iu;
const DIRECTION_WORDS = /(?:^|[\s\u00A0])(?:в[\s\u00A0]+направлении|в[\s\u00A0]+сторону|в[\s\u00A0]+обратном[\s\u00A0]+направлении|in the direction of|in the opposite direction|in both directions)(?![\p{L}])/iu;
const DIRECTION_AFTER = /^[\s\u00A0]+(?:from|to and from|to and through|in both directions|из|в[\s\u00A0]+обоих[\s\u00A0]+направлениях)(?![\p{L}])/iu;
const TONNES_AFTER = /^[^.;]{0,40}?\d[\d.,]*[\s\u00A0]*(?:(?:million|thousand|млн|тыс\.?)[\s\u00A0]*)?(?:tonnes|tons|тонн)/iu;

function freightByDirection({ text, q, frame, hits, sentence }: MetricInput, choice: MetricChoice): boolean {
  const flow = choice.metric === 'growth_rate' ? choice.growthOf : choice.metric;
  if (flow !== 'exports' && flow !== 'imports') return false;
  if (q.kind !== 'mass' && !(choice.metric === 'growth_rate' && TONNES_AFTER.test(text.slice(q.end, frame.clauseEnd)))) return false;
  // ("…, while flows in the opposite direction rose to 0.8 million tonnes": the clause after goes on with it.)
  const hit = hits.filter((h) => h.label === flow && h.start >= sentence.start && h.end <= q.start).at(-1);
  // (Only a route's direction, "from Russia", "to and from Baku": "shipments to Russia" after the goods are their exports.)
  // ("в направлении Азербайджана отправлено 2,71 млн тонн, в обратном направлении — 0,77 млн": so is freight sent one way.)
  const directed = DIRECTION_AFTER.test(text.slice(hit?.end ?? 0, (hit?.end ?? 0) + 20)) || DIRECTION_WORDS.test(text.slice(sentence.start, q.start));
  if (!hit || !(GENERIC_SHIPMENT.test(text.slice(hit.start, hit.end)) || SENT_WORD.test(text.slice(hit.start, hit.end))) || !directed) return false;
  PARTIAL.lastIndex = 0;
  return !PARTIAL.test(text.slice(frame.clauseStart, frame.clauseEnd));
}

const ALLOCATION = /^(?:allocation|allocations|выделени\p{L}*|ассигновани\p{L}*)$/iu;
const BARE_ARTICLE = /(?:^|[\s\u00A0])(?:the|this|that|next year['’]s|this year['’]s|the[\s\u00A0]+\d{4})[\s\u00A0]*$|^[\s\u00A0]*$/iu;

// "The appeal requires $46 million", "the $38.6 million required": "require" names the amount next to it; elsewhere ("— $10 billion by 2030 — would
// require growth of about 13% a year") it names nothing.
const REQUIRE = /^requir(?:e|es|ed)$/iu;

function withoutLoneRequire({ text, q }: MetricInput, hits: readonly Hit<Metric>[]): readonly Hit<Metric>[] {
  return hits.filter((h) => {
    const word = text.slice(h.start, h.end);
    if (!REQUIRE.test(word)) return true;
    if (q.start >= h.end) return q.start - h.end <= 24;
    // "$14.2 million of the $38.6 million required for 2025": the participle after the amounts names them.
    return /ed$/iu.test(word) && h.start - q.end <= 40 && !/[.;](?!\d)/u.test(text.slice(q.end, h.start));
  });
}

// "… 9.12 billion manats on defence and national security next year. The allocation is 5.3% higher than the 8.66 billion
// manats approved for this year": "the allocation" with no owner of its own is the defence budget just named.
// So is a bare word for spending: "За последние пять лет расходы выросли почти вдвое", "the budget line has grown by 12% a year".
function defenceAllocations({ text, sentence, series, earlier }: MetricInput, hits: readonly Hit<Metric>[]): readonly Hit<Metric>[] {
  if ((series?.money ?? earlier) !== 'military_spending') return hits;
  const mapped = hits.map((h) => (h.label === 'funding' && ownerlessAllocation(text, h, sentence) ? { ...h, label: 'military_spending' as const } : h));
  GENERIC_SPENDING.lastIndex = 0;
  const overlaps = (h: Hit<Metric>, b: Hit<Metric>): boolean => h.start < b.end && b.start < h.end;
  // A phrase of its own wins ("17,8% всех расходов бюджета" is the whole budget), but "the budget line" is no railway line.
  const bare = [...text.slice(sentence.start, sentence.end).matchAll(GENERIC_SPENDING)]
    .map((m) => ({ label: 'military_spending' as const, start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }))
    .filter((b) => !mapped.some((h) => h.label !== 'distance' && overlaps(h, b)));
  if (bare.length === 0) return mapped;
  const kept = mapped.filter((h) => !bare.some((b) => overlaps(h, b)));
  if (kept.some((h) => h.start >= sentence.start && h.end <= sentence.end)) return mapped;
  return [...kept, ...bare].sort((a, b) => a.start - b.start);
}

const GENERIC_SPENDING = /(?<![\p{L}])(?:расходы|расходов|spending|expenditure|(?:the[\s\u00A0]+)?budget[\s\u00A0]+line)(?![\p{L}])/giu;

function ownerlessAllocation(text: string, hit: Hit<Metric>, sentence: { start: number }): boolean {
  return ALLOCATION.test(text.slice(hit.start, hit.end)) && BARE_ARTICLE.test(text.slice(Math.max(sentence.start, hit.start - 20), hit.start));
}

// "На восстановление … в госбюджете на 2025 год предусмотрено 3,5 млрд манатов", "заложено на разминирование": money a
// budget provides, when nothing else names it, is funding (a weak word: any metric the clause names comes first).
const BUDGET_VERB = /(?<![\p{L}])(?:предусмотрен[оаы]?|предусматрива\p{L}*|заложен[оаы]?)(?![\p{L}])/iu;

function budgeted(text: string, frame: Frame): boolean {
  return BUDGET_VERB.test(text.slice(frame.clauseStart, frame.clauseEnd));
}

// "на восстановление", "на разминирование", "for reconstruction" (not "на 2025 год", "на текущий год", "на эти цели").
const PURPOSE = /(?<![\p{L}])(?:на|for)[\s\u00A0]+(?!\d|(?:этот|эти|эту|это|эта|текущий|нынешний|следующий|плановый|будущий|these|this|that|those|it)[\s\u00A0])(?!год\p{L}*|the[\s\u00A0]+year)\p{L}{3,}/iu;

/** "Ереван не стал наращивать оборону: бюджет на 2025 год предусматривает 650 млрд драмов": with no purpose of its own, the defence budget being told. */
function budgetLine({ text, frame, series, earlier }: MetricInput): Metric {
  const defence = (series?.money ?? earlier) === 'military_spending';
  return defence && !PURPOSE.test(text.slice(frame.clauseStart, frame.clauseEnd)) ? 'military_spending' : 'funding';
}

// "– По итогам года, по нашим данным, вышли примерно на 4,4 миллиарда долларов": in a story about the turnover, a large
// amount of money in a sentence that names no metric at all, in the answer to a question, is the turnover.
// ("Rustamov: In January to May we are at two billion ninety million dollars": a transcript names the speaker instead.)
const ANSWER_OPEN = /^[\s\u00A0]*(?:[–—][\s\u00A0]|\p{Lu}[\p{L}'’-]+(?:[\s\u00A0]\p{Lu}[\p{L}'’-]+)?:[\s\u00A0])/u;
// The line before the answer is the question ("– … С какими цифрами закончили прошлый год?"), not a list.
const QUESTION_BEFORE = /\?["»”]?[\s\u00A0]*$/u;

function storyMoney({ text, q, hits, sentence, topic }: MetricInput): Metric | null {
  if (!topic || q.kind !== 'money' || q.value < 1e8 || namesMetric(hits, sentence)) return null;
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  return ANSWER_OPEN.test(text.slice(lineStart, sentence.end)) && QUESTION_BEFORE.test(text.slice(Math.max(0, lineStart - 400), lineStart)) ? topic : null;
}

// "Last year, 6.08 million tonnes crossed at Samur-Yalama, up 11% from 2023": in a story about freight, tonnes that no word
// of the sentence names are freight.
function storyGoods({ q, hits, sentence, goodsTopic }: MetricInput): Metric | null {
  if (!goodsTopic || q.kind !== 'mass' || q.value < 1e4 || namesMetric(hits, sentence, 'distance')) return null;
  return goodsTopic;
}

const PART_LIST_NEXT = /^[^.;\d]{0,60}?(?:,|\band)[\s\u00A0]+\p{Lu}[\p{L}-]*[\s\u00A0]+(?:(?:about|some|around|nearly|almost|over|more than)[\s\u00A0]+)?$/u;
const WORTH_OF_PART = /^[\s\u00A0]+worth[\s\u00A0]+of[\s\u00A0]+(?!goods|products|merchandise|exports|imports|trade)\p{L}/iu;

/** The figure before this one stands in the same sentence. */
function previousInSentence({ previousEnd, sentence }: MetricInput): boolean {
  return previousEnd !== undefined && previousEnd >= sentence.start;
}

/** Some metric word (other than `except`) stands in the sentence. */
function namesMetric(hits: readonly Hit<Metric>[], sentence: { start: number; end: number }, except?: Metric): boolean {
  return hits.some((h) => h.start >= sentence.start && h.end <= sentence.end && h.label !== except);
}

const SPENT_ON = /^[\s\u00A0]*(?:on|for|to|into|на|в)[\s\u00A0]/iu;
// ("В 2024 году ассигнования составили 7,92 млрд манатов" after the army's spending: the same budget's allocations.)
const SPENDING_VERB = /^(?:spent|spends|spending|has spent|have spent|had spent|is spending|are spending|appropriations|потратил\p{L}*|потрачен\p{L}*|израсходова\p{L}*|ассигновани\p{L}*)$/iu;

/** The sentence before, in the same paragraph, names a border (for a length that refers back to it). */
function borderBefore(text: string, sentenceStart: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', sentenceStart - 1) + 1, sentenceStart - 300);
  return metricHits(text, from, sentenceStart).some((h) => h.label === 'border_length');
}

/** A sentence with no metric word of any kind (its hits are the sentence's) goes on with its paragraph's series of that kind. */
function paragraphSeries({ q, hits, series }: MetricInput, ok: Pick): Metric | null {
  const metric = q.kind === 'money' ? series?.money : PHYSICAL.has(q.kind ?? 'money') ? series?.goods : null;
  // A word of another kind ("transit declarations", "price") leaves the amount to the series all the same.
  return metric && ok(metric) && !hits.some((h) => ok(h.label)) ? metric : null;
}

const TRANSIT_GOODS = /^[\s\u00A0]+(?:of[\s\u00A0]+)?(?:транзитн\p{L}*|transit)(?![\p{L}])/iu;

// "…, или около 5,4% ВВП, против 747 млрд драмов": the base compares with the amount in its unit, whatever stands between.
const BASE_OF_BEFORE = /(?:\bagainst|\bcompared (?:to|with)|\bup from|\bdown from|,[\s\u00A0]*from|(?:^|[\s\u00A0])(?:против|по сравнению с))[\s\u00A0]+(?:(?:about|some|nearly|almost|an estimated|около|почти|примерно)[\s\u00A0]+)?$/iu;

// "have put about $240 million into joint projects", "poured $1bn into", "вложили 240 млн долларов в": money sunk into something.
const PUT_BEFORE = /(?:\b(?:put|puts|putting|poured|pours|pumped|sunk|sank|ploughed|plowed|injected)|(?:^|[\s\u00A0])(?:вложил\p{L}*|вложат|вложит|влож\p{L}*|вкладыва\p{L}*))[\s\u00A0]+(?:(?:about|some|around|roughly|nearly|almost|over|more than|at least|около|почти|более|свыше|порядка|примерно)[\s\u00A0]+)?$/iu;
const INTO_AFTER = /^[\s\u00A0]+(?:(?:of|in)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+){1,2})?(?:into|в|во)[\s\u00A0]/iu;

function putInto(text: string, q: Quantity, frame: Frame): boolean {
  return PUT_BEFORE.test(text.slice(Math.max(frame.leftStart, q.start - 40), q.start)) && INTO_AFTER.test(text.slice(q.end, q.end + 40));
}

// A pipeline by name or by its ends ("the Baku-Novorossiysk pipeline", "via Baku-Novorossiysk", "по нефтепроводу").
// Goods that cross a country ("через территорию Азербайджана", "in transit") are its transit, cargo too.
const PIPELINE = /pipeline|трубопровод\p{L}*|нефтепровод\p{L}*|газопровод\p{L}*|через[\s\u00A0]+территори\p{L}*|транзит\p{L}*|\btransit|\b(?:via|through|по|через)[\s\u00A0]+\p{Lu}\p{Ll}+[\s\u00A0]*[-–—][\s\u00A0]*\p{Lu}/u;

// "рассчитывают выйти на 6 млн тонн", "aims to reach 8 million tonnes": a goal for the series before.
// "Правительства говорят о цели в 6 млрд долларов к 2027 году", "Мой прогноз скромнее: в 2026 году – 4,6–4,9 млрд
// долларов": a goal or forecast of money in a sentence that names no metric goes on with the trade turnover before it
// (goals are set for turnover; after an investment stock the bare goal is still the turnover's, so nothing is guessed).
const FORECAST_WORD = /(?<![\p{L}])(?:цел[ьиюяей]\p{L}*|прогноз\p{L}*|ориентир\p{L}*|targets?|goals?|forecasts?|projections?)(?![\p{L}])/iu;

function forecastGoesOn({ text, q, hits, sentence, earlier }: MetricInput): Metric | null {
  if (q.kind !== 'money' || earlier !== 'trade_turnover') return null;
  if (namesMetric(hits, sentence)) return null;
  return FORECAST_WORD.test(text.slice(sentence.start, q.start)) ? earlier : null;
}

const CARGO_NOUN_AFTER = /^[\s\u00A0]+(?:грузов|груза|of[\s\u00A0]+(?:cargo|freight))(?![\p{L}])/iu;
const OIL_PIPELINE = /pipeline|(?:трубопровод|нефтепровод)\p{L}*|(?<![\p{L}])(?:КТК|CPC|BTC)(?![\p{L}])/u;
const QUOTE_OPEN = /["«“„]/u;
const GOAL_BEFORE = /(?:в[\s\u00A0]+перспективе|речь[\s\u00A0]+идет[\s\u00A0]+о|\bwill[\s\u00A0]+pass|\bwill[\s\u00A0]+exceed|\bwill[\s\u00A0]+reach|превысим|выйдем[\s\u00A0]+на|выйти[\s\u00A0]+на|выйдем[\s\u00A0]+на|достичь|достигнуть|довести|\breach|\bto hit|\baim\p{L}*|\btarget\p{L}*|\bwant\p{L}*|рассчитыва\p{L}*|планиру\p{L}*|намерен\p{L}*)(?![\p{L}])[^.;\d]{0,40}$/iu;

// An interview's answer opens right after its question: "- And Azerbaijani exports?\n\n- Around eight hundred million dollars".
// (Tested on the few characters before the sentence first: most sentences follow no question.)
const AFTER_QUESTION = /\?[\s\u00A0]*\n[\s\u00A0]*(?:[-–—][\s\u00A0]*)?$/u;

/** The metric a question names, for the first sentence of its answer when that names none. */
function askedFor(text: string, sentence: { start: number }, ok: Pick): Metric | null {
  // The answer may open with a word of its own ("– Хорошим. За девять месяцев вышло …"): any sentence of the answer's
  // first paragraph is read after the question.
  const lineStart = text.lastIndexOf('\n', sentence.start - 1) + 1;
  const at = AFTER_QUESTION.test(text.slice(Math.max(0, sentence.start - 12), sentence.start)) ? sentence.start : lineStart;
  const tail = AFTER_QUESTION.exec(text.slice(Math.max(0, at - 12), at));
  if (!tail) return null;
  const questionEnd = at - tail[0].length + 1;
  const questionStart = Math.max(text.lastIndexOf('\n', questionEnd - 1) + 1, questionEnd - 200);
  return KEYWORDS.find(text, questionStart, questionEnd).filter((h) => ok(h.label)).at(-1)?.label ?? null;
}

// "742,3 млн долларов (+11,2%)", "$2.3 billion (-2.9%)": a signed percent right after an amount is its change.
// "2,96 млн т грузов (+17%)": the goods' noun may stand between.
const SIGNED_AFTER_AMOUNT = /^[\s\u00A0]*(?:\p{L}+[\s\u00A0]*)?[(,][\s\u00A0]*$/u;

function signedChange({ text, q, previous, previousEnd }: MetricInput): 'up' | 'down' | null {
  if (!previous || previousEnd === undefined || previous.metric === 'other' || previous.metric === 'growth_rate') return null;
  const sign = /[+−-]/u.exec(text.slice(Math.max(0, q.start - 1), q.start + 1))?.[0];
  if (!sign || !SIGNED_AFTER_AMOUNT.test(text.slice(previousEnd, q.start).replace(/[+−-]$/u, ''))) return null;
  return sign === '+' ? 'up' : 'down';
}

// "grew 9 percent, rather than the 7 percent initially reported": the second number restates the first.
const RESTATES = /(?:\brather than|\binstead of|\bnot|(?:^|\s)а не|(?:^|\s)вместо|(?:^|\s)не)[\s\u00A0]+(?:the[\s\u00A0]+|a[\s\u00A0]+)?(?:previously[\s\u00A0]+|initially[\s\u00A0]+|earlier[\s\u00A0]+)?(?:reported[\s\u00A0]+)?$/iu;

/** The choice of the figure a "rather than X" restates, when X is of the same kind. */
function restatement({ text, q, frame, previous, previousKind }: MetricInput): MetricChoice | null {
  if (!previous || previousKind !== q.kind) return null;
  return RESTATES.test(text.slice(frame.leftStart, q.start)) ? { ...previous, restates: true } : null;
}

// "just under five billion dollars, because they count re-exports differently": a reason clause names no metric of the figure.
const REASON_AFTER = /,?[\s\u00A0]+(?:because|since|потому что|так как|поскольку)(?![\p{L}])/iu;

function sentenceWide(hits: readonly Hit<Metric>[], q: Quantity, sentence: { start: number; end: number }, ok: Pick): Hit<Metric> | null {
  return nearestLeft(hits, sentence.start, q.start, ok) ?? nearestRight(hits, q.end, sentence.end, ok);
}

function anaphoric(input: MetricInput, ok: Pick): Metric | null {
  const { text, q, frame, sentence, earlier, hits } = input;
  if (figureNoun(text, q, sentence)) return namedFigure(input, ok);
  // "in 2022 the figure was 5.38 billion manats, and in 2024 it reached 7.90 billion manats": "it" is the figure of
  // its kind before it in the same sentence, not the sentence before.
  const inSentence = previousInSentence(input) && q.kind && input.previousKind === q.kind ? inherited(input.previous, q.kind) : null;
  if (inSentence && !q.elided && pointsBack(text, q, frame)) return inSentence;
  if (!earlier || !ok(earlier)) return null;
  // "В этом году мы ожидаем выйти на 4 млрд": a bare amount in a quote continues the series before it,
  // unless its clause names goods of its own ("Tomatoes alone brought in a hundred and sixty-five million"),
  // or its sentence names its flow before it ("Импорт из Азербайджана растет скромнее: около 770 миллионов").
  if (q.elided) {
    PARTIAL.lastIndex = 0;
    const named = hits.some((h) => h.start >= sentence.start && h.end <= q.start && h.label !== 'other' && ok(h.label));
    return named || PARTIAL.test(text.slice(frame.clauseStart, q.start)) ? null : earlier;
  }
  return pointsBack(text, q, frame) ? earlier : null;
}

/**
 * "«…наш товарооборот достиг почти 5 миллиардов долларов. Положительная динамика сохраняется: за январь–август рост
 * составил около 8%»": a change in a sentence with no metric word of any kind, in a paragraph whose last amount of
 * money was a trade flow, is that flow's change.
 */
function bareGrowth({ text, hits, sentence, series, earlier }: MetricInput): Metric | null {
  // A paragraph that opens on the turnover's growth by name ("При этом обе службы сходятся в динамике: рост за 2023 год –
  // 17,6% и 17,9%") goes on with the turnover of the sentence before.
  const flow = series ? series.money : earlier === 'trade_turnover' && GROWTH_NOUN.test(text.slice(sentence.start, sentence.end)) ? earlier : null;
  if (!flow || !TRADE_FLOWS.has(flow)) return null;
  return namesMetric(hits, sentence) ? null : flow;
}

const PAIR_JOIN = /^[\s\u00A0]*(?:и|and|or|или)[\s\u00A0]*$/iu;
const GROWTH_NOUN = /(?<![\p{L}])(?:рост|роста|динамик\p{L}*|growth)(?![\p{L}])/iu;
const UNCOUNTED_BEFORE = /\d(?:[\d\s\u00A0,.]*\d)?(?:[\s\u00A0]+(?:thousand|million|тыс\.?|млн))?[\s\u00A0]+(?:TEUs?|containers|trucks|lorries|wagons|railcars|vehicles|flights|declarations|деклараци\p{L}*|ДФЭ|рейс\p{L}*|грузовик\p{L}*|вагон\p{L}*|контейнер\p{L}*|фур\p{L}*)(?:[\s\u00A0]+(?:of|with)[\s\u00A0]+\p{L}+)?[\s\u00A0]*[,(–—-]?[\s\u00A0]*(?:(?:up|down|or|на|что)[\s\u00A0]+)?$/iu;
const CHANGE_IN_BRACKETS = /^[\s\u00A0]*\([\s\u00A0]*(?:на[\s\u00A0]+|up[\s\u00A0]+|down[\s\u00A0]+|[+−–-][\s\u00A0]*)?$/iu;

/** "it", "this", "the figure" before the amount in its clause (not a speaker's "по его словам"). */
function pointsBack(text: string, q: Quantity, frame: Frame): boolean {
  ANAPHORA.lastIndex = 0;
  return ANAPHORA.test(text.slice(frame.clauseStart, q.start).replace(SPEAKER_PRONOUN, ' '));
}

/** "Trade grew by about a fifth, and last year it stood just under $5 billion": "it" is the flow named in an earlier clause of its sentence, with no amount between. */
function ownAntecedent({ text, q, frame, sentence, hits }: MetricInput, ok: Pick): Metric | null {
  if (frame.clauseStart <= sentence.start) return null;
  if (!pointsBack(text, q, frame)) return null;
  const own = hits.filter((h) => h.start >= sentence.start && h.end <= frame.clauseStart && h.label !== 'other' && ok(h.label)).at(-1);
  return own && !/\d/u.test(text.slice(own.end, frame.clauseStart)) ? own.label : null;
}

/**
 * The figure "the road figure", "its 2024 figure" points back to: the last of its kind; for money the paragraph's total
 * ("… exports of $3.35 billion and imports of $1.27 billion. The committee also revised its 2024 figure" is the total's).
 */
function namedFigure({ q, earlier, earlierOfKind, series }: MetricInput, ok: Pick): Metric | null {
  const candidates = q.kind === 'money' ? [series?.money, earlier, earlierOfKind].filter((m) => m && MONEY_SERIES.has(m)) : [earlier, earlierOfKind];
  return candidates.find((m): m is Metric => !!m && ok(m)) ?? null;
}

/** The totals a bare amount of money can go on with (a component, "imports of $1.27 billion", is no series). */
export const MONEY_SERIES: ReadonlySet<Metric | null | undefined> = new Set<Metric>(['trade_turnover', 'investment', 'military_spending']);

// "The road figure I gave for January-September, 1.6 million tonnes", "the Border Service's final number is 1.48 million
// tonnes", "its 2024 figure": a figure named by its noun points back to the last one of its kind.
// "gives a higher total: $4.93 billion": with "a", only after a word of its own ("a total of 5,000 troops" names nothing before).
const FIGURE_NOUN = /(?:^|[\s\u00A0])(?:(?:the|its|this|that|their|our|his|her|[\p{L}]+['’]s)[\s\u00A0]+(?:[\p{L}\d-]+[\s\u00A0]+){0,3}|an?[\s\u00A0]+(?:[\p{L}\d-]+[\s\u00A0]+){1,3})(?:figure|number|total|estimate)(?![\p{L}])[^\d;]{0,40}$/iu;

function figureNoun(text: string, q: Quantity, sentence: { start: number }): boolean {
  return FIGURE_NOUN.test(text.slice(Math.max(sentence.start, q.start - 90), q.start));
}

// "по его прогнозу", "по их словам", "according to his estimate": the speaker's, no figure pointed back to.
const SPEAKER_PRONOUN = /(?:^|[\s(,])по[\s\u00A0]+(?:его|её|ее|их)[\s\u00A0]+(?:слов\p{L}*|прогноз\p{L}*|мнени\p{L}*|оценк\p{L}*|данным|расчет\p{L}*|расчёт\p{L}*|информаци\p{L}*)/giu;

/** "non-oil exports", "trade in agricultural products": a part of the total. */
/** Goods make a part of a flow; an investment is split by sector only ("a stake in a grain terminal" is all of it). */
function partialWordsOf(metric: Metric): RegExp {
  return metric === 'investment' ? PARTIAL_SECTORS : PARTIAL_OR_REGION;
}

/** A flow word named as a part ("Non-oil exports to Russia", "Товарооборот Дагестана"): its money is `other`. */
export function namesPart(text: string, hit: Hit<Metric>): boolean {
  return PARTIAL_METRICS.has(hit.label) && isPartial(text, hit);
}

// "товарооборот республики с Азербайджаном" in a story that names a republic of Russia (Дагестан, Татарстан): the region's.
// (In a story that names none, "оборот республики с Россией" is Azerbaijan's own.)
const REPUBLIC_WITH = /^[\s\u00A0]+республик[иа][\s\u00A0]+со?[\s\u00A0]/u;
const namesSomeRegion = memoByText((text: string): boolean => namesRegion(text));

function isPartial(text: string, hit: Hit<Metric>): boolean {
  if (hit.label !== 'investment' && REPUBLIC_WITH.test(text.slice(hit.end, hit.end + 16)) && namesSomeRegion(text)) return true;
  if (hit.label !== 'investment' && regionOpens(text, hit)) return true;
  const partial = partialWordsOf(hit.label);
  partial.lastIndex = 0;
  const around = text.slice(Math.max(0, hit.start - 22), Math.min(text.length, hit.end + 48));
  const m = partial.exec(around);
  if (!m) return false;
  const afterStart = hit.end - Math.max(0, hit.start - 22);
  // Before the keyword only in its own phrase: "цен на нефть и газ, импорт вырос" is no oil import.
  if (m.index < afterStart) return !/[,;:.()]/u.test(around.slice(m.index + m[0].length, afterStart));
  // After the keyword only "in/of X" ("trade in agricultural products", "экспорт нефти"), the goods of a
  // tonnage ("imported 412,600 tons of petroleum products") or an apposition ("The imports, mostly diesel fuel").
  const between = around.slice(afterStart, m.index);
  return PART_AFTER.test(between) || MASS_OF.test(between) || MOSTLY.test(between);
}

// "Дагестан, второй по объему партнер республики среди российских регионов, в 2024 году нарастил торговлю с
// Азербайджаном": a region that opens the sentence, with no number before the flow word, owns the flow.
function regionOpens(text: string, hit: Hit<Metric>): boolean {
  const head = sentenceHead(text, hit.start, 120);
  if (head === null || /\d/u.test(head.replace(/(?<!\d)(?:19|20)\d{2}(?!\d)/gu, ''))) return false;
  REGIONS.lastIndex = 0;
  const region = REGIONS.exec(head);
  if (region?.index !== 0) return false;
  // ("Dagestan's share in Russia's trade with Azerbaijan": a country right before the flow word owns it.)
  return findPlaces(text, Math.max(hit.start - 16, hit.start - head.length + region[0].length), hit.start).length === 0;
}

// "trade in agricultural products", "Purchases of Russian sunflower oil": up to two words before the goods.
// "экспортировала в Россию легковых автомобилей на 880 млн": the destination, then the goods with their adjective.
const PART_AFTER = /^[\s\u00A0]+(?:(?:(?:in|of|on|в|во|на)[\s\u00A0]*)?(?:\p{L}+[\s\u00A0]+)?|of[\s\u00A0]+(?:\p{L}+[\s\u00A0]+){2}|(?:в|во|из)[\s\u00A0]+\p{L}+[\s\u00A0]+\p{L}+(?:ых|их|ой|ей|ого|его|ую|юю|ые|ие)[\s\u00A0]+)$/u;

function goodsOpenClause(text: string, hits: readonly Hit<Metric>[], frame: Frame, q: Quantity): boolean {
  // "…, ahead of persimmons ($61.8 million) and apples ($40.3 million)": goods right before the parenthesis.
  const paren = WORD_PAREN.exec(text.slice(Math.max(0, q.start - 30), q.start));
  PARTIAL.lastIndex = 0;
  if (paren && PARTIAL.test(paren[1]!)) return true;
  PARTIAL.lastIndex = 0;
  const head = text.slice(frame.clauseStart, q.start);
  const m = PARTIAL.exec(head);
  if (m === null || m.index >= 60) return false;
  const goodsAt = frame.clauseStart + m.index;
  // "On the export side, tomatoes earned": a framing phrase before a comma leaves the goods the subject.
  const segmentStart = Math.max(frame.clauseStart, text.lastIndexOf(',', goodsAt) + 1);
  if (/\d/u.test(text.slice(segmentStart, goodsAt))) return false;
  // "According to the customs services of the two countries, trade turnover amounted to": a flow word after a comma or a
  // verb of saying is the clause's subject; the "services" before it are a source, not goods.
  if (hits.some((h) => h.label !== 'other' && h.start > goodsAt && h.end <= q.start && SUBJECT_AFTER.test(text.slice(goodsAt, h.start)))) return false;
  // "Imports from Russia, mostly grain, …": a flow word before the goods makes them its breakdown, not the subject.
  return !hits.some((h) => h.label !== 'other' && h.end <= goodsAt && h.start >= Math.min(segmentStart, frame.clauseStart - 80) && !FRAMING.test(text.slice(h.end, goodsAt)));
}

const SUBJECT_AFTER = /[,;:]|\b(?:said|says|say|reported|reports|told|showed|shows)\b|(?:^|[\s\u00A0])(?:сообщил\p{L}*|заявил\p{L}*)/iu;
// A comma and no other words between a flow word and the goods: "On the export side, tomatoes".
const FRAMING = /^[^,]{0,12},[\s\u00A0]*$/u;
// The word right before "(" and the amount: goods of the `partial` lexicon make the amount their value.
const WORD_PAREN = /(\p{L}+)[\s\u00A0]*\([\s\u00A0]*[$€₽]?$/u;
// "поставил в Россию 231,4 тыс. тонн свежих томатов", "экспортировала в Азербайджан в прошлом году 1,27 млн тонн пшеницы":
// a destination or a period may stand between the verb and the tonnage.
const MASS_OF = /^[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,4}\d[\d.,\s\u00A0]*(?:thousand|million|billion|тыс\.?|млн|млрд)?[\s\u00A0]*(?:tons|tonnes|tonne|t|тонн\p{L}*|т\.?)[\s\u00A0]+(?:of[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/u;
const MOSTLY = /^[\s\u00A0]*,[\s\u00A0]*(?:mostly|mainly|chiefly|largely|primarily|в основном|главным образом|преимущественно)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?$/iu;

// "из них порядка 3,5 млрд приходится на ненефтяной сектор", "$1.2 billion of which went to the non-oil sector".
const GOES_TO = /^[\s\u00A0]*(?:приходит\p{L}*|пришл\p{L}*|went|goes|go|was|were|is|are)?[\s\u00A0]*(?:на|в|во|to|into|in|of)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;

/** An amount of a flow whose own clause sends it to a part ("приходится на ненефтяной сектор"). */
function goesToPart(text: string, q: Quantity, frame: Frame, metric: Metric): boolean {
  const partial = partialWordsOf(metric);
  partial.lastIndex = 0;
  const right = text.slice(q.end, Math.min(frame.rightEnd, q.end + 40));
  const m = partial.exec(right);
  return m !== null && GOES_TO.test(right.slice(0, m.index));
}

// "142,600 tonnes worth $187.4 million", "1,2 млн тонн на сумму 300 млн долларов": the goods' value, whatever moved them.
const WORTH = /^[\s\u00A0]*(?:worth|valued at|with a value of|на сумму|стоимостью|общей стоимостью)[\s\u00A0]*$/iu;

function valueOfGoods({ text, q, previous, previousEnd }: MetricInput): boolean {
  return previous !== null && previousEnd !== undefined && WORTH.test(text.slice(previousEnd, q.start).replace(/[$€₽]$/u, ''));
}

// "9,8 млрд – в Турцию", "$1.1 billion – to Georgia": an amount, a dash and where it went, the verb left out.
const ELIDED_ITEM = /^[\s\u00A0]*[–—-][\s\u00A0]*(?:в|во|на|из|to|from|for)[\s\u00A0]+\p{Lu}/u;

function inherited(previous: MetricChoice | null, kind: QuantityKind): Metric | null {
  if (!previous) return null;
  const m = previous.metric === 'growth_rate' ? previous.growthOf : previous.metric;
  return m && m !== 'other' && accepts(m, kind) ? m : null;
}

