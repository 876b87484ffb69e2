/**
 * /figures and /feeds: read-only views of the ledger, as one embed within Discord's limits.
 */
import { ALL_METRICS, type Metric } from '../model/index.ts';
import { dateLabel, formatValue, markdownLink, metricLabel, outletName, periodLabel, safeInline, safeLine, subjectLabel } from '../notify/format.ts';
import { LIMITS, fitLines, truncate } from '../notify/limits.ts';
import type { DiscordMessage } from '../notify/types.ts';
import { text } from './handle-watch.ts';
import type { BotDeps, CommandInput, FeedHealthRow, FigureStatus } from './types.ts';

const PERIOD = /^\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])(-\d{2})?))?(\.\.\d{4}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?)?$/;
const FIGURES_SHOWN = 10;

export function handleFigures(input: CommandInput, deps: BotDeps): DiscordMessage {
  const metric = input.options.metric?.trim() || undefined;
  const period = input.options.period?.trim() || undefined;
  if (metric && !(ALL_METRICS as readonly string[]).includes(metric)) {
    return text(`Unknown metric “${safeInline(metric)}”. Metrics: ${ALL_METRICS.join(', ')}.`);
  }
  if (period && !PERIOD.test(period)) return text(`Period “${safeInline(period)}” is not one I know: use 2023, 2024-H1, 2024-Q3, 2024-05 or 2016..2022.`);
  const statuses = deps.store.latestClaims({ ...(metric ? { metric: metric as Metric } : {}), ...(period ? { period } : {}), limit: FIGURES_SHOWN });
  const scope = [metric ? metricLabel(metric as Metric) : null, period ? periodLabel(period) : null].filter(Boolean).join(', ');
  if (statuses.length === 0) return text(`No figures recorded yet${scope ? ` for ${safeInline(scope)}` : ''}.`);
  return {
    embeds: [
      {
        title: truncate(`Latest figures${scope ? ` · ${scope}` : ''}`, LIMITS.title),
        color: 0x3498db,
        description: fitLines(statuses.map(figureLine), LIMITS.description),
        footer: { text: '✓ agreeing sources · ✗ conflicting claims' },
      },
    ],
  };
}

/** "**Russia–Azerbaijan trade turnover · 2023**: more than $4.0 billion · [Anadolu Agency](…), 22 Apr 2024 · ✓ 2 · ✗ about $3.5 billion ([Report.az](…))". */
function figureLine(status: FigureStatus): string {
  const { claim } = status;
  const title = safeLine(`${[subjectLabel(claim.subject), metricLabel(claim.metric, claim.growthOf)].filter(Boolean).join(' ')} · ${periodLabel(claim.period, claim.periodBasis)}`);
  const source = `${markdownLink(truncate(outletName(claim.source), 80), claim.source.url)}, ${dateLabel(claim.source.published)}`;
  const agree = status.agreeing.length > 0 ? ` · ✓ ${status.agreeing.length} agree` : '';
  const conflicts = status.conflicting
    .slice(0, 3)
    .map((c) => `${safeInline(formatValue(c))} (${markdownLink(truncate(outletName(c.source), 60), c.source.url)})`);
  const conflict = conflicts.length > 0 ? ` · ✗ ${conflicts.join('; ')}${status.conflicting.length > 3 ? ` and ${status.conflicting.length - 3} more` : ''}` : '';
  return truncate(`**${title}**: ${safeInline(formatValue(claim))} · ${source}${agree}${conflict}`, 900);
}

export function handleFeeds(deps: BotDeps): DiscordMessage {
  const feeds = deps.store.feedHealth();
  const blocked = deps.store.blockedTargets();
  const lines = feeds.map(feedLine);
  const delivery = blocked.map(
    (b) => `⛔ **Delivery to ${safeInline(b.target)} stopped** since ${dateLabel(b.since.toISOString())}: ${safeLine(truncate(b.error, 300))}`,
  );
  if (lines.length === 0 && delivery.length === 0) return text('No feeds are configured.');
  const failing = feeds.filter((f) => f.consecutiveFailures > 0).length;
  return {
    embeds: [
      {
        title: `Feeds: ${feeds.length - failing} healthy, ${failing} failing${blocked.length > 0 ? ` · ${blocked.length} delivery target(s) stopped` : ''}`,
        color: failing > 0 || blocked.length > 0 ? 0xe67e22 : 0x2ecc71,
        description: fitLines([...delivery, ...lines], LIMITS.description),
      },
    ],
  };
}

function feedLine(feed: FeedHealthRow): string {
  const name = markdownLink(truncate(feed.outlet ?? feed.url, 80), feed.url);
  const success = `last success ${feed.lastSuccessAt ? dateTime(feed.lastSuccessAt) : 'never'}`;
  if (feed.consecutiveFailures === 0) return `✅ ${name}: ${success}`;
  const why = feed.lastFailureKind ? ` (${safeInline(feed.lastFailureKind)})` : '';
  const next = feed.nextAttemptAt ? `; next attempt ${dateTime(feed.nextAttemptAt)}` : '';
  return truncate(`⚠️ ${name}: ${feed.consecutiveFailures} consecutive failures${why}; ${success}${next}`, 600);
}

function dateTime(iso: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return safeInline(iso);
  return `${dateLabel(iso)} ${new Date(time).toISOString().slice(11, 16)} UTC`;
}
