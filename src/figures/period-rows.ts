/**
 * Tables turned the other way: a header row of metrics ("Месяц | Товарооборот | Экспорт в Россию | Импорт из России")
 * and one row per period ("Январь | 344,2 | 112,4 | 231,8", "Январь–сентябрь | 3 412,6 | …"). Each numeric cell is
 * a figure of its column's metric, dated by its row; the row line is its quote.
 */
import { categoryOf, type Figure, type Metric } from '../model/figure.ts';
import { kindOfUnit } from './lexicon.ts';
import { accepts, metricHits, namesPart, namesRegion } from './metrics.ts';
import { namesGoods } from './metric-goods.ts';
import { findNumerals } from './numbers.ts';
import { startYear } from './figure-periods.ts';
import { pad, yearFor } from './period-calendar.ts';
import { MONTHS } from './period-words.ts';
import { findPeriods, type Published } from './periods.ts';
import { chooseSubject, findPlaces, TRADE_FLOWS } from './subjects.ts';
import { cellBase, cellNumber, cellsOf, FORECAST_WORDS, GROWTH_HEADER, metricNamed, RETURN_HEADER, SHARE_HEADER, TOLL_HEADER, scaledValue, type Cell, type Line, type TableContext } from './tables.ts';
import { unitHint } from './units.ts';

const TOTAL_WORD = /^[\s\u00A0]*(?:total|all|всего|итого)[\s\u00A0,:]*(?:за[\s\u00A0]+)?/iu;
// "June total", "2024 итого": the word after the period.
const TOTAL_AFTER = /[\s\u00A0,]+(?:total|всего|итого)[\s\u00A0]*$/iu;
// "Violations recorded | Of which with casualties": a part of the column before, counted the same way.
// ("Total | Of whom deminers", "из них дети": a part of the people counted before.)
const OF_WHICH_WITH = /^[\s\u00A0]*(?:(?:of which|of them|including|в том числе|из них)[\s\u00A0]+(?:with|с|со)(?![\p{L}])|(?:of whom|of them|из них|в том числе)[\s\u00A0]+\p{L})/iu;
const COUNTED_THINGS = /(?:^|[^\p{L}])(?:posts|checkpoints|bases|vehicles|tanks|armou?red vehicles|aircraft|helicopters|drones|villages|settlements|посты|постов|пунктов|баз|техник\p{L}*|машин|танков|сел|населенных пунктов)(?![\p{L}])/iu;
// The corner cell of a table whose rows are periods.
const PERIOD_CORNER = /^(?:месяц\p{L}*|месяцы|период\p{L}*|год|годы|квартал\p{L}*|дата|month|months|period|year|years|quarter|date)$/iu;

type Hint = NonNullable<ReturnType<typeof unitHint>>;
interface RowColumn {
  metric: Metric;
  /** A change column ("Рост, %"): a growth rate of `metric`. */
  growth: boolean;
  hint: Hint;
  subject: string;
}

/**
 * The period a row's first cell names, when it names nothing else ("Январь", "Q3 2025", "Январь–сентябрь"). A bare
 * month is of the year the caption states, else of the latest such month by publication.
 */
const YEAR_THEN_MONTHS = /^[\s\u00A0]*((?:19|20)\d{2})[\s\u00A0]*\(([^()\d]+)\)[\s\u00A0*]*$/u;

function rowPeriod(label: Cell, pub: Published | null, captionYear?: string): string | null {
  // ("June total": the month's total row is the month.)
  const month = MONTHS.get(label.text.replace(TOTAL_AFTER, '').replace(/[\s\u00A0.*]/gu, '').toLowerCase());
  if (month) {
    const { year } = yearFor(pub, captionYear, month);
    return year === null ? null : `${year}-${pad(month)}`;
  }
  // "2020 (ноябрь–декабрь)", "2025 (January–March)": the months in brackets are of the year before them.
  const bracketed = YEAR_THEN_MONTHS.exec(label.text);
  const inYear = bracketed ? findPeriods(`${bracketed[2]} ${bracketed[1]}`, pub).find((m) => m.period && m.basis === 'stated') : undefined;
  if (inYear?.period) return inYear.period;
  const mention = findPeriods(label.text, pub).find((m) => m.period && m.role !== 'bound');
  // "Total, 2020–2024", "Итого за январь–сентябрь": a total row names its period after the word.
  const rest = label.text.replace(TOTAL_WORD, '').replace(TOTAL_AFTER, '');
  if (!mention?.period || rest.replace(/[\s\u00A0.,*:]/gu, '').length > (mention.end - mention.start) + 3) return null;
  return mention.period;
}

