/** Removes what is never article text, before any scoring. */
import { classAndId, isElement, type AnyNode, type Element, type ParentNode } from './dom.ts';
import { isProse, type TextStats } from './measure.ts';
import { EMBEDDED_POST, MAYBE_CANDIDATE, UNLIKELY, UNLIKELY_ROLES, UNLIKELY_TOKENS } from './patterns.ts';

const JUNK_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'canvas', 'object', 'embed', 'video', 'audio',
  'source', 'track', 'map', 'button', 'input', 'select', 'textarea', 'option', 'link', 'meta', 'head', 'dialog',
  'nav', 'figcaption',
]);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a['hidden'] !== undefined) return true;
  if (a['aria-hidden'] === 'true' && !(a['class'] ?? '').includes('fallback-image')) return true;
  const style = a['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

function isJunk(node: AnyNode): boolean {
  if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') return true;
  if (!isElement(node)) return false;
  return JUNK_TAGS.has(node.name) || isHidden(node);
}

/** Scripts, styles, embeds, forms controls, navigation, captions, hidden elements and comments. */
export function removeJunk(root: ParentNode): void {
  const stack: ParentNode[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    const kept = parent.children.filter((child) => !isJunk(child));
    if (kept.length !== parent.children.length) relink(parent, kept);
    for (const child of kept) if (child.type === 'tag') stack.push(child);
  }
}

function relink(parent: ParentNode, children: AnyNode[]): void {
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    c.prev = children[i - 1] ?? null;
    c.next = children[i + 1] ?? null;
  }
  parent.children = children;
}

/**
 * Unclosed tags in broken pages nest thousands deep (htmlparser2 closes nothing it is not told to).
 * Below this depth a subtree is replaced by its text, so that no walk can exhaust the stack.
 */
export const MAX_DEPTH = 300;

function textNodesOf(el: ParentNode): AnyNode[] {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') out.push(node);
    else if (node.type === 'tag') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return out;
}

export function capDepth(root: ParentNode, maxDepth = MAX_DEPTH): void {
  const stack: Array<[ParentNode, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth >= maxDepth) {
      const texts = textNodesOf(node);
      for (const t of texts) t.parent = node;
      relink(node, texts);
      continue;
    }
    for (const child of node.children) if (child.type === 'tag') stack.push([child, depth + 1]);
  }
}

export function isUnlikelyCandidate(el: Element, statsOf: (el: Element) => TextStats): boolean {
  if (el.name === 'body' || el.name === 'a' || el.name === 'html' || el.name === 'main' || el.name === 'article') return false;
  const role = el.attribs['role'];
  if (role !== undefined && UNLIKELY_ROLES.has(role)) return true;
  if (el.attribs['itemprop'] === 'articleBody') return false;
  if (el.name === 'header' || el.name === 'footer' || el.name === 'aside') return true;
  const match = classAndId(el);
  if (match === '' || MAYBE_CANDIDATE.test(match) || EMBEDDED_POST.test(match) || insideTableOrCode(el)) return false;
  if (UNLIKELY.test(match)) return true;
  // Our wider token list meets ids made from headings ("sharing-with-a-single-developer"): prose stays.
  return UNLIKELY_TOKENS.test(match) && !isProse(statsOf(el));
}

function insideTableOrCode(el: Element): boolean {
  for (let cur = el.parent; cur && cur.type === 'tag'; cur = cur.parent) {
    const name = (cur as Element).name;
    if (name === 'table' || name === 'code') return true;
  }
  return false;
}

/**
 * Readability's "strip unlikely candidates" (menus, sidebars, comment sections, share bars), as a set
 * to leave out rather than a removal, so that a retry without it needs no second parse.
 */
export function findUnlikely(root: ParentNode, statsOf: (el: Element) => TextStats): Set<Element> {
  const unlikely = new Set<Element>();
  const stack: ParentNode[] = [root];
  while (stack.length > 0) {
    const parent = stack.pop()!;
    for (const child of parent.children) {
      if (child.type !== 'tag') continue;
      if (isUnlikelyCandidate(child, statsOf)) unlikely.add(child);
      else stack.push(child);
    }
  }
  return unlikely;
}
