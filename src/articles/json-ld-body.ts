/** The choice between the DOM text and the publisher's JSON-LD articleBody. */
import { load } from 'cheerio';

function bodyLines(articleBody: string): string[] {
  const text = /<\/?(p|br|div)\b/i.test(articleBody)
    ? load(articleBody.replace(/<br\s*\/?>|<\/p>/gi, '$&\n')).root().text()
    : articleBody;
  return text
    .split(/\n+/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l !== '');
}

function looksTruncated(text: string): boolean {
  return /(\.\.\.|…|\[\.\.\.\])\s*$/.test(text);
}

/**
 * JSON-LD articleBody is the publisher's own statement of the text, but often shortened (a teaser)
 * or flattened. Use it only when it is complete and the DOM gave clearly less.
 */
export function preferJsonLdBody(domLines: string[], articleBody: string | null): string[] {
  if (!articleBody || looksTruncated(articleBody)) return domLines;
  const ld = bodyLines(articleBody);
  const ldChars = ld.reduce((n, l) => n + l.length, 0);
  const domChars = domLines.reduce((n, l) => n + l.length, 0);
  return domChars < ldChars * 0.5 ? ld : domLines;
}
