/**
 * Decides which pieces inside the chosen article container are not article text: the in-article
 * counterpart of Readability's "clean conditionally", plus news-site boxes (read also, share, tags).
 */
import { classAndId, type Element } from './dom.ts';
import { isProse, linkDensity, statsOf, type StatsMap } from './measure.ts';
import { BOILERPLATE_IN_ARTICLE, COMMENTS, EMBEDDED_POST, READ_ALSO_LINE, UNLIKELY_ROLES } from './patterns.ts';
import { classWeight } from './score.ts';

const ALWAYS_DROP = new Set(['h1', 'aside', 'footer', 'header', 'form', 'fieldset', 'figcaption', 'address']);
// Readability's set for conditional cleaning, plus <span> and <blockquote> for inline widgets
// ("DON'T MISS" boxes, hover cards). Embedded posts are rescued by class before this applies.
const CONDITIONAL = new Set(['div', 'section', 'ul', 'ol', 'dl', 'table', 'span', 'blockquote']);

export interface PruneContext {
  stats: StatsMap;
  /** Characters of the whole chosen article: a box holding most of it is not a side box. */
  articleChars: number;
}

function startsWithReadAlso(el: Element, ctx: PruneContext): boolean {
  const s = statsOf(ctx.stats, el);
  if (s.chars > 300 || linkDensity(s) < 0.3) return false;
  const first = firstText(el);
  return READ_ALSO_LINE.test(first);
}

function firstText(el: Element): string {
  for (const child of el.children) {
    if (child.type === 'text') {
      const t = child.data.trim();
      if (t) return t;
    } else if (child.type === 'tag') {
      const t = firstText(child);
      if (t) return t;
    }
  }
  return '';
}

function hasLink(el: Element): boolean {
  const stack = [...el.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag') continue;
    if (node.name === 'a') return true;
    stack.push(...node.children);
  }
  return false;
}

function isSmallShareOfArticle(el: Element, ctx: PruneContext): boolean {
  return statsOf(ctx.stats, el).chars < ctx.articleChars * 0.35;
}

function isLinkBox(el: Element, ctx: PruneContext): boolean {
  const s = statsOf(ctx.stats, el);
  if (s.chars === 0) return false;
  const density = linkDensity(s);
  const weight = classWeight(el);
  const isList = el.name === 'ul' || el.name === 'ol';
  if (weight < 0 && isSmallShareOfArticle(el, ctx)) return true;
  if (s.commas >= 10) return false;
  // A sentence wrapper around a hover card full of links still holds its sentence.
  if ((el.name === 'span' || el.name === 'blockquote') && s.chars - s.linkChars >= 100) return false;
  if (density > 0.5 && !(isList && density < 0.7 && s.chars > 200)) return true;
  if (!isList && s.chars < 25 && density > 0) return true;
  if (isList && density > 0.35) {
    // A list whose every item is a link is a related-stories list.
    const items = el.children.filter((c) => c.type === 'tag' && c.name === 'li') as Element[];
    if (items.length > 0 && items.every((li) => linkDensity(statsOf(ctx.stats, li)) > 0.8)) return true;
  }
  if (!isList && el.name !== 'table' && s.listItems > s.paragraphs + 2 && density > 0.2) return true;
  return false;
}

function previousElement(el: Element): Element | null {
  for (let cur = el.prev; cur; cur = cur.prev) {
    if (cur.type === 'tag') return cur as Element;
    if (cur.type === 'text' && cur.data.trim() !== '') return null;
  }
  return null;
}

/** A list of links under a "More stories" / "Related" / "Читайте также" label. */
function isLabelledLinkList(el: Element, ctx: PruneContext): boolean {
  if (el.name !== 'ul' && el.name !== 'ol') return false;
  if (linkDensity(statsOf(ctx.stats, el)) < 0.3) return false;
  const label = previousElement(el);
  if (!label) return false;
  const text = firstText(label);
  return text.length < 80 && READ_ALSO_LINE.test(text);
}

function nextElement(el: Element): Element | null {
  for (let cur = el.next; cur; cur = cur.next) {
    if (cur.type === 'tag') return cur as Element;
    if (cur.type === 'text' && cur.data.trim() !== '') return null;
  }
  return null;
}

function isOnlyALink(el: Element | null, ctx: PruneContext): boolean {
  if (!el || el.name !== 'p' || !hasLink(el)) return false;
  const s = statsOf(ctx.stats, el);
  return s.chars > 0 && s.chars < 200 && linkDensity(s) >= 0.9;
}

/** Paragraphs that are nothing but a link, two or more in a row: teasers for other stories. */
function isLinkParagraph(el: Element, ctx: PruneContext): boolean {
  return isOnlyALink(el, ctx) && (isOnlyALink(previousElement(el), ctx) || isOnlyALink(nextElement(el), ctx));
}

/** True when `el` (a descendant of the chosen article) should be left out of the text. */
export function isBoilerplate(el: Element, ctx: PruneContext): boolean {
  if (ALWAYS_DROP.has(el.name)) return true;
  const role = el.attribs['role'];
  if (role !== undefined && UNLIKELY_ROLES.has(role)) return true;
  const itemprop = el.attribs['itemprop'];
  if (itemprop === 'author' || itemprop === 'publisher' || itemprop === 'keywords') return true;
  if (el.attribs['rel'] === 'author') return true;
  const match = classAndId(el);
  if (EMBEDDED_POST.test(match)) return false;
  if (match !== '' && BOILERPLATE_IN_ARTICLE.test(match) && itemprop !== 'articleBody' && isSmallShareOfArticle(el, ctx)) {
    // A heading-made id ("sharing-with-a-single-developer") on a section of prose is not a share bar.
    if (COMMENTS.test(match) || !isProse(statsOf(ctx.stats, el))) return true;
  }
  if (startsWithReadAlso(el, ctx) || isLabelledLinkList(el, ctx) || isLinkParagraph(el, ctx)) return true;
  return CONDITIONAL.has(el.name) && isLinkBox(el, ctx);
}
