/**
 * Bench 3: feeds. Items per second through parseFeed (src/feeds) over every feed of the two corpora
 * (../shared/corpora/rss-parser-fixtures and feedparser-tests), bytes decoded beforehand as the
 * fetcher does (decodeBody), so only parsing is timed; and over the bench's own 50-item news feed,
 * which is what a real poll looks like (the corpus feeds are mostly one-item edge cases).
 * Rates are per CPU-second (see timePass in bench/lib/measure.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseFeed } from '../../src/feeds/index.ts';
import { decodeBody } from '../../src/fetch/index.ts';
import { CORPORA_DIR } from '../../scripts/lib/corpora.ts';
import { medianPass, progress, round, type PassTime } from '../lib/measure.ts';
import { runSection } from '../lib/section.ts';
import { feedXml } from '../lib/synthetic-feed.ts';

interface FeedInput {
  name: string;
  text: string;
  bytes: number;
}

function xmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return xmlFiles(path);
      return /\.(xml|rss|atom|rdf)$/.test(name) ? [path] : [];
    });
}

function corpusFeeds(): FeedInput[] {
  const files = [...xmlFiles(join(CORPORA_DIR, 'rss-parser-fixtures', 'input')), ...xmlFiles(join(CORPORA_DIR, 'feedparser-tests'))];
  return files.map((path) => {
    const bytes = readFileSync(path);
    // Upstream serves this one with a latin1 charset header (SOURCE.md).
    const contentType = path.endsWith('encoding.rss') ? 'text/xml; charset=latin1' : null;
    return { name: path.slice(CORPORA_DIR.length + 1), text: decodeBody(bytes, contentType).text, bytes: bytes.length };
  });
}

async function parseAll(feeds: FeedInput[]): Promise<{ items: number; failed: number }> {
  let items = 0;
  let failed = 0;
  for (const feed of feeds) {
    try {
      items += (await parseFeed(feed.text, `http://127.0.0.1/${feed.name}`)).items.length;
    } catch {
      failed++;
    }
  }
  return { items, failed };
}

/** parseFeed is async (rss-parser's API) but does its work synchronously; time each pass as a whole. */
async function timeAsyncPass(work: () => Promise<unknown>): Promise<PassTime> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wallSeconds: (performance.now() - started) / 1000, cpuSeconds: (used.user + used.system) / 1e6 };
}

async function benchFeeds(label: string, feeds: FeedInput[], passCount: number) {
  const first = await parseAll(feeds);
  const passes: PassTime[] = [];
  for (let i = 0; i < passCount; i++) passes.push(await timeAsyncPass(() => parseAll(feeds)));
  const mid = medianPass(passes);
  const bytes = feeds.reduce((n, f) => n + f.bytes, 0);
  const result = {
    feeds: feeds.length,
    failed: first.failed,
    items: first.items,
    megabytes: round(bytes / 2 ** 20, 2),
    passes: passCount,
    itemsPerSecond: round(first.items / mid.cpuSeconds, 0),
    feedsPerSecond: round(feeds.length / mid.cpuSeconds, 0),
    megabytesPerSecond: round(bytes / 2 ** 20 / mid.cpuSeconds, 2),
    itemsPerWallSecond: round(first.items / mid.wallSeconds, 0),
  };
  progress(`${label}: ${result.feeds} feeds, ${result.items} items, ${result.itemsPerSecond} items/CPU-s`);
  return result;
}

await runSection('feeds', async ({ quick }) => {
  const corpus = corpusFeeds();
  const now = new Date();
  const news = Array.from({ length: 40 }, (_v, k) => {
    const text = feedXml(k, `http://f${k}.bench.test`, now);
    return { name: `bench/${k}.xml`, text, bytes: Buffer.byteLength(text) };
  });
  return {
    corpora: await benchFeeds('corpora', corpus, quick ? 2 : 5),
    news50: await benchFeeds('50-item news feeds', news, quick ? 2 : 5),
  };
});
