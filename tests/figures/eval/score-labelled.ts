/**
 * Scores extractFigures against labelled passages: a predicted figure matches an expected one when
 * metric, value (within 0.5%), unit, qualifier, period and modality agree (and low/high for ranges).
 * Used by scripts/eval-figures.ts and by the floor test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extractFigures } from '../../../src/figures/index.ts';
import { categoryOf, type Figure, type Metric } from '../../../src/model/figure.ts';
import { sameParties } from '../../../src/pipeline/notice-policy.ts';

export interface Expected {
  metric: Metric;
  value: number;
  unit: string;
  qualifier: string;
  period: string | null;
  subject?: string;
  growthOf?: Metric;
  modality?: string;
  low?: number;
  high?: number;
}

export interface Passage {
  id: string;
  text: string;
  published: string | null;
  title?: string;
  expected: Expected[];
}

export interface Score {
  expected: number;
  predicted: number;
  matched: number;
  subjectRight: number;
  precision: number;
  recall: number;
  /**
   * What the bot would post for the default topic (Russia–Azerbaijan): a figure is posted when its
   * subject is the pair in either direction, so a right figure with a wrong subject is a lost or a
   * stray notice. Counts only labels that name a subject.
   */
  notices: { expected: number; predicted: number; matched: number; precision: number; recall: number };
}

