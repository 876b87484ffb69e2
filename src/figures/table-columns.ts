/**
 * Tables of items with a metric column and no periods: "№ | Проект | Участники | Объем инвестиций" over
 * "2 | Сборочное производство … | ПАО «КАМАЗ», ОАО «Гянджа Автомобиль Заводу» | 48 млн долларов". Each amount in a
 * column whose header names a metric is a figure of that metric, of the row's parties, dated as a figure with no
 * period is (docs/adr/001-figure-periods.md); the other cells are read as text.
 */
import { categoryOf, type Figure, type Metric } from '../model/figure.ts';
import { FLOW_METRICS } from './figure-periods.ts';
import { kindOfUnit } from './lexicon.ts';
import { accepts, metricHits, namesRegion, PHYSICAL } from './metrics.ts';
import { namesGoods } from './metric-goods.ts';
import { findNumerals, type Lang } from './numbers.ts';
import { findPeriods, type Published } from './periods.ts';
import { qualifierOf } from './qualifiers.ts';
import type { Quantity } from './quantities.ts';
import { chooseSubject, findPlaces, type PlaceMention } from './subjects.ts';
import { CHANGE_ROW } from './period-rows.ts';
import { cellBase, cellsOf, metricNamed, portRow, rowQuote, scaledValue, TOLL_HEADER, TOTAL_LABEL, type Cell, type Line } from './tables.ts';
import { TRADE_FLOWS } from './subjects.ts';
import { unitHint } from './units.ts';

export interface ColumnCell {
  cell: Cell;
  row: Line;
  metric: Metric;
  /** The table's caption, whose period dates every cell ("Нарушения и потери в июле 2023 года"). */
  caption?: string;
  /** The unit and scale the header writes for bare cells ("Вложения, млн долл." over "48"). */
  hint?: ReturnType<typeof unitHint>;
  /** The table's corner cell ("Port"), which may say whose each row is. */
  corner?: Cell;
  /** Where the caption stands, to read its flow as a sentence ("Imports from the Russian Federation by commodity group"). */
  captionAt?: { start: number; end: number };
  /** For a change column ("Change on 2023, %"): the metric of the row's amount it changes. */
  growthOf?: Metric;
}

/**
 * The cells under a header that names a metric ("Объем инвестиций", "Loan amount"), row by row. `read` picks the
 * columns to look at (a table by period reads its dated columns itself, and leaves "Active personnel" to this).
 */
