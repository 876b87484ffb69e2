/**
 * A local stand-in for Discord that a real discord.js Client / WebhookClient talks to: REST on
 * http://127.0.0.1:PORT/api (webhook execute, channel messages, command registration, interaction
 * callbacks, gateway info) and a gateway WebSocket (hello, identify → ready, heartbeat ACK, dispatch).
 * It records every request, validates message limits and nonces as Discord does (ids, the nonce window and
 * channel history live in fake-discord-messages.ts), and plays scripted failures. Facts it imitates:
 * ../shared/design/library-notes.md §1–2.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { payloadProblems } from './fake-discord-limits.ts';
import { createMessageStore, FAKE_BOT_USER, type MessageStoreOptions } from './fake-discord-messages.ts';

export type { PostedMessage } from './fake-discord-messages.ts';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  body: any;
}

/** A queued response for the next message-creating request (webhook execute or channel message). */
export interface ScriptedResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Create the message anyway before answering (Discord processed it, then the answer was lost). */
  processed?: boolean;
  delayMs?: number;
}

export const responses = {
  rateLimited: (retryAfterSeconds: number, global = false): ScriptedResponse => ({
    status: 429,
    headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-scope': global ? 'global' : 'user', ...(global ? { 'x-ratelimit-global': 'true' } : {}) },
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global },
  }),
  serverError: (status = 500): ScriptedResponse => ({ status, body: { message: 'Internal Server Error', code: 0 } }),
  unauthorized: (): ScriptedResponse => ({ status: 401, body: { message: '401: Unauthorized', code: 0 } }),
  unknownWebhook: (): ScriptedResponse => ({ status: 404, body: { message: 'Unknown Webhook', code: 10015 } }),
  unknownChannel: (): ScriptedResponse => ({ status: 404, body: { message: 'Unknown Channel', code: 10003 } }),
  missingPermissions: (): ScriptedResponse => ({ status: 403, body: { message: 'Missing Permissions', code: 50013 } }),
};

export interface FakeDiscordOptions extends MessageStoreOptions {
  botToken?: string;
  applicationId?: string;
  heartbeatIntervalMs?: number;
}

export interface InteractionReply {
  interactionId: string;
  token: string;
  body: any;
}

