/**
 * Bench 1: main text. Pages per second over the article-extraction-benchmark pages for our cheerio
 * extractor and for @mozilla/readability on jsdom and on linkedom, in one process and one run, each
 * with its F1 by the benchmark's own metric (scripts/lib/shingle-metric.ts, as eval:text uses).
 * Every extractor gets the same bytes and the same treatment: one warm-up pass over all pages (JIT,
 * lazily built patterns; its time is reported as firstPassSeconds), a full GC, then the timed pass(es).
 * Rates are per CPU-second of the process (see timePass in bench/lib/measure.ts).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../src/articles/index.ts';
import { readBenchmark, type BenchmarkPage } from '../../scripts/lib/corpora.ts';
import { scoreCorpus } from '../../scripts/lib/shingle-metric.ts';
import { collectGarbage, distribution, medianPass, progress, round, timePass, type PassTime } from '../lib/measure.ts';
import { runSection } from '../lib/section.ts';

type Extract = (page: BenchmarkPage) => string;

const silent = new VirtualConsole();

const EXTRACTORS: Record<string, Extract> = {
  figurewatch: (page) => extractArticle({ body: page.html, url: page.url }).text,
  readabilityJsdom: (page) => {
    // All 168 pages are UTF-8 (SOURCE.md). Given bytes without a charset, jsdom would fall back to
    // windows-1252 on pages with no <meta charset>, so both Readability runs get the decoded string.
    // No scripts and no subresources (jsdom's defaults).
    const dom = new JSDOM(page.html.toString('utf8'), { url: page.url || undefined, virtualConsole: silent });
    try {
      return new Readability(dom.window.document as never).parse()?.textContent ?? '';
    } finally {
      dom.window.close();
    }
  },
  readabilityLinkedom: (page) => {
    const { document } = parseHTML(page.html.toString('utf8'));
    return new Readability(document as never).parse()?.textContent ?? '';
  },
};

interface ExtractorResult {
  pages: number;
  passes: number;
  firstPassSeconds: number;
  /** Each timed pass; the rates come from the median pass (the machine is shared). */
  passSeconds: PassTime[];
  /** Pages per CPU-second: what one dedicated core does. */
  pagesPerSecond: number;
  /** Pages per wall-clock second in this run, for comparison. */
  pagesPerWallSecond: number;
  perPage: ReturnType<typeof distribution>;
  f1: number;
  precision: number;
  recall: number;
}

interface Run {
  name: string;
  extract: Extract;
  firstPassSeconds: number;
  passes: PassTime[];
  samples: number[];
  texts: string[];
}

function timedPass(run: Run, pages: BenchmarkPage[]): PassTime {
  return timePass(() => {
    run.texts = pages.map((page) => {
      const t0 = performance.now();
      const text = run.extract(page);
      run.samples.push(performance.now() - t0);
      return text;
    });
  });
}

/**
 * A warm-up pass for each extractor first, then the timed passes interleaved (ours, jsdom, linkedom,
 * ours, ...), so a burst of load from elsewhere on the machine hits all of them alike.
 */
function measureAll(pages: BenchmarkPage[], passes: number): Record<string, ExtractorResult> {
  const runs: Run[] = Object.entries(EXTRACTORS).map(([name, extract]) => {
    const warm = timePass(() => pages.forEach((page) => extract(page)));
    progress(`${name}: warm-up pass ${warm.wallSeconds.toFixed(1)} s`);
    return { name, extract, firstPassSeconds: warm.wallSeconds, passes: [], samples: [], texts: [] };
  });
  for (let pass = 0; pass < passes; pass++) {
    for (const run of runs) {
      collectGarbage();
      run.passes.push(timedPass(run, pages));
    }
  }
  return Object.fromEntries(runs.map((run) => [run.name, summarise(run, pages)]));
}

function summarise(run: Run, pages: BenchmarkPage[]): ExtractorResult {
  const score = scoreCorpus(pages.map((page, i) => ({ truth: page.truth, predicted: run.texts[i] ?? '' })));
  const mid = medianPass(run.passes);
  const result = {
    pages: pages.length,
    passes: run.passes.length,
    firstPassSeconds: round(run.firstPassSeconds, 2),
    passSeconds: run.passes.map((p) => ({ wallSeconds: round(p.wallSeconds, 2), cpuSeconds: round(p.cpuSeconds, 2) })),
    pagesPerSecond: round(pages.length / mid.cpuSeconds, 1),
    pagesPerWallSecond: round(pages.length / mid.wallSeconds, 1),
    perPage: roundDistribution(distribution(run.samples)),
    f1: round(score.f1, 3),
    precision: round(score.precision, 3),
    recall: round(score.recall, 3),
  };
  progress(`${run.name}: ${result.pagesPerSecond} pages/CPU-s (${result.pagesPerWallSecond}/wall-s), F1 ${result.f1}`);
  return result;
}

function roundDistribution(d: ReturnType<typeof distribution>): ReturnType<typeof distribution> {
  return { meanMs: round(d.meanMs), p50Ms: round(d.p50Ms), p95Ms: round(d.p95Ms), maxMs: round(d.maxMs) };
}

await runSection('text', async ({ quick }) => {
  const all = readBenchmark();
  // --quick: every third page (56), one pass each; still the same pages for every extractor.
  const pages = quick ? all.filter((_p, i) => i % 3 === 0) : all;
  const results = measureAll(pages, quick ? 1 : 3);
  const ours = results.figurewatch!;
  const jsdom = results.readabilityJsdom!;
  const linkedom = results.readabilityLinkedom!;
  const storedBaseline = scoreCorpus(pages.map((p) => ({ truth: p.truth, predicted: p.readability })));
  return {
    corpus: 'article-extraction-benchmark',
    extractors: { figurewatch: ours, readabilityJsdom: jsdom, readabilityLinkedom: linkedom },
    storedReadabilityF1: round(storedBaseline.f1, 3),
    speedupVsJsdom: round(ours.pagesPerSecond / jsdom.pagesPerSecond, 1),
    speedupVsLinkedom: round(ours.pagesPerSecond / linkedom.pagesPerSecond, 1),
  };
});
