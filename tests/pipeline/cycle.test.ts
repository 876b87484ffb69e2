import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { SAMPLE_SITE_DIR } from '../../src/sample/serve-sample.ts';
import { rss, startFixtureServer, type FixtureRoute } from '../helpers/fixture-server.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const html = (body: Buffer | string): FixtureRoute => ({ type: 'text/html; charset=utf-8', body });
const samplePage = (path: string) => html(readFileSync(`${SAMPLE_SITE_DIR}${path}`));
const fixturePage = (name: string) => html(readFileSync(new URL(`../fixtures/e2e/${name}`, import.meta.url)));

const LEDGER_PAGE = '/caspian-ledger/2024/02/azerbaijan-russia-trade-record-2023.html';
const HERALD_PAGE = '/north-south-herald/2024/03/moscow-baku-trade-analysis.html';

describe('a cycle through the pipeline', () => {
  let site: Awaited<ReturnType<typeof startFixtureServer>> | null = null;
  let harness: TestApp | null = null;
  afterEach(async () => {
    await harness?.close();
    await site?.close();
    harness = null;
    site = null;
  });

  it('fetches the page when the feed text names only one side (Moscow, no Azerbaijan form) and matches on the body', async () => {
    site = await startFixtureServer({ [HERALD_PAGE]: samplePage(HERALD_PAGE) });
    site.set('/feed.xml', {
      type: 'application/rss+xml',
      body: rss(site.baseUrl, [{ guid: 'nsh-1', title: 'Moscow trade figures fall short of official claims, analysts say', path: HERALD_PAGE, hoursAgo: 3 }]),
    });
    harness = createTestApp([{ url: `${site.baseUrl}/feed.xml`, outlet: 'North–South Herald' }]);
    const { report } = await harness.app.cycle();
    expect(site.hits).toContain(HERALD_PAGE);
    expect(report.items.matched).toBe(1);
    expect(harness.notices().some((n) => n.metric === 'trade_turnover' && n.value === 3.1e9)).toBe(true);
  });

  it('does not fetch pages of items whose feed text names neither side', async () => {
    site = await startFixtureServer({ '/customs.html': fixturePage('nakhchivan-customs.html') });
    site.set('/feed.xml', {
      type: 'application/rss+xml',
      body: rss(site.baseUrl, [{ guid: 'araz-1', title: 'Nakhchivan customs post at Sadarak handles record freight', path: '/customs.html', hoursAgo: 3 }]),
    });
    harness = createTestApp([{ url: `${site.baseUrl}/feed.xml`, outlet: 'Araz Daily' }]);
    const { report } = await harness.app.cycle();
    expect(report.items.new).toBe(1);
    expect(site.hits).not.toContain('/customs.html');
  });

  it('when one article page breaks, the others are still recorded and the broken one is retried next cycle', async () => {
    site = await startFixtureServer({ [LEDGER_PAGE]: samplePage(LEDGER_PAGE) });
    site.set('/feed.xml', {
      type: 'application/rss+xml',
      body: rss(site.baseUrl, [
        { guid: 'a', title: 'Russia and Azerbaijan: record trade in 2023', path: LEDGER_PAGE, hoursAgo: 5 },
        { guid: 'b', title: 'Moscow and Baku trade analysis', path: HERALD_PAGE, hoursAgo: 4 },
      ]),
    });
    harness = createTestApp([{ url: `${site.baseUrl}/feed.xml`, outlet: 'Caspian Wire' }]);
    const first = await harness.app.cycle();
    expect(first.report.articles).toEqual({ recorded: 1, unchanged: 0, failed: 1 });
    expect(harness.notices().some((n) => n.kind === 'new_figure')).toBe(true);

    site.set(HERALD_PAGE, samplePage(HERALD_PAGE));
    const second = await harness.app.cycle();
    expect(second.report.articles.recorded).toBe(1);
    expect(harness.notices().some((n) => n.kind === 'contradiction')).toBe(true);

    const third = await harness.app.cycle();
    expect(third.report.items.new).toBe(0);
  });

  it('a cycle stopped half way keeps the feed unpolled, and the next one picks up every item', async () => {
    site = await startFixtureServer({ [LEDGER_PAGE]: samplePage(LEDGER_PAGE), [HERALD_PAGE]: samplePage(HERALD_PAGE) });
    site.set('/feed.xml', {
      type: 'application/rss+xml',
      body: rss(site.baseUrl, [
        { guid: 'a', title: 'Russia and Azerbaijan: record trade in 2023', path: LEDGER_PAGE, hoursAgo: 5 },
        { guid: 'b', title: 'Moscow and Baku trade analysis', path: HERALD_PAGE, hoursAgo: 4 },
      ]),
    });
    harness = createTestApp([{ url: `${site.baseUrl}/feed.xml`, outlet: 'Caspian Wire' }]);
    const stop = new AbortController();
    const originalFetch = harness.app.deps.fetcher.fetch.bind(harness.app.deps.fetcher);
    harness.app.deps.fetcher = {
      fetch: async (url, request) => {
        const result = await originalFetch(url, request);
        if (request.kind === 'page') stop.abort();
        return result;
      },
    };
    const interrupted = await harness.app.cycle(stop.signal);
    expect(interrupted.report.articles.recorded).toBe(1);
    expect(harness.app.ledger.feeds.get(`${site.baseUrl}/feed.xml`)).toBeNull();

    const resumed = await harness.app.cycle();
    expect(resumed.report.articles.recorded).toBe(1);
    expect(resumed.report.items.new).toBe(1);
    expect(harness.notices().filter((n) => n.kind === 'contradiction')).toHaveLength(1);
  });

  it('picks up keywords edited in the config file on the next cycle, and keeps running on a broken edit', async () => {
    site = await startFixtureServer({ '/customs.html': fixturePage('nakhchivan-customs.html'), '/fair.html': fixturePage('nakhchivan-trade-fair.html') });
    site.set('/feed.xml', {
      type: 'application/rss+xml',
      body: rss(site.baseUrl, [{ guid: 'araz-1', title: 'Nakhchivan customs post at Sadarak handles record freight', path: '/customs.html', hoursAgo: 3 }]),
    });
    harness = createTestApp([{ url: `${site.baseUrl}/feed.xml`, outlet: 'Araz Daily' }], { reloadConfig: true });
    expect((await harness.app.cycle()).report.items.matched).toBe(0);

    const original = readFileSync(harness.configPath, 'utf8');
    writeFileSync(harness.configPath, `${original}\n  - name: nakhchivan\n    label: Nakhchivan\n    subject: AZ\n    groups: [{ name: place, keywords: [Nakhchivan, Naxçıvan] }]\n`);
    site.set('/feed.xml', {
      type: 'application/rss+xml',
      body: rss(site.baseUrl, [
        { guid: 'araz-2', title: 'Nakhchivan trade fair draws exporters from the Caucasus', path: '/fair.html', hoursAgo: 1 },
        { guid: 'araz-1', title: 'Nakhchivan customs post at Sadarak handles record freight', path: '/customs.html', hoursAgo: 3 },
      ]),
    });
    const second = await harness.app.cycle();
    expect(second.report.items.matched).toBe(1);
    expect(harness.app.deps.config.topics.map((t) => t.name)).toEqual(['ru-az', 'nakhchivan']);

    writeFileSync(harness.configPath, 'topics: [ {name: BAD NAME} ]\n');
    await harness.app.cycle();
    expect(harness.app.deps.config.topics.map((t) => t.name)).toEqual(['ru-az', 'nakhchivan']);
  });
});
