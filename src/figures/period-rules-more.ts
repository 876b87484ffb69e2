/**
 * Period expressions beyond years, halves, quarters and months (docs/adr/001-figure-periods.md):
 * dates with a day (their month, for head counts and stocks), month runs across years, "N years
 * ago", "за шесть лет", "by the start of this year", and the anaphors "тогда" / "over the same period".
 */
import { monthSpan, pad, yearFor } from './period-calendar.ts';
import { COUNT_WORD, EN_MONTH_WORD, MONTH_WORD, countOf, monthOf } from './period-words.ts';
import { LAST_YEAR, OSP, RU_YEAR_TAIL, SP, YEAR, rel, stated, type Made, type Rule } from './period-rules.ts';

const DAY = String.raw`(\d{1,2})(?:st|nd|rd|th)?(?:${OSP}[-–]${OSP}\d{1,2}(?:st|nd|rd|th)?)?`;
const EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}])`;
const EDGE_AFTER = String.raw`(?![\p{L}\d])`;

// "on 25 December last year", "25 декабря прошлого года": the day of the year before publication.
const DAY_LAST_YEAR = String.raw`${SP}(?:of${SP})?(${LAST_YEAR})`;

function dayMonth(month: string, stated: string | undefined, pub: Parameters<Rule[1]>[1], lastYear = false): Made | null {
  const m = monthOf(month);
  if (!m) return null;
  if (lastYear) return pub ? { period: `${pub.year - 1}-${pad(m)}`, basis: 'relative', role: 'day' } : rel(null, 'day');
  const { year, basis } = yearFor(pub, stated, m);
  return year === null ? rel(null, 'day') : { period: `${year}-${pad(m)}`, basis, role: 'day' };
}

function monthOfDays(month: string, stated: string | undefined, pub: Parameters<Rule[1]>[1]): Made | null {
  const made = dayMonth(month, stated, pub);
  return made && { ...made, role: 'period' };
}

/** "с 10 ноября 2020 года по 31 марта 2025 года", "from 1 January to 30 June 2025": the months of a span between two days. */
function daySpan(fromMonth: string, fromYear: string | undefined, toMonth: string, toYear: string): Made | null {
  const from = monthOf(fromMonth);
  const to = monthOf(toMonth);
  if (!from || !to) return null;
  const end = Number(toYear);
  const start = fromYear ? Number(fromYear) : from <= to ? end : end - 1;
  return start > end ? null : stated(monthSpan(start, from, end, to));
}

/** Dates with a day: first, so that "November 10, 2020" is not read as the year 2020. */
export const DAY_RULES: Rule[] = [
  // с 10 ноября 2020 года по 31 марта 2025 года, from 10 November 2020 to 31 March 2025, between 1 January and 30 June 2025
  [new RegExp(String.raw`${EDGE_BEFORE}(?:с|со|from|between)${SP}${DAY}${SP}(?:of${SP})?(${MONTH_WORD})(?:,?${SP}${YEAR}${RU_YEAR_TAIL})?${OSP}(?:[-–—]|${SP}(?:по|до|to|until|through|and)${SP})${OSP}${DAY}${SP}(?:of${SP})?(${MONTH_WORD}),?${SP}${YEAR}${RU_YEAR_TAIL}${EDGE_AFTER}`, 'giu'),
    (m) => daySpan(m[2]!, m[3], m[5]!, m[6]!), ['month', 'year']],
  // "Between Sept. 27 and Nov. 10, 2020", "from March 1 to June 30, 2025": the same span with the day after the month.
  [new RegExp(String.raw`${EDGE_BEFORE}(?:from|between)${SP}(${EN_MONTH_WORD})${SP}\d{1,2}(?:st|nd|rd|th)?(?:,?${SP}${YEAR})?${OSP}(?:[-–—]|${SP}(?:to|until|through|and)${SP})${OSP}(${EN_MONTH_WORD})${SP}\d{1,2}(?:st|nd|rd|th)?,?${SP}${YEAR}${EDGE_AFTER}`, 'giu'),
    (m) => daySpan(m[1]!, m[2], m[3]!, m[4]!), ['month', 'year']],
  // "between 3 and 30 July", "from 1 to 28 February 2025", "с 1 по 15 мая": days of one month are a span, the month
  // (not a statement's date, so a flow counted over them takes it too).
  [new RegExp(String.raw`${EDGE_BEFORE}(?:с|со|from|between)${SP}\d{1,2}(?:st|nd|rd|th)?${SP}(?:по|до|to|until|through|and)${SP}\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?(${MONTH_WORD})(?:,?${SP}${YEAR}${RU_YEAR_TAIL})?${EDGE_AFTER}`, 'giu'),
    (m, pub) => monthOfDays(m[1]!, m[2], pub), ['month', 'digit']],
  // 25 September, 19-20 сентября, 6th of October 2022, 25 сентября 2023 года
  [new RegExp(String.raw`${EDGE_BEFORE}${DAY}${SP}(?:of${SP})?(${MONTH_WORD})(?:,?${SP}${YEAR}${RU_YEAR_TAIL}|${DAY_LAST_YEAR})?${EDGE_AFTER}`, 'giu'),
    (m, pub) => dayMonth(m[2]!, m[3], pub, !!m[4]), ['month', 'digit']],
  // Sept. 25, November 10, 2020, Oct. 4-5
  [new RegExp(String.raw`${EDGE_BEFORE}(${EN_MONTH_WORD})${SP}(\d{1,2})(?:st|nd|rd|th)?(?:${OSP}[-–]${OSP}\d{1,2})?(?!\d)(?:,?${SP}${YEAR}|${DAY_LAST_YEAR})?${EDGE_AFTER}`, 'giu'),
    (m, pub) => dayMonth(m[1]!, m[3], pub, !!m[4]), ['month', 'digit']],
  // 20.08.2024
  [/(?<![\d.])\d{1,2}[./](\d{1,2})[./]((?:19|20)\d{2})(?![\d.])/gu,
    (m) => (Number(m[1]) >= 1 && Number(m[1]) <= 12 ? stated(`${m[2]}-${pad(Number(m[1]))}`, 'day') : null), ['year']],
];

// "2023/24": a season that begins in one year and ends in the next (the second year written in full or by its last two digits).
const SPLIT_YEAR = String.raw`((?:19|20)\d{2})/(\d{2}|(?:19|20)\d{2})(?![\d/])`;
const SEASON_WORD = String.raw`(?:(?:marketing|crop|grain|agricultural)${SP}season|season|marketing${SP}year|crop${SP}year|сезон\p{L}*|сельхозгод\p{L}*|сельскохозяйственн\p{L}*${SP}год\p{L}*|маркетингов\p{L}*${SP}год\p{L}*)`;
// ", which runs from July to June", "(с июля по июнь)": the season's months.
const SEASON_MONTHS = String.raw`(?:,?${SP}(?:which${SP}(?:runs|ran)${SP}|that${SP}(?:runs|ran)${SP}|running${SP}|который${SP}(?:длится|длился)${SP})?|${OSP}\(${OSP})(?:from|с)${SP}(${MONTH_WORD})${SP}(?:to|through|until|по|до)${SP}(${MONTH_WORD})`;

/** The first year of a split year "2023/24", or null when the second is not the next year ("2023/25" is no season). */
function seasonStart(first: string, second: string): number | null {
  const from = Number(first);
  const to = second.length === 2 ? Math.floor(from / 100) * 100 + Number(second) : Number(second);
  return to === from + 1 || (second.length === 2 && to === from + 1 - 100) ? from : null;
}

/** "the 2023/24 season" and "в сезоне 2023/24": a season, before the year rules read its first year alone. */
export const SEASON_RULES: Rule[] = [
  // "in July-January 2023/24", "в июле–январе 2023/24 сельхозгода": a run of the season's months; a month from July on is of
  // its first year, an earlier one of its second.
  [new RegExp(String.raw`(${MONTH_WORD})${OSP}[-–—]${OSP}(${MONTH_WORD})${SP}(?:of${SP})?(?:the${SP})?${SPLIT_YEAR}`, 'giu'),
    (m) => {
      const from = monthOf(m[1]!);
      const to = monthOf(m[2]!);
      const start = seasonStart(m[3]!, m[4]!);
      if (!from || !to || start === null) return null;
      const fromYear = from >= 7 ? start : start + 1;
      return stated(monthSpan(fromYear, from, to >= from ? fromYear : fromYear + 1, to));
    }, ['month', 'year']],
  // "the 2023/24 season, which runs from July to June" → 2023-07..2024-06; "сезон 2023/24" with no months → 2023..2024.
  // ("в сезоне 2024/25 (июль-июнь)", "the 2024/25 season (July–June)": the months in brackets.)
  [new RegExp(String.raw`(?:${SEASON_WORD}${SP})?${SPLIT_YEAR}(?:${SP}${SEASON_WORD})?(?:${SEASON_MONTHS}|${OSP}\(${OSP}(${MONTH_WORD})${OSP}[-–—]${OSP}(${MONTH_WORD})${OSP}\))?`, 'giu'),
    (m) => {
      const start = seasonStart(m[1]!, m[2]!);
      if (start === null) return null;
      const from = m[3] ? monthOf(m[3]) : m[5] ? monthOf(m[5]) : null;
      const to = m[4] ? monthOf(m[4]) : m[6] ? monthOf(m[6]) : null;
      if (!from || !to) return stated(`${start}..${start + 1}`);
      return stated(monthSpan(start, from, to >= from ? start : start + 1, to));
    }, ['year']],
];

/** A month named by the first group, of the year the second states, else the latest such month by publication. */
function monthOfMatch(m: RegExpExecArray, pub: Parameters<Rule[1]>[1]): Made | null {
  const month = monthOf(m[1]!);
  if (!month) return null;
  const { year, basis } = yearFor(pub, m[2], month);
  return year === null ? null : { period: `${year}-${pad(month)}`, basis, role: 'period' };
}

/** Month runs across New Year and the start of a year: before the month and year rules. */
export const SPAN_RULES: Rule[] = [
  // "Июль на границе: …", "June in numbers: …": a heading that opens on a month's name is about that month.
  [new RegExp(String.raw`^[\s\u00A0"«]*(${MONTH_WORD})(?=[\s\u00A0]*[^:\n.!?\d]{0,40}:)`, 'giu'),
    monthOfMatch, ['month']],
  // "с начала июня", "since the start of June": that month so far (a bare "с июня" is a span from it).
  [new RegExp(String.raw`(?<![\p{L}])(?:с${SP}начала|since${SP}the${SP}(?:start|beginning)${SP}of|since${SP}early)${SP}(${MONTH_WORD})(?:${SP}${YEAR}${RU_YEAR_TAIL})?${EDGE_AFTER}`, 'giu'),
    monthOfMatch, ['month']],
  // "в конце апреля", "к началу апреля", "в середине мая", "at the end of April", "in mid-May", "in early June": that month.
  [new RegExp(String.raw`(?<![\p{L}])(?:(?:в|к|на)${SP}(?:начал[уео]|конц[уае]|конец|середин[уеы])|(?:at|by)${SP}the${SP}(?:end|start|beginning|middle)${SP}of|in${SP}(?:early|late|mid)(?:${SP}|-)|in${SP}the${SP}(?:middle|first${SP}half|second${SP}half)${SP}of|mid-)${OSP}(${MONTH_WORD})(?:${SP}${YEAR}${RU_YEAR_TAIL})?${EDGE_AFTER}`, 'giu'),
    monthOfMatch, ['month']],
  // between November 2022 and March 2023, с ноября 2020 года по июнь 2024 года, ноябре 2022 – феврале 2023 года
  [new RegExp(String.raw`(?:(between|from|с|со)${SP})?(${MONTH_WORD})${SP}${YEAR}${RU_YEAR_TAIL}${OSP}(?:[-–—]|${SP}(to|through|till|until|and|по|до)${SP})${OSP}(${MONTH_WORD})(?:${SP}${YEAR}${RU_YEAR_TAIL})?${EDGE_AFTER}`, 'giu'),
    (m) => {
      if (m[4]?.toLowerCase() === 'and' && m[1]?.toLowerCase() !== 'between') return null;
      const from = monthOf(m[2]!);
      const to = monthOf(m[5]!);
      if (!from || !to) return null;
      const fromYear = Number(m[3]);
      const toYear = m[6] ? Number(m[6]) : to >= from ? fromYear : fromYear + 1;
      return toYear < fromYear ? null : stated(monthSpan(fromYear, from, toYear, to));
    }, ['month', 'year']],
  // by the start of this year, as of the beginning of 2024, к началу года, на начало 2024 года, на начало 2019 г.
  [new RegExp(String.raw`(?:(?:by|at|as of)${SP}the${SP}(?:start|beginning)${SP}of${SP}(?:(?:this|the)${SP}year|${YEAR})|(?:к|на)${SP}начал[оу]${SP}(?:(?:этого|текущего|нынешнего)${SP})?(?:года|${YEAR}${SP}(?:года|г\.)))`, 'giu'),
    (m, pub) => {
      const year = m[1] ?? m[2];
      if (year) return stated(`${year}-01`);
      return pub ? rel(`${pub.year}-01`) : rel(null);
    }, ['start']],
];

