/** The choice between the DOM text and the publisher's JSON-LD articleBody. */
import { load } from 'cheerio';

const MARKUP = /<\/?[a-z][^>]*>|&[#a-z0-9]+;/i;

/**
 * Some CMSs put HTML or entities ("&hellip;", "&nbsp;") in articleBody: that body with a line break after
 * each block's end, ready to parse into plain text with paragraphs as lines; null when it is plain already.
 */
function markedUp(articleBody: string): string | null {
  if (!MARKUP.test(articleBody)) return null;
  return articleBody.replace(/<br\s*\/?>|<\/(p|div|h[1-6]|li)>/gi, '$&\n');
}

function bodyLines(text: string): string[] {
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
  if (!articleBody) return domLines;
  const marked = markedUp(articleBody);
  const domChars = domLines.reduce((n, l) => n + l.length, 0);
  // Parsing never makes text longer than its source (no tag or character reference yields more characters
  // than it is written with), so a DOM text of half the source's length wins without the parse.
  if (domChars >= (marked ?? articleBody).length * 0.5) return domLines;
  const text = marked === null ? articleBody : load(marked).root().text();
  if (looksTruncated(text)) return domLines;
  const ld = bodyLines(text);
  const ldChars = ld.reduce((n, l) => n + l.length, 0);
  return domChars < ldChars * 0.5 ? ld : domLines;
}
