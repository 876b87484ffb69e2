/**
 * Was this message already posted? A bot-mode retry of an entry whose earlier attempt may have reached
 * Discord (a crash between send and markSent, a timeout, a 5xx) is deduplicated by its nonce only "in the
 * past few minutes" (Discord's Create Message docs on enforce_nonce). Beyond that, the channel itself is
 * the record: each message we post carries its nonce as a marker at the end of its last embed's footer,
 * and this reads the channel's history since the entry was created for our own messages with that marker.
 * Fetched messages carry no nonce, hence the footer. Our own messages' embeds are readable without the
 * Message Content intent; reading history needs View Channel and Read Message History.
 */
import { Routes, type APIEmbed, type APIMessage, type APIUser, type Client } from 'discord.js';
import { shrinkToTotal, LIMITS, embedTextLength } from './limits.ts';
import { outcomeOfError } from './send-errors.ts';
import type { DiscordMessage, PostedLookup } from './types.ts';

const DISCORD_EPOCH = 1_420_070_400_000n;
const PAGE = 100;
/** At most this many messages are read per lookup; a busier channel leaves the answer unknown. */
const MAX_PAGES = 10;
/** Our clock and Discord's may differ: start the search this much earlier. */
const CLOCK_SKEW_MS = 5 * 60_000;

export function markerText(nonce: string): string {
  return `ref ${nonce}`;
}

/** The message with its marker appended to the last embed's footer, still within the 6000-character total. */
export function withMarker(message: DiscordMessage, nonce: string): DiscordMessage {
  const last = message.embeds.at(-1);
  if (!last) return message;
  const footer = last.footer?.text ? `${last.footer.text} · ${markerText(nonce)}` : markerText(nonce);
  const others = message.embeds.slice(0, -1).reduce((sum, e) => sum + embedTextLength(e), 0);
  const marked = shrinkToTotal({ ...last, footer: { text: footer.slice(-LIMITS.footer) } }, LIMITS.embedsTotal - others);
  return { ...message, embeds: [...message.embeds.slice(0, -1), marked] };
}

export function carriesMarker(embeds: readonly APIEmbed[], nonce: string): boolean {
  return embeds.some((embed) => embed.footer?.text?.endsWith(markerText(nonce)) === true);
}

/** The smallest snowflake of a moment: `after` it means "posted at or after that time". */
export function snowflakeAt(time: Date): string {
  const ms = BigInt(Math.max(0, time.getTime() - CLOCK_SKEW_MS));
  return String(ms > DISCORD_EPOCH ? (ms - DISCORD_EPOCH) << 22n : 0n);
}

/** Looks for our own messages carrying these nonces in a channel, posted since `since`. */
export async function findPostedInChannel(client: Client, selfId: () => Promise<string>, channelId: string, nonces: string[], since: Date): Promise<PostedLookup> {
  const found = new Map<string, string>();
  try {
    const me = await selfId();
    let after = snowflakeAt(since);
    for (let page = 0; page < MAX_PAGES; page++) {
      const query = new URLSearchParams({ after, limit: String(PAGE) });
      const batch = (await client.rest.get(Routes.channelMessages(channelId), { query })) as APIMessage[];
      for (const message of batch) {
        if (message.author.id !== me) continue;
        for (const nonce of nonces) if (!found.has(nonce) && carriesMarker(message.embeds, nonce)) found.set(nonce, message.id);
      }
      if (found.size === nonces.length || batch.length < PAGE) return { status: 'checked', found };
      after = batch.reduce((max, m) => (BigInt(m.id) > BigInt(max) ? m.id : max), after);
    }
    return { status: 'unknown', found, error: `more than ${MAX_PAGES * PAGE} messages in the channel since ${since.toISOString()}` };
  } catch (error) {
    return { status: 'unknown', found, error: outcomeOfError(error).error };
  }
}

/** The bot's own user id, asked once per client (GET /users/@me). */
export function selfIdOf(client: Client): () => Promise<string> {
  let id: Promise<string> | null = null;
  return () => {
    if (!id) {
      id = (client.rest.get(Routes.user()) as Promise<APIUser>).then((user) => user.id);
      id.catch(() => (id = null)); // a failed ask is asked again next time
    }
    return id;
  };
}
