import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, FetchError } from '../../src/fetch/index.ts';
import type { Fetcher } from '../../src/fetch/index.ts';
import { isDue, nextFeedState, parseFeed } from '../../src/feeds/index.ts';
import type { FeedState, PollOutcome } from '../../src/feeds/index.ts';
import { StageError } from '../../src/model/errors.ts';
import type { FeedItem } from '../../src/model/feed.ts';
import { startHostileServer } from '../helpers/hostile-server.ts';
import type { HostileServer } from '../helpers/hostile-server.ts';
import { testFetchConfig } from '../fetch/test-config.ts';

/**
 * One polling cycle over good and hostile feeds with the real fetcher, parser and feed-state
 * rules (the pipeline stores the state in the ledger; here a Map does). Every feed settles,
 * the good ones deliver their items, and each hostile one leaves the state it should.
 */
const policy = { maxBackoffMinutes: 24 * 60, maxPollIntervalMinutes: 360, baseBackoffMinutes: 5 };

async function poll(fetcher: Fetcher, url: string, previous: FeedState | null, signal: AbortSignal): Promise<{ outcome: PollOutcome; items: FeedItem[] }> {
  try {
    const result = await fetcher.fetch(url, { kind: 'feed', etag: previous?.etag ?? null, lastModified: previous?.lastModified ?? null, signal });
    if (result.status === 'not-modified') {
      return { outcome: { ok: true, etag: result.etag, lastModified: result.lastModified, pollFloorSeconds: result.pollFloorSeconds }, items: [] };
    }
    const feed = await parseFeed(result.text, result.finalUrl);
    const outcome = { ok: true as const, etag: result.etag, lastModified: result.lastModified, pollFloorSeconds: result.pollFloorSeconds, ttlMinutes: feed.ttlMinutes };
    return { outcome, items: feed.items };
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
    const retryAfterSeconds = error instanceof FetchError ? error.retryAfterSeconds : null;
    return { outcome: { ok: false, kind: error.kind, message: error.message, retryAfterSeconds }, items: [] };
  }
}

async function cycle(fetcher: Fetcher, urls: string[], states: Map<string, FeedState>, now: Date) {
  const budget = AbortSignal.timeout(10_000);
  const delivered = new Map<string, FeedItem[]>();
  await Promise.all(
    urls
      .filter((url) => isDue(states.get(url) ?? null, now))
      .map(async (url) => {
        const { outcome, items } = await poll(fetcher, url, states.get(url) ?? null, budget);
        states.set(url, nextFeedState(states.get(url) ?? null, outcome, now, policy, () => 0.5));
        delivered.set(url, items);
      }),
  );
  return delivered;
}

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(async () => {
  await server.close();
});

describe('a polling cycle over good and hostile feeds', () => {
  it('finishes, delivers the good feeds, records the right failure per hostile feed, and recovers', async () => {
    const fetcher = createFetcher(testFetchConfig({ maxFeedBytes: 2 * 1024 * 1024 }), { allowedAddresses: ['127.0.0.1'] });
    const at = (path: string) => `${server.url}${path}`;
    const good = {
      cp1251: at('/feed/report-az-ru.windows-1251.xml'),
      gzip: at('/gzip/news-az-en.xml'),
      etag: at('/etag/azertag-az.atom'),
      duplicates: at('/feed/duplicate-guids.xml'),
      wrongCharset: at('/wrong-charset'),
      flaky: at('/flaky/1/kavkaz-vestnik.koi8-r.xml'),
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
    };
    const urls = [...Object.values(good), ...Object.values(hostile)];
    const states = new Map<string, FeedState>();
    const t0 = new Date('2024-04-22T12:00:00Z');

    const first = await cycle(fetcher, urls, states, t0);

    expect(first.get(good.cp1251)?.[0]?.title).toBe('Товарооборот между Азербайджаном и Россией в первом квартале превысил $1 млрд');
    expect(first.get(good.gzip)).toHaveLength(4);
    expect(first.get(good.etag)?.[0]?.title).toBe('Azərbaycan ilə Rusiya arasında ticarət dövriyyəsi 4 milyard dolları ötüb');
    expect(first.get(good.duplicates)).toHaveLength(4);
    expect(first.get(good.wrongCharset)?.[0]?.summary).toContain('Azərbaycan ilə Rusiya');
    for (const url of Object.values(good).filter((url) => url !== good.flaky)) {
      expect(states.get(url), url).toMatchObject({ consecutiveFailures: 0, firstPollDone: true });
    }
    expect(states.get(good.cp1251)?.nextAttemptAt).toBe('2024-04-22T12:20:00.000Z');
    const kinds = Object.fromEntries(Object.entries(hostile).map(([name, url]) => [name, states.get(url)?.lastFailureKind]));
    expect(kinds).toEqual({
      drip: 'timeout',
      endless: 'too-large',
      bomb: 'too-large',
      loop: 'redirect-loop',
      unavailable: 'http-5xx',
      invalid: 'parse-error',
      html: 'not-a-feed',
      gone: 'http-4xx',
    });
    expect(states.get(hostile.unavailable)?.nextAttemptAt).toBe('2024-04-22T12:05:00.000Z');
    expect(states.get(good.flaky)).toMatchObject({ consecutiveFailures: 1, firstPollDone: false, lastFailureKind: 'http-5xx' });

    const t1 = new Date('2024-04-22T12:30:00Z');
    const second = await cycle(fetcher, urls, states, t1);

    expect(server.requests.filter((request) => request.path === '/etag/azertag-az.atom').at(-1)?.headers['if-none-match']).toBe(
      states.get(good.etag)?.etag,
    );
    expect(second.get(good.etag)).toEqual([]);
    expect(states.get(good.flaky)).toMatchObject({ consecutiveFailures: 0, firstPollDone: true, lastSuccessAt: t1.toISOString() });
    expect(second.get(good.flaky)?.map((item) => item.title)).toContain('Экспорт российского зерна в Азербайджан вырос на треть');
    expect(states.get(hostile.loop)).toMatchObject({ consecutiveFailures: 2, lastFailureKind: 'redirect-loop' });
    expect(Date.parse(states.get(hostile.loop)?.nextAttemptAt ?? '')).toBe(t1.getTime() + 10 * 60_000);
  });
});
