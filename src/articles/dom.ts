/**
 * Small helpers over cheerio's node tree (domhandler). The scoring and rendering walk nodes directly:
 * going through `$()` wrappers for every node would cost more than the parse itself.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';

export type { AnyNode, Element, ParentNode };

/** True for element nodes, including <script> and <style> (domhandler gives those their own types). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

export function isText(node: AnyNode): node is AnyNode & { data: string } {
  return node.type === 'text';
}

export function childElements(el: ParentNode): Element[] {
  const out: Element[] = [];
  for (const child of el.children) if (isElement(child)) out.push(child);
  return out;
}

/** Class and id as one lower-case string, the thing boilerplate patterns are matched against. */
export function classAndId(el: Element): string {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (cls === undefined) return id === undefined ? '' : id.toLowerCase();
  return (id === undefined ? cls : `${cls} ${id}`).toLowerCase();
}

export function detach(node: AnyNode): void {
  const parent = node.parent;
  if (!parent) return;
  const siblings = parent.children;
  const i = siblings.indexOf(node as never);
  if (i >= 0) siblings.splice(i, 1);
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = node.prev = node.next = null;
}

/** Raw text of a subtree (script and style contents excluded), whitespace as in the source. */
export function rawText(node: AnyNode): string {
  if (isText(node)) return node.data;
  if (node.type !== 'tag' && node.type !== 'root') return '';
  let out = '';
  for (const child of (node as ParentNode).children) out += rawText(child);
  return out;
}

/** Whether a text node below `root` holds `search`: `$(root).text().includes(search)` without recursing. */
export function textIncludes(root: ParentNode, search: string): boolean {
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isText(node)) {
      if (node.data.includes(search)) return true;
    } else if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return false;
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Depth-first iteration over the elements below `root` (not `root` itself). */
export function* descendants(root: ParentNode): Generator<Element> {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    yield node;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

export function hasAncestor(el: Element, test: (a: Element) => boolean, maxDepth = Infinity): boolean {
  let cur = el.parent;
  for (let depth = 0; cur && depth < maxDepth; depth++) {
    if (cur.type === 'tag' && test(cur as Element)) return true;
    cur = cur.parent;
  }
  return false;
}

/** Class with numbers blanked: "story-body story-body-2" is the same kind of block as "... story-body-1". */
export function classSignature(el: Element): string {
  return (el.attribs['class'] ?? '').replace(/\d+/g, '#').trim();
}
