/**
 * What a quantity measures, from the keywords that govern it (config/figures/metrics.yaml): the
 * nearest keyword on its left in its frame, else on its right, else the metric of the amount it
 * restates ("grew by 42%, which was $1.99 billion"), else the nearest in the sentence, else the
 * figure an anaphor points back to ("the figure", "его"), else a default by kind (a length is a distance).
 */
import { categoryOf, type Metric } from '../model/figure.ts';
import type { Frame } from './frames.ts';
import { METRICS, type QuantityKind } from './lexicon.ts';
import { PhraseMatcher, compilePhrases, type Hit } from './patterns.ts';
import type { Quantity } from './quantities.ts';

const KEYWORDS = new PhraseMatcher<Metric>(
  (Object.entries(METRICS.metrics) as Array<[Metric, NonNullable<(typeof METRICS.metrics)[Metric]>]>).map(([metric, e]) => [metric, [...(e.keywords ?? []), ...(e.nouns ?? [])]]),
);
const CUE_METRICS: Array<[Metric, PhraseMatcher]> = (['casualties', 'displaced'] as const).map((m) => [m, new PhraseMatcher([[m, METRICS.metrics[m]?.cues ?? []]])]);
const GROWTH = new PhraseMatcher<'up' | 'down'>([
  ['up', METRICS.growth.up],
  ['down', METRICS.growth.down],
]);
const PARTIAL = compilePhrases(METRICS.partial ?? [], 'u');
const ANAPHORA = compilePhrases(METRICS.anaphora ?? [], 'u');
const PARTIAL_METRICS: ReadonlySet<Metric> = new Set(['trade_turnover', 'exports', 'imports', 'investment']);
// "increased by $500 million", "на 1,2 млрд манатов больше": an absolute change, not a level.
const CHANGE_BY = /(?:\bby|(?:^|\s)на)[\s\u00A0]*$/iu;
const CHANGE_AFTER = /^[\s\u00A0,]*(?:больше|меньше|выше|ниже|more than|less than|higher than|lower than|up from|down from)(?![\p{L}])/iu;
const MULTIPLIER_COMPARE = /^[\s\u00A0,]*(more|higher|larger|bigger|greater|less|lower|smaller|fewer|больше|выше|меньше|ниже)(?![\p{L}])/iu;
const COMPARE_AFTER = /^[\s\u00A0,]*(more|higher|less|lower|fewer|больше|выше|меньше|ниже)(?![\p{L}])/iu;
const BY_PERCENT = /(?:\bby(?:[\s\u00A0]+(?:another|a further|an additional|a))?|(?:^|[\s–—,])на(?:[\s\u00A0]+(?:ещё|еще))?)[\s\u00A0]*$/iu;
const AT_PLACE = /(?:\b(?:on|at|near|along|across|to|from|over)|(?:^|\s)(?:на|у|вдоль|через|к|до|по))[\s\u00A0]+(?:the[\s\u00A0]+)?(?:\p{L}+[\s\u00A0]+)?$/iu;
const STRENGTH = /(?:численност\p{L}*|strength|numbering|numbered|a force of|contingent of)(?![\p{L}])/iu;
const PHYSICAL: ReadonlySet<QuantityKind> = new Set(['mass', 'gas', 'oil']);
const LEVEL_TO = /(?:\bto|(?:^|\s)до|\bat)[\s\u00A0]*$/iu;

export function accepts(metric: Metric, kind: QuantityKind): boolean {
  return METRICS.metrics[metric]?.units.includes(kind) ?? false;
}

/** Keyword hits in text[from, to), to be reused for every quantity of a sentence. */
export function metricHits(text: string, from: number, to: number): Hit<Metric>[] {
  // "on the border", "на границе": a place, not the border being measured.
  return KEYWORDS.find(text, from, to).filter((h) => h.label !== 'border_length' || !AT_PLACE.test(text.slice(Math.max(0, h.start - 16), h.start)));
}

type Pick = (m: Metric) => boolean;

function nearestLeft(hits: readonly Hit<Metric>[], from: number, to: number, ok: Pick): Hit<Metric> | null {
  for (let i = hits.length - 1; i >= 0; i--) {
    const h = hits[i]!;
    if (h.end <= to && h.start >= from && ok(h.label)) return h;
  }
  return null;
}

