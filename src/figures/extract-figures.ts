/**
 * Article text → Figure[]: every quantity with a unit, what it measures, for whom, when, and how
 * sure the writer was. Pure and synchronous; lexicons come from config/figures.
 */
import type { Figure, FigureContext, Metric } from '../model/figure.ts';
import { figureAt } from './figure-at.ts';
import type { FigurePeriod } from './figure-periods.ts';
import type { MetricChoice } from './metrics.ts';
import { hitsWithin } from './patterns.ts';
import { findPeriods, parsePublished, type PeriodMention, type Published } from './periods.ts';
import { findQuantities, languageOf, type Quantity } from './quantities.ts';
import { enclosingParen, isBullet, mentionsOf, scopeOf, seriesFor, type ArticleState } from './sentence-scope.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { hasPeriodHeader, linesOf, tableBlocks, tableFigures, undatedColumns, type Line } from './tables.ts';
import { hasPeriodRows, periodRowFigures } from './period-rows.ts';
import { hasPartnerColumns, partnerColumnFigures } from './table-partners.ts';
import { columnFigures, countryColumnFigures, hasCountryColumns, metricColumnCells } from './table-columns.ts';
import { findAllPlaces, mainPair, namedCountries, OWN_TOTAL, pairOf } from './subjects.ts';
import { MONEY_SERIES, PHYSICAL, metricHits, namesRegionalTrade } from './metrics.ts';
import { kindOfUnit } from './lexicon.ts';
import { routeOf } from './subject-routes.ts';

const YEAR_LIKE = /(?:19|20)\d\d/u;
const ROUTE_LIKE = /\p{Lu}\p{Ll}+[\s\u00A0]*[-–—][\s\u00A0]*\p{Lu}/u;
// Cheap before ROUTE_LIKE, whose letter classes are costly to try at every offset: no dash, no route.
const DASH = /[-–—]/u;

function figuresOfSentence(state: ArticleState, s: Sentence, all: readonly Quantity[]): Figure[] {
  // Periods are read where a figure may need one, or where a later "тогда" may (a year is written).
  // ("we will pass four point eight billion": words carry their scale in the value.)
  const worth = YEAR_LIKE.test(s.text) || hitsWithin(all, s.start, s.end).some((q) => q.unit !== null || q.scale > 1 || (q.words && q.value >= 1e3));
  const mentions = worth ? mentionsOf(state, s) : [];
  const first = scopeOf(state, s, all, mentions);
  // ("Из общего числа нарушений за апрель 97 зафиксированы": a bare number may get its unit only from the words around it.)
  const scope = !worth && first?.quantities.some((q) => q.unit !== null) ? scopeOf(state, s, all, mentionsOf(state, s)) : first;
  const out = scope ? figuresOfScope(state, s, scope) : [];
  if (!scope && state.carried) state.carried.chain = false;
  if (!scope) rememberTopic(state, s);
  rememberPeriods(state, s, mentions, out);
  // A route is written as names joined by a dash ("Baku-Novorossiysk"): only such sentences are searched.
  if (DASH.test(s.text) && ROUTE_LIKE.test(s.text)) state.route = routeOf(state.text, findAllPlaces(state.text, s.start, s.end)) ?? state.route;
  return out;
}

function figuresOfScope(state: ArticleState, s: Sentence, scope: NonNullable<ReturnType<typeof scopeOf>>): Figure[] {
  // The period of a flow carries through its paragraph and on through following sentences that hold figures.
  if (state.carried && state.carried.paragraph !== s.paragraph && !state.carried.chain) state.carried = null;
  const out: Figure[] = [];
  const run = { previous: null as MetricChoice | null, last: undefined as Figure | undefined, total: null as string | null, changeTo: null as FigurePeriod | null, span: null as string | null, figures: out };
  for (let i = 0; i < scope.quantities.length; i++) {
    const made = figureAt(scope, i, run);
    if (!made) continue;
    run.changeTo = made.changeTo;
    run.previous = made.choice;
    run.span = changedSpan(out.at(-1), made.figure) ?? run.span;
    if (run.span) state.story.span = run.span;
    out.push(made.figure);
    run.last = made.figure;
  }
  shareHorizons(state.text, out);
  spanLevelsOpened(state.text, out);
  const lastPerson = out.filter((f) => f.unit === 'persons').at(-1);
  state.people = lastPerson ? { metric: lastPerson.metric, end: s.end } : null;
  const lastCount = out.filter((f) => f.unit === 'persons' || f.unit === 'count').at(-1);
  state.counted = lastCount && lastCount.metric !== 'other' ? { metric: lastCount.metric, unit: lastCount.unit as 'count' | 'persons', end: s.end } : null;
  // "этот показатель" points at the last figure that measured something, not at a share.
  const last = out.filter((f) => f.metric !== 'other').at(-1);
  if (last) {
    state.earlier = last.metric === 'growth_rate' ? (last.growthOf ?? null) : last.metric;
    state.earlierSubject = last.subject;
  }
  rememberSeries(state, s, out);
  for (const f of out) if (f.metric !== 'other' && f.metric !== 'growth_rate') state.ofKind.set(kindOfUnit(f.unit), f.metric);
  return out;
}

