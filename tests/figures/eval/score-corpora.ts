/**
 * Part (c) of eval:figures: the value-and-unit reader (findQuantities, findNumerals) against
 * third-party English test data in ../shared/corpora. Each in-scope expected quantity must be found
 * overlapping its span with the same value (within 0.5%) and unit. What is out of scope, and why,
 * is printed with the numbers and written in docs/figures-eval.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { findNumerals, findQuantities, type Quantity } from '../../../src/figures/index.ts';

const CORPORA = new URL('../../../../shared/corpora/', import.meta.url);

interface Want {
  text: string;
  value: number;
  unit: string | null;
  start: number;
  end: number;
}

interface Case {
  input: string;
  wants: Want[];
}

/** Expected unit names → [record unit, factor to the record's base unit]. Anything absent is out of scope. */
const RECOGNIZERS_CURRENCY: Record<string, [string, number]> = {
  Dollar: ['USD', 1], 'United States dollar': ['USD', 1], Euro: ['EUR', 1], 'Chinese yuan': ['CNY', 1],
  Pound: ['GBP', 1], 'British pound': ['GBP', 1], 'Canadian dollar': ['CAD', 1], 'Japanese yen': ['JPY', 1],
  'Australian dollar': ['AUD', 1], 'Turkish lira': ['TRY', 1], 'Hong Kong dollar': ['HKD', 1], 'Swiss franc': ['CHF', 1],
  'Georgian lari': ['GEL', 1], Rupee: ['INR', 1],
};
const RECOGNIZERS_DIMENSION: Record<string, [string, number]> = {
  Kilometer: ['km', 1], Meter: ['km', 0.001], Mile: ['km', 1.609344],
  Ton: ['t', 1], 'Metric ton': ['t', 1], Kilogram: ['t', 0.001], Barrel: ['bbl', 1],
};
const QUANTULUM_UNITS: Record<string, [string, number]> = {
  dollar: ['USD', 1], euro: ['EUR', 1], 'pound sterling': ['GBP', 1], kilometre: ['km', 1], metre: ['km', 0.001],
  mile: ['km', 1.609344], tonne: ['t', 1], kilogram: ['t', 0.001], percentage: ['%', 1],
};

export const OUT_OF_SCOPE = [
  'Currencies outside the region and the reserve currencies (MXN, NZD, CRC, LAK, LKR), historic ones (markka, peseta, guilder, unnamed "franc"), sub-units (cent, penny, pence, sen, satoshi) and crypto: the bot reads amounts in the currencies of the countries it watches and in reserve currencies; units.yaml can add more.',
  'Imperial, small or non-news units (foot, inch, pound-mass, ounce, gallon, cup, mm, µg, pm, areas, speeds, angles, bits and bytes, temperatures, durations): trade and security figures come in km, tonnes, bcm, barrels, people and money.',
  'Bare numbers with no unit in the quantity corpora (quantulum "dimensionless"): years and counts are not figures in this engine; the number reader itself is scored on the Recognizers NumberModel.',
  'Currency: a currency word with no amount ("dollar"), composite amounts with sub-units ("15 dollars 50", "thirteen dollars forty-five cents"), Chinese forms (元, kuai, mao), a scale letter before a code ("MAUD 60") and accounting parentheses ("($99.99)"): not how trade and security figures are written.',
  'Fractions anywhere ("10 1/2 miles", "1/4 mile", "one-half"): news figures are decimals.',
  'NumberModel: fractions and powers (subtypes fraction, power), dozens (dozen, dzs), Indian numbering (lakh, crore, 12,34,567), ordinal-derived values ("two millionth"), and SI letters on bare numbers ("10k", "10M", "1.2b", "10G", "2mil", "1MM"): a bare "m" after a number is metres, so short scale letters are read only after a currency ("$120m").',
  'NumberModel cases with no expected result: they encode Recognizers\' own rule that a number with a unit is not a "number", which is not ours.',
  'PercentModel: percent-first phrasing ("per cent of 210") and "percent" with no number; URL-encoded "%25" cases are kept (nothing may be read there).',
  'quantulum spell-outs: upstream quirks, "a" read as one outside "a <scale>" ("Zero is a small number" → 0, 1), "a million and a half" as 1000000.5, and "million" with no numeral.',
];

