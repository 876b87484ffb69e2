import type { FeedConfig } from '../config/index.ts';
import { isDue, itemKeys, nextFeedState, parseFeed, sharedLinks, type FeedState, type PollOutcome } from '../feeds/index.ts';
import { FetchError } from '../fetch/index.ts';
import { StageError, type FeedItem } from '../model/index.ts';
import type { CycleReport } from './cycle-report.ts';
import type { PipelineDeps } from './deps.ts';
import { feedHealthEvent, withFailingSince, type StoredFeedState } from './feed-health.ts';
import { processItem } from './process-item.ts';

/**
 * Polls one feed when it is due and processes its new items oldest first (so the ledger hears claims in
 * publication order). Any stage failure becomes the feed's stored state; it never aborts the cycle.
 */
export async function processFeed(deps: PipelineDeps, feed: FeedConfig, report: CycleReport, signal?: AbortSignal): Promise<void> {
  const previous = deps.ledger.feeds.get<StoredFeedState>(feed.url);
  if (!isDue(previous, deps.now())) {
    report.feeds.notDue++;
    return;
  }
  report.feeds.polled++;
  const outcome = await pollFeed(deps, feed, previous, report, signal);
  // Stopped half way (shutdown): keep the old state, so the next start fetches the feed in full again
  // (its ETag would otherwise make the server answer 304 and the unprocessed items would be lost).
  if (outcome === 'interrupted') return;
  const state = withFailingSince(previous, nextFeedState(previous, outcome, deps.now(), deps.config.fetch));
  const event = feedHealthEvent(feed, previous, state, deps.config.notify.feedFailureAlertAfter);
  const health = event && deps.feedHealthTarget ? { target: deps.feedHealthTarget, event } : null;
  deps.ledger.saveFeedState(feed.url, state, deps.now(), health);
}

async function pollFeed(
  deps: PipelineDeps,
  feed: FeedConfig,
  previous: FeedState | null,
  report: CycleReport,
  signal?: AbortSignal,
): Promise<PollOutcome | 'interrupted'> {
  try {
    const result = await deps.fetcher.fetch(feed.url, { kind: 'feed', etag: previous?.etag ?? null, lastModified: previous?.lastModified ?? null, signal });
    if (result.status === 'not-modified') {
      report.feeds.notModified++;
      return { ok: true, etag: result.etag, lastModified: result.lastModified, pollFloorSeconds: result.pollFloorSeconds };
    }
    const parsed = await parseFeed(result.text, result.finalUrl);
    const firstPoll = !previous?.firstPollDone;
    const shared = sharedLinks(parsed.items);
    for (const item of oldestFirst(parsed.items)) {
      if (signal?.aborted) return 'interrupted';
      report.items.seen++;
      await processItem(deps, feed, { item, keys: itemKeys(item, shared), firstPoll }, report, signal);
    }
    report.feeds.ok++;
    return { ok: true, etag: result.etag, lastModified: result.lastModified, pollFloorSeconds: result.pollFloorSeconds, ttlMinutes: parsed.ttlMinutes };
  } catch (error) {
    // Cut short by shutdown: not the feed's failure (no backoff), and the next start polls it again.
    if (signal?.aborted) return 'interrupted';
    const failure = asStageError(error, feed);
    report.feeds.failed++;
    report.failures.push({ feedUrl: feed.url, kind: failure.kind, message: failure.message });
    if (failure === error) deps.log.warn({ feed: feed.url, kind: failure.kind }, failure.message);
    else deps.log.error({ feed: feed.url, err: error }, failure.message);
    const retryAfterSeconds = error instanceof FetchError ? error.retryAfterSeconds : null;
    return { ok: false, kind: failure.kind, message: failure.message, retryAfterSeconds };
  }
}

/** A bug or an unforeseen library error in one feed is that feed's failure (kept, retried), not the cycle's. */
function asStageError(error: unknown, feed: FeedConfig): StageError {
  if (error instanceof StageError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new StageError('feeds', 'parse-error', `unexpected error on ${feed.url}: ${message}`, { cause: error });
}

function oldestFirst(items: FeedItem[]): FeedItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.published ?? '').localeCompare(b.item.published ?? '') || b.index - a.index)
    .map(({ item }) => item);
}
