/**
 * Text statistics per element, computed once bottom-up so that scoring and pruning never re-walk a
 * subtree: visible characters (whitespace runs counted as one), characters inside links, commas.
 */
import { isElement, isText, type Element, type ParentNode } from './dom.ts';

export interface TextStats {
  chars: number;
  linkChars: number;
  commas: number;
  /** <p> elements in the subtree. */
  paragraphs: number;
  /** <li> elements in the subtree. */
  listItems: number;
}

export type StatsMap = Map<Element, TextStats>;

export const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

export function textLength(data: string): number {
  // Length after collapsing whitespace runs, without allocating the collapsed string.
  let n = 0;
  let inSpace = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160;
    if (space) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
    }
  }
  return n;
}

function measureInto(node: ParentNode, inLink: boolean, stats: StatsMap, excluded: ReadonlySet<Element>): TextStats {
  const total: TextStats = { chars: 0, linkChars: 0, commas: 0, paragraphs: 0, listItems: 0 };
  for (const child of node.children) {
    if (isText(child)) {
      const len = textLength(child.data);
      total.chars += len;
      if (inLink) total.linkChars += len;
      total.commas += child.data.match(COMMAS)?.length ?? 0;
    } else if (child.type === 'tag' && !excluded.has(child)) {
      const s = measureInto(child, inLink || child.name === 'a', stats, excluded);
      total.chars += s.chars;
      total.linkChars += s.linkChars;
      total.commas += s.commas;
      total.paragraphs += s.paragraphs + (child.name === 'p' ? 1 : 0);
      total.listItems += s.listItems + (child.name === 'li' ? 1 : 0);
    }
  }
  if (isElement(node as never)) stats.set(node as Element, total);
  return total;
}

/** Stats for every element under `root`, leaving `excluded` subtrees out of their ancestors' counts. */
export function measure(root: ParentNode, excluded: ReadonlySet<Element> = new Set()): StatsMap {
  const stats: StatsMap = new Map();
  measureInto(root, false, stats, excluded);
  return stats;
}

const EMPTY: TextStats = Object.freeze({ chars: 0, linkChars: 0, commas: 0, paragraphs: 0, listItems: 0 });

export function statsOf(stats: StatsMap, el: Element): TextStats {
  return stats.get(el) ?? EMPTY;
}

export function linkDensity(s: TextStats): number {
  return s.chars === 0 ? 0 : s.linkChars / s.chars;
}

/** Several paragraphs of mostly unlinked text: a class name alone does not make this boilerplate. */
export function isProse(s: TextStats): boolean {
  return s.chars >= 500 && s.paragraphs >= 2 && linkDensity(s) < 0.2;
}
