import type { FeedConfig } from '../config/index.ts';
import type { FeedState } from '../feeds/index.ts';
import type { FeedHealthEvent } from '../notify/types.ts';

/**
 * The feed state as the pipeline stores it: src/feeds' FeedState plus the start of the current run of
 * failures, which FeedState does not keep (its lastFailureAt moves on with every failure, and
 * lastSuccessAt is when the feed last worked, not when it broke). nextFeedState spreads the state it is
 * given, so the extra field is carried through; `withFailingSince` sets it on every save anyway.
 */
export type StoredFeedState = FeedState & {
  /** ISO time of the first failure of the current run of failures; absent while the feed works. */
  failingSince?: string;
};

/** The state to store: a first failure starts a run, a success ends it, other failures keep its start. */
export function withFailingSince(previous: StoredFeedState | null, next: FeedState): StoredFeedState {
  const state: StoredFeedState = { ...next };
  delete state.failingSince;
  if (state.consecutiveFailures === 0) return state;
  const before = previous?.consecutiveFailures ?? 0;
  // A state saved before failingSince existed: its earliest failure we still know of is the last one.
  const start = before === 0 ? state.lastFailureAt : (previous?.failingSince ?? previous?.lastFailureAt ?? state.lastFailureAt);
  return start ? { ...state, failingSince: start } : state;
}

/**
 * One message when a feed reaches `alertAfter` consecutive failures, and one when such a feed recovers;
 * nothing for the failures in between or for a feed that failed fewer times.
 */
export function feedHealthEvent(feed: FeedConfig, previous: StoredFeedState | null, next: StoredFeedState, alertAfter: number): FeedHealthEvent | null {
  const before = previous?.consecutiveFailures ?? 0;
  if (next.consecutiveFailures === alertAfter && before < alertAfter) {
    return {
      kind: 'failing',
      feedUrl: feed.url,
      outlet: feed.outlet,
      since: next.failingSince ?? next.lastFailureAt ?? next.nextAttemptAt,
      failures: next.consecutiveFailures,
      failureKind: next.lastFailureKind ?? 'network',
      lastError: next.lastError ?? undefined,
    };
  }
  if (before >= alertAfter && next.consecutiveFailures === 0) {
    return {
      kind: 'recovered',
      feedUrl: feed.url,
      outlet: feed.outlet,
      ...(previous?.failingSince ? { since: previous.failingSince } : {}),
      recoveredAt: next.lastSuccessAt ?? new Date().toISOString(),
      failures: before,
    };
  }
  return null;
}
