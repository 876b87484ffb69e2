import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed, type FeedState } from '../../src/feeds/index.ts';
import { decodeBody } from '../../src/fetch/index.ts';
import type { Ledger } from '../../src/ledger/index.ts';
import { fixtureBytes, startHostileServer, type HostileServer } from '../helpers/hostile-server.ts';
import { createTestApp } from './test-app.ts';

/** The status the ledger holds under each item's own id, for the fixture a feed serves (null: never recorded). */
async function recordedStatuses(ledger: Ledger, feedUrl: string, fixture: string, contentType: string, now: Date) {
  const parsed = await parseFeed(decodeBody(fixtureBytes(fixture), contentType).text, feedUrl);
  return parsed.items.map((item) => ledger.items.find(feedUrl, { id: item.id, link: null, titleKey: null }, now)?.status ?? null);
}

/**
 * The real pipeline over good and hostile feeds: the cycle ends (each hostile feed is cut by its own
 * limit), the good feeds still deliver their items, and every feed's stored state says what happened.
 */
describe('a cycle over good and hostile feeds', () => {
  let server: HostileServer;
  beforeAll(async () => {
    server = await startHostileServer();
  });
  afterAll(async () => server.close());

  it('finishes, delivers the good feeds, stores the right failure per hostile feed, and recovers on the next due cycle', async () => {
    const at = (path: string) => `${server.url}${path}`;
    const good = {
      cp1251: at('/feed/report-az-ru.windows-1251.xml'),
      gzip: at('/gzip/news-az-en.xml'),
      etag: at('/etag/azertag-az.atom'),
      duplicates: at('/feed/duplicate-guids.xml'),
      wrongCharset: at('/wrong-charset'),
    };
    const hostile = {
      drip: at('/slow-drip'),
      endless: at('/endless'),
      bomb: at('/gzip-bomb'),
      loop: at('/loop/a'),
      unavailable: at('/status/503'),
      invalid: at('/feed/invalid.xml'),
      html: at('/html'),
      gone: at('/status/404'),
      flaky: at('/flaky/1/kavkaz-vestnik.koi8-r.xml'),
    };
    let clock = new Date();
    const harness = createTestApp(
      [...Object.values(good), ...Object.values(hostile)].map((url) => ({ url, outlet: 'Test outlet' })),
      { now: () => clock, fetchConfig: '{ allowPrivateAddresses: true, timeoutMs: 1500, connectTimeoutMs: 1000, maxFeedBytes: 2097152, perHostDelayMs: 0, concurrency: 16 }' },
    );
    try {
      const first = await harness.app.cycle();
      expect(first.report.feeds).toMatchObject({ polled: 14, ok: 5, failed: 9 });
      const state = (url: string) => harness.app.ledger.feeds.get<FeedState>(url);
      for (const url of Object.values(good)) expect(state(url), url).toMatchObject({ consecutiveFailures: 0, firstPollDone: true });
      const kinds = Object.fromEntries(Object.entries(hostile).map(([name, url]) => [name, state(url)?.lastFailureKind]));
      expect(kinds).toEqual({
        drip: 'timeout',
        endless: 'too-large',
        bomb: 'too-large',
        loop: 'redirect-loop',
        unavailable: 'http-5xx',
        invalid: 'parse-error',
        html: 'not-a-feed',
        gone: 'http-4xx',
        flaky: 'http-5xx',
      });
      // Every good feed delivered all its items into the ledger. Their 2024 dates are past the first-poll
      // age limit, so each is recorded as skipped-old (no page fetch, no notice) rather than lost.
      const served = [
        [good.cp1251, 'report-az-ru.windows-1251.xml', 'application/rss+xml; charset=windows-1251', 5],
        [good.gzip, 'news-az-en.xml', 'application/rss+xml; charset=utf-8', 4],
        [good.etag, 'azertag-az.atom', 'application/atom+xml; charset=utf-8', 3],
        [good.duplicates, 'duplicate-guids.xml', 'application/rss+xml; charset=utf-8', 4],
        [good.wrongCharset, 'azertag-az.atom', 'text/xml; charset=windows-1251', 3],
      ] as const;
      for (const [url, fixture, contentType, items] of served) {
        expect(await recordedStatuses(harness.app.ledger, url, fixture, contentType, clock), url).toEqual(Array(items).fill('skipped-old'));
      }
      expect(first.report.items).toMatchObject({ seen: 19, new: 19, skippedOld: 19, matched: 0 });
      expect(Date.parse(state(hostile.unavailable)?.nextAttemptAt ?? '')).toBeGreaterThanOrEqual(clock.getTime() + 120_000);

      // Nothing is due a minute later: failing feeds back off, good ones wait for their <ttl>/max-age.
      clock = new Date(clock.getTime() + 60_000);
      const early = await harness.app.cycle();
      expect(early.report.feeds.polled).toBeLessThan(14);

      clock = new Date(clock.getTime() + 6 * 3_600_000);
      const later = await harness.app.cycle();
      expect(state(hostile.flaky)).toMatchObject({ consecutiveFailures: 0, firstPollDone: true });
      // Its first successful poll is its first poll: the age limit applies though earlier attempts failed.
      expect(await recordedStatuses(harness.app.ledger, hostile.flaky, 'kavkaz-vestnik.koi8-r.xml', 'text/xml', clock)).toEqual(Array(3).fill('skipped-old'));
      expect(state(hostile.loop)).toMatchObject({ consecutiveFailures: 2, lastFailureKind: 'redirect-loop' });
      const etagRequests = server.requests.filter((request) => request.path === '/etag/azertag-az.atom');
      expect(etagRequests.at(-1)?.headers['if-none-match']).toBe(state(good.etag)?.etag);
      expect(later.report.feeds.notModified).toBeGreaterThanOrEqual(1);
      expect(later.report.items.new).toBeGreaterThan(0);
    } finally {
      await harness.close();
    }
  });
});
