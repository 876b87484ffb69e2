/**
 * Character references, decoded after the parse. htmlparser2 decoding while it tokenizes has to look
 * at every character of text and attribute values for a '&'; parsing with `decodeEntities: false` lets
 * it skip to the next '<' or quote, and only the strings that hold a '&' are then decoded, the way the
 * tokenizer would have: text in legacy mode (references without ';' too), attribute values in attribute
 * mode, and text in raw-text elements (script, style, textarea, xmp: the tokenizer's special tags other
 * than <title>) left as written. `entities` 4.5 is the decoder (htmlparser2's own 7.0.1 garbles a few
 * unterminated references, e.g. "&backepsilonx" → "Á"; no page in our corpora has one).
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { isElement, type AnyNode, type Element, type ParentNode } from './dom.ts';

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp']);

/** Whether the text inside `el` was taken as written (the parse-time parent decides). */
export function keepsRawText(el: Element): boolean {
  return RAW_TEXT.has(el.name);
}

export function decodeAttributes(attribs: Record<string, string>): void {
  for (const name in attribs) {
    const value = attribs[name]!;
    if (value.includes('&')) attribs[name] = decodeHTMLAttribute(value);
  }
}

/** A text node's data as the tokenizer would have decoded it, given its parse-time parent. */
function decodedData(text: AnyNode & { data: string }): string {
  const parent = text.parent;
  if (!text.data.includes('&') || (parent && isElement(parent as AnyNode) && keepsRawText(parent as Element))) return text.data;
  return decodeHTML(text.data);
}

export function decodeText(text: AnyNode & { data: string }): void {
  text.data = decodedData(text);
}

/** Decodes, in place, the references in every text node and attribute value below `root`. */
export function decodeReferences(root: ParentNode): void {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (node.data.includes('&')) node.data = decodeHTML(node.data);
      continue;
    }
    if (isElement(node)) {
      decodeAttributes(node.attribs);
      if (keepsRawText(node)) continue;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/** Whether the document's text, once decoded, holds `char` (`$.root().text().includes(char)` after decodeReferences). */
export function decodedTextIncludes(root: ParentNode, char: string): boolean {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      if (node.data.includes(char) || decodedData(node).includes(char)) return true;
    } else if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}
