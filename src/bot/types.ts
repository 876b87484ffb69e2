/**
 * What the slash commands need from the rest of the app. The ledger implements `BotStore`; the composition
 * root passes `BotDeps` to `startBot`. Plain records only: no discord.js type appears here.
 */
import type { Metric, NoticeClaim, Source } from '../model/index.ts';
import type { NotifyLog, TargetBlock } from '../notify/types.ts';

export interface TopicInfo {
  name: string;
  label: string;
}

export interface WatchedKeyword {
  topic: string;
  keyword: string;
  /** "config": from the config file (read-only here); "discord": added with /watch add (stored in SQLite). */
  source: 'config' | 'discord';
  /** For "discord" keywords: who added it (Discord user name) and when (ISO). */
  addedBy?: string | null;
  addedAt?: string | null;
}

/** The latest claim for one metric, subject and period, with what other outlets said about it. */
export interface FigureStatus {
  claim: NoticeClaim;
  /** Other sources whose value agrees (within rounding). */
  agreeing: Source[];
  /** Claims for the same metric, subject and period that disagree. */
  conflicting: NoticeClaim[];
}

export interface FeedHealthRow {
  url: string;
  outlet: string | null;
  /** ISO date-times; null when never. */
  lastSuccessAt: string | null;
  consecutiveFailures: number;
  /** A FailureKind ("timeout", "http-5xx", …) of the last failure, when failing. */
  lastFailureKind: string | null;
  lastError: string | null;
  nextAttemptAt: string | null;
}

export interface BotStore {
  topics(): TopicInfo[];
  /** Config keywords and Discord-added ones, all topics. */
  listKeywords(): WatchedKeyword[];
  /** Stores a Discord-added keyword; the next cycle matches it. Callers have checked it is new. */
  addKeyword(topic: string, keyword: string, by: { id: string; name: string }, at: Date): void;
  /** Removes a Discord-added keyword (case-insensitive); false when there was none. */
  removeKeyword(topic: string, keyword: string): boolean;
  /** Newest first. */
  latestClaims(query: { metric?: Metric; period?: string; limit: number }): FigureStatus[];
  feedHealth(): FeedHealthRow[];
  /** Discord targets delivery has stopped for (401/403/404…). */
  blockedTargets(): TargetBlock[];
}

export interface BotDeps {
  /** DISCORD_TOKEN. */
  token: string;
  /** DISCORD_API_URL; default https://discord.com/api. */
  apiUrl?: string;
  /** DISCORD_GUILD_ID: register commands in this guild only (instant) instead of globally. */
  guildId?: string;
  store: BotStore;
  log: NotifyLog;
  now: () => Date;
}

/** A slash command as the handlers see it, already taken out of the discord.js interaction. */
export interface CommandInput {
  command: string;
  subcommand: string | null;
  options: Record<string, string | undefined>;
  /** null outside a guild (DMs), where nothing can be changed. */
  member: { id: string; name: string; canManageGuild: boolean } | null;
}
