/**
 * The period expressions the reader knows, English and Russian, each a regex and what it means
 * (docs/adr/001-figure-periods.md). Earlier rules win where two overlap.
 */
import type { PeriodBasis } from '../model/figure.ts';
import { monthRange, monthSpan, pad, yearFor, yearToDate, type Published } from './period-calendar.ts';
import type { Need } from './period-needs.ts';
import { COUNT_WORD, EN_MONTH_WORD, MONTH_WORD, ORDINAL_WORD, countOf, monthOf, ordinalOf } from './period-words.ts';

/**
 * period: the figure's period; since: the start of a change or a sum ("since 2020"); by: a horizon
 * ("by 2030"); ytd: "this year"; earlier: "a year earlier" after an amount, one period before the
 * sentence's; now: "currently" (no period of a rate); base: a comparison base ("than in 2022"),
 * only the period of a "when" clause after it; day: a date with a day, its month (not for flows);
 * then: "тогда", the story's last period; span: "over the same period", the story's last span;
 * report: the date of a statement ("said in April"), the "as of" of a stock but no flow's period;
 * bound: the end of an event ("contracts through November 2028"), never a figure's period.
 */
export type PeriodRole = 'period' | 'since' | 'by' | 'ytd' | 'earlier' | 'now' | 'base' | 'day' | 'then' | 'span' | 'report' | 'bound' | 'sameOf';

export interface PeriodMention {
  start: number;
  end: number;
  period: string | null;
  basis: PeriodBasis;
  role: PeriodRole;
}

export type Made = Omit<PeriodMention, 'start' | 'end'>;
/** A rule and what it cannot match without (period-needs.ts): the reader runs it only where those are. */
export type Rule = [RegExp, (m: RegExpExecArray, pub: Published | null) => Made | null, Need[]];

export const YEAR = String.raw`((?:19|20)\d{2})`;
export const SP = String.raw`[\s\u00A0]+`;
export const OSP = String.raw`[\s\u00A0]*`;
// "the first half of last year", "в первом квартале прошлого года": a half or quarter of the year before publication.
const SEASON_AFTER = /^[\s\u00A0]*(?:of[\s\u00A0]+)?(?:the[\s\u00A0]+)?(?:[\p{L}/\d-]+[\s\u00A0]+){0,2}(?:season|marketing year|fiscal year|financial year|сезона|маркетингового года|финансового года)(?![\p{L}])/iu;
const COMPARED_WITH = /(?:сравнению|сравнении|сопоставлении)[\s\u00A0]*$/u;
export const LAST_YEAR = String.raw`(?:last${SP}year|the${SP}previous${SP}year|прошлого${SP}года|предыдущего${SP}года|минувшего${SP}года)`;
const LAST_YEAR_END = /(?:last|previous)[\s\u00A0]+year$|(?:прошлого|предыдущего|минувшего)[\s\u00A0]+года$/iu;

function lastYearOf(matched: string, pub: Published | null): { year: number | null; basis: PeriodBasis } | null {
  return LAST_YEAR_END.test(matched) ? { year: pub ? pub.year - 1 : null, basis: 'relative' } : null;
}
export const RU_YEAR_TAIL = String.raw`(?:${SP}(?:года|году|год|г\.))?`;

export const rel = (period: string | null, role: PeriodRole = 'period'): Made => ({ period, basis: 'relative', role });
export const stated = (period: string, role: PeriodRole = 'period'): Made => ({ period, basis: 'stated', role });

