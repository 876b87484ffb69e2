import { describe, expect, it } from 'vitest';
import type { FeedConfig } from '../../src/config/index.ts';
import { initialFeedState, nextFeedState } from '../../src/feeds/index.ts';
import { feedHealthEvent, withFailingSince, type StoredFeedState } from '../../src/pipeline/feed-health.ts';

const feed = { url: 'https://news.az/rss', outlet: 'News.az' } as FeedConfig;
const policy = { maxBackoffMinutes: 1440, maxPollIntervalMinutes: 1440 };
const failure = { ok: false as const, kind: 'timeout' as const, message: 'fetch: timed out after 15000 ms' };

describe('feedHealthEvent over stored states', () => {
  it('a state stored mid-run by a version without failingSince dates the run from its last known failure, not from the last success', () => {
    const legacy: StoredFeedState = {
      ...initialFeedState(new Date('2026-03-01T00:00:00Z')),
      consecutiveFailures: 4,
      lastSuccessAt: '2026-02-27T12:00:00.000Z',
      lastFailureAt: '2026-03-01T06:00:00.000Z',
      lastFailureKind: 'timeout',
      firstPollDone: true,
    };
    const next = withFailingSince(legacy, nextFeedState(legacy, failure, new Date('2026-03-01T09:00:00Z'), policy, () => 0.5));

    expect(next.failingSince).toBe('2026-03-01T06:00:00.000Z');
    expect(feedHealthEvent(feed, legacy, next, 5)).toMatchObject({ kind: 'failing', since: '2026-03-01T06:00:00.000Z', failures: 5 });
  });
});
