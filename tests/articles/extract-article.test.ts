import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/articles/index.ts';
import { expectedText, fixtureBytes } from './helpers.ts';

interface PageCase {
  name: string;
  url: string;
  title: string;
  published: string;
  outlet: string;
  lang: string;
  canonicalUrl: string;
  /** Lines that sit next to the article on the page and must not reach the text. */
  boilerplate: string[];
}

const PAGES: PageCase[] = [
  {
    name: 'anadolu-trade-table',
    url: 'https://www.aa.com.tr/en/economy/azerbaijan-russia-trade-turnover-rises-7-in-first-half/3265114',
    title: 'Azerbaijan-Russia trade turnover rises 7% in first half',
    published: '2024-07-19T09:41:00+03:00',
    outlet: 'Anadolu Ajansı',
    lang: 'en',
    canonicalUrl: 'https://www.aa.com.tr/en/economy/azerbaijan-russia-trade-turnover-rises-7-in-first-half/3265114',
    boilerplate: ['We use cookies', 'Read also', 'Azerbaijan to raise gas exports', 'Related news', 'Most read', 'Tags', 'Please contact us for subscription', 'All rights reserved', 'Containers at the Baku', 'Reporting by', 'Facebook'],
  },
  {
    name: 'tass-ru-security',
    url: 'https://tass.ru/politika/21456789',
    title: 'Россия и Азербайджан провели консультации по безопасности на Каспии',
    published: '2024-08-14T13:05:00+03:00',
    outlet: 'ТАСС',
    lang: 'ru',
    canonicalUrl: 'https://tass.ru/politika/21456789',
    boilerplate: ['cookie', 'Читайте также', 'Лавров', 'Подписывайтесь', 'Лента новостей', 'Каспийское море. ©', 'Свидетельство о регистрации', 'ВКонтакте', 'Безопасность'],
  },
  {
    name: 'report-az-energy',
    url: 'https://report.az/en/infrastructure/azerbaijan-russia-discuss-north-south-corridor-tariffs/',
    title: 'Azerbaijan, Russia discuss North-South corridor tariffs',
    published: '2024-03-05T16:20:00+04:00',
    outlet: 'Report.az',
    lang: 'en',
    canonicalUrl: 'https://report.az/en/infrastructure/azerbaijan-russia-discuss-north-south-corridor-tariffs/',
    boilerplate: ['USD 1.7000', 'uses cookies', 'Related:', 'Astara terminal', 'Latest news', 'Most read', 'Photo: Report', 'Share:', '05 March, 2024', 'Founded in 2014'],
  },
  {
    name: 'ria-windows-1251',
    url: 'https://ria.ru/20240912/tovarooborot-1971234567.html',
    title: 'Оверчук: товарооборот России и Азербайджана может достичь $5 млрд',
    published: '2024-09-12T11:30',
    outlet: 'РИА Новости',
    lang: 'ru',
    canonicalUrl: 'https://ria.ru/20240912/tovarooborot-1971234567.html',
    boilerplate: ['файлы cookie', 'Путин и Алиев', 'Читать ria.ru', 'Поделиться', 'Главное', 'Игорь Михалев', 'Россия сегодня', '11:30 12.09.2024'],
  },
  {
    name: 'caliber-jsonld-body',
    url: 'https://caliber.az/en/post/russian-grain-exports-to-azerbaijan-up-20-in-nine-months',
    title: 'Russian grain exports to Azerbaijan up 20% in nine months',
    published: '2024-10-21T10:15:00+04:00',
    outlet: 'Caliber.Az',
    lang: 'en',
    canonicalUrl: 'https://caliber.az/en/post/russian-grain-exports-to-azerbaijan-up-20-in-nine-months',
    boilerplate: ['We use cookies', 'Loading', 'All rights reserved', 'Politics'],
  },
];

