/**
 * Human forms of the parts of a notice ("more than $4.0 billion", "H1 2024", "Russia–Azerbaijan"), and the
 * one place untrusted text is made safe for Discord markdown. Shared by render.ts and src/bot.
 */
import { escapeMarkdown } from 'discord.js';
import type { FindingKind, Metric, Notice, NoticeClaim, PeriodBasis } from '../model/index.ts';
import { LIMITS, truncate } from './limits.ts';

const COUNTRIES: Record<string, string> = {
  RU: 'Russia',
  AZ: 'Azerbaijan',
  AM: 'Armenia',
  GE: 'Georgia',
  TR: 'Türkiye',
  IR: 'Iran',
  KZ: 'Kazakhstan',
  TM: 'Turkmenistan',
  UA: 'Ukraine',
  EU: 'the EU',
  CASPIAN: 'Caspian states',
  CIS: 'CIS',
  EAEU: 'EAEU',
};

export const KIND_LABELS: Record<FindingKind, string> = {
  new_figure: 'New figure',
  contradiction: 'Contradiction',
  revision: 'Revision',
  corroboration: 'Corroboration',
};

const QUALIFIERS: Record<NoticeClaim['qualifier'], string> = {
  exact: '',
  more_than: 'more than ',
  at_least: 'at least ',
  less_than: 'less than ',
  about: 'about ',
  up_to: 'up to ',
  range: '',
};

const CURRENCY_SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

/** "more than $4.0 billion", "1.2 million t", "54%", "2,000 persons", "$1.0–1.2 billion". */
export function formatValue(claim: Pick<NoticeClaim, 'value' | 'unit' | 'qualifier' | 'low' | 'high'>): string {
  if (claim.qualifier === 'range' && claim.low !== undefined && claim.high !== undefined) {
    return formatRange(claim.low, claim.high, claim.unit);
  }
  return `${QUALIFIERS[claim.qualifier]}${formatAmount(claim.value, claim.unit)}`;
}

export function formatAmount(value: number, unit: string): string {
  const p = amountParts(value, unit);
  return `${p.sign}${p.prefix}${p.number}${p.scale}${p.suffix}`;
}

/** "$1.0–1.2 billion" when both ends share a scale, else "$900 million–$1.2 billion". */
function formatRange(low: number, high: number, unit: string): string {
  const [a, b] = [amountParts(low, unit), amountParts(high, unit)];
  if (a.scale === b.scale && a.sign === b.sign) return `${a.sign}${a.prefix}${a.number}–${b.number}${a.scale}${a.suffix}`;
  return `${formatAmount(low, unit)}–${formatAmount(high, unit)}`;
}

function amountParts(value: number, unit: string) {
  const symbol = CURRENCY_SYMBOLS[unit];
  const scale = unit === '%' || unit === 'times' ? undefined : SCALES.find(([size]) => Math.abs(value) >= size);
  const magnitude = Math.abs(value) / (scale?.[0] ?? 1);
  const digits = scale
    ? new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 3 })
    : new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
  let suffix = ` ${unit}`;
  if (symbol || unit === 'count') suffix = '';
  else if (unit === '%') suffix = '%';
  else if (unit === 'times') suffix = ' times';
  return {
    sign: value < 0 ? '-' : '',
    prefix: symbol ?? '',
    number: digits.format(magnitude),
    scale: scale ? ` ${scale[1]}` : '',
    suffix,
  };
}

/** "trade turnover", "trade turnover growth", "military spending". */
export function metricLabel(metric: Metric, growthOf?: Metric): string {
  if (metric === 'growth_rate' && growthOf) return `${metricLabel(growthOf)} growth`;
  if (metric === 'other') return 'figure';
  return metric.replace(/_/g, ' ');
}

/** "RU-AZ" → "Russia–Azerbaijan", "RU>AZ" → "Russia → Azerbaijan", "RU-CASPIAN" → "Russia–Caspian states". */
export function subjectLabel(subject: string): string {
  if (!subject) return '';
  const flow = subject.split('>');
  if (flow.length === 2) return flow.map(countryName).join(' → ');
  return subject.split('-').map(countryName).join('–');
}

function countryName(code: string): string {
  return COUNTRIES[code.trim().toUpperCase()] ?? code.trim();
}

