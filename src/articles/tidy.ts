/** Line-level clean-up of extracted text, and the choice between DOM text and JSON-LD articleBody. */
import { load } from 'cheerio';
import { READ_ALSO_LINE } from './patterns.ts';

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Drops a repeated headline at the top, bare "Read also" labels and immediate repeats. */
export function tidyLines(lines: string[], title: string | null): string[] {
  const t = title ? normalise(title) : '';
  const out: string[] = [];
  lines.forEach((line, i) => {
    if (i < 3 && t && normalise(line) === t) return;
    if (line.length < 60 && READ_ALSO_LINE.test(line)) return;
    if (line.length < 100 && out[out.length - 1] === line) return;
    out.push(line);
  });
  return out;
}

function bodyLines(articleBody: string): string[] {
  const text = /<\/?(p|br|div)\b/i.test(articleBody) ? load(articleBody.replace(/<br\s*\/?>|<\/p>/gi, '$&\n')).root().text() : articleBody;
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