export function metricColumnCells(block: readonly Line[], text: string, read: (column: number) => boolean = () => true, captioned: Caption = { caption: '' }): ColumnCell[] {
  const [headerLine, ...rows] = block;
  const header = cellsOf(headerLine!);
  const hints = header.map((c) => unitHint(c.text));
  // ("Погибли", "Killed": a column headed by the verb of a toll counts casualties; "Объем, тыс. т" under "Импорт … из
  // Азербайджана" counts what the caption's flow counts.)
  const flow = captionFlow(text, captioned);
  const kinds = hints.map((h) => (h ? kindOfUnit(h.unit) : null));
  const ownMetrics = header.map((c, i) => {
    if (i === 0 || !read(i)) return null;
    const own = metricHits(text, c.start, c.end).find((h) => h.label !== 'other')?.label ?? (TOLL_HEADER.test(c.text) ? 'casualties' : null);
    return own || metricHits(text, c.start, c.end).length > 0 ? own : undefined;
  });
  // A column that names no metric and holds goods counts the flow the caption or the section row above names.
  const flowColumn = (i: number, named: Metric | null): Metric | null => {
    const kind = kinds[i];
    return named && kind && PHYSICAL.has(kind) && accepts(named, kind) ? named : null;
  };
  const metricAt = (i: number, section: Metric | null): Metric | null => {
    const own = ownMetrics[i];
    return own === undefined ? flowColumn(i, section ?? flow) : own;
  };
  if (!header.some((_, i) => metricAt(i, null) !== null || (ownMetrics[i] === undefined && kinds[i] !== null && PHYSICAL.has(kinds[i]!)))) return [];
  let section: Metric | null = null;
  const byRegion = REGION_HEADER.test(header[0]?.text ?? '');
  const corner = header[0]!;
  const captionAt = captioned.captionStart === undefined ? undefined : { start: captioned.captionStart, end: captioned.captionEnd! };
  return rows.flatMap((row) => {
    const cells = cellsOf(row);
    const named = sectionFlow(text, cells);
    if (named) section = named;
    // "Регион | Оборот, млн долл." over "Дагестан | 486,9": a region's trade is a part of its country's (the total row is the whole).
    const label = cells[0]?.text ?? '';
    const region = (byRegion && !TOTAL_LABEL.test(label)) || namesRegion(label);
    const amount = cells.map((_, i) => metricAt(i, section)).find((m): m is Metric => !!m);
    return cells.flatMap((cell, i) => {
      const found = metricAt(i, section);
      const metric = found && region && TRADE_FLOWS.has(found) ? 'other' : found;
      if (metric) return [{ cell, row, metric, caption: captioned.caption, hint: hints[i] ?? null, corner, ...(captionAt ? { captionAt } : {}) }];
      // "Port | Country | Thousand tonnes | Change on 2023, %": a change column changes the row's freight (a product's change,
      // or a change of money by product, stays text: it is a part's).
      const change = i > 0 && amount === 'cargo_volume' && !region && !namesGoods(label) && changeColumn(header[i]) ? amount : null;
      return change ? [{ cell, row, metric: 'growth_rate' as const, growthOf: change, caption: captioned.caption, hint: { unit: '%', factor: 1, scale: 1 }, corner, ...(captionAt ? { captionAt } : {}) }] : [];
    });
  });
}

const REGION_HEADER = /^[\s\u00A0]*(?:регион\p{L}*|субъект\p{L}*|region|province|oblast)(?![\p{L}])/iu;

/** A header of a change in percent ("Change on 2023, %", "Изменение к 2023 г., %"). */
const CHANGE_HEADER = /(?:^|[^\p{L}])(?:рост|прирост|изменени\p{L}*|динамик\p{L}*|change|growth|y\/y|г\/г|yoy)(?![\p{L}])/iu;
const changeColumn = (cell: Cell | undefined): boolean => !!cell && CHANGE_HEADER.test(cell.text) && /%/u.test(cell.text);

/** "Импорт из Российской Федерации | | |": a row with a flow for its label and no cells heads the rows below it. */
function sectionFlow(text: string, cells: readonly Cell[]): Metric | null {
  const [label, ...rest] = cells;
  if (!label || rest.some((c) => c.text.trim() !== '')) return null;
  return metricHits(text, label.start, label.end).find((h) => CAPTION_FLOWS.has(h.label))?.label ?? null;
}

interface Caption {
  caption: string;
  captionStart?: number;
  captionEnd?: number;
}

const CAPTION_FLOWS: ReadonlySet<Metric> = new Set(['exports', 'imports', 'cargo_volume']);

/** The flow a table's caption names ("Импорт плодоовощной продукции из Азербайджана в 2023 году"), if one. */
function captionFlow(text: string, { captionStart, captionEnd }: Caption): Metric | null {
  if (captionStart === undefined || captionEnd === undefined) return null;
  return metricHits(text, captionStart, captionEnd).find((h) => CAPTION_FLOWS.has(h.label))?.label ?? null;
}

interface ColumnContext {
  text: string;
  lang: Lang;
  pub: Published | null;
  pair: string[];
}

