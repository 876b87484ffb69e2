/**
 * From the sections' JSON to the goal verdicts and the table that `npm run bench` prints (Markdown,
 * so docs/benchmarks.md can hold it verbatim).
 */
import { goalText, judge, type Goal } from './goals.ts';

// The sections' JSON as this module reads it; every field may be missing when a section failed or was skipped.
type Json = any;

export interface Sections {
  text?: Json;
  figures?: Json;
  feeds?: Json;
  cycles?: Json[];
  cycleVariants?: Json[];
  soak?: Json;
  soakVariants?: Json[];
  ledger?: Json;
  /** The node heap flags the cycle and soak sections ran with (the image's NODE_OPTIONS). */
  imageHeap?: string;
}

const n = (x: number | undefined | null, digits = 0): string =>
  x === undefined || x === null ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function evaluateGoals(s: Sections): Goal[] {
  const cycle = (feeds: number): Json => s.cycles?.find((c) => c.feeds === feeds);
  return [
    judge('text-speed', 'main text: figurewatch vs Readability on jsdom (pages per CPU-second)', 'min', 5, '×', s.text?.speedupVsJsdom),
    judge('text-figures', 'text + figures, benchmark pages, one core', 'min', 200, 'articles/s', s.figures?.textAndFigures?.articlesPerSecond),
    judge('warm-500', 'warm cycle, 500 feeds (all 304)', 'max', 5, 's', cycle(500)?.warmMedianSeconds),
    judge('rss-2000', 'peak RSS, 2,000 feeds (cold + warm cycles)', 'max', 200, 'MiB', cycle(2000)?.peakRssMiB),
    judge('soak-rss', `RSS growth over ${s.soak?.cycles ?? 1000} warm cycles`, 'max', 10, 'MiB', s.soak?.rssGrowthMiB),
    judge('ledger-typical', `ledger comparison at ${n(s.ledger?.claims)} claims, typical key`, 'max', 1, 'ms', s.ledger?.comparisonMs?.typicalKey),
    judge('ledger-busiest', `ledger comparison at ${n(s.ledger?.claims)} claims, busiest key (${n(s.ledger?.busiestKey?.claims)} claims)`, 'max', 1, 'ms', s.ledger?.comparisonMs?.busiestKey),
  ];
}

type Row = [string, string, string, string];

function goalRow(goals: Goal[], id: string, measure: string, result: string): Row {
  const goal = goals.find((g) => g.id === id);
  return [measure, result, goal ? goalText(goal) : '', goal?.verdict ?? ''];
}

function textRows(s: Sections, goals: Goal[]): Row[] {
  const t = s.text;
  if (!t) return [['1 main text', 'not run', '', '']];
  const e = t.extractors;
  const line = (x: Json): string => `${n(x.pagesPerSecond)} pages/s · F1 ${x.f1} · p50 ${x.perPage.p50Ms} ms`;
  return [
    [`1 main text: figurewatch (cheerio), ${t.extractors.figurewatch.pages} pages`, line(e.figurewatch), '', ''],
    ['1 main text: Readability 0.6 on jsdom', line(e.readabilityJsdom), '', ''],
    ['1 main text: Readability 0.6 on linkedom', line(e.readabilityLinkedom), '', ''],
    goalRow(goals, 'text-speed', '1 figurewatch ÷ Readability on jsdom', `${t.speedupVsJsdom}× (vs linkedom ${t.speedupVsLinkedom}×)`),
  ];
}

function figureRows(s: Sections, goals: Goal[]): Row[] {
  const f = s.figures;
  if (!f) return [['2 figures', 'not run', '', '']];
  const a = f.figures;
  const b = f.textAndFigures;
  return [
    [`2 figures: ${n(a.articles)} texts (${a.distinctTexts} distinct × ${a.passes})`, `${n(a.articlesPerSecond)} articles/s · p50 ${a.perArticle.p50Ms} ms · first pass ${a.firstPassSeconds} s`, '', ''],
    goalRow(goals, 'text-figures', `2 text + figures: ${b.pages} benchmark pages`, `${n(b.articlesPerSecond)} articles/s (text ${b.textMsPerPage} + figures ${b.figuresMsPerPage} ms/page)`),
  ];
}

function feedRows(s: Sections): Row[] {
  const f = s.feeds;
  if (!f) return [['3 feeds', 'not run', '', '']];
  return [
    [`3 feeds: corpora (${f.corpora.feeds} feeds, ${f.corpora.items} items)`, `${n(f.corpora.itemsPerSecond)} items/s · ${n(f.corpora.feedsPerSecond)} feeds/s`, '', ''],
    [`3 feeds: 50-item news feeds (${f.news50.feeds})`, `${n(f.news50.itemsPerSecond)} items/s · ${n(f.news50.megabytesPerSecond, 1)} MB/s`, '', ''],
  ];
}

