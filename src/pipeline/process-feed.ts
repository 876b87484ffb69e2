import type { FeedConfig } from '../config/index.ts';
import { isDue, nextFeedState, parseFeed, type FeedState, type PollOutcome } from '../feeds/index.ts';
import { FetchError } from '../fetch/index.ts';
import { StageError, type FeedItem } from '../model/index.ts';
import type { CycleReport } from './cycle-report.ts';
import type { PipelineDeps } from './deps.ts';
import { feedHealthEvent } from './feed-health.ts';
import { processItem } from './process-item.ts';

/**
 * Polls one feed when it is due and processes its new items oldest first (so the ledger hears claims in
 * publication order). Any stage failure becomes the feed's stored state; it never aborts the cycle.
 */
export async function processFeed(deps: PipelineDeps, feed: FeedConfig, report: CycleReport): Promise<void> {
  const previous = deps.ledger.feeds.get<FeedState>(feed.url);
  if (!isDue(previous, deps.now())) {
    report.feeds.notDue++;
    return;
  }
  report.feeds.polled++;
  const outcome = await pollFeed(deps, feed, previous, report);
  const state = nextFeedState(previous, outcome, deps.now(), deps.config.fetch);
  deps.ledger.feeds.save(feed.url, state, deps.now());
  const event = feedHealthEvent(feed, previous, state, deps.config.notify.feedFailureAlertAfter);
  if (event && deps.feedHealthTarget) deps.ledger.outbox.enqueueFeedHealth(deps.feedHealthTarget, event, deps.now());
}

async function pollFeed(deps: PipelineDeps, feed: FeedConfig, previous: FeedState | null, report: CycleReport): Promise<PollOutcome> {
  try {
    const result = await deps.fetcher.fetch(feed.url, { kind: 'feed', etag: previous?.etag ?? null, lastModified: previous?.lastModified ?? null });
    if (result.status === 'not-modified') {
      report.feeds.notModified++;
      return { ok: true, etag: result.etag, lastModified: result.lastModified, pollFloorSeconds: result.pollFloorSeconds };
    }
    const parsed = await parseFeed(result.text, result.finalUrl);
    const firstPoll = !previous?.firstPollDone;
    for (const item of oldestFirst(parsed.items)) {
      report.items.seen++;
      await processItem(deps, feed, item, firstPoll, report);
    }
    report.feeds.ok++;
    return { ok: true, etag: result.etag, lastModified: result.lastModified, pollFloorSeconds: result.pollFloorSeconds, ttlMinutes: parsed.ttlMinutes };
  } catch (error) {
    if (!(error instanceof StageError)) throw error;
    report.feeds.failed++;
    report.failures.push({ feedUrl: feed.url, kind: error.kind, message: error.message });
    deps.log.warn({ feed: feed.url, kind: error.kind }, error.message);
    const retryAfterSeconds = error instanceof FetchError ? error.retryAfterSeconds : null;
    return { ok: false, kind: error.kind, message: error.message, retryAfterSeconds };
  }
}

function oldestFirst(items: FeedItem[]): FeedItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => (a.item.published ?? '').localeCompare(b.item.published ?? '') || b.index - a.index)
    .map(({ item }) => item);
}
