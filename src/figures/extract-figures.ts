/**
 * Article text → Figure[]: every quantity with a unit, what it measures, for whom, when, and how
 * sure the writer was. Pure and synchronous; lexicons come from config/figures.
 */
import { categoryOf, type Figure, type FigureContext, type Metric, type Modality, type Qualifier } from '../model/figure.ts';
import { assignPeriod, FLOW_METRICS, type FigurePeriod } from './figure-periods.ts';
import { clauseBreaks, frameOf, type Frame } from './frames.ts';
import { chooseMetric, metricHits, type MetricChoice } from './metrics.ts';
import { modalityOf } from './modality.ts';
import { findPeriods, parsePublished, type PeriodMention, type Published } from './periods.ts';
import { findQuantities, languageOf, type Quantity } from './quantities.ts';
import { qualifierOf } from './qualifiers.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { hasPeriodHeader, linesOf, tableBlocks, tableFigures } from './tables.ts';
import { chooseSubject, findPlaces, mainPair } from './subjects.ts';
import { PER_UNIT_RE } from './units.ts';

interface ArticleState {
  text: string;
  pub: Published | null;
  pair: string[];
  carried: { paragraph: number; period: FigurePeriod; chain: boolean } | null;
  /** Metric of the last figure so far, for anaphora in the next sentence. */
  earlier: Metric | null;
  /** The last money amount and its paragraph, for a bare "5 billion" in the next sentence of a quote. */
  money: { paragraph: number; q: Quantity } | null;
}

