/**
 * What a quantity measures, from the keywords that govern it (config/figures/metrics.yaml): the
 * nearest keyword on its left in its frame, else on its right, else the metric of the amount it
 * restates ("grew by 42%, which was $1.99 billion"), else the nearest in the sentence, else a
 * default by kind (a length is a distance).
 */
import type { Metric } from '../model/figure.ts';
import type { Frame } from './frames.ts';
import { METRICS, type QuantityKind } from './lexicon.ts';
import { PhraseMatcher, type Hit } from './patterns.ts';
import type { Quantity } from './quantities.ts';

const KEYWORDS = new PhraseMatcher<Metric>(
  (Object.entries(METRICS.metrics) as Array<[Metric, NonNullable<(typeof METRICS.metrics)[Metric]>]>).map(([metric, e]) => [metric, [...(e.keywords ?? []), ...(e.nouns ?? [])]]),
);
const CUE_METRICS: Array<[Metric, PhraseMatcher]> = (['casualties', 'displaced'] as const).map((m) => [m, new PhraseMatcher([[m, METRICS.metrics[m]?.cues ?? []]])]);
const GROWTH = new PhraseMatcher<'up' | 'down'>([
  ['up', METRICS.growth.up],
  ['down', METRICS.growth.down],
]);

export function accepts(metric: Metric, kind: QuantityKind): boolean {
  return METRICS.metrics[metric]?.units.includes(kind) ?? false;
}

/** Keyword hits in text[from, to), to be reused for every quantity of a sentence. */
export function metricHits(text: string, from: number, to: number): Hit<Metric>[] {
  return KEYWORDS.find(text, from, to);
}

function nearestLeft(hits: readonly Hit<Metric>[], from: number, to: number, ok: (m: Metric) => boolean): Metric | null {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.end <= to && h.start >= from && ok(h.label)) return h.label;
  }
  return null;
}

function nearestRight(hits: readonly Hit<Metric>[], from: number, to: number, ok: (m: Metric) => boolean): Metric | null {
  return hits.find((h) => h.start >= from && h.end <= to && ok(h.label))?.label ?? null;
}

export interface MetricChoice {
  metric: Metric;
  growthOf?: Metric;
  /** A decline ("fell by 12%") makes a growth rate negative. */
  down?: boolean;
}

/** The growth cue governing a percent or multiplier, if any ("grew by", "рост на", "up"). */
function growthCue(text: string, q: Quantity, frame: Frame): 'up' | 'down' | null {
  const left = GROWTH.find(text, Math.max(frame.leftStart, q.start - 60), q.start).filter((h) => !/^up$/i.test(text.slice(h.start, h.end)) || !/^\s*to\b/i.test(text.slice(h.end, h.end + 4)));
  const right = GROWTH.find(text, q.end, Math.min(frame.rightEnd, q.end + 25));
  const hit = left.at(-1) ?? right[0];
  return hit?.label ?? null;
}

/** The metric whose change a growth rate measures: nearest amount metric in the sentence. */
function growthTarget(hits: readonly Hit<Metric>[], q: Quantity, sentence: { start: number; end: number }): Metric | undefined {
  const amount = (m: Metric): boolean => accepts(m, 'money') || accepts(m, 'mass') || accepts(m, 'persons');
  return nearestLeft(hits, sentence.start, q.start, amount) ?? nearestRight(hits, q.end, sentence.end, amount) ?? undefined;
}

export interface MetricInput {
  text: string;
  q: Quantity;
  frame: Frame;
  hits: readonly Hit<Metric>[];
  sentence: { start: number; end: number };
  previous: MetricChoice | null;
}

export function chooseMetric({ text, q, frame, hits, sentence, previous }: MetricInput): MetricChoice | null {
  const kind = q.kind;
  if (!kind) return null;
  if (kind === 'percent' || kind === 'times' || kind === 'pp') {
    const cue = growthCue(text, q, frame);
    if (!cue) return kind === 'times' ? null : { metric: 'other' };
    const growthOf = growthTarget(hits, q, sentence) ?? previous?.growthOf;
    return { metric: 'growth_rate', ...(growthOf ? { growthOf } : {}), down: cue === 'down' };
  }
  if (kind === 'persons' || kind === 'count') return { metric: headcountMetric(text, q, frame) };
  const ok = (m: Metric): boolean => accepts(m, kind);
  const found =
    nearestLeft(hits, frame.leftStart, q.start, ok) ??
    nearestRight(hits, q.end, frame.rightEnd, ok) ??
    inherited(previous, kind) ??
    nearestLeft(hits, sentence.start, q.start, ok) ??
    nearestRight(hits, q.end, sentence.end, ok);
  return { metric: found ?? (kind === 'length' ? 'distance' : 'other') };
}

function inherited(previous: MetricChoice | null, kind: QuantityKind): Metric | null {
  if (!previous) return null;
  const m = previous.metric === 'growth_rate' ? previous.growthOf : previous.metric;
  return m && m !== 'other' && accepts(m, kind) ? m : null;
}

/** Troops, casualties, displaced or incidents: the noun says which, a cue ("killed", "fled") may override. */
function headcountMetric(text: string, q: Quantity, frame: Frame): Metric {
  if (q.kind === 'count') return (q.nounMetric as Metric | null | undefined) ?? 'other';
  const from = Math.max(frame.clauseStart, q.start - 80);
  const to = Math.min(frame.clauseEnd, q.end + 60);
  for (const [metric, matcher] of CUE_METRICS) if (matcher.find(text, from, to).length > 0) return metric;
  const noun = q.nounMetric as Metric | null | undefined;
  return noun ?? 'other';
}
