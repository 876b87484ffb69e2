/**
 * The period of one figure (docs/adr/001-figure-periods.md): the nearest period mention in its
 * sentence that no other number stands between, else the paragraph's carried period for flows,
 * else the rule for figures stated with no period.
 */
import type { Metric, Modality, PeriodBasis } from '../model/figure.ts';
import { glossStart, type Frame } from './frames.ts';
import { clauseComma, closingComma, coordinatedSince, EVENT_METRICS, partOfCountBefore } from './period-tolls.ts';
import { CUES } from './lexicon.ts';
import { compilePhrases } from './patterns.ts';
import { countOf } from './period-words.ts';
import { findPeriods, yearToDate, type PeriodMention, type Published } from './periods.ts';
import type { Quantity } from './quantities.ts';

/** Flows are quoted for the latest complete year; stocks and one-off amounts for the month of publication. */
export const FLOW_METRICS: ReadonlySet<Metric> = new Set(['trade_turnover', 'exports', 'imports', 'cargo_volume', 'growth_rate', 'military_spending']);
const NO_PERIOD: ReadonlySet<Metric> = new Set(['distance', 'border_length']);
// "а в перспективе – до 30 млн тонн", "in the long run": a goal beyond any horizon the sentence names.
const LONG_TERM = compilePhrases(CUES.long_term ?? [], 'u');

export interface FigurePeriod {
  period: string | null;
  basis: PeriodBasis;
  /** A future horizon ("by 2030") makes the figure a target. */
  target?: boolean;
  /** Worked out from another figure ("a year earlier", the old side of "from X to Y"): never carried on. */
  derived?: boolean;
}

export interface PeriodInput {
  metric: Metric;
  q: Quantity;
  frame: Frame;
  quantities: readonly Quantity[];
  mentions: readonly PeriodMention[];
  pub: Published | null;
  modality: Modality | undefined;
  carried: FigurePeriod | null;
  /** Period of the 'to' figure of a "from X to Y" change, for the 'from' figure. */
  changeTo: FigurePeriod | null;
  /** Mentions right after another number belong to it ("$4 billion last year and $6.7 billion"). */
  ownedByOther: (p: PeriodMention) => boolean;
  /** Owned by the base of a change ("from the 7.64 billion manats approved for 2023"): not a growth rate's period. */
  ownedByBase?: (p: PeriodMention) => boolean;
  /** After the figure, in the words that lead to a later number ("…, bringing its throughput for January-September to 5.1 million"). */
  leadsToLater?: (p: PeriodMention) => boolean;
  /** Period of the previous figure in the sentence, for "a year earlier". */
  siblingPeriod?: string | null;
  text: string;
  sentenceStart: number;
  /** Planned ("будет направлено 3 млрд манатов"): "this year" is the whole year, as for a target. */
  planned?: boolean;
  /** A share of a flow ("8.9% of Azerbaijan's foreign trade") is dated like the flow, but assumed like a stock. */
  flowShare?: boolean;
  story?: StoryPeriods;
}

/** What the story so far says about time, for "тогда" and "over the same period". */
export interface StoryPeriods {
  /** The last period mentioned in an earlier sentence. */
  last: string | null;
  /** The last span of years ("2017..2023"), from a change between two years or a stated span. */
  span: string | null;
  /** A span of years from a change between two stated years in this sentence, for a growth rate in it. */
  sentenceSpan: string | null;
  /** The story's carried reporting period: "за отчетный период" is that period. */
  carried: string | null;
  /** The story's runs of months, latest last ("2026-01..2026-07", "2025-H1"), for "in those seven months". */
  runs?: readonly string[];
  /** The period the headline names ("Bulletin No. 14/2023 (3–30 July 2023)"), for "during the reporting period". */
  headline?: string | null;
}

// "than in 2021, when turnover stood at $3.9 billion": the "when" clause is about the base year.
const WHEN = /^[\s\u00A0,]*(?:when|когда)(?![\p{L}])/iu;
// "11 mine accidents in 2025, which injured 14 people and killed three": the tolls of the event dated just before.
// "in which 38 people were killed", "в результате которой погибли": a preposition may open it.
const WHICH = /^[\s\u00A0,]*(?:(?:in|during|after|в|во|при|после|в[\s\u00A0]+результате|в[\s\u00A0]+ходе)[\s\u00A0]+)?(?:which|that|котор\p{L}*)(?![\p{L}])/iu;

function distance(p: PeriodMention, q: Quantity): number {
  return p.end <= q.start ? q.start - p.end : Math.max(0, p.start - q.end);
}

// "598,000 tonnes worth $512 million in January–September": the worth of the goods stands between them and their period.
const WORTH_BEFORE = /(?:\bworth|\bvalued at|на[\s\u00A0]+сумму|стоимостью)[\s\u00A0]+(?:(?:about|some|around|около|более|свыше|почти)[\s\u00A0]+)?$/iu;

function crosses(p: PeriodMention, q: Quantity, others: readonly Quantity[], text: string): boolean {
  const lo = Math.min(p.end, q.start);
  const hi = Math.max(p.start, q.end);
  return others.some((o) => o !== q && o.unit !== null && o.start >= lo && o.end <= hi && !worthOf(text, q, o) && !wholeOf(text, q, o));
}

// A part written right before its whole: "14 of the 41 casualties", "251 из 397 пострадавших".
const PART_OF_WHOLE = /[\s\u00A0](?:of(?:[\s\u00A0]+the)?|из)[\s\u00A0]+$/iu;

