import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalizeUrl, itemKeys, parseFeed, sharedLinks } from '../../src/feeds/index.ts';
import { decodeBody } from '../../src/fetch/index.ts';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';
import { fixtureBytes } from '../helpers/hostile-server.ts';

const feedUrl = 'https://kaspiy-xeber.example/rss';

describe('item identity in one document', () => {
  it('when every item repeats the same guid, falls back to canonical links, then to title and date', async () => {
    const feed = await parseFeed(decodeBody(fixtureBytes('duplicate-guids.xml'), null).text, feedUrl);
    expect(feed.items.map((item) => item.title)).toEqual([
      'Rusiya ilə Azərbaycan arasında yük daşımaları 15 faiz artıb',
      'Bakıda Rusiya–Azərbaycan biznes forumu keçiriləcək',
      'Manatın rəsmi məzənnəsi açıqlanıb',
      'Neftin qiyməti bahalaşıb',
    ]);
    const [first, forum, manat, oil] = feed.items.map((item) => item.id);
    expect(first).toBe('https://kaspiy-xeber.example/iqtisadiyyat/yuk-dasimalari-15-faiz-artib-48211.html');
    expect(forum).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(manat).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(oil).not.toBe(manat);
  });

  it('when the same item is listed twice (same link, title and date), keeps it once', async () => {
    const feed = await parseFeed(decodeBody(fixtureBytes('duplicate-guids.xml'), null).text, feedUrl);
    expect(feed.items.filter((item) => item.title.startsWith('Bakıda Rusiya'))).toHaveLength(1);
  });

  it('gives the same ids when the same document is parsed again', async () => {
    const text = decodeBody(fixtureBytes('duplicate-guids.xml'), null).text;
    const first = await parseFeed(text, feedUrl);
    const again = await parseFeed(text, feedUrl);
    expect(again.items.map((item) => item.id)).toEqual(first.items.map((item) => item.id));
  });
});

