/**
 * Qualifiers of a number from the words right before it ("more than", "свыше", "up to") or right
 * after it ("or more"). "до" is "up to" except after a verb of change ("вырос до" is "grew to").
 */
import type { Qualifier } from '../model/figure.ts';
import { CUES } from './lexicon.ts';
import { opensInverted } from './number-words.ts';
import { phrasesSource } from './patterns.ts';
import type { Quantity } from './quantities.ts';
import { sentenceHead } from './sentences.ts';

type Q = Exclude<Qualifier, 'exact' | 'range'>;

// Between the qualifier and the number: articles and "the ... mark of" fillers ("crossed the $4 billion mark").
// An opening quote may stand there too: 'turnover had passed "four billion dollars"'.
const FILLER = String.raw`(?:[\s\u00A0]+(?:the|a|an|already|just|mark of|level of|threshold of|figure of|total of|sum of|amount of|отметку в|отметку|уровень|уровня|сумму|сумма|в))*[\s\u00A0]*["«“„]?`;

const BEFORE: Array<[Q, RegExp]> = (Object.entries(CUES.qualifiers) as Array<[Q, string[]]>).map(([q, phrases]) => [
  q,
  new RegExp(`(?:${phrasesSource(phrases)})${FILLER}$`, 'u'),
]);

const AFTER: Array<[Q, RegExp]> = (Object.entries(CUES.trailing) as Array<[Q, string[]]>).map(([q, phrases]) => [
  q,
  // "and more" is no qualifier when it opens another comparison ("were killed and more than 400 wounded") or
  // another clause ("to $3.98 billion, and more and more of it moves by road").
  new RegExp(`^[\\s\\u00A0,]*(?:[\\p{L}-]+[\\s\\u00A0]+){0,4}(?:${phrasesSource(phrases)})(?![\\p{L}])(?![\\s\\u00A0]+(?:than|чем|and[\\s\\u00A0]+more|of|и[\\s\\u00A0]+более)(?![\\p{L}]))`, 'u'),
]);

// "вырос до", "вырос на 8% до", "edged up to": "до" and "up to" after a verb of change are "to".
// The object may be long: "довести объем перевозок по западному маршруту коридора «Север – Юг» до 15 млн тонн".
const CHANGE_BEFORE_DO = new RegExp(`(?:${phrasesSource(CUES.change_verbs)})[\\s\\u00A0]+(?:(?!до[\\s\\u00A0]|up[\\s\\u00A0]+to[\\s\\u00A0])[\\p{L}\\d%,.«»"“”()–—-]+[\\s\\u00A0]+){0,14}?(?:до|up[\\s\\u00A0]+to)[\\s\\u00A0]*$`, 'u');
// "довести перевозки до 8,2 млн тонн, в том числе транзит в Иран — до 2,8 млн": a dash repeats the change's "до" before it.
const ELIDED_CHANGE_DO = new RegExp(`(?:${phrasesSource(CUES.change_verbs)})[^.;!?]{0,140}?(?:^|[\\s\\u00A0])до[\\s\\u00A0][^.;!?]{0,120}[–—][\\s\\u00A0]*до[\\s\\u00A0]*$`, 'u');
const TO_UP_TO = /(?:^|[\s\u00A0])to[\s\u00A0]+up[\s\u00A0]+to[\s\u00A0]*$/iu;
const TO_AT_END = /(?:^|[\s\u00A0])(?:до|up[\s\u00A0]+to)[\s\u00A0]*$/u;
// "экспорт вырос на 13,9% – до $1,1 млрд": after a dash, "до" gives a change its new level; with no change
// before it ("а в 2027 году – до 11 млн") it is "up to".
const DASH_DO = /[–—,][\s\u00A0]*до[\s\u00A0]*$/u;
const CHANGE_HINT = new RegExp(`\\d[\\d,.]*[\\s\\u00A0]*(?:%|процент\\p{L}*|раз\\p{L}*)|${phrasesSource(CUES.change_verbs)}`, 'iu');
// "well below the five million tonnes the line was built to carry": a comparison with a definite
// amount qualifies the other number, not this one ("well over 2,000 people" still does).
// "about 4% less than the 13.5 trillion roubles of 2025": a change's comparison, the amount itself is exact.
const DEFINITE_COMPARISON = /(?:(?:^|[\s\u00A0])(?:well|far|much|way|significantly|considerably)[\s\u00A0]+(?:below|above|under|over|short of)[\s\u00A0]+(?:the|its|their)[\s\u00A0]+$|(?:%|percent|per cent|процент\p{L}*|раза?)[\s\u00A0]+(?:less|more|lower|higher|меньше|больше|ниже|выше)[\s\u00A0]+(?:than|чем)[\s\u00A0]+(?:the[\s\u00A0]+)?$)/iu;