export const RULES: Rule[] = [
  // 2016–2022, from 2016 to 2022, в 2016-2022 годах
  [new RegExp(String.raw`(?:between${SP}|from${SP}|с${SP})?${YEAR}${OSP}(?:[-–—]|${SP}(?:to|and|до|по|through)${SP})${OSP}((?:19|20)?\d{2})(?![\d])(?:${SP}(?:гг?\.|годах|годы|годов))?`, 'giu'),
    (m) => {
      if (/\sand\s/iu.test(m[0]) && !/^between/iu.test(m[0])) return null;
      const to = m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]!;
      return Number(to) > Number(m[1]) ? stated(`${m[1]}..${to}`) : null;
    }, ['year']],
  // January–September 2024, в январе-сентябре 2024 года
  // "from January through September 2024": the "from" opens the run, it is no comparison base.
  // "between July and September": a run too ("and" only after "between").
  [new RegExp(String.raw`(?:(?<![\p{L}])(?:from|between)${SP})?(?<![\p{L}])(${MONTH_WORD})${OSP}(?:[-–—]|${SP}(?:to|through|till|until|and|и|по)${SP})${OSP}(${MONTH_WORD})(?:${SP}(?:of${SP})?(?:${YEAR}${RU_YEAR_TAIL}|(this${SP}year|текущего${SP}года|этого${SP}года|нынешнего${SP}года)|(last${SP}year|прошлого${SP}года|минувшего${SP}года)))?(?![\p{L}])`, 'giu'),
    (m, pub) => {
      const from = monthOf(m[1]!);
      const to = monthOf(m[2]!);
      if (!from || !to) return null;
      // "In September and October 2023", "в сентябре и октябре": two months running are one run; others are two months.
      if (/\s(?:and|и)\s/iu.test(m[0]) && !/^between/iu.test(m[0]) && to !== from + 1) return null;
      const { year, basis } = (m[4] || m[5]) && pub ? { year: m[5] ? pub.year - 1 : pub.year, basis: 'relative' as const } : yearFor(pub, m[3], to);
      if (year === null) return rel(null);
      // A run reported without its year is the latest one that had ended by publication ("January–November" in a
      // January story is last year's); "November–February" crosses New Year: the year named (or found) is the year it ends in.
      return { period: to < from ? monthSpan(year - 1, from, year, to) : monthRange(year, from, to), basis, role: 'period' };
    }, ['month']],
  // "in the four quarters to the end of September", "in the 12 months to March 2025", "in the year ended June": twelve
  // months ending with that month (of the latest such month before publication when no year is named).
  [new RegExp(String.raw`(?<![\p{L}])(?:in|over|for|during)${SP}the${SP}(?:four${SP}quarters|12${SP}months|twelve${SP}months|year)${SP}(?:to|ending|ended|through)${SP}(?:the${SP}end${SP}of${SP})?(${EN_MONTH_WORD})(?:${SP}${YEAR})?(?![\p{L}])`, 'giu'),
    (m, pub) => {
      const month = monthOf(m[1]!);
      if (!month) return null;
      const year = m[2] ? Number(m[2]) : pub ? (month < pub.month ? pub.year : pub.year - 1) : null;
      if (year === null) return rel(null);
      const made = month === 12 ? String(year) : monthSpan(year - 1, month + 1, year, month);
      return m[2] ? stated(made) : rel(made);
    }, ['month']],
  // "the ten-month figure", "the nine-month total": January to that month, of the year as for a run of months.
  [new RegExp(String.raw`(?<![\p{L}])(${COUNT_WORD})-month${SP}(?:figure|total|tally|result|results|number|data)(?![\p{L}])`, 'giu'),
    (m, pub) => {
      const n = countOf(m[1]!);
      if (!n || n > 11) return null;
      const year = pub ? (n >= pub.month ? pub.year - 1 : pub.year) : null;
      return year === null ? rel(null) : { period: monthRange(year, 1, n), basis: 'relative', role: 'period' };
    }, ['monthWord']],
  // first nine months of 2024, за 9 месяцев 2024 года, за первые девять месяцев, over the nine months
  [new RegExp(String.raw`(?:(?:over|during|in|for)${SP}the${SP})?(?:(?:the${SP})?first${SP}|первые${SP})?(${COUNT_WORD})${SP}(?:months?|месяц\p{L}*)(?:${SP}of)?(?:${SP}(?:the|this)${SP}year|${SP}${YEAR}${RU_YEAR_TAIL})?`, 'giu'),
    (m, pub) => {
      const n = countOf(m[1]!);
      const head = m.input.slice(Math.max(0, m.index - 14), m.index);
      if (!n || n > 11 || /(?:past|last|previous|over|последние|прошедшие)\s*$/iu.test(head)) return null;
      // "the first three months of the new season", "первые три месяца нового сельскохозяйственного сезона": months of a
      // season or a fiscal year, no calendar run.
      if (SEASON_AFTER.test(m.input.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
      // "in nine months", "over the nine months", "за 9 месяцев" (but not "in six months' time").
      if (!m[0].match(/first|первые|of|за|года|^over|^during|^in the|^for the/iu) && !/(?:за|in|for|по итогам|после)\s*$/iu.test(head)) return null;
      // "за 11 месяцев" in a February story: a run not yet over this year is last year's.
      const unfinished = !m[2] && pub && n >= pub.month && !/this[\s\u00A0]+year/iu.test(m[0]);
      const { year, basis } = unfinished ? { year: pub.year - 1, basis: 'relative' as const } : yearFor(pub, m[2], 1);
      return year === null ? rel(null) : { period: monthRange(year, 1, n), basis, role: 'period' };
    }, ['monthWord']],
  // first half of 2024, H1 2024, в первом полугодии 2024 года, the first half of last year, "I пол. 2024" in a table header
  [new RegExp(String.raw`(?:(${ORDINAL_WORD})(?:${SP}|-)(?:half|полугоди\p{L}*|пол\.)(?:${SP}of)?(?:${SP}(?:the|this)${SP}year|${SP}${YEAR}${RU_YEAR_TAIL}|${SP}${LAST_YEAR})?|\b([12])H${OSP}${YEAR}|\bH([12])${OSP}${YEAR}?)(?![\p{L}])`, 'giu'),
    (m, pub) => {
      const half = m[1] ? ordinalOf(m[1]) : Number(m[3] ?? m[5]);
      if (!half || half > 2) return null;
      const { year, basis } = lastYearOf(m[0], pub) ?? yearFor(pub, m[2] ?? m[4] ?? m[6], half === 1 ? 1 : 7);
      return year === null ? rel(null) : { period: `${year}-H${half}`, basis, role: 'period' };
    }, ['half']],
  // "за полугодие", "по итогам полугодия", "in the half-year": with no ordinal, the first half, of this year once it is over.
  [/(?:(?<![\p{L}])(?:за|по итогам|в)[\s\u00A0]+(?:(?:этого|текущего|нынешнего)[\s\u00A0]+)?полугоди[еяи](?![\p{L}])(?![\s\u00A0]+(?:19|20)\d{2})|\b(?:in|for|over) the half[- ]year\b(?![\s\u00A0]+(?:19|20)\d{2}))/giu,
    (_m, pub) => (pub ? rel(`${pub.month <= 6 ? pub.year - 1 : pub.year}-H1`) : rel(null)), ['half']],
  // third quarter of 2024, Q3 2024, в III квартале
  [new RegExp(String.raw`(?:(${ORDINAL_WORD})(?:${SP}|-)(?:quarter|квартал\p{L}*)(?:${SP}of)?(?:${SP}(?:the|this)${SP}year|${SP}${YEAR}${RU_YEAR_TAIL}|${SP}${LAST_YEAR})?|\bQ([1-4])${OSP}${YEAR}?|\b([1-4])Q${OSP}${YEAR})(?![\p{L}])`, 'giu'),
    (m, pub) => {
      const q = m[1] ? ordinalOf(m[1]) : Number(m[3] ?? m[5]);
      if (!q || q > 4) return null;
      const { year, basis } = lastYearOf(m[0], pub) ?? yearFor(pub, m[2] ?? m[4] ?? m[6], q * 3 - 2);
      return year === null ? rel(null) : { period: `${year}-Q${q}`, basis, role: 'period' };
    }, ['quarter']],
  // over the past six years, за последние шесть лет: span from pubYear − N to pubYear
  [new RegExp(String.raw`(?:(?:over|in|during|for)${SP}the${SP}(?:past|last|previous)${SP}(${COUNT_WORD})${SP}years|(?:за|в)${SP}(?:последние|прошедшие|минувшие)${SP}(${COUNT_WORD})${SP}(?:лет|года)|(?:(?:over|in|during|for)${SP})?the${SP}(?:past|last)${SP}decade|за${SP}последнее${SP}десятилетие)`, 'giu'),
    (m, pub) => {
      const n = m[1] || m[2] ? countOf((m[1] ?? m[2])!) : 10;
      return pub && n ? rel(`${pub.year - n}..${pub.year}`) : rel(null);
    }, ['yearWord']],
  // so far this year, since the beginning of the year, с начала года
  [/(?:so far this year|year[- ]to[- ]date|since the (?:beginning|start) of (?:the|this) year|this year so far|с начала (?:этого |текущего )?года|с начала ((?:19|20)\d{2}) года|с января(?: по \p{L}+)?(?![\s\u00A0]+(?:19|20)\d{2})|since January(?![\s\u00A0]+(?:19|20)\d{2}))/giu,
    (m, pub) => (m[1] ? { period: yearToDate(pub, Number(m[1])), basis: 'stated', role: 'ytd' } : rel(yearToDate(pub), 'ytd')), ['yearWord']],
  // this year: year to date for an actual, the year itself for a target (decided by the caller)
  // "по итогам года", "by the end of the year": the publication year, a forecast's horizon; early in a
  // year (January, February) the year just ended, whose results are being reported.
  // "the full-year total", "за весь год" (not "full-year 2024", which names its year).
  [/(?:по итогам (?:этого |текущего )?года|(?:до конца|к концу) (?:этого |текущего )?года|\bby the end of (?:the|this) year\b|\bby (?:the )?year[- ]end\b|(?<!(?:latest|last|most recent|previous|complete)[\s\u00A0]+)\bfull[- ]year\b(?![\s\u00A0]+(?:19|20)\d{2})(?![\s\u00A0]+(?:figure|total|result|number)s?[\s\u00A0]+(?:for|of)[\s\u00A0]+(?:19|20)\d{2})|\bfor the (?:full|whole) year\b|за весь (?:этот |текущий )?год(?![\s\u00A0]*(?:19|20)\d{2}))/giu,
    (_m, pub) => (!pub ? rel(null, 'ytd') : pub.month <= 2 ? rel(String(pub.year - 1)) : rel(String(pub.year), 'ytd')), ['yearWord']],
  [/(?:\bthis year\b|\bthe current year\b|в (?:этом|текущем|нынешнем) году|за (?:этот|текущий|нынешний) год)/giu, (_m, pub) => rel(pub ? String(pub.year) : null, 'ytd'), ['yearWord']],
  // "утверждено на текущий год", "план на этот год": what is set "for" the year is the whole year's, never the year so far.
  [/(?<![\p{L}])на (?:этот|текущий|нынешний) год(?![\p{L}])/giu, (_m, pub) => rel(pub ? String(pub.year) : null), ['yearWord']],
  [/(?:\ba year (?:earlier|before|ago)\b|\bthe previous year\b(?=[.,;]|$)|\bthe year before\b(?![\s\u00A0]+(?:last|the|his|her|its|their|a|an)\b)|годом ранее|год назад|годом раньше)/giu, () => ({ period: null, basis: 'relative', role: 'earlier' }), ['yearWord']],
  [/(?:\bnext year(?:'s)?|\bthe coming year\b|\bthe following year\b|в следующем году|на следующий год|в будущем году|на будущий год|(?<=(?:бюджет\p{L}*|план\p{L}*|прогноз\p{L}*)[\s\u00A0]+(?:\p{Lu}\p{L}+[\s\u00A0]+)?)(?:следующего|будущего)[\s\u00A0]+года)/giu,
    (_m, pub) => rel(pub ? String(pub.year + 1) : null), ['yearWord']],
  [/(?:\bthe year before last\b|в позапрошлом году|за позапрошлый год)/giu, (_m, pub) => rel(pub ? String(pub.year - 2) : null), ['yearWord']],
  // "в позапрошлом году было 3,2 миллиарда, в прошлом – около 3,7": the year left out before a dash.
  [/(?<![\p{L}])в позапрошлом(?=[\s\u00A0]*[–—])/giu, (_m, pub) => rel(pub ? String(pub.year - 2) : null), []],
  [/(?<![\p{L}])в (?:прошлом|минувшем)(?=[\s\u00A0]*[–—])/giu, (_m, pub) => rel(pub ? String(pub.year - 1) : null), []],
  // "in June last year", "в июне прошлого года": that month of the year before (ahead of "last year" alone).
  [new RegExp(String.raw`(?<![\p{L}])(?:in|for|during|through|в|за)${SP}(${MONTH_WORD})${SP}(?:of${SP})?${LAST_YEAR}(?![\p{L}])`, 'giu'),
    (m, pub) => {
      const month = monthOf(m[1]!);
      if (!month) return null;
      return rel(pub ? `${pub.year - 1}-${pad(month)}` : null);
    }, ['month']],
  [/(?:(?<!\bthe[\s\u00A0]+)\blast year(?:'s)?|\bthe[\s\u00A0]+last year(?![\s\u00A0]+(?:for|of|when|that|before|in which|on record)(?![\p{L}]))|\bthe previous year\b|\bthe past year\b|\bprevious year's\b|в (?:прошлом|минувшем|прошедшем) году|(?:за|на) (?:прошлый|минувший|прошедший) год|(?<![\p{L}])(?:весь|Весь) (?:прошлый|минувший) год|(?<=^|[.!?][\s\u00A0]+|[–—][\s\u00A0]+)Прошлый год|по итогам (?:прошлого|минувшего) года|(?:в )?(?<![\p{L}])прошлогодн\p{L}*)/giu,
    (_m, pub) => rel(pub ? String(pub.year - 1) : null), ['yearWord']],
  // "now", "сейчас": as things stand at publication
  [/(?:\bnow\b|\bcurrently\b|\bat present\b|\bto date\b|\btoday\b|(?<![\p{L}])сегодня(?![\p{L}])|(?<![\p{L}])сейчас(?![\p{L}])|в настоящее время|на сегодняшний день|на данный момент)/giu,
    (_m, pub) => rel(pub ? `${pub.year}-${pad(pub.month)}` : null, 'now'), ['now']],
  [/(?:\blast month\b|в прошлом месяце|за прошлый месяц)/giu,
    (_m, pub) => rel(pub ? (pub.month === 1 ? `${pub.year - 1}-12` : `${pub.year}-${pad(pub.month - 1)}`) : null), ['monthWord']],
  // "on its CLPS contracts through November 2028", "until March 2025", "until at least 2028": a bound of an event, read so that no
  // other rule takes its month or year for a period.
  [new RegExp(String.raw`(?<![\p{L}])(?:through|until|till)${SP}(?:at${SP}least${SP})?(?:the${SP}end${SP}of${SP})?(?:${MONTH_WORD}${SP})?${YEAR}(?![\d\p{L}])`, 'giu'),
    () => ({ period: null, basis: 'stated', role: 'bound' }), ['year']],
  // A loan's maturity: "с погашением в 2033 году", "сроком до 2030 года", "maturing in 2033", "repayable by 2030".
  [new RegExp(String.raw`(?<![\p{L}])(?:с${SP}погашением${SP}(?:в|до)|сроком${SP}до|maturing${SP}in|repayable${SP}(?:by|in)|due${SP}in)${SP}(?:${MONTH_WORD}${SP})?${YEAR}${RU_YEAR_TAIL}`, 'giu'),
    () => ({ period: null, basis: 'stated', role: 'bound' }), ['year']],
  // "last June": the latest June before the month of publication.
  [new RegExp(String.raw`(?<![\p{L}])last${SP}(${EN_MONTH_WORD})(?![\p{L}])`, 'giu'),
    (m, pub) => {
      const month = monthOf(m[1]!);
      if (!month || !pub) return month ? rel(null) : null;
      return rel(`${month < pub.month ? pub.year : pub.year - 1}-${pad(month)}`);
    }, ['month']],
  // in May 2024, in May, в мае 2024 года
  // ("the deadliest since April, when …", "с апреля": the month alone, its "since" read from the words before it.)
  // ("Больше всего пострадавших пришлось на май": the month a share of the count fell in.)
  [new RegExp(String.raw`(?:(?:in|for|during|of|through|в|за|по итогам|(?:пришл\p{L}*|приходится|приходилось|приходились)${SP}на)${SP}(${MONTH_WORD})(?:${SP}${YEAR}${RU_YEAR_TAIL})?|(?<![\p{L}])(${MONTH_WORD})${SP}${YEAR}${RU_YEAR_TAIL}|(?<=(?<![\p{L}])(?:since|с|со)${SP})(${MONTH_WORD}))(?![\p{L}\d])`, 'giu'),
    (m, pub) => {
      const month = monthOf((m[1] ?? m[3] ?? m[5])!);
      if (!month) return null;
      const { year, basis } = yearFor(pub, m[2] ?? m[4], month);
      return year === null ? rel(null) : { period: `${year}-${pad(month)}`, basis, role: 'period' };
    }, ['month']],
  // "roughly double the volume of the same quarter of 2024", "по сравнению с аналогичным периодом 2024 года": the base
  // of a comparison, no period of the figure.
  // ("63.8% in the same period of 2024", "за аналогичный период 2024 года" date their own figure: only after "of", "than", "с".)
  [new RegExp(String.raw`(?:(?<=(?<![\p{L}])(?:of|than|with|against|versus)${SP})the${SP}same${SP}(?:quarter|period|month|half|half-year|months|nine${SP}months|six${SP}months)${SP}(?:of|in)|(?<=(?<![\p{L}])(?:с|со|к|чем)${SP})аналогичн\p{L}*${SP}(?:период\p{L}*|квартал\p{L}*))${SP}${YEAR}${RU_YEAR_TAIL}`, 'giu'),
    (m) => stated(m[1]!, 'base'), ['year']],
  // "up from 318,000 tonnes in the same period of 2024", "за аналогичный период 2024 года": the story's run of months,
  // in that year (`sameOf`; the figure takes the run with the year put in).
  [new RegExp(String.raw`(?:(?<![\p{L}])(?:in|for|during|over)${SP}the${SP}same${SP}(?:period|months|quarter|half|half-year|nine${SP}months|six${SP}months)${SP}(?:of|in)|(?<![\p{L}])(?:за|в)${SP}(?:аналогичн\p{L}*|тот${SP}же|том${SP}же)${SP}(?:период\p{L}*|квартал\p{L}*|полугоди\p{L}*))${SP}${YEAR}${RU_YEAR_TAIL}`, 'giu'),
    (m) => stated(m[1]!, 'sameOf'), ['year']],
  // in 2023, в 2023 году, since 2020, by 2030
  // The preposition is a word of its own: "плана 2024 года" is no "на 2024 год".
  [new RegExp(String.raw`(?:(?<![\p{L}])(since|from|by|until|till|before|after|in|for|during|of|throughout|в|за|к|с|до|по итогам|на)${SP}(?:the${SP}(?:year${SP})?)?)?(?<![\d,.])${YEAR}(?![\d,.]\d|[\p{L}])${RU_YEAR_TAIL}`, 'giu'),
    (m) => {
      const prep = (m[1] ?? '').toLowerCase();
      // "the first annual decline since 2020", "the highest level since 2019", "впервые с 2020 года": a record
      // measured against that year, no span of any figure.
      // "по сравнению с 2023 годом": "с" of a comparison names its base, no start.
      if (['since', 'с'].includes(prep)) return RECORD_SINCE.test(m.input.slice(Math.max(0, m.index - 50), m.index)) || COMPARED_WITH.test(m.input.slice(Math.max(0, m.index - 16), m.index)) ? stated(m[2]!, 'base') : stated(m[2]!, 'since');
      // "+3,3% к 2024 году", "на 5% к 2024-му": after a change, "к" names the year compared with.
      if (prep === 'к' && CHANGE_END.test(m.input.slice(Math.max(0, m.index - 14), m.index))) return stated(m[2]!, 'base');
      if (['by', 'к', 'до'].includes(prep)) return stated(m[2]!, 'by');
      // "from 2022" is a comparison base; "until 2025", "before 2020" bound an event, not a figure.
      if (['from', 'until', 'till', 'before', 'after'].includes(prep)) return null;
      return stated(m[2]!);
    }, ['year']],
];

// Used by the year rule above (callbacks run after the module is loaded).
const CHANGE_END = /(?:%|процент\p{L}*|раз[аы]?|больше|меньше|выше|ниже)[\s\u00A0]*$/iu;
export const RECORD_SINCE = /(?:\b(?:first|highest|lowest|biggest|largest|smallest|strongest|weakest|sharpest|steepest|best|worst|fastest|slowest|deadliest|bloodiest|busiest|heaviest|costliest)(?:[\s\u00A0]+[\p{L}-]+){0,3}|(?:^|[\s\u00A0])(?:впервые|максимальн\p{L}*|минимальн\p{L}*|рекордн\p{L}*|самы\p{L}*|крупнейш\p{L}*|наибольш\p{L}*|наименьш\p{L}*|худш\p{L}*|лучш\p{L}*)(?:[\s\u00A0]+[\p{L}-]+){0,3})[\s\u00A0]*$/iu;
