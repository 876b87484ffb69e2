/**
 * Articles split into several blocks that are not siblings (a React page that closes and reopens its
 * text container around every figure): blocks with the top candidate's exact tag and class, a few
 * levels up, are more of the same text.
 */
import { classSignature, rawText, type Element } from './dom.ts';
import { linkDensity, statsOf, type StatsMap } from './measure.ts';

const MAX_LEVELS = 5;

/** The search scope: a few levels up, but never past the <article> (or articleBody) holding `el`. */
function scopeOf(el: Element, levels: number): Element {
  let cur = el;
  for (let i = 0; i < levels; i++) {
    if (cur.name === 'article' || cur.attribs['itemprop'] === 'articleBody') break;
    const parent = cur.parent;
    if (!parent || parent.type !== 'tag' || (parent as Element).name === 'body') break;
    cur = parent as Element;
  }
  return cur;
}

/** Responsive layouts repeat the whole article in a second copy of the same container. */
function duplicatesAny(el: Element, parts: Element[], stats: StatsMap): boolean {
  const chars = statsOf(stats, el).chars;
  return parts.some((p) => Math.abs(statsOf(stats, p).chars - chars) <= chars * 0.05 && rawText(p).replace(/\s+/g, '') === rawText(el).replace(/\s+/g, ''));
}

function containsAny(el: Element, chosen: ReadonlySet<Element>): boolean {
  for (const c of chosen) for (let p = c.parent; p; p = p.parent) if (p === el) return true;
  return false;
}

/** `parts` plus same-class blocks near `top`, all in document order, none inside another. */
export function addCousins(top: Element, parts: Element[], stats: StatsMap, excluded: ReadonlySet<Element>): Element[] {
  const cls = classSignature(top);
  if (!cls) return parts;
  const scope = scopeOf(top, MAX_LEVELS);
  const chosen = new Set(parts);
  const out: Element[] = [];
  const stack: Element[] = [scope];
  while (stack.length > 0) {
    const el = stack.pop()!;
    if (excluded.has(el)) continue;
    if (chosen.has(el)) {
      out.push(el);
      continue;
    }
    if (el !== scope && el.name === top.name && classSignature(el) === cls && !containsAny(el, chosen)) {
      const s = statsOf(stats, el);
      if (s.chars >= 50 && linkDensity(s) < 0.3 && !duplicatesAny(el, parts, stats)) {
        out.push(el);
        continue;
      }
    }
    for (let i = el.children.length - 1; i >= 0; i--) {
      const child = el.children[i]!;
      if (child.type === 'tag') stack.push(child);
    }
  }
  // Parts outside the scope (siblings are always inside it, so this is only a safeguard) stay too.
  for (const p of parts) if (!out.includes(p)) out.push(p);
  return out;
}
