import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/feeds/index.ts';
import { decodeBody } from '../../src/fetch/index.ts';
import { StageError } from '../../src/model/errors.ts';
import { fixtureBytes } from '../helpers/hostile-server.ts';

const text = (name: string) => decodeBody(fixtureBytes(name), null).text;

describe('hostile XML', () => {
  it('when a feed declares a billion-laughs entity bomb, the entities are not expanded and the item survives', async () => {
    const feed = await parseFeed(text('billion-laughs.xml'), 'https://caspian-business.example/rss');
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item?.title).toBe('Azerbaijan and Russia agree on new freight tariffs &lol9;');
    expect(item?.summary.length).toBeLessThan(200);
    expect(item?.summary).not.toContain('lollol');
  });

  it('when a feed declares external entities (file:// and metadata URLs), nothing is read or fetched', async () => {
    const feed = await parseFeed(text('external-entity.xml'), 'https://energy-digest.example/rss');
    const [item] = feed.items;
    expect(item?.title).toBe('Gas swap volumes via Azerbaijan rise &xxe;');
    expect(item?.summary).toBe('Russian gas deliveries to Iran through Azerbaijan grew in the first quarter. &remote;');
    expect(JSON.stringify(feed)).not.toMatch(/root:|security-credentials\/\w/);
  });

  it('when a quadratic blow-up is attempted with one huge entity used many times, it stays inert', async () => {
    const big = 'A'.repeat(50_000);
    const refs = '&a;'.repeat(5_000);
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "${big}">]><rss version="2.0"><channel><title>t</title><item><title>x</title><description>${refs}</description></item></channel></rss>`;
    const feed = await parseFeed(xml, 'https://example.test/rss');
    expect(feed.items[0]?.summary.length).toBe('&a;'.length * 5_000);
  });

  it('when the XML is broken beyond repair (an unterminated CDATA), fails with parse-error naming the feed', async () => {
    const error = await parseFeed(text('invalid.xml'), 'https://vestnik-kaspiya.example/rss').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StageError);
    expect(error).toMatchObject({ stage: 'feeds', kind: 'parse-error' });
    expect((error as StageError).message).toContain('https://vestnik-kaspiya.example/rss');
  });

  it('when a feed is truncated mid-item, keeps the items that arrived', async () => {
    const whole = text('news-az-en.xml');
    const cut = whole.slice(0, whole.indexOf('<title>Tirana and Baku'));
    const feed = await parseFeed(cut, 'https://news.az/rss');
    expect(feed.items.map((item) => item.title)).toEqual([
      'Azerbaijan, Russia discuss expansion of trade along North–South corridor',
      'Baku hosts international energy week',
    ]);
  });

  it('when PHP warnings are printed before the prolog, still reads the feed', async () => {
    const warning = '<br />\n<b>Warning</b>:  mysqli_connect(): (HY000/2002): Connection refused in <b>/var/www/rss.php</b> on line <b>12</b><br />\n';
    const feed = await parseFeed(warning + text('news-az-en.xml'), 'https://news.az/rss');
    expect(feed.items).toHaveLength(4);
  });

  it.each([
    ['unterminated comments', '<rss version="2.0"><channel><title>t</title>' + '<!--'.repeat(200_000)],
    ['unterminated tags', '<rss version="2.0"><channel><title>t</title>' + '<a '.repeat(200_000)],
    ['unterminated CDATA starts', '<rss version="2.0"><channel><item><title><![CDATA[' + 'x]] <![CDATA['.repeat(100_000)],
    ['a DOCTYPE that never ends', '<?xml version="1.0"?><!DOCTYPE rss [' + '<!ENTITY a "b">'.repeat(100_000)],
    ['a date field of a megabyte', `<rss version="2.0"><channel><item><title>t</title><pubDate>${'1 '.repeat(500_000)}</pubDate></item></channel></rss>`],
  ])('when a feed is built to make scanners backtrack (%s), parsing still ends with a result or a StageError', async (_name, xml) => {
    const outcome: { items: number } | { error: unknown } = await parseFeed(xml, 'https://example.test/rss').then(
      (feed) => ({ items: feed.items.length }),
      (error: unknown) => ({ error }),
    );
    if ('error' in outcome) expect(outcome.error).toBeInstanceOf(StageError);
    else expect(outcome.items).toBeGreaterThanOrEqual(0);
  });
});
