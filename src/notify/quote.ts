/**
 * A quote as Discord markdown: escaped, with the figure ("$4.03 billion") in bold, cut around the figure
 * when it is too long so the figure always stays in view. The raw text is cut before escaping, so a cut
 * can never split an escape sequence and leave a stray "*" next to our bold markers.
 */
import { ELLIPSIS, truncate, truncateStart } from './limits.ts';
import { safeText } from './format.ts';

export function quoteMarkdown(quote: string, surface: string, budget: number): string {
  const text = quote.replace(/\s+/g, ' ').trim();
  const at = findSurface(text, surface);
  if (at < 0) return fitPlain(text, budget);
  const before = text.slice(0, at);
  const figure = text.slice(at, at + surface.length);
  const after = text.slice(at + surface.length);
  let allowance = budget;
  for (let round = 0; round < 8 && allowance > 0; round += 1) {
    const out = assemble(before, figure, after, allowance);
    if (out.length <= budget) return out;
    allowance -= out.length - budget + round * 8;
  }
  return fitPlain(text, budget);
}

/** "> " on every line, so a multi-line value stays one blockquote. */
export function blockquote(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

function findSurface(text: string, surface: string): number {
  if (!surface.trim()) return -1;
  const exact = text.indexOf(surface);
  if (exact >= 0) return exact;
  return text.toLowerCase().indexOf(surface.toLowerCase());
}

/** Splits the raw budget: the figure whole, up to 40% before it, the rest after (unused share moves over). */
function assemble(before: string, figure: string, after: string, allowance: number): string {
  const bold = `**${safeText(figure)}**`;
  const left = Math.max(0, allowance - bold.length);
  let beforeShare = Math.min(before.length, Math.floor(left * 0.4));
  const afterShare = Math.min(after.length, left - beforeShare);
  beforeShare = Math.min(before.length, left - afterShare);
  const head = before.length <= beforeShare ? before : trimmedStart(before, beforeShare);
  const tail = after.length <= afterShare ? after : trimmedEnd(after, afterShare);
  return `${safeText(head)}${bold}${safeText(tail)}`;
}

function trimmedStart(text: string, max: number): string {
  return max <= ELLIPSIS.length ? (max > 0 ? ELLIPSIS : '') : truncateStart(text, max);
}

function trimmedEnd(text: string, max: number): string {
  return max <= ELLIPSIS.length ? (max > 0 ? ELLIPSIS : '') : truncate(text, max);
}

function fitPlain(text: string, budget: number): string {
  let allowance = budget;
  for (let round = 0; round < 8 && allowance > 0; round += 1) {
    const out = safeText(truncate(text, allowance));
    if (out.length <= budget) return out;
    allowance -= out.length - budget + round * 8;
  }
  return truncate(safeText(text), budget);
}
