/**
 * The two messages that are not one finding each: the backlog digest (posted instead of a flood after an
 * outage) and feed-health transitions. Both always render to exactly one message within the limits.
 */
import type { Notice } from '../model/index.ts';
import { KIND_LABELS, dateLabel, formatValue, markdownLink, noticeTitle, outletName, safeInline, safeLine } from './format.ts';
import { LIMITS, clampEmbed, fitLines, truncate } from './limits.ts';
import type { DiscordMessage, FeedHealthEvent, RenderOptions } from './types.ts';

const DIGEST_COLOR = 0x9b59b6;
const FAILING_COLOR = 0x992d22;
const RECOVERED_COLOR = 0x1f8b4c;
/** Contradictions and revisions first: they are what a reader catching up needs most. */
const KIND_ORDER: Notice['kind'][] = ['contradiction', 'revision', 'new_figure', 'corroboration'];

export function renderDigest(notices: Notice[], opts: RenderOptions = {}, feedEvents: FeedHealthEvent[] = []): DiscordMessage {
  const sorted = [...notices].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
  const lines = sorted.map((n) => truncate(digestLine(n, opts), 600));
  const counts = KIND_ORDER.map((kind) => [kind, notices.filter((n) => n.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => ({ name: KIND_LABELS[kind], value: String(count), inline: true }));
  const embed = clampEmbed({
    title: `Digest · ${notices.length} notices while delivery was paused`,
    color: DIGEST_COLOR,
    description: fitLines(lines, LIMITS.description - 200),
    fields: feedEvents.length > 0 ? [...counts, feedHealthField(feedEvents)] : counts,
    footer: { text: `figurewatch · digest of ${notices.length} · ${dateRange(notices)}` },
  });
  return { embeds: [embed] };
}

/** "• **Contradiction · Russia–Azerbaijan trade turnover · 2023**: more than $4.0 billion · [News.az](…)". */
function digestLine(notice: Notice, opts: RenderOptions): string {
  const against = notice.against ? ` vs ${safeInline(formatValue(notice.against))}` : '';
  const link = markdownLink(truncate(outletName(notice.source), 80), notice.source.url);
  return `• **${noticeTitle(notice, opts)}**: ${safeInline(formatValue(notice))}${against} · ${link}`;
}

function dateRange(notices: Notice[]): string {
  const dates = notices
    .map((n) => n.source.published)
    .filter((d): d is string => d !== null && !Number.isNaN(Date.parse(d)))
    .sort((a, b) => Date.parse(a) - Date.parse(b));
  if (dates.length === 0) return 'dates unknown';
  const [first, last] = [dateLabel(dates[0]), dateLabel(dates[dates.length - 1])];
  return first === last ? first : `${first} – ${last}`;
}

/** The latest state of each feed that changed during the backlog: older transitions are stale. */
function feedHealthField(events: FeedHealthEvent[]): { name: string; value: string; inline: boolean } {
  const latest = new Map(events.map((e) => [e.feedUrl, e]));
  const lines = [...latest.values()].map((e) =>
    e.kind === 'failing' ? `⚠️ ${safeLine(e.outlet ?? e.feedUrl)}: failing since ${dateLabel(e.since)} (${safeLine(e.failureKind)})` : `✅ ${safeLine(e.outlet ?? e.feedUrl)}: recovered ${dateLabel(e.recoveredAt)}`,
  );
  return { name: `Feed health (${events.length} change${events.length === 1 ? '' : 's'})`, value: fitLines(lines, LIMITS.fieldValue), inline: false };
}

/** "Feed News.az failing since 3 Mar 2026 (5 failures, timeout)" / "Feed News.az recovered". */
export function renderFeedHealth(event: FeedHealthEvent): DiscordMessage {
  const name = safeLine(event.outlet ?? event.feedUrl);
  if (event.kind === 'failing') {
    const since = dateTimeLabel(event.since);
    const detail = event.lastError ? `\nLast error: ${safeLine(truncate(event.lastError, 500))}` : '';
    return {
      embeds: [
        clampEmbed({
          title: truncate(`Feed ${name} failing since ${since}`, LIMITS.title),
          color: FAILING_COLOR,
          description: `${event.failures} consecutive failures (${safeLine(event.failureKind)}).${detail}\n${markdownLink(truncate(event.feedUrl, 300), event.feedUrl)}`,
          footer: { text: 'figurewatch · feed health' },
        }),
      ],
    };
  }
  const after = event.since ? ` after failing since ${dateTimeLabel(event.since)}` : '';
  const count = event.failures ? ` (${event.failures} failures)` : '';
  return {
    embeds: [
      clampEmbed({
        title: truncate(`Feed ${name} recovered`, LIMITS.title),
        color: RECOVERED_COLOR,
        description: `Fetched again at ${dateTimeLabel(event.recoveredAt)}${after}${count}.\n${markdownLink(truncate(event.feedUrl, 300), event.feedUrl)}`,
        footer: { text: 'figurewatch · feed health' },
      }),
    ],
  };
}

/** "3 Mar 2026 14:05 UTC". */
function dateTimeLabel(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return safeLine(iso);
  const d = new Date(time);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${dateLabel(iso)} ${hh}:${mm} UTC`;
}
