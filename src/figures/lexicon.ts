/**
 * The figure lexicons, read once from config/figures/*.yaml at import. They are data so that users
 * can add a currency, a metric keyword or a country form without touching code (see README).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Metric, Qualifier } from '../model/figure.ts';
import { checkCues, checkMetrics, checkPlaces, checkUnits } from './lexicon-check.ts';

export type QuantityKind = 'money' | 'percent' | 'pp' | 'times' | 'mass' | 'length' | 'gas' | 'oil' | 'energy' | 'persons' | 'count';

export interface CurrencyEntry {
  code: string;
  /** Rough units per US dollar: only tells a price from a trade figure (MetricsFile.min_amount_usd). */
  per_usd?: number;
  /** The one country that issues it: a budget in manats is Azerbaijan's when no country is named. */
  country?: string;
  prefixes: string[];
  suffixes: string[];
}

export interface MeasureEntry {
  unit: string;
  factor?: number;
  patterns: string[];
}

export interface MetricEntry {
  units: QuantityKind[];
  keywords?: string[];
  nouns?: string[];
  cues?: string[];
  /** A bare number right after one of these counts people of the metric ("погибли 19"). */
  verbs?: string[];
  /** Keywords that name the metric of goods only (tonnes, bcm, barrels): "Italy took 5.1 bcm", not "took $5 million". */
  goods_keywords?: string[];
}

export interface CountryEntry {
  code: string;
  names: string[];
  proxies: string[];
}

export interface UnitsFile {
  currencies: CurrencyEntry[];
  measures: MeasureEntry[];
  persons: string[];
}

export interface MetricsFile {
  metrics: Partial<Record<Metric, MetricEntry>>;
  growth: { up: string[]; down: string[] };
  partial: string[];
  /** The subset of `partial` that makes an investment partial (sectors, not goods). */
  partial_sectors?: string[];
  /** Regions of a country: their trade is a part of the country's. */
  partial_regions?: string[];
  anaphora: string[];
  /** "death toll", "число": a head count whose noun stands before a bare number. */
  count_heads?: string[];
  /** Words whose share ("6% of GDP") is dated like a flow. */
  flow_shares?: string[];
  /** "trading partners": an amount in parentheses after a country in such a sentence is its turnover. */
  trade_partners?: string[];
  /** A smaller amount of money is a price, a fee or a deal, never a trade or security figure. */
  min_amount_usd?: number;
  /** Words before "officers", "personnel": civilians, not troops ("two prison officers"). */
  civil_services?: string[];
  /** Causes of death that make a toll no casualty of conflict ("died of coronavirus"). */
  not_violent?: string[];
}

export interface PlacesFile {
  countries: CountryEntry[];
  groups: Array<{ code: string; names: string[] }>;
  pair_words: string[];
  /** Sea ports by country, for a ports table's rows: no party, only whose throughput a row is. */
  ports?: Array<{ code: string; names: string[] }>;
}

export interface CuesFile {
  qualifiers: Partial<Record<Exclude<Qualifier, 'exact' | 'range'>, string[]>>;
  trailing: Partial<Record<Exclude<Qualifier, 'exact' | 'range'>, string[]>>;
  change_verbs: string[];
  target: string[];
  /** Plans and the future tense: targets, except for budgets and commitments. */
  plan?: string[];
  /** The future tense of a verb of change ("will reach", "вырастет"): a target, except for commitments. */
  future?: string[];
  rate: string[];
  /** A capacity word before the amount makes it a rate. */
  rate_before?: string[];
  per_unit: string[];
  /** "в перспективе", "in the long run": a target beyond the horizon the sentence names, no period. */
  long_term?: string[];
  /** Intentions that govern an amount further along their clause ("намерен в ближайшие пять лет инвестировать … $1,5 млрд"). */
  intent?: string[];
  /** "the flow dropped to 18 cubic metres per second": an instant flow, no figure. */
  per_second?: string[];
  /** "the line of lorries stretched for 14 kilometres": a queue's length, no distance. */
  queue?: string[];
  /** "грузовиков массой свыше 3,5 т": the mass of one vehicle or load, no figure. */
  item_mass?: string[];
}

const CONFIG_DIR = new URL('../../config/figures/', import.meta.url);

function readYaml(name: string): unknown {
  const path = new URL(name, CONFIG_DIR);
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`figures: cannot read lexicon ${path.pathname}: ${(err as Error).message}`, { cause: err });
  }
}

/** Read and check one lexicon file; a user's edit that breaks it stops the start with every problem listed. */
function load<T>(name: string, check: (data: unknown) => string[]): T {
  const data = readYaml(name);
  const problems = check(data);
  if (problems.length > 0) throw new Error(`figures: config/figures/${name} is not a valid lexicon:\n  ${problems.join('\n  ')}`);
  return data as T;
}

export const UNITS: UnitsFile = load<UnitsFile>('units.yaml', checkUnits);
export const METRICS: MetricsFile = load<MetricsFile>('metrics.yaml', checkMetrics);
export const PLACES: PlacesFile = load<PlacesFile>('places.yaml', checkPlaces);
export const CUES: CuesFile = load<CuesFile>('cues.yaml', checkCues);

/** Kind of quantity for a record unit: what metrics may accept it. */
export function kindOfUnit(unit: string): QuantityKind {
  switch (unit) {
    case '%':
      return 'percent';
    case 'pp':
      return 'pp';
    case 'times':
      return 'times';
    case 't':
      return 'mass';
    case 'km':
      return 'length';
    case 'bcm':
      return 'gas';
    case 'bbl':
      return 'oil';
    case 'kWh':
      return 'energy';
    case 'persons':
      return 'persons';
    case 'count':
      return 'count';
    default:
      return 'money';
  }
}