// "Total", "Итого": a total row that names no period of its own.
// ("Week | 7 | 9 | 4 | 2" under the days of a weekly log: the week is the rows' sum too.)
const BARE_TOTAL = /^[\s\u00A0]*(?:total|всего|итого|(?:the[\s\u00A0]+)?week|за[\s\u00A0]+неделю|неделя)[\s\u00A0:*]*$/iu;

/**
 * "3–9 July | …" … "Total | 61 | 43": the period a bare total row sums over, from the rows above it: their one
 * period, or the run of months or years from the first to the last.
 */
function periodOfRows(dated: readonly string[]): string | null {
  const first = dated[0];
  const last = dated.at(-1);
  if (!first || !last || dated.length < 2) return null;
  if (dated.every((p) => p === first)) return first;
  const shape = /^\d{4}(?:-\d{2})?$/u;
  if (dated.every((p) => shape.test(p) && p.length === first.length)) return last > first ? `${first}..${last}` : null;
  // "2020 (Nov–Dec)", "2021", …, "2025 (Jan–Mar)": rows of mixed shapes run from the first one's first month to the last one's last.
  const from = monthEnds(first)?.[0];
  const to = monthEnds(last)?.[1];
  if (!from || !to || to <= from) return null;
  return from.endsWith('-01') && to.endsWith('-12') ? `${from.slice(0, 4)}..${to.slice(0, 4)}` : `${from}..${to}`;
}

/** The first and last month ("2025-01", "2025-03") of a period: a year, a month, a quarter, a half or a run. */
function monthEnds(period: string): [string, string] | null {
  const [a, b = a] = period.split('..') as [string, string?];
  const start = /^(\d{4})(?:-(\d{2})|-([HQ])(\d))?$/u.exec(a);
  const end = /^(\d{4})(?:-(\d{2})|-([HQ])(\d))?$/u.exec(b);
  if (!start || !end) return null;
  const first = (m: RegExpExecArray): number => (m[2] ? Number(m[2]) : m[3] === 'Q' ? Number(m[4]) * 3 - 2 : m[3] === 'H' ? Number(m[4]) * 6 - 5 : 1);
  const lastOf = (m: RegExpExecArray): number => (m[2] ? Number(m[2]) : m[3] === 'Q' ? Number(m[4]) * 3 : m[3] === 'H' ? Number(m[4]) * 6 : 12);
  const month = (y: string, n: number): string => `${y}-${pad(n)}`;
  return [month(start[1]!, first(start)), month(end[1]!, lastOf(end))];
}

/** A block whose corner names a period, or whose rows mostly open with a period, and whose header names metrics. */
export function hasPeriodRows(block: readonly Line[], pub: Published | null): boolean {
  const [header, ...rows] = block.map(cellsOf);
  if (!header || header.length < 2 || rows.length < 2) return false;
  const dated = rows.filter((cells) => rowPeriod(cells[0]!, pub) !== null).length;
  return (PERIOD_CORNER.test(header[0]!.text) || dated >= 2) && dated * 5 >= rows.length * 3;
}

// Head counts name their unit by their noun: "Violations" count, "Peacekeepers killed" persons.
const COUNT_UNITS: Partial<Record<Metric, Hint>> = {
  casualties: { unit: 'persons', factor: 1, scale: 1 },
  displaced: { unit: 'persons', factor: 1, scale: 1 },
  troops: { unit: 'persons', factor: 1, scale: 1 },
  incidents: { unit: 'count', factor: 1, scale: 1 },
};

/** A column of head counts with no unit written: the unit its metric counts in, a toll before a force ("Peacekeepers killed"). */
function countHint(ctx: TableContext, cell: Cell): Hint | null {
  if (TOLL_HEADER.test(cell.text)) return COUNT_UNITS.casualties!;
  const hits = metricHits(ctx.text, cell.start, cell.end).filter((h) => COUNT_UNITS[h.label]);
  const hit = hits.find((h) => h.label !== 'troops') ?? hits[0];
  return hit ? COUNT_UNITS[hit.label]! : null;
}

