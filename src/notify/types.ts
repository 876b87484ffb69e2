/**
 * Contracts of the notify stage. The ledger implements `Outbox`; the composition root builds
 * `DiscordSettings` from config + env and passes a `DiscordTargets` or a `ConsoleSink` to `deliverPending`.
 * Nothing here mentions discord.js: its objects never leave src/notify.
 */
import type { Category, Notice } from '../model/index.ts';

/** A plain Discord message body (the subset we send). Embeds are APIEmbed-shaped plain objects. */
export interface DiscordMessage {
  content?: string;
  embeds: DiscordEmbed[];
}

export interface DiscordEmbed {
  title?: string;
  url?: string;
  description?: string;
  color?: number;
  /** ISO 8601. */
  timestamp?: string;
  fields?: { name: string; value: string; inline?: boolean }[];
  footer?: { text: string };
  author?: { name: string; url?: string };
}

export interface RenderOptions {
  /** Topic name → human label ("ru-az" → "Russia–Azerbaijan"), used when a notice has no subject. */
  topicLabels?: Record<string, string>;
}

/** A feed starting to fail or recovering: posted once per transition (the pipeline decides when). */
export type FeedHealthEvent =
  | {
      kind: 'failing';
      feedUrl: string;
      outlet: string | null;
      /** ISO date-time of the first failure in the current run of failures. */
      since: string;
      failures: number;
      /** A FailureKind from src/model/errors.ts ("timeout", "http-5xx", …). */
      failureKind: string;
      lastError?: string;
    }
  | {
      kind: 'recovered';
      feedUrl: string;
      outlet: string | null;
      /** ISO date-time the failures started, when known. */
      since?: string;
      /** ISO date-time of the successful fetch. */
      recoveredAt: string;
      failures?: number;
    };

// ---------------------------------------------------------------------------------------------
// Outbox: implemented by src/ledger over SQLite.
// ---------------------------------------------------------------------------------------------

/** One pending Discord message: several notices from one article, or one feed-health event. */
export interface OutboxEntry {
  /** Monotonic (AUTOINCREMENT): the delivery order within a target, and the nonce seed. */
  id: number;
  /** A target key from `resolveTargetKey` / `targets.resolveTarget`: "webhook:<id>", "channel:<id>" or "console". */
  target: string;
  /** One message's worth (see `planOutboxEntries`). Empty when `feedHealth` is set. */
  notices: Notice[];
  feedHealth?: FeedHealthEvent;
  /** Send attempts *started* so far (incremented by `markAttempt` before each send). */
  attempts: number;
  /** Not to be sent before this time; null = now. */
  nextAttemptAt: Date | null;
  lastError?: string | null;
  /** When it was enqueued: no attempt at it can have reached Discord before (bounds the history lookup). */
  createdAt?: Date;
}

/** Why a target stopped accepting messages (401/403/404…); cleared by `clearBlocked` after a successful probe. */
export interface TargetBlock {
  target: string;
  error: string;
  /** HTTP status or Discord JSON error code (10015 unknown webhook, 50013 missing permissions…). */
  code: number;
  since: Date;
  /** Last time delivery tried this target and it was still blocked. */
  checkedAt: Date;
}

export interface Outbox {
  /** Distinct target keys that have pending entries. */
  pendingTargets(): string[];
  /** Pending entries of one target, oldest (lowest id) first, due or not, at most `limit`. */
  listPending(target: string, limit: number): OutboxEntry[];
  countPending(target: string): number;
  /**
   * Called right before a send: attempts += 1 and lastError = null, persisted before the request leaves,
   * so after a crash mid-send the entry shows an attempt with no recorded outcome.
   */
  markAttempt(id: number, at: Date): void;
  /** Discord accepted it (messageId is null for the console). Only now does the entry stop being pending. */
  markSent(id: number, messageId: string | null, at: Date): void;
  /** A failure that may heal by waiting: keep pending, try again at `nextAttemptAt`. */
  markRetry(id: number, error: string, nextAttemptAt: Date): void;
  /** Discord refused this payload itself (400 invalid form body): stop retrying it, keep it for inspection. */
  markFailed(id: number, error: string, at: Date): void;
  blockedTarget(target: string): TargetBlock | null;
  /** Insert or update: keeps `since` of an existing block, sets `checkedAt = at`. */
  markBlocked(target: string, block: { error: string; code: number }, at: Date): void;
  clearBlocked(target: string): void;
}

// ---------------------------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------------------------

export interface DiscordRoute {
  category?: Category;
  topic?: string;
  webhookUrl?: string;
  channelId?: string;
}

export interface DiscordSettings {
  /** API base, default "https://discord.com/api" (DISCORD_API_URL). */
  apiUrl?: string;
  /** Webhook mode (DISCORD_WEBHOOK_URL): an ordinary https://discord.com/api/webhooks/<id>/<token> URL. */
  webhookUrl?: string;
  /** Bot mode (DISCORD_TOKEN + DISCORD_CHANNEL_ID). */
  token?: string;
  channelId?: string;
  guildId?: string;
  /** Category or topic routes, checked in order before the default target. */
  routes?: DiscordRoute[];
  /** Display name of webhook messages. */
  username?: string;
  /** Longest 429 wait discord.js may sleep through inside one send; longer ones go back to the outbox. Default 30 s. */
  maxRateLimitWaitMs?: number;
  /** Per-request timeout, default 15 s. */
  timeoutMs?: number;
}

export type SendOutcome =
  | { status: 'sent'; messageId: string }
  | { status: 'retry'; error: string; retryAfterMs?: number }
  | { status: 'blocked'; error: string; code: number }
  | { status: 'rejected'; error: string; code: number };

export interface DiscordTarget {
  key: string;
  /** Safe to log: never contains a token. */
  label: string;
  /** Bot channels honour nonce + enforce_nonce; webhooks do not. */
  dedupesByNonce: boolean;
  send(message: DiscordMessage, opts: { nonce: string }): Promise<SendOutcome>;
  /**
   * Bot channels: which of these nonces our own messages in the channel since `since` carry (nonce →
   * message id). Discord dedupes a nonce for a few minutes only; this covers a retry after that.
   */
  findPosted?(nonces: string[], since: Date): Promise<PostedLookup>;
}

/** "checked": the whole history since then was read; "unknown": it could not be (error, too many messages). */
export type PostedLookup = { status: 'checked'; found: Map<string, string> } | { status: 'unknown'; found: Map<string, string>; error: string };

export interface DiscordTargets {
  kind: 'discord';
  mode: 'webhook' | 'bot';
  /**
   * Blocked targets already tried once by this instance. A fresh instance (restart, maybe with a fixed
   * config) tries each blocked target at once instead of waiting for the probe interval.
   */
  probedOnce: Set<string>;
  defaultKey: string;
  /** The key of the route for this notice: a category or topic route first, then the default. */
  resolveTarget(notice: Notice): string;
  /** The target for a stored key; a key no longer configured falls back to the default target. */
  target(key: string): DiscordTarget;
  destroy(): Promise<void>;
}

export interface ConsoleSink {
  kind: 'console';
  format: 'text' | 'json';
  resolveTarget(notice: Notice): string;
  /** Writes the entry's notices: JSON = one Notice record per line, as is (a public contract). */
  write(entry: OutboxEntry): void;
}

export interface NotifyLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
  digests: number;
  /** Targets that refused us this run or are still blocked from an earlier one. */
  blocked: { target: string; label: string; error: string; code: number; since: Date }[];
}
