/**
 * A figure read from an article: one number with its unit, what it measures, for whom and when.
 * Produced by src/figures, stored by src/ledger, compared by src/findings.
 */

export type Category = 'trade' | 'security' | 'other';

export const TRADE_METRICS = [
  'trade_turnover',
  'exports',
  'imports',
  'investment',
  'cargo_volume',
  'funding',
  'growth_rate',
] as const;

export const SECURITY_METRICS = [
  'troops',
  'casualties',
  'displaced',
  'military_spending',
  'border_length',
  'incidents',
] as const;

export const OTHER_METRICS = ['distance', 'other'] as const;

export type TradeMetric = (typeof TRADE_METRICS)[number];
export type SecurityMetric = (typeof SECURITY_METRICS)[number];
export type Metric = TradeMetric | SecurityMetric | (typeof OTHER_METRICS)[number];

export const ALL_METRICS: readonly Metric[] = [...TRADE_METRICS, ...SECURITY_METRICS, ...OTHER_METRICS];

/** ISO 4217 codes for money; the rest are physical or count units. */
export type CurrencyUnit = 'USD' | 'EUR' | 'RUB' | 'AZN' | (string & { readonly __currency?: never });
export type Unit = CurrencyUnit | '%' | 't' | 'km' | 'bcm' | 'bbl' | 'kWh' | 'persons' | 'times' | 'count';

export type Qualifier = 'exact' | 'more_than' | 'at_least' | 'less_than' | 'about' | 'up_to' | 'range';

/**
 * How the period was found (see docs/adr/001-figure-periods.md):
 * stated ("in 2023"), relative ("last year", resolved against the publication date),
 * assumed (no period in the text; the ADR's rule filled it in), none (a period does not apply, e.g. a length).
 */
export type PeriodBasis = 'stated' | 'relative' | 'assumed' | 'none';

export interface Figure {
  category: Category;
  metric: Metric;
  /** For growth_rate: the metric that grew ("trade_turnover"). */
  growthOf?: Metric;
  /** "RU-AZ" bilateral, "RU>AZ" a flow from RU to AZ, "AZ-AM", a group like "RU-CASPIAN", or "" when unknown. */
  subject: string;
  /** In the base unit: 4e9 for "$4 billion", 54 for "54%". For a range, the low end. */
  value: number;
  unit: Unit;
  qualifier: Qualifier;
  /** Only for qualifier "range". */
  low?: number;
  high?: number;
  /** "2023", "2024-H1", "2024-Q3", "2024-05", "2016..2022", "2024-05-14"; null when unknown. */
  period: string | null;
  periodBasis: PeriodBasis;
  /** The sentence holding the figure, exactly as in the text, and its offsets [start, end). */
  quote: string;
  start: number;
  end: number;
  /** The number as written ("$4.03 billion") and its offsets in the text: the ledger reads precision from it. */
  surface: string;
  surfaceStart: number;
  surfaceEnd: number;
  /**
   * Set when the figure is not an actual measured value: 'target' for aims, plans, forecasts and
   * potentials ("should aim higher than $4 billion"); 'rate' for a per-period capacity or rate
   * ("15 million tonnes of cargo per year"). Absent for actual figures. See docs/adr/001-figure-periods.md.
   */
  modality?: Modality;
}

export type Modality = 'target' | 'rate';

export function categoryOf(metric: Metric): Category {
  if ((TRADE_METRICS as readonly string[]).includes(metric)) return 'trade';
  if ((SECURITY_METRICS as readonly string[]).includes(metric)) return 'security';
  return 'other';
}

/** What the figure engine needs besides the text. */
export interface FigureContext {
  /** ISO date (YYYY-MM-DD) the article was published; periods like "last year" resolve against it. */
  published: string | null;
  /** Article title: helps decide the subject when a sentence names no country. */
  title?: string;
}
