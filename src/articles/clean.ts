/** What is never article text (removed before any scoring), and the unlikely candidates (left out of the first attempt). */
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

/** Scripts, styles, embeds, forms controls, navigation, captions, hidden elements and comments. */
export function isJunk(node: AnyNode): boolean {
  if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') return true;
  if (!isElement(node)) return false;
  return JUNK_TAGS.has(node.name) || isHidden(node);
}

/**
 * Takes `nodes` (junk found by preparePage) out of their parents. A parent's remaining children are
 * relinked in one go, as removing them one by one from a long child list would cost more.
 */
export function removeNodes(nodes: readonly AnyNode[]): void {
  if (nodes.length === 0) return;
  const drop = new Set(nodes);
  const parents = new Set<ParentNode>();
  for (const node of nodes) if (node.parent) parents.add(node.parent);
  for (const parent of parents) relink(parent, parent.children.filter((child) => !drop.has(child)));
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

/** The text nodes under `el`, in order, through its `tag` descendants (not script or style). */
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

/** Replaces the children of `el` (an element at MAX_DEPTH) by the text nodes below it. */
export function flattenToText(el: ParentNode): void {
  const texts = textNodesOf(el);
  for (const t of texts) t.parent = el;
  relink(el, texts);
}

export function isUnlikelyCandidate(el: Element, statsOf: (el: Element) => TextStats): boolean {
  if (el.name === 'body' || el.name === 'a' || el.name === 'html' || el.name === 'main' || el.name === 'article') return false;
  const role = el.attribs['role'];
  if (role !== undefined && UNLIKELY_ROLES.has(role)) return true;
  if (el.attribs['itemprop'] === 'articleBody') return false;
  if (el.name === 'header' || el.name === 'footer' || el.name === 'aside') return true;
  const match = classAndId(el);
  if (match === '' || MAYBE_CANDIDATE.test(match) || EMBEDDED_POST.test(match)) return false;
  const unlikely = UNLIKELY.test(match);
  // (The walk up for a table or code block only for the few classes that match.)
  if ((!unlikely && !UNLIKELY_TOKENS.test(match)) || insideTableOrCode(el)) return false;
  // Our wider token list meets ids made from headings ("sharing-with-a-single-developer"): prose stays.
  return unlikely || !isProse(statsOf(el));
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
