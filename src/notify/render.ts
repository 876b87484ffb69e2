/**
 * Notice → Discord message bodies (pure). One embed per finding; findings from the same article share a
 * message when the 10-embed / 6000-character limits allow. Every piece of untrusted text goes through
 * safeText/quoteMarkdown, and every embed through clampEmbed, so a payload can never exceed a limit.
 */
import type { Notice, NoticeClaim } from '../model/index.ts';
import {
  dateLabel,
  formatValue,
  isoTimestamp,
  markdownLink,
  noticeTitle,
  outletName,
  periodLabel,
  plainLine,
  safeInline,
  safeLine,
  safeUrl,
} from './format.ts';
import { LIMITS, clampEmbed, packEmbeds, truncate } from './limits.ts';
import { blockquote, quoteMarkdown } from './quote.ts';
import type { DiscordEmbed, DiscordMessage, RenderOptions } from './types.ts';

export { renderDigest, renderFeedHealth } from './render-digest.ts';
export { renderJson, renderText } from './render-text.ts';

export const KIND_COLORS: Record<Notice['kind'], number> = {
  new_figure: 0x3498db,
  corroboration: 0x2ecc71,
  contradiction: 0xe74c3c,
  revision: 0xe67e22,
};

/** Quote budgets (escaped characters): long quotes are cut around the figure. */
const QUOTE_BUDGET = 1200;
const SIDE_QUOTE_BUDGET = 700;

export function renderNotices(notices: Notice[], opts: RenderOptions = {}): DiscordMessage[] {
  return groupByArticle(notices).flatMap((group) => packEmbeds(group.map((n) => renderEmbed(n, opts))));
}

export function renderEmbed(notice: Notice, opts: RenderOptions = {}): DiscordEmbed {
  const twoSided = (notice.kind === 'contradiction' || notice.kind === 'revision') && notice.against;
  const embed: DiscordEmbed = {
    title: noticeTitle(notice, opts),
    color: KIND_COLORS[notice.kind],
    ...(twoSided ? twoSidedBody(notice, notice.against as NoticeClaim) : oneSidedBody(notice)),
    footer: { text: plainLine(footerText(notice, opts)) },
  };
  const url = safeUrl(notice.source.url);
  if (url) embed.url = url;
  if (notice.source.title) embed.author = { name: truncate(plainLine(notice.source.title), LIMITS.author), ...(url ? { url } : {}) };
  const timestamp = isoTimestamp(notice.source.published);
  if (timestamp) embed.timestamp = timestamp;
  return clampEmbed(embed);
}

function oneSidedBody(notice: Notice): Pick<DiscordEmbed, 'description' | 'fields'> {
  const quote = blockquote(quoteMarkdown(notice.quote, notice.surface, QUOTE_BUDGET));
  const fields = [
    { name: 'Period', value: periodLabel(notice.period, notice.periodBasis), inline: true },
    { name: 'Source', value: sourceLine(notice), inline: true },
    ...keywordField(notice),
  ];
  if (notice.previous) {
    fields.push({ name: 'Previous period', value: claimLine(notice.previous), inline: false });
  }
  if (notice.kind === 'corroboration' && notice.against) {
    fields.push({ name: 'Agrees with', value: claimLine(notice.against), inline: false });
  }
  return { description: `**${safeInline(formatValue(notice))}**\n${quote}`, fields };
}

/** Contradiction / revision: both values up top, then each side's quote and link. */
function twoSidedBody(notice: Notice, against: NoticeClaim): Pick<DiscordEmbed, 'description' | 'fields'> {
  const verb = notice.kind === 'revision' ? 'Revised from' : 'Earlier';
  const description = [
    `**${safeInline(formatValue(notice))}** (${periodLabel(notice.period, notice.periodBasis)}): ${sourceLine(notice)}`,
    `${verb}: **${safeInline(formatValue(against))}** (${periodLabel(against.period, against.periodBasis)}): ${sourceLine(against)}`,
  ].join('\n');
  return {
    description,
    fields: [
      { name: sideName('This report', notice), value: sideQuote(notice), inline: false },
      { name: sideName(notice.kind === 'revision' ? 'Replaces' : 'Earlier report', against), value: sideQuote(against), inline: false },
      ...keywordField(notice),
    ],
  };
}

function sideName(label: string, claim: NoticeClaim): string {
  return truncate(`${label}: ${safeLine(outletName(claim.source))}, ${dateLabel(claim.source.published)}`, LIMITS.fieldName);
}

function sideQuote(claim: NoticeClaim): string {
  const link = markdownLink('Read the article', claim.source.url);
  return `${blockquote(quoteMarkdown(claim.quote, claim.surface, SIDE_QUOTE_BUDGET))}\n${link}`;
}

/** "[News.az](https://…) · 22 Apr 2024 · via TASS". */
function sourceLine(claim: NoticeClaim): string {
  const wire = claim.source.wire ? ` · via ${safeLine(claim.source.wire)}` : '';
  return `${markdownLink(truncate(outletName(claim.source), 120), claim.source.url)} · ${dateLabel(claim.source.published)}${wire}`;
}

/** "$3.5 billion in 2022 · [TASS](…) · 3 Feb 2024". */
function claimLine(claim: NoticeClaim): string {
  return `**${safeInline(formatValue(claim))}** in ${periodLabel(claim.period, claim.periodBasis)} · ${sourceLine(claim)}`;
}

function keywordField(notice: Notice): { name: string; value: string; inline: boolean }[] {
  if (notice.keywords.length === 0) return [];
  const value = truncate(notice.keywords.map((k) => safeLine(k)).join(', '), LIMITS.fieldValue);
  return [{ name: 'Keywords', value, inline: true }];
}

function footerText(notice: Notice, opts: RenderOptions): string {
  const topic = notice.topic ? ` · ${opts.topicLabels?.[notice.topic] ?? notice.topic}` : '';
  return `figurewatch · ${notice.category}${topic}`;
}

/** Groups by article URL, keeping the order in which articles first appear. */
function groupByArticle(notices: Notice[]): Notice[][] {
  const groups = new Map<string, Notice[]>();
  for (const notice of notices) {
    const key = notice.source.url;
    const group = groups.get(key);
    if (group) group.push(notice);
    else groups.set(key, [notice]);
  }
  return [...groups.values()];
}