function nearestRight(hits: readonly Hit<Metric>[], from: number, to: number, ok: Pick): Hit<Metric> | null {
  return hits.find((h) => h.start >= from && h.end <= to && ok(h.label)) ?? null;
}

export interface MetricChoice {
  metric: Metric;
  growthOf?: Metric;
  /** A decline ("fell by 12%") makes a growth rate negative. */
  down?: boolean;
  /** "rather than the 7 percent initially reported": restates the figure before it (and takes its period). */
  restates?: boolean;
  /** The metric came from an anaphor ("That is up 4.2 per cent"): the figure pointed to gives the subject too. */
  anaphoric?: boolean;
}

/** The growth cue governing a percent or multiplier, if any ("grew by", "рост на", "up"). */
function growthCue(text: string, q: Quantity, frame: Frame, previous: MetricChoice | null): 'up' | 'down' | null {
  const isUpTo = (h: Hit<'up' | 'down'>): boolean => /^up$/i.test(text.slice(h.start, h.end)) && /^\s*to\b/i.test(text.slice(h.end, h.end + 4));
  // The verb may stand far before "by": "cuts oil pumping through the Baku-Novorossiysk pipeline by 12%".
  const left = GROWTH.find(text, Math.max(frame.leftStart, q.start - 100), q.start).filter((h) => !isUpTo(h));
  const right = GROWTH.find(text, q.end, Math.min(frame.rightEnd, q.end + 25));
  const hit = left.at(-1) ?? right[0];
  // "doubled", "вдвое" carry their own direction; "halved" is a fall.
  if (q.words && q.unit === 'times') return hit?.label === 'down' || q.value < 1 ? 'down' : 'up';
  if (hit) return hit.label;
  // "24.6 percent more than in 2022", "на 4% меньше": a comparison after the number is a change.
  const after = COMPARE_AFTER.exec(text.slice(q.end, q.end + 12));
  if (after) return /^(?:less|lower|fewer|меньше|ниже)$/iu.test(after[1]!) ? 'down' : 'up';
  // "and in the first half by another 11%", "импорт – на 18,6%": "by"/"на" before a percent is a change.
  // An elided verb ("снизился на 6,4%, импорт – на 13,1%") keeps the direction of the change before it.
  if (q.kind === 'percent' && BY_PERCENT.test(text.slice(Math.max(0, q.start - 24), q.start))) return previous?.metric === 'growth_rate' && previous.down ? 'down' : 'up';
  return null;
}

/**
 * A multiplier is a change only when a verb of change or a comparative is right next to it:
 * "grew 1.8 times", "в 1,8 раза больше", "tripled" — not "met four times" or "intercepted three times".
 */
function multiplierCue(text: string, q: Quantity): 'up' | 'down' | null {
  if (q.words) return q.value < 1 ? 'down' : GROWTH.find(text, Math.max(0, q.start - 30), q.start).at(-1)?.label === 'down' ? 'down' : 'up';
  if (/fold/iu.test(text.slice(q.start, q.end))) return 'up';
  const before = GROWTH.find(text, Math.max(0, q.start - 30), q.start).at(-1);
  const near = before && /^[\s\u00A0]*(?:by|на|almost|nearly|почти|more than|более чем|in)?[\s\u00A0]*$/iu.test(text.slice(before.end, q.start)) ? before : undefined;
  const after = MULTIPLIER_COMPARE.exec(text.slice(q.end, q.end + 16));
  if (after) return /^(?:less|lower|smaller|fewer|меньше|ниже)$/iu.test(after[1]!) ? 'down' : 'up';
  return near?.label ?? null;
}

/** The metric whose change a growth rate measures: nearest amount metric in the sentence. */
function growthTarget(hits: readonly Hit<Metric>[], q: Quantity, sentence: { start: number; end: number }): Metric | undefined {
  const amount: Pick = (m) => accepts(m, 'money') || accepts(m, 'mass') || accepts(m, 'persons');
  return (nearestLeft(hits, sentence.start, q.start, amount) ?? nearestRight(hits, q.end, sentence.end, amount))?.label;
}

export interface MetricInput {
  text: string;
  q: Quantity;
  frame: Frame;
  hits: readonly Hit<Metric>[];
  sentence: { start: number; end: number };
  previous: MetricChoice | null;
  /** The metric of the last figure of the previous sentence, for "the figure", "его". */
  earlier: Metric | null;
  /** Kind of the previous quantity in the sentence: money after "1.1 million tonnes of wheat" is its value. */
  previousKind?: QuantityKind | null;
  /** Where the previous quantity of the sentence ends. */
  previousEnd?: number;
}

