/**
 * Quality floors on samples of the two text corpora in ../shared/corpora, scored with the benchmark's
 * own metric. The floors sit a little under what was measured when they were set (benchmark sample
 * F1 0.984, Readability.js 0.945 on the same pages; test-pages sample 0.952), so a change that loses
 * text or lets boilerplate in fails here before it reaches `npm run eval:text`.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/articles/index.ts';
import { readBenchmark, readReadabilityPages } from '../../scripts/lib/corpora.ts';
import { scoreCorpus } from '../../scripts/lib/shingle-metric.ts';

/** Every fourth page, so the sample spans the sorted ids (and so the sites) evenly. */
function sample<T>(items: T[]): T[] {
  return items.filter((_, i) => i % 4 === 0);
}

describe('main-text quality on the corpora (benchmark metric)', () => {
  it('scores F1 of at least 0.965 on a 42-page sample of the article-extraction benchmark, above Readability.js', () => {
    const pages = sample(readBenchmark());
    expect(pages).toHaveLength(42);
    const ours = scoreCorpus(pages.map((p) => ({ truth: p.truth, predicted: extractArticle({ body: p.html, url: p.url }).text })));
    const readability = scoreCorpus(pages.map((p) => ({ truth: p.truth, predicted: p.readability })));
    expect(ours.f1).toBeGreaterThanOrEqual(0.965);
    expect(ours.f1).toBeGreaterThan(readability.f1);
  });

  it('scores F1 of at least 0.93 against expected.html on a sample of Readability.js\'s test pages', () => {
    const pages = sample(readReadabilityPages());
    const ours = scoreCorpus(pages.map((p) => ({ truth: p.truth, predicted: extractArticle({ body: p.html, url: p.url }).text })));
    expect(ours.f1).toBeGreaterThanOrEqual(0.93);
  });
});
