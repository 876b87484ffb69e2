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

// The commas Readability counts (its /\u002C|\u060C|\uFE50|\uFE10|\uFE11|\u2E41|\u2E34|\u2E32|\uFF0C/g).
function isComma(code: number): boolean {
  return code === 0x2c || (code >= 0x60c && (code === 0x60c || code === 0xfe50 || code === 0xfe10 || code === 0xfe11 || code === 0x2e41 || code === 0x2e34 || code === 0x2e32 || code === 0xff0c));
}

/**
 * Adds a text's characters (whitespace runs counted as one, without allocating the collapsed string)
 * and its commas to `total`, in one pass over it.
 */
export function addText(total: TextStats, data: string, inLink: boolean): void {
  let n = 0;
  let commas = 0;
  let inSpace = true;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 160) {
      if (!inSpace) n++;
      inSpace = true;
    } else {
      n++;
      inSpace = false;
      if (isComma(c)) commas++;
    }
  }
  total.chars += n;
  if (inLink) total.linkChars += n;
  total.commas += commas;
}

function measureInto(node: ParentNode, inLink: boolean, stats: StatsMap, excluded: ReadonlySet<Element>): TextStats {
  const total: TextStats = { chars: 0, linkChars: 0, commas: 0, paragraphs: 0, listItems: 0 };
  for (const child of node.children) {
    if (isText(child)) {
      addText(total, child.data, inLink);
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

const NOTHING_EXCLUDED: ReadonlySet<Element> = new Set();

/** Stats for every element under `root`, leaving `excluded` subtrees out of their ancestors' counts. */
export function measure(root: ParentNode, excluded: ReadonlySet<Element> = NOTHING_EXCLUDED): StatsMap {
  const stats: StatsMap = new Map();
  measureInto(root, false, stats, excluded);
  return stats;
}

/** Whether `el`'s text is link text in `measure(root)`: it is an <a> or lies in one below `root`. */
function inLinkBelow(el: Element, root: ParentNode): boolean {
  for (let cur: ParentNode | null = el; cur && cur !== root; cur = cur.parent) {
    if (cur.type === 'tag' && (cur as Element).name === 'a') return true;
  }
  return false;
}

/**
 * `measure(root)`'s stats of the elements under `root`, each computed when first asked for (with the
 * subtree below it): finding the unlikely candidates asks about a few elements, not the whole page.
 */
export function statsOnDemand(root: ParentNode): (el: Element) => TextStats {
  const stats: StatsMap = new Map();
  return (el) => stats.get(el) ?? measureInto(el, inLinkBelow(el, root), stats, NOTHING_EXCLUDED);
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