/** A number in parentheses right after another of the same kind restates it in other units: "4,324-kilometer (2,686-mile)". */
function isConversion(text: string, qs: readonly Quantity[], i: number): boolean {
  const q = qs[i]!;
  const prev = qs[i - 1];
  if (!prev || prev.kind !== q.kind || q.kind === 'money') return false;
  return /^[\s\u00A0]*\([\s\u00A0]*(?:about|approx\.?|some|около|примерно)?[\s\u00A0]*$/iu.test(text.slice(prev.end, q.start));
}

/**
 * A scaled number with no unit takes the unit of the amount before it: money from the sentence or,
 * in a quote, the paragraph ("в 2022 году ожидается рост до 3 млрд"); any other unit from the
 * quantity right before it when that one is scaled too ("23,8 млрд кубометров, из них в Италию – 10,2 млрд").
 */
function withElidedUnit(qs: readonly Quantity[], paragraphMoney: Quantity | null): Quantity[] {
  return qs.map((q, i) => {
    if (q.unit !== null || q.scale < 1e3) return q;
    const before = qs.slice(0, i).reverse();
    const prev = before.find((p) => p.unit !== null);
    if (prev && prev.kind !== 'money' && prev.kind !== 'percent' && prev.scale > 1) {
      return { ...q, unit: prev.unit, kind: prev.kind, factor: prev.factor, value: q.value * prev.factor, nounMetric: prev.nounMetric ?? null };
    }
    const money = before.find((p) => p.kind === 'money') ?? paragraphMoney;
    return money && q.scale >= 1e6 ? { ...q, unit: money.unit, kind: money.kind } : q;
  });
}

function signed(choice: MetricChoice, q: Quantity): number {
  if (!choice.down) return q.value;
  if (q.unit === 'times') return q.value > 1 ? 1 / q.value : q.value;
  return -Math.abs(q.value);
}

/** Everything one sentence's figures are decided from. */
interface Scope {
  state: ArticleState;
  s: Sentence;
  quantities: Quantity[];
  frames: Frame[];
  hits: ReturnType<typeof metricHits>;
  places: ReturnType<typeof findPlaces>;
  mentions: PeriodMention[];
}

function scopeOf(state: ArticleState, s: Sentence, all: readonly Quantity[]): Scope | null {
  const { text, pub } = state;
  const paragraphMoney = state.money?.paragraph === s.paragraph ? state.money.q : null;
  const qs = withElidedUnit(all.filter((q) => q.start >= s.start && q.end <= s.end), paragraphMoney);
  const lastMoney = qs.filter((q) => q.kind === 'money').at(-1);
  if (lastMoney) state.money = { paragraph: s.paragraph, q: lastMoney };
  const quantities = qs.filter((q) => q.unit !== null);
  if (quantities.length === 0) return null;
  const breaks = clauseBreaks(text, s.start, s.end);
  return {
    state,
    s,
    quantities,
    frames: quantities.map((_, i) => frameOf(text, s, quantities, i, breaks)),
    hits: metricHits(text, s.start, s.end),
    // A currency written before the number ("US$") is not a country; "2,000 Russian peacekeepers" is.
    places: findPlaces(text, s.start, s.end).filter((p) => !qs.some((q) => q.start < q.numberStart && p.start < q.numberStart && q.start < p.end)),
    mentions: findPeriods(text, pub, s.start, s.end).filter((p) => !quantities.some((q) => p.start < q.end && q.start < p.end)),
  };
}

function figuresOfSentence(state: ArticleState, s: Sentence, all: readonly Quantity[]): Figure[] {
  const scope = scopeOf(state, s, all);
  if (!scope) {
    if (state.carried) state.carried.chain = false;
    return [];
  }
  // The period of a flow carries through its paragraph and on through following sentences that hold figures.
  if (state.carried && state.carried.paragraph !== s.paragraph && !state.carried.chain) state.carried = null;
  const out: Figure[] = [];
  let previous: MetricChoice | null = null;
  let changeTo: FigurePeriod | null = null;
  for (let i = 0; i < scope.quantities.length; i++) {
    if (isConversion(state.text, scope.quantities, i)) continue;
    const made = figureAt(scope, i, previous, out.at(-1), changeTo);
    if (!made) continue;
    changeTo = made.changeTo;
    previous = made.choice;
    out.push(made.figure);
  }
  // "этот показатель" points at the last figure that measured something, not at a share.
  const last = out.filter((f) => f.metric !== 'other').at(-1);
  if (last) state.earlier = last.metric === 'growth_rate' ? (last.growthOf ?? null) : last.metric;
  return out;
}

/** The figure of the i-th quantity of a sentence, or null when it measures nothing. */
function figureAt(scope: Scope, i: number, previous: MetricChoice | null, last: Figure | undefined, changeTo: FigurePeriod | null): { figure: Figure; choice: MetricChoice; changeTo: FigurePeriod | null } | null {
  const { state, s, quantities, frames, hits, places, mentions } = scope;
  const { text, pub, pair } = state;
  const q = quantities[i]!;
  const frame = frames[i]!;
  const before = quantities[i - 1];
  let choice = chooseMetric({ text, q, frame, hits, sentence: s, previous, earlier: state.earlier, previousKind: before?.kind ?? null, ...(before ? { previousEnd: before.end } : {}) });
  if (!choice) return null;
  if (PER_UNIT_RE.test(text.slice(q.end, q.end + 30))) choice = { metric: 'other' };
  const next = q.change === 'from' ? quantities[i + 1] : undefined;
  const afterTarget = last?.modality === 'target';
  const measured = choice.growthOf ?? choice.metric;
  const nextModality = next ? modalityOf({ text, q: next, frame: frames[i + 1]!, metric: measured }) : undefined;
  let modality = modalityOf({ text, q, frame, metric: measured, afterTarget, ...(next ? { rateAt: next.end } : {}) });
  const clause = places.filter((p) => p.start >= frame.clauseStart && p.end <= frame.clauseEnd);
  const near = places.filter((p) => p.start >= frame.leftStart && p.end <= frame.rightEnd);
  const about = choice.metric === 'growth_rate' ? (choice.growthOf ?? 'trade_turnover') : choice.metric;
  // "экспорт вырос на 13,9% – до $1,1 млрд": the amount restating a growth rate shares its subject.
  const restates = last && previous && !near.some((p) => p.kind !== 'pair') && (last.growthOf === about || last.metric === about);
  const subject = restates ? last.subject : chooseSubject({ text, metric: about, surface: q, near, clause, sentence: places, pair });
  const changeTarget = q.change === 'from' ? periodOfChangeTarget(state, quantities, i, frames[i + 1] ?? frame, mentions, choice.metric, nextModality) : null;
  // "raise from 4 million to 8 million tonnes by 2027": the old value is today's, not the year before the target's.
  const to = q.change === 'from' ? (nextModality === 'target' || changeTarget?.target ? null : changeTarget) : changeTo;
  // A period written right after another number belongs to that number.
  const ownedByOther = (p: PeriodMention): boolean => quantities.some((o, j) => j !== i && p.start >= o.end && p.end <= frames[j]!.rightEnd);
  const period = assignPeriod({ metric: choice.metric, q, frame, quantities, mentions, pub, modality, carried: state.carried?.period ?? null, changeTo: to, ownedByOther, siblingPeriod: last?.period ?? null });
  if (period.target) modality = 'target';
  if (FLOW_METRICS.has(choice.metric) && (period.basis === 'stated' || period.basis === 'relative') && period.period && !modality && !period.derived) {
    state.carried = { paragraph: s.paragraph, period, chain: true };
  }
  return { figure: toFigure(text, s, q, choice, subject, period, modality), choice, changeTo: to };
}

/** The period the 'to' side of "from X to Y" gets, so that X can take the one before it. */
function periodOfChangeTarget(state: ArticleState, qs: readonly Quantity[], i: number, frame: Frame, mentions: readonly PeriodMention[], metric: Metric, modality: Modality | undefined): FigurePeriod | null {
  const to = qs[i + 1];
  if (!to || to.change !== 'to') return null;
  return assignPeriod({ metric, q: to, frame, quantities: qs, mentions, pub: state.pub, modality, carried: null, changeTo: null, ownedByOther: () => false });
}

/** "about 60 Russian and 60 Turkish officers": a qualifier before the pair qualifies both. */
function pairedQualifier(text: string, q: Quantity): Qualifier {
  const own = qualifierOf(text, q);
  return own === 'exact' && q.pairedWith !== undefined ? qualifierOf(text, { ...q, start: q.pairedWith }) : own;
}

function toFigure(text: string, s: Sentence, q: Quantity, choice: MetricChoice, subject: string, period: FigurePeriod, modality: Modality | undefined): Figure {
  const figure: Figure = {
    category: categoryOf(choice.metric),
    metric: choice.metric,
    subject,
    value: Number(signed(choice, q).toPrecision(12)),
    unit: q.unit!,
    qualifier: pairedQualifier(text, q),
    period: period.period,
    periodBasis: period.basis,
    quote: s.text,
    start: s.start,
    end: s.end,
    surface: text.slice(q.start, q.end),
    surfaceStart: q.start,
    surfaceEnd: q.end,
  };
  if (choice.growthOf) figure.growthOf = choice.growthOf;
  if (q.low !== undefined && q.high !== undefined) {
    figure.low = Number(q.low.toPrecision(12));
    figure.high = Number(q.high.toPrecision(12));
  }
  if (modality) figure.modality = modality;
  return figure;
}

/** The figures in an article's main text, in text order. */
export function extractFigures(text: string, ctx: FigureContext): Figure[] {
  const lang = languageOf(text);
  const state: ArticleState = { text, pub: parsePublished(ctx.published), pair: mainPair(text, ctx.title), carried: null, earlier: null, money: null };
  const lines = linesOf(text);
  // Tables with periods in their header are read by column and their numbers never reach the
  // sentence reader; other " | " lines (an infobox "Trade with Russia | $4.4 billion (2023)") are read as text.
  const blocks = tableBlocks(lines).filter((b) => hasPeriodHeader(b, state.pub));
  const inTable = (at: number): boolean => blocks.some((b) => at >= b[0]!.start && at <= b.at(-1)!.end);
  const quantities = findQuantities(text, lang).filter((q) => !inTable(q.start));
  const fromTables = blocks.flatMap((block) => {
    const captionLine = lines.find((l) => l.end + 1 === block[0]!.start);
    return tableFigures(block, { text, lang, pub: state.pub, pair: state.pair, caption: captionLine?.text ?? '' });
  });
  const fromSentences = splitSentences(text, lang).flatMap((s) => figuresOfSentence(state, s, quantities));
  return [...fromSentences, ...fromTables].sort((a, b) => a.surfaceStart - b.surfaceStart);
}
