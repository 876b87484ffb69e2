/**
 * The general (no site rule) path: score, select, prune, render. Like Readability, when the result is
 * too short it tries again with fewer filters (unlikely-candidate stripping, then class weights),
 * keeping the longest result if none is long enough. Unlike Readability it never drops the in-article
 * cleaning: on a short news brief that retry only adds the byline, share bar and date back.
 */
import { hasAncestor, type Element } from './dom.ts';
import { findUnlikely } from './clean.ts';
import { measure, statsOf, statsOnDemand, type StatsMap } from './measure.ts';
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

interface Attempt {
  lines: string[];
  chars: number;
  /** The chosen container lies in a comment section, sidebar or the like. */
  inUnlikely: boolean;
}

function attempt(body: Element, flags: Flags, unlikely: ReadonlySet<Element>): Attempt {
  const excluded = flags.stripUnlikely ? unlikely : new Set<Element>();
  const stats = measure(body, excluded);
  const scores = scoreParagraphs(body, stats, { useClassWeights: flags.weightClasses, excluded });
  // With no paragraph anywhere (a bare page), the body is the article.
  const parts = selectArticle(scores, (el) => inlineText(el, NOTHING)) ?? [body];
  const lines = renderElements(parts, stats, excluded, flags.cleanConditionally);
  const inUnlikely = parts.some((el) => unlikely.has(el) || hasAncestor(el, (a) => unlikely.has(a)));
  return { lines, chars: lines.reduce((n, l) => n + l.length, 0), inUnlikely };
}

/**
 * A retry that lands in what the first attempt stripped (typically the comments under a short post)
 * only wins when the first attempt found next to nothing.
 */
function better(candidate: Attempt, best: Attempt | null): boolean {
  if (!best) return true;
  if (candidate.inUnlikely && !best.inUnlikely && best.chars >= 140) return false;
  return candidate.chars > best.chars;
}

export function extractMainLines(body: Element): string[] {
  const unlikely = findUnlikely(body, statsOnDemand(body));
  let best: Attempt | null = null;
  for (const flags of ATTEMPTS) {
    const result = attempt(body, flags, unlikely);
    if (better(result, best)) best = result;
    if (best!.chars >= ENOUGH_CHARS) break;
  }
  return best?.lines ?? [];
}
