/**
 * Which Discord target a notice goes to, as a stable key stored with each outbox entry. Pure, so the
 * pipeline can route while enqueueing without building discord.js clients. Keys never hold a token.
 */
import type { Notice } from '../model/index.ts';
import type { DiscordRoute, DiscordSettings } from './types.ts';

export type TargetSpec = { kind: 'webhook'; key: string; id: string; token: string } | { kind: 'channel'; key: string; channelId: string };

const WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d{15,21})\/([\w-]{10,100})\/?$/;

/**
 * id and token from an ordinary webhook URL (https://discord.com/api/webhooks/<id>/<token>, also ptb./canary.,
 * discordapp.com and /api/v10/…). The host is not checked: DISCORD_API_URL decides where requests go.
 */
export function parseWebhookUrl(url: string): { id: string; token: string } | null {
  if (!URL.canParse(url)) return null;
  const match = WEBHOOK_PATH.exec(new URL(url).pathname);
  return match ? { id: match[1]!, token: match[2]! } : null;
}

/** The default target and every route's target, checked; throws one message naming each problem. */
export function targetSpecs(settings: DiscordSettings): { defaultSpec: TargetSpec; routeSpecs: { route: DiscordRoute; spec: TargetSpec }[] } {
  const problems: string[] = [];
  const webhook = (url: string, where: string): TargetSpec | null => {
    const parsed = parseWebhookUrl(url);
    if (!parsed) problems.push(`${where}: not a Discord webhook URL (https://discord.com/api/webhooks/<id>/<token>)`);
    return parsed ? { kind: 'webhook', key: `webhook:${parsed.id}`, ...parsed } : null;
  };
  const channel = (channelId: string, where: string): TargetSpec | null => {
    if (!settings.token) problems.push(`${where}: a channel id needs DISCORD_TOKEN (bot mode)`);
    if (!/^\d{15,21}$/.test(channelId)) problems.push(`${where}: "${channelId}" is not a Discord channel id`);
    return { kind: 'channel', key: `channel:${channelId}`, channelId };
  };
  let defaultSpec: TargetSpec | null = null;
  if (settings.token && settings.channelId) defaultSpec = channel(settings.channelId, 'DISCORD_CHANNEL_ID');
  else if (settings.webhookUrl) defaultSpec = webhook(settings.webhookUrl, 'DISCORD_WEBHOOK_URL');
  else if (settings.token) problems.push('DISCORD_TOKEN is set but DISCORD_CHANNEL_ID is not');
  else problems.push('Discord is not configured: set DISCORD_WEBHOOK_URL, or DISCORD_TOKEN and DISCORD_CHANNEL_ID');
  const routeSpecs = (settings.routes ?? []).flatMap((route, i) => {
    const where = `notify.routes[${i}]`;
    if (!route.category && !route.topic) problems.push(`${where}: needs a category or a topic`);
    const spec = route.webhookUrl ? webhook(route.webhookUrl, where) : route.channelId ? channel(route.channelId, where) : null;
    if (!route.webhookUrl && !route.channelId) problems.push(`${where}: needs a webhook URL or a channel id`);
    return spec ? [{ route, spec }] : [];
  });
  if (problems.length > 0 || !defaultSpec) throw new Error(`notify: ${problems.join('; ')}`);
  return { defaultSpec, routeSpecs };
}

/** A category or topic route first (in config order), then the default target. */
export function resolveTargetKey(settings: DiscordSettings, notice: Notice): string {
  const { defaultSpec, routeSpecs } = targetSpecs(settings);
  return pickRoute(routeSpecs, notice)?.key ?? defaultSpec.key;
}

export function pickRoute(routeSpecs: { route: DiscordRoute; spec: TargetSpec }[], notice: Notice): TargetSpec | undefined {
  const matches = ({ route }: { route: DiscordRoute }) =>
    (route.category === undefined || route.category === notice.category) && (route.topic === undefined || route.topic === notice.topic);
  return routeSpecs.find(matches)?.spec;
}
