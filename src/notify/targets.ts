/**
 * Discord targets through discord.js: webhooks (WebhookClient) and bot channels (Client REST).
 *
 * Retry ownership (verified in @discordjs/rest 2.6.3 dist/index.js and against tests/helpers/fake-discord.ts):
 * - 429: SequentialHandler/BurstHandler#runRequest sleep `Retry-After` (+ `offset`) and resend without
 *   counting a retry, forever. Discord did not process a 429'd request, so resending is safe; we let
 *   discord.js do short waits, and `rejectOnRateLimit` turns a wait longer than `maxRateLimitWaitMs` into a
 *   RateLimitError so one long ban cannot stall the cycle: the outbox reschedules it with `retryAfterMs`.
 *   A 429 without Retry-After gives retryAfter 0 and discord.js resends immediately, again and again (seen
 *   against the fake: 6 requests in 18 ms); we reject that too and let the outbox back off.
 * - 5xx: handleErrors() returns null while `retries` is not exhausted and runRequest resends *at once*
 *   (no backoff); network AbortError (our timeout) and ECONNRESET likewise (shouldRetry()). After that it
 *   throws HTTPError / the network error.
 * - 4xx other than 429: DiscordAPIError, never retried. A 401 also clears the REST token
 *   (handleErrors: `manager.setToken(null)`), after which every request fails locally with "Expected token
 *   to be set"; so the bot client's token is set again before each use, or a blocked target never heals.
 * So: webhooks get `retries: 0`. Webhook execute has no nonce, so a resend after a timeout or 5xx that
 * Discord did process posts twice; letting only the outbox resend means every such resend is visible
 * (attempts, lastError, the "re-sent" note) and backed off. Bot channels get `retries: 1`: the resend
 * carries the same nonce with enforce_nonce, so Discord returns the first message instead of posting a
 * second, and one immediate resend absorbs a single blip. Anything longer is the outbox's job, with
 * exponential backoff that survives restarts. Discord remembers a nonce for a few minutes only, so a
 * later retry of a message that may have gone out first looks for it in the channel (find-posted.ts).
 */
import { Client, Routes, WebhookClient, type RESTOptions } from 'discord.js';
import type { Notice } from '../model/index.ts';
import { findPostedInChannel, selfIdOf, withMarker } from './find-posted.ts';
import { pickRoute, targetSpecs, type TargetSpec } from './routes.ts';
import { outcomeOfError } from './send-errors.ts';
import type { DiscordMessage, DiscordSettings, DiscordTarget, DiscordTargets, SendOutcome } from './types.ts';

export const DEFAULT_API_URL = 'https://discord.com/api';
const NO_MENTIONS = { parse: [] as [] };

export function createDiscordTargets(settings: DiscordSettings): DiscordTargets {
  const { defaultSpec, routeSpecs } = targetSpecs(settings);
  let botClient: Client | null = null;
  let selfId: (() => Promise<string>) | null = null;
  const bot = (): Client => {
    botClient ??= newBotClient(restOptions(settings, 1));
    selfId ??= selfIdOf(botClient);
    // After a 401 discord.js has dropped the token: the next probe must ask Discord again with it.
    botClient.rest.setToken(settings.token ?? '');
    return botClient;
  };
  const webhookClients: WebhookClient[] = [];
  const targets = new Map<string, DiscordTarget>();
  for (const spec of [defaultSpec, ...routeSpecs.map((r) => r.spec)]) {
    if (targets.has(spec.key)) continue;
    if (spec.kind === 'webhook') {
      const client = new WebhookClient({ id: spec.id, token: spec.token }, { rest: restOptions(settings, 0), allowedMentions: NO_MENTIONS });
      webhookClients.push(client);
      targets.set(spec.key, webhookTarget(spec, client, settings.username));
    } else {
      targets.set(spec.key, channelTarget(spec, bot, () => selfId!()));
    }
  }
  const fallback = targets.get(defaultSpec.key)!;
  return {
    kind: 'discord',
    mode: defaultSpec.kind === 'webhook' ? 'webhook' : 'bot',
    probedOnce: new Set<string>(),
    defaultKey: defaultSpec.key,
    resolveTarget: (notice: Notice) => pickRoute(routeSpecs, notice)?.key ?? defaultSpec.key,
    target: (key: string) => targets.get(key) ?? fallback,
    async destroy() {
      for (const client of webhookClients) client.destroy();
      await botClient?.destroy();
    },
  };
}

function restOptions(settings: DiscordSettings, retries: 0 | 1): Partial<RESTOptions> {
  const maxWait = settings.maxRateLimitWaitMs ?? 30_000;
  return {
    api: settings.apiUrl ?? DEFAULT_API_URL,
    retries,
    timeout: settings.timeoutMs ?? 15_000,
    // retryAfter is 0 only for a 429 without Retry-After (e.g. from a proxy): discord.js would resend at once, in a loop.
    rejectOnRateLimit: (info) => info.retryAfter <= 0 || Math.max(info.retryAfter, info.timeToReset) > maxWait,
  };
}

/** REST only: posting needs no gateway session (src/bot holds the gateway connection for commands). */
function newBotClient(rest: Partial<RESTOptions>): Client {
  return new Client({ intents: [], rest, allowedMentions: NO_MENTIONS });
}

function webhookTarget(spec: Extract<TargetSpec, { kind: 'webhook' }>, client: WebhookClient, username?: string): DiscordTarget {
  return {
    key: spec.key,
    label: `webhook ${spec.id}`,
    dedupesByNonce: false,
    async send(message: DiscordMessage): Promise<SendOutcome> {
      try {
        // Webhook execute has no nonce: Discord documents none and discord.js sends enforce_nonce: false.
        const sent = await client.send({
          ...(message.content ? { content: message.content } : {}),
          embeds: message.embeds,
          ...(username ? { username } : {}),
          allowedMentions: NO_MENTIONS,
        });
        return { status: 'sent', messageId: sent.id };
      } catch (error) {
        return outcomeOfError(error);
      }
    },
  };
}

function channelTarget(spec: Extract<TargetSpec, { kind: 'channel' }>, bot: () => Client, selfId: () => Promise<string>): DiscordTarget {
  return {
    key: spec.key,
    label: `channel ${spec.channelId}`,
    dedupesByNonce: true,
    async send(message: DiscordMessage, opts: { nonce: string }): Promise<SendOutcome> {
      try {
        // allowed_mentions must be in the raw body: the client-wide default is not applied to rest.post.
        // The nonce also goes in the footer: Discord forgets it after minutes, the channel history does not.
        const body = { ...withMarker(message, opts.nonce), allowed_mentions: NO_MENTIONS, nonce: opts.nonce, enforce_nonce: true };
        const sent = (await bot().rest.post(Routes.channelMessages(spec.channelId), { body })) as { id: string };
        return { status: 'sent', messageId: sent.id };
      } catch (error) {
        return outcomeOfError(error);
      }
    },
    findPosted(nonces: string[], since: Date) {
      return findPostedInChannel(bot(), selfId, spec.channelId, nonces, since);
    },
  };
}