/** "2023", "H1 2024", "Q3 2024", "May 2024", "2016–2022", "14 May 2024"; null → "period not stated". */
export function periodLabel(period: string | null, basis?: PeriodBasis): string {
  const text = period === null ? 'period not stated' : humanPeriod(period);
  if (basis === 'assumed' && period !== null) return `${text} (assumed)`;
  if (basis === 'relative') return `${text} (from a relative date)`;
  return text;
}

function humanPeriod(period: string): string {
  const range = /^(.+)\.\.(.+)$/.exec(period);
  if (range) return `${humanPeriod(range[1] ?? '')}–${humanPeriod(range[2] ?? '')}`;
  const half = /^(\d{4})-([HQ]\d)$/.exec(period);
  if (half) return `${half[2]} ${half[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (day) return `${Number(day[3])} ${MONTHS[Number(day[2]) - 1] ?? day[2]} ${day[1]}`;
  return period;
}

/** "22 Apr 2024" (UTC) for an ISO date or date-time; other strings are returned as they are. */
export function dateLabel(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const d = new Date(time);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** ISO timestamp for an embed, or undefined when the date does not parse. */
export function isoTimestamp(iso: string | null | undefined): string | undefined {
  if (!iso) return undefined;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/**
 * Untrusted text → inert Discord markdown: every markdown construct escaped (headings, lists and masked
 * links too), mentions broken with a zero-width space (allowed_mentions already stops the ping; this
 * also stops "@everyone" from *looking* like one), control characters removed.
 */
export function safeText(text: string): string {
  const clean = text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ');
  return defuseMentions(escapeMarkdown(clean, { heading: true, bulletedList: true, numberedList: true, maskedLink: true }));
}

/** Text in the middle of a line (our own values and labels): inline markdown escaped, mentions defused. */
export function safeInline(text: string): string {
  return defuseMentions(escapeMarkdown(text.replace(/\s+/g, ' ').trim()));
}

/** For places Discord shows as plain text (embed author, footer): no markdown there, so no escaping either. */
export function plainLine(text: string): string {
  return defuseMentions(text.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim());
}

function defuseMentions(text: string): string {
  return text.replace(/@(everyone|here)/gi, '@\u200b$1').replace(/<(@[!&]?|#)(\d+)>/g, '<\u200b$1$2>');
}

/** One line of untrusted text (titles, outlet names): whitespace collapsed, then made safe. */
export function safeLine(text: string): string {
  return safeText(text.replace(/\s+/g, ' ').trim());
}

/** Only http(s) URLs become links; parentheses and spaces are percent-encoded so "(…)" cannot end the link early. */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (!url || !/^https?:\/\//i.test(url) || !URL.canParse(url)) return undefined;
  return new URL(url).href.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20');
}

/** "[News.az](https://…)" or the plain safe label when there is no usable URL. */
export function markdownLink(label: string, url: string | null | undefined): string {
  const href = safeUrl(url);
  // escapeMarkdown escapes "[" only; an unescaped "]" in the label would end it early and let
  // "(https://elsewhere)" from untrusted text become the link target.
  const text = safeLine(label).replace(/(?<!\\)\]/g, '\\]') || 'source';
  return href ? `[${text}](${href})` : text;
}

/** "News.az" from the outlet, else the URL's host. */
export function outletName(source: { outlet: string | null; url: string }): string {
  if (source.outlet) return source.outlet;
  return URL.canParse(source.url) ? new URL(source.url).hostname.replace(/^www\./, '') : 'unknown outlet';
}

/** "New figure · Russia–Azerbaijan trade turnover · 2023". */
export function noticeTitle(notice: Notice, opts: { topicLabels?: Record<string, string> } = {}): string {
  const who = subjectLabel(notice.subject) || (notice.topic ? (opts.topicLabels?.[notice.topic] ?? '') : '');
  const what = [who, metricLabel(notice.metric, notice.growthOf)].filter(Boolean).join(' ');
  const period = notice.period === null ? '' : ` · ${periodLabel(notice.period)}`;
  return truncate(safeLine(`${KIND_LABELS[notice.kind]} · ${what}${period}`), LIMITS.title);
}