// "почти на 18%", "как минимум до 20 млрд", "at least to 3 bcm": the qualifier stands before the
// preposition of change. Comparatives are left out: "выше на 7%" is no qualifier of the 7%.
const CONNECTOR = /[\s\u00A0]+(?:на|до|by|to)[\s\u00A0]*$/u;
const COMPARATIVE = /^(?:больше|меньше|выше|ниже|higher than|lower than|more than the|above|below|over|under|top|topping)$/iu;

const UNDER = /(?:^|[\s\u00A0])под[\s\u00A0]*$/iu;
const PER_ANNUM = /^[\s\u00A0]*(?:процент\p{L}*[\s\u00A0]+)?годовых/iu;

const NEGATED_CEILING = /^(?:не|no|not|at most)[\s\u00A0]/iu;

function beforeConnector(head: string): { q: Q; len: number } | null {
  const m = CONNECTOR.exec(head);
  if (!m) return null;
  const rest = head.slice(0, m.index);
  let best: { q: Q; len: number } | null = null;
  for (const [qual, re] of BEFORE) {
    const found = re.exec(rest);
    // "до" before "на" is no qualifier, but a negated ceiling is: "не более чем на 1 млрд" is up to.
    if (!found || COMPARATIVE.test(found[0].trim()) || (qual === 'up_to' && !NEGATED_CEILING.test(found[0].trim()))) continue;
    if (!best || found[0].length > best.len) best = { q: qual, len: found[0].length };
  }
  return best;
}

/** The qualifier of quantity q in text; ranges are decided by the range joiner. */
export function qualifierOf(text: string, q: Quantity): Qualifier {
  if (q.low !== undefined) return 'range';
  // "миллионов пятнадцать": the spoken inversion is an estimate.
  if (opensInverted(text.slice(q.start, q.end))) return 'about';
  // "четыре миллиарда триста с лишним миллионов": more than the number read.
  if (/(?<![\p{L}])с[\s\u00A0]+лишним(?![\p{L}])/iu.test(text.slice(q.start, q.end))) return 'more_than';
  const head = text.slice(Math.max(0, q.start - 60), q.start);
  let best: { q: Q; len: number } | null = null;
  for (const [qual, re] of BEFORE) {
    const m = re.exec(head);
    if (m && (!best || m[0].length > best.len)) best = { q: qual, len: m[0].length };
  }
  // ("will rise to up to 2 bcm a year": "to" gives the change its level, "up to" its ceiling.)
  if (best?.q === 'up_to' && TO_AT_END.test(head) && !TO_UP_TO.test(head)) {
    const sentence = sentenceHead(text, q.start, 280) ?? text.slice(Math.max(0, q.start - 280), q.start);
    if (CHANGE_BEFORE_DO.test(sentence.slice(-160)) || q.change === 'to' || (DASH_DO.test(head) && (CHANGE_HINT.test(head) || ELIDED_CHANGE_DO.test(sentence)))) best = null;
  }
  best = beforeConnector(head) ?? best;
  if (best && DEFINITE_COMPARISON.test(head)) best = null;
  const tail = text.slice(q.end, q.end + 40);
  // "кредит под 8,5% годовых": a loan's rate, no "just under".
  if (best && UNDER.test(head) && PER_ANNUM.test(tail)) best = null;
  if (best) return best.q;
  for (const [qual, re] of AFTER) if (re.test(tail)) return qual;
  return 'exact';
}
