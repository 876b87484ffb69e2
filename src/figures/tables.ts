/**
 * Tables in article text (src/articles writes a table row as one line, cells joined by " | "):
 * a header row of periods, rows labelled with a metric and often a unit ("Trade turnover, $ million"),
 * a caption line naming the unit for all ("(млн долларов США)"), and maybe a change column ("Рост, %").
 * Each numeric cell becomes a figure dated by its column; the row line is its quote.
 */
import { categoryOf, type Figure, type Metric, type Qualifier } from '../model/figure.ts';
import { kindOfUnit } from './lexicon.ts';
import { portCountries } from './subject-cargo.ts';
import { startYear } from './figure-periods.ts';
import { accepts, metricHits, namesPart, namesRegion } from './metrics.ts';
import { namesGoods } from './metric-goods.ts';
import { findNumerals, type Lang } from './numbers.ts';
import { findPeriods, type Published } from './periods.ts';
import { byOrder, chooseSubject, findPlaces, TRADE_FLOWS } from './subjects.ts';
import { seasonCellPeriod } from './table-seasons.ts';
import { scaleHint, unitHint } from './units.ts';

export interface Line {
  start: number;
  end: number;
  text: string;
}

export interface Cell {
  start: number;
  end: number;
  text: string;
}

type Column = { period: string } | { growth: true; unit: '%' | 'times' } | { share: true } | null;

export const GROWTH_HEADER = /рост|прирост|изменени|динамик|change|growth|y\/y|г\/г|yoy|%/iu;
// "Gap, %", "Доля, %", "Share of total, %": a percent column that compares or divides, no change.
export const SHARE_HEADER = /(?<![\p{L}])(?:gap|difference|discrepanc\p{L}*|share|доля|GDP|ВВП|разниц\p{L}*|расхождени\p{L}*|разрыв)(?![\p{L}])/iu;
// "Change, times", "Рост, раз": the change is a multiplier.
const TIMES_HEADER = /(?<![\p{L}])(?:times|раз|раза)(?![\p{L}])|×/iu;

export function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    out.push({ start, end: start + line.length, text: line });
    start += line.length + 1;
  }
  return out;
}

/** A table row as a figure's quote: the line without its outer spaces, and where that stands. */
export function rowQuote(row: Line): { quote: string; start: number; end: number } {
  return { quote: row.text.trim(), start: row.start + (row.text.length - row.text.trimStart().length), end: row.end - (row.text.length - row.text.trimEnd().length) };
}

/** What every figure read from a table cell shares: its row as the quote, the cell as the surface, an exact qualifier. */
export function cellBase(row: Line, cell: Cell, subject: string) {
  return { ...rowQuote(row), surface: cell.text, surfaceStart: cell.start, surfaceEnd: cell.end, subject, qualifier: 'exact' as const };
}

// "about 2,200", "около 1,8 тыс.": a qualifier may open a cell.
const CELL_QUALIFIERS: ReadonlyArray<[RegExp, Qualifier]> = [
  [/^(?:about|around|some|approximately|roughly|c\.|ca\.|~|около|порядка|примерно|ок\.)[\s\u00A0]*/iu, 'about'],
  [/^(?:over|more than|above|>|более|свыше|больше)[\s\u00A0]*/iu, 'more_than'],
  [/^(?:nearly|almost|under|less than|fewer than|<|почти|менее|меньше)[\s\u00A0]*/iu, 'less_than'],
  [/^(?:up to|до)[\s\u00A0]+/iu, 'up_to'],
];

/** The one number a cell holds and its qualifier, or null when the cell holds anything else ("27 (est.)" is no number). */
export function cellNumber(cell: Cell, lang: Lang, extra = /[%\s\u00A0]/gu): { value: number; qualifier: Qualifier } | null {
  const lead = CELL_QUALIFIERS.map(([re, q]) => [re.exec(cell.text)?.[0] ?? '', q] as const).find(([m]) => m.length > 0);
  const rest = cell.text.slice(lead?.[0].length ?? 0);
  const n = findNumerals(rest, lang)[0];
  if (!n || n.end - n.start < rest.replace(extra, '').length - 1) return null;
  return { value: n.value, qualifier: lead?.[1] ?? 'exact' };
}

/** A cell's number in the base unit: "344,2" in "млн долларов" is 344.2e6. */
export function scaledValue(value: number, hint: { scale: number; factor: number }): number {
  return Number((value * hint.scale * hint.factor).toPrecision(12));
}

