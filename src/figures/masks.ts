/**
 * Spans whose digits are not quantities: dates, times, phone numbers, ordinals, ages, durations,
 * page and document numbers, dotted ids. Numbers inside them are never read as figures.
 */
import { digitPattern, digitRunStarts, matchSpans, type DigitPattern } from './digit-anchored.ts';

export interface Span {
  start: number;
  end: number;
}

const EN_MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const RU_MONTH_GEN = String.raw`(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)`;
const ORD = String.raw`(?:st|nd|rd|th)?`;
const SP = String.raw`[\s\u00A0]`;

// Each with how far before its first digit a match may start (digit-anchored.ts): ON_DIGIT, or a word before spaces.
const ON_DIGIT = { digit: 0 };

const DATE_PATTERNS: DigitPattern[] = [
  // 6 October 2022, 6th of October, October 6, 2022, April 22,2024, Aug 20 2024
  digitPattern(new RegExp(String.raw`\b\d{1,2}${ORD}${SP}+(?:of${SP}+)?${EN_MONTH}(?:,?${SP}*\d{4})?\b`, 'giu'), ON_DIGIT),
  // The longest month word is "September.".
  digitPattern(new RegExp(String.raw`\b${EN_MONTH}${SP}+\d{1,2}${ORD}(?:${SP}*,${SP}*\d{4}|${SP}+\d{4})?(?![\d])`, 'gu'), { word: 10 }),
  // 6 октября 2022 года
  digitPattern(new RegExp(String.raw`(?<![\p{N}])\d{1,2}${SP}+${RU_MONTH_GEN}(?:${SP}+\d{4}(?:${SP}*(?:года|г\.))?)?`, 'giu'), ON_DIGIT),
  // 20.08.2024, 20/08/2024, 2024-08-20, 2024/08/20
  digitPattern(/(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{2,4}(?![\d.])/g, ON_DIGIT),
  digitPattern(/(?<![\d])\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?![\d])/g, ON_DIGIT),
];

