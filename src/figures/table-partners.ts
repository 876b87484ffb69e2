/**
 * Tables of partners with metric columns and no periods in them: "Country | Turnover, $ million | Share, % | Change, %"
 * over "Russia | 4,870 | 10.4 | +1.5" under the caption "Azerbaijan's main trading partners in 2025". Each row is a
 * partner of the table's owner (the caption's country, else the story's), each column a metric with its unit; a change
 * column is the growth of the first amount column, a share column is `other`. The caption's period dates every cell;
 * with none, a cell is dated as a figure with no period is (docs/adr/001-figure-periods.md).
 */
import { categoryOf, type Figure, type Metric } from '../model/figure.ts';
import { kindOfUnit } from './lexicon.ts';
import { accepts, metricHits, PHYSICAL } from './metrics.ts';
import { findPeriods } from './periods.ts';
import { assumedPeriod } from './table-columns.ts';
import { byOrder, findPlaces, TRADE_FLOWS, type PlaceMention } from './subjects.ts';
import { cellBase, cellNumber, cellsOf, GROWTH_HEADER, metricNamed, ownerOfCaption, PARTNER_WORDS, scaledValue, TOTAL_LABEL, type Cell, type Line, type TableContext } from './tables.ts';
import { scaleHint, unitHint } from './units.ts';

type Hint = NonNullable<ReturnType<typeof unitHint>>;
type PartnerColumn = { kind: 'amount'; metric: Metric; hint: Hint } | { kind: 'growth' } | { kind: 'share' } | null;

const CORNER = /^[\s\u00A0]*(?:country|countries|partner|partners|trading partner|destination|origin|страна|страны|партн[её]р\p{L}*|государств\p{L}*)[\s\u00A0]*$/iu;
const SHARE = /share|доля|удельн/iu;

const country = (text: string, cell: Cell): PlaceMention | undefined =>
  findPlaces(text, cell.start, cell.end).find((p) => p.kind === 'name' || p.kind === 'proxy');

/** A block whose corner names countries and whose other header cells name units, over rows of countries. */
export function hasPartnerColumns(block: readonly Line[], text: string, caption = ''): boolean {
  const [header, ...rows] = block.map(cellsOf);
  if (!header || header.length < 2 || rows.length < 2 || !CORNER.test(header[0]!.text)) return false;
  // The unit may stand in the caption alone: "Основные торговые партнеры Азербайджана в 2025 году, млн долларов".
  if (!header.slice(1).some((c) => unitHint(c.text) !== null) && !(captionHint(caption) && header.slice(1).some((c) => namesMetric(text, c)))) return false;
  const partners = rows.filter((cells) => cells[0] && country(text, cells[0])).length;
  return partners >= 2 && partners * 2 >= rows.length;
}

/** A header cell that names a metric of ours ("Товарооборот", "Экспорт"). */
function namesMetric(text: string, cell: Cell): boolean {
  return metricHits(text, cell.start, cell.end).some((h) => h.label !== 'other');
}

/** A unit in the caption that holds for the columns with none of their own (money or goods, not a percent). */
function captionHint(caption: string): Hint | null {
  const hint = unitHint(caption);
  return hint && hint.unit !== '%' ? hint : null;
}

// Head counts name their unit by their noun: "Active troops, thousand" counts people.
const PERSON_METRICS: ReadonlySet<Metric> = new Set(['troops', 'casualties', 'displaced']);

function headCountHint(ctx: TableContext, cell: Cell): Hint | null {
  const counts = metricHits(ctx.text, cell.start, cell.end).some((h) => PERSON_METRICS.has(h.label));
  return counts ? { unit: 'persons', factor: 1, scale: scaleHint(cell.text) } : null;
}

