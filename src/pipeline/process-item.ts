import { extractArticle } from '../articles/index.ts';
import type { FeedConfig } from '../config/index.ts';
import { isItemFreshEnough, type ItemKeys } from '../feeds/index.ts';
import { extractFigures } from '../figures/index.ts';
import { StageError, type FeedItem, type TopicMatch } from '../model/index.ts';
import type { CycleReport } from './cycle-report.ts';
import type { PipelineDeps } from './deps.ts';
import { feedTextVerdict, matchForFeed } from './topic-verdict.ts';

/** A page that failed this many times is given up on (recorded as failed, never retried). */
export const MAX_ITEM_ATTEMPTS = 3;

/**
 * One feed item through the stages: seen? fresh enough? about a watched topic? then page → main text →
 * figures → ledger (one transaction, which also marks the item seen). A failure of this item is stored
 * on it and retried in later cycles; it never stops the feed or the cycle.
 */
export interface PolledItem {
  item: FeedItem;
  /** Its keys in the document it came in (itemKeys with that document's shared links). */
  keys: ItemKeys;
  firstPoll: boolean;
}

export async function processItem(deps: PipelineDeps, feed: FeedConfig, polled: PolledItem, report: CycleReport, signal?: AbortSignal): Promise<void> {
  const { item, keys, firstPoll } = polled;
  const now = deps.now();
  const seen = deps.ledger.items.find(feed.url, keys, now, deps.config.feedPolicy.sameTitleWindowDays);
  if (seen && !(seen.status === 'failed' && seen.attempts < MAX_ITEM_ATTEMPTS)) return;
  report.items.new++;
  if (firstPoll && !isItemFreshEnough(item, now, deps.config.feedPolicy.firstPollMaxAgeHours)) {
    deps.ledger.items.mark(feed.url, keys, 'skipped-old', now);
    report.items.skippedOld++;
    return;
  }
  const verdict = feedTextVerdict(deps.matcher(), feed, item);
  if (verdict === 'off-topic' || !item.link) {
    deps.ledger.items.mark(feed.url, keys, 'unmatched', now);
    return;
  }
  try {
    await recordPage(deps, feed, polled, report, signal);
  } catch (error) {
    // A page fetch cut short by shutdown is no attempt against the item: the stopped feed brings it back.
    if (signal?.aborted) return;
    deps.ledger.items.mark(feed.url, keys, 'failed', now, seen?.itemId);
    report.articles.failed++;
    if (error instanceof StageError) deps.log.warn({ feed: feed.url, item: item.link, kind: error.kind }, error.message);
    else deps.log.error({ feed: feed.url, item: item.link, err: error }, 'pipeline: unexpected error on an item (it will be retried)');
  }
}

async function recordPage(deps: PipelineDeps, feed: FeedConfig, { item, keys }: PolledItem, report: CycleReport, signal?: AbortSignal): Promise<void> {
  const page = await deps.fetcher.fetch(item.link ?? '', { kind: 'page', signal });
  if (page.status !== 'ok') throw new StageError('articles', 'http-4xx', `page ${item.link} answered 304 to an unconditional request`);
  const article = extractArticle({ body: page.body, url: page.finalUrl, contentType: page.contentType, siteRules: deps.siteRules });
  const text = article.text.trim() || item.content || item.summary;
  const title = article.title ?? item.title;
  const topics: TopicMatch[] = matchForFeed(deps.matcher(), feed, { title, summary: item.summary, body: text });
  if (topics.length === 0) {
    deps.ledger.items.mark(feed.url, keys, 'unmatched', deps.now());
    return;
  }
  report.items.matched++;
  const published = article.published ?? item.published;
  const figures = extractFigures(text, { published: published ? published.slice(0, 10) : null, title });
  const result = deps.ledger.recordArticle(
    {
      item: { feedUrl: feed.url, keys },
      url: article.canonicalUrl ?? page.finalUrl,
      outlet: article.outlet ?? feed.outlet,
      title,
      published,
      text,
      figures,
      topics,
    },
    deps.policy,
    deps.now(),
  );
  countResult(report, result.outcome === 'unchanged', figures.length, result.findings, result.notices.length);
}

function countResult(report: CycleReport, unchanged: boolean, figureCount: number, findings: { kind: keyof CycleReport['findings'] }[], notices: number): void {
  if (unchanged) {
    report.articles.unchanged++;
    return;
  }
  report.articles.recorded++;
  report.figures += figureCount;
  for (const finding of findings) report.findings[finding.kind]++;
  report.noticesQueued += notices;
}
