/**
 * Pages are parsed with entity decoding off and a faster skip-ahead in the tokenizer, and their
 * character references are decoded as the tree is built (src/articles/parse-html.ts, references.ts,
 * tokenizer.ts). The trees must be the ones htmlparser2 builds decoding references itself with its own
 * tokenizer, for strings and for bytes in any encoding.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'htmlparser2';
import { extractArticle } from '../../src/articles/index.ts';
import { loadDocument } from '../../src/articles/decode.ts';
import type { AnyNode, ParentNode } from '../../src/articles/dom.ts';
import { readBenchmark } from '../../scripts/lib/corpora.ts';
import { expectedText, fixtureBytes, fixtureText } from './helpers.ts';

const STOCK_OPTIONS = { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: true };
const URL_ = 'https://vestikavkaza.ru/news/tovarooborot-rossii-i-azerbajdzana.html';

/** Every node in document order as type, name, attributes and data: two trees are the same if these are. */
function flatten(root: ParentNode): string[] {
  const out: string[] = [];
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const el = node as { name?: string; attribs?: Record<string, string>; data?: string };
    out.push(`${node.type} ${el.name ?? ''} ${el.attribs ? JSON.stringify(Object.entries(el.attribs)) : ''} ${el.data ?? ''}`);
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

function ourTree(html: string): string[] {
  return flatten(loadDocument(html, URL_).root().get(0) as ParentNode);
}

function stockTree(html: string): string[] {
  return flatten(parseDocument(html, STOCK_OPTIONS));
}

describe('character references decoded after the parse', () => {
  it('gives a page written with named and numeric references the tree htmlparser2 gives decoding them itself', () => {
    const html = fixtureText('vestikavkaza-references');
    expect(ourTree(html)).toEqual(stockTree(html));
  });

  it('gives every article-extraction benchmark page the tree of htmlparser2 with its own tokenizer and decoding', () => {
    const pages = readBenchmark();
    expect(pages.length).toBeGreaterThan(100);
    const differing = pages.filter((p) => {
      const html = p.html.toString('utf8');
      const ours = ourTree(html);
      const stock = stockTree(html);
      return ours.length !== stock.length || ours.some((line, i) => line !== stock[i]);
    });
    expect(differing.map((p) => p.id)).toEqual([]);
  });

  it('gives a windows-1251 page (decoded by its <meta> charset) the tree htmlparser2 gives its decoded text', () => {
    const bytes = fixtureBytes('ria-windows-1251');
    const ours = flatten(loadDocument(bytes, 'https://ria.ru/20240912/tovarooborot-1971234567.html').root().get(0) as ParentNode);
    expect(ours).toEqual(stockTree(new TextDecoder('windows-1251').decode(bytes)));
  });

  it('decodes references in text, attributes and <title>, and leaves script, style and textarea as written', () => {
    const $ = loadDocument(fixtureText('vestikavkaza-references'), URL_);
    expect($('title').text()).toBe('Товарооборот России и Азербайджана за 9 месяцев вырос на 7\u00a0% – Вестник Кавказа');
    expect($('meta[property="og:title"]').attr('content')).toBe('«Северный\u00a0— Юг»: товарооборот России и Азербайджана за 9\u00a0месяцев вырос на 7%');
    expect($('link[rel=canonical]').attr('href')).toBe('https://vestikavkaza.ru/news/tovarooborot-rossii-i-azerbajdzana.html?utm_source=rss&utm_medium=feed');
    expect($('.footer').text()).toMatch(/^© 2006–2024 /);
    expect($('script[type="application/ld+json"]').text()).toContain('"name":"Вестник Кавказа &amp; партнёры"');
    expect($('style').text()).toContain('content: "&rarr;"');
    expect($('textarea').text()).toBe('Разметка: &lt;b&gt;жирный&lt;/b&gt; &amp; &lt;i&gt;курсив&lt;/i&gt;');
    expect($('textarea').attr('placeholder')).toBe('Ваш комментарий …');
  });

  it('extracts the text and metadata of a page written with references as plain characters', () => {
    const article = extractArticle({ body: Buffer.from(fixtureText('vestikavkaza-references'), 'utf8'), url: URL_ });
    expect(article.text).toBe(expectedText('vestikavkaza-references'));
    expect(article.title).toBe('«Северный — Юг»: товарооборот России и Азербайджана за 9 месяцев вырос на 7%');
    expect(article.outlet).toBe('Вестник Кавказа');
    expect(article.canonicalUrl).toBe('https://vestikavkaza.ru/news/tovarooborot-rossii-i-azerbajdzana.html?utm_source=rss&utm_medium=feed');
    expect(article.text).not.toMatch(/&[a-z#0-9]+;?/i);
  });
});
