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
import { isElement, type AnyNode, type ParentNode } from './dom.ts';

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'xmp']);

function decodeAttributes(attribs: Record<string, string>): void {
  for (const name in attribs) {
    const value = attribs[name]!;
    if (value.includes('&')) attribs[name] = decodeHTMLAttribute(value);
  }
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
      if (RAW_TEXT.has(node.name)) continue;
    }
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}
