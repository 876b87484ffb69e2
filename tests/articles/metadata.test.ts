import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/articles/index.ts';
import { normaliseDate, trimSiteSuffix } from '../../src/articles/metadata.ts';

const URL_ = 'https://example.az/news/2024/05/17/story';

function page(head: string, body = '<p>Short body text for a page under test, long enough to count.</p>', htmlAttrs = 'lang="az"'): string {
  return `<!doctype html><html ${htmlAttrs}><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

describe('article metadata', () => {
  it('prefers og:title over the <h1> and <title>', () => {
    const a = extractArticle({ body: page('<title>T | Site</title><meta property="og:title" content="OG headline">', '<h1>H1 headline</h1>'), url: URL_ });
    expect(a.title).toBe('OG headline');
  });

  it('falls back to the <h1> when there is no og:title', () => {
    const a = extractArticle({ body: page('<title>Page title | Site</title>', '<h1>H1 headline here</h1><p>Body.</p>'), url: URL_ });
    expect(a.title).toBe('H1 headline here');
  });

  it('trims the site name from <title> when nothing better exists', () => {
    const a = extractArticle({ body: page('<title>Azerbaijan, Russia sign transit deal | Trend.Az</title>'), url: URL_ });
    expect(a.title).toBe('Azerbaijan, Russia sign transit deal');
  });

  const suffixes: Array<[string, string | null, string]> = [
    ['Gas exports rise 5% - News.Az', null, 'Gas exports rise 5%'],
    ['Россия и Азербайджан подписали соглашение — Интерфакс', null, 'Россия и Азербайджан подписали соглашение'],
    ['Putin meets Aliyev | Anadolu Ajansı', 'Anadolu Ajansı', 'Putin meets Aliyev'],
    ['Home | Site', null, 'Home | Site'],
    ['Trade: what comes next', null, 'Trade: what comes next'],
  ];
  for (const [title, outlet, expected] of suffixes) {
    it(`trims "${title}" to "${expected}"`, () => {
      expect(trimSiteSuffix(title, outlet)).toBe(expected);
    });
  }

  it('reads the publication date from JSON-LD when there is no meta tag', () => {
    const ld = '<script type="application/ld+json">[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2024-05-17T08:00:00Z"}]</script>';
    expect(extractArticle({ body: page(ld), url: URL_ }).published).toBe('2024-05-17T08:00:00Z');
  });

  it('reads the publication date from itemprop="datePublished", then from <time datetime>', () => {
    const itemprop = page('', '<span itemprop="datePublished" content="2024-05-16">16 May</span><p>Body of the story.</p>');
    const time = page('', '<article><time datetime="2024-05-15T10:00+04:00">15 May</time><p>Body of the story.</p></article>');
    expect(extractArticle({ body: itemprop, url: URL_ }).published).toBe('2024-05-16');
    expect(extractArticle({ body: time, url: URL_ }).published).toBe('2024-05-15T10:00+04:00');
  });

  it('looks only at the first itemprop="datePublished" element, then at the first <time datetime> in page order', () => {
    const body = [
      '<span itemprop="datePublished">16 May</span><span itemprop="datePublished" content="2024-05-16"></span>',
      '<div class="dateline"><time datetime="2024-05-15">15 May</time></div>',
      '<article><time pubdate datetime="2024-05-14T09:00Z">14 May</time><p>Body of the story.</p></article>',
    ].join('');
    expect(extractArticle({ body: page('', body), url: URL_ }).published).toBe('2024-05-15');
  });

  it('skips a published_time that is not a date and takes the next source', () => {
    const head = '<meta property="article:published_time" content="yesterday"><meta itemprop="datePublished" content="2024-05-14">';
    expect(extractArticle({ body: page(head), url: URL_ }).published).toBe('2024-05-14');
  });

  const dates: Array<[string, string]> = [
    ['20240912T1130', '2024-09-12T11:30'],
    ['20240912T113005+0300', '2024-09-12T11:30:05+0300'],
    ['20240912', '2024-09-12'],
    ['2024-09-12T11:30:00+03:00', '2024-09-12T11:30:00+03:00'],
  ];
  for (const [raw, expected] of dates) {
    it(`normalises the date ${raw} to ${expected}`, () => {
      expect(normaliseDate(raw)).toBe(expected);
    });
  }

  it('takes the outlet from og:site_name, else from the JSON-LD publisher', () => {
    const og = page('<meta property="og:site_name" content="APA">');
    const ld = page('<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Interfax"}}</script>');
    expect(extractArticle({ body: og, url: URL_ }).outlet).toBe('APA');
    expect(extractArticle({ body: ld, url: URL_ }).outlet).toBe('Interfax');
  });

  it('resolves a relative canonical link against the page URL', () => {
    const a = extractArticle({ body: page('<link rel="canonical" href="/news/story-123">'), url: URL_ });
    expect(a.canonicalUrl).toBe('https://example.az/news/story-123');
  });

  it('gives nulls, not errors, for a page without metadata', () => {
    const a = extractArticle({ body: '<p>Just a fragment of text, with no head at all, for a test.</p>', url: URL_ });
    expect(a).toMatchObject({ title: null, published: null, outlet: null, lang: null, canonicalUrl: null });
    expect(a.text).toBe('Just a fragment of text, with no head at all, for a test.');
  });

  it('reads the language from <html lang>', () => {
    expect(extractArticle({ body: page(''), url: URL_ }).lang).toBe('az');
  });

  it('finds meta tags, the canonical link and JSON-LD in the body too, the first one in page order winning', () => {
    const body = [
      '<article><meta itemprop="datePublished" content="2024-05-17T09:30:00+04:00">',
      '<link rel="Bookmark CANONICAL" href="/news/story-123"><link rel="canonical" href="/news/later">',
      '<script type="Application/LD+JSON">{"@type":"NewsArticle","publisher":{"name":"Report.az"}}</script>',
      '<p>Short body text for a page under test, long enough to count.</p></article>',
    ].join('');
    const a = extractArticle({ body: page('<meta name="datePublished" content="">', body), url: URL_ });
    expect(a).toMatchObject({ published: '2024-05-17T09:30:00+04:00', outlet: 'Report.az', canonicalUrl: 'https://example.az/news/story-123' });
  });

  it('takes the language from the first <html>, not from one nested later in the page', () => {
    const a = extractArticle({ body: page('', '<html lang="ru"><p>Вложенный документ.</p></html>', 'xml:lang="en_GB"'), url: URL_ });
    expect(a.lang).toBe('en-GB');
  });
});