function cycleRows(s: Sections, goals: Goal[]): Row[] {
  if (!s.cycles?.length) return [['4 cycle', 'not run', '', '']];
  const rows: Row[] = s.cycles.map((c) => {
    const result = `cold ${n(c.cold.seconds, 1)} s · warm ${n(c.warmMedianSeconds, 2)} s · peak RSS ${n(c.peakRssMiB)} MiB`;
    const measure = `4 cycle: ${n(c.feeds)} feeds × 50 items (${n(c.cold.report.articles.recorded)} pages)`;
    if (c.feeds === 500) return goalRow(goals, 'warm-500', measure, result);
    if (c.feeds === 2000) return goalRow(goals, 'rss-2000', measure, result);
    return [measure, result, '', ''];
  });
  const growth = cycleGrowth(s.cycles);
  if (growth) rows.push(['4 growth with N', growth, '', '']);
  if (s.imageHeap) rows.push(['4, 5 heap settings', `node ${s.imageHeap} (the image's NODE_OPTIONS)`, '', '']);
  for (const v of s.cycleVariants ?? []) {
    rows.push([`4 variant: ${n(v.feeds)} feeds, ${v.label}`, `cold ${n(v.cold.seconds, 1)} s · warm ${n(v.warmMedianSeconds, 2)} s · peak RSS ${n(v.peakRssMiB)} MiB`, '', '']);
  }
  return rows;
}

/** Least-squares line through (N, seconds): cycle time per feed and fixed cost, cold and warm. */
export function cycleGrowth(cycles: Json[]): string | null {
  if (cycles.length < 2) return null;
  const fit = (ys: number[]): { slope: number; intercept: number } => {
    const xs = cycles.map((c) => c.feeds as number);
    const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
    const my = ys.reduce((a, b) => a + b, 0) / ys.length;
    const slope = xs.reduce((acc, x, i) => acc + (x - mx) * ((ys[i] ?? 0) - my), 0) / xs.reduce((acc, x) => acc + (x - mx) ** 2, 0);
    return { slope, intercept: my - slope * mx };
  };
  const warm = fit(cycles.map((c) => c.warmMedianSeconds));
  const cold = fit(cycles.map((c) => c.cold.seconds));
  return `linear: warm ≈ ${n(warm.slope * 1000, 2)} ms × N, cold ≈ ${n(cold.slope * 1000, 1)} ms × N (concurrency ${cycles[0].concurrency}, 20–80 ms latency)`;
}

function soakResult(k: Json): string {
  return `RSS ${k.start.rssMiB} → ${k.end.rssMiB} MiB (second half ${k.secondHalfGrowthMiB >= 0 ? '+' : ''}${k.secondHalfGrowthMiB}) · live heap ${k.start.heapAfterGcMiB} → ${k.end.heapAfterGcMiB} MiB · fds ${k.start.openFds} → ${k.end.openFds}`;
}

function soakRows(s: Sections, goals: Goal[]): Row[] {
  const k = s.soak;
  if (!k) return [['5 soak', 'not run', '', '']];
  return [
    goalRow(goals, 'soak-rss', `5 soak: ${n(k.cycles)} warm cycles × ${k.feeds} feeds (${k.msPerCycle} ms each)`, soakResult(k)),
    ...(s.soakVariants ?? []).map((v): Row => [`5 variant: soak, ${v.label}`, soakResult(v), '', '']),
  ];
}

function ledgerRows(s: Sections, goals: Goal[]): Row[] {
  const l = s.ledger;
  if (!l) return [['6 ledger', 'not run', '', '']];
  return [
    [`6 ledger: bulk build, ${n(l.claims)} claims (${n(l.fileMiB)} MiB)`, `${n(l.bulkInsertClaimsPerSecond)} claims/s · recordArticle ${n(l.recordArticlePerSecond)} articles/s`, '', ''],
    goalRow(goals, 'ledger-typical', '6 ledger: compare one new figure, typical key', `${l.comparisonMs.typicalKey} ms (recordArticle p50 ${l.recordArticleMs.typicalKey.p50} ms)`),
    goalRow(goals, 'ledger-busiest', `6 ledger: busiest key (${l.busiestKey.metric} ${l.busiestKey.subject} ${l.busiestKey.period}, ${n(l.busiestKey.claims)} claims)`, `${l.comparisonMs.busiestKey} ms (p95 ${l.recordArticleMs.busiestKey.p95} ms)`),
  ];
}

export function renderTable(s: Sections, goals: Goal[]): string {
  const rows: Row[] = [...textRows(s, goals), ...figureRows(s, goals), ...feedRows(s), ...cycleRows(s, goals), ...soakRows(s, goals), ...ledgerRows(s, goals)];
  const header: Row = ['measure', 'result', 'goal', 'verdict'];
  const escape = (cell: string): string => cell.replace(/\|/g, '\\|');
  return [header, ['---', '---', '---', '---'] as Row, ...rows].map((row) => `| ${row.map(escape).join(' | ')} |`).join('\n');
}
