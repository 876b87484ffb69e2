import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/articles/index.ts';
import { preferJsonLdBody } from '../../src/articles/json-ld-body.ts';
import { expectedText, fixtureText } from './helpers.ts';

const CALIBER_URL = 'https://caliber.az/en/post/russian-grain-exports-to-azerbaijan-up-20-in-nine-months';
const FULL_BODY = ['First paragraph of the story, long enough to matter here.', 'Second paragraph with the figures: $245 million.', 'Third paragraph.'];
const DOM_FULL = [...FULL_BODY];

describe('choosing between the DOM text and JSON-LD articleBody', () => {
  const rows: Array<{ scenario: string; dom: string[]; body: string | null; expected: string[] }> = [
    { scenario: 'no articleBody: the DOM text', dom: DOM_FULL, body: null, expected: DOM_FULL },
    { scenario: 'DOM has the whole text too: the DOM text (it keeps tables and headings)', dom: DOM_FULL, body: FULL_BODY.join('\n\n'), expected: DOM_FULL },
    { scenario: 'DOM has only a teaser: the articleBody, split into paragraphs', dom: ['First paragraph.'], body: FULL_BODY.join('\n\n'), expected: FULL_BODY },
    { scenario: 'articleBody is a teaser ending in an ellipsis: the DOM text', dom: ['Lead.'], body: `${FULL_BODY.join(' ')} And then…`, expected: ['Lead.'] },
    { scenario: 'articleBody holds HTML paragraphs: their text, one per line', dom: [], body: '<p>One &amp; two.</p><p>Three<br>four.</p>', expected: ['One & two.', 'Three', 'four.'] },
  ];
  for (const row of rows) {
    it(`when ${row.scenario}`, () => {
      expect(preferJsonLdBody(row.dom, row.body)).toEqual(row.expected);
    });
  }

  it('takes the articleBody from a NewsArticle inside an @graph when the page is an empty app shell', () => {
    const article = extractArticle({ body: fixtureText('caliber-jsonld-body'), url: CALIBER_URL });
    expect(article.text).toBe(expectedText('caliber-jsonld-body'));
    expect(article.outlet).toBe('Caliber.Az');
    expect(article.published).toBe('2024-10-21T10:15:00+04:00');
  });

  it('falls back to the DOM lead when the JSON-LD cannot be parsed', () => {
    const broken = fixtureText('caliber-jsonld-body').replace('{"@context"', '{@context');
    const article = extractArticle({ body: broken, url: CALIBER_URL });
    expect(article.text).toBe('Russia shipped 1.1 million tons of wheat to Azerbaijan in January-September.');
  });
});

describe('JSON-LD articleBody with markup', () => {
  it('treats an entity-encoded ellipsis as a teaser, not as the whole text', () => {
    expect(preferJsonLdBody(['Lead.'], 'A long teaser of the article body that stops in the middle of a sentence&hellip;')).toEqual(['Lead.']);
  });

  it('weighs the DOM text against the body\'s text, not against the length of its markup', () => {
    const body = '<div class="article-body__paragraph article-body__paragraph--lead">Turnover reached $4.3 billion in 2024.</div>';
    expect(preferJsonLdBody(['Turnover reached $4.3 billion.'], body)).toEqual(['Turnover reached $4.3 billion.']);
    expect(preferJsonLdBody(['Turnover.'], body)).toEqual(['Turnover reached $4.3 billion in 2024.']);
  });

  it('decodes entities and drops empty HTML paragraphs', () => {
    expect(preferJsonLdBody([], '<p class="bodytext">Turnover &ndash; $4.3&nbsp;billion.</p><p class="bodytext">&nbsp;</p>')).toEqual(['Turnover – $4.3 billion.']);
  });
});