/** o is the whole q is a part of, inside q's own surface ("at least 14 of the 41 casualties recorded in 2024"). */
export function wholeOf(text: string, q: Quantity, o: Quantity): boolean {
  return o.start > q.start && o.end <= q.end && PART_OF_WHOLE.test(text.slice(q.start, o.start));
}

/** o is the worth of the goods q counts, written right after them ("598,000 tonnes worth $512 million"). */
export function worthOf(text: string, q: Quantity, o: Quantity): boolean {
  return o.start >= q.end && o.start - q.end <= 30 && WORTH_BEFORE.test(text.slice(q.end, o.start));
}

/**
 * One period earlier: 2023 → 2022, 2024-H1 → 2023-H2, 2024-05 → 2024-04; a run of months is compared with
 * the same run a year before (2025-01..2025-10 → 2024-01..2024-10), as year-on-year reports do.
 */
export function previousPeriod(period: string): string | null {
  let m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(period);
  if (m) return `${Number(m[1]) - 1}-${m[2]}..${Number(m[3]) - 1}-${m[4]}`;
  m = /^(\d{4})$/.exec(period);
  if (m) return String(Number(m[1]) - 1);
  m = /^(\d{4})-H([12])$/.exec(period);
  if (m) return m[2] === '2' ? `${m[1]}-H1` : `${Number(m[1]) - 1}-H2`;
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return m[2] === '1' ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${Number(m[2]) - 1}`;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return m[2] === '01' ? `${Number(m[1]) - 1}-12` : `${m[1]}-${String(Number(m[2]) - 1).padStart(2, '0')}`;
  return null;
}

/**
 * The same period a year before ("a year earlier", "годом ранее"): 2025-H1 → 2024-H1, 2025-Q3 → 2024-Q3,
 * 2025-05 → 2024-05, 2025-01..2025-10 → 2024-01..2024-10, 2023 → 2022.
 */
/** A run of months, half or quarter moved into another year: ("2025-01..2025-09", "2024") → "2024-01..2024-09"; no run: the year. */
function inYear(run: string | null, year: string | null): string | null {
  if (!year || !run || !/^\d{4}-(?:H[12]|Q[1-4]|\d{2}(?:\.\.\d{4}-\d{2})?)$/.test(run)) return year;
  const shift = Number(year) - Number(run.slice(0, 4));
  return run.replace(/\d{4}/g, (y) => String(Number(y) + shift));
}

export function yearEarlier(period: string): string | null {
  if (!/^\d{4}(?:-(?:H[12]|Q[1-4]|\d{2}))?(?:\.\.\d{4}(?:-\d{2})?)?$/.test(period)) return null;
  return period.replace(/\d{4}/g, (year) => String(Number(year) - 1));
}

// "Armenia still hosts about 110,000 people who fled Karabakh in 2023", "проживают около 110 тыс. человек,
// покинувших регион в сентябре 2023 года": the clause's date is of the flight; the count is a stock now.
// (", most of them displaced from Karabakh in 1988–1994": an apposition about them too.)
const RELATIVE_AFTER = /^[^.;]{0,40}?(?:\b(?:who|that|which|(?:most|many|all) of them)|(?:^|[\s,])(?:котор\p{L}*|\p{L}{2,}вш\p{L}{1,3}|большинство из них))(?![\p{L}])[^.;]{0,70}$/iu;
const PRESENT_BEFORE = /\b(?:still|now|currently|hosts?|houses?|shelters?|lives?|remains?|remained|are|is)\b|(?:^|[\s\u00A0])(?:по-прежнему|сейчас|проживают|проживает|живут|остаются|остается|оставались|оставалось|находятся|принимает|размещены)(?![\p{L}])/iu;
const PRESENT_VERB_AFTER = /^[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:remain|remains|still|are|live|проживают|остаются|живут)(?![\p{L}])/iu;
const STOCKS: ReadonlySet<Metric> = new Set(['displaced', 'troops']);

function inRelativeClause(p: PeriodMention, { metric, text, q, sentenceStart }: PeriodInput): boolean {
  if (!STOCKS.has(metric) || p.start < q.end) return false;
  // ("Some 650,000 people remain registered as IDPs, most of them displaced …": the present verb may follow the count.)
  return RELATIVE_AFTER.test(text.slice(q.end, p.start)) && (PRESENT_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 60), q.start)) || PRESENT_VERB_AFTER.test(text.slice(q.end, q.end + 30)));
}

// ", срок пребывания которой в 2010 году продлили до 2044 года,", ", which opened in 2019,": an aside about something else.
const RELATIVE_WORD = /(?:^|[\s\u00A0])(?:котор\p{L}*|где|which|who|whose|where)(?![\p{L}])/iu;

/** A period inside a relative clause between commas that does not hold the figure. */
function inAside(p: PeriodMention, { text, q, sentenceStart }: PeriodInput): boolean {
  const open = clauseComma(text, p.start, -1);
  if (open < sentenceStart || (q.start > open && q.start < p.start)) return false;
  const close = clauseComma(text, p.end, 1);
  // ", который в первом полугодии составил 2,2 млрд": an aside never closed before the figure holds it.
  const end = close >= 0 ? close : q.start > p.end ? q.end : p.end;
  if (q.start >= open && q.start <= end) return false;
  const aside = text.slice(open + 1, p.start);
  // (A participle's only when its aside closes right after the period and before the figure.)
  const participle = PARTICIPLE_OPEN.test(aside) && !/[—–]/u.test(aside) && close >= 0 && close - p.end <= 6 && close < q.start;
  return (RELATIVE_WORD.test(aside) || participle) && !/[.;!?]/u.test(text.slice(open, end));
}

// ", построенный в 1956 году,", ", built in 1956,": a participle's aside dates its own event.
const PARTICIPLE_OPEN = /^[\s\u00A0]*(?:[\p{L}-]+(?:енн|анн|янн|ённ|вш|ущ|ющ|ащ|ящ)(?:ый|ая|ое|ые|ий|ей|ем|ом|ых|ым|ую)|built|opened|launched|founded|completed|commissioned|signed|adopted|laid)(?![\p{L}])/iu;

/** "Ячменя вывезено 98 тыс. тонн (годом ранее – 163 тыс. тонн), кукурузы – 37 тыс. тонн": a bracket's period ends with it. */
function inClosedBracket(p: PeriodMention, { text, q, sentenceStart }: PeriodInput): boolean {
  return q.start >= p.end && closedBracketBefore(text, p, q.start, sentenceStart);
}

/** text[span] stands in a bracket, opened at or after `from`, that closes before `at`. */
export function closedBracketBefore(text: string, span: { start: number; end: number }, at: number, from = 0): boolean {
  const open = text.lastIndexOf('(', span.start);
  if (open < from || text.slice(open, span.start).includes(')')) return false;
  const close = text.indexOf(')', span.end);
  return close >= 0 && close < at;
}

function usable(p: PeriodMention, input: PeriodInput, flow: boolean): boolean {
  const { metric, story } = input;
  if (inRelativeClause(p, input) || inAside(p, input) || inClosedBracket(p, input)) return false;
  switch (p.role) {
    // "4.6% more than last year's 8.59 billion manats": a base's possessive right before an amount is that amount's own.
    case 'base':
      return POSSESSIVE_END.test(input.text.slice(p.start, p.end)) && input.q.start >= p.end && input.q.start - p.end <= 3;
    case 'bound':
      return false;
    // "said in April that investments amount to $6 billion": a statement's date is the stock's "as of".
    case 'day':
    case 'report':
      return !flow && !input.modality;
    // "since 1996" sums up to now (not for a troop strength); "since last year's war" dates nothing.
    case 'since':
      return metric === 'growth_rate' || (p.basis === 'stated' && metric !== 'troops');
    // "The toll since November 2020 now stands at 393": "now" marks the total since then.
    case 'now':
      return input.modality !== 'rate' && !(metric !== 'troops' && input.mentions.some((m) => m.role === 'since' && m.end <= p.start && p.start - m.end < 12));
    case 'then':
      return !!story?.last;
    case 'span':
      return !!(story?.span ?? story?.carried ?? story?.last) || (!!story?.headline && REPORTING.test(input.text.slice(p.start, p.end))) || input.mentions.some((m) => m.end <= p.start && m.role === 'period' && m.period && !inAside(m, input));
    default:
      // "about 3,000 troops … under a lease that runs to 2044": a year not yet begun dates no head count
      // (a budget for next year is adopted before it begins, and stays dated by it).
      if (!input.modality && HEAD_COUNTS.has(metric) && p.role === 'period' && input.pub && startYear(p.period) > input.pub.year) return false;
      return input.modality !== 'target' || horizon(p, input);
  }
}

export const HEAD_COUNTS: ReadonlySet<Metric> = new Set(['troops', 'casualties', 'displaced', 'incidents']);

/** The first year a period names (0 when none): "2027" of "2027", "2025" of "2025-01..2025-10". */
export function startYear(period: string | null | undefined): number {
  return Number(/\d{4}/.exec(period ?? '')?.[0] ?? 0);
}

/** "4,8 млрд против 4,4 млрд годом ранее": one period before the sentence's other figure, else the year before publication. */
function earlierPeriod(input: PeriodInput): FigurePeriod {
  // With no figure before it in its sentence, "a year earlier" is a year before the story's last period.
  const before = input.siblingPeriod ?? input.story?.last ?? null;
  const base = before ? yearEarlier(before) : null;
  if (base) return { period: base, basis: 'relative', derived: true };
  return { period: input.pub ? String(input.pub.year - 1) : null, basis: 'relative', derived: true };
}

function sameSentencePeriod(input: PeriodInput, span: PeriodMention): string | null {
  // Not one in an aside ("Порты, где навигацию в январе осложнял лед, за тот же период …").
  return input.mentions.filter((m) => m.end <= span.start && m.role === 'period' && m.period && !inAside(m, input)).at(-1)?.period ?? null;
}

const REPORTING = /reporting|review|отч[её]тн/iu;

function fromMention(p: PeriodMention, input: PeriodInput): FigurePeriod {
  const { pub, modality } = input;
  if (p.role === 'earlier') return earlierPeriod(input);
  // "товарооборот сегодня составляет около 3 млрд", "from about 5 million tons now": a flow's level now is a
  // year's, not the month's: the latest complete year, as for a flow with no period at all.
  if (p.role === 'now' && FLOW_METRICS.has(input.metric)) return { period: pub ? String(pub.year - 1) : null, basis: 'assumed' };
  // Spans are of years: "с января 2021 года" sums from 2021.
  if (p.role === 'since') return { period: pub && p.period ? `${p.period.slice(0, 4)}..${pub.year}` : null, basis: p.basis };
  // ("17 April 2024 — The Kremlin confirms that the contingent, then about 2,000 strong, …": a date earlier in the sentence comes first.)
  if (p.role === 'then') return { period: thenOf(input, p), basis: 'relative', derived: true };
  // "Between January and July 2025, … 41 times; Yerevan reported 12 violations over the same period": the
  // sentence's own period before it comes first.
  // "during the reporting period", "за отчетный период": the period the story reports on, before any run named since.
  const reported = input.story?.carried ?? input.story?.headline;
  if (p.role === 'span' && reported && REPORTING.test(input.text.slice(p.start, p.end))) return { period: reported, basis: 'relative', derived: true };
  if (p.role === 'span') return { period: spanEnd(namedRun(input, p) ?? input.story?.sentenceSpan ?? sameSentencePeriod(input, p) ?? input.story?.span ?? input.story?.carried ?? input.story?.runs?.at(-1) ?? input.story?.last ?? null, input.q), basis: 'relative', derived: true };
  if (p.role === 'by') return { period: p.period, basis: p.basis, target: !pub || Number(p.period) >= pub.year };
  if (p.role === 'sameOf') return { period: inYear(sameSentencePeriod(input, p) ?? input.siblingPeriod ?? input.story?.runs?.at(-1) ?? null, p.period), basis: p.basis };
  // "this year": the whole year for a target, January to last month for an actual.
  // A defence budget "в текущем году" is the year's budget, not what was spent so far.
  // So is any budget ("Its budget for work in Armenia this year is $46 million").
  // So is a programme's allocation ("The federal programme provides 11.2 billion roubles …, of which 4.1 billion
  // roubles this year"); what was pledged or sent ("только в этом году направил") is so far.
  const clause = input.text.slice(input.frame.clauseStart, input.frame.clauseEnd);
  const budget = input.metric === 'military_spending' || (input.metric === 'funding' && (BUDGET.test(clause) || PROGRAMME.test(input.text.slice(input.sentenceStart, input.frame.clauseEnd))));
  const yearBudget = budget && !SO_FAR.test(input.text.slice(p.start, p.end));
  if (p.role === 'ytd' && pub && p.period === String(pub.year) && modality !== 'target' && !input.planned && !yearBudget) return { period: yearToDate(pub), basis: p.basis };
  return { period: p.period, basis: p.basis };
}

// "the 8.66 billion manats approved for this year", "allocated", "заложено": an allocation is the year's, like a budget.
const BUDGET = /budget|allocat|approved|earmark|бюджет|утвержд|заложен|предусмотрен/iu;
const PROGRAMME = /\bprogram(?:me)?s?\b.{0,40}\bprovides?\b|программ\p{L}*.{0,40}предусм\p{L}*/iu;
// "last year's 8.59 billion manats", "прошлогодних 13,45 трлн".
export const POSSESSIVE_END = /(?:['’]s|прошлогодн\p{L}*)[\s\u00A0]*$/u;
const SO_FAR = /so far|to date|since|beginning|start|с начала|по состоянию/iu;

/** "in those seven months": the story's latest run of months that is seven months long. */
function namedRun({ text, story }: PeriodInput, p: PeriodMention): string | null {
  const count = /(\p{L}+|\d+)[\s\u00A0]+(?:months|месяц\p{L}*)$/iu.exec(text.slice(p.start, p.end));
  if (!story?.runs || !count) return null;
  const months = countOf(count[1]!);
  return [...story.runs].reverse().find((run) => monthsIn(run) === months) ?? null;
}

/** How many months a period covers: 2026-01..2026-07 → 7, 2025-H1 → 6, 2025-Q3 → 3, 2025 → 12. */
function monthsIn(period: string): number | null {
  const m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(period);
  if (m) return (Number(m[3]) - Number(m[1])) * 12 + Number(m[4]) - Number(m[2]) + 1;
  if (/^\d{4}-H[12]$/.test(period)) return 6;
  if (/^\d{4}-Q[1-4]$/.test(period)) return 3;
  return /^\d{4}$/.test(period) ? 12 : null;
}

/** A season or span across New Year ("2023-07..2024-06", "2024..2025"), not a run of months inside one year. */
function crossesYears(period: string | null | undefined): boolean {
  const m = /^(\d{4})(?:-\d{2})?\.\.(\d{4})(?:-\d{2})?$/.exec(period ?? '');
  return !!m && m[1] !== m[2];
}

/** A target is dated only by a horizon ("by 2030", "this year", "in 2025"), not by the month it was said in. */
function horizon(p: PeriodMention, { pub }: PeriodInput): boolean {
  if (p.role === 'by' || p.role === 'ytd') return true;
  if (!p.period || /^\d{4}-\d{2}$/.test(p.period)) return false;
  // "по итогам года, думаю, выйдем на 4,9 млрд" in January: an estimate of the year just ended, before its data.
  if (pub && pub.month <= 2 && p.basis === 'relative' && p.period === String(pub.year - 1)) return true;
  const years = (p.period.match(/\d{4}/gu) ?? []).map(Number);
  // "will invest up to $500mn over five years": a span that began in the past is no goal's horizon.
  // (A season under way, "in 2024/25" in February 2025, is the forecast's horizon: a stated span of two years at most.)
  const season = p.basis === 'stated' && years.at(-1)! - years[0]! <= 1;
  return !pub || (years.at(-1)! >= pub.year && (!p.period.includes('..') || years[0]! >= pub.year || season));
}

/** "from $0.7 billion to $1.1 billion over the same years": the old value takes the span's start, the new one its end. */
function spanEnd(span: string | null, q: Quantity): string | null {
  const m = span ? /^(\d{4})\.\.(\d{4})$/.exec(span) : null;
  if (!m || !q.change) return span;
  return q.change === 'from' ? m[1]! : m[2]!;
}

// "• Stock of Russian FDI in Azerbaijan on 31 December 2024: $6.9 billion": a line's label ends in its period and a colon.
const LABEL_COLON = /^[\s\u00A0]*:[\s\u00A0]*(?:(?:about|around|some|more than|over|almost|nearly|около|более|свыше|почти)[\s\u00A0]+)?$/iu;

// "Новая волна пришлась на сентябрь 2023 года: … Карабах покинули 100 617 армян", "The second wave came in September
// 2023: …": a period that ends a head with no number before its colon dates what the colon opens.
const COLON_AFTER_PERIOD = /^[\s\u00A0]*(?:года|году|г\.)?[\s\u00A0]*:/u;

function headsColon({ text, q, sentenceStart, mentions }: PeriodInput, p: PeriodMention): boolean {
  const colon = COLON_AFTER_PERIOD.exec(text.slice(p.end, p.end + 8));
  if (!colon || p.end > q.start || p.role !== 'period') return false;
  const after = p.end + colon[0].length;
  return !/\d/u.test(text.slice(sentenceStart, p.start)) && !mentions.some((m) => m.start >= after && m.end <= q.start);
}

/** p ends the label of q's line: no number between the line's start and p, only a colon between p and q. */
function labelsLine(text: string, p: PeriodMention, q: Quantity): boolean {
  if (p.end > q.start || !LABEL_COLON.test(text.slice(p.end, q.start))) return false;
  return !/\d/u.test(text.slice(text.lastIndexOf('\n', p.start) + 1, p.start));
}

const within = (from: number, to: number) => (p: PeriodMention) => p.start >= from && p.end <= to;

/**
 * A comparison base or a period right before a "when" clause dates the figure of that clause
 * ("than in 2021, when turnover stood at …", "в сентябре 2022 года, когда … погибли более 200").
 */
function whenBase({ text, frame, mentions, metric, q, quantities }: PeriodInput): PeriodMention | undefined {
  const head = text.slice(frame.clauseStart, frame.clauseStart + 30);
  if (!WHEN.test(head) && !(EVENT_METRICS.has(metric) && WHICH.test(head))) return undefined;
  // "from $2.37 billion in 2020, when the border was closed, to $4.62 billion in 2025, almost doubling": an amount
  // between the "when" and this figure is the one the clause led to.
  const change = q.kind === 'percent' || q.kind === 'times';
  if (change && quantities.some((o) => o !== q && o.unit !== null && o.start > frame.clauseStart && o.end <= q.start)) return undefined;
  // "Measured against 2019, before the pandemic, when trade stood at …": a short aside may stand between.
  const joined = (p: PeriodMention): boolean => frame.clauseStart - p.end <= 3 || ASIDE_BEFORE_WHEN.test(text.slice(p.end, frame.clauseStart));
  // ("самые тяжелые потери с сентября 2022 года, когда … погибли более 280": the month the clause tells of.)
  // (A sum since then stays a sum: "с 1996 года, когда …, компания вложила более $45 млрд".)
  const close = mentions.find((p) => (p.role === 'base' || p.role === 'period' || (p.role === 'since' && EVENT_METRICS.has(metric))) && p.end <= frame.clauseStart + 1 && joined(p));
  if (close || !EVENT_METRICS.has(metric) || !WHICH.test(head)) return close;
  // "the December 2024 crash of an AZAL airliner near Aktau, which …": the event the clause is about is named
  // with its date a few words before, and no other number stands between.
  return mentions.filter((p) => (p.role === 'period' || p.role === 'day') && p.end <= frame.clauseStart && frame.clauseStart - p.end <= 90 && !/\d/u.test(text.slice(p.end, frame.clauseStart))).at(-1);
}

const ASIDE_BEFORE_WHEN = /^[\s\u00A0]*,[^,\d.;]{1,30},[\s\u00A0]*$/u;

/** A period that opens the sentence before any number ("In 2023, …") dates all its figures. */
function opening(input: PeriodInput, candidates: readonly PeriodMention[]): PeriodMention | undefined {
  return candidates.find((p) => opensSentence(input, p) && p.role !== 'earlier' && input.quantities.every((o) => o.start >= p.end));
}

function opensSentence({ text, sentenceStart }: PeriodInput, p: PeriodMention): boolean {
  const before = text.slice(sentenceStart, p.start);
  if (p.start - sentenceStart <= 3 || OPENING_WORDS.test(before) || LABEL_ONLY.test(before) || ATTRIBUTION.test(before) || HEDGE.test(before)) return true;
  // "Moscow soon added logistics units: in December 2022, … the force numbered about 2,200": a colon with no number
  // before it opens the statement anew.
  const colon = before.lastIndexOf(':');
  const after = before.slice(colon + 1);
  return colon >= 0 && !/\d/u.test(before.slice(0, colon)) && (/^[\s\u00A0]*$/u.test(after) || OPENING_WORDS.test(after));
}

/**
 * "Clashes in September 2022 killed 391 soldiers and at least 23 civilians", "Since November 2020, border clashes have
 * killed 391 soldiers and at least 23 civilians": a period before a toll's clause (or opening its sentence) dates every
 * toll after it, across the other head counts between.
 */
function tollsAfter(input: PeriodInput, candidates: readonly PeriodMention[]): PeriodMention | undefined {
  const { q, frame, quantities } = input;
  if (!EVENT_METRICS.has(input.metric)) return undefined;
  return candidates.find((p) => (p.role === 'period' || p.role === 'since') && p.end <= q.start && !input.ownedByOther(p)
    && (within(frame.clauseStart, frame.clauseEnd)(p) || opensSentence(input, p))
    && quantities.every((o) => o === q || o.end <= p.start || o.start >= q.end || o.unit === 'persons'));
}

/**
 * "Two servicemen were killed and seven wounded during the reporting period": a period that ends a pair of tolls
 * sharing one verb dates both, when only head counts stand between and no comma breaks the clause.
 */
function tollsBefore(input: PeriodInput, candidates: readonly PeriodMention[]): PeriodMention | undefined {
  const { q, quantities, text } = input;
  if (!EVENT_METRICS.has(input.metric)) return undefined;
  return candidates.find((p) => p.start >= q.end && p.role !== 'base' && p.role !== 'earlier'
    && !/[,;:()\u2013\u2014]/u.test(text.slice(q.end, p.start)) && endsClause(text.slice(p.end, sentenceEndAfter(text, p.end)))
    && quantities.every((o) => o === q || o.end <= q.start || o.start >= p.end || o.unit === 'persons'));
}

// (", by our count; the ministry never said", ", officials said": an attribution with no number may follow.)
// (", the Mine Action Agency said on Monday, the lowest toll since the 44-day war": only the clause right after counts.)
const endsClause = (rest: string): boolean => /^[\s\u00A0]*[.!]?[\s\u00A0]*$/u.test(rest) || (/^[\s\u00A0]*[,;]/u.test(rest) && !/\d/u.test(rest.slice(1).split(/[,;]/u)[0] ?? ''));

function sentenceEndAfter(text: string, from: number): number {
  const end = text.slice(from).search(/[.!?\n]/u);
  return end < 0 ? text.length : from + end + 1;
}

// "In the September 2023 fighting, …": a preposition and an article before the opening period.
// "In the autumn 2020 war": a season may stand between.
// "– Инвестиции: на 1 июля 2026 года …", "Возвращение и мины: в январе …": a list item's or a headline's label may open it.
const OPENING_WORDS = /^[\s\u00A0"«]*(?:[-–—•][\s\u00A0]*)?(?:[\p{L} ]{1,30}:[\s\u00A0]*)?(?:in|during|over|at|on|as of|at the end|by the end|at the start|at the beginning|в|во|за|на|в ходе|по состоянию на|на конец|к концу|на начало|итоги|results of|results for)[\s\u00A0]+(?:the[\s\u00A0]+)?(?:(?:autumn|fall|spring|summer|winter|осень|весна|лето|зима)[\s\u00A0]+)?$/iu;
const LABEL_ONLY = /^[\s\u00A0"«]*(?:[-–—•][\s\u00A0]*)?[\p{L} ]{1,30}:[\s\u00A0]*$/u;
// "По словам вице-премьера, по итогам прошлого года …", "According to customs, in 2023 …": a source first.
// "По данным Минэкономики, на 1 января 2025 года …": a preposition may stand between.
const ATTRIBUTION = /^[\s\u00A0"«]*(?:по словам|по данным|по информации|как сообщил\p{L}*|as reported by|according to)[^,\d.;:]{1,60},[\s\u00A0]*(?:(?:in|during|on|as of|at|в|во|за|на|по состоянию на)[\s\u00A0]+(?:the[\s\u00A0]+)?)?$/iu;

// "– Думаю, в следующем году …", "I think next year …": a speaker's hedge may stand before the opening period.
const HEDGE = /^[\s\u00A0"«]*(?:[-–—•][\s\u00A0]*)?(?:думаю|полагаю|считаю|уверен|уверена|надеюсь|i think|i believe|i expect|we expect|i hope)[\s\u00A0]*,?[\s\u00A0]*(?:(?:in|during|on|в|во|за|на)[\s\u00A0]+(?:the[\s\u00A0]+)?)?$/iu;

// A line that opens with a date and a dash: an entry of a chronology.
const ENTRY_DASH = /^[\s\u00A0]*[—–-][\s\u00A0]/u;

function entryDate({ text, q, pub }: PeriodInput): PeriodMention | null {
  const lineStart = text.lastIndexOf('\n', q.start - 1) + 1;
  const head = text.slice(lineStart, lineStart + 40);
  const first = findPeriods(head, pub).find((p) => p.period && p.start <= 2);
  return first && ENTRY_DASH.test(head.slice(first.end)) ? { ...first, start: lineStart + first.start, end: lineStart + first.end } : null;
}

function thenOf(input: PeriodInput, p: PeriodMention): string | null {
  const before = input.mentions.filter((m) => m.end <= p.start && m.period && (m.role === 'period' || m.role === 'day')).at(-1);
  return before ? fromMention(before, input).period : (input.story?.last ?? null);
}

/** The mention that dates the figure: own words, the clause, the day of an event, a "when" clause, the sentence's opening. */
function mentionFor(input: PeriodInput, flow: boolean): { mention: PeriodMention; derived?: boolean } | null {
  const { q, quantities, frame, modality } = input;
  const candidates = input.mentions.filter((p) => usable(p, input, flow)).sort((a, b) => distance(a, q) - distance(b, q));
  // "• $4.0 billion: Russia–Azerbaijan trade in January–October 2023, …, 17% more than a year earlier": the gloss's
  // first period dates the figure that heads it, whatever numbers follow.
  const gloss = glossStart(input.text, q);
  const glossed = gloss >= 0 ? candidates.filter((p) => p.start >= gloss && p.role !== 'earlier' && p.role !== 'base').sort((a, b) => a.start - b.start)[0] : undefined;
  if (glossed) return { mention: glossed };
  const clear = candidates.filter((p) => !crosses(p, q, quantities, input.text) && !input.ownedByOther(p) && !input.leadsToLater?.(p));
  // ", which killed 38 people, was followed in June by …": a toll in a relative clause closed before the main verb
  // is dated inside it, else by its event.
  const relativeEnd = EVENT_METRICS.has(input.metric) && WHICH.test(input.text.slice(frame.clauseStart, frame.clauseStart + 30)) ? closingComma(input.text, q.end, frame.clauseEnd) : -1;
  const own = relativeEnd >= 0
    ? clear.find(within(frame.clauseStart, relativeEnd))
    : (clear.find(within(frame.leftStart, frame.rightEnd)) ?? clear.find(within(frame.clauseStart, frame.clauseEnd)));
  if (own) return { mention: own };
  const labelled = candidates.find((p) => labelsLine(input.text, p, q) || headsColon(input, p));
  if (labelled) return { mention: labelled };
  // "grew from $2.37 billion in 2020, when …, to $4.62 billion in 2025, almost doubling": the change spans the two years.
  // (Not one with a base of its own: "1,07 млн тонн, на 12% меньше, чем в 2024-м".)
  if (input.metric === 'growth_rate' && input.story?.sentenceSpan && !input.mentions.some((p) => p.role === 'base' && p.start >= q.end)) return null;
  // "Выплаты семьям 38 погибших, а также 29 пострадавшим … рейса, потерпевшего крушение 25 декабря 2024 года": with no
  // other period in the sentence, its one event day dates the tolls of every clause.
  const days = EVENT_METRICS.has(input.metric) ? candidates.filter((p) => p.role === 'day') : [];
  const onlyDay = days.length === 1 && candidates.length === 1 ? days[0] : undefined;
  const day = days.find((p) => within(frame.clauseStart, frame.clauseEnd)(p)) ?? onlyDay;
  if (day) return { mention: day };
  const tolled = tollsAfter(input, candidates) ?? tollsBefore(input, candidates);
  if (tolled) return { mention: tolled };
  const since = coordinatedSince(input, candidates);
  if (since) return { mention: since };
  const base = whenBase(input);
  // ("… в 1,9 раза больше, чем годом ранее, когда поставки составили 0,9 млрд": the year before the story's.)
  if (base) return base.role === 'earlier' || !base.period ? { mention: { ...base, role: 'earlier' }, derived: true } : { mention: { ...base, role: 'period' }, derived: true };
  // The rest of the sentence only for flows ("2023 was a record year: trade exceeded $4 billion"), but not
  // a later clause's own period ("…до 4,8 млрд долларов, а с начала текущего года вырос еще на 6,3%").
  const sentenceWide = clear.find((p) => p.start < q.start || p.end <= frame.clauseEnd);
  if (flow && !modality && sentenceWide) return { mention: sentenceWide };
  // "…, а с начала текущего года вырос еще на 6,3% и превысил 3,6 млрд долларов": a later clause's own period
  // (past the number before) beats the sentence's opening.
  // Not one written right after the base of a comparison ("142,600 tonnes …, against 131,900 tonnes in 2024").
  const clauseOwn = frame.clauseStart > input.sentenceStart ? candidates.find((p) => within(frame.clauseStart, frame.clauseEnd)(p) && !input.ownedByBase?.(p)) : undefined;
  if (clauseOwn && flow && !modality) return { mention: clauseOwn };
  const open = opening(input, candidates);
  return open ? { mention: open } : null;
}

/**
 * "в 2024 году выросла с 2,4 до 4 млн тонн", "In 2023, trade rose from $3.7 billion to $4.35 billion": a period
 * before the change dates its new value; the old one is the period before (ADR 001, "from X to Y").
 */
function changeBase(input: PeriodInput, mention: PeriodMention): FigurePeriod | null {
  const { q, changeTo } = input;
  if (q.change !== 'from' || !changeTo?.period || mention.end > q.start) return null;
  // "revised its estimate of 2023 trade from $4.2 billion to $4.4 billion": both values are of 2023.
  if (REVISED.test(input.text.slice(Math.max(input.sentenceStart, mention.start - 60), q.start))) return null;
  const own = fromMention(mention, input);
  if (own.period !== changeTo.period) return null;
  const prev = previousPeriod(changeTo.period);
  return prev ? { period: prev, basis: 'relative', derived: true } : null;
}

/**
 * "grew by roughly 60 per cent between 2019 and 2024, from $2.72 billion to $4.36 billion": the ends of a change over a
 * span of years are its first and last years (as "over the same years", ADR 001), except in a revision.
 */
function atSpanEnd(input: PeriodInput, found: FigurePeriod): FigurePeriod {
  const span = input.q.change && found.period ? /^(\d{4})\.\.(\d{4})$/u.exec(found.period) : null;
  if (!span || REVISED.test(input.text.slice(input.sentenceStart, input.q.start))) return found;
  return { ...found, period: input.q.change === 'from' ? span[1]! : span[2]!, derived: true };
}

/** Words of a revision: its old and new values are of one period. */
export const REVISED = /(?:revis\p{L}*|correct\p{L}*|restat\p{L}*|amend\p{L}*|пересмотр\p{L}*|уточн\p{L}*|скорректир\p{L}*)/iu;

export function assignPeriod(input: PeriodInput): FigurePeriod {
  return atSpanEnd(input, periodOfFigure(input));
}

function periodOfFigure(input: PeriodInput): FigurePeriod {
  const { metric, q, mentions, pub, modality } = input;
  if (NO_PERIOD.has(metric)) return { period: null, basis: 'none' };
  // ("Russia and Iran have talked of 20 million tonnes eventually": the cue may follow the amount.)
  if (modality === 'target' && (LONG_TERM.test(input.text.slice(input.frame.leftStart, q.start)) || LONG_TERM.test(input.text.slice(q.end, input.frame.rightEnd)))) return { period: null, basis: 'none' };
  // "более 300 человек, свыше 60 из них погибли", "Of the 404 victims since November 2020, 62 were children": a part
  // of the count before is of its period.
  if (EVENT_METRICS.has(metric) && input.siblingPeriod && partOfCountBefore(input)) return { period: input.siblingPeriod, basis: 'relative', derived: true };
  const flow = FLOW_METRICS.has(metric) || !!input.flowShare;
  const actualFlow = flow && !modality;
  // "Годом ранее за тот же период по маршруту прошло 4,2 млн тонн", "A year earlier, …": a sentence that opens a year
  // back is the story's period a year before.
  const back = mentions.find((p) => p.role === 'earlier' && p.start - input.sentenceStart <= 3);
  const ownPeriod = mentions.some((p) => p.role === 'period' && p.basis === 'stated');
  const storyBefore = back && actualFlow && !ownPeriod && input.carried?.period ? yearEarlier(input.carried.period) : null;
  if (storyBefore) return { period: storyBefore, basis: 'relative', derived: true };
  // "К 2030 году … должна вырасти с нынешних 14 млн до 20 млн тонн в год": the horizon is the new value's; the old one is today's.
  const horizonOfNew = (m: PeriodMention): boolean => q.change === 'from' && m.role === 'by';
  const found = mentionFor(input, flow);
  if (found && !horizonOfNew(found.mention)) return changeBase(input, found.mention) ?? { ...fromMention(found.mention, input), ...(found.derived ? { derived: true } : {}) };
  const candidates = mentions.filter((p) => usable(p, input, flow)).sort((a, b) => distance(a, q) - distance(b, q));
  // "rose from $0.7 billion to $1.1 billion over the same years": the old value takes the span's start.
  const span = q.change === 'from' ? candidates.find((p) => p.role === 'span') : undefined;
  if (span) return fromMention(span, input);
  // "grew from $2.72 billion to $4.36 billion between 2019 and 2024": the span after the change starts at the old value.
  const spanAfter = q.change === 'from' ? mentions.find((p) => p.role === 'period' && /^\d{4}\.\.\d{4}$/u.test(p.period ?? '') && p.start >= q.end && p.start - q.end <= 60) : undefined;
  if (spanAfter) return { period: spanAfter.period!.slice(0, 4), basis: spanAfter.basis, derived: true };
  if (q.change === 'from' && input.changeTo?.period) {
    const prev = previousPeriod(input.changeTo.period);
    if (prev) return { period: prev, basis: 'relative', derived: true };
  }
  // "Чтобы к 2030 году выйти на 10 млрд, ее нужно увеличить более чем вдвое": a goal's horizon earlier in its sentence
  // dates every goal of the sentence, across the numbers between.
  const horizonBefore = modality === 'target' ? candidates.find((p) => (p.role === 'by' || p.role === 'ytd') && p.end <= q.start && p.start >= input.frame.clauseStart) : undefined;
  if (horizonBefore) return fromMention(horizonBefore, input);
  // "forecast Russia's wheat exports in the 2023/24 season, which runs from July to June, at 51.3 million tons": a horizon
  // earlier in the sentence, with no other amount between, dates the forecast across the aside.
  const periodBefore = modality === 'target' ? candidates.find((p) => p.role === 'period' && crossesYears(p.period) && horizon(p, input) && p.end <= q.start && p.start >= input.sentenceStart && !input.quantities.some((o) => o !== q && o.start >= p.end && o.end <= q.start)) : undefined;
  if (periodBefore) return fromMention(periodBefore, input);
  if (modality === 'rate' || modality === 'target') return { period: null, basis: 'none' };
  // "10 November 2020 — The trilateral statement … Russia is to deploy 1,960 servicemen": a chronology entry's date
  // dates the figures of its line.
  const entry = entryDate(input);
  if (entry) return fromMention(entry, input);
  // Past another number only for rates ("$4.4 billion in 2023, up 15%", "12.3% in 2023"); flows take the paragraph's period below.
  // A share ("2.4% of Russia's trade") is not dated by another number's period; a growth rate is.
  const relative = metric === 'growth_rate';
  // "grew from $1.7 billion in 2017 to $3.3 billion in 2023, almost doubling": the change spans the two years.
  if (relative && input.story?.sentenceSpan) return { period: input.story.sentenceSpan, basis: 'stated', derived: true };
  // "just under $5 billion, and in January-August it came to …": a later clause's own period is that clause's.
  const laterClause = (p: PeriodMention): boolean => !relative && p.start > q.end && p.start >= input.frame.clauseEnd;
  // A growth rate reaches past other numbers, but not into a later clause's own period before its number
  // ("1.86 million tonnes in the third quarter, 11 percent more than a year earlier, bringing its throughput for January-September to 5.1 million").
  // Nor does a flow ("$3.24 billion of the total …, adding that trade in January was "already above $330 million"").
  const across = (relative || actualFlow) && q.change !== 'from'
    ? candidates.find((p) => p.role !== 'earlier' && !laterClause(p) && !input.ownedByBase?.(p) && (relative ? !input.leadsToLater?.(p) : !input.ownedByOther(p) && !(p.start >= q.end && FLOW_METRICS.has(metric) && input.leadsToLater?.(p))))
    : undefined;
  if (across) return fromMention(across, input);
  if (input.carried && flow) return input.carried;
  if (!pub) return { period: null, basis: 'assumed' };
  if (FLOW_METRICS.has(metric)) return { period: String(pub.year - 1), basis: 'assumed' };
  return { period: `${pub.year}-${String(pub.month).padStart(2, '0')}`, basis: 'assumed' };
}
