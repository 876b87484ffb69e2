import { checkDiscordEnv, ConfigError, loadConfigFile, readEnv, readRouteWebhooks } from '../config/index.ts';
import type { Command } from './context.ts';

/** Validates the config file and the environment; prints every problem with its path. */
export const checkConfig: Command = async (args, ctx) => {
  const env = readEnv(ctx.env);
  const configPath = args.config ?? env.configPath;
  const problems: string[] = [];
  let summary = '';
  try {
    const config = loadConfigFile(configPath);
    problems.push(...readRouteWebhooks(config.notify.routes, ctx.env).problems.map((problem) => `env ${problem}`));
    summary = `${config.feeds.length} feed(s), ${config.topics.length} topic(s), schedule "${config.schedule.cron}" (${config.schedule.timezone})`;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    problems.push(...error.problems.map((problem) => `${configPath}: ${problem}`));
  }
  problems.push(...checkDiscordEnv(env.discord).map((problem) => `env ${problem}`));
  if (problems.length) {
    ctx.stderr.write(`${problems.length} problem(s):\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
    return 1;
  }
  ctx.stdout.write(`ok: ${configPath}: ${summary}; notices go to ${describeSink(env.discord)}\n`);
  return 0;
};

function describeSink(discord: ReturnType<typeof readEnv>['discord']): string {
  if (discord.token) return `Discord channel ${discord.channelId} (bot mode)`;
  if (discord.webhookUrl) return 'a Discord webhook';
  return 'stdout (no Discord configured)';
}
