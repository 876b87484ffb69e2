import { z } from 'zod';
import { validate as validateCron } from 'node-cron';

/**
 * The one config schema. Every key has a default (README "Configuration" lists them all);
 * secrets never live here: they come from the environment (see env.ts).
 */

const httpUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\//i.test(value) && URL.canParse(value), 'must be an http(s) URL');

const keywordList = z.array(z.string().trim().min(1, 'must not be empty')).default([]);

export const keywordGroupSchema = z.object({
  name: z.string().trim().min(1),
  /** A topic matches only when every required group has a hit. */
  required: z.boolean().default(true),
  keywords: z.array(z.string().trim().min(1, 'must not be empty')).min(1, 'needs at least one keyword'),
});

export const topicSchema = z.object({
  name: z
    .string()
    .trim()
    .regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, - and _ only'),
  label: z.string().trim().min(1),
  /** The figure subject this topic is about ("RU-AZ"): only figures with it become notices. */
  subject: z.string().trim().min(2),
  groups: z.array(keywordGroupSchema).min(1, 'needs at least one keyword group'),
  exclude: keywordList,
});

export const feedSchema = z.object({
  url: httpUrl,
  outlet: z.string().trim().min(1),
  language: z.string().trim().min(2).default('en'),
  /** Topic names to match; empty means every topic. */
  topics: z.array(z.string()).default([]),
});

const scheduleSchema = z.object({
  cron: z
    .string()
    .default('*/15 * * * *')
    .refine((value) => validateCron(value), 'is not a valid cron expression'),
  timezone: z
    .string()
    .default('UTC')
    .refine((zone) => isTimeZone(zone), 'is not an IANA time zone'),
  /** Run one cycle immediately when `figurewatch run` starts. */
  runOnStart: z.boolean().default(true),
});

const fetchSchema = z.object({
  userAgent: z.string().default('figurewatch/0.1'),
  /** Appended to the User-Agent so site owners can reach us. */
  contactUrl: z.string().default('https://github.com/figurewatch/figurewatch'),
  timeoutMs: z.number().int().positive().default(20_000),
  connectTimeoutMs: z.number().int().positive().default(10_000),
  maxFeedBytes: z.number().int().positive().default(10 * 1024 * 1024),
  maxPageBytes: z.number().int().positive().default(5 * 1024 * 1024),
  maxRedirects: z.number().int().min(0).max(20).default(5),
  perHostConcurrency: z.number().int().positive().default(2),
  perHostDelayMs: z.number().int().min(0).default(250),
  /** Feeds fetched at once in one cycle. */
  concurrency: z.number().int().positive().default(8),
  /** Refuse URLs resolving to loopback/private/link-local addresses unless true. */
  allowPrivateAddresses: z.boolean().default(false),
  /** Cap on how long a feed's Cache-Control / Retry-After / <ttl> may delay its next poll. */
  maxPollIntervalMinutes: z.number().int().positive().default(360),
  /** First backoff step after a failure; it doubles (with jitter) per consecutive failure. */
  baseBackoffMinutes: z.number().positive().default(5),
  /** Longest backoff after repeated failures. */
  maxBackoffMinutes: z.number().int().positive().default(24 * 60),
});

const feedPolicySchema = z.object({
  /** On a feed's first poll, only items newer than this many hours can raise notices. */
  firstPollMaxAgeHours: z.number().min(0).default(48),
  /** An item whose guid and link both changed is still the same item when its title repeats within this many days. */
  sameTitleWindowDays: z.number().min(0).default(3),
  /** Seen-item records older than this are pruned (figures and findings are kept). */
  retentionDays: z.number().int().positive().default(180),
});

const routeSchema = z.object({
  /** Which notices this route takes: a category ("trade", "security") or a topic name. */
  category: z.enum(['trade', 'security', 'other']).optional(),
  topic: z.string().optional(),
  /** Name of an env var holding a webhook URL, or a Discord channel id for bot mode. */
  webhookEnv: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional(),
  channelId: z.string().regex(/^\d{17,20}$/).optional(),
});

const notifySchema = z.object({
  /** Also announce corroborations (silent by default: they are counted on the figure). */
  postCorroborations: z.boolean().default(false),
  /** When more notices than this are pending for a target, post one digest instead. */
  digestThreshold: z.number().int().positive().default(25),
  /** Post a feed-health message after this many consecutive failures of one feed. */
  feedFailureAlertAfter: z.number().int().positive().default(5),
  /** Name shown on webhook messages. */
  username: z.string().default('figurewatch'),
  routes: z.array(routeSchema).default([]),
});

const healthSchema = z.object({
  enabled: z.boolean().default(true),
  host: z.string().default('0.0.0.0'),
  port: z.number().int().min(0).max(65535).default(8080),
});

const shutdownSchema = z.object({
  graceMs: z.number().int().min(0).default(20_000),
});

export const configSchema = z.object({
  schedule: scheduleSchema.prefault({}),
  feeds: z.array(feedSchema).default([]),
  topics: z.array(topicSchema).min(1, 'needs at least one topic'),
  fetch: fetchSchema.prefault({}),
  feedPolicy: feedPolicySchema.prefault({}),
  notify: notifySchema.prefault({}),
  health: healthSchema.prefault({}),
  shutdown: shutdownSchema.prefault({}),
  /** Extra site rules file (CSS selector per domain), merged over config/site-rules.yaml. */
  siteRules: z.record(z.string(), z.string()).default({}),
});

export type Config = z.infer<typeof configSchema>;
export type TopicConfig = z.infer<typeof topicSchema>;
export type KeywordGroup = z.infer<typeof keywordGroupSchema>;
export type FeedConfig = z.infer<typeof feedSchema>;
export type FetchConfig = z.infer<typeof fetchSchema>;
export type NotifyConfig = z.infer<typeof notifySchema>;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
