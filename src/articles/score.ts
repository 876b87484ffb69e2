/**
 * Finds the article container, in the manner of Readability: every paragraph-like block gives points
 * to its ancestors (more to nearer ones), a container's class and id add or take points, and the
 * total is discounted by the share of its text that sits in links. Siblings of the winner that look
 * like more of the same article are kept with it.
 */
import { classAndId, isElement, type Element, type ParentNode } from './dom.ts';
import { addText, linkDensity, statsOf, type StatsMap, type TextStats } from './measure.ts';
import { NEGATIVE, POSITIVE } from './patterns.ts';

export interface ScoreOptions {
  useClassWeights: boolean;
  excluded: ReadonlySet<Element>;
}

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Children that stop a <div> from counting as a paragraph of its own. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'img', 'li', 'main', 'ol', 'p', 'pre', 'section', 'table', 'ul',
]);

export function classWeight(el: Element): number {
  let weight = 0;
  if (el.attribs['itemprop'] === 'articleBody') weight += 30;
  const match = classAndId(el);
  if (match === '') return weight;
  if (NEGATIVE.test(match)) weight -= 25;
  if (POSITIVE.test(match)) weight += 25;
  return weight;
}

function tagWeight(name: string): number {
  switch (name) {
    case 'div':
    case 'article':
    case 'main':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'address':
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
    case 'th':
      return -5;
    default:
      return 0;
  }
}

export function isParagraphLike(el: Element): boolean {
  if (PARAGRAPH_TAGS.has(el.name)) return true;
  if (el.name !== 'div' && el.name !== 'section' && el.name !== 'span' && el.name !== 'font') return false;
  // A <div> holding only inline content is a paragraph in all but name (common in older CMSs).
  return !el.children.some((c) => c.type === 'tag' && BLOCK_TAGS.has(c.name));
}

export class Scores {
  readonly values = new Map<Element, number>();
  readonly stats: StatsMap;
  readonly options: ScoreOptions;

  constructor(stats: StatsMap, options: ScoreOptions) {
    this.stats = stats;
    this.options = options;
  }

  initial(el: Element): number {
    return tagWeight(el.name) + (this.options.useClassWeights ? classWeight(el) : 0);
  }

  add(el: Element, points: number): void {
    const current = this.values.get(el) ?? this.initial(el);
    this.values.set(el, current + points);
  }

  /** Score after the link-density discount; undefined for non-candidates. */
  final(el: Element): number | undefined {
    const raw = this.values.get(el);
    return raw === undefined ? undefined : raw * (1 - linkDensity(statsOf(this.stats, el)));
  }
}

function ancestors(el: Element, max: number): Element[] {
  const out: Element[] = [];
  for (let cur = el.parent; cur && cur.type === 'tag' && out.length < max; cur = cur.parent) out.push(cur as Element);
  return out;
}

export function scoreParagraphs(body: ParentNode, stats: StatsMap, options: ScoreOptions): Scores {
  const scores = new Scores(stats, options);
  const stack: Element[] = [];
  pushChildElements(body, stack);
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (options.excluded.has(el)) continue;
    if (isParagraphLike(el)) {
      scoreParagraph(statsOf(stats, el), ancestors(el, 5), scores);
      // Layout tables put whole articles in one cell: its paragraphs count too.
      if (el.name !== 'td') continue;
    } else if (MIXED_CONTAINERS.has(el.name)) {
      // Text written straight into a container between its blocks: Readability wraps such runs in <p>.
      scoreParagraph(looseTextStats(el, stats), [el, ...ancestors(el, 4)], scores);
    }
    pushChildElements(el, stack);
  }
  return scores;
}

/** The element children of `el`, last first, onto `stack` (so that they pop in document order). */
function pushChildElements(el: ParentNode, stack: Element[]): void {
  const children = el.children;
  for (let i = children.length - 1; i >= 0; i--) {
    const child = children[i]!;
    if (isElement(child)) stack.push(child);
  }
}

const MIXED_CONTAINERS = new Set(['div', 'section', 'article', 'main', 'td', 'span', 'font', 'center']);

/** Characters and commas of the text directly in `el` or in its inline children, outside its blocks. */
function looseTextStats(el: Element, stats: StatsMap): TextStats {
  const total: TextStats = { chars: 0, linkChars: 0, commas: 0, paragraphs: 0, listItems: 0 };
  for (const child of el.children) {
    if (child.type === 'text') {
      addText(total, child.data, false);
    } else if (child.type === 'tag' && !BLOCK_TAGS.has(child.name)) {
      const s = statsOf(stats, child);
      total.chars += s.chars;
      total.linkChars += s.linkChars;
      total.commas += s.commas;
    }
  }
  return total;
}

function scoreParagraph(s: TextStats, parents: Element[], scores: Scores): void {
  if (s.chars < 25 || s.linkChars > s.chars * 0.5) return;
  if (parents.length === 0) return;
  const points = 1 + s.commas + Math.min(Math.floor(s.chars / 100), 3);
  parents.forEach((ancestor, level) => {
    const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
    scores.add(ancestor, points / divider);
  });
}