export function cellsOf(line: Line): Cell[] {
  const cells: Cell[] = [];
  let at = 0;
  for (const part of line.text.split('|')) {
    const lead = part.length - part.trimStart().length;
    const text = part.trim();
    cells.push({ start: line.start + at + lead, end: line.start + at + lead + text.length, text });
    at += part.length + 1;
  }
  return cells;
}

/** Runs of at least two consecutive lines with cells. */
export function tableBlocks(lines: readonly Line[]): Line[][] {
  const blocks: Line[][] = [];
  let run: Line[] = [];
  for (const line of [...lines, { start: 0, end: 0, text: '' }]) {
    if (line.text.includes(' | ')) run.push(line);
    else {
      if (run.length >= 2) blocks.push(run);
      run = [];
    }
  }
  return blocks;
}

// "Change on 2022, %", "Рост к 2023 г., %": a change column names the year it compares with, no period of its own.
const CHANGE_WORDS = /рост|прирост|изменени|динамик|change|growth|y\/y|г\/г|yoy/iu;

function columnsOf(header: Cell[], pub: Published | null): Column[] {
  return header.map((c, i) => {
    if (i === 0) return null;
    if (CHANGE_WORDS.test(c.text)) return { growth: true as const, unit: TIMES_HEADER.test(c.text) ? ('times' as const) : ('%' as const) };
    const p = findPeriods(c.text, pub).find((m) => m.period && (m.role === 'period' || m.role === 'ytd' || m.role === 'day' || m.role === 'since'));
    // "Since 10 November 2020": a running total, from that year to publication.
    if (p?.period && p.role === 'since') return pub ? { period: `${p.period.slice(0, 4)}..${pub.year}` } : null;
    if (p?.period) return { period: p.period };
    if (SHARE_HEADER.test(c.text) && /%/u.test(c.text)) return { share: true as const };
    return GROWTH_HEADER.test(c.text) ? { growth: true as const, unit: '%' as const } : null;
  });
}

/** The columns of a table by period that name no period and no change ("Active personnel" beside "Budget 2025"). */
export function undatedColumns(block: readonly Line[], pub: Published | null): (column: number) => boolean {
  const columns = columnsOf(cellsOf(block[0]!), pub);
  return (i) => columns[i] === null;
}

/** A block is a table of figures only when its first row names periods. */
export function hasPeriodHeader(block: readonly Line[], pub: Published | null): boolean {
  return columnsOf(cellsOf(block[0]!), pub).some((c) => c !== null && 'period' in c);
}

export interface TableContext {
  text: string;
  lang: Lang;
  pub: Published | null;
  pair: string[];
  caption: string;
  /** Where the caption line sits in the text (for its metric words); absent with no caption. */
  captionStart?: number;
  captionEnd?: number;
}

