import { checkDiscordEnv, ConfigError, loadConfigFile, readEnv, readRouteWebhooks, type Config, type EnvSettings } from '../config/index.ts';
import type { CommandArgs, CommandContext } from './context.ts';

export interface Settings {
  env: EnvSettings;
  config: Config;
}

/** The environment plus the validated config; --config and --db win over FIGUREWATCH_CONFIG / FIGUREWATCH_DB. */
export function loadSettings(args: CommandArgs, ctx: CommandContext, options: { checkDiscord?: boolean } = {}): Settings {
  const fromEnv = readEnv(ctx.env);
  const env: EnvSettings = { ...fromEnv, configPath: args.config ?? fromEnv.configPath, dbPath: args.db ?? fromEnv.dbPath };
  const config = loadConfigFile(env.configPath);
  const routes = readRouteWebhooks(config.notify.routes, ctx.env);
  env.discord = { ...env.discord, routeWebhooks: routes.urls };
  if (options.checkDiscord) {
    const problems = [...checkDiscordEnv(env.discord), ...routes.problems];
    if (problems.length) throw new ConfigError('the environment', problems);
  }
  return { env, config };
}