export function chooseMetric(input: MetricInput): MetricChoice | null {
  const { text, q, frame, hits, sentence, previous } = input;
  const kind = q.kind;
  if (!kind) return null;
  const restated = restatement(input);
  if (restated) return restated;
  if (kind === 'pp') return { metric: 'other' };
  if (kind === 'percent' || kind === 'times') {
    const cue = kind === 'times' ? multiplierCue(text, q) : growthCue(text, q, frame, previous);
    const level = kind === 'percent' && LEVEL_TO.test(text.slice(Math.max(0, q.start - 6), q.start));
    if (!cue || level) return kind === 'times' ? null : { metric: 'other' };
    const inSentence = growthTarget(hits, q, sentence) ?? previous?.growthOf ?? (previous?.metric !== 'growth_rate' ? previous?.metric : undefined);
    const growthOf = inSentence ?? anaphoric(input, () => true) ?? undefined;
    // A growth rate means something only with what grew: share prices and yields are "other".
    if (!growthOf || categoryOf(growthOf) === 'other') return { metric: 'other' };
    return { metric: 'growth_rate', growthOf, down: cue === 'down', ...(inSentence ? {} : { anaphoric: true }) };
  }
  if (kind === 'persons' || kind === 'count') return { metric: headcountMetric(input) };
  if (isAbsoluteChange(text, q, frame)) return { metric: 'other' };
  const ok: Pick = (m) => accepts(m, kind);
  const hit =
    nearestLeft(hits, frame.leftStart, q.start, ok) ??
    nearestRight(hits, q.end, frame.rightEnd, ok);
  // "1.1 million tonnes of wheat …, worth $270 million": the value of those goods, for their period.
  if (!hit && kind === 'money' && PHYSICAL.has(input.previousKind ?? 'money') && inherited(previous, kind)) return { metric: 'other', restates: true };
  // Restating the amount before it ("42%, which was $1.99 billion") happens within one clause.
  const sameClause = input.previousEnd !== undefined && input.previousEnd >= frame.clauseStart;
  const local = hit?.label ?? (sameClause ? inherited(previous, kind) : null);
  const pointed = local ? null : anaphoric(input, ok);
  const found = local ?? pointed ?? sentenceWide(hits, q, sentence, ok)?.label ?? inherited(previous, kind);
  if (kind === 'money' && hit && PARTIAL_METRICS.has(hit.label) && isPartial(text, hit)) return { metric: 'other' };
  if (kind === 'money' && !hit && found && PARTIAL_METRICS.has(found)) {
    const wide = sentenceWide(hits, q, sentence, ok);
    if (wide && wide.label === found && isPartial(text, wide)) return { metric: 'other' };
  }
  return { metric: found ?? (kind === 'length' ? 'distance' : 'other'), ...(pointed ? { anaphoric: true } : {}) };
}

// "grew 9 percent, rather than the 7 percent initially reported": the second number restates the first.
const RESTATES = /(?:\brather than|\binstead of|\bnot|(?:^|\s)а не|(?:^|\s)вместо|(?:^|\s)не)[\s\u00A0]+(?:the[\s\u00A0]+|a[\s\u00A0]+)?(?:previously[\s\u00A0]+|initially[\s\u00A0]+|earlier[\s\u00A0]+)?(?:reported[\s\u00A0]+)?$/iu;

/** The choice of the figure a "rather than X" restates, when X is of the same kind. */
function restatement({ text, q, frame, previous, previousKind }: MetricInput): MetricChoice | null {
  if (!previous || previousKind !== q.kind) return null;
  return RESTATES.test(text.slice(frame.leftStart, q.start)) ? { ...previous, restates: true } : null;
}

function sentenceWide(hits: readonly Hit<Metric>[], q: Quantity, sentence: { start: number; end: number }, ok: Pick): Hit<Metric> | null {
  return nearestLeft(hits, sentence.start, q.start, ok) ?? nearestRight(hits, q.end, sentence.end, ok);
}

function anaphoric({ text, q, frame, earlier }: MetricInput, ok: Pick): Metric | null {
  if (!earlier || !ok(earlier)) return null;
  // "В этом году мы ожидаем выйти на 4 млрд": a bare amount in a quote continues the series before it.
  if (q.elided) return earlier;
  ANAPHORA.lastIndex = 0;
  return ANAPHORA.test(text.slice(frame.clauseStart, q.start)) ? earlier : null;
}

