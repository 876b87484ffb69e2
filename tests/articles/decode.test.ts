import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/articles/index.ts';
import { expectedText, fixtureBytes, fixtureText } from './helpers.ts';

const RIA_URL = 'https://ria.ru/20240912/tovarooborot-1971234567.html';
const META_1251 = '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">';

/** The windows-1251 fixture with its <meta> charset removed, still as windows-1251 bytes. */
function unlabelled1251(): Buffer {
  const latin1 = fixtureBytes('ria-windows-1251').toString('latin1');
  expect(latin1).toContain(META_1251);
  return Buffer.from(latin1.replace(META_1251, ''), 'latin1');
}

describe('decoding article bytes', () => {
  it('decodes a windows-1251 page by its <meta> charset', () => {
    const article = extractArticle({ body: fixtureBytes('ria-windows-1251'), url: RIA_URL });
    expect(article.text).toBe(expectedText('ria-windows-1251'));
    expect(article.text).toContain('Товарооборот России и Азербайджана');
  });

  it('decodes an unlabelled windows-1251 page by the Content-Type charset', () => {
    const article = extractArticle({ body: unlabelled1251(), url: RIA_URL, contentType: 'text/html; charset=windows-1251' });
    expect(article.text).toBe(expectedText('ria-windows-1251'));
  });

  it('decodes an unlabelled page that is not UTF-8 from a .ru site as windows-1251, as browsers do', () => {
    const article = extractArticle({ body: unlabelled1251(), url: RIA_URL, contentType: 'text/html' });
    expect(article.text).toBe(expectedText('ria-windows-1251'));
    expect(article.text).not.toContain('\uFFFD');
  });

  it('reads unlabelled UTF-8 as UTF-8, not as cheerio\'s windows-1252 default', () => {
    const html = fixtureText('tass-ru-security').replace('<meta charset="utf-8">', '');
    const article = extractArticle({ body: Buffer.from(html, 'utf8'), url: 'https://tass.ru/politika/21456789' });
    expect(article.text).toBe(expectedText('tass-ru-security'));
  });

  it('trusts valid multi-byte UTF-8 over a stale windows-1251 label in the template', () => {
    const html = fixtureText('tass-ru-security').replace('<meta charset="utf-8">', '<meta charset="windows-1251">');
    const article = extractArticle({ body: Buffer.from(html, 'utf8'), url: 'https://tass.ru/politika/21456789' });
    expect(article.text).toBe(expectedText('tass-ru-security'));
  });

  it('follows a byte order mark over the Content-Type label', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixtureBytes('tass-ru-security')]);
    const article = extractArticle({ body: bytes, url: 'https://tass.ru/politika/21456789', contentType: 'text/html; charset=iso-8859-1' });
    expect(article.title).toBe('Россия и Азербайджан провели консультации по безопасности на Каспии');
  });

  it('reads a UTF-8 page with a byte order mark and a legacy label in the header exactly as the plain page', () => {
    const url = 'https://tass.ru/politika/21456789';
    const plain = extractArticle({ body: fixtureBytes('tass-ru-security'), url });
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fixtureBytes('tass-ru-security')]);
    const marked = extractArticle({ body: bytes, url, contentType: 'text/html; charset=windows-1251' });
    expect(marked).toEqual(plain);
    expect(marked.text).toBe(expectedText('tass-ru-security'));
    expect(JSON.stringify(marked)).not.toContain('\uFEFF');
  });

  it('accepts an already decoded string, and a Uint8Array that is not a Buffer', () => {
    const url = 'https://tass.ru/politika/21456789';
    const fromString = extractArticle({ body: fixtureText('tass-ru-security'), url });
    const fromArray = extractArticle({ body: new Uint8Array(fixtureBytes('tass-ru-security')), url });
    expect(fromString.text).toBe(expectedText('tass-ru-security'));
    expect(fromArray.text).toBe(expectedText('tass-ru-security'));
  });
});