describe('links that name no one item', () => {
  const parseSectionFeed = async () => parseFeed(decodeBody(fixtureBytes('section-links.xml'), 'application/rss+xml').text, feedUrl);

  it('when short news without guids link to their section or the front page, each gets an id of its own; an article with its own page is identified by its link', async () => {
    const feed = await parseSectionFeed();
    const [article, manat, oil, weather] = feed.items.map((item) => item.id);
    expect(article).toBe('https://kaspiy-xeber.example/iqtisadiyyat/yuk-dasimalari-15-faiz-artib-48211.html');
    for (const id of [manat, oil, weather]) expect(id).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(new Set([manat, oil, weather]).size).toBe(3);
  });

  it('sharedLinks gives the section link two items carry (tracking parameters aside), and itemKeys keeps no such link nor the front page as a key', async () => {
    const feed = await parseSectionFeed();
    const shared = sharedLinks(feed.items);
    expect(shared).toEqual(new Set(['https://kaspiy-xeber.example/qisa-xeberler/']));
    expect(feed.items.map((item) => itemKeys(item, shared).link)).toEqual([
      'https://kaspiy-xeber.example/iqtisadiyyat/yuk-dasimalari-15-faiz-artib-48211.html',
      null,
      null,
      null,
    ]);
  });

  it('when a later item links to the front page an earlier one linked to, the store does not take it for the earlier one', async () => {
    const ledger = openLedger(':memory:');
    try {
      const [, , , weather] = (await parseSectionFeed()).items;
      if (!weather) throw new Error('the fixture lost its front-page item');
      ledger.items.mark(feedUrl, itemKeys(weather), 'unmatched', new Date('2024-04-22T04:05:00Z'));
      const gold = { id: 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f0', feedUrl, title: 'Qızılın qiyməti ucuzlaşıb', link: 'https://kaspiy-xeber.example/' };
      expect(ledger.items.find(feedUrl, itemKeys(gold), new Date('2024-04-22T06:00:00Z'))).toBeNull();
    } finally {
      ledger.close();
    }
  });
});

describe('canonicalizeUrl', () => {
  it.each([
    ['https://News.AZ/news/x?utm_source=rss&utm_medium=feed', 'https://news.az/news/x'],
    ['https://report.az/ru/biznes/a/#comments', 'https://report.az/ru/biznes/a/'],
    ['https://ria.ru/20240422/baku.html?id=5&fbclid=IwAR0&yclid=77', 'https://ria.ru/20240422/baku.html?id=5'],
    ['http://tass.ru:80/ekonomika/1?_openstat=abc', 'http://tass.ru/ekonomika/1'],
    ['https://example.com/a?UTM_Campaign=x&page=2', 'https://example.com/a?page=2'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('returns null for what is not an http(s) URL', () => {
    expect(canonicalizeUrl('/relative/path')).toBeNull();
    expect(canonicalizeUrl('javascript:alert(1)')).toBeNull();
  });
});

describe('an item seen before, as the pipeline looks it up (itemKeys + ItemStore.find)', () => {
  const base: { id: string; feedUrl: string; title: string; link: string | null } = {
    id: 'guid-1',
    feedUrl,
    title: 'Bakıda Rusiya–Azərbaycan biznes forumu keçiriləcək',
    link: 'https://kaspiy-xeber.example/siyaset/forum.html',
  };
  const firstSeen = new Date('2024-04-22T05:40:00Z');
  const daysLater = (days: number) => new Date(firstSeen.getTime() + days * 86_400_000);
  let ledger: Ledger;
  beforeEach(() => {
    ledger = openLedger(':memory:');
    ledger.items.mark(feedUrl, itemKeys(base), 'processed', firstSeen);
  });
  afterEach(() => ledger.close());
  const lookUp = (overrides: Partial<typeof base>, at: Date, windowDays = 3) => {
    const item = { ...base, ...overrides };
    return ledger.items.find(item.feedUrl, itemKeys(item), at, windowDays);
  };

  it.each([
    ['the guid and title changed but the canonical link did not (tracking parameters and a fragment added)', { id: 'guid-2', title: 'Bakıda Rusiya–Azərbaycan biznes forumu aprelin 25-də keçiriləcək', link: `${base.link}?utm_source=rss&utm_medium=feed#top` }, 0.1],
    ['the guid and link changed but the title is the same two days later', { id: 'guid-3', link: 'https://kaspiy-xeber.example/forum-2' }, 2],
    ['the title differs only in case, punctuation and Azerbaijani letters typed in ASCII', { id: 'guid-4', link: null, title: 'BAKIDA RUSIYA - AZERBAYCAN BIZNES FORUMU KECIRILECEK!' }, 0.2],
  ])('when %s, it is the item seen before', (_scenario, overrides, days) => {
    expect(lookUp(overrides, daysLater(days))).toEqual({ itemId: 'guid-1', status: 'processed', attempts: 0 });
  });

  it.each([
    ['the same title comes back ten days later with a new guid and link (a recurring column)', { id: 'guid-5', link: 'https://kaspiy-xeber.example/forum-3' }, 10],
    ['the same story, same link and title, is listed by another feed', { id: 'guid-1', feedUrl: 'https://other.example/rss' }, 0.1],
    ['guid, link and title all differ', { id: 'guid-8', link: 'https://kaspiy-xeber.example/other', title: 'Neftin qiyməti bahalaşıb' }, 0.1],
  ])('when %s, it is a new item', (_scenario, overrides, days) => {
    expect(lookUp(overrides, daysLater(days))).toBeNull();
  });

  it('when the title window is set longer (feedPolicy.sameTitleWindowDays), a title ten days old still identifies the item', () => {
    expect(lookUp({ id: 'guid-5', link: 'https://kaspiy-xeber.example/forum-3' }, daysLater(10), 14)?.itemId).toBe('guid-1');
  });

  it('itemKeys gives the id, the canonical link and a feed-scoped title key', () => {
    expect(itemKeys({ ...base, link: `${base.link}?utm_source=rss` })).toEqual({
      id: 'guid-1',
      link: 'https://kaspiy-xeber.example/siyaset/forum.html',
      titleKey: `${feedUrl}\nbakida rusiya azerbaycan biznes forumu kecirilecek`,
    });
  });
});
