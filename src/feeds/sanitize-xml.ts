import { decodeHTML } from 'entities';
import { scanMarkup } from './scan-markup.ts';

/**
 * Makes feed XML safe and parseable before xml2js sees it:
 * - the DOCTYPE (with any internal subset) is removed, so entity-expansion bombs and external
 *   entities (file://, http://) are never declared; their references become literal text;
 * - HTML named entities that XML lacks (&nbsp;, &mdash;, &laquo; — common in Russian feeds)
 *   become numeric references; unknown entities and bare "&" are escaped;
 * - control characters XML 1.0 forbids are dropped.
 * CDATA sections, comments and a DOCTYPE after the root (which is content) are left as they are.
 */
export function sanitizeXml(xml: string): string {
  const parts: string[] = [];
  let inProlog = true;
  for (const token of scanMarkup(xml)) {
    const text = xml.slice(token.start, token.end);
    if (token.kind === 'tag') inProlog = false;
    if (token.kind === 'doctype' && inProlog) continue;
    parts.push(token.kind === 'text' || token.kind === 'tag' ? fixEntities(text) : text);
  }
  return parts.join('').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

const XML_ENTITIES = new Set(['lt', 'gt', 'amp', 'quot', 'apos']);

function fixEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,8});|#[xX]([0-9a-fA-F]{1,8});|([A-Za-z][A-Za-z0-9]{0,31});)?/g,
    (match, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (decimal !== undefined) return numericReference(Number(decimal));
      if (hex !== undefined) return numericReference(parseInt(hex, 16));
      if (name === undefined) return '&amp;';
      if (XML_ENTITIES.has(name)) return match;
      const decoded = decodeHTML(match);
      if (decoded === match) return `&amp;${name};`;
      return [...decoded].map((char) => `&#${char.codePointAt(0)};`).join('');
    },
  );
}

/**
 * References to C1 controls (&#146;) are windows-1252 punctuation in practice (don&#146;t):
 * read them as such, as browsers do. Invalid code points become U+FFFD.
 */
function numericReference(code: number): string {
  if (code >= 0x80 && code <= 0x9f) {
    const char = new TextDecoder('windows-1252').decode(Uint8Array.of(code));
    return `&#${char.codePointAt(0)};`;
  }
  return validCodePoint(code) ? `&#${code};` : '&#xFFFD;';
}

function validCodePoint(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || code > 0x10ffff) return false;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}
