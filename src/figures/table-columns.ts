/**
 * Tables of items with a metric column and no periods: "№ | Проект | Участники | Объем инвестиций" over
 * "2 | Сборочное производство … | ПАО «КАМАЗ», ОАО «Гянджа Автомобиль Заводу» | 48 млн долларов". Each amount in a
 * column whose header names a metric is a figure of that metric, of the row's parties, dated as a figure with no
 * period is (docs/adr/001-figure-periods.md); the other cells are read as text.
 */
import { categoryOf, type Figure, type Metric } from '../model/figure.ts';
import { FLOW_METRICS } from './figure-periods.ts';
import { kindOfUnit } from './lexicon.ts';
import { accepts, metricHits } from './metrics.ts';
import type { Published } from './periods.ts';
import { qualifierOf } from './qualifiers.ts';
import type { Quantity } from './quantities.ts';
import { chooseSubject, findPlaces } from './subjects.ts';
import { cellsOf, type Cell, type Line } from './tables.ts';

export interface ColumnCell {
  cell: Cell;
  row: Line;
  metric: Metric;
}

/** The cells under a header that names a metric ("Объем инвестиций", "Loan amount"), row by row. */
export function metricColumnCells(block: readonly Line[], text: string): ColumnCell[] {
  const [headerLine, ...rows] = block;
  const header = cellsOf(headerLine!);
  const metrics = header.map((c, i) => (i === 0 ? null : (metricHits(text, c.start, c.end).find((h) => h.label !== 'other')?.label ?? null)));
  if (!metrics.some((m) => m !== null)) return [];
  return rows.flatMap((row) => cellsOf(row).flatMap((cell, i) => (metrics[i] ? [{ cell, row, metric: metrics[i]! }] : [])));
}

interface ColumnContext {
  text: string;
  pub: Published | null;
  pair: string[];
}

/** Figures of the amounts in metric columns, in text order. */
export function columnFigures(cells: readonly ColumnCell[], quantities: readonly Quantity[], ctx: ColumnContext): Figure[] {
  return cells.flatMap(({ cell, row, metric }) => {
    const q = quantities.find((o) => o.start >= cell.start && o.end <= cell.end && o.kind !== null && accepts(metric, o.kind));
    if (!q || !q.unit || kindOfUnit(q.unit) !== q.kind) return [];
    const places = findPlaces(ctx.text, row.start, row.end);
    const subject = chooseSubject({ text: ctx.text, metric, surface: q, near: places, clause: places, sentence: places, pair: ctx.pair, sentenceStart: row.start, sentenceEnd: row.end, unit: q.unit });
    const figure: Figure = {
      quote: row.text.trim(),
      start: row.start + (row.text.length - row.text.trimStart().length),
      end: row.end - (row.text.length - row.text.trimEnd().length),
      surface: ctx.text.slice(q.start, q.end),
      surfaceStart: q.start,
      surfaceEnd: q.end,
      subject,
      qualifier: qualifierOf(ctx.text, q),
      value: q.value,
      ...(q.high !== undefined ? { high: q.high } : {}),
      category: categoryOf(metric),
      metric,
      unit: q.unit,
      ...assumedPeriod(metric, ctx.pub),
    };
    return [figure];
  });
}

/** ADR 001: flows for the latest complete year, stocks and one-off amounts for the month of publication. */
function assumedPeriod(metric: Metric, pub: Published | null): Pick<Figure, 'period' | 'periodBasis'> {
  if (!pub) return { period: null, periodBasis: 'assumed' };
  if (FLOW_METRICS.has(metric)) return { period: String(pub.year - 1), periodBasis: 'assumed' };
  return { period: `${pub.year}-${String(pub.month).padStart(2, '0')}`, periodBasis: 'assumed' };
}
