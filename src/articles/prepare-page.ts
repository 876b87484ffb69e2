/**
 * One walk over the freshly parsed page, in document order, instead of one per concern: it decodes the
 * character references (references.ts), replaces subtrees nested past MAX_DEPTH by their text, notes
 * what the metadata readers look up (page-scan.ts), and finds the junk to take out once they have read
 * the page (the junk is also where <meta> and JSON-LD live). Each does what its own walk over the whole
 * tree did, in the same order: decoding before anything reads the page, the depth cap before the scan
 * and the junk search see what lies below it.
 */
import { flattenToText, isJunk, MAX_DEPTH, textNodesOf } from './clean.ts';
import { isElement, type AnyNode, type ParentNode } from './dom.ts';
import { emptyScan, scanElement, type PageScan } from './page-scan.ts';
import { decodeAttributes, decodeText, keepsRawText } from './references.ts';

export interface PreparedPage {
  scan: PageScan;
  /**
   * Junk under the root or under elements that are not junk themselves (what removeNodes takes out):
   * the removal of junk children from every kept element, from the top down.
   */
  junk: AnyNode[];
}

/** A subtree at the depth cap: its text nodes, decoded under their own parents, become its children. */
function capSubtree(el: ParentNode): void {
  const texts = textNodesOf(el);
  for (const t of texts) decodeText(t as AnyNode & { data: string });
  flattenToText(el, texts);
}

// Each stack entry carries, packed in one number, the node's depth (the root's children are at 1) and
// whether its junk-ness is asked (it sits under the root or under a kept `tag` element).
const JUNK_ASKED = 1;

export function preparePage(root: ParentNode): PreparedPage {
  const scan = emptyScan();
  const junk: AnyNode[] = [];
  const nodes: AnyNode[] = [];
  const marks: number[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) {
    nodes.push(root.children[i]!);
    marks.push((1 << 1) | JUNK_ASKED);
  }
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const mark = marks.pop()!;
    if (node.type === 'text') {
      decodeText(node);
      continue;
    }
    if (isElement(node)) {
      decodeAttributes(node.attribs);
      scanElement(node, scan);
    }
    let askChildren = false;
    if ((mark & JUNK_ASKED) !== 0) {
      if (isJunk(node)) junk.push(node);
      else askChildren = node.type === 'tag';
    }
    if (!('children' in node)) continue;
    const depth = mark >> 1;
    if (node.type === 'tag' && depth >= MAX_DEPTH) {
      capSubtree(node);
      continue;
    }
    if (isElement(node) && keepsRawText(node)) continue; // text as written; no elements inside
    const childMark = ((depth + 1) << 1) | (askChildren ? JUNK_ASKED : 0);
    for (let i = node.children.length - 1; i >= 0; i--) {
      nodes.push(node.children[i]!);
      marks.push(childMark);
    }
  }
  return { scan, junk };
}
