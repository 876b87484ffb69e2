import type { FeedConfig } from '../config/index.ts';
import type { FeedState } from '../feeds/index.ts';
import type { FeedHealthEvent } from '../notify/types.ts';

/**
 * One message when a feed reaches `alertAfter` consecutive failures, and one when such a feed recovers;
 * nothing for the failures in between or for a feed that failed fewer times.
 */
export function feedHealthEvent(feed: FeedConfig, previous: FeedState | null, next: FeedState, alertAfter: number): FeedHealthEvent | null {
  const before = previous?.consecutiveFailures ?? 0;
  if (next.consecutiveFailures === alertAfter && before < alertAfter) {
    return {
      kind: 'failing',
      feedUrl: feed.url,
      outlet: feed.outlet,
      // FeedState keeps no start of the run of failures; the last success bounds it from below.
      since: previous?.lastSuccessAt ?? next.lastFailureAt ?? next.nextAttemptAt,
      failures: next.consecutiveFailures,
      failureKind: next.lastFailureKind ?? 'network',
      lastError: next.lastError ?? undefined,
    };
  }
  if (before >= alertAfter && next.consecutiveFailures === 0) {
    return { kind: 'recovered', feedUrl: feed.url, outlet: feed.outlet, recoveredAt: next.lastSuccessAt ?? new Date().toISOString(), failures: before };
  }
  return null;
}
