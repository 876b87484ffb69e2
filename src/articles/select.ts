/** Picks the top-scoring container, refines it as Readability does, and gathers its article siblings. */
import { childElements, classSignature, type Element } from './dom.ts';
import { linkDensity, statsOf } from './measure.ts';
import type { Scores } from './score.ts';
import { isParagraphLike } from './score.ts';
import { addCousins } from './cousins.ts';

function topCandidates(scores: Scores, n: number): Array<{ el: Element; score: number }> {
  const all: Array<{ el: Element; score: number }> = [];
  for (const el of scores.values.keys()) all.push({ el, score: scores.final(el) ?? 0 });
  all.sort((a, b) => b.score - a.score);
  return all.slice(0, n);
}

function isAncestorOf(a: Element, b: Element): boolean {
  for (let cur = b.parent; cur; cur = cur.parent) if (cur === a) return true;
  return false;
}

/**
 * When several near-equal candidates share an ancestor (an article split into blocks), that ancestor
 * is the article; then climb while the parent scores better, and past wrappers with a single child.
 */
function refine(top: Element, topScore: number, others: Array<{ el: Element; score: number }>, scores: Scores): Element {
  const close = others.filter((o) => o.el !== top && o.score / topScore >= 0.75);
  let candidate = top;
  if (close.length >= 3) {
    for (let parent = top.parent as Element | null; parent && parent.type === 'tag' && parent.name !== 'body'; parent = parent.parent as Element | null) {
      const contained = close.filter((o) => isAncestorOf(parent!, o.el)).length;
      if (contained >= 3) {
        candidate = parent;
        break;
      }
    }
  }
  let lastScore = scores.final(candidate) ?? topScore;
  const threshold = lastScore / 3;
  for (let parent = candidate.parent as Element | null; parent && parent.type === 'tag' && parent.name !== 'body'; parent = parent.parent as Element | null) {
    const score = scores.final(parent);
    if (score === undefined) continue;
    if (score < threshold) break;
    if (score > lastScore) {
      candidate = parent;
      break;
    }
    lastScore = score;
  }
  while (candidate.parent && candidate.parent.type === 'tag' && (candidate.parent as Element).name !== 'body' && childElements(candidate.parent).length === 1) {
    candidate = candidate.parent as Element;
  }
  return candidate;
}

function endsSentence(text: string): boolean {
  return /\.( |$)/.test(text);
}

/** Siblings that score well enough, or read like paragraphs of the same text. */
function withSiblings(top: Element, scores: Scores, sentenceText: (el: Element) => string): Element[] {
  const parent = top.parent;
  if (!parent || parent.type !== 'tag') return [top];
  const topScore = scores.final(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = classSignature(top);
  const parts: Element[] = [];
  for (const sibling of childElements(parent)) {
    if (sibling === top) {
      parts.push(sibling);
      continue;
    }
    if (scores.options.excluded.has(sibling)) continue;
    const bonus = topClass !== '' && classSignature(sibling) === topClass ? topScore * 0.2 : 0;
    const score = scores.final(sibling);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(sibling);
      continue;
    }
    if (sibling.name !== 'p' && !(isParagraphLike(sibling) && sibling.name === 'div')) continue;
    const s = statsOf(scores.stats, sibling);
    const density = linkDensity(s);
    if ((s.chars > 80 && density < 0.25) || (s.chars > 0 && s.chars <= 80 && density === 0 && endsSentence(sentenceText(sibling)))) {
      parts.push(sibling);
    }
  }
  return parts;
}

export function selectArticle(scores: Scores, sentenceText: (el: Element) => string): Element[] | null {
  const ranked = topCandidates(scores, 5);
  const best = ranked[0];
  if (!best) return null;
  const top = refine(best.el, best.score, ranked, scores);
  return addCousins(top, withSiblings(top, scores, sentenceText), scores.stats, scores.options.excluded);
}
