import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feeds/index.ts';
import { decodeBody } from '../../src/fetch/index.ts';
import { StageError } from '../../src/model/errors.ts';

/**
 * Every feed of two third-party corpora goes through our decode path and parser: each one
 * either parses or fails with a clear StageError. The counts are logged; the floors below are
 * what this code measured (rerun: `npm test -- tests/feeds/corpus.test.ts`), so a regression
 * that turns parsed feeds into failures fails the test.
 */
const corpora = fileURLToPath(new URL('../../../shared/corpora/', import.meta.url));
const rssParserDir = `${corpora}rss-parser-fixtures/`;
const feedparserDir = `${corpora}feedparser-tests/`;

interface Tally {
  withItems: number;
  empty: number;
  failed: Record<string, number>;
  failures: string[];
}

async function tally(entries: Array<{ name: string; bytes: Buffer; contentType: string | null; url: string }>): Promise<Tally> {
  const result: Tally = { withItems: 0, empty: 0, failed: {}, failures: [] };
  for (const entry of entries) {
    const { text } = decodeBody(entry.bytes, entry.contentType);
    try {
      const feed = await parseFeed(text, entry.url);
      if (feed.items.length > 0) result.withItems += 1;
      else result.empty += 1;
    } catch (error) {
      expect(error, entry.name).toBeInstanceOf(StageError);
      const stageError = error as StageError;
      expect(stageError.stage).toBe('feeds');
      expect(['not-a-feed', 'parse-error']).toContain(stageError.kind);
      expect(stageError.message).toContain(entry.url);
      result.failed[stageError.kind] = (result.failed[stageError.kind] ?? 0) + 1;
      result.failures.push(`${entry.name}: ${stageError.message}`);
    }
  }
  return result;
}

describe('third-party feed corpora', () => {
  it('rss-parser fixtures: every feed parses, all but one blank Atom entry into items; the HTML page is not-a-feed', async () => {
    const names = readdirSync(`${rssParserDir}input`).sort();
    const result = await tally(
      names.map((name) => ({
        name,
        bytes: readFileSync(`${rssParserDir}input/${name}`),
        // Upstream serves this one with a latin1 charset header.
        contentType: name === 'encoding.rss' ? 'text/xml; charset=latin1' : null,
        url: `http://127.0.0.1/rss-parser/${name}`,
      })),
    );
    console.log(`rss-parser-fixtures: ${names.length} feeds, ${result.withItems} with items, ${result.empty} empty, failed ${JSON.stringify(result.failed)}`);
    expect(result.withItems).toBeGreaterThanOrEqual(28);
    expect(result.empty).toBeLessThanOrEqual(1);
    expect(result.failures).toEqual([expect.stringContaining('unrecognized.rss: feeds: http://127.0.0.1/rss-parser/unrecognized.rss is not a feed: it is an HTML page')]);
  });

  it('rss-parser fixtures: item counts and links agree with rss-parser expected output', async () => {
    const withOutput = readdirSync(`${rssParserDir}input`).filter((name) =>
      existsSync(`${rssParserDir}output/${name.replace(/\.[^.]+$/, '.json')}`),
    );
    for (const name of withOutput) {
      const expected = JSON.parse(readFileSync(`${rssParserDir}output/${name.replace(/\.[^.]+$/, '.json')}`, 'utf8')) as {
        feed: { items: Array<Record<string, unknown> & { link?: string }> };
      };
      // We drop items with nothing in them (an empty <author/> and no title, link, id or date).
      const meaningful = expected.feed.items.filter((item) =>
        ['title', 'link', 'guid', 'id', 'content', 'pubDate', 'categories'].some((key) => item[key] !== undefined),
      );
      const contentType = name === 'encoding.rss' ? 'text/xml; charset=latin1' : null;
      const feed = await parseFeed(decodeBody(readFileSync(`${rssParserDir}input/${name}`), contentType).text, `http://127.0.0.1/${name}`);
      expect(feed.items.length, name).toBe(meaningful.length);
      const absolute = expected.feed.items.map((item) => item.link?.trim()).filter((link) => link?.startsWith('http'));
      const ours = new Set(feed.items.map((item) => item.link?.replace(/\/$/, '')));
      for (const link of absolute) expect(ours.has(link?.replace(/\/$/, '')), `${name}: ${link}`).toBe(true);
    }
  });

  it('feedparser tests: every feed parses or fails with a clear StageError, with the HTTP charset where given', async () => {
    const manifest = JSON.parse(readFileSync(`${feedparserDir}manifest.json`, 'utf8')) as Array<{
      file: string;
      http_content_type?: string;
      http_url?: string;
    }>;
    const result = await tally(
      manifest.map((entry) => ({
        name: entry.file,
        bytes: readFileSync(`${feedparserDir}${entry.file}`),
        contentType: entry.http_content_type ?? null,
        url: entry.http_url ?? `http://127.0.0.1/feedparser/${entry.file}`,
      })),
    );
    const failedCount = Object.values(result.failed).reduce((sum, n) => sum + n, 0);
    console.log(
      `feedparser-tests: ${manifest.length} feeds, ${result.withItems} with items, ${result.empty} parsed without items, ` +
        `failed ${JSON.stringify(result.failed)}\n  ${result.failures.join('\n  ')}`,
    );
    expect(result.withItems).toBeGreaterThanOrEqual(190);
    expect(result.withItems + result.empty).toBeGreaterThanOrEqual(393);
    expect(failedCount).toBeLessThanOrEqual(5);
  });
});