type Hint = NonNullable<ReturnType<typeof unitHint>>;
export const FORECAST_WORDS = /прогноз|сценари|forecast|projection|scenario|outlook|\bproj(?:\.|ected)?(?![\p{L}])|\bplan(?:ned)?\b|(?:^|[\s(])план(?![\p{L}])|\btarget\b/iu;
/** A total row: "Total", "All countries", "Всего", "Итого". */
export const TOTAL_LABEL = /^[\s\u00A0]*(?:total|all countries|all cargo|overall|всего|итого)(?![\p{L}])/iu;
// "Автомобильный", "Rail": a mode of transport is no kind of goods.
const TRANSPORT_MODE = /(?:железнодорож|автомобильн|морск|речн|авиа|паром|трубопровод|(?<![\p{L}])(?:rail|road|sea|river|air|ferry|pipeline|truck))/iu;
// "Containerised cargo", "Other": the rest of a list of goods.
const GOODS_LIKE = /^[\s\u00A0]*(?:other|others|прочие|прочее|другие)[\s\u00A0]*$|container|контейнер/iu;

/** A unit of gas or oil volume ("млрд куб. м", "bbl"). */
function countsFluid(hint: Hint | null): boolean {
  return hint !== null && (kindOfUnit(hint.unit) === 'gas' || kindOfUnit(hint.unit) === 'oil');
}

/** A row of a freight table that names a kind of goods ("Grain", "Ferrous metals", "Other"). */
function goodsRow(label: string): boolean {
  return !TOTAL_LABEL.test(label) && !TRANSPORT_MODE.test(label) && (namesGoods(label) || GOODS_LIKE.test(label));
}

/**
 * Figures of one table block, in text order. A header whose period columns name their own units ("2023, tonnes |
 * 2024, tonnes | 2023, $ million") is read once per unit, each pass with only that unit's columns.
 */
export function tableFigures(block: readonly Line[], ctx: TableContext): Figure[] {
  const header = cellsOf(block[0]!);
  const columns = columnsOf(header, ctx.pub);
  if (!columns.some((c) => c && 'period' in c)) return [];
  const hints = header.map((c, i) => (columns[i] && 'period' in columns[i]! ? unitHint(c.text) : null));
  const units = [...new Set(hints.filter((h): h is Hint => h !== null).map((h) => h.unit))];
  if (units.length === 0) return unitFigures(block, ctx, columns, null);
  // "2021 | 2022 | 2023 | Изменение к 2022 г., %" under "Военные расходы …, млрд долларов": the years with no unit of
  // their own take the caption's or row's, beside the columns that write one.
  // (Their change column is read with them, as the change of what they count.)
  const unhinted = columns.some((c, i) => c && 'period' in c && hints[i] === null);
  const bare = unhinted ? unitFigures(block, ctx, columns.map((c, i) => (c && (('period' in c && hints[i] === null) || 'growth' in c) ? c : null)), null) : [];
  return units
    .flatMap((unit) => {
      const own = columns.map((c, i) => (c && (('period' in c && hints[i]?.unit !== unit) || (unhinted && 'growth' in c)) ? null : c));
      return unitFigures(block, ctx, own, hints.find((h) => h?.unit === unit)!);
    })
    .concat(bare)
    .sort((a, b) => a.surfaceStart - b.surfaceStart);
}

function unitFigures(block: readonly Line[], ctx: TableContext, columns: Column[], columnHint: Hint | null): Figure[] {
  const [headerLine, ...rows] = block;
  const header = cellsOf(headerLine!);
  const lastPeriod = [...columns].reverse().find((c): c is { period: string } => !!c && 'period' in c)?.period ?? null;
  const lastPeriodHeader = header[columns.reduce((at, c, i) => (c && 'period' in c ? i : at), -1)]?.text ?? '';
  const out: Figure[] = [];
  let lastMetric: Metric | null = null;
  let lastPartner: Metric | null = null;
  // "Прогноз товарооборота … по сценариям" over "Сценарий | 2026 | 2028 | 2030": the years not yet over are goals.
  const forecast = FORECAST_WORDS.test(`${ctx.caption} ${header[0]?.text ?? ''}`);
  const goodsRows = rows.some((r) => goodsRow(cellsOf(r)[0]!.text)) && rows.some((r) => TOTAL_LABEL.test(cellsOf(r)[0]!.text));
  const port = portOfCaption(ctx);
  for (const row of rows) {
    const cells = cellsOf(row);
    const label = cells[0]!;
    const hint = columnHint ?? withScale(unitHint(label.text), header[0]?.text ?? '', ctx.caption) ?? unitHint(header[0]?.text ?? '') ?? unitHint(ctx.caption);
    const places = findPlaces(ctx.text, label.start, label.end);
    const own = hint ? rowMetric(ctx.text, label, kindOfUnit(hint.unit)) : null;
    // Only a row with no metric of its own is a partner ("Italy"); "Exports to Russia" names its flow.
    const partner = hint && !own ? partnerRow(ctx, header[0], places, kindOfUnit(hint.unit), headerLine!.start) : null;
    // "Перевозки грузов между Азербайджаном и Россией по видам транспорта (тыс. тонн)" over "Железнодорожный | …": the caption's metric.
    // "Mine and UXO casualties (persons) | June 2025 | …" over "Killed | 3 | 6": the corner cell's metric.
    // "Total | 48,270 | 46,150" under rows of partners: the owner's own total of what the partners' rows count.
    const ownerTotal = !own && !partner && lastPartner && TOTAL_LABEL.test(label.text) ? lastPartner : null;
    const found: Metric | null = own ?? partner?.metric ?? ownerTotal ?? (hint ? (cornerMetric(ctx.text, header[0], kindOfUnit(hint.unit)) ?? captionMetric(ctx, kindOfUnit(hint.unit)) ?? rowByShape(ctx.text, label, places, kindOfUnit(hint.unit), lastMetric)) : null);
    if (partner) lastPartner = partner.metric;
    if (!hint || !found) continue;
    lastMetric = found;
    // "Торговля Республики Дагестан с Азербайджаном (млн долларов США)": a region's trade is a part of its country's.
    // "Non-oil exports to Russia | 548.0 | 590.2": a part of the flow, in money.
    // "Томаты (экспорт) | 162,4 | 178,9": a row of goods is their part of the flow.
    const partRow = hint.unit !== '%' && kindOfUnit(hint.unit) === 'money' && (namesGoods(label.text) || metricHits(ctx.text, label.start, label.end).some((h) => h.label === found && namesPart(ctx.text, h)));
    // "Cargo | 2024, thousand t | 2025, thousand t" over "Grain | 1,025 | 1,210" … "Total | 3,410 | 3,840": freight by goods is
    // a part of the throughput, its total the whole.
    const freightPart = found === 'cargo_volume' && goodsRows && places.length === 0 && goodsRow(label.text);
    // "Перевалка в порту Махачкала по направлениям" over "Экспорт | 642,8": the port's own freight by direction, its country's.
    const portFreight = port !== null && places.length === 0 && kindOfUnit(hint.unit) === 'mass' && (found === 'exports' || found === 'imports' || found === 'cargo_volume');
    const metric: Metric = portFreight ? 'cargo_volume' : freightPart || (TRADE_FLOWS.has(found) && (partRow || namesRegion(ctx.caption) || namesRegion(header[0]?.text ?? ''))) ? 'other' : found;
    // A row that names no country is the caption's ("между Азербайджаном и Россией").
    const rowPlaces = places.length > 0 || ctx.captionStart === undefined ? places : findPlaces(ctx.text, ctx.captionStart, ctx.captionEnd!);
    const owner = ownerTotal ? (ownerOfCaption(ctx) ?? tableOwner(ctx.text, headerLine!.start)) : null;
    const subject = (portFreight ? port : null) ?? owner ?? routePair(ctx.text, places) ?? portRow(ctx.text, header[0], label, places, found) ?? partner?.subject ?? chooseSubject({ text: ctx.text, metric: found, surface: label, unit: hint.unit, near: rowPlaces, clause: rowPlaces, sentence: rowPlaces, pair: ctx.pair, sentenceStart: label.start, sentenceEnd: label.end });
    // "Июль | 148,3 | 112,6 | -24,1" under "Месяц | 2023/24 | 2024/25 | Изменение, %": the row's month of each season.
    const inSeason = (text: string): string | null => seasonCellPeriod(text, label.text, ctx.caption, TOTAL_LABEL.test(label.text));
    cells.slice(1).forEach((cell, j) => {
      const column = columns[j + 1];
      const n = cellNumber(cell, ctx.lang);
      if (!column || !n) return;
      const changePeriod = inSeason(lastPeriodHeader) ?? lastPeriod;
      const base = { ...cellBase(row, cell, subject), qualifier: n.qualifier };
      // A change of a result that is no figure of ours ("Чистая прибыль … | +22,9") is `other`, as in a sentence.
      // ("Томаты | 321,1 | 356,4 | 11,0": a product's change is a part's, whatever its amounts are counted as.)
      // (So is the change of a gas or oil volume by destination, "Европа (TAP) | 11,8 | 12,7 | +7,6", and of its total.)
      const partChange = 'growth' in column && TRADE_FLOWS.has(metric) && (namesGoods(label.text) || countsFluid(columnHint) || countsFluid(hint));
      if ('share' in column || ('growth' in column && categoryOf(metric) === 'other') || partChange) {
        out.push({ ...base, category: 'other', metric: 'other', value: n.value, unit: 'growth' in column ? column.unit : '%', period: changePeriod, periodBasis: 'stated' });
      } else if ('growth' in column) {
        out.push({ ...base, category: categoryOf('growth_rate'), metric: 'growth_rate', growthOf: metric, value: n.value, unit: column.unit, period: changePeriod, periodBasis: 'stated' });
      } else {
        // ("2024 | 2025 (прогноз)": a column headed as a forecast is one.)
        const target = (forecast || FORECAST_WORDS.test(header[j + 1]?.text ?? '')) && ctx.pub !== null && startYear(column.period) >= ctx.pub.year;
        out.push({ ...base, category: categoryOf(metric), metric, value: scaledValue(n.value, hint), unit: hint.unit, period: inSeason(header[j + 1]?.text ?? '') ?? column.period, periodBasis: 'stated', ...(target ? { modality: 'target' as const } : {}) });
      }
    });
  }
  return out;
}

// "Перевалка в порту Махачкала", "Грузооборот порта Баку", "Cargo handled at the port of Aktau": a port's own throughput.
const PORT_THROUGHPUT = /(?:перевалк\p{L}*|грузооборот\p{L}*|обработ\p{L}*)[\s\u00A0]+(?:(?:в|через)[\s\u00A0]+)?(?:морск\p{L}*[\s\u00A0]+)?порт\p{L}*|\b(?:throughput|cargo handled|handled)\b[^.\n]{0,20}\bport\b/iu;

/** The country of the one port a throughput caption names, else null. */
function portOfCaption(ctx: TableContext): string | null {
  if (ctx.captionStart === undefined || !PORT_THROUGHPUT.test(ctx.caption)) return null;
  const codes = portCountries(ctx.text, ctx.captionStart, ctx.captionEnd!);
  return codes.length === 1 ? codes[0]! : null;
}

/** "Azerbaijan, manats" under "Defence budgets, national currency (billions)": the row names the unit, the caption the scale. */
function withScale(hint: ReturnType<typeof unitHint>, ...above: string[]): ReturnType<typeof unitHint> {
  if (!hint || hint.scale !== 1 || hint.unit === '%') return hint;
  const scale = above.map(scaleHint).find((s) => s > 1);
  return scale ? { ...hint, scale } : hint;
}

// "Port | 2024 | 2025" over "Aktau | 3,680 | 4,050": each row is a port's own throughput, its country's.
const PORT_CORNER = /^(?:ports?|порт\p{L}*|морск\p{L}*[\s\u00A0]+порт\p{L}*)$/iu;

export function portRow(text: string, corner: Cell | undefined, label: Cell, places: ReturnType<typeof findPlaces>, metric: Metric | null): string | null {
  if (metric !== 'cargo_volume' || !corner || !PORT_CORNER.test(corner.text)) return null;
  const named = [...new Set(places.filter((p) => p.kind === 'name' || p.kind === 'proxy').map((p) => p.code))];
  const ports = portCountries(text, label.start, label.end);
  const codes = named.length > 0 ? named : ports;
  return codes.length === 1 ? codes[0]! : null;
}

/** "Russia–Iran transit via Azerbaijan", "Russia–Kazakhstan (Caspian ferry)": a row label that opens with two countries joined by a dash is their route. */
function routePair(text: string, places: ReturnType<typeof findPlaces>): string | null {
  const [a, b] = places.filter((p) => p.kind === 'name' || p.kind === 'proxy');
  if (!a || !b || a.code === b.code || !/^[\s\u00A0]*[-–—][\s\u00A0]*$/u.test(text.slice(a.end, b.start))) return null;
  return [a.code, b.code].sort(byOrder).join('-');
}

// "of which to Europe, bcm" under "Gas exports, bcm": a part of the row before, of its metric.
const PART_ROW = /^[\s\u00A0]*(?:of which|including|в том числе|в т\.[\s\u00A0]*ч\.|из них)(?![\p{L}])/iu;

/** A row with no metric word: a part of the row before ("of which …"), or goods on a route ("Baku–Novorossiysk crude, million t"). */
function rowByShape(text: string, label: Cell, places: ReturnType<typeof findPlaces>, kind: ReturnType<typeof kindOfUnit>, before: Metric | null): Metric | null {
  if (before && PART_ROW.test(label.text)) return before;
  return (kind === 'mass' || kind === 'gas' || kind === 'oil') && routePair(text, places) ? 'cargo_volume' : null;
}

// "Переселено на 1 июня 2025 г., человек", "Переселение в Карабах по районам", "Returned since 2022": people resettled or
// back home are no longer displaced.
export const RETURN_HEADER = /(?:^|[^\p{L}])(?:переселено|переселены|переселение[\s\u00A0]+в|вернулось|вернулись|возвращение|возвратилось|returned|resettled|resettlement[\s\u00A0]+(?:to|in)|returnees|returns)(?![\p{L}])/iu;

/** The first metric of ours named in text[from, to) that counts in this kind of unit ("Defence budgets" for money). */
export function metricNamed(text: string, from: number, to: number, kind: ReturnType<typeof kindOfUnit>): Metric | null {
  const named = metricHits(text, from, to).find((h) => h.label !== 'other' && accepts(h.label, kind))?.label ?? null;
  return named && notReturned(named, text.slice(from, to));
}

/** The metric a header or caption names, unless it counts people back home ("Переселено …" is no displacement). */
export function notReturned<M extends Metric | undefined>(metric: M, words: string): M | 'other' {
  return metric === 'displaced' && RETURN_HEADER.test(words) ? 'other' : metric;
}

function cornerMetric(text: string, corner: Cell | undefined, kind: ReturnType<typeof kindOfUnit>): Metric | null {
  return corner ? metricNamed(text, corner.start, corner.end, kind) : null;
}

function captionMetric(ctx: TableContext, kind: ReturnType<typeof kindOfUnit>): Metric | null {
  return ctx.captionStart === undefined ? null : metricNamed(ctx.text, ctx.captionStart, ctx.captionEnd!, kind);
}

// "Погибли от мин", "Пострадали от мин, чел.", "Killed": a header or row opened by the verb of a toll (in a sentence
// "2023 годах погибли" is no count).
export const TOLL_HEADER = /^[\s\u00A0]*(?:погибл[ио]|погиб|убиты|пострадал[иоа]|killed|died|dead)(?![\p{L}])/iu;

function rowMetric(text: string, label: Cell, kind: ReturnType<typeof kindOfUnit>): Metric | null {
  const hit = metricHits(text, label.start, label.end).find((h) => accepts(h.label, kind));
  return hit?.label ?? (kind === 'persons' && TOLL_HEADER.test(label.text) ? 'casualties' : null);
}

/**
 * "Partner ($ million) | 2024 | 2025" under "main trading partners … by turnover": a row that is a country is that
 * country's turnover with the table's owner ("Azerbaijan's foreign trade …" before the table).
 */
function partnerRow(ctx: TableContext, corner: Cell | undefined, places: ReturnType<typeof findPlaces>, kind: ReturnType<typeof kindOfUnit>, tableStart: number): { metric: Metric; subject: string } | null {
  const rowCountry = places.find((p) => p.kind === 'name' || p.kind === 'proxy');
  if (!rowCountry) return null;
  const words = [corner ? metricHits(ctx.text, corner.start, corner.end) : [], ctx.captionStart !== undefined ? metricHits(ctx.text, ctx.captionStart, ctx.captionEnd!) : []].flat();
  const hit = words.find((h) => accepts(h.label, kind));
  const partners = PARTNER_WORDS.test(ctx.caption) || PARTNER_WORDS.test(corner?.text ?? '');
  const metric = (hit && notReturned(hit.label, `${corner?.text ?? ''} ${ctx.caption}`)) ?? (partners && accepts('trade_turnover', kind) ? 'trade_turnover' : null);
  if (!metric) return null;
  // "Defence budgets" over "Azerbaijan, manats": a budget or a force is the row country's own.
  if (!TRADE_FLOWS.has(metric)) return { metric, subject: rowCountry.code };
  const owner = ownerOfCaption(ctx) ?? tableOwner(ctx.text, tableStart) ?? ctx.pair.find((c) => c !== rowCountry.code) ?? null;
  if (!owner || owner === rowCountry.code) return { metric, subject: rowCountry.code };
  return { metric, subject: [owner, rowCountry.code].sort(byOrder).join('-') };
}

export const PARTNER_WORDS = /partner|партн[её]р/iu;
// "Azerbaijan's foreign trade turnover amounted to", "внешнеторговый оборот Азербайджана": whose partners the table ranks.
const OWNER_BEFORE = /(?:\p{Lu}[\p{L}-]+)['’]s[\s\u00A0]+(?:foreign[\s\u00A0]+|external[\s\u00A0]+|total[\s\u00A0]+)?trade|(?:внешнеторгов\p{L}*[\s\u00A0]+оборот\p{L}*|партн[её]р\p{L}*)[\s\u00A0]+\p{Lu}\p{L}+/gu;

/** The one country a caption names ("Azerbaijan: Main Trading Partners, 2024–25"). */
export function ownerOfCaption(ctx: TableContext): string | null {
  const named = ctx.captionStart === undefined ? [] : findPlaces(ctx.text, ctx.captionStart, ctx.captionEnd!).filter((p) => p.kind === 'name' || p.kind === 'proxy');
  const codes = [...new Set(named.map((p) => p.code))];
  return codes.length === 1 ? codes[0]! : null;
}

function tableOwner(text: string, tableStart: number): string | null {
  const before = text.slice(Math.max(0, tableStart - 3000), tableStart);
  const last = [...before.matchAll(OWNER_BEFORE)].at(-1);
  if (!last) return null;
  const from = tableStart - before.length + last.index!;
  return findPlaces(text, from, from + last[0].length).find((p) => p.kind === 'name' || p.kind === 'proxy')?.code ?? null;
}
