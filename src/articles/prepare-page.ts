/**
 * One walk over the freshly parsed page, in document order, instead of one per concern: it replaces
 * subtrees nested past MAX_DEPTH by their text, notes what the metadata readers look up (page-scan.ts),
 * and finds the junk to take out once they have read the page (the junk is also where <meta> and
 * JSON-LD live). Each does what its own walk over the whole tree did: the depth cap comes first, so the
 * scan and the junk search never see what lay below it.
 */
import { flattenToText, isJunk, MAX_DEPTH } from './clean.ts';
import { isElement, type AnyNode, type ParentNode } from './dom.ts';
import { emptyScan, scanElement, type PageScan } from './page-scan.ts';

export interface PreparedPage {
  scan: PageScan;
  /**
   * Junk under the root or under elements that are not junk themselves (what removeNodes takes out):
   * the removal of junk children from every kept element, from the top down.
   */
  junk: AnyNode[];
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
    if (isElement(node)) scanElement(node, scan);
    let askChildren = false;
    if ((mark & JUNK_ASKED) !== 0) {
      if (isJunk(node)) junk.push(node);
      else askChildren = node.type === 'tag';
    }
    if (!('children' in node)) continue;
    const depth = mark >> 1;
    if (node.type === 'tag' && depth >= MAX_DEPTH) {
      flattenToText(node);
      continue;
    }
    const childMark = ((depth + 1) << 1) | (askChildren ? JUNK_ASKED : 0);
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      if (child.type === 'text') continue; // nothing to note or remove
      nodes.push(child);
      marks.push(childMark);
    }
  }
  return { scan, junk };
}
