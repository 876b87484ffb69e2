/**
 * Settings that come only from the environment: secrets and deployment paths.
 * Nothing outside src/config reads process.env.
 */
export interface EnvSettings {
  configPath: string;
  dbPath: string;
  logLevel: string;
  discord: DiscordEnv;
}

export interface DiscordEnv {
  /** Webhook URLs of notify.routes[].webhookEnv, by variable name (see readRouteWebhooks). */
  routeWebhooks?: Record<string, string>;
  webhookUrl?: string;
  token?: string;
  channelId?: string;
  guildId?: string;
  apiUrl?: string;
}

export const DEFAULT_CONFIG_PATH = 'config/default.yaml';
export const DEFAULT_DB_PATH = './data/figurewatch.db';

type Env = Record<string, string | undefined>;

export function readEnv(env: Env): EnvSettings {
  return {
    configPath: nonEmpty(env.FIGUREWATCH_CONFIG) ?? DEFAULT_CONFIG_PATH,
    dbPath: nonEmpty(env.FIGUREWATCH_DB) ?? DEFAULT_DB_PATH,
    logLevel: nonEmpty(env.LOG_LEVEL) ?? 'info',
    discord: compact({
      webhookUrl: nonEmpty(env.DISCORD_WEBHOOK_URL),
      token: nonEmpty(env.DISCORD_TOKEN),
      channelId: nonEmpty(env.DISCORD_CHANNEL_ID),
      guildId: nonEmpty(env.DISCORD_GUILD_ID),
      apiUrl: nonEmpty(env.DISCORD_API_URL),
    }),
  };
}

/** The webhook URLs that config routes name by env var; a missing or malformed one is a problem. */
export function readRouteWebhooks(routes: readonly { webhookEnv?: string }[], env: Env): { urls: Record<string, string>; problems: string[] } {
  const urls: Record<string, string> = {};
  const problems: string[] = [];
  for (const name of new Set(routes.flatMap((route) => (route.webhookEnv ? [route.webhookEnv] : [])))) {
    const value = nonEmpty(env[name]);
    if (!value) problems.push(`${name}: not set, but notify.routes names it as a webhook`);
    else if (!parseWebhookId(value)) problems.push(`${name}: must look like https://discord.com/api/webhooks/<id>/<token>`);
    else urls[name] = value;
  }
  return { urls, problems };
}

/** Every problem with the Discord environment, as "VAR: what is wrong". */
export function checkDiscordEnv(discord: DiscordEnv): string[] {
  const problems: string[] = [];
  if (discord.webhookUrl && !parseWebhookId(discord.webhookUrl)) {
    problems.push('DISCORD_WEBHOOK_URL: must look like https://discord.com/api/webhooks/<id>/<token>');
  }
  if (discord.token && !discord.channelId) {
    problems.push('DISCORD_CHANNEL_ID: required when DISCORD_TOKEN is set (the channel to post notices in)');
  }
  if (discord.channelId && !/^\d{17,20}$/.test(discord.channelId)) {
    problems.push('DISCORD_CHANNEL_ID: must be a numeric Discord id (17–20 digits)');
  }
  if (discord.channelId && !discord.token && !discord.webhookUrl) {
    problems.push('DISCORD_TOKEN: required when DISCORD_CHANNEL_ID is set');
  }
  if (discord.guildId && !/^\d{17,20}$/.test(discord.guildId)) {
    problems.push('DISCORD_GUILD_ID: must be a numeric Discord id (17–20 digits)');
  }
  if (discord.apiUrl && !/^https?:\/\//.test(discord.apiUrl)) {
    problems.push('DISCORD_API_URL: must be an http(s) URL such as https://discord.com/api');
  }
  return problems;
}

/** The id and token of an ordinary webhook URL, whatever its host (tests point it at a stand-in). */
export function parseWebhookId(url: string): { id: string; token: string } | null {
  if (!URL.canParse(url)) return null;
  const match = /\/webhooks\/(\d{15,21})\/([\w-]{20,})\/?$/.exec(new URL(url).pathname);
  return match?.[1] && match[2] ? { id: match[1], token: match[2] } : null;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