describe('extractArticle on whole news pages', () => {
  for (const page of PAGES) {
    describe(page.name, () => {
      const article = extractArticle({ body: fixtureBytes(page.name), url: page.url });

      it('gives exactly the article text, one paragraph, heading, list item or table row per line', () => {
        expect(article.text).toBe(expectedText(page.name));
      });

      it('leaves out navigation, banners, read-also boxes, captions, tags and footers', () => {
        for (const junk of page.boilerplate) expect(article.text).not.toContain(junk);
      });

      it('reads title, publication date, outlet, language and canonical URL', () => {
        expect(article).toMatchObject({
          url: page.url,
          title: page.title,
          published: page.published,
          outlet: page.outlet,
          lang: page.lang,
          canonicalUrl: page.canonicalUrl,
        });
      });
    });
  }
});

describe('extractArticle without site rules (the general scorer alone)', () => {
  for (const page of PAGES.filter((p) => p.name !== 'anadolu-trade-table')) {
    it(`finds the same text on ${page.name} as the site rule does`, () => {
      const article = extractArticle({ body: fixtureBytes(page.name), url: page.url, siteRules: {} });
      expect(article.text).toBe(expectedText(page.name));
    });
  }

  it('on the Anadolu page also keeps the standfirst under the headline, and nothing else', () => {
    const page = PAGES[0]!;
    const article = extractArticle({ body: fixtureBytes(page.name), url: page.url, siteRules: {} });
    const standfirst = 'Trade turnover between Azerbaijan and Russia reached $2.2 billion in January-June, customs data shows';
    expect(article.text).toBe(`${standfirst}\n${expectedText(page.name)}`);
  });

  it('keeps the trade-by-year table as rows of cells joined by " | "', () => {
    const article = extractArticle({ body: fixtureBytes('anadolu-trade-table'), url: PAGES[0]!.url, siteRules: {} });
    expect(article.text.split('\n')).toEqual(
      expect.arrayContaining([
        'Year | Exports to Russia | Imports from Russia | Turnover',
        '2021 | 1,125 | 2,035 | 3,160',
        '2022 | 1,230 | 2,659 | 3,889',
        '2023 | 1,359 | 2,956 | 4,315',
      ]),
    );
  });
});

describe('extractArticle on broken markup', () => {
  it('survives thousands of unclosed tags nesting the text deeper than any walk could recurse', () => {
    const html = `<html><body>${'<div><font>'.repeat(5000)}<p>Trade grew 7% in 2024, the ministry said, citing customs data.</p></body></html>`;
    const article = extractArticle({ body: html, url: 'https://example.az/deep' });
    expect(article.text).toBe('Trade grew 7% in 2024, the ministry said, citing customs data.');
  });

  it('survives the same nesting in an unlabelled windows-1251 page, whose encoding is checked before the depth is capped', () => {
    const text = 'Товарооборот вырос на 7% в 2024 году, сообщили в министерстве со ссылкой на таможню.';
    const html = `<html><body>${'<div><font>'.repeat(5000)}<p>${text}</p></body></html>`;
    // windows-1251 puts А–я (U+0410–U+044F) at 0xC0–0xFF; the rest is ASCII.
    const cp1251 = Buffer.from(Array.from(html, (ch) => (ch < '\u0400' ? ch.charCodeAt(0) : ch.charCodeAt(0) - 0x350)));
    const article = extractArticle({ body: cp1251, url: 'https://example.ru/deep' });
    expect(article.text).toBe(text);
  });

  it('gives empty text, not an error, for an empty document', () => {
    expect(extractArticle({ body: '', url: 'https://example.az/empty' }).text).toBe('');
    expect(extractArticle({ body: new Uint8Array(0), url: 'https://example.az/empty' }).text).toBe('');
  });
});

describe('extractArticle on fragments', () => {
  it('keeps text that sits at the top level of a fragment, outside any element', () => {
    const article = extractArticle({ body: 'Turnover reached <b>$4.3 billion</b> in 2023, up 11% on the year before.', url: 'https://example.az/f' });
    expect(article.text).toBe('Turnover reached $4.3 billion in 2023, up 11% on the year before.');
  });
});
