/**
 * Discord's size limits and the one way we meet them: cut at a word boundary and add an ellipsis.
 * Lengths are measured in UTF-16 code units (String#length), which is what discord.js's `embedLength`
 * counts and is never less than the code-point count Discord applies, so a text that passes here passes
 * there too. Cuts happen between grapheme clusters, so no surrogate pair or emoji sequence is split.
 */
import type { DiscordEmbed, DiscordMessage } from './types.ts';

export const LIMITS = {
  content: 2000,
  title: 256,
  description: 4096,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  author: 256,
  fields: 25,
  embeds: 10,
  embedsTotal: 6000,
} as const;

export const ELLIPSIS = '…';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** `text` if it fits in `max`, else its longest prefix ending at a word boundary, plus "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const cut = prefixWithin(text, max - ELLIPSIS.length);
  const atWord = cutAtWord(cut);
  return `${stripDanglingEscape(atWord).trimEnd()}${ELLIPSIS}`;
}

/** Like `truncate`, but cuts from the start: "…end of the text". */
export function truncateStart(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, Math.max(0, max));
  const budget = max - ELLIPSIS.length;
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  let taken = 0;
  let start = parts.length;
  while (start > 0 && taken + (parts[start - 1]?.length ?? 0) <= budget) {
    start -= 1;
    taken += parts[start]?.length ?? 0;
  }
  let tail = parts.slice(start).join('');
  const space = tail.search(/\s/);
  if (space > 0 && space < tail.length * 0.3) tail = tail.slice(space);
  return `${ELLIPSIS}${tail.trimStart()}`;
}

function prefixWithin(text: string, budget: number): string {
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (out.length + segment.length > budget) break;
    out += segment;
  }
  return out;
}

/** Back up to the last whitespace unless that would throw away more than 30% of the text. */
function cutAtWord(prefix: string): string {
  const match = /\s\S*$/.exec(prefix);
  if (!match || match.index < prefix.length * 0.7) return prefix;
  return prefix.slice(0, match.index);
}

/** A lone trailing backslash (half of an escape) would escape our ellipsis instead. */
function stripDanglingEscape(text: string): string {
  return text.replace(/\\+$/, (m) => (m.length % 2 === 0 ? m : m.slice(1)));
}

export function embedTextLength(embed: DiscordEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0)
  );
}

/** Every per-field limit of one embed, applied as a last line of defence (renderers aim below them). */
export function clampEmbed(embed: DiscordEmbed): DiscordEmbed {
  const out: DiscordEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, LIMITS.title);
  if (out.description !== undefined) out.description = truncate(out.description, LIMITS.description);
  if (out.footer) out.footer = { text: truncate(out.footer.text, LIMITS.footer) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, LIMITS.author) };
  if (out.fields) {
    out.fields = out.fields.slice(0, LIMITS.fields).map((f) => ({
      ...f,
      name: truncate(f.name, LIMITS.fieldName) || '\u200b',
      value: truncate(f.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  return shrinkToTotal(out, LIMITS.embedsTotal);
}

/** Shorten the description, then the longest field values, until the embed fits `total`. */
export function shrinkToTotal(embed: DiscordEmbed, total: number): DiscordEmbed {
  let over = embedTextLength(embed) - total;
  if (over <= 0) return embed;
  const out: DiscordEmbed = { ...embed, fields: embed.fields?.map((f) => ({ ...f })) };
  if (out.description) {
    const keep = Math.max(1, out.description.length - over);
    out.description = truncate(out.description, keep);
    over = embedTextLength(out) - total;
  }
  const fields = out.fields ?? [];
  while (over > 0 && fields.some((f) => f.value.length > 1)) {
    const longest = fields.reduce((a, b) => (b.value.length > a.value.length ? b : a));
    longest.value = truncate(longest.value, Math.max(1, longest.value.length - over));
    over = embedTextLength(out) - total;
  }
  if (over > 0 && out.footer) out.footer = { text: truncate(out.footer.text, Math.max(1, out.footer.text.length - over)) };
  return out;
}

export function messageFits(message: DiscordMessage): boolean {
  const total = message.embeds.reduce((sum, e) => sum + embedTextLength(e), 0);
  return (message.content?.length ?? 0) <= LIMITS.content && message.embeds.length <= LIMITS.embeds && total <= LIMITS.embedsTotal;
}

/** Packs embeds in order into as few messages as the 10-embed and 6000-character limits allow. */
export function packEmbeds(embeds: DiscordEmbed[]): DiscordMessage[] {
  const messages: DiscordMessage[] = [];
  let current: DiscordEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedTextLength(embed);
    if (current.length > 0 && (current.length === LIMITS.embeds || size + length > LIMITS.embedsTotal)) {
      messages.push({ embeds: current });
      current = [];
      size = 0;
    }
    current.push(embed);
    size += length;
  }
  if (current.length > 0) messages.push({ embeds: current });
  return messages;
}

/** As many whole lines as fit in `budget`, then "…and N more". */
export function fitLines(lines: string[], budget: number): string {
  const kept: string[] = [];
  let used = 0;
  for (const [i, line] of lines.entries()) {
    const more = `…and ${lines.length - i} more`;
    const rest = lines.length - i - 1;
    const needed = used + line.length + (rest > 0 ? 1 + more.length : 0);
    if (needed > budget) return [...kept, more].join('\n');
    kept.push(line);
    used += line.length + 1;
  }
  return kept.join('\n');
}