const GOODS_SERIES: ReadonlySet<string> = new Set(['trade_turnover', 'exports', 'imports', 'cargo_volume']);

/**
 * The paragraph's last total of money ("trade … at $4.62 billion", not the imports named after it) and last flow of
 * goods: "The committee also revised its 2024 figure to $4.47 billion" goes on with the total.
 */
function rememberSeries(state: ArticleState, s: Sentence, figures: readonly Figure[]): void {
  const kept = seriesFor(state, s) ?? { paragraph: s.paragraph, money: null, goods: null };
  const total = figures.filter((f) => MONEY_SERIES.has(f.metric) && kindOfUnit(f.unit) === 'money').at(-1);
  const goods = figures.filter((f) => GOODS_SERIES.has(f.metric) && PHYSICAL.has(kindOfUnit(f.unit))).at(-1)?.metric ?? kept.goods;
  state.series = { paragraph: s.paragraph, money: total?.metric ?? kept.money, goods, moneySubject: total ? total.subject : (kept.moneySubject ?? null), bullet: isBullet(state.text, s) };
}

const UNIT_LINE = /^[\s\u00A0]*\([^()]{1,40}\)[\s\u00A0]*$/u;
const TABLE_TITLE = /^[\s\u00A0]*(?:table|таблица|табл\.)[\s\u00A0]*\d/iu;

/**
 * "Bilateral Russian-Iranian trade, by contrast, is stuck. It came to $4.8bn": a sentence that names a
 * flow and its two countries, with no figure, is what "it" in the next one points at.
 */
function rememberTopic(state: ArticleState, s: Sentence): void {
  const hit = metricHits(state.text, s.start, s.end).filter((h) => TOPIC_METRICS.has(h.label)).at(-1);
  if (!hit) return;
  const codes = namedCountries(state.text, s.start, s.end);
  if (codes.length !== 2) return;
  state.earlier = hit.label;
  state.earlierSubject = pairOf(codes);
}

const TOPIC_METRICS: ReadonlySet<string> = new Set(['trade_turnover', 'exports', 'imports', 'investment', 'cargo_volume']);

// "увеличить товарооборот в полтора раза – до 7 млрд долларов к 2030 году": the change and its new level.
const TO_LEVEL = /^[\s\u00A0]*[,–—-]?[\s\u00A0]*(?:[\p{L}’']+[\s\u00A0]+){0,4}(?:до|to|reaching|to reach)[\s\u00A0]+(?:\p{L}+[\s\u00A0]+)?$/iu;

/**
 * A planned change with no horizon of its own takes the one of the level it leads to; an actual change takes
 * its level's stated period ("rose 3.1% to $4.95 billion in 2025 and grew another 6.2% in the first quarter").
 */
function shareHorizons(text: string, figures: Figure[]): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const change = figures[i]!;
    const level = figures[i + 1]!;
    if (change.metric === 'growth_rate' && !change.modality && !level.modality && level.metric === change.growthOf && level.periodBasis === 'stated'
      && level.period && change.period !== level.period && TO_LEVEL.test(text.slice(change.surfaceEnd, level.surfaceStart))) {
      change.period = level.period;
      change.periodBasis = level.periodBasis;
      continue;
    }
    if (change.metric !== 'growth_rate' || change.modality !== 'target' || change.period !== null) continue;
    if (level.modality !== 'target' || level.period === null || level.metric !== change.growthOf) continue;
    if (!TO_LEVEL.test(text.slice(change.surfaceEnd, level.surfaceStart))) continue;
    change.period = level.period;
    change.periodBasis = level.periodBasis;
  }
}

/** "grew from $1.7 billion in 2017 to $3.3 billion in 2023", "$4.95 billion in 2025, up from $4.10 billion in 2022": the span the change covers. */
// "вырос вдвое: с 4,6 млрд манатов в 2020 году до 9,2 млрд манатов, заложенных на 2026 год": a change whose colon
// opens its old and new levels spans their years.
const LEVELS_OPENED = /^[\s\u00A0]*:[\s\u00A0]*(?:from|с|со)[\s\u00A0]/iu;

