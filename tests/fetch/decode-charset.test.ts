import { describe, expect, it } from 'vitest';
import { decodeBody } from '../../src/fetch/index.ts';
import { fixtureBytes } from '../helpers/hostile-server.ts';

const cp1251 = fixtureBytes('report-az-ru.windows-1251.xml');
const koi8 = fixtureBytes('kavkaz-vestnik.koi8-r.xml');
const utf8Atom = fixtureBytes('azertag-az.atom');
const withoutProlog = (bytes: Buffer) => Buffer.from(bytes.toString('latin1').replace(/<\?xml[^>]*>\s*/, ''), 'latin1');
const reportText = decodeBody(cp1251, 'text/xml; charset=windows-1251').text;

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

function utf32le(text: string): Buffer {
  const out = Buffer.alloc([...text].length * 4);
  [...text].forEach((char, index) => out.writeUInt32LE(char.codePointAt(0)!, index * 4));
  return out;
}

describe('decodeBody', () => {
  it('when Content-Type says windows-1251, decodes Cyrillic', () => {
    const result = decodeBody(cp1251, 'application/rss+xml; charset=windows-1251');
    expect(result.charset).toBe('windows-1251');
    expect(result.text).toContain('Товарооборот между Азербайджаном и Россией');
  });

  it('when only the XML prolog names the charset (windows-1251 or KOI8-R), follows it', () => {
    expect(decodeBody(cp1251, 'text/xml').charset).toBe('windows-1251');
    const koi = decodeBody(koi8, 'text/xml');
    expect(koi.charset).toBe('koi8-r');
    expect(koi.text).toContain('Экспорт российского зерна в Азербайджан вырос на треть');
  });

  it('when nothing declares a charset, tells windows-1251 from KOI8-R by the letters', () => {
    expect(decodeBody(withoutProlog(cp1251), null).charset).toBe('windows-1251');
    expect(decodeBody(withoutProlog(koi8), null).charset).toBe('koi8-r');
  });

  it('when the Content-Type charset and the prolog disagree, the Content-Type wins', () => {
    const latin = Buffer.from('<?xml version="1.0" encoding="utf-8"?><rss><channel><title>Caf\xe9 M\xfcller</title></channel></rss>', 'latin1');
    const result = decodeBody(latin, 'text/xml; charset=iso-8859-1');
    expect(result.charset).toBe('windows-1252');
    expect(result.text).toContain('Café Müller');
  });

  it('decodes ISO-8859-5 Cyrillic when the header names it', () => {
    const moscow = Buffer.from([0xbc, 0xde, 0xe1, 0xda, 0xd2, 0xd0]);
    const body = Buffer.concat([Buffer.from('<rss><channel><title>'), moscow, Buffer.from('</title></channel></rss>')]);
    expect(decodeBody(body, 'text/xml; charset=ISO-8859-5').text).toContain('<title>Москва</title>');
  });

  it('when valid UTF-8 is declared windows-1251 (a CMS migration), reads it as UTF-8', () => {
    const result = decodeBody(utf8Atom, 'text/xml; charset=windows-1251');
    expect(result.charset).toBe('utf-8');
    expect(result.text).toContain('Azərbaycan ilə Rusiya');
  });

  it('when UTF-8 is declared but the bytes are windows-1251, does not produce replacement characters', () => {
    const result = decodeBody(withoutProlog(cp1251), 'text/xml; charset=utf-8');
    expect(result.charset).toBe('windows-1251');
    expect(result.text).not.toContain('\uFFFD');
  });

  it('when UTF-8 has one truncated character, stays UTF-8', () => {
    const body = Buffer.concat([Buffer.from('<rss><title>Bakı — Moskva'), Buffer.from([0xd0]), Buffer.from('</title></rss>')]);
    expect(decodeBody(body, null).charset).toBe('utf-8');
  });

  it('when a byte order mark is present, it wins over a contradicting header and is removed', () => {
    const bom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(reportText, 'utf16le')]);
    const result = decodeBody(bom, 'text/xml; charset=windows-1251');
    expect(result.charset).toBe('utf-16le');
    expect(result.text.startsWith('<?xml')).toBe(true);
    expect(result.text).toContain('Курс маната на 22 апреля');
  });

  it('detects UTF-16BE without a BOM from the "<?" byte pattern', () => {
    const result = decodeBody(utf16be(reportText), null);
    expect(result.charset).toBe('utf-16be');
    expect(result.text).toContain('Курс маната на 22 апреля');
  });

  it('decodes UTF-32, which TextDecoder does not support', () => {
    const result = decodeBody(utf32le('<rss><channel><title>Rusiya və Azərbaycan 🇦🇿</title></channel></rss>'), null);
    expect(result.charset).toBe('utf-32le');
    expect(result.text).toContain('Rusiya və Azərbaycan 🇦🇿');
  });

  it('when a header claims UTF-16 for bytes that are plainly ASCII-compatible, ignores the claim', () => {
    expect(decodeBody(utf8Atom, 'text/xml; charset=utf-16').charset).toBe('utf-8');
  });

  it('when a page names its charset only in <meta>, follows it', () => {
    const page = Buffer.concat([
      Buffer.from('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><title>'),
      Buffer.from([0xcd, 0xee, 0xe2, 0xee, 0xf1, 0xf2, 0xe8]),
      Buffer.from('</title></head></html>'),
    ]);
    expect(decodeBody(page, 'text/html').text).toContain('<title>Новости</title>');
  });

  it('when the label is bogus, falls back to UTF-8', () => {
    const body = Buffer.from('<?xml version="1.0" encoding="bogus"?><rss><channel><title>Ok</title></channel></rss>');
    expect(decodeBody(body, 'text/xml; charset=x-nonsense').charset).toBe('utf-8');
  });
});
