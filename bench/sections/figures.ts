/**
 * Bench 2: figures. (a) Articles per second from text to figures over at least 1,000 article texts
 * (the benchmark's ground-truth bodies and our fixtures, in repeated passes: the distinct texts number
 * a few hundred). (b) The goal's measure: text AND figures per benchmark page, exactly as
 * src/pipeline/process-item.ts chains them (extractArticle, then extractFigures on its text with the
 * page's date and title). Rates are per CPU-second of the process: one dedicated core's worth.
 */
import { extractArticle } from '../../src/articles/index.ts';
import { extractFigures } from '../../src/figures/index.ts';
import { readBenchmark, type BenchmarkPage } from '../../scripts/lib/corpora.ts';
import { loadArticleTexts, type ArticleText } from '../lib/article-texts.ts';
import { collectGarbage, distribution, medianPass, progress, round, timePass, type Distribution, type PassTime } from '../lib/measure.ts';
import { runSection } from '../lib/section.ts';

// Texts without a date get one, as the pipeline almost always has the page's or the item's date.
const FALLBACK_PUBLISHED = '2024-06-01';

function figuresOf(entry: ArticleText): number {
  return extractFigures(entry.text, { published: entry.published ?? FALLBACK_PUBLISHED, title: entry.title }).length;
}

function roundDistribution(d: Distribution): Distribution {
  return { meanMs: round(d.meanMs), p50Ms: round(d.p50Ms), p95Ms: round(d.p95Ms), maxMs: round(d.maxMs) };
}

function roundPasses(passes: PassTime[]): PassTime[] {
  return passes.map((p) => ({ wallSeconds: round(p.wallSeconds, 2), cpuSeconds: round(p.cpuSeconds, 2) }));
}

function benchFigures(texts: ArticleText[], target: number) {
  // The first pass pays for compiling the lexicons and for JIT: reported, not counted in the rate.
  const warm = timePass(() => texts.forEach(figuresOf));
  const passCount = Math.ceil(target / texts.length);
  const samples: number[] = [];
  const passes: PassTime[] = [];
  let figures = 0;
  for (let pass = 0; pass < passCount; pass++) {
    collectGarbage();
    passes.push(
      timePass(() => {
        for (const entry of texts) {
          const t0 = performance.now();
          figures += figuresOf(entry);
          samples.push(performance.now() - t0);
        }
      }),
    );
  }
  const mid = medianPass(passes);
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  const result = {
    distinctTexts: texts.length,
    passes: passCount,
    articles: samples.length,
    meanChars: Math.round(chars / texts.length),
    figuresPerPass: figures / passCount,
    firstPassSeconds: round(warm.wallSeconds, 2),
    passSeconds: roundPasses(passes),
    articlesPerSecond: round(texts.length / mid.cpuSeconds, 1),
    articlesPerWallSecond: round(texts.length / mid.wallSeconds, 1),
    perArticle: roundDistribution(distribution(samples)),
  };
  progress(`figures: ${result.articles} articles (${texts.length} distinct × ${passCount}), ${result.articlesPerSecond} articles/CPU-s`);
  return result;
}

function runPage(page: BenchmarkPage): { textMs: number; figuresMs: number } {
  const t0 = performance.now();
  const article = extractArticle({ body: page.html, url: page.url });
  const t1 = performance.now();
  extractFigures(article.text, { published: article.published ? article.published.slice(0, 10) : FALLBACK_PUBLISHED, title: article.title ?? undefined });
  return { textMs: t1 - t0, figuresMs: performance.now() - t1 };
}

function benchTextAndFigures(passCount: number) {
  const pages = readBenchmark();
  pages.forEach(runPage);
  const totals: number[] = [];
  const passes: PassTime[] = [];
  let textMs = 0;
  let figuresMs = 0;
  for (let pass = 0; pass < passCount; pass++) {
    collectGarbage();
    passes.push(
      timePass(() => {
        for (const page of pages) {
          const r = runPage(page);
          textMs += r.textMs;
          figuresMs += r.figuresMs;
          totals.push(r.textMs + r.figuresMs);
        }
      }),
    );
  }
  const mid = medianPass(passes);
  const d = distribution(totals);
  const result = {
    pages: pages.length,
    passes: passCount,
    passSeconds: roundPasses(passes),
    articlesPerSecond: round(pages.length / mid.cpuSeconds, 1),
    articlesPerWallSecond: round(pages.length / mid.wallSeconds, 1),
    textShare: round(textMs / (textMs + figuresMs), 2),
    textMsPerPage: round(textMs / totals.length),
    figuresMsPerPage: round(figuresMs / totals.length),
    perPage: roundDistribution(d),
    // "Typical news page": the median page's rate, next to the corpus rate above.
    medianPageArticlesPerSecond: round(1000 / d.p50Ms, 1),
  };
  progress(`text+figures: ${result.articlesPerSecond} articles/CPU-s (wall: text ${result.textMsPerPage} ms + figures ${result.figuresMsPerPage} ms per page)`);
  return result;
}

// `--part pages` runs only (b), e.g. to profile the goal's measure on its own.
await runSection('figures', async ({ quick, values }) => ({
  figures: values.part === 'pages' ? null : benchFigures(loadArticleTexts(), quick ? 300 : 1000),
  textAndFigures: benchTextAndFigures(quick ? 1 : 5),
}));
