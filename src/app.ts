import type { CommandContext } from './commands/context.ts';
import type { Settings } from './commands/settings.ts';
import { watchConfigFile, type FeedConfig } from './config/index.ts';
import { createFetcher } from './fetch/index.ts';
import { openLedger, type Ledger } from './ledger/index.ts';
import { createLogger, type Logger } from './log/create-logger.ts';
import { createConsoleSink } from './notify/console-sink.ts';
import { deliverPending } from './notify/deliver.ts';
import { createDiscordTargets } from './notify/targets.ts';
import type { ConsoleSink, DeliveryReport, DiscordTargets } from './notify/types.ts';
import { createNoticePolicy, runCycle, type CycleReport, type PipelineDeps } from './pipeline/index.ts';
import { createTopicCompiler } from './topics/index.ts';

export interface AppOptions {
  settings: Settings;
  ctx: CommandContext;
  /** Feeds to poll instead of the configured ones (the bundled sample). */
  feeds?: readonly FeedConfig[];
  /** Exact addresses the fetcher may reach although private (the sample server's 127.0.0.1). */
  allowedAddresses?: readonly string[];
  /** How notices print when no Discord is configured. */
  output: 'text' | 'json';
  log?: Logger;
  /** Re-read the config file before each cycle when it changed (topics, keywords, feeds, limits). */
  reloadConfig?: boolean;
}

export interface App {
  settings: Settings;
  ledger: Ledger;
  log: Logger;
  deps: PipelineDeps;
  sink: DiscordTargets | ConsoleSink;
  /** One cycle, then delivery of everything pending. */
  cycle(signal?: AbortSignal): Promise<{ report: CycleReport; delivery: DeliveryReport }>;
  /** Delivers what is pending; starts no send after `deadline` or once `stop` aborts (shutdown). */
  deliver(limits?: { deadline?: Date; stop?: AbortSignal }): Promise<DeliveryReport>;
  close(): Promise<void>;
}

/** The composition root: builds every stage's dependencies once from config and environment. */
export function createApp(options: AppOptions): App {
  const { settings, ctx } = options;
  const { config, env } = settings;
  const secrets = [env.discord.token, env.discord.webhookUrl, ...Object.values(env.discord.routeWebhooks ?? {})];
  const log = options.log ?? createLogger({ level: env.logLevel, destination: ctx.stderr, secrets });
  const ledger = openLedger(env.dbPath);
  const sink = createSink(options, log);
  const fetcher = createFetcher(config.fetch, { now: ctx.now, allowedAddresses: options.allowedAddresses ?? [] });
  const compile = createTopicCompiler();
  const deps: PipelineDeps = {
    config,
    feeds: options.feeds ?? config.feeds,
    ledger,
    fetcher,
    matcher: () => compile(deps.config.topics, ledger.keywords.list()),
    policy: createNoticePolicy(config, (notice) => sink.resolveTarget(notice)),
    log,
    now: ctx.now,
    feedHealthTarget: sink.kind === 'discord' ? sink.defaultKey : null,
  };
  const deliver = (limits: { deadline?: Date; stop?: AbortSignal } = {}): Promise<DeliveryReport> =>
    deliverPending(ledger.outbox, sink, { now: ctx.now, digestThreshold: deps.config.notify.digestThreshold, log, ...limits });
  const configChanges = options.reloadConfig ? watchConfigFile(env.configPath) : null;
  const applyConfigChanges = (): void => {
    const change = configChanges?.check();
    if (!change) return;
    if (change.error) {
      log.error({ path: env.configPath, problems: change.error.problems }, 'config: the changed file is invalid; keeping the running config');
      return;
    }
    deps.config = change.config;
    if (!options.feeds) deps.feeds = change.config.feeds;
    deps.policy = createNoticePolicy(change.config, (notice) => sink.resolveTarget(notice));
    log.info({ path: env.configPath, feeds: deps.feeds.length, topics: change.config.topics.length }, 'config: reloaded');
  };
  return {
    settings,
    ledger,
    log,
    deps,
    sink,
    deliver,
    async cycle(signal) {
      applyConfigChanges();
      const report = await runCycle(deps, signal);
      const delivery = await deliver({ stop: signal });
      pruneSeenItems(ledger, deps.config.feedPolicy.retentionDays, ctx.now(), log);
      return { report, delivery };
    },
    async close() {
      if (sink.kind === 'discord') await sink.destroy();
      ledger.close();
    },
  };
}

function createSink(options: AppOptions, log: Logger): DiscordTargets | ConsoleSink {
  const { env, config } = options.settings;
  const discord = env.discord;
  if (!discord.webhookUrl && !discord.token) {
    return createConsoleSink({ stream: options.ctx.stdout as never, format: options.output, log });
  }
  return createDiscordTargets({
    apiUrl: discord.apiUrl,
    webhookUrl: discord.webhookUrl,
    token: discord.token,
    channelId: discord.channelId,
    guildId: discord.guildId,
    username: config.notify.username,
    routes: config.notify.routes.map((route) => ({
      category: route.category,
      topic: route.topic,
      channelId: route.channelId,
      webhookUrl: route.webhookEnv ? discord.routeWebhooks?.[route.webhookEnv] : undefined,
    })),
  });
}

/** Seen-item records past the retention go; articles, claims and findings are kept for good. */
function pruneSeenItems(ledger: Ledger, retentionDays: number, now: Date, log: Logger): void {
  const pruned = ledger.items.prune(new Date(now.getTime() - retentionDays * 86_400_000));
  if (pruned > 0) log.info({ pruned, retentionDays }, 'ledger: pruned old seen items');
}
