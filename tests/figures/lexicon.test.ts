import { describe, expect, it } from 'vitest';
import { checkCues, checkMetrics, checkPlaces, checkUnits } from '../../src/figures/lexicon-check.ts';

describe('lexicon checks (config/figures/*.yaml)', () => {
  it('a unit file with a bad currency code and an unknown measure unit lists both problems with their paths', () => {
    const problems = checkUnits({
      currencies: [{ code: 'dollar', prefixes: ['$'], suffixes: ['dollars'] }],
      measures: [{ unit: 'miles', patterns: ['mi'] }],
      persons: ['people'],
    });
    expect(problems).toEqual([
      'currencies[0].code: must be an ISO 4217 code like "USD"',
      'measures[0].unit: must be one of %, pp, t, km, bcm, bbl, kWh',
    ]);
  });

  it('a metric with an unknown kind or an unknown name is refused', () => {
    const problems = checkMetrics({
      metrics: { troops: { units: ['people'], nouns: ['soldiers'] }, tanks: { units: ['count'] } },
      growth: { up: ['rose'], down: ['fell'] },
      partial: [],
      anaphora: [],
    });
    expect(problems).toContain("metrics.troops.units[0]: unknown kind 'people' (one of money, percent, pp, times, mass, length, gas, oil, energy, persons, count)");
    expect(problems.some((p) => p.startsWith('metrics.tanks: unknown metric'))).toBe(true);
  });

  it('an empty phrase and a lower-case country code are refused', () => {
    const problems = checkPlaces({ countries: [{ code: 'ru', names: ['Russia', ''], proxies: [] }], groups: [], pair_words: [] });
    expect(problems).toEqual(['countries[0].code: must be an ISO 3166 alpha-2 code like "RU"', 'countries[0].names[1]: must be a non-empty string']);
  });

  it('an unknown qualifier name is refused', () => {
    const problems = checkCues({ qualifiers: { roughly: ['roughly'] }, trailing: {}, change_verbs: [], target: [], rate: [], per_unit: [] });
    expect(problems).toEqual(['qualifiers.roughly: unknown qualifier (one of more_than, at_least, less_than, about, up_to)']);
  });

  it('a currency rate that is no positive number and a negative price floor are refused', () => {
    const units = checkUnits({ currencies: [{ code: 'RUB', per_usd: 'ninety', prefixes: ['₽'], suffixes: ['руб.'] }], measures: [], persons: [] });
    expect(units).toEqual(['currencies[0].per_usd: must be a positive number']);
    const metrics = checkMetrics({ metrics: {}, growth: { up: [], down: [] }, partial: [], anaphora: [], min_amount_usd: -5, civil_services: [''] });
    expect(metrics).toEqual(['civil_services[0]: must be a non-empty string', 'min_amount_usd: must be a number ≥ 0']);
  });

  it("a currency's issuing country that is no two-letter code is refused", () => {
    const units = checkUnits({ currencies: [{ code: 'AZN', country: 'Azerbaijan', prefixes: ['₼'], suffixes: ['manat*'] }], measures: [], persons: [] });
    expect(units).toEqual(['currencies[0].country: must be a country code like "AZ"']);
  });
});
