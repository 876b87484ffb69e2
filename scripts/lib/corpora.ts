/** Readers for the two text-extraction corpora in ../shared/corpora (see each folder's SOURCE.md). */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'cheerio';

export const CORPORA_DIR = resolve(fileURLToPath(new URL('../../../shared/corpora', import.meta.url)));
export const BENCHMARK_DIR = join(CORPORA_DIR, 'article-extraction-benchmark');
export const READABILITY_PAGES_DIR = join(CORPORA_DIR, 'readability-test-pages');

export interface BenchmarkPage {
  id: string;
  url: string;
  html: Buffer;
  /** Ground-truth article body. */
  truth: string;
  /** Readability.js 0.6.0's output for the page, from the benchmark's baselines/. */
  readability: string;
}

interface GroundTruth {
  [id: string]: { articleBody?: string; url?: string };
}

/** The benchmark pages that have HTML (168 of 181), sorted by id. */
export function readBenchmark(dir = BENCHMARK_DIR): BenchmarkPage[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as GroundTruth;
  const baseline = JSON.parse(readFileSync(join(dir, 'baselines', 'readability_js.json'), 'utf8')) as {
    output: GroundTruth;
  };
  return readdirSync(join(dir, 'html'))
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => {
      const id = f.slice(0, -'.html'.length);
      return {
        id,
        url: truth[id]?.url ?? '',
        html: readFileSync(join(dir, 'html', f)),
        truth: truth[id]?.articleBody ?? '',
        readability: baseline.output[id]?.articleBody ?? '',
      };
    });
}

export interface ReadabilityTestPage {
  name: string;
  url: string;
  html: Buffer;
  /** Whitespace-normalised textContent of expected.html. */
  truth: string;
}

/** The upstream harness's document URL. */
export const FAKEHOST_URL = 'http://fakehost/test/page.html';

export function readReadabilityPages(dir = READABILITY_PAGES_DIR): ReadabilityTestPage[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => ({
      name,
      url: FAKEHOST_URL,
      html: readFileSync(join(dir, name, 'source.html')),
      truth: load(readFileSync(join(dir, name, 'expected.html'), 'utf8')).root().text().replace(/\s+/g, ' ').trim(),
    }));
}
