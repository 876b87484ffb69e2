import { decodeHTML } from 'entities';

const BLOCK_END = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|blockquote|section|article|header|footer|figure|figcaption|pre)\b[^>]*>/gi;
const TAG = /<\/?[A-Za-z][^>]*>/;

/**
 * Feed summaries and content as plain text: scripts, styles and tags removed, entities decoded,
 * one paragraph per line. Feeds that escape their HTML twice ("&lt;p&gt;") get a second pass.
 */
export function htmlToText(html: string): string {
  const once = stripOnce(html);
  return TAG.test(once) ? stripOnce(once) : once;
}

function stripOnce(html: string): string {
  const text = html
    .replace(/<(script|style|noscript|template|iframe)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(BLOCK_END, '\n')
    .replace(/<\/?[A-Za-z][^>]*>/g, '');
  return decodeHTML(text)
    .replace(/\u00a0/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** One-line text (titles): paragraphs joined with a space. */
export function htmlToLine(html: string): string {
  return htmlToText(html).replace(/\n+/g, ' ');
}