function spanLevelsOpened(text: string, figures: Figure[]): void {
  figures.forEach((change, k) => {
    const to = figures[k + 2];
    if (!to || change.metric !== 'growth_rate' || !LEVELS_OPENED.test(text.slice(change.surfaceEnd, change.surfaceEnd + 8))) return;
    const span = changedSpan(figures[k + 1], to);
    if (span) figures[k] = { ...change, period: span, periodBasis: 'stated' };
  });
}

function changedSpan(from: Figure | undefined, to: Figure): string | null {
  // A plan for next year after this year's is no span the story covers ("не менее 9 млн т, а в 2027 году – до 11 млн").
  if (!from || !from.period || !to.period || from.metric !== to.metric || from.modality === 'target' || to.modality === 'target') return null;
  if (!/^\d{4}$/.test(from.period) || !/^\d{4}$/.test(to.period) || from.period === to.period) return null;
  // "at $4.95 billion in 2025, up from $4.10 billion in 2022": the later year may come first when years lie between
  // (a year-on-year base, "1.2 million tonnes in 2024, up from 1.05 million in 2023", is no span).
  if (Number(from.period) > Number(to.period)) return Number(from.period) - Number(to.period) > 1 ? `${to.period}..${from.period}` : null;
  return `${from.period}..${to.period}`;
}

/** The story's last period, for "тогда" in a later sentence; a stated span of years is also the story's span. */
function rememberPeriods(state: ArticleState, s: Sentence, mentions: readonly PeriodMention[], figures: readonly Figure[]): void {
  // An aside in parentheses ("(в январе–июне 2023 года – 8,74%)") is not where the story stands.
  const dated = mentions.filter((p) => p.period && p.role !== 'base' && p.role !== 'earlier' && enclosingParen(state.text, s.start, p.start) < 0);
  const last = dated.at(-1);
  if (last) state.story.last = last.role === 'since' && state.pub ? `${last.period}..${state.pub.year}` : last.period;
  const run = dated.filter((p) => /^\d{4}-(?:\d{2}\.\.\d{4}-\d{2}|H[12]|Q[1-4])$/.test(p.period!)).at(-1);
  if (run) state.story.runs = [...(state.story.runs ?? []), run.period!].slice(-6);
  const span = dated.find((p) => /^\d{4}\.\.\d{4}$/.test(p.period!));
  if (span && figures.length > 0) state.story.span = span.period;
  // "За последние пять лет … За девять месяцев импорт … Общий импорт за тот же период": a newer run of months with
  // figures of its own is what "the same period" names now, not the older span of years.
  else if (run && figures.length > 0) state.story.span = null;
}

/** The title, else the text's first line (extracted articles open with their headline). */
/** The caption: the nearest line with words before the table (a blank line may stand between). */
function captionOf(text: string, lines: readonly Line[], block: readonly Line[]): { caption: string; captionStart?: number; captionEnd?: number } {
  const captionLine = lines.filter((l) => l.end < block[0]!.start && block[0]!.start - l.end <= 3 && l.text.trim() !== '').at(-1);
  if (!captionLine) return { caption: '' };
  // "Таблица 2. Перевозки грузов между Азербайджаном и Россией\n(тыс. тонн)": a unit line under a title is one caption.
  // So is a note under a numbered title that names no metric ("Table 1. Military expenditure …, 2022–24\nFigures are in
  // US$ million at current prices").
  const above = lines.find((l) => l.end + 1 === captionLine.start && l.text.trim() !== '');
  const note = !!above && TABLE_TITLE.test(above.text) && metricHits(text, captionLine.start, captionLine.end).every((h) => h.label === 'other');
  const titleLine = UNIT_LINE.test(captionLine.text) || note ? above : undefined;
  const captionStart = titleLine?.start ?? captionLine.start;
  return { caption: text.slice(captionStart, captionLine.end), captionStart, captionEnd: captionLine.end };
}

// The title and lead: where a story says what it is about.
const LEAD_LENGTH = 700;

/**
 * The trade metrics the title and lead name: the turnover ("… он рассказал, почему товарооборот растет"), for bare money
 * with no metric near it, and freight ("Samur–Yalama rail freight hits record"), for bare tonnes.
 */
// "проект государственного бюджета на 2026 год", "the draft 2026 budget", "budget for 2026": the budget a story is about.
const BUDGET_YEAR = /бюджет\p{L}*[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+){0,3}на[\s\u00A0]+((?:19|20)\d{2})[\s\u00A0]+год|\b((?:19|20)\d{2})[\s\u00A0]+(?:state[\s\u00A0]+|draft[\s\u00A0]+|defen[cs]e[\s\u00A0]+)?budget|\bbudget[\s\u00A0]+for[\s\u00A0]+((?:19|20)\d{2})/iu;