/** The unit of the first head count a caption names ("Reported ceasefire violations … by week"), if one. */
function captionCountHint(ctx: TableContext): Hint | null {
  if (ctx.captionStart === undefined) return null;
  const hit = metricHits(ctx.text, ctx.captionStart, ctx.captionEnd!).find((h) => COUNT_UNITS[h.label]);
  return hit ? COUNT_UNITS[hit.label]! : null;
}

function columnOf(cell: Cell, corner: Cell, ctx: TableContext, previous: RowColumn | undefined): RowColumn | null {
  if (previous && !previous.growth && OF_WHICH_WITH.test(cell.text)) return previous;
  // ("Reported by Armenia" under "Reported ceasefire violations and casualties by week": the caption's first head count.)
  const hint = unitHint(cell.text) ?? countHint(ctx, cell) ?? unitHint(corner.text) ?? unitHint(ctx.caption) ?? captionCountHint(ctx);
  if (!hint) return null;
  /** The caption names a flow of goods ("fresh fruit and vegetable exports to Russia by month"), not all trade. */
function captionGoodsFlow(ctx: TableContext): boolean {
  if (ctx.captionStart === undefined || !namesGoods(ctx.caption)) return false;
  return metricHits(ctx.text, ctx.captionStart, ctx.captionEnd!).some((h) => h.label === 'exports' || h.label === 'imports');
}

// "Date | Troops | Observation posts": a column of other things counted takes no head count from the caption.
  if (COUNTED_THINGS.test(cell.text)) return null;
  const share = SHARE_HEADER.test(cell.text) && hint.unit === '%';
  const growth = !share && GROWTH_HEADER.test(cell.text) && (hint.unit === '%' || /%/u.test(cell.text));
  const kind = kindOfUnit(growth ? (previous?.hint.unit ?? hint.unit) : hint.unit);
  const cellHits = metricHits(ctx.text, cell.start, cell.end);
  const hits = cellHits.filter((h) => h.label !== 'other' && (growth || accepts(h.label, kind)));
  const own = hits.find((h) => h.label !== 'troops') ?? hits[0];
  // "Добыча нефти, млн т" under "добыча и экспорт по месяцам": a column named as output is output, whatever the caption says.
  // ("Returnees resettled" under "Mine casualties …": people back home are counted, as other, not as the caption's toll.)
  const namedOther = !own && !growth && (cellHits.some((h) => h.label === 'other') || RETURN_HEADER.test(cell.text));
  const captioned = ctx.captionStart === undefined || namedOther ? null : metricNamed(ctx.text, ctx.captionStart, ctx.captionEnd!, kind);
  const found = own?.label ?? (TOLL_HEADER.test(cell.text) ? 'casualties' : growth ? previous?.metric : namedOther || share ? 'other' : captioned);
  if (!found) return null;
  // "Экспорт Дагестана" or "Non-oil exports" over a column: a part of the flow, kept as other.
  // ("Value, $ million" under "Azerbaijan's fresh fruit and vegetable exports to Russia by month": the goods' value.)
  const part = (own && namesPart(ctx.text, own)) || namesRegion(ctx.caption) || namesRegion(cell.text) || (kind === 'money' && captionGoodsFlow(ctx));
  const metric: Metric = TRADE_FLOWS.has(found) && part ? 'other' : found;
  const places = findPlaces(ctx.text, cell.start, cell.end);
  const near = places.length > 0 || ctx.captionStart === undefined ? places : findPlaces(ctx.text, ctx.captionStart, ctx.captionEnd!);
  const subject = growth && previous && own === undefined ? previous.subject : chooseSubject({ text: ctx.text, metric, surface: cell, unit: hint.unit, near, clause: near, sentence: near, pair: ctx.pair, sentenceStart: cell.start, sentenceEnd: cell.end });
  return { metric, growth, hint: growth ? { unit: '%', factor: 1, scale: 1 } : hint, subject };
}

// "Year | Killed | Injured | Total": a total column sums the columns before it.
const TOTAL_HEADER = /^[\s\u00A0]*(?:total|all|overall|всего|итого|в сумме)[\s\u00A0]*$/iu;

