/**
 * Realistic RSS for the cycle and soak benches: general news feeds in which most items are about
 * something else and about one in fifty is about Russia and Azerbaijan (its page is then fetched).
 * Deterministic per feed index, so every run and both processes (server, checks) agree.
 */

export interface FeedShape {
  items: number;
  /** One item in this many is about the watched topic. */
  matchEvery: number;
}

export const DEFAULT_SHAPE: FeedShape = { items: 50, matchEvery: 50 };

/** Mulberry32: a tiny seeded PRNG, so feeds differ but never between runs. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

const PLACES = ['Berlin', 'Ankara', 'Tbilisi', 'Yerevan', 'Tehran', 'Astana', 'Kyiv', 'Warsaw', 'Brussels', 'Paris', 'Cairo', 'Delhi', 'Tokyo', 'Ottawa'];
const SUBJECTS = ['central bank', 'parliament', 'health ministry', 'national football team', 'energy regulator', 'city council', 'airline', 'teachers\u2019 union', 'stock exchange', 'weather service', 'space agency', 'opposition party'];
const VERBS = ['approves', 'delays', 'announces', 'rejects', 'reviews', 'welcomes', 'warns over', 'signs', 'extends', 'cuts'];
const OBJECTS = ['new budget', 'rail link', 'tax reform', 'wage deal', 'heat warning', 'vaccination drive', 'stadium plan', 'fuel prices', 'housing programme', 'airport expansion', 'flood defences', 'pension changes'];
const SENTENCES = [
  'Officials said the decision followed months of consultation with regional authorities.',
  'The move drew criticism from opposition lawmakers, who called it rushed.',
  'Analysts expect the measure to take effect early next year.',
  'Local residents gathered outside the building as the vote took place.',
  'The ministry said further details would be published next week.',
  'Markets reacted calmly, with the main index closing slightly higher.',
  'Several experts questioned whether the timetable was realistic.',
  'The announcement came after a meeting that lasted more than four hours.',
];
const TOPIC_TITLES = [
  'Azerbaijan and Russia discuss trade turnover at intergovernmental commission',
  'Russian and Azerbaijani officials review North-South corridor cargo volumes',
  'Baku and Moscow sign agreement on customs cooperation',
  'Aliyev and Putin hold phone call on bilateral trade',
  'Russia-Azerbaijan trade grows, customs data show',
];

export function feedPath(feed: number): string {
  return `/feeds/${feed}.xml`;
}

export function pagePath(feed: number, item: number): string {
  return `/articles/${feed}-${item}.html`;
}

export function isTopicItem(feed: number, item: number, shape: FeedShape = DEFAULT_SHAPE): boolean {
  return (item + feed) % shape.matchEvery === 0;
}

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * One feed: RSS 2.0, `shape.items` items 20 minutes apart ending at `now`, a one-paragraph summary
 * each, and in one feed of four a content:encoded body as WordPress feeds have.
 */
export function feedXml(feed: number, origin: string, now: Date, shape: FeedShape = DEFAULT_SHAPE, version = 0): string {
  const random = seeded(feed * 7919 + version);
  const fullContent = feed % 4 === 0;
  const items: string[] = [];
  for (let i = 0; i < shape.items; i++) {
    const topic = isTopicItem(feed, i, shape);
    const title = topic ? pick(random, TOPIC_TITLES) : `${pick(random, PLACES)} ${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${pick(random, OBJECTS)}`;
    const summary = [pick(random, SENTENCES), pick(random, SENTENCES), pick(random, SENTENCES)].join(' ');
    const date = new Date(now.getTime() - (i + version * shape.items) * 20 * 60_000).toUTCString();
    const link = `${origin}${pagePath(feed, i + version * shape.items)}`;
    const body = fullContent ? `\n      <content:encoded><![CDATA[${[summary, summary, summary].map((p) => `<p>${p}</p>`).join('')}]]></content:encoded>` : '';
    items.push(`    <item>
      <title>${escapeXml(title)}</title>
      <link>${link}</link>
      <guid isPermaLink="true">${link}</guid>
      <pubDate>${date}</pubDate>
      <category>${topic ? 'Economy' : pick(random, ['World', 'Politics', 'Sport', 'Business', 'Science'])}</category>
      <description>${escapeXml(`<p>${summary}</p>`)}</description>${body}
    </item>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Bench Daily ${feed}</title>
    <link>${origin}/</link>
    <description>General news, feed ${feed}</description>
    <language>en</language>
${items.join('\n')}
  </channel>
</rss>
`;
}