export interface PassageResult {
  id: string;
  missed: Expected[];
  spurious: Figure[];
  /** Matched figures whose subject differs from the label's. */
  wrongSubject: { expected: Expected; got: Figure }[];
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005 + 1e-12;

/**
 * One name per period, as the engine writes it (ADR 001): a run of months that is a quarter, a half or a
 * whole year is that quarter, half or year ("2025-01..2025-03" is "2025-Q1").
 */
export function canonicalPeriod(period: string | null): string | null {
  const m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(period ?? '');
  if (!m || m[1] !== m[3]) return period;
  const run = `${m[2]}..${m[4]}`;
  const named: Record<string, string> = { '01..12': '', '01..06': '-H1', '07..12': '-H2', '01..03': '-Q1', '04..06': '-Q2', '07..09': '-Q3', '10..12': '-Q4' };
  return run in named ? `${m[1]}${named[run]}` : period;
}

export function matches(e: Expected, f: Figure): boolean {
  if (e.metric !== f.metric || e.unit !== f.unit || e.qualifier !== f.qualifier || canonicalPeriod(e.period) !== canonicalPeriod(f.period)) return false;
  if ((e.modality ?? null) !== (f.modality ?? null) || !close(e.value, f.value)) return false;
  if (e.high !== undefined && (f.high === undefined || !close(e.high, f.high))) return false;
  return true;
}

/** Trade and security figures: what the bot alerts on. */
export const isRelevant = (metric: Metric): boolean => categoryOf(metric) !== 'other';

function ratio(n: number, d: number): number {
  return d === 0 ? 1 : n / d;
}

/** Score passages; `relevantOnly` keeps trade and security figures on both sides. */
export function scorePassages(passages: readonly Passage[], relevantOnly: boolean): { score: Score; results: PassageResult[] } {
  let expected = 0;
  let predicted = 0;
  let matched = 0;
  let subjectRight = 0;
  const notices = { expected: 0, predicted: 0, matched: 0 };
  const results: PassageResult[] = [];
  for (const p of passages) {
    const want = p.expected.filter((e) => !relevantOnly || isRelevant(e.metric));
    const got = extractFigures(p.text, { published: p.published, ...(p.title ? { title: p.title } : {}) }).filter((f) => !relevantOnly || isRelevant(f.metric));
    const free = new Set(got.map((_, i) => i));
    const missed: Expected[] = [];
    const wrongSubject: PassageResult['wrongSubject'] = [];
    for (const e of want) {
      const i = [...free].find((k) => matches(e, got[k]!));
      if (i === undefined) {
        missed.push(e);
        continue;
      }
      free.delete(i);
      matched++;
      if (e.subject === undefined || e.subject === got[i]!.subject) subjectRight++;
      else wrongSubject.push({ expected: e, got: got[i]! });
      if (e.subject !== undefined && isWatchedPair(e.subject) && isWatchedPair(got[i]!.subject)) notices.matched++;
    }
    expected += want.length;
    predicted += got.length;
    notices.expected += want.filter((e) => e.subject !== undefined && isWatchedPair(e.subject)).length;
    notices.predicted += got.filter((f) => isWatchedPair(f.subject)).length;
    results.push({ id: p.id, missed, spurious: [...free].map((k) => got[k]!), wrongSubject });
  }
  const noticeScore = { ...notices, precision: ratio(notices.matched, notices.predicted), recall: ratio(notices.matched, notices.expected) };
  return { score: { expected, predicted, matched, subjectRight, precision: ratio(matched, predicted), recall: ratio(matched, expected), notices: noticeScore }, results };
}

/** The default topic's pair, as the notice policy compares it. */
const WATCHED_PAIR = 'RU-AZ';
const isWatchedPair = (subject: string): boolean => sameParties(subject, WATCHED_PAIR);

interface LabelFile {
  published: string | null;
  title?: string;
  source?: string;
  figures: Expected[];
}

const FIXTURES = new URL('../../fixtures/figures/', import.meta.url);

/** A labelled set: tests/fixtures/figures/<set>/<id>.txt + <id>.figures.json. */
export type LabelledSet = 'labelled' | 'holdout' | 'holdout-2' | 'holdout-3' | 'holdout-4' | 'holdout-5' | 'holdout-6' | 'holdout-7' | 'holdout-8' | 'holdout-9' | 'holdout-10' | 'holdout-11' | 'holdout-12' | 'holdout-13' | 'holdout-14' | 'holdout-15' | 'holdout-16' | 'holdout-17' | 'holdout-18' | 'holdout-19' | 'holdout-20' | 'holdout-21' | 'holdout-22' | 'holdout-23' | 'holdout-24' | 'holdout-25' | 'holdout-26' | 'holdout-27' | 'holdout-28' | 'holdout-29' | 'holdout-30';

export function loadLabelled(set: LabelledSet = 'labelled'): Passage[] {
  const dir = new URL(`${set}/`, FIXTURES);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.figures.json'))
    .sort()
    .map((f) => {
      const id = f.replace(/\.figures\.json$/, '');
      const label = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LabelFile;
      const text = readFileSync(new URL(`${id}.txt`, dir), 'utf8');
      return { id, text, published: label.published, ...(label.title ? { title: label.title } : {}), expected: label.figures };
    });
}

/** Labels for ../shared/seeds; texts are read from there, so the set is empty when ../shared is absent. */
export function loadSeeds(): Passage[] {
  const dir = new URL('seeds/', FIXTURES);
  const repoRoot = new URL('../../../', import.meta.url);
  const out: Passage[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.figures.json')).sort()) {
    const label = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LabelFile;
    const source = new URL(label.source ?? '', repoRoot);
    if (!label.source || !existsSync(source)) continue;
    out.push({ id: f.replace(/\.figures\.json$/, ''), text: readFileSync(source, 'utf8'), published: label.published, expected: label.figures });
  }
  return out;
}

/**
 * Labels for real third-party articles (tests/fixtures/figures/real-news), whose texts are the
 * article-extraction benchmark's ground truth in ../shared/corpora: empty when ../shared is absent.
 * Only trade and security figures are labelled there.
 */
export function loadRealNews(): Passage[] {
  const dir = new URL('real-news/', FIXTURES);
  const truthPath = new URL('../shared/corpora/article-extraction-benchmark/ground-truth.json', new URL('../../../', import.meta.url));
  if (!existsSync(dir) || !existsSync(truthPath)) return [];
  const truth = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, { articleBody: string }>;
  const out: Passage[] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.figures.json')).sort()) {
    const label = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as LabelFile & { id?: string };
    const body = label.id ? truth[label.id]?.articleBody : undefined;
    if (body === undefined) continue;
    out.push({ id: f.replace(/\.figures\.json$/, ''), text: body, published: label.published, expected: label.figures });
  }
  return out;
}
