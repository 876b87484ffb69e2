import type { FeedConfig } from '../config/index.ts';
import type { FeedItem, TopicMatch } from '../model/index.ts';
import { explainTopics, matchTopics, type TopicDocument, type TopicMatcher } from '../topics/index.ts';

/**
 * What the feed's own text says about an item: it matches a topic, it is worth fetching the page to
 * decide (a group hit, e.g. "Moscow" in the title and maybe "Baku" in the body), or it is off topic.
 * A topic matches on the title, summary or body, and feeds rarely carry the body.
 */
export function feedTextVerdict(matcher: TopicMatcher, feed: FeedConfig, item: FeedItem): 'match' | 'maybe' | 'off-topic' {
  const doc = { title: item.title, summary: item.summary, body: item.content };
  const explained = explainTopics(matcher, doc).filter((topic) => allowedFor(feed, topic.topic));
  if (explained.some((topic) => topic.matched)) return 'match';
  const partial = explained.some((topic) => topic.excludedBy.length === 0 && topic.groups.some((group) => group.hits.length > 0));
  return partial ? 'maybe' : 'off-topic';
}

/** The topics a document matches, among those the feed is configured for (all when it names none). */
export function matchForFeed(matcher: TopicMatcher, feed: FeedConfig, doc: TopicDocument): TopicMatch[] {
  return matchTopics(matcher, doc).filter((match) => allowedFor(feed, match.topic));
}

function allowedFor(feed: FeedConfig, topic: string): boolean {
  return feed.topics.length === 0 || feed.topics.includes(topic);
}
