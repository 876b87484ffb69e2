/**
 * The general (no site rule) path: score, select, prune, render. Like Readability, when the result is
 * too short it tries again with fewer filters (unlikely-candidate stripping, then class weights, then
 * conditional cleaning), keeping the longest result if none is long enough.
 */
import type { Element, ParentNode } from './dom.ts';
import { findUnlikely } from './clean.ts';
import { measure, statsOf, type StatsMap } from './measure.ts';
import { isBoilerplate } from './prune.ts';
import { scoreParagraphs } from './score.ts';
import { selectArticle } from './select.ts';
import { inlineText, TextRenderer } from './to-text.ts';

interface Flags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

const ATTEMPTS: Flags[] = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

/** Readability's default: below this many characters an extraction counts as failed. */
const ENOUGH_CHARS = 500;

const NOTHING = (): boolean => false;

export function renderElements(parts: Element[], stats: StatsMap, excluded: ReadonlySet<Element>, clean: boolean): string[] {
  const articleChars = parts.reduce((n, el) => n + statsOf(stats, el).chars, 0);
  const ctx = { stats, articleChars };
  const skip = (el: Element): boolean => excluded.has(el) || (clean && isBoilerplate(el, ctx));
  return new TextRenderer(stats, skip).render(parts);
}

function attempt(body: ParentNode, flags: Flags): string[] {
  const excluded = flags.stripUnlikely ? findUnlikely(body) : new Set<Element>();
  const stats = measure(body, excluded);
  const scores = scoreParagraphs(body, stats, { useClassWeights: flags.weightClasses, excluded });
  const parts = selectArticle(scores, (el) => inlineText(el, NOTHING));
  if (!parts) return [];
  return renderElements(parts, stats, excluded, flags.cleanConditionally);
}

function length(lines: string[]): number {
  return lines.reduce((n, l) => n + l.length, 0);
}

export function extractMainLines(body: ParentNode): string[] {
  let best: string[] = [];
  for (const flags of ATTEMPTS) {
    const lines = attempt(body, flags);
    if (length(lines) >= ENOUGH_CHARS) return lines;
    if (length(lines) > length(best)) best = lines;
  }
  return best;
}