/** Figures of the amounts in metric columns, in text order. */
export function columnFigures(cells: readonly ColumnCell[], quantities: readonly Quantity[], ctx: ColumnContext): Figure[] {
  return cells.flatMap(({ cell, row, metric, caption, hint, corner, growthOf, captionAt }) => {
    const q = cellQuantity(cell, metric, quantities, hint ?? null);
    if (!q?.unit) return [];
    const places = findPlaces(ctx.text, row.start, row.end);
    const measured = growthOf ?? metric;
    const label = cellsOf(row)[0]!;
    const subject = portRow(ctx.text, corner, label, places, measured) ?? captionFlowSubject(ctx, measured, places, captionAt, q.unit) ?? chooseSubject({ text: ctx.text, metric: measured, surface: q, near: places, clause: places, sentence: places, pair: ctx.pair, sentenceStart: row.start, sentenceEnd: row.end, unit: growthOf ? undefined : q.unit });
    const figure: Figure = {
      ...rowQuote(row),
      surface: ctx.text.slice(q.start, q.end),
      surfaceStart: q.start,
      surfaceEnd: q.end,
      subject,
      qualifier: qualifierOf(ctx.text, q),
      value: q.value,
      ...(q.high !== undefined ? { high: q.high } : {}),
      category: categoryOf(metric),
      metric,
      ...(growthOf ? { growthOf } : {}),
      unit: q.unit,
      ...captionPeriod(caption, ctx.pub) ?? assumedPeriod(measured, ctx.pub),
    };
    return [figure];
  });
}

/**
 * "Table 3. Imports from the Russian Federation by main commodity group" over "Wheat | 241,608.5 | 1,038,412": a row that
 * names no country is the flow its caption reads as a sentence ("from the Russian Federation" sets the direction).
 */
function captionFlowSubject(ctx: ColumnContext, metric: Metric, places: readonly PlaceMention[], at: { start: number; end: number } | undefined, unit: string): string | null {
  if (!at || places.length > 0 || (metric !== 'exports' && metric !== 'imports')) return null;
  const named = findPlaces(ctx.text, at.start, at.end);
  if (named.length === 0) return null;
  const subject = chooseSubject({ text: ctx.text, metric, surface: { start: at.end, end: at.end }, unit, near: named, clause: named, sentence: named, pair: ctx.pair, sentenceStart: at.start, sentenceEnd: at.end });
  // (Only a direction the caption sets: "Торговля с Россией" sets none, and the row is read as before.)
  return subject.includes('>') ? subject : null;
}

/** The amount in a cell that its column's metric can take; a bare number under a head count's header counts people ("Reservists" over "300,000"). */
function cellQuantity(cell: Cell, metric: Metric, quantities: readonly Quantity[], hint: ReturnType<typeof unitHint>): Quantity | null {
  const inCell = quantities.filter((o) => o.start >= cell.start && o.end <= cell.end);
  if (metric === 'growth_rate') return inCell.find((o) => o.unit === '%') ?? (inCell.length === 1 && inCell[0]!.unit === null ? { ...inCell[0]!, unit: '%', kind: 'percent' } : null);
  const q = inCell.find((o) => o.kind !== null && accepts(metric, o.kind) && o.unit && kindOfUnit(o.unit) === o.kind);
  if (q) return q;
  const bare = inCell.length === 1 && inCell[0]!.unit === null ? inCell[0]! : null;
  const hinted = hint ? kindOfUnit(hint.unit) : null;
  if (bare && hint && hinted && accepts(metric, hinted)) return { ...bare, unit: hint.unit, kind: hinted, value: scaledValue(bare.value, hint) };
  if (bare && accepts(metric, 'persons')) return { ...bare, unit: 'persons', kind: 'persons' };
  return bare && accepts(metric, 'count') ? { ...bare, unit: 'count', kind: 'count' } : null;
}

/** The one period a caption names, if it names one. */
function captionPeriod(caption: string | undefined, pub: Published | null): Pick<Figure, 'period' | 'periodBasis'> | null {
  const found = caption ? findPeriods(caption, pub).filter((m) => m.period && m.role !== 'bound' && m.role !== 'report') : [];
  return found.length === 1 ? { period: found[0]!.period, periodBasis: 'stated' } : null;
}

/** ADR 001: flows for the latest complete year, stocks and one-off amounts for the month of publication. */
export function assumedPeriod(metric: Metric, pub: Published | null): Pick<Figure, 'period' | 'periodBasis'> {
  if (!pub) return { period: null, periodBasis: 'assumed' };
  if (FLOW_METRICS.has(metric)) return { period: String(pub.year - 1), periodBasis: 'assumed' };
  return { period: `${pub.year}-${String(pub.month).padStart(2, '0')}`, periodBasis: 'assumed' };
}

