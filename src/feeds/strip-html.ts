import { decodeHTML } from 'entities';
import { scanMarkup } from './scan-markup.ts';

const TAG = /<\/?[A-Za-z][\w:-]*[\s/>]/;

/**
 * Feed summaries and content as plain text: scripts, styles and tags removed, entities decoded,
 * one paragraph per line. Feeds that escape their HTML twice ("&lt;p&gt;") get a second pass.
 */
export function htmlToText(html: string): string {
  const once = stripOnce(html);
  return TAG.test(once) ? stripOnce(once) : once;
}

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'iframe']);
const BLOCKS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'blockquote',
  'section', 'article', 'header', 'footer', 'figure', 'figcaption', 'pre',
]);

function stripOnce(html: string): string {
  const parts: string[] = [];
  let skipping: string | null = null;
  for (const token of scanMarkup(html)) {
    const name = token.name?.toLowerCase();
    if (skipping !== null) {
      if (token.kind === 'tag' && token.closing && name === skipping) skipping = null;
      continue;
    }
    if (token.kind === 'text') parts.push(html.slice(token.start, token.end));
    else if (token.kind === 'cdata') parts.push(html.slice(token.start + 9, token.terminated ? token.end - 3 : token.end));
    else if (token.kind === 'tag' && name !== undefined) {
      if (SKIPPED.has(name) && !token.closing && !token.selfClosing) skipping = name;
      else if (BLOCKS.has(name)) parts.push('\n');
    } else if (token.kind === 'comment' || token.kind === 'pi' || token.kind === 'doctype') parts.push(' ');
  }
  return decodeHTML(parts.join(''))
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
