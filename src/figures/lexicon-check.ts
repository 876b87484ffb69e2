/**
 * Shape checks for config/figures/*.yaml, so that a user's edit fails at start with the path of
 * every problem ("metrics.troops.units[1]: unknown kind 'people'") instead of misreading figures.
 */
import { ALL_METRICS } from '../model/figure.ts';

const KINDS = ['money', 'percent', 'pp', 'times', 'mass', 'length', 'gas', 'oil', 'energy', 'persons', 'count'];
const QUALIFIERS = ['more_than', 'at_least', 'less_than', 'about', 'up_to'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function phrases(v: unknown, path: string, out: string[], optional = false): void {
  if (v === undefined && optional) return;
  if (!Array.isArray(v)) {
    out.push(`${path}: must be a list of phrases`);
    return;
  }
  v.forEach((p, i) => {
    if (typeof p !== 'string' || p.trim() === '') out.push(`${path}[${i}]: must be a non-empty string`);
  });
}

function entries(v: unknown, path: string, out: string[]): Obj[] {
  if (!Array.isArray(v)) {
    out.push(`${path}: must be a list`);
    return [];
  }
  return v.filter((e, i) => (isObj(e) ? true : (out.push(`${path}[${i}]: must be a mapping`), false))) as Obj[];
}

export function checkUnits(data: unknown): string[] {
  const out: string[] = [];
  if (!isObj(data)) return ['the file must be a mapping with currencies, measures and persons'];
  entries(data.currencies, 'currencies', out).forEach((c, i) => {
    if (typeof c.code !== 'string' || !/^[A-Z]{3}$/.test(c.code)) out.push(`currencies[${i}].code: must be an ISO 4217 code like "USD"`);
    phrases(c.prefixes, `currencies[${i}].prefixes`, out);
    phrases(c.suffixes, `currencies[${i}].suffixes`, out);
    if (c.country !== undefined && (typeof c.country !== 'string' || !/^[A-Z]{2}$/.test(c.country))) out.push(`currencies[${i}].country: must be a country code like "AZ"`);
    if (c.per_usd !== undefined && (typeof c.per_usd !== 'number' || !(c.per_usd > 0))) out.push(`currencies[${i}].per_usd: must be a positive number`);
  });
  entries(data.measures, 'measures', out).forEach((m, i) => {
    if (!['%', 'pp', 't', 'km', 'bcm', 'bbl', 'kWh'].includes(String(m.unit))) out.push(`measures[${i}].unit: must be one of %, pp, t, km, bcm, bbl, kWh`);
    if (m.factor !== undefined && (typeof m.factor !== 'number' || !(m.factor > 0))) out.push(`measures[${i}].factor: must be a positive number`);
    phrases(m.patterns, `measures[${i}].patterns`, out);
  });
  phrases(data.persons, 'persons', out);
  return out;
}

export function checkMetrics(data: unknown): string[] {
  const out: string[] = [];
  if (!isObj(data) || !isObj(data.metrics)) return ['the file must have a "metrics" mapping'];
  for (const [name, m] of Object.entries(data.metrics)) {
    if (!(ALL_METRICS as readonly string[]).includes(name)) out.push(`metrics.${name}: unknown metric (one of ${ALL_METRICS.join(', ')})`);
    if (!isObj(m)) {
      out.push(`metrics.${name}: must be a mapping`);
      continue;
    }
    if (!Array.isArray(m.units)) out.push(`metrics.${name}.units: must be a list of kinds`);
    else m.units.forEach((k, i) => KINDS.includes(String(k)) || out.push(`metrics.${name}.units[${i}]: unknown kind '${String(k)}' (one of ${KINDS.join(', ')})`));
    for (const key of ['keywords', 'nouns', 'cues', 'verbs', 'goods_keywords']) phrases(m[key], `metrics.${name}.${key}`, out, true);
  }
  if (!isObj(data.growth)) out.push('growth: must have up and down lists');
  else for (const key of ['up', 'down']) phrases(data.growth[key], `growth.${key}`, out);
  for (const key of ['partial', 'anaphora']) phrases(data[key], key, out);
  phrases(data.count_heads, 'count_heads', out, true);
  phrases(data.flow_shares, 'flow_shares', out, true);
  phrases(data.civil_services, 'civil_services', out, true);
  phrases(data.trade_partners, 'trade_partners', out, true);
  phrases(data.partial_sectors, 'partial_sectors', out, true);
  phrases(data.partial_regions, 'partial_regions', out, true);
  phrases(data.not_violent, 'not_violent', out, true);
  if (data.min_amount_usd !== undefined && (typeof data.min_amount_usd !== 'number' || data.min_amount_usd < 0)) out.push('min_amount_usd: must be a number ≥ 0');
  return out;
}

export function checkPlaces(data: unknown): string[] {
  const out: string[] = [];
  if (!isObj(data)) return ['the file must be a mapping with countries, groups and pair_words'];
  entries(data.countries, 'countries', out).forEach((c, i) => {
    if (typeof c.code !== 'string' || !/^[A-Z]{2}$/.test(c.code)) out.push(`countries[${i}].code: must be an ISO 3166 alpha-2 code like "RU"`);
    phrases(c.names, `countries[${i}].names`, out);
    phrases(c.proxies, `countries[${i}].proxies`, out);
  });
  entries(data.groups, 'groups', out).forEach((g, i) => {
    if (typeof g.code !== 'string' || !/^[A-Z][A-Z-]*$/.test(g.code)) out.push(`groups[${i}].code: must be upper case like "CASPIAN"`);
    phrases(g.names, `groups[${i}].names`, out);
  });
  phrases(data.pair_words, 'pair_words', out);
  if (data.ports !== undefined) {
    entries(data.ports, 'ports', out).forEach((g, i) => {
      if (typeof g.code !== 'string' || !/^[A-Z]{2}$/.test(g.code)) out.push(`ports[${i}].code: must be an ISO 3166 alpha-2 code like "KZ"`);
      phrases(g.names, `ports[${i}].names`, out);
    });
  }
  return out;
}

export function checkCues(data: unknown): string[] {
  const out: string[] = [];
  if (!isObj(data)) return ['the file must be a mapping'];
  for (const key of ['qualifiers', 'trailing']) {
    const q = data[key];
    if (!isObj(q)) out.push(`${key}: must map qualifiers to phrase lists`);
    else for (const [name, list] of Object.entries(q)) {
      if (!QUALIFIERS.includes(name)) out.push(`${key}.${name}: unknown qualifier (one of ${QUALIFIERS.join(', ')})`);
      phrases(list, `${key}.${name}`, out);
    }
  }
  for (const key of ['change_verbs', 'target', 'rate', 'per_unit']) phrases(data[key], key, out);
  for (const key of ['plan', 'future', 'rate_before', 'long_term', 'intent', 'queue', 'per_second', 'item_mass']) phrases(data[key], key, out, true);
  return out;
}
