import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, itemKeys, parseFeed, sameItem } from '../../src/feeds/index.ts';
import type { SeenRecord } from '../../src/feeds/index.ts';
import { decodeBody } from '../../src/fetch/index.ts';
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

describe('sameItem', () => {
  const base: { id: string; feedUrl: string; title: string; link: string | null } = { id: 'guid-1', feedUrl, title: 'Bakıda Rusiya–Azərbaycan biznes forumu keçiriləcək', link: 'https://kaspiy-xeber.example/siyaset/forum.html' };
  const record = (overrides: Partial<typeof base>, published: string | null): SeenRecord => ({
    ...itemKeys({ ...base, ...overrides }),
    published,
  });
  const earlier = record({}, '2024-04-22T05:40:00Z');

  it.each([
    ['the guid changed but the canonical link did not', true, record({ id: 'guid-2', link: `${base.link}?utm_source=rss#top` }, '2024-04-22T05:40:00Z')],
    ['the guid and link changed but the title is the same two days later', true, record({ id: 'guid-3', link: 'https://kaspiy-xeber.example/forum-2' }, '2024-04-24T06:00:00Z')],
    ['the title differs only in case and punctuation', true, record({ id: 'guid-4', link: null, title: 'BAKIDA RUSIYA – AZƏRBAYCAN BIZNES FORUMU KEÇIRILƏCƏK!' }, '2024-04-22T09:00:00Z')],
    ['the same title comes back ten days later (a recurring column)', false, record({ id: 'guid-5', link: null }, '2024-05-02T05:40:00Z')],
    ['the same title appears in another feed', false, record({ id: 'guid-6', link: null, feedUrl: 'https://other.example/rss' }, '2024-04-22T05:40:00Z')],
    ['the same title has no date', false, record({ id: 'guid-7', link: null }, null)],
    ['everything differs', false, record({ id: 'guid-8', link: 'https://kaspiy-xeber.example/other', title: 'Neftin qiyməti' }, '2024-04-22T05:40:00Z')],
  ])('when %s, same item: %s', (_scenario, expected, later) => {
    expect(sameItem(earlier, later)).toBe(expected);
  });

  it('itemKeys gives the id, the canonical link and a feed-scoped title key', () => {
    expect(itemKeys({ ...base, link: `${base.link}?utm_source=rss` })).toEqual({
      id: 'guid-1',
      link: 'https://kaspiy-xeber.example/siyaset/forum.html',
      titleKey: `${feedUrl}\nbakida rusiya azerbaycan biznes forumu kecirilecek`,
    });
  });
});
