/** The choice between the DOM text and the publisher's JSON-LD articleBody. */
import { load } from 'cheerio';

/** Some CMSs put HTML or entities ("&hellip;", "&nbsp;") in articleBody: plain text, paragraphs as lines. */
function plainText(articleBody: string): string {
  if (!/<\/?[a-z][^>]*>|&[#a-z0-9]+;/i.test(articleBody)) return articleBody;
  const marked = articleBody.replace(/<br\s*\/?>|<\/(p|div|h[1-6]|li)>/gi, '$&\n');
  return load(marked).root().text();
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
  const text = plainText(articleBody);
  if (looksTruncated(text)) return domLines;
  const ld = bodyLines(text);
  const ldChars = ld.reduce((n, l) => n + l.length, 0);
  const domChars = domLines.reduce((n, l) => n + l.length, 0);
  return domChars < ldChars * 0.5 ? ld : domLines;
}
