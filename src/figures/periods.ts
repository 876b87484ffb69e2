/**
 * Period expressions in a sentence, resolved against the publication date (docs/adr/001-figure-periods.md):
 * "in 2023", "last year", "in the first half", "в январе–сентябре", "over the past six years". The
 * words before a mention say whose period it is: a comparison base, a report date, the start of a change.
 */
import { findDates, isMasked } from './masks.ts';
import { COUNT_RULES, DAY_RULES, SEASON_RULES, SPAN_RULES } from './period-rules-more.ts';
import { RECORD_SINCE, RULES, type PeriodMention } from './period-rules.ts';
import { needsIn } from './period-needs.ts';
import { allMatches } from './regex-matches.ts';

export { parsePublished, yearToDate, monthRange, type Published } from './period-calendar.ts';
export type { PeriodMention, PeriodRole } from './period-rules.ts';
import type { Published } from './period-calendar.ts';

const ALL_RULES = [...DAY_RULES, ...SEASON_RULES, ...SPAN_RULES, ...RULES, ...COUNT_RULES];

const COMPARISON = /(?<![\p{L}])(?:what(?:[\s\u00A0]+(?:it|they|he|she|we|the[\s\u00A0]+\p{L}+|\p{Lu}\p{L}+))?[\s\u00A0]+(?:spent|earned|had|paid|was|were|did|received|invested)|(?:its|the|their)[\s\u00A0]+level(?:[\s\u00A0]+(?:of|in))?|уровн\p{L}*|compared (?:to|with)|in comparison (?:to|with)|versus|vs\.?|than(?: in)?|against|from|over|on|relative to|по сравнению со?|относительно|против|сколько(?:[\s\u00A0]+и)?|as (?:much|many|high|low) as(?: in)?|the same as(?: in)?|чем(?:[\s\u00A0]+(?:предусмотрено|запланировано|заложено|утверждено|было))?(?:[\s\u00A0]+(?:в|за|на))?|к|(?:больше|меньше|выше|ниже|more than|less than|higher than|lower than|above|below)(?:[\s\u00A0]+(?:the[\s\u00A0]+)?(?:показател\p{L}*|уровн\p{L}*|план\p{L}*|бюджет\p{L}*|прогноз\p{L}*|figure|level|plan|budget|target|forecast)(?:[\s\u00A0]+(?:of|for))?)?)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:(?:весь|всего|whole|all of)[\s\u00A0]+)?(?:(?:same|corresponding|comparable)[\s\u00A0]+(?:period|half|quarter|month|months|\p{L}+[\s\u00A0]+months)[\s\u00A0]+(?:of[\s\u00A0]+)?|аналогичн\p{L}*[\s\u00A0]+(?:период|полугоди|квартал|месяц)\p{L}*[\s\u00A0]+)?$/iu;
const DAY_COMPARISON = /(?<![\p{L}])(?:than|compared (?:to|with)|versus|vs\.?|against|чем|по сравнению со?|против)[\s\u00A0]+(?:the[\s\u00A0]+|on[\s\u00A0]+)?$/iu;
// "since last year's war": a relative year after "since" dates an event, not the figure; so does a
// period inside a "since …" clause ("have left since the fighting resumed last month").
// "с конца 2020 года", "since the end of 2020": a span from then too.
const SINCE = /(?<![\p{L}])(?:since(?:[\s\u00A0]+the[\s\u00A0]+(?:end|start|beginning|middle)[\s\u00A0]+of)?|с(?:[\s\u00A0]+(?:конца|начала|середины))?)[\s\u00A0]+$/iu;
// "18 years after Washington invaded the country in the wake of the September 11, 2001 attacks": the date of the
// event an "after" or "in the wake of" clause names, not the figure's.
const SINCE_CLAUSE = /(?<![\p{L}])(?:since|in the wake of|с тех пор как|после того как)[\s\u00A0]+[^,.;:!?\d]{1,60}$/iu;
// "Two years after Azerbaijan's offensive of September 19-20, 2023": the date of the event counted from, no span.
const YEARS_AFTER = /(?<![\p{L}])(?:years?|months?|weeks?|лет|года?|месяц\p{L}*)[\s\u00A0]+(?:after|since|после|спустя после)[\s\u00A0]+[^.;:!?\d]{1,60}$/iu;
// "as reported in January", "сообщил 19 октября": the date of a report, no figure's period.
// "approved by parliament in December": the date a budget or a deal was passed, not its period.
// ("speaking in Baku in January": a place may stand between the verb of saying and the date.)
const REPORTED = /(?:reported|announced|said|speaking|spoke|told[\s\u00A0]+\p{L}+|published|released|stated|approved|adopted|passed|signed|revised|amended|submitted|tabled|presented|внесен\p{L}*|внес\p{L}*|представлен\p{L}*|сообщ\p{L}*|заяв\p{L}*|опубликова\p{L}*|объяв\p{L}*|утвержд\p{L}*|принят\p{L}*|одобр\p{L}*|подписа\p{L}*)(?:[\s\u00A0]+(?:by|to)[\s\u00A0]+(?:the[\s\u00A0]+)?\p{L}+)?(?:[\s\u00A0]+the[\s\u00A0]+(?:(?:19|20)\d{2}[\s\u00A0]+)?(?:state[\s\u00A0]+)?budget)?(?:[\s\u00A0]+(?:in|at)[\s\u00A0]+\p{Lu}\p{L}+)?[\s\u00A0]+(?:(?:earlier|back)[\s\u00A0]+)?(?:on|in|в|на)?[\s\u00A0]*$/iu;

