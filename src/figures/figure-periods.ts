/**
 * The period of one figure (docs/adr/001-figure-periods.md): the nearest period mention in its
 * sentence that no other number stands between, else the paragraph's carried period for flows,
 * else the rule for figures stated with no period.
 */
import type { Metric, Modality, PeriodBasis } from '../model/figure.ts';
import type { Frame } from './frames.ts';
import { yearToDate, type PeriodMention, type Published } from './periods.ts';
import type { Quantity } from './quantities.ts';

/** Flows are quoted for the latest complete year; stocks and one-off amounts for the month of publication. */
export const FLOW_METRICS: ReadonlySet<Metric> = new Set(['trade_turnover', 'exports', 'imports', 'cargo_volume', 'growth_rate', 'military_spending']);
const NO_PERIOD: ReadonlySet<Metric> = new Set(['distance', 'border_length']);

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
  /** Period of the previous figure in the sentence, for "a year earlier". */
  siblingPeriod?: string | null;
}

function distance(p: PeriodMention, q: Quantity): number {
  return p.end <= q.start ? q.start - p.end : Math.max(0, p.start - q.end);
}

function crosses(p: PeriodMention, q: Quantity, others: readonly Quantity[]): boolean {
  const lo = Math.min(p.end, q.start);
  const hi = Math.max(p.start, q.end);
  return others.some((o) => o !== q && o.unit !== null && o.start >= lo && o.end <= hi);
}

/** One period earlier: 2023 → 2022, 2024-H1 → 2023-H2, 2024-05 → 2024-04. */
export function previousPeriod(period: string): string | null {
  let m = /^(\d{4})$/.exec(period);
  if (m) return String(Number(m[1]) - 1);
  m = /^(\d{4})-H([12])$/.exec(period);
  if (m) return m[2] === '2' ? `${m[1]}-H1` : `${Number(m[1]) - 1}-H2`;
  m = /^(\d{4})-Q([1-4])$/.exec(period);
  if (m) return m[2] === '1' ? `${Number(m[1]) - 1}-Q4` : `${m[1]}-Q${Number(m[2]) - 1}`;
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return m[2] === '01' ? `${Number(m[1]) - 1}-12` : `${m[1]}-${String(Number(m[2]) - 1).padStart(2, '0')}`;
  return null;
}

function usable(p: PeriodMention, metric: Metric): boolean {
  if (p.role === 'since') return metric === 'growth_rate';
  return true;
}

/** "4,8 млрд против 4,4 млрд годом ранее": one period before the sentence's other figure, else the year before publication. */
function earlierPeriod(input: PeriodInput): FigurePeriod {
  const base = input.siblingPeriod ? previousPeriod(input.siblingPeriod) : null;
  if (base) return { period: base, basis: 'relative', derived: true };
  return { period: input.pub ? String(input.pub.year - 1) : null, basis: 'relative', derived: true };
}

function fromMention(p: PeriodMention, input: PeriodInput): FigurePeriod {
  const { pub, modality } = input;
  if (p.role === 'earlier') return earlierPeriod(input);
  if (p.role === 'since') return { period: pub && p.period ? `${p.period}..${pub.year}` : null, basis: p.basis };
  if (p.role === 'by') return { period: p.period, basis: p.basis, target: !pub || Number(p.period) >= pub.year };
  // "this year": the whole year for a target, January to last month for an actual.
  if (p.role === 'ytd' && pub && p.period === String(pub.year) && modality !== 'target') return { period: yearToDate(pub), basis: p.basis };
  return { period: p.period, basis: p.basis };
}

export function assignPeriod(input: PeriodInput): FigurePeriod {
  const { metric, q, mentions, quantities, pub, modality } = input;
  if (NO_PERIOD.has(metric)) return { period: null, basis: 'none' };
  const { frame } = input;
  const candidates = mentions.filter((p) => usable(p, metric)).sort((a, b) => distance(a, q) - distance(b, q));
  const clear = candidates.filter((p) => !crosses(p, q, quantities) && !input.ownedByOther(p));
  const within = (from: number, to: number) => (p: PeriodMention) => p.start >= from && p.end <= to;
  // Own words first, then the clause; the rest of the sentence only for flows ("2023 was a record year: trade exceeded $4 billion").
  const actualFlow = FLOW_METRICS.has(metric) && !modality;
  const own = clear.find(within(frame.leftStart, frame.rightEnd)) ?? clear.find(within(frame.clauseStart, frame.clauseEnd)) ?? (actualFlow ? clear[0] : undefined);
  if (own) return fromMention(own, input);
  if (q.change === 'from' && input.changeTo?.period) {
    const prev = previousPeriod(input.changeTo.period);
    if (prev) return { period: prev, basis: 'relative', derived: true };
  }
  if (modality === 'rate' || modality === 'target') return { period: null, basis: 'none' };
  // Past another number only for rates ("$4.4 billion in 2023, up 15%", "12.3% in 2023"); flows take the paragraph's period below.
  // A share ("2.4% of Russia's trade") is not dated by another number's period; a growth rate is.
  const relative = metric === 'growth_rate';
  const across = (relative || actualFlow) && q.change !== 'from' ? candidates.find((p) => p.role !== 'earlier' && (relative || !input.ownedByOther(p))) : undefined;
  if (across) return fromMention(across, input);
  if (input.carried && FLOW_METRICS.has(metric)) return input.carried;
  if (!pub) return { period: null, basis: 'assumed' };
  if (FLOW_METRICS.has(metric)) return { period: String(pub.year - 1), basis: 'assumed' };
  return { period: `${pub.year}-${String(pub.month).padStart(2, '0')}`, basis: 'assumed' };
}