export async function startFakeDiscord(opts: FakeDiscordOptions = {}) {
  const botToken = opts.botToken ?? 'fake-bot-token.abc.def';
  const applicationId = opts.applicationId ?? '1000000000000000001';
  const requests: RecordedRequest[] = [];
  const store = createMessageStore(opts);
  const messages = store.messages;
  const refusedHistory = new Map<string, ScriptedResponse>();
  const replies: InteractionReply[] = [];
  const commandRegistrations: { path: string; body: any }[] = [];
  const script: ScriptedResponse[] = [];
  const webhooks = new Map<string, { token: string; channelId: string }>();
  const sockets = new Set<WebSocket>();
  const replyWaiters = new Map<string, (reply: InteractionReply) => void>();
  let seq = 0;
  const snowflake = store.snowflake;

  const server = createServer((req, res) => {
    void readBody(req).then((raw) => route(req, res, raw));
  });
  const wss = new WebSocketServer({ server });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const base = `http://127.0.0.1:${port}`;

  async function route(req: IncomingMessage, res: ServerResponse, raw: string) {
    const url = new URL(req.url ?? '/', base);
    const body = raw && req.headers['content-type']?.includes('json') ? JSON.parse(raw) : raw || undefined;
    const path = url.pathname.replace(/^\/api\/v\d+/, '');
    requests.push({ method: req.method ?? 'GET', path, query: Object.fromEntries(url.searchParams), headers: req.headers, body });
    const m = (re: RegExp) => re.exec(path);
    const authorized = req.headers.authorization === `Bot ${botToken}`;
    let match: RegExpExecArray | null;
    if (req.method === 'GET' && path === '/gateway/bot') {
      if (!authorized) return send(res, 401, responses.unauthorized().body);
      return send(res, 200, { url: `ws://127.0.0.1:${port}`, shards: 1, session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 } });
    }
    if (req.method === 'POST' && (match = m(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const reply = { interactionId: match[1]!, token: match[2]!, body };
      replies.push(reply);
      replyWaiters.get(reply.interactionId)?.(reply);
      return url.searchParams.get('with_response') === 'true' ? send(res, 200, { interaction: { id: reply.interactionId, type: 2 } }) : send(res, 204);
    }
    if (req.method === 'PUT' && (match = m(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
      if (!authorized) return send(res, 401, responses.unauthorized().body);
      commandRegistrations.push({ path, body });
      return send(res, 200, (body as any[]).map((c) => ({ ...c, id: snowflake(), application_id: match![1], version: '1' })));
    }
    if (req.method === 'POST' && (match = m(/^\/webhooks\/(\d+)\/([^/]+)$/))) {
      const hook = webhooks.get(match[1]!);
      if (!hook) return send(res, 404, responses.unknownWebhook().body);
      if (hook.token !== match[2]) return send(res, 401, { message: 'Invalid Webhook Token', code: 50027 });
      return createMessage(res, hook.channelId, body, match[1]);
    }
    if (req.method === 'POST' && (match = m(/^\/channels\/(\d+)\/messages$/))) {
      if (!authorized) return send(res, 401, responses.unauthorized().body);
      return createMessage(res, match[1]!, body);
    }
    if (req.method === 'GET' && (match = m(/^\/channels\/(\d+)\/messages$/))) {
      if (!authorized) return send(res, 401, responses.unauthorized().body);
      const refused = refusedHistory.get(match[1]!);
      if (refused) return answer(res, refused, refused.status, refused.body);
      const found = store.history(match[1]!, url.searchParams);
      if (typeof found === 'string') return send(res, 400, { message: 'Invalid Form Body', code: 50035, errors: [found] });
      return send(res, 200, found.map((message) => store.apiMessage(message, false)));
    }
    if (req.method === 'GET' && path === '/users/@me') {
      if (!authorized) return send(res, 401, responses.unauthorized().body);
      return send(res, 200, { ...FAKE_BOT_USER, flags: 0, mfa_enabled: false, verified: true });
    }
    return send(res, 404, { message: '404: Not Found', code: 0 });
  }

  async function createMessage(res: ServerResponse, channelId: string, body: any, webhookId?: string) {
    const scripted = script.shift();
    if (scripted && !scripted.processed) return answer(res, scripted, scripted.status, scripted.body);
    const problems = payloadProblems(body);
    if (problems.length > 0) return send(res, 400, { message: 'Invalid Form Body', code: 50035, errors: problems });
    const message = store.create(channelId, body, webhookId);
    return answer(res, scripted, scripted?.status ?? 200, scripted?.body ?? store.apiMessage(message, true));
  }

  async function answer(res: ServerResponse, scripted: ScriptedResponse | undefined, status: number, body: unknown) {
    if (scripted?.delayMs) await new Promise((r) => setTimeout(r, scripted.delayMs));
    if (!res.destroyed && !res.headersSent) send(res, status, body, scripted?.headers);
  }

  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: opts.heartbeatIntervalMs ?? 41_250 } }));
    ws.on('message', (raw) => {
      const packet = JSON.parse(String(raw));
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (packet.op === 2) {
        if (packet.d?.token !== botToken) return ws.close(4004, 'Authentication failed.');
        ws.send(JSON.stringify({ op: 0, s: ++seq, t: 'READY', d: readyPayload() }));
      }
    });
  });

  function readyPayload() {
    return {
      v: 10, user: FAKE_BOT_USER,
      guilds: [], session_id: 'fake-session', resume_gateway_url: `ws://127.0.0.1:${port}`, shard: [0, 1],
      application: { id: applicationId, flags: 0 },
    };
  }

  return {
    apiUrl: `${base}/api`,
    applicationId,
    botToken,
    requests,
    messages,
    replies,
    commandRegistrations,
    /** An ordinary-looking Discord webhook URL; the fake knows its id and token. Pass `apiUrl` to reach the fake. */
    webhookUrl(id = '1600000000000000001', token = `wh-${id}-${'x'.repeat(60)}`, channelId = '1200000000000000001'): string {
      webhooks.set(id, { token, channelId });
      return `https://discord.com/api/webhooks/${id}/${token}`;
    },
    /** Queue responses for the next message-creating requests, in order. */
    script(...queued: ScriptedResponse[]): void {
      script.push(...queued);
    },
    /** Get Channel Messages on this channel answers with `response` (say, 403 Missing Access) from now on. */
    refuseHistory(channelId: string, response: ScriptedResponse): void {
      refusedHistory.set(channelId, response);
    },
    /** A message someone else (a member, another bot) posts in a channel. */
    postAs: store.postAs,
    historyReads(): RecordedRequest[] {
      return requests.filter((r) => r.method === 'GET' && /^\/channels\/\d+\/messages$/.test(r.path));
    },
    messagePosts(): RecordedRequest[] {
      return requests.filter((r) => r.method === 'POST' && /^\/(webhooks\/\d+\/[^/]+|channels\/\d+\/messages)$/.test(r.path));
    },
    /** Sends INTERACTION_CREATE to every connected client and resolves with the callback the bot makes. */
    dispatchInteraction(data: { id: string } & Record<string, unknown>, timeoutMs = 5_000): Promise<InteractionReply> {
      const reply = new Promise<InteractionReply>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no reply to interaction ${data.id} within ${timeoutMs} ms`)), timeoutMs);
        replyWaiters.set(data.id, (r) => {
          clearTimeout(timer);
          resolve(r);
        });
      });
      for (const ws of sockets) ws.send(JSON.stringify({ op: 0, s: ++seq, t: 'INTERACTION_CREATE', d: data }));
      return reply;
    },
    connectedClients: () => sockets.size,
    async close(): Promise<void> {
      for (const ws of sockets) ws.terminate();
      wss.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

let interactionCounter = 0n;

/**
 * An INTERACTION_CREATE payload for a chat-input command in a guild, as Discord sends it. `permissions`
 * is the member's permission bit set as a decimal string ("32" = Manage Server, "8" = Administrator).
 */
export function slashCommand(opts: {
  name: string;
  subcommand?: string;
  options?: Record<string, string>;
  permissions?: string;
  user?: { id: string; username: string };
  guildId?: string | null;
  applicationId?: string;
}) {
  interactionCounter += 1n;
  const user = { avatar: null, discriminator: '0', global_name: null, ...(opts.user ?? { id: '1500000000000000001', username: 'alice' }) };
  const guildId = opts.guildId === undefined ? '1100000000000000001' : opts.guildId;
  const leaf = Object.entries(opts.options ?? {}).map(([name, value]) => ({ name, type: 3, value }));
  const options = opts.subcommand ? [{ name: opts.subcommand, type: 1, options: leaf }] : leaf;
  return {
    id: String(1300000000000000000n + interactionCounter),
    application_id: opts.applicationId ?? '1000000000000000001',
    type: 2,
    token: `interaction-token-${interactionCounter}`,
    version: 1,
    data: { id: '1400000000000000001', name: opts.name, type: 1, options, ...(guildId ? { guild_id: guildId } : {}) },
    channel_id: '1200000000000000001',
    channel: { id: '1200000000000000001', type: guildId ? 0 : 1, ...(guildId ? { guild_id: guildId, name: 'news' } : {}) },
    locale: 'en-US',
    app_permissions: '0',
    entitlements: [],
    authorizing_integration_owners: guildId ? { '0': guildId } : { '1': user.id },
    context: guildId ? 0 : 1,
    ...(guildId
      ? {
          guild_id: guildId,
          guild_locale: 'en-US',
          member: { user, roles: [], permissions: opts.permissions ?? '1024', joined_at: '2024-01-10T09:00:00.000Z', deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null, premium_since: null },
        }
      : { user }),
  };
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