/** Counted spans and anaphors: after the other rules. */
export const COUNT_RULES: Rule[] = [
  // five years ago, пять лет назад: one year, N before publication
  [new RegExp(String.raw`${EDGE_BEFORE}(${COUNT_WORD})${SP}(?:years?${SP}ago|(?:лет|года|год)${SP}назад)${EDGE_AFTER}`, 'giu'),
    (m, pub) => {
      const n = countOf(m[1]!);
      return pub && n ? rel(String(pub.year - n)) : rel(null);
    }, ['ago']],
  // over six years, за шесть лет (not "over the next five years"): a span to the publication year
  // ("окупится за семь лет", "pay for itself over seven years": a payback time, no span.)
  [new RegExp(String.raw`(?<!(?:next|coming|ближайшие|следующие)${SP})(?<!(?:окуп\p{L}*|pay(?:s|ing)?${SP}(?:for${SP}itself|back|off)|recoup\p{L}*)${SP})(?<![\p{L}])(?:over|за)${SP}(${COUNT_WORD})${SP}(?:years|лет|года)${EDGE_AFTER}`, 'giu'),
    (m, pub) => {
      const n = countOf(m[1]!);
      return pub && n ? rel(`${pub.year - n}..${pub.year}`) : rel(null);
    }, ['yearWord']],
  // "By the same date, the largest donors were …": the date the story last named.
  [/(?:\bat that time\b|\bat the time\b|\bback then\b|(?<=,[\s\u00A0]*)then(?=[\s\u00A0]+(?:about|around|some|nearly|almost|roughly|approximately|numbering|only|just|still|\d))|\b(?:by|on|as of) the same date\b|(?<![\p{L}])тогда(?![\p{L}])|в то время|на тот момент)/giu, () => rel(null, 'then'), ['then']],
  // "Russia's total exports to Azerbaijan came to $2.54 billion in the period": the period the story named last,
  // as "тогда" is (not "the period of", "the period from …", which name their own).
  [/\b(?:in|during|for) the period\b(?![\s\u00A0]*(?:of|from|between|since|to|until|under|when|before|after|[(\d]))/giu, () => rel(null, 'then'), ['period']],
  // over the same period, during the reporting period, за этот период, за отчетный период (not "the same period last year", a comparison)
  [new RegExp(String.raw`(?:(?:\bover|\bduring|\bin|\bfor|(?<![\p{L}])(?:за|в))[\s\u00A0]+(?:the[\s\u00A0]+)?(?:same|this|that|these|those|указанный|этот|тот же|те же|эти|отчетный|отчётный|reporting|review)[\s\u00A0]+(?:${COUNT_WORD}[\s\u00A0]+)?(?:period|years|время|период|годы|лет|срок)|\bover the period\b|за это время)(?![\s\u00A0]+(?:last|previous|a year|of (?:the )?(?:last|previous)|of (?:19|20)\d{2}|(?:19|20)\d{2}|прошлого|предыдущего))`, 'giu'),
    () => rel(null, 'span'), ['period']],
  // "in those seven months", "за эти девять месяцев": the run the story named before.
  [new RegExp(String.raw`(?<![\p{L}])(?:in|over|during|for|за)${SP}(?:the${SP})?(?:same|these|those|эти|те же)${SP}(?:${COUNT_WORD}${SP})?(?:months|месяц\p{L}*)(?![\p{L}])`, 'giu'),
    () => rel(null, 'span'), ['monthWord']],
];
