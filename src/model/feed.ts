/** One item of a feed after parsing, independent of the feed format. */
export interface FeedItem {
  /** Stable identity within the feed: guid, else canonical link, else hash of title and date. */
  id: string;
  feedUrl: string;
  title: string;
  link: string | null;
  /** ISO 8601, or null when the feed gave no usable date. */
  published: string | null;
  summary: string;
  /** Full content from content:encoded or Atom content, HTML removed. */
  content: string;
  categories: string[];
}

export interface ParsedFeed {
  title: string | null;
  link: string | null;
  /** RSS <ttl> in minutes, when present. */
  ttlMinutes: number | null;
  items: FeedItem[];
}

export interface TopicMatch {
  topic: string;
  /** The keywords (as configured) that hit, for the notice. */
  keywords: string[];
}
