/**
 * Goods in a figure's words: a flow of named goods is a part of the total ("экспорт фундука", "Томаты (экспорт)"),
 * goods a country "shipped" are its exports, freight a carrier sent or a plant's output is no country's trade, and
 * money a customs service counts is the trade it records.
 */
import type { Metric } from '../model/figure.ts';
import { METRICS } from './lexicon.ts';
import type { MetricInput } from './metrics.ts';
import { compilePhrases, type Hit } from './patterns.ts';
import type { Quantity } from './quantities.ts';
import { findPlaces, TRADE_FLOWS } from './subjects.ts';

type Span = { start: number; end: number };

/** The goods of the `partial` lexicon (metrics.yaml). */
export const PARTIAL = compilePhrases(METRICS.partial ?? [], 'u');

/** Whether the words name goods ("Томаты (экспорт)", "Wheat imports"): a flow of them is a part of the total. */
export function namesGoods(words: string): boolean {
  PARTIAL.lastIndex = 0;
  return PARTIAL.test(words);
}

// "148,7 тыс. тонн томатов (-11,3%)", "1.1 million tonnes of wheat (+27%)": the goods right before the bracket.
const GOODS_THEN_PAREN = /^[\s\u00A0]+(?:of[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,2}[\p{L}-]+[\s\u00A0]*\([\s\u00A0]*[-+−–]?$/u;
// "1,27 млн тонн пшеницы", "118,600 tonnes of fresh tomatoes": the goods named right after a tonnage.
const GOODS_AFTER = /^[\s\u00A0]+(?:of[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+)?[\p{L}-]+/u;

/**
 * A change after a tonnage of goods, in brackets or further along its sentence with no flow word between
 * ("148,7 тыс. тонн томатов (-11,3%)", "exported 1.27 million tonnes of wheat, 9% more than in 2024"): the goods'
 * change, a part of the flow, as "экспорт фундука сократился на 38%" is.
 */
export function goodsChange({ text, q, previous, previousEnd, previousKind, hits, sentence }: MetricInput): Metric | undefined {
  if (!previous || previousEnd === undefined || previousEnd < sentence.start || !TRADE_FLOWS.has(previous.metric)) return undefined;
  const between = text.slice(previousEnd, q.start);
  PARTIAL.lastIndex = 0;
  if (q.start - previousEnd <= 40 && GOODS_THEN_PAREN.test(between)) return PARTIAL.test(between) ? previous.metric : undefined;
  const goods = previousKind === 'mass' && q.start - previousEnd <= 120 ? GOODS_AFTER.exec(between) : null;
  if (!goods || hits.some((h) => h.label !== 'other' && h.start >= previousEnd && h.end <= q.start)) return undefined;
  return PARTIAL.test(goods[0]) ? previous.metric : undefined;
}

// "Azerbaijan shipped 118,600 tonnes of fresh tomatoes to Russia", "Gazprom shipped about 1.6 bcm of gas to Azerbaijan":
// goods a country sells, with no carrier named, are its exports; a port, a line or transit makes them cargo.
const SHIP_VERB = /^(?:shipped|ship|ships|shipping)$/iu;
const CARRIER = /\b(?:ports?|terminals?|rail|railways?|railroad|trains?|wagons?|ferr(?:y|ies)|transit|pipelines?|corridor|route|vessels?|tankers?|trucks?|lorries)\b|(?:^|[\s(«"])(?:железн\p{L}*|РЖД|АЖД|порт\p{L}*|паром\p{L}*|терминал\p{L}*|транзит\p{L}*|коридор\p{L}*|маршрут\p{L}*|вагон\p{L}*|судн\p{L}*|танкер\p{L}*)(?![\p{L}])/iu;
const SENT_VERB = /^(?:sent|отправлен\p{L}*|отправил\p{L}*|отправлял\p{L}*|отгружен\p{L}*|отгрузил\p{L}*)$/iu;

/** A tonnage or volume of goods the verb "shipped" sold, with no carrier in the sentence (the caller checks the kind). */
export function shippedGoods(text: string, hit: Hit<Metric>, q: Quantity, sentence: Span): boolean {
  if (!SHIP_VERB.test(text.slice(hit.start, hit.end)) || hit.end > q.start) return false;
  // "Russian exporters also shipped around 2.9 million tonnes to Iran across the Caspian, mainly through the ports":
  // sellers who ship sell, whatever carried it.
  if (SELLERS_BEFORE.test(text.slice(Math.max(sentence.start, hit.start - 40), hit.start))) return true;
  // "Russia shipped 412,000 tonnes of oil products to Azerbaijan by rail": a country that ships sells, by whatever carrier
  // ("Kazakhstan shipped 1.35 million tonnes of crude through the BTC pipeline" is the route's cargo).
  if (!THROUGH_ROUTE.test(text.slice(sentence.start, sentence.end)) && countryShips(text, Math.max(sentence.start, hit.start - 30), hit.start)) return true;
  if (CARRIER.test(text.slice(sentence.start, sentence.end))) return false;
  // "Of the fruit shipped to Russia, persimmons accounted for 61,800 tonnes": goods the sentence names, before or after.
  PARTIAL.lastIndex = 0;
  return namesGoodsAfter(text, q) || PARTIAL.test(text.slice(sentence.start, sentence.end));
}

const THROUGH_ROUTE = /\b(?:through|via|pipelines?)\b|(?:^|[\s\u00A0])(?:через|по[\s\u00A0]+трубопровод\p{L}*|транзит\p{L}*)(?![\p{L}])/iu;
// The country's name right before the verb, maybe with "also"/"has".
const COUNTRY_SHIPPER = /\p{Lu}[\p{L}'’-]+[\s\u00A0]+(?:(?:also|has|had|have)[\s\u00A0]+)?$/u;

/** A country's name ends text[from, to), right before the verb. */
function countryShips(text: string, from: number, to: number): boolean {
  return COUNTRY_SHIPPER.test(text.slice(from, to)) && findPlaces(text, from, to).some((p) => p.kind === 'name');
}
const SELLERS_BEFORE = /\b(?:exporters|growers|producers|farmers|suppliers|traders|millers|greenhouses)[\s\u00A0]+(?:(?:also|have|had|has|together|collectively|jointly)[\s\u00A0]+)?$/iu;

/** "в сторону Азербайджана отправлено 1,9 млн тонн" in a railway's sentence: freight sent, with no goods named. */
export function sentByCarrier(text: string, hit: Hit<Metric>, q: Quantity, sentence: Span): boolean {
  return SENT_VERB.test(text.slice(hit.start, hit.end)) && !namesGoodsAfter(text, q) && CARRIER.test(text.slice(sentence.start, sentence.end));
}

/** Goods named right after the amount: "118,600 tonnes of fresh tomatoes", "1,27 млн тонн пшеницы". */
function namesGoodsAfter(text: string, q: Quantity): boolean {
  // ("1.72 billion cubic metres (bcm) of gas": the unit's abbreviation in brackets may stand between.)
  const goods = GOODS_AFTER.exec(text.slice(q.end, q.end + 50).replace(/^[\s\u00A0]*\([^()]{1,10}\)/u, ''));
  PARTIAL.lastIndex = 0;
  return goods !== null && PARTIAL.test(goods[0]);
}

// "For the whole of last year the customs service counted $4.81 billion": money a customs service counts, with no
// word of any metric in the sentence, is the trade it records.
const CUSTOMS_SOURCE = /\bcustoms\b|(?:^|[\s(«"])(?:таможн\p{L}*|ФТС|ГТК)(?![\p{L}])/iu;

export function countedByCustoms({ text, q, hits, sentence }: MetricInput): Metric | null {
  return q.kind === 'money' && hits.every((h) => h.end <= sentence.start || h.start >= sentence.end) && CUSTOMS_SOURCE.test(text.slice(sentence.start, sentence.end)) ? 'trade_turnover' : null;
}

const PLANT_OUTPUT = /\b(?:plant|factory|mill|refinery|greenhouse\p{L}*|(?:to|will|would|can|could)[\s\u00A0]+produce|manufactur\p{L}*)\b|(?:^|[\s(«"])(?:завод\p{L}*|фабрик\p{L}*|комбинат\p{L}*|теплиц\p{L}*|переработк\p{L}*)(?![\p{L}])/iu;
// Freight words keep a tonnage cargo whatever plant the sentence names ("transit cargo", "northbound freight").
const FREIGHT_WORDS = /\b(?:cargo|freight|transit|carried|shipments?|wagons?)\b|(?:^|[\s(«"])(?:груз\p{L}*|транзит\p{L}*|перевез\p{L}*|перевоз\p{L}*|вагон\p{L}*)(?![\p{L}])/iu;

/** "the plant will be able to produce 45,000 tonnes of film a year", "завод … мощностью 200 тыс. тонн": a plant's output, no freight. */
export function plantOutput(text: string, q: Quantity, sentence: Span): boolean {
  const around = text.slice(Math.max(sentence.start, q.start - 120), Math.min(sentence.end, q.end + 60));
  return PLANT_OUTPUT.test(around) && !FREIGHT_WORDS.test(around);
}

// "oil-product shipments to Iran through Azerbaijan", "fuel to Iran through the Astara border crossing", "в Иран через
// Азербайджан": goods bound for one country and carried across another are transit, the route's cargo ("в Россию через
// Дагестан" crosses no other country).
const TO_THROUGH = /\b(?:to|into)[\s\u00A0]+(\p{Lu}[\p{L}-]*(?:[\s\u00A0]+\p{Lu}[\p{L}-]*)?)[\s\u00A0]+(?:through|via|across)[\s\u00A0]+(?:the[\s\u00A0]+)?(\p{Lu}[\p{L}-]*)|(?:^|[\s\u00A0])(?:в|во)[\s\u00A0]+(\p{Lu}\p{L}*)[\s\u00A0]+(?:транзитом[\s\u00A0]+)?через[\s\u00A0]+(\p{Lu}\p{L}*)/du;

/** The clause sends the goods to one country through another. */
export function carriedAcross(text: string, clause: Span): boolean {
  const m = TO_THROUGH.exec(text.slice(clause.start, clause.end));
  if (!m?.indices) return false;
  const codeAt = (g: number): string | undefined => {
    const at = m.indices![g]!;
    return findPlaces(text, clause.start + at[0], clause.start + at[1])[0]?.code;
  };
  const [to, through] = m[1] ? [codeAt(1), codeAt(2)] : [codeAt(3), codeAt(4)];
  return to !== undefined && through !== undefined && to !== through;
}

// "Southbound trains from Russia brought 281,000 tonnes to Azerbaijan", "northbound trains took 117,400 tonnes",
// "паромы перевезли 84 тыс. тонн": what a carrier moved is its freight, not a country's exports.
const CARRIER_MOVED = /(?:\b(?:trains?|ferr(?:y|ies)|vessels?|ships|tankers|trucks|lorries|wagons)\b[^,;:.\d]{0,40}?\b(?:brought|took|carried|moved|hauled|delivered|transported|shipped)|(?:^|[\s\u00A0])(?:поезда|паромы|паром|суда|танкеры|грузовики|фуры|вагоны)[^,;:.\d]{0,40}?(?:перевезл\p{L}*|доставил\p{L}*|привезл\p{L}*|вывезл\p{L}*))(?:[\s\u00A0]+(?:about|some|around|over|more than|almost|nearly|около|более|свыше|почти))?[\s\u00A0]+$/iu;

/** The clause's carrier (trains, ferries, vessels) moved the tonnage written right after its verb. */
export function movedByCarrier(text: string, clauseStart: number, q: Quantity): boolean {
  return CARRIER_MOVED.test(text.slice(Math.max(clauseStart, q.start - 80), q.start));
}