// "Первоначально, в январе, комитет называл 4,76 млрд", "in its first release on January 21 the committee reported": a month
// or a day followed, in a few words, by a verb of saying is when it was said (not "в январе экспорт составил").
const SAID_AFTER = /^[\s\u00A0,]*(?:[\p{L}-]+[\s\u00A0,]+){0,5}?(?:называл\p{L}*|назвал\p{L}*|говорил\p{L}*|сообщал\p{L}*|заявлял\p{L}*|заявил\p{L}*|сказал\p{L}*|оценивал\p{L}*|reported|said|put[\s\u00A0]+(?:it|the[\s\u00A0]+\p{L}+|trade|turnover)[\s\u00A0]+at|estimated|gave)(?![\p{L}])/iu;
const SAID_AMOUNT = /^[^.;!?]{0,60}(?:\d|(?<![\p{L}])(?:billion|million|миллиард\p{L}*|миллион\p{L}*)(?![\p{L}]))/iu;
/** A verb of saying after the date that goes on to the amount ("комитет называл 4,76 млрд"; not a closing ", officials said."). */
function saidAfter(slice: string, end: number): boolean {
  const m = SAID_AFTER.exec(slice.slice(end, end + 70));
  // ("говорил, что товарооборот двух стран «превысил четыре миллиарда»": the amount may be in words.)
  return m !== null && SAID_AMOUNT.test(slice.slice(end + m[0].length, end + m[0].length + 90));
}

const EXTENDED = /(?:продлил\p{L}*|продлен\p{L}*|продлева\p{L}*|extended|extends|extending|runs|running|lease\p{L}*)[^.;\d]{0,20}$/iu;
const SINCE_PART = /(?<![\p{L}])(?:since[\s\u00A0]+the[\s\u00A0]+(?:end|start|beginning|middle)[\s\u00A0]+of|с[\s\u00A0]+(?:конца|начала|середины))[\s\u00A0]+$/iu;
const OVER = /(?<![\p{L}])over[\s\u00A0]+(?:the[\s\u00A0]+)?$/iu;
const WHEN_AFTER = /^[\s\u00A0]*,?[\s\u00A0]*(?:когда|when)(?![\p{L}])/iu;

/** A match that holds whole calendar dates ("с 10 ноября 2020 года по 31 марта 2025 года") reads them, not a year inside one. */
function coversDates(dates: ReturnType<typeof findDates>, start: number, end: number): boolean {
  const touched = dates.filter((d) => start < d.end && d.start < end);
  return touched.length > 0 && touched.every((d) => start <= d.start && d.end <= end);
}

// "more than double its 2021 level", "pre-war 2021 levels": a year that names the level compared
// with, no period of the figures around it.
const LEVEL_AFTER = /^[\s\u00A0]+levels?(?![\p{L}])/iu;
const LEVEL_OWNER_BEFORE = /(?:\b(?:its|their|the|his|her)|pre-war)[\s\u00A0]+$/iu;

