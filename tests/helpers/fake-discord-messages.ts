/**
 * The fake Discord's messages: ids, the nonce memory of enforce_nonce, and channel history. What it imitates:
 * - Ids are snowflakes of the fake's clock ((ms since 2015-01-01) << 22), so `after=<snowflake of a time>`
 *   finds what was posted since then, as on Discord.
 * - enforce_nonce: "If true and nonce is present, it will be checked for uniqueness in the past few minutes.
 *   If another message was created by the same author with the same nonce, that message will be returned and
 *   no new message will be created" (Create Message, discord-api-docs). The fake forgets a nonce after
 *   `nonceWindowMs`, so a resend after that posts a second message, as it would for real.
 * - Get Channel Messages: at most `limit` (default 50, 1..100), always newest first; `after` gives the ones
 *   right after that id, `before` the ones right before it. Fetched messages carry no nonce (Discord returns
 *   it only in the create response and the gateway event).
 */
export const DISCORD_EPOCH = 1_420_070_400_000;
export const FAKE_BOT_USER = { id: '1500000000000000009', username: 'figurewatch', discriminator: '0', bot: true, avatar: null, global_name: null };

export interface PostedMessage {
  id: string;
  channelId: string;
  webhookId?: string;
  body: any;
  /** Someone other than the bot or a webhook (see postAs). */
  author?: { id: string; username: string };
  /** ms on the fake's clock. */
  at: number;
}

export interface MessageStoreOptions {
  /** The fake's clock in ms (default Date.now): a test's manual clock makes ids and the nonce window follow it. */
  now?: () => number;
  /** How long a nonce is remembered (default 5 minutes: Discord says "the past few minutes"). */
  nonceWindowMs?: number;
}

export function createMessageStore(opts: MessageStoreOptions = {}) {
  const now = opts.now ?? Date.now;
  const windowMs = opts.nonceWindowMs ?? 5 * 60_000;
  const messages: PostedMessage[] = [];
  const nonces = new Map<string, PostedMessage>();
  let last = 0n;

  function snowflake(): string {
    const at = BigInt(Math.max(0, now() - DISCORD_EPOCH)) << 22n;
    last = at > last ? at : last + 1n;
    return String(last);
  }

  /** A new message, or the one an enforced nonce from the same channel created within the window. */
  function create(channelId: string, body: any, webhookId?: string): PostedMessage {
    const nonceKey = !webhookId && body.enforce_nonce === true && body.nonce !== undefined ? `${channelId}:${body.nonce}` : null;
    const existing = nonceKey ? nonces.get(nonceKey) : undefined;
    if (existing && now() - existing.at <= windowMs) return existing;
    const message: PostedMessage = { id: snowflake(), channelId, body, at: now(), ...(webhookId ? { webhookId } : {}) };
    messages.push(message);
    if (nonceKey) nonces.set(nonceKey, message);
    return message;
  }

  function history(channelId: string, query: URLSearchParams): PostedMessage[] | string {
    const limit = Number(query.get('limit') ?? 50);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) return 'limit: int value should be between 1 and 100';
    const inChannel = messages.filter((m) => m.channelId === channelId);
    const after = query.get('after');
    const before = query.get('before');
    let picked: PostedMessage[];
    if (after !== null) picked = inChannel.filter((m) => BigInt(m.id) > BigInt(after)).slice(0, limit);
    else if (before !== null) picked = inChannel.filter((m) => BigInt(m.id) < BigInt(before)).slice(-limit);
    else picked = inChannel.slice(-limit);
    return picked.reverse();
  }

  function apiMessage(message: PostedMessage, withNonce: boolean) {
    const author = message.author
      ? { ...message.author, discriminator: '0', avatar: null, global_name: null }
      : message.webhookId
      ? { id: message.webhookId, username: message.body.username ?? 'Captain Hook', discriminator: '0000', avatar: null, bot: true }
      : FAKE_BOT_USER;
    return {
      id: message.id, type: 0, channel_id: message.channelId, content: message.body.content ?? '', embeds: message.body.embeds ?? [],
      author, attachments: [], mentions: [], mention_roles: [], mention_everyone: false, pinned: false, tts: false, flags: 0,
      components: [], timestamp: new Date(message.at).toISOString(), edited_timestamp: null,
      ...(withNonce && message.body.nonce !== undefined ? { nonce: message.body.nonce } : {}),
      ...(message.webhookId ? { webhook_id: message.webhookId } : {}),
    };
  }

  /** Writes a message into a channel as someone else would (another user or bot), bypassing the REST checks. */
  function postAs(channelId: string, body: any, author: { id: string; username: string }): PostedMessage {
    const message: PostedMessage = { id: snowflake(), channelId, body, author, at: now() };
    messages.push(message);
    return message;
  }

  return { messages, snowflake, create, history, apiMessage, postAs };
}
