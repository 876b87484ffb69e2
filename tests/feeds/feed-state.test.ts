import { describe, expect, it } from 'vitest';
import { isDue, isItemFreshEnough, nextFeedState } from '../../src/feeds/index.ts';
import type { FeedState, PollOutcome } from '../../src/feeds/index.ts';

const policy = { maxBackoffMinutes: 24 * 60, maxPollIntervalMinutes: 360, baseBackoffMinutes: 5 };
const now = new Date('2024-04-22T10:00:00Z');
const midJitter = () => 0.5;
const failure: PollOutcome = { ok: false, kind: 'http-5xx', message: 'fetch: HTTP 500' };
const success: PollOutcome = { ok: true, etag: '"v2"', lastModified: null, pollFloorSeconds: null, ttlMinutes: null };

function failTimes(count: number): FeedState {
  let state: FeedState | null = null;
  for (let i = 0; i < count; i += 1) state = nextFeedState(state, failure, now, policy, midJitter);
  return state as FeedState;
}

const minutesUntilNext = (state: FeedState) => (Date.parse(state.nextAttemptAt) - now.getTime()) / 60_000;

describe('nextFeedState', () => {
  it('when a new feed succeeds, marks the first poll done and makes it due at once', () => {
    const state = nextFeedState(null, success, now, policy);
    expect(state).toMatchObject({ consecutiveFailures: 0, firstPollDone: true, etag: '"v2"', lastSuccessAt: now.toISOString() });
    expect(isDue(state, now)).toBe(true);
  });

  it.each([
    [1, 5],
    [2, 10],
    [3, 20],
    [6, 160],
    [9, 1280],
    [10, 1440],
    [30, 1440],
  ])('after %i consecutive failures, waits %i minutes (without jitter), never more than 24 h', (failures, minutes) => {
    expect(minutesUntilNext(failTimes(failures))).toBe(minutes);
  });

  it('jitters the backoff by at most 20 % either way', () => {
    const low = nextFeedState(failTimes(3), failure, now, policy, () => 0);
    const high = nextFeedState(failTimes(3), failure, now, policy, () => 0.999999);
    expect(minutesUntilNext(low)).toBeCloseTo(32, 0);
    expect(minutesUntilNext(high)).toBeCloseTo(48, 0);
  });

  it('after many failures the feed is still scheduled (never disabled for good)', () => {
    const state = failTimes(500);
    expect(state.consecutiveFailures).toBe(500);
    expect(isDue(state, new Date(now.getTime() + 24 * 3_600_000))).toBe(true);
  });

  it('records the failure kind and message', () => {
    expect(failTimes(2)).toMatchObject({ lastFailureKind: 'http-5xx', lastError: 'fetch: HTTP 500', lastFailureAt: now.toISOString() });
  });

  it('when a failing feed recovers, resets the count and polls at the normal pace', () => {
    const recovered = nextFeedState(failTimes(7), success, now, policy);
    expect(recovered.consecutiveFailures).toBe(0);
    expect(recovered.lastFailureKind).toBe('http-5xx');
    expect(isDue(recovered, now)).toBe(true);
  });

  it('when the server sends Retry-After longer than the backoff, waits for Retry-After (capped)', () => {
    const limited = nextFeedState(null, { ...failure, retryAfterSeconds: 3600 }, now, policy, midJitter);
    expect(minutesUntilNext(limited)).toBe(60);
    const huge = nextFeedState(null, { ...failure, retryAfterSeconds: 7 * 86_400 }, now, policy, midJitter);
    expect(minutesUntilNext(huge)).toBe(360);
  });

  it('when the feed asks for a max-age or <ttl>, the larger one is the floor, capped', () => {
    expect(minutesUntilNext(nextFeedState(null, { ...success, pollFloorSeconds: 1800, ttlMinutes: 20 }, now, policy))).toBe(30);
    expect(minutesUntilNext(nextFeedState(null, { ...success, pollFloorSeconds: 60, ttlMinutes: 45 }, now, policy))).toBe(45);
    expect(minutesUntilNext(nextFeedState(null, { ...success, ttlMinutes: 10_000 }, now, policy))).toBe(360);
  });
});

describe('isDue', () => {
  it('is true for a feed never polled, and false before its next attempt', () => {
    expect(isDue(null, now)).toBe(true);
    expect(isDue(failTimes(1), now)).toBe(false);
  });
});

describe('isItemFreshEnough', () => {
  it('on a first poll, lets through items newer than the age limit only', () => {
    expect(isItemFreshEnough({ published: '2024-04-21T12:00:00Z' }, now, 48)).toBe(true);
    expect(isItemFreshEnough({ published: '2024-04-10T12:00:00Z' }, now, 48)).toBe(false);
  });

  it('treats undated items as old (recorded, not posted) and future-dated items as fresh', () => {
    expect(isItemFreshEnough({ published: null }, now, 48)).toBe(false);
    expect(isItemFreshEnough({ published: '2024-04-23T12:00:00Z' }, now, 48)).toBe(true);
  });
});