/** Period mentions in text[from, to), earliest first; report dates left out, comparison bases marked 'base'. */
export function findPeriods(text: string, pub: Published | null, from = 0, to = text.length): PeriodMention[] {
  const slice = text.slice(from, to);
  // Calendar dates are read only once a rule has matched: most sentences have no period at all.
  let dates: ReturnType<typeof findDates> | null = null;
  const out: PeriodMention[] = [];
  const has = needsIn(slice);
  for (const [re, make, needs] of ALL_RULES) {
    if (!has(needs)) continue;
    re.lastIndex = 0;
    for (const m of allMatches(re, slice)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((p) => start < p.end - from && p.start - from < end)) continue;
      const made = make(m, pub);
      if (!made || (made.role !== 'day' && isMasked((dates ??= findDates(slice)), start, end) && !coversDates(dates, start, end))) continue;
      const before = slice.slice(Math.max(0, start - 70), start);
      // "сообщалось в сентябре 2022 года, когда … погибли": the date opens a "when" clause, whose figures it dates.
      // "the 8.67 billion manats approved for 2025", "утвержденный на 2025 год": the year it is for, no report date.
      const monthOrDay = made.role === 'day' || (made.role === 'period' && /^\d{4}-\d{2}$/.test(made.period ?? ''));
      const reported = (REPORTED.test(before) || (monthOrDay && saidAfter(slice, end))) && !WHEN_AFTER.test(slice.slice(end, end + 12)) && !/^(?:for|на)[\s\u00A0]/iu.test(m[0]);
      const levelOf = LEVEL_AFTER.test(slice.slice(end, end + 12)) && LEVEL_OWNER_BEFORE.test(before);
      const role = made.role === 'bound' || isTitleYear(m[0], before) ? 'bound' : reported ? 'report' : levelOf ? 'base' : roleIn(before, made);
      out.push({ ...made, role, start: from + start, end: from + end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// "The IISS Military Balance 2026", "World Economic Outlook 2025": a year that ends a title dates nothing.
const TITLE_BEFORE = /(?:^|[\s\u00A0(«"“])\p{Lu}[\p{L}-]+[\s\u00A0]+(\p{Lu}[\p{L}-]+)[\s\u00A0]+$/u;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

function isTitleYear(mention: string, before: string): boolean {
  if (!/^\d{4}$/.test(mention)) return false;
  const title = TITLE_BEFORE.exec(before);
  return !!title && !MONTH.test(title[1]!);
}

/** The role a mention takes from the words before it. */
// "…at $2.91 billion, thanks to a strong first half", "благодаря росту в первом квартале": a cause's period is no figure's.
const CAUSE_BEFORE = /(?:\b(?:thanks to|because of|owing to|on the back of)|(?:^|[\s\u00A0])(?:благодаря|из-за))[\s\u00A0]+(?:(?:a|an|the)[\s\u00A0]+)?(?:[\p{L}-]+[\s\u00A0]+){0,3}(?:(?:in|of|в|во)[\s\u00A0]+)?(?:the[\s\u00A0]+)?$/iu;

function roleIn(before: string, made: { role: PeriodMention['role']; basis: PeriodMention['basis']; period?: string | null }): PeriodMention['role'] {
  if (YEARS_AFTER.test(before) || CAUSE_BEFORE.test(before)) return 'bound';
  if (made.role === 'since' || made.role === 'then') return made.role;
  // "срок пребывания которой продлили до 2044 года", "a lease extended to 2044": the end of a term, no horizon.
  if (made.role === 'by' && EXTENDED.test(before)) return 'bound';
  // "on Oct. 11" is a date, not a base ("up 5% on 2022"): a day is a base only after "than", "compared with".
  // "rose 23.4% over January-September" is the run itself; "up 5% over 2022" compares with the year.
  const overRun = OVER.test(before.slice(-12)) && /^\d{4}-(?:\d{2}\.\.|[HQ]\d)/.test(made.period ?? '');
  if (!overRun && (made.role === 'day' ? DAY_COMPARISON : COMPARISON).test(before.slice(-40))) return 'base';
  // "с января по октябрь" is a run of months already: its "с" opens the run, it is no "since".
  // "с января 2021 года": a stated month after "с"/"since" opens a span too.
  const sinceable = made.basis === 'relative' || /^\d{4}-\d{2}$/.test(made.period ?? '');
  // A run written as a half or a quarter ("с января по июнь" is 2025-H1) is a run too.
  // "the highest monthly volume since December 2023, when …": a record measured against that month, no span.
  const since = SINCE.exec(before);
  if (since && /^\d{4}-\d{2}$/.test(made.period ?? '') && RECORD_SINCE.test(before.slice(0, since.index))) return 'base';
  if (sinceable && !made.period?.includes('..') && !/-[HQ]\d$/.test(made.period ?? '') && SINCE.test(before)) return 'since';
  // "the highest monthly total since the line was rebuilt in 2019": a record measured against that event, no span.
  const sinceClause = SINCE_CLAUSE.exec(before);
  if (sinceClause) return RECORD_SINCE.test(before.slice(0, sinceClause.index)) ? 'base' : 'since';
  // "с конца 2020 года", "since the end of 2020": the year rule reads the year alone, the words before make it a span.
  if (/^\d{4}$/.test(made.period ?? '') && SINCE_PART.test(before)) return 'since';
  return made.role;
}