function leadTopics(text: string): { topic: Metric | null; goodsTopic: Metric | null; budgetYear: string | null } {
  const lead = text.slice(0, Math.min(text.length, LEAD_LENGTH));
  const labels = new Set(metricHits(text, 0, lead.length).map((h) => h.label));
  const budget = BUDGET_YEAR.exec(lead);
  return {
    topic: labels.has('trade_turnover') ? 'trade_turnover' : null,
    goodsTopic: labels.has('cargo_volume') ? 'cargo_volume' : null,
    budgetYear: budget ? (budget[1] ?? budget[2] ?? budget[3] ?? null) : null,
  };
}

function titleOf(text: string, ctx: FigureContext): string {
  return ctx.title ?? text.slice(0, Math.max(0, text.indexOf('\n')));
}

function onlyCountry(title: string): string | null {
  const codes = namedCountries(title, 0, title.length);
  return codes.length === 1 ? codes[0]! : null;
}

/** The last period or dated span a headline names: "(3–30 July 2023)" is 2023-07. */
function headlinePeriod(title: string, pub: Published | null): string | null {
  return findPeriods(title, pub).filter((m) => m.period && (m.role === 'period' || m.role === 'day')).at(-1)?.period ?? null;
}

/** The figures in an article's main text, in text order. */
export function extractFigures(text: string, ctx: FigureContext): Figure[] {
  const lang = languageOf(text);
  const state: ArticleState = { text, pub: parsePublished(ctx.published), pair: mainPair(text, ctx.title), carried: null, earlier: null, earlierSubject: null, money: null, story: { last: null, span: null, runs: [], headline: headlinePeriod(titleOf(text, ctx), parsePublished(ctx.published)) }, route: null, subjects: new Map(), ofKind: new Map(), regionStory: namesRegionalTrade(titleOf(text, ctx)), titleCountry: onlyCountry(titleOf(text, ctx)), ownTradeStory: OWN_TOTAL.test(titleOf(text, ctx)), ...leadTopics(text) };
  const lines = linesOf(text);
  // Tables with periods in their header (or down their first column) are read by cell and their numbers never
  // reach the sentence reader; other " | " lines (an infobox "Trade with Russia | $4.4 billion (2023)") are read as text.
  const byRow = new Set<Line[]>();
  const byCountry = new Set<Line[]>();
  const byPartner = new Set<Line[]>();
  const allBlocks = tableBlocks(lines);
  const captions = new Map(allBlocks.map((b) => [b, captionOf(text, lines, b)]));
  const blocks = allBlocks.filter((b) => hasPeriodHeader(b, state.pub) || (hasPeriodRows(b, state.pub) && byRow.add(b)) || (hasCountryColumns(b, text) && byCountry.add(b)) || (hasPartnerColumns(b, text, captions.get(b)!.caption) && byPartner.add(b)));
  // Other tables may name a metric over a column ("Объем инвестиций"): those cells are read by column, the rest as text.
  // A table by period may have undated columns too ("Country | Active personnel | Budget 2025, $ billion").
  const byPeriod = blocks.filter((b) => !byRow.has(b) && !byCountry.has(b) && !byPartner.has(b));
  const columnCells = [
    ...allBlocks.filter((b) => !blocks.includes(b)).flatMap((b) => metricColumnCells(b, text, undefined, captions.get(b)!)),
    ...byPeriod.flatMap((b) => metricColumnCells(b, text, undatedColumns(b, state.pub))),
  ];
  const inTable = (at: number): boolean => blocks.some((b) => at >= b[0]!.start && at <= b.at(-1)!.end) || columnCells.some((c) => at >= c.cell.start && at < c.cell.end);
  const all = findQuantities(text, lang);
  const quantities = all.filter((q) => !inTable(q.start));
  const fromTables = blocks.flatMap((block) => {
    const ctx = { text, lang, pub: state.pub, pair: state.pair, ...captions.get(block)! };
    if (byCountry.has(block)) return countryColumnFigures(block, ctx);
    if (byPartner.has(block)) return partnerColumnFigures(block, ctx);
    return byRow.has(block) ? periodRowFigures(block, ctx) : tableFigures(block, ctx);
  });
  const fromColumns = columnFigures(columnCells, all, { text, lang, pub: state.pub, pair: state.pair });
  const fromSentences = splitSentences(text, lang).flatMap((s) => figuresOfSentence(state, s, quantities));
  return [...fromSentences, ...fromTables, ...fromColumns].sort((a, b) => a.surfaceStart - b.surfaceStart);
}