function readJson<T>(path: string): T | null {
  const url = new URL(path, CORPORA);
  return existsSync(url) ? (JSON.parse(readFileSync(url, 'utf8')) as T) : null;
}

interface RecognizersCase {
  Input: string;
  Results: Array<{ Text: string; Start: number; End: number; Resolution: { value?: string; unit?: string; subtype?: string } }>;
}

function recognizersCases(file: string, unitOf: (r: RecognizersCase['Results'][number]) => [string | null, number] | null): { cases: Case[]; total: number } {
  const data = readJson<RecognizersCase[]>(`recognizers-text-specs/${file}`) ?? [];
  const cases: Case[] = [];
  for (const c of data) {
    const wants: Want[] = [];
    let inScope = c.Results.length > 0;
    for (const r of c.Results) {
      const u = unitOf(r);
      const value = Number(String(r.Resolution.value ?? '').replace('%', ''));
      if (!u || !Number.isFinite(value) || r.Resolution.value === undefined || r.Resolution.value === 'null') {
        inScope = false;
        break;
      }
      wants.push({ text: r.Text, value: value * u[1], unit: u[0], start: r.Start, end: r.End + 1 });
    }
    if (inScope) cases.push({ input: c.Input, wants });
  }
  return { cases, total: data.length };
}

