import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feeds/index.ts';
import { decodeBody } from '../../src/fetch/index.ts';
import { StageError } from '../../src/model/errors.ts';
import { fixtureBytes } from '../helpers/hostile-server.ts';

const decodeFixture = (name: string, contentType: string | null = null) => decodeBody(fixtureBytes(name), contentType).text;

async function parseError(xml: string): Promise<StageError> {
  const error = await parseFeed(xml, 'https://example.test/rss').then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(StageError);
  return error as StageError;
}

describe('parseFeed', () => {
  it('when a windows-1251 Report.az feed has Russian day and month names, reads every date', async () => {
    const feed = await parseFeed(decodeFixture('report-az-ru.windows-1251.xml'), 'https://report.az/ru/rss/');
    expect(feed).toMatchObject({ title: 'Report.az — Новости Азербайджана', link: 'https://report.az/ru/', ttlMinutes: 20 });
    expect(feed.items.map((item) => item.published)).toEqual([
      '2024-04-22T08:35:00.000Z',
      '2024-04-22T07:05:00.000Z',
      '2024-04-22T05:00:00.000Z',
      '2024-04-21T14:20:00.000Z',
      '2024-04-21T16:45:00.000Z',
    ]);
  });

  it('turns HTML entities XML lacks (&nbsp; &mdash; &laquo;) into text instead of failing', async () => {
    const feed = await parseFeed(decodeFixture('report-az-ru.windows-1251.xml'), 'https://report.az/ru/rss/');
    expect(feed.items[1]?.summary).toBe(
      'Вице-премьер РФ Алексей Оверчук заявил, что стороны обсуждают сроки завершения участка Решт — Астара и грузовую базу «Север — Юг».',
    );
  });

  it('uses yandex:full-text as the full content of Russian feeds', async () => {
    const feed = await parseFeed(decodeFixture('report-az-ru.windows-1251.xml'), 'https://report.az/ru/rss/');
    expect(feed.items[3]?.content).toContain('Стороны подписали протокол о сотрудничестве');
  });

  it('when items have unique guids, uses them as identity', async () => {
    const feed = await parseFeed(decodeFixture('report-az-ru.windows-1251.xml'), 'https://report.az/ru/rss/');
    expect(feed.items.map((item) => item.id)).toEqual([
      'report-ru-1398201',
      'report-ru-1398188',
      'report-ru-1398150',
      'report-ru-1398102',
      'report-ru-1398090',
    ]);
  });

  it('strips HTML and scripts from content:encoded, one paragraph per line', async () => {
    const feed = await parseFeed(decodeFixture('news-az-en.xml'), 'https://news.az/rss');
    const [first] = feed.items;
    expect(first?.content.split('\n')).toEqual([
      'Azerbaijani Deputy Prime Minister Shahin Mustafayev and Russian Deputy Prime Minister Alexei Overchuk discussed the expansion of trade along the North–South International Transport Corridor at a meeting in Baku.',
      'According to the parties, trade turnover between the two countries exceeded $4 billion in 2023, while Russian investment in Azerbaijan’s economy reached about $6 billion.',
      'The sides also discussed the construction of the Rasht — Astara railway section.',
    ]);
    expect(first?.categories).toEqual(['Politics', 'Economy']);
  });

  it('resolves a relative item link against the channel link', async () => {
    const feed = await parseFeed(decodeFixture('news-az-en.xml'), 'https://news.az/rss');
    expect(feed.items[2]?.link).toBe('https://news.az/news/tirana-and-baku-sign-memorandum-on-tourism');
  });

  it('when an item has no guid, identifies it by its canonical link (fragment dropped)', async () => {
    const feed = await parseFeed(decodeFixture('news-az-en.xml'), 'https://news.az/rss');
    expect(feed.items[3]?.id).toBe('https://news.az/news/russian-delegation-to-attend-caspian-forum-in-baku');
  });

  it('when an Atom entry has an unreadable <published>, keeps the feed and falls back to <updated>', async () => {
    const feed = await parseFeed(decodeFixture('azertag-az.atom'), 'https://azertag.az/rss/atom');
    expect(feed.items).toHaveLength(3);
    expect(feed.items.map((item) => item.published)).toEqual([
      '2024-04-22T09:45:00.000Z',
      '2024-04-22T12:05:00.000Z',
      '2024-04-22T05:30:00.000Z',
    ]);
    expect(feed.items[0]?.id).toBe('https://azertag.az/xeber/2984512');
    expect(feed.items[0]?.summary).toBe(
      'Bakı, 22 aprel, AZƏRTAC. Ötən il Azərbaycan ilə Rusiya arasında ticarət dövriyyəsi 4 milyard ABŞ dollarını ötüb.',
    );
    expect(feed.items[0]?.categories).toEqual(['İqtisadiyyat']);
  });

  it('when the document is an HTML page, fails with not-a-feed', async () => {
    const error = await parseError(decodeFixture('not-a-feed.html'));
    expect(error).toMatchObject({ stage: 'feeds', kind: 'not-a-feed' });
  });

  it('when the document is JSON or empty, fails with not-a-feed', async () => {
    expect((await parseError('{"items": []}')).kind).toBe('not-a-feed');
    expect((await parseError('   ')).kind).toBe('not-a-feed');
  });
});
