import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { itemKeys, parseFeed } from '../../src/feeds/index.ts';
import { SAMPLE_SITE_DIR } from '../../src/sample/serve-sample.ts';
import { rss, startFixtureServer, type FixtureRoute } from '../helpers/fixture-server.ts';
import { createTestApp, type TestApp } from './test-app.ts';

const samplePage = (path: string): FixtureRoute => ({ type: 'text/html; charset=utf-8', body: readFileSync(`${SAMPLE_SITE_DIR}${path}`) });

const LEDGER_PAGE = '/caspian-ledger/2024/02/azerbaijan-russia-trade-record-2023.html';
const HERALD_PAGE = '/north-south-herald/2024/03/moscow-baku-trade-analysis.html';
/** The canonical URL the Caspian Ledger page declares: what its notices cite. */
const LEDGER_ARTICLE = 'https://caspianledger.example/2024/02/azerbaijan-russia-trade-record-2023';
const LEDGER_TITLE = 'Russia and Azerbaijan: record trade in 2023';
const HERALD_TITLE = 'Moscow and Baku trade analysis: the official figures fall short';
const DAY = 86_400_000;

/** The item-level rules of issue 6 through the real pipeline: first-poll age limit, guid changes. */
describe('which feed items a cycle treats as new', () => {
  let site: Awaited<ReturnType<typeof startFixtureServer>> | null = null;
  let harness: TestApp | null = null;
  afterEach(async () => {
    await harness?.close();
    await site?.close();
    harness = null;
    site = null;
  });

  const pageHits = (path: string) => site?.hits.filter((hit) => hit === path).length ?? 0;

  it("on a new feed's first poll, an item older than firstPollMaxAgeHours is recorded but neither fetched nor notified, and a fresh one is both", async () => {
    site = await startFixtureServer({ [LEDGER_PAGE]: samplePage(LEDGER_PAGE), [HERALD_PAGE]: samplePage(HERALD_PAGE) });
    const feedXml = rss(site.baseUrl, [
      { guid: 'cw-fresh', title: LEDGER_TITLE, path: LEDGER_PAGE, hoursAgo: 5, description: 'Trade between Russia and Azerbaijan hit a record in 2023.' },
      { guid: 'cw-old', title: HERALD_TITLE, path: HERALD_PAGE, hoursAgo: 24 * 5, description: 'Analysts in Moscow and Baku question the trade figures.' },
    ]);
    site.set('/feed.xml', { type: 'application/rss+xml', body: feedXml });
    const feedUrl = `${site.baseUrl}/feed.xml`;
    harness = createTestApp([{ url: feedUrl, outlet: 'Caspian Wire' }]);

    const first = await harness.app.cycle();
    expect(first.report.items).toEqual({ seen: 2, new: 2, matched: 1, skippedOld: 1 });
    expect(pageHits(LEDGER_PAGE)).toBe(1);
    expect(pageHits(HERALD_PAGE)).toBe(0);
    const notices = harness.notices();
    expect(notices.length).toBeGreaterThan(0);
    expect(new Set(notices.map((notice) => (notice.source as { url: string }).url))).toEqual(new Set([LEDGER_ARTICLE]));

    const parsed = await parseFeed(feedXml, feedUrl);
    const old = parsed.items.find((item) => item.id === 'cw-old');
    expect(old && harness.app.ledger.items.find(feedUrl, itemKeys(old), new Date())?.status).toBe('skipped-old');

    // Recorded means remembered: the old item is not new on the next poll either, and never fetched.
    const second = await harness.app.cycle();
    expect(second.report.items).toEqual({ seen: 2, new: 0, matched: 0, skippedOld: 0 });
    expect(pageHits(HERALD_PAGE)).toBe(0);
    expect(harness.notices()).toHaveLength(notices.length);
  });

  it('when an item comes back with a new guid, an edited title and its link with utm_ parameters added, it is not new: no page fetch, no notice', async () => {
    site = await startFixtureServer({ [LEDGER_PAGE]: samplePage(LEDGER_PAGE) });
    const feedUrl = `${site.baseUrl}/feed.xml`;
    site.set('/feed.xml', { type: 'application/rss+xml', body: rss(site.baseUrl, [{ guid: 'cl-48211', title: LEDGER_TITLE, path: LEDGER_PAGE, hoursAgo: 5 }]) });
    harness = createTestApp([{ url: feedUrl, outlet: 'Caspian Ledger' }]);
    const first = await harness.app.cycle();
    expect(first.report.items).toMatchObject({ new: 1, matched: 1 });
    const noticesBefore = harness.notices().length;
    expect(noticesBefore).toBeGreaterThan(0);

    // The outlet moved CMS: every guid is new, links now carry tracking parameters, and the editor
    // sharpened the headline (so only the canonical link says it is the same story).
    const tracked = `${LEDGER_PAGE}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=economy`;
    const edited = 'Azerbaijan–Russia trade hit record $4.35 billion in 2023';
    site.set('/feed.xml', { type: 'application/rss+xml', body: rss(site.baseUrl, [{ guid: 'urn:uuid:7f3c2a9e-5b1d-4e8a-9c40-2d6f1e0b8a17', title: edited, path: tracked, hoursAgo: 5 }]) });
    const second = await harness.app.cycle();
    expect(second.report.items).toMatchObject({ seen: 1, new: 0 });
    expect(second.report.noticesQueued).toBe(0);
    expect(pageHits(LEDGER_PAGE)).toBe(1);
    expect(harness.notices()).toHaveLength(noticesBefore);
  });

  it('when short news without guids share their section link or link to the front page, each is a new item, also when more come in later polls', async () => {
    site = await startFixtureServer();
    const feedUrl = `${site.baseUrl}/feed.xml`;
    const manat = { guid: '', title: 'Manatın rəsmi məzənnəsi açıqlanıb', path: '/qisa-xeberler/', hoursAgo: 3 };
    const oil = { guid: '', title: 'Neftin qiyməti bahalaşıb', path: '/qisa-xeberler/?utm_source=rss', hoursAgo: 4 };
    const weather = { guid: '', title: 'Bakıda sabah yağış yağacaq', path: '/', hoursAgo: 5 };
    const serve = (items: (typeof manat)[]) =>
      site?.set('/feed.xml', { type: 'application/rss+xml', body: rss(site.baseUrl, items).replace(/\s*<guid isPermaLink="false"><\/guid>/g, '') });
    harness = createTestApp([{ url: feedUrl, outlet: 'Kaspiy Xəbər' }]);
    serve([manat, oil, weather]);
    expect((await harness.app.cycle()).report.items).toMatchObject({ seen: 3, new: 3 });

    const gold = { guid: '', title: 'Qızılın qiyməti ucuzlaşıb', path: '/', hoursAgo: 1 };
    const flights = { guid: '', title: 'Sumqayıtda yeni park açılıb', path: '/qisa-xeberler/', hoursAgo: 2 };
    serve([gold, flights, manat, oil, weather]);
    expect((await harness.app.cycle()).report.items).toMatchObject({ seen: 5, new: 2 });
    expect((await harness.app.cycle()).report.items).toMatchObject({ seen: 5, new: 0 });
  });

  it('when an item comes back with a new guid and a new link but the same title within sameTitleWindowDays, it is not new; after the window it is', async () => {
    const movedPage = '/caspian-ledger/economy/48211-record-trade.html';
    const laterPage = '/caspian-ledger/economy/51007-record-trade.html';
    site = await startFixtureServer({ [LEDGER_PAGE]: samplePage(LEDGER_PAGE), [movedPage]: samplePage(LEDGER_PAGE), [laterPage]: samplePage(LEDGER_PAGE) });
    const feedUrl = `${site.baseUrl}/feed.xml`;
    const serve = (guid: string, path: string) => site?.set('/feed.xml', { type: 'application/rss+xml', body: rss(site.baseUrl, [{ guid, title: LEDGER_TITLE, path, hoursAgo: 5 }]) });
    let clock = new Date();
    harness = createTestApp([{ url: feedUrl, outlet: 'Caspian Ledger' }], { now: () => clock });
    serve('cl-48211', LEDGER_PAGE);
    expect((await harness.app.cycle()).report.items.new).toBe(1);

    clock = new Date(clock.getTime() + 2 * DAY);
    serve('cl-v2-48211', movedPage);
    const within = await harness.app.cycle();
    expect(within.report.items).toMatchObject({ seen: 1, new: 0 });
    expect(pageHits(movedPage)).toBe(0);

    // The default window is 3 days, counted from when the title was first seen.
    clock = new Date(clock.getTime() + 2 * DAY);
    serve('cl-v3-51007', laterPage);
    const after = await harness.app.cycle();
    expect(after.report.items).toMatchObject({ seen: 1, new: 1 });
    expect(pageHits(laterPage)).toBe(1);
  });
});