const OTHER_PATTERNS: DigitPattern[] = [
  // 7:28 AM, 14:00
  digitPattern(/(?<![\d])\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?(?![\d])/g, ON_DIGIT),
  // +994 12 404 48 48, (012) 404-48-48, 8-800-555-35-35
  digitPattern(/\+\d[\d\s()\-\u00A0]{7,}\d/g, { digit: 1 }),
  digitPattern(/(?<![\d])\(?\d{3}\)?[\s-]\d{2,3}-\d{2}-\d{2}(?![\d])/g, { digit: 1 }),
  // ordinals: 50th, 2nd, 2-й, 50-летие, 2-го
  digitPattern(/(?<![\p{N}])\d+(?:st|nd|rd|th)(?![\p{L}])/giu, ON_DIGIT),
  digitPattern(/(?<![\p{N}])\d+-(?:й|я|е|го|ого|его|му|ому|ему|м|ом|ем|х|ых|их|ый|ий|ая|ое|ые|ую|летие|летия|летию|летнего|летний|летн\p{L}*|ти|ми)(?![\p{L}])/gu, ON_DIGIT),
  // ages: 62-year-old, aged 62, 62 years old, age of 62, в возрасте 62 лет
  digitPattern(/(?<![\p{N}])\d+[\s-]+years?[\s-]+old\b/giu, ON_DIGIT),
  digitPattern(/\b(?:aged|age of|ages of)\s+\d+(?:\s*(?:to|-|–)\s*\d+)?/giu, { word: 7 }),
  // Two runs of spaces before the digits: scanned whole (it is cheap, "в" being rare before "возрасте").
  digitPattern(/в\s+возрасте\s+(?:от\s+)?\d+(?:\s*(?:до|-|–)\s*\d+)?\s*(?:лет|года|год)?/giu, null),
  // durations and spans of time: 30 years, two-day, 2 min read, 5 лет
  digitPattern(/(?<![\p{N}])\d+(?:[.,]\d+)?[\s\u00A0-]*(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centuries|century)(?![\p{L}])/giu, ON_DIGIT),
  digitPattern(/(?<![\p{N}])\d+(?:[.,]\d+)?[\s\u00A0]*(?:лет|года|год|году|месяц\p{L}*|недел\p{L}*|дн\p{L}*|суток|час\p{L}*|минут\p{L}*|секунд\p{L}*|десятилети\p{L}*|век\p{L}*)(?![\p{L}])/giu, ON_DIGIT),
  // 1990s, '90s
  digitPattern(/(?<![\p{N}])\d{2,4}'?s(?![\p{L}])/gu, ON_DIGIT),
  // page and document numbers, ids: page 12, p. 12, No. 5, № 5, #5, Resolution 2334 (the longest word is "resolution")
  digitPattern(/\b(?:page|pages|pp?\.|paragraph|article|art\.|resolution|decree|order|law|flight|no\.|nos\.|code|id|vol\.|volume|chapter|section|item)\s*\d[\d\-–/.]*/giu, { word: 10 }),
  // "number 5", but not the verb of "Armenia's armed forces number 42,900": an id has no thousands separator.
  digitPattern(/\bnumber\s*\d(?![\d]*[,\u00A0 ]\d{3})[\d\-–/.]*/giu, { word: 6 }),
  digitPattern(/(?:стр\.|страниц\p{L}*|№|#|стать\p{L}*|пункт\p{L}*|указ\p{L}*|постановлени\p{L}*|резолюци\p{L}*|рейс\p{L}*|код\p{L}*)\s*\d[\d\-–/.]*/giu, { stem: 4 }),
  // "in the first half to $321 million": the half of a year, no number of one half.
  digitPattern(/(?<![\p{L}])(?:first|second|1st|2nd)[\s\u00A0-]+half(?![\p{L}])/giu, null),
  // "В пересчете на одного беженца", "per one refugee": a rate's denominator, no count.
  digitPattern(/(?<![\p{L}])(?:на[\s\u00A0]+одного|на[\s\u00A0]+одну|per[\s\u00A0]+one)(?![\p{L}])/giu, null),
  // "не было ни одного погибшего", "not a single shot": none, no count.
  digitPattern(/(?<![\p{L}])(?:ни[\s\u00A0]+(?:одного|одной|один|одна|одну)|not[\s\u00A0]+a[\s\u00A0]+single|not[\s\u00A0]+one)(?![\p{L}])/giu, null),
  // speeds: 40 км/ч, 80 km/h, 60 mph
  digitPattern(/(?<![\p{N}])\d+(?:[.,]\d+)?[\s\u00A0]*(?:км\/ч|km\/h|kph|mph|узл\p{L}*|knots)(?![\p{L}])/giu, ON_DIGIT),
  // flight codes: J2-8243, SU-1846 (two characters, a hyphen, the number)
  digitPattern(/(?<![\p{L}\d])(?:[A-Z]\d|\d[A-Z]|[A-Z]{2})-\d{2,4}(?!\d)/gu, { digit: 3 }),
  // "три раза в неделю", "twice a day", "three times a week": a frequency, no change of anything.
  digitPattern(/(?<![\p{L}])(?:\d+|один|два|три|четыре|пять|шесть|семь|one|two|three|four|five|six|seven)[\s\u00A0]+(?:раза?|times)[\s\u00A0]+(?:в|a|per)[\s\u00A0]+(?:недел\p{L}*|день|сутки|месяц|год|week|day|month|year)(?![\p{L}])/giu, null),
  // "since 9/11", "24/7": a date or a schedule, never a count.
  digitPattern(/(?<![\d./])\d{1,2}\/\d{1,2}(?![\d./])/g, ON_DIGIT),
  // "was killed one cloudless afternoon": a time, not one person (no digit: scanned whole).
  digitPattern(/\bone[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?(?:morning|afternoon|evening|night|day|summer|winter|spring|autumn)(?![\p{L}])/giu, null),
  // dotted ids and versions: 192.168.1.2, 3.2.1
  digitPattern(/(?<![\d.])\d+(?:\.\d+){2,}(?![\d])/g, ON_DIGIT),
  // model names and codes: S-400, Su-25, MiG-29, A320 (up to four letters, astral ones two code units each, and a hyphen)
  digitPattern(/\b(?!(?:USD|EUR|RUB|AZN|GBP|CNY|JPY|CHF|TRY|CAD|AUD|HKD|INR|KZT|GEL|AMD)\d)\p{Lu}[\p{L}]{0,3}-?\d+\b/gu, { digit: 9 }),
];

/** Every pattern with its reach, for the test that holds matchSpans to a plain scan. */
export const MASK_PATTERNS: readonly DigitPattern[] = [...DATE_PATTERNS, ...OTHER_PATTERNS];

function spansOf(text: string, patterns: readonly DigitPattern[]): Span[] {
  const runs = digitRunStarts(text);
  const spans: Span[] = [];
  for (const p of patterns) spans.push(...matchSpans(p, text, runs));
  return spans.sort((a, b) => a.start - b.start);
}

/** Spans of text that hold numbers that are not quantities. */
export function findMasks(text: string): Span[] {
  return spansOf(text, MASK_PATTERNS);
}

/** Calendar dates with a day ("6 October 2022"): their year is not a figure's period. */
export function findDates(text: string): Span[] {
  return spansOf(text, DATE_PATTERNS);
}

export function isMasked(masks: readonly Span[], start: number, end: number): boolean {
  return masks.some((m) => start < m.end && m.start < end);
}
