import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedState } from '../../src/feeds/index.ts';
import { startHostileServer, type HostileServer } from '../helpers/hostile-server.ts';
import { createTestApp, type TestApp } from './test-app.ts';

/**
 * Per-feed state across a process restart: each cycle runs the real pipeline, then the app (and its
 * SQLite store) is closed and a new one opened over the same file, as `figurewatch run` would be restarted.
 */
describe('feed state across a restart', () => {
  let server: HostileServer;
  beforeAll(async () => {
    server = await startHostileServer();
  });
  afterAll(async () => server.close());

  const MINUTE = 60_000;
  const requestsTo = (path: string) => server.requests.filter((request) => request.path === path);

  it('a failing feed keeps its failure count, kind and next attempt after a restart: not polled early, then counted on from there, then reset on recovery', async () => {
    const path = '/flaky/2/report-az-ru.windows-1251.xml';
    const url = `${server.url}${path}`;
    const t0 = new Date();
    let clock = t0;
    let harness: TestApp = createTestApp([{ url, outlet: 'Report.az' }], { now: () => clock });
    try {
      const first = await harness.app.cycle();
      expect(first.report.failures).toEqual([expect.objectContaining({ feedUrl: url, kind: 'http-5xx' })]);
      const before = harness.app.ledger.feeds.get<FeedState>(url);
      expect(before).toMatchObject({ consecutiveFailures: 1, lastFailureKind: 'http-5xx', lastFailureAt: t0.toISOString(), firstPollDone: false });
      // 5 minutes of backoff, jittered by up to 20 %.
      const nextAttempt = Date.parse(before?.nextAttemptAt ?? '');
      expect(nextAttempt).toBeGreaterThanOrEqual(t0.getTime() + 4 * MINUTE);
      expect(nextAttempt).toBeLessThanOrEqual(t0.getTime() + 6 * MINUTE);

      harness = await harness.restart();
      expect(harness.app.ledger.feeds.get<FeedState>(url)).toEqual(before);

      clock = new Date(t0.getTime() + 2 * MINUTE);
      const early = await harness.app.cycle();
      expect(early.report.feeds).toMatchObject({ polled: 0, notDue: 1 });
      expect(requestsTo(path)).toHaveLength(1);

      clock = new Date(nextAttempt + MINUTE);
      const second = await harness.app.cycle();
      expect(second.report.feeds).toMatchObject({ polled: 1, failed: 1 });
      expect(harness.app.ledger.feeds.get<FeedState>(url)).toMatchObject({ consecutiveFailures: 2, lastFailureKind: 'http-5xx', lastFailureAt: clock.toISOString() });

      harness = await harness.restart();
      clock = new Date(clock.getTime() + 60 * MINUTE);
      const recovered = await harness.app.cycle();
      expect(recovered.report.feeds).toMatchObject({ polled: 1, ok: 1, failed: 0 });
      expect(recovered.report.items.seen).toBe(5);
      expect(harness.app.ledger.feeds.get<FeedState>(url)).toMatchObject({ consecutiveFailures: 0, lastSuccessAt: clock.toISOString(), firstPollDone: true });
    } finally {
      await harness.close();
    }
  });

  it('the ETag and Last-Modified a feed sent are kept across a restart and sent back, and the 304 answers are no new items', async () => {
    const etagPath = '/etag/news-az-en.xml';
    const lastModifiedPath = '/last-modified/kavkaz-vestnik.koi8-r.xml';
    const etagFeed = `${server.url}${etagPath}`;
    const lastModifiedFeed = `${server.url}${lastModifiedPath}`;
    const t0 = new Date();
    let clock = t0;
    let harness: TestApp = createTestApp(
      [
        { url: etagFeed, outlet: 'News.az' },
        { url: lastModifiedFeed, outlet: 'Кавказский вестник' },
      ],
      { now: () => clock },
    );
    try {
      const first = await harness.app.cycle();
      expect(first.report.feeds).toMatchObject({ polled: 2, ok: 2 });
      expect(first.report.items.seen).toBe(4 + 3);
      expect(harness.app.ledger.feeds.get<FeedState>(etagFeed)).toMatchObject({ etag: '"14-v1"', lastModified: 'Mon, 22 Apr 2024 08:40:00 GMT' });
      expect(harness.app.ledger.feeds.get<FeedState>(lastModifiedFeed)).toMatchObject({ etag: null, lastModified: 'Sun, 21 Apr 2024 17:05:00 GMT' });

      harness = await harness.restart();
      expect(harness.app.ledger.feeds.get<FeedState>(etagFeed)).toMatchObject({ etag: '"14-v1"', lastModified: 'Mon, 22 Apr 2024 08:40:00 GMT', firstPollDone: true });

      // News.az asks for <ttl>15</ttl>; the Kavkaz feed sets no floor and is due at once.
      clock = new Date(t0.getTime() + MINUTE);
      const soon = await harness.app.cycle();
      expect(soon.report.feeds).toMatchObject({ polled: 1, notModified: 1, notDue: 1 });
      const lastModifiedRequest = requestsTo(lastModifiedPath).at(-1)?.headers;
      expect(lastModifiedRequest?.['if-modified-since']).toBe('Sun, 21 Apr 2024 17:05:00 GMT');
      expect(lastModifiedRequest).not.toHaveProperty('if-none-match');

      harness = await harness.restart();
      clock = new Date(t0.getTime() + 20 * MINUTE);
      const later = await harness.app.cycle();
      expect(later.report.feeds).toMatchObject({ polled: 2, notModified: 2, ok: 0 });
      expect(later.report.items).toMatchObject({ seen: 0, new: 0 });
      const etagRequest = requestsTo(etagPath).at(-1)?.headers;
      expect(etagRequest?.['if-none-match']).toBe('"14-v1"');
      expect(etagRequest?.['if-modified-since']).toBe('Mon, 22 Apr 2024 08:40:00 GMT');
      expect(requestsTo(etagPath)).toHaveLength(2);
    } finally {
      await harness.close();
    }
  });
});
