/**
 * Character references, decoded as the tree is built rather than by the tokenizer. htmlparser2
 * decoding while it tokenizes has to look at every character of text and attribute values for a '&';
 * with `decodeEntities: false` it skips to the next '<' or quote, and only the strings that hold a '&'
 * are decoded, the way the tokenizer would have: text in legacy mode (references without ';' too),
 * attribute values in attribute mode, and text in raw-text elements (script, style, textarea, xmp: the
 * tokenizer's special tags other than <title>) left as written. `entities` 4.5 is the decoder
 * (htmlparser2's own 7.0.1 garbles a few unterminated references, e.g. "&backepsilonx" → "Á"; no page
 * in our corpora has one).
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import type { Element } from './dom.ts';

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp']);

/** Whether the text inside `el` is taken as written. */
export function keepsRawText(el: Element): boolean {
  return RAW_TEXT.has(el.name);
}

export function decodeText(data: string): string {
  return data.includes('&') ? decodeHTML(data) : data;
}

export function decodeAttributes(attribs: Record<string, string>): void {
  for (const name in attribs) {
    const value = attribs[name]!;
    if (value.includes('&')) attribs[name] = decodeHTMLAttribute(value);
  }
}
