/**
 * What a failed send means for the outbox: wait and retry, stop the target, or drop the payload.
 * Error texts are built here from status and code only, so no webhook token (which discord.js keeps in
 * error.url) reaches the log or the database.
 */
import { DiscordAPIError, HTTPError, RateLimitError } from 'discord.js';
import type { SendOutcome } from './types.ts';

/**
 * Discord JSON codes that mean "this target is unusable until someone fixes it", whatever the status:
 * unknown channel/webhook, missing access/permissions, webhook needs a thread, thread archived,
 * invalid webhook token.
 */
const TARGET_CODES = new Set([10003, 10015, 50001, 50013, 50027, 220001, 50083]);

export function outcomeOfError(error: unknown): Exclude<SendOutcome, { status: 'sent' }> {
  if (error instanceof RateLimitError) {
    const wait = Math.max(error.retryAfter, error.timeToReset);
    const text = `discord: rate limited on ${error.route}${error.global ? ' (global)' : ''} for ${Math.ceil(wait / 1000)} s`;
    // Under a second means Discord gave no usable wait: let the outbox's backoff decide.
    return wait >= 1000 ? { status: 'retry', error: text, retryAfterMs: wait } : { status: 'retry', error: text };
  }
  if (error instanceof DiscordAPIError) {
    const code = typeof error.code === 'number' && error.code !== 0 ? error.code : error.status;
    const text = `discord: HTTP ${error.status}${code !== error.status ? ` code ${code}` : ''}: ${redact('message' in error.rawError ? error.rawError.message : error.message)}`;
    if (error.status === 401 || error.status === 403 || error.status === 404 || TARGET_CODES.has(code)) {
      return { status: 'blocked', error: text, code };
    }
    if (error.status === 429 || error.status === 408) return { status: 'retry', error: text };
    return { status: 'rejected', error: text, code };
  }
  if (error instanceof HTTPError) {
    return { status: 'retry', error: `discord: HTTP ${error.status} ${redact(error.message)}` };
  }
  if (error instanceof Error && error.message.startsWith('Expected token to be set')) {
    // Thrown by @discordjs/rest before any request leaves: no token to send. Waiting will not fix it.
    return { status: 'blocked', error: 'discord: no bot token to send (DISCORD_TOKEN)', code: 401 };
  }
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const kind = error.name === 'AbortError' || error.name === 'TimeoutError' ? 'timeout' : 'network';
    return { status: 'retry', error: `discord: ${kind}: ${redact(error.message)}${redact(cause)}` };
  }
  return { status: 'retry', error: `discord: ${redact(String(error))}` };
}

function redact(text: string): string {
  return text.replace(/(\/webhooks\/\d+\/)[\w-]+/g, '$1[redacted]').replace(/(Bot\s+)[\w.-]{20,}/g, '$1[redacted]');
}
