/**
 * The console sink's two formats. JSON is the Notice record exactly as the ledger produced it, one per
 * line: `replay` and `once --format json` consumers depend on that shape, so nothing is added or renamed.
 * Text is for people: plain (no markdown), with terminal control characters removed from untrusted text.
 */
import type { Notice, NoticeClaim } from '../model/index.ts';
import { KIND_LABELS, dateLabel, formatValue, metricLabel, outletName, periodLabel, subjectLabel } from './format.ts';
import { truncate, truncateStart } from './limits.ts';

const QUOTE_WIDTH = 400;

export function renderJson(notice: Notice): string {
  return JSON.stringify(notice);
}

export function renderText(notice: Notice): string {
  const what = [subjectLabel(notice.subject) || notice.topic || '', metricLabel(notice.metric, notice.growthOf)]
    .filter(Boolean)
    .join(' ');
  const lines = [
    `${KIND_LABELS[notice.kind].toUpperCase()} · ${what} · ${periodLabel(notice.period, notice.periodBasis)}: ${formatValue(notice)}`,
    ...claimLines(notice, ''),
  ];
  if (notice.against) {
    const label = notice.kind === 'revision' ? 'replaces' : notice.kind === 'corroboration' ? 'agrees with' : 'vs';
    lines.push(`  ${label}: ${formatValue(notice.against)} (${periodLabel(notice.against.period, notice.against.periodBasis)})`);
    lines.push(...claimLines(notice.against, '  '));
  }
  if (notice.previous) {
    lines.push(`  previous period: ${formatValue(notice.previous)} (${periodLabel(notice.previous.period)})`);
  }
  if (notice.keywords.length > 0) lines.push(`  keywords: ${notice.keywords.map(plain).join(', ')}`);
  return lines.join('\n');
}

function claimLines(claim: NoticeClaim, indent: string): string[] {
  const source = claim.source;
  const wire = source.wire ? ` (via ${plain(source.wire)})` : '';
  return [
    `${indent}  ${plain(outletName(source))}, ${dateLabel(source.published)}${wire}: ${plain(source.url)}`,
    `${indent}  “${plainQuote(claim.quote, claim.surface)}”`,
  ];
}

/** Untrusted text without ANSI escapes or other control characters, on one line. */
function plain(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The quote, cut around the figure when longer than QUOTE_WIDTH. */
function plainQuote(quote: string, surface: string): string {
  const text = plain(quote);
  if (text.length <= QUOTE_WIDTH) return text;
  const at = surface ? text.indexOf(surface) : -1;
  if (at < 0) return truncate(text, QUOTE_WIDTH);
  const before = truncateStart(text.slice(0, at), Math.floor(QUOTE_WIDTH * 0.4));
  const after = truncate(text.slice(at + surface.length), QUOTE_WIDTH - before.length - surface.length);
  return `${before}${surface}${after}`;
}
