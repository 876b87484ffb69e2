import type { FailureKind } from '../model/errors.ts';

/** What the ledger stores per feed between cycles (and across restarts). Dates are ISO 8601. */
export interface FeedState {
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastFailureKind: FailureKind | null;
  lastError: string | null;
  /** The feed is not polled before this time. Always set: a feed is never disabled for good. */
  nextAttemptAt: string;
  etag: string | null;
  lastModified: string | null;
  /** False until the first successful poll: that poll records items without posting old ones. */
  firstPollDone: boolean;
}

export type PollOutcome =
  | {
      ok: true;
      /** From FetchResult (a 304 counts as a success). */
      etag: string | null;
      lastModified: string | null;
      pollFloorSeconds: number | null;
      /** RSS <ttl> of the parsed feed; null for a 304 or when absent. */
      ttlMinutes?: number | null;
    }
  | { ok: false; kind: FailureKind; message: string; retryAfterSeconds?: number | null };

export interface FeedStatePolicy {
  /** Cap of the exponential backoff (config.fetch.maxBackoffMinutes, 24 h by default). */
  maxBackoffMinutes: number;
  /** Cap of Cache-Control / Retry-After / <ttl> floors (config.fetch.maxPollIntervalMinutes). */
  maxPollIntervalMinutes: number;
  /** First backoff step; doubles per consecutive failure. Not in the config schema yet: 5 minutes. */
  baseBackoffMinutes?: number;
}

/**
 * The next state after one poll. Success resets the failure count and waits only for the
 * server's floor (max-age, <ttl>), if any. Failure backs off exponentially from
 * baseBackoffMinutes with ±20 % jitter (so feeds of one host do not retry in lockstep), capped
 * at maxBackoffMinutes, but never earlier than the server's Retry-After.
 */
export function nextFeedState(
  previous: FeedState | null,
  outcome: PollOutcome,
  now: Date,
  policy: FeedStatePolicy,
  random: () => number = Math.random,
): FeedState {
  const base = previous ?? initialFeedState(now);
  const at = now.toISOString();
  const floorCapMs = policy.maxPollIntervalMinutes * 60_000;
  if (outcome.ok) {
    const ttlMs = (outcome.ttlMinutes ?? 0) * 60_000;
    const floorMs = Math.min(floorCapMs, Math.max((outcome.pollFloorSeconds ?? 0) * 1000, ttlMs));
    return {
      ...base,
      consecutiveFailures: 0,
      lastSuccessAt: at,
      nextAttemptAt: new Date(now.getTime() + floorMs).toISOString(),
      etag: outcome.etag,
      lastModified: outcome.lastModified,
      firstPollDone: true,
    };
  }
  const failures = base.consecutiveFailures + 1;
  const backoffMs = backoffDelayMs(failures, policy, random);
  const retryAfterMs = Math.min(floorCapMs, (outcome.retryAfterSeconds ?? 0) * 1000);
  return {
    ...base,
    consecutiveFailures: failures,
    lastFailureAt: at,
    lastFailureKind: outcome.kind,
    lastError: outcome.message,
    nextAttemptAt: new Date(now.getTime() + Math.max(backoffMs, retryAfterMs)).toISOString(),
  };
}

export function backoffDelayMs(failures: number, policy: FeedStatePolicy, random: () => number = Math.random): number {
  const capMs = policy.maxBackoffMinutes * 60_000;
  const baseMs = (policy.baseBackoffMinutes ?? 5) * 60_000;
  const exponential = baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 30);
  const jittered = exponential * (0.8 + 0.4 * random());
  return Math.min(capMs, Math.round(jittered));
}

export function initialFeedState(now: Date): FeedState {
  return {
    consecutiveFailures: 0,
    lastSuccessAt: null,
    lastFailureAt: null,
    lastFailureKind: null,
    lastError: null,
    nextAttemptAt: now.toISOString(),
    etag: null,
    lastModified: null,
    firstPollDone: false,
  };
}

/** A feed with no state yet is due; otherwise when its next attempt time has come. */
export function isDue(state: FeedState | null, now: Date): boolean {
  if (state === null) return true;
  const next = Date.parse(state.nextAttemptAt);
  return Number.isNaN(next) || next <= now.getTime();
}

/**
 * The first-poll rule: on a new feed's first poll only items published within the last
 * `firstPollMaxAgeHours` may raise notices; undated items are recorded silently.
 * Items dated in the future (bad clocks, time zones) count as fresh.
 */
export function isItemFreshEnough(item: { published: string | null }, now: Date, firstPollMaxAgeHours: number): boolean {
  if (item.published === null) return false;
  const published = Date.parse(item.published);
  if (Number.isNaN(published)) return false;
  return now.getTime() - published <= firstPollMaxAgeHours * 3_600_000;
}