/** "non-oil exports", "trade in agricultural products": a part of the total. */
function isPartial(text: string, hit: Hit<Metric>): boolean {
  PARTIAL.lastIndex = 0;
  const around = text.slice(Math.max(0, hit.start - 22), Math.min(text.length, hit.end + 28));
  const m = PARTIAL.exec(around);
  if (!m) return false;
  // After the keyword only "in/of X" counts ("trade in agricultural products", "экспорт нефти").
  const afterStart = hit.end - Math.max(0, hit.start - 22);
  return m.index < afterStart ? true : /^[\s\u00A0]+(?:in|of|on|в|во|на)?[\s\u00A0]*(?:\p{L}+[\s\u00A0]+)?$/u.test(around.slice(afterStart, m.index)) || /^[\s\u00A0]+$/u.test(around.slice(afterStart, m.index));
}

function isAbsoluteChange(text: string, q: Quantity, frame: Frame): boolean {
  if (CHANGE_AFTER.test(text.slice(q.end, q.end + 20))) return true;
  if (!CHANGE_BY.test(text.slice(Math.max(0, q.start - 5), q.start))) return false;
  return GROWTH.find(text, Math.max(frame.leftStart, q.start - 60), q.start).length > 0;
}

function inherited(previous: MetricChoice | null, kind: QuantityKind): Metric | null {
  if (!previous) return null;
  const m = previous.metric === 'growth_rate' ? previous.growthOf : previous.metric;
  return m && m !== 'other' && accepts(m, kind) ? m : null;
}

// ", including 900 children,": an insertion that breaks off a part of the head count before it.
const INSERTION_OPEN = /^[\s\u00A0]*[,(–—][\s\u00A0]*(?:including|among them|among whom|в том числе|из них|среди них)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+){0,2}$/iu;
const INSERTION_AFTER = /^[\s\u00A0]*[,(][\s\u00A0]*(?:including|among them|в том числе|среди них)[^,;()]*[,)]/iu;
// "two Azerbaijani nationals, brothers aged 59 and 55, died": the verb after an apposition between commas.
const APPOSITION_AFTER = /^[\s\u00A0]*,[^,;:()]{1,60},[\s\u00A0]*/u;
const PERSON_METRICS: ReadonlySet<Metric> = new Set(['troops', 'casualties', 'displaced']);

/** Troops, casualties, displaced or incidents: the noun says which, a cue ("killed", "fled") may override. */
function headcountMetric({ text, q, frame, previous, previousEnd }: MetricInput): Metric {
  if (q.kind === 'count' || q.countedBy) return (q.nounMetric as Metric | null | undefined) ?? 'other';
  // "evacuated 3,200 residents, including 900 children": the part counts what the whole counts.
  const part = previous && previousEnd !== undefined && PERSON_METRICS.has(previous.metric) && INSERTION_OPEN.test(text.slice(previousEnd, q.start));
  if (part) return previous.metric;
  const from = Math.max(frame.leftStart, q.start - 80);
  // "More than 40 soldiers, including three officers, were wounded": the verb after the insertion governs.
  const skip = INSERTION_AFTER.exec(text.slice(q.end, frame.clauseEnd)) ?? APPOSITION_AFTER.exec(text.slice(q.end, frame.rightReach));
  const to = skip ? Math.min(frame.clauseEnd, q.end + skip[0].length + 40) : Math.min(frame.rightEnd, q.end + 60);
  const cueFrom = skip ? q.end + skip[0].length : q.end;
  for (const [metric, matcher] of CUE_METRICS) {
    if (matcher.find(text, from, q.start).length > 0 || matcher.find(text, cueFrom, to).length > 0) return metric;
  }
  const noun = q.nounMetric as Metric | null | undefined;
  if (noun) return noun;
  // "их численность составляла около 2 тыс. человек": a strength of the troops or refugees named before.
  if (STRENGTH.test(text.slice(Math.max(frame.clauseStart, q.start - 50), q.start))) {
    const before = KEYWORDS.find(text, Math.max(0, q.start - 300), q.start).filter((h) => accepts(h.label, 'persons'));
    if (before.at(-1)) return before.at(-1)!.label;
  }
  return 'other';
}