/**
 * Tables comparing countries across ("Показатель | Россия | Турция" over "Товарооборот с Азербайджаном в 2024 г., млрд
 * долл. | 4,3 | 7,6"): each row names its metric, period and unit, each column a party; a cell's own words
 * ("9,6 (импорт из Азербайджана)") may name its flow.
 */
export function hasCountryColumns(block: readonly Line[], text: string): boolean {
  const header = cellsOf(block[0]!).slice(1);
  return block.length >= 3 && header.length >= 2 && header.every((c) => countryOf(text, c) !== null);
}

function countryOf(text: string, cell: Cell): PlaceMention | null {
  const places = findPlaces(text, cell.start, cell.end).filter((p) => p.kind === 'name' || p.kind === 'proxy');
  return places.length === 1 && cell.text.length <= 40 ? places[0]! : null;
}

const RESERVE_ROW = /^[\s\u00A0]*(?:резерв\p{L}*|reserv\p{L}*)(?![\p{L}])/iu;

export function countryColumnFigures(block: readonly Line[], ctx: ColumnContext): Figure[] {
  const [headerLine, ...rows] = block;
  const columns = cellsOf(headerLine!).map((c, i) => (i === 0 ? null : countryOf(ctx.text, c)));
  let above: { metric: Metric; period: string | null } | null = null;
  return rows.flatMap((row) => {
    const [label, ...cells] = cellsOf(row);
    const hint = label ? unitHint(label.text) : null;
    if (!label || !hint) return [];
    const kind = kindOfUnit(hint.unit);
    const named = metricHits(ctx.text, label.start, label.end).find((h) => accepts(h.label, kind))?.label ?? 'other';
    // "Резерв, тыс. человек | 300 | 210": a reserve counted in people is a force, as in a sentence.
    const rowMetric: Metric = named === 'other' && kind === 'persons' && RESERVE_ROW.test(label.text) ? 'troops' : named;
    const mentions = findPeriods(label.text, ctx.pub).filter((m) => m.period && m.role !== 'bound');
    // "Изменение бюджета к 2025 году, % | +4,4 | +7,5" under "Оборонный бюджет на 2026 год": the change of the row
    // above, in its year ("к 2025 году" is the base).
    const change = hint.unit === '%' && CHANGE_ROW.test(label.text) && above && categoryOf(above.metric) !== 'other' ? above : null;
    // ("к 2025 году" reads as a deadline, "on 2024" as a base: in a change row either is what it is compared with.)
    const mention = change ? null : mentions.find((m) => m.role !== 'base');
    const period = change ? (mentions.some((m) => m.role !== 'base' && m.role !== 'by') ? null : change.period) : (mention?.period ?? null);
    if (!change) above = { metric: rowMetric, period };
    const labelPlaces = findPlaces(ctx.text, label.start, label.end);
    return cells.flatMap((cell, j) => {
      const column = columns[j + 1];
      const n = findNumerals(cell.text, ctx.lang)[0];
      if (!column || !n) return [];
      const own = metricNamed(ctx.text, cell.start, cell.end, kind);
      const metric: Metric = change ? 'growth_rate' : own ?? rowMetric;
      const cellPlaces = findPlaces(ctx.text, cell.start, cell.end);
      const near = [column, ...labelPlaces, ...cellPlaces];
      const subject = chooseSubject({ text: ctx.text, metric, surface: cell, near, clause: near, sentence: near, pair: ctx.pair, sentenceStart: row.start, sentenceEnd: row.end, unit: hint.unit });
      const figure: Figure = {
        ...cellBase(row, cell, subject),
        value: scaledValue(n.value, hint),
        category: categoryOf(metric),
        metric,
        ...(change ? { growthOf: change.metric } : {}),
        unit: hint.unit,
        ...(period ? { period, periodBasis: 'stated' as const } : assumedPeriod(metric, ctx.pub)),
      };
      return [figure];
    });
  });
}