/** A total column with no unit or metric of its own counts what every column before it counts, when they agree. */
function totalOf(cell: Cell, columns: readonly (RowColumn | null)[]): RowColumn | null {
  if (!TOTAL_HEADER.test(cell.text)) return null;
  const before = columns.filter((c): c is RowColumn => c !== null && !c.growth);
  const first = before[0];
  if (!first || before.some((c) => c.metric !== first.metric || c.hint.unit !== first.hint.unit || c.subject !== first.subject)) return null;
  return first;
}

// "Изменение, % | +4,7 | -1,1 | +3,2", "Change, % | …" under two period rows: the change of each column between them.
export const CHANGE_ROW = /^[\s\u00A0]*(?:изменени\p{L}*|рост|прирост|динамик\p{L}*|change|growth|y\/y|г\/г)(?![\p{L}])/iu;

/** A change row's growth rates, dated by the later of the two period rows right above it. */
function changeRow(row: Line, cells: readonly Cell[], columns: readonly (RowColumn | null)[], dated: readonly string[], lang: TableContext['lang'], headerCells: readonly Cell[]): Figure[] {
  if (!CHANGE_ROW.test(cells[0]!.text) || !/%/u.test(cells[0]!.text) || dated.length < 2) return [];
  const [a, b] = dated.slice(-2) as [string, string];
  const period = startYear(b) > startYear(a) ? b : a;
  return cells.slice(1).flatMap((cell, j): Figure[] => {
    const column = columns[j + 1];
    const n = findNumerals(cell.text, lang)[0];
    if (!column || column.growth || !n || categoryOf(column.metric) === 'other') return [];
    // ("Month | Wheat | Sunflower oil" … "Change, % | -6.9 | +13.6": a product's change is a part's, kept as other.)
    const header = headerCells[j + 1];
    if (header && namesGoods(header.text)) return [{ ...cellBase(row, cell, column.subject), category: 'other', metric: 'other', value: n.value, unit: '%', period, periodBasis: 'stated' }];
    const base = { ...cellBase(row, cell, column.subject), category: categoryOf('growth_rate'), metric: 'growth_rate' as const, growthOf: column.metric };
    return [{ ...base, value: n.value, unit: '%', period, periodBasis: 'stated' }];
  });
}

/** Figures of a table whose rows are periods, in text order. */
export function periodRowFigures(block: readonly Line[], ctx: TableContext): Figure[] {
  const [headerLine, ...rows] = block;
  const header = cellsOf(headerLine!);
  const columns: (RowColumn | null)[] = [null];
  // A change column with no metric of its own is the change of the table's first column, its total ("Месяц | Всего |
  // в т.ч. транзит … | Изменение к 2024 г., %").
  for (const cell of header.slice(1)) columns.push(columnOf(cell, header[0]!, ctx, columns.find((c) => c && !c.growth) ?? undefined) ?? totalOf(cell, columns));
  const captionYear = /(?<!\d)((?:19|20)\d{2})(?!\d)/u.exec(`${ctx.caption} ${header[0]!.text}`)?.[1];
  const out: Figure[] = [];
  const dated: string[] = [];
  // "Прогноз добычи, млн т" over "2026 | …": the years not yet over are goals.
  const forecast = FORECAST_WORDS.test(`${ctx.caption} ${header[0]!.text}`);
  for (const row of rows) {
    const cells = cellsOf(row);
    const period = rowPeriod(cells[0]!, ctx.pub, captionYear) ?? (BARE_TOTAL.test(cells[0]!.text) ? periodOfRows(dated) : null);
    if (!period) {
      out.push(...changeRow(row, cells, columns, dated, ctx.lang, header));
      continue;
    }
    dated.push(period);
    cells.slice(1).forEach((cell, j) => {
      const column = columns[j + 1];
      const n = cellNumber(cell, ctx.lang);
      if (!column || !n) return;
      const metric: Metric = column.growth ? (categoryOf(column.metric) === 'other' ? 'other' : 'growth_rate') : column.metric;
      out.push({
        ...cellBase(row, cell, column.subject),
        qualifier: n.qualifier,
        category: categoryOf(metric),
        metric,
        ...(metric === 'growth_rate' ? { growthOf: column.metric } : {}),
        value: scaledValue(n.value, column.hint),
        unit: column.hint.unit,
        period,
        periodBasis: 'stated',
        ...(forecast && ctx.pub && metric !== 'growth_rate' && startYear(period) >= ctx.pub.year ? { modality: 'target' as const } : {}),
      });
    });
  }
  return out;
}