function columnOf(cell: Cell, ctx: TableContext, amountSeen: boolean): PartnerColumn {
  const hint = unitHint(cell.text) ?? headCountHint(ctx, cell) ?? (namesMetric(ctx.text, cell) ? captionHint(ctx.caption) : null);
  if (!hint) return null;
  if (hint.unit === '%' && SHARE.test(cell.text)) return { kind: 'share' };
  if (hint.unit === '%' && GROWTH_HEADER.test(cell.text.replace(/%/gu, ''))) return amountSeen ? { kind: 'growth' } : null;
  const kind = kindOfUnit(hint.unit);
  const own = metricNamed(ctx.text, cell.start, cell.end, kind) ?? undefined;
  const captioned = ctx.captionStart === undefined ? undefined : (metricNamed(ctx.text, ctx.captionStart, ctx.captionEnd!, kind) ?? undefined);
  // "Azerbaijan's main trading partners" over "bcm": what the partners trade is the caption's, else turnover.
  const metric = own ?? captioned ?? (PARTNER_WORDS.test(ctx.caption) && accepts('trade_turnover', kind) ? 'trade_turnover' : undefined);
  return metric ? { kind: 'amount', metric, hint } : null;
}

/** A story's pair with one of its two countries among the rows ("Russian Federation | 3,451.7"): the table is the other's. */
function ownerBesideRows(pair: readonly string[], partners: readonly (string | null | undefined)[]): string | null {
  const listed = pair.filter((c) => partners.includes(c));
  return pair.length === 2 && listed.length === 1 ? pair.find((c) => c !== listed[0])! : null;
}

function subjectOf(metric: Metric, owner: string | null, partner: string | null, pair: readonly string[]): string {
  const own = owner ?? pair.find((c) => c !== partner) ?? null;
  if (!partner) return own ?? '';
  if (!own || own === partner) return partner;
  if (!TRADE_FLOWS.has(metric)) return partner;
  if (metric === 'exports') return `${own}>${partner}`;
  if (metric === 'imports') return `${partner}>${own}`;
  return [own, partner].sort(byOrder).join('-');
}

function periodOf(metric: Metric, ctx: TableContext): Pick<Figure, 'period' | 'periodBasis'> {
  const stated = findPeriods(ctx.caption, ctx.pub).find((m) => m.period && (m.role === 'period' || m.role === 'ytd'));
  if (stated?.period) return { period: stated.period, periodBasis: 'stated' };
  return assumedPeriod(metric, ctx.pub);
}

/** Figures of a partners table, in text order. */
export function partnerColumnFigures(block: readonly Line[], ctx: TableContext): Figure[] {
  const [headerLine, ...rows] = block;
  const columns: PartnerColumn[] = [null];
  for (const cell of cellsOf(headerLine!).slice(1)) columns.push(columnOf(cell, ctx, columns.some((c) => c?.kind === 'amount')));
  const first = columns.find((c): c is Extract<PartnerColumn, { kind: 'amount' }> => c?.kind === 'amount');
  if (!first) return [];
  const partnerOf = (label: Cell): string | null | undefined => (TOTAL_LABEL.test(label.text) ? null : (country(ctx.text, label)?.code ?? undefined));
  const partners = rows.map((row) => cellsOf(row)[0]).flatMap((label) => (label ? [partnerOf(label)] : []));
  const owner = ownerOfCaption(ctx) ?? ownerBesideRows(ctx.pair, partners);
  return rows.flatMap((row) => {
    const [label, ...cells] = cellsOf(row);
    if (!label) return [];
    const partner = partnerOf(label);
    if (partner === undefined) return [];
    return cells.flatMap((cell, j): Figure[] => {
      const column = columns[j + 1];
      const n = cellNumber(cell, ctx.lang, /[%\s\u00A0+]/gu);
      if (!column || !n) return [];
      // A change of a volume of goods by partner is the change of a product's part (holdout-18 NOTES-t), kept as other.
      const growth: Metric = PHYSICAL.has(kindOfUnit(first.hint.unit)) ? 'other' : 'growth_rate';
      const metric: Metric = column.kind === 'amount' ? column.metric : column.kind === 'growth' ? growth : 'other';
      const about = column.kind === 'amount' ? column.metric : first.metric;
      const subject = subjectOf(about, owner, partner, ctx.pair);
      const base = { ...cellBase(row, cell, subject), qualifier: n.qualifier, category: categoryOf(metric), metric, ...periodOf(about, ctx) };
      if (column.kind === 'amount') return [{ ...base, value: scaledValue(n.value, column.hint), unit: column.hint.unit }];
      return [{ ...base, value: n.value, unit: '%', ...(metric === 'growth_rate' ? { growthOf: first.metric } : {}) }];
    });
  });
}
