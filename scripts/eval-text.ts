/**
 * npm run eval:text — main-text quality of src/articles against two corpora:
 *  (a) the article-extraction-benchmark (168 pages), next to Readability.js's stored output,
 *      scored with the benchmark's own metric (scripts/lib/shingle-metric.ts);
 *  (b) Readability.js's test pages, our text against expected.html's text, same metric.
 * Options: --worst N (list the N lowest-F1 pages of each corpus), --show ID (print our text and the
 * truth for one page, by id prefix or folder name: the lines only one side has; --full for both texts),
 * --json FILE (per-page scores).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractArticle } from '../src/articles/index.ts';
import { readBenchmark, readReadabilityPages } from './lib/corpora.ts';
import { comparePage, pagePrecision, pageRecall, scoreCorpus, shingles, type CorpusScore } from './lib/shingle-metric.ts';

interface PageResult {
  id: string;
  truth: string;
  ours: string;
  precision: number;
  recall: number;
  f1: number;
}

const { values: args } = parseArgs({
  options: {
    worst: { type: 'string', default: '0' },
    show: { type: 'string' },
    full: { type: 'boolean', default: false },
    json: { type: 'string' },
  },
});

function pageResult(id: string, truth: string, ours: string): PageResult {
  const counts = comparePage(truth, ours);
  const precision = pagePrecision(counts);
  const recall = pageRecall(counts);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { id, truth, ours, precision, recall, f1 };
}

function row(name: string, s: CorpusScore): string {
  const f = (x: number): string => x.toFixed(3);
  return `${name.padEnd(26)} ${f(s.precision)}      ${f(s.recall)}   ${f(s.f1)}  ${f(s.accuracy)}`;
}

function report(title: string, rows: Array<[string, CorpusScore]>, results: PageResult[], ms: number): void {
  console.log(`\n${title}  (${results.length} pages, ours ${ms.toFixed(0)} ms = ${(ms / results.length).toFixed(1)} ms/page)`);
  console.log(`${''.padEnd(26)} precision  recall  F1     exact`);
  for (const [name, score] of rows) console.log(row(name, score));
  const worst = Number(args.worst);
  if (worst > 0) {
    console.log(`  lowest F1:`);
    for (const r of [...results].sort((a, b) => a.f1 - b.f1).slice(0, worst)) {
      console.log(`   ${r.f1.toFixed(3)}  P ${r.precision.toFixed(2)} R ${r.recall.toFixed(2)}  ${r.id.slice(0, 110)}`);
    }
  }
}

/** Lines of `text` whose shingles are mostly absent from `other`: what one side has and the other lacks. */
function unmatchedLines(text: string, other: string): string[] {
  const have = shingles(other);
  return text
    .split(/\n+/)
    .filter((line) => {
      const own = [...shingles(line).keys()];
      return own.length > 0 && own.filter((k) => have.has(k)).length / own.length < 0.5;
    });
}

function show(results: PageResult[]): void {
  const hit = results.find((r) => args.show && r.id.startsWith(args.show));
  if (!hit) return;
  console.log(`\n=== ${hit.id}  P ${hit.precision.toFixed(3)} R ${hit.recall.toFixed(3)}`);
  console.log(`--- extra (ours, not in truth) ---\n${unmatchedLines(hit.ours, hit.truth).join('\n')}`);
  console.log(`--- missing (truth, not in ours) ---\n${unmatchedLines(hit.truth, hit.ours).join('\n')}`);
  if (args.full) console.log(`--- ours ---\n${hit.ours}\n--- truth ---\n${hit.truth}\n`);
}

function evalBenchmark(): PageResult[] {
  const pages = readBenchmark();
  const started = performance.now();
  const ours = pages.map((p) => extractArticle({ body: p.html, url: p.url }).text);
  const ms = performance.now() - started;
  const results = pages.map((p, i) => pageResult(`${p.id.slice(0, 8)} ${p.url}`, p.truth, ours[i]!));
  report(
    '(a) article-extraction-benchmark',
    [
      ['figurewatch (cheerio)', scoreCorpus(pages.map((p, i) => ({ truth: p.truth, predicted: ours[i]! })))],
      ['Readability.js 0.6.0 (stored)', scoreCorpus(pages.map((p) => ({ truth: p.truth, predicted: p.readability })))],
    ],
    results,
    ms,
  );
  return results;
}

function evalReadabilityPages(): PageResult[] {
  const pages = readReadabilityPages();
  const started = performance.now();
  const ours = pages.map((p) => extractArticle({ body: p.html, url: p.url }).text);
  const ms = performance.now() - started;
  const results = pages.map((p, i) => pageResult(p.name, p.truth, ours[i]!));
  report(
    '(b) readability-test-pages vs expected.html text',
    [['figurewatch (cheerio)', scoreCorpus(pages.map((p, i) => ({ truth: p.truth, predicted: ours[i]! })))]],
    results,
    ms,
  );
  return results;
}

const benchmark = evalBenchmark();
const readabilityPages = evalReadabilityPages();
show([...benchmark, ...readabilityPages]);
if (args.json) {
  const strip = (r: PageResult) => ({ id: r.id, precision: r.precision, recall: r.recall, f1: r.f1 });
  writeFileSync(args.json, JSON.stringify({ benchmark: benchmark.map(strip), readabilityPages: readabilityPages.map(strip) }, null, 1));
}