const OUT_NUMBER = /dozen|\bdzs?\b|\bdozs?\b|lakh|crore|\d{1,2},\d{2},\d{3}|millionths?|\d\s*(?:k|m|g|b|mm|mil|t)\b|\d\/\d|\b(?:one|a)-?half\b/iu;
// A currency word with no amount ("dollar"), composite amounts with sub-units ("15 dollars 50", "3 dollars 50 cents"),
// Chinese forms (元, kuai, mao), Indian numbering (lakh) and accounting parentheses ("($99.99)").
const OUT_CURRENCY_TEXT = /^[^\d]*$(?<!(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)[\p{L}\s-]*)|(?:dollars?|usd|kuai)[\s,]+(?:and[\s]+)?(?!million|billion|thousand|trillion)(?:\d|[a-z]+)|元|kuai|mao|lakh|^\(|^m[a-z]{3}\b/iu;

function numberCases(): { cases: Case[]; total: number } {
  const r = recognizersCases('Number/English/NumberModel.json', (x) => (['integer', 'decimal', undefined].includes(x.Resolution.subtype) && !OUT_NUMBER.test(x.Text) ? [null, 1] : null));
  return r;
}

interface QuantulumCase {
  req: string;
  res: Array<{ value: number; unit: string; surface: string; uncertainty?: number | null }>;
}

function quantulumCases(): { cases: Case[]; total: number } {
  const data = [...(readJson<QuantulumCase[]>('quantulum3-tests/tests/quantities.json') ?? []), ...(readJson<QuantulumCase[]>('quantulum3-tests/tests/quantities.ambiguity.json') ?? [])];
  const cases: Case[] = [];
  for (const c of data) {
    for (const r of c.res) {
      const u = QUANTULUM_UNITS[r.unit];
      const start = c.req.indexOf(r.surface);
      if (!u || start < 0 || r.uncertainty || OUT_NUMBER.test(r.surface) || /^\(/.test(r.surface)) continue;
      cases.push({ input: c.req, wants: [{ text: r.surface, value: r.value * u[1], unit: u[0], start, end: start + r.surface.length }] });
    }
  }
  return { cases, total: data.reduce((n, c) => n + c.res.length, 0) };
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005 + 1e-9;

function found(want: Want, got: ReadonlyArray<{ value: number; unit: string | null; start: number; end: number }>): boolean {
  return got.some((q) => q.start < want.end && want.start < q.end && close(q.value, want.value) && (want.unit === null || q.unit === want.unit));
}

function run(cases: Case[], read: (input: string) => ReadonlyArray<{ value: number; unit: string | null; start: number; end: number }>): { passed: number; failures: Array<{ input: string; want: Want[]; got: string }> } {
  let passed = 0;
  const failures: Array<{ input: string; want: Want[]; got: string }> = [];
  for (const c of cases) {
    const got = read(c.input);
    if (c.wants.every((w) => found(w, got))) passed++;
    else failures.push({ input: c.input, want: c.wants, got: got.map((q) => `${c.input.slice(q.start, q.end)}=${q.value} ${q.unit ?? ''}`).join('; ') });
  }
  return { passed, failures };
}

const quantities = (input: string): Quantity[] => findQuantities(input, 'en');
const numerals = (input: string): ReadonlyArray<{ value: number; unit: null; start: number; end: number }> => findNumerals(input, 'en').map((n) => ({ ...n, unit: null }));

export interface CorpusScore {
  name: string;
  total: number;
  inScope: number;
  passed: number;
}

export function scoreCorpora(verbose: boolean, log: (line: string) => void = console.log): CorpusScore[] {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  if (!existsSync(CORPORA)) {
    log('(c) ../shared/corpora not found: skipped');
    return [];
  }
  const currency = (r: RecognizersCase['Results'][number]): [string, number] | null => (OUT_CURRENCY_TEXT.test(r.Text) || OUT_NUMBER.test(r.Text) ? null : RECOGNIZERS_CURRENCY[r.Resolution.unit ?? ''] ?? null);
  const dimension = (r: RecognizersCase['Results'][number]): [string, number] | null => (OUT_NUMBER.test(r.Text) ? null : RECOGNIZERS_DIMENSION[r.Resolution.unit ?? ''] ?? null);
  const suites: Array<[string, { cases: Case[]; total: number }, (s: string) => ReadonlyArray<{ value: number; unit: string | null; start: number; end: number }>]> = [
    ['Recognizers CurrencyModel', recognizersCases('NumberWithUnit/English/CurrencyModel.json', currency), quantities],
    ['Recognizers DimensionModel', recognizersCases('NumberWithUnit/English/DimensionModel.json', dimension), quantities],
    ['Recognizers PercentModel', recognizersCases('Number/English/PercentModel.json', (r) => (/^[-\d\p{L}]/u.test(r.Text) && !/^per/iu.test(r.Text) ? ['%', 1] : null)), quantities],
    ['Recognizers NumberModel', numberCases(), numerals],
    ['quantulum3 quantities', quantulumCases(), quantities],
    ['quantulum3 spell-outs', spelloutCases(), numerals],
  ];
  log('(c) value and unit reader on ../shared/corpora (a case passes when every in-scope quantity is found with its value and unit)');
  const scores: CorpusScore[] = [];
  let inScope = 0;
  let passed = 0;
  for (const [name, { cases, total }, read] of suites) {
    const r = run(cases, read);
    scores.push({ name, total, inScope: cases.length, passed: r.passed });
    inScope += cases.length;
    passed += r.passed;
    log(`  ${name.padEnd(28)} ${String(r.passed).padStart(4)}/${String(cases.length).padEnd(4)} in scope = ${pct(r.passed / Math.max(1, cases.length))}   (${total} upstream)`);
    if (verbose) for (const f of r.failures) log(`    FAIL ${JSON.stringify(f.input.slice(0, 110))}\n      want ${f.want.map((w) => `${w.text}=${w.value} ${w.unit ?? ''}`).join('; ')}\n      got  ${f.got}`);
  }
  log(`  ${'all corpora'.padEnd(28)} ${String(passed).padStart(4)}/${String(inScope).padEnd(4)} in scope = ${pct(passed / Math.max(1, inScope))}`);
  log('  out of scope:');
  for (const line of OUT_OF_SCOPE) log(`   - ${line}`);
  return scores;
}

interface SpelloutCase {
  input: string;
  expected_values: number[];
}

const SPELLOUT_QUIRKS = /^(?:zero is a small number\.|a million and a half|minus a million and a half|negative million and a half|million|million and one)$/iu;

function spelloutCases(): { cases: Case[]; total: number } {
  const data = readJson<SpelloutCase[]>('quantulum3-tests/tests/spellout_values.json') ?? [];
  const cases: Case[] = data
    .filter((c) => !SPELLOUT_QUIRKS.test(c.input))
    .map((c) => ({ input: c.input, wants: c.expected_values.map((value) => ({ text: String(value), value, unit: null, start: 0, end: c.input.length })) }));
  return { cases, total: data.length };
}
