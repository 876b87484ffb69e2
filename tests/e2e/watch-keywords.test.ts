import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { createLedgerBotStore } from '../../src/bot/ledger-bot-store.ts';
import { startBot, type BotHandle } from '../../src/bot/start-bot.ts';
import { loadConfigFile, readEnv } from '../../src/config/index.ts';
import { silentLogger } from '../../src/log/create-logger.ts';
import { startFakeDiscord, slashCommand, type FakeDiscord } from '../helpers/fake-discord.ts';
import { rss, startFixtureServer } from '../helpers/fixture-server.ts';
import { writeLocalConfig } from './local-config.ts';

const page = (name: string) => ({ type: 'text/html; charset=utf-8', body: readFileSync(new URL(`../fixtures/e2e/${name}`, import.meta.url)) });
const MANAGE_GUILD = String(1 << 5);

describe('/watch from Discord changes what the next cycle matches', () => {
  let dir: string;
  let discord: FakeDiscord;
  let site: Awaited<ReturnType<typeof startFixtureServer>>;
  let app: App;
  let bot: BotHandle;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figurewatch-watch-'));
    discord = await startFakeDiscord();
    site = await startFixtureServer({ '/customs.html': page('nakhchivan-customs.html'), '/fair.html': page('nakhchivan-trade-fair.html') });
    const first = [{ guid: 'araz-1', title: 'Nakhchivan customs post at Sadarak handles record freight', path: '/customs.html', hoursAgo: 2 }];
    site.set('/feed.xml', { type: 'application/rss+xml', body: rss(site.baseUrl, first) });
    const configPath = writeLocalConfig(dir, [{ url: `${site.baseUrl}/feed.xml`, outlet: 'Araz Daily' }]);
    const env = { ...readEnv({ DISCORD_TOKEN: discord.botToken, DISCORD_CHANNEL_ID: '1200000000000000001', DISCORD_API_URL: discord.apiUrl }), dbPath: join(dir, 'w.db') };
    const ctx = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), env: {}, now: () => new Date() };
    app = createApp({ settings: { env, config: loadConfigFile(configPath) }, ctx, output: 'text', log: silentLogger() });
    bot = await startBot({ token: discord.botToken, apiUrl: discord.apiUrl, store: createLedgerBotStore(app.settings.config, app.ledger), log: silentLogger(), now: () => new Date() });
  });

  afterAll(async () => {
    await bot.stop();
    await app.close();
    await site.close();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a member without Manage Server, then an admin adds "Nakhchivan" and the next new item matches', async () => {
    const before = await app.cycle();
    expect(before.report.items.new).toBe(1);
    expect(before.report.items.matched).toBe(0);

    const refused = await discord.dispatchInteraction(slashCommand({ name: 'watch', subcommand: 'add', options: { keyword: 'Nakhchivan', topic: 'ru-az' } }));
    expect(JSON.stringify(refused.body)).toMatch(/Manage Server/);
    expect(app.ledger.keywords.list()).toEqual([]);

    const added = await discord.dispatchInteraction(
      slashCommand({ name: 'watch', subcommand: 'add', options: { keyword: 'Nakhchivan', topic: 'ru-az' }, permissions: MANAGE_GUILD }),
    );
    expect(added.body.data.flags).toBe(64);
    expect(app.ledger.keywords.list().map((k) => [k.topic, k.keyword])).toEqual([['ru-az', 'Nakhchivan']]);

    const second = [
      { guid: 'araz-2', title: 'Nakhchivan trade fair draws exporters from the Caucasus', path: '/fair.html', hoursAgo: 1 },
      { guid: 'araz-1', title: 'Nakhchivan customs post at Sadarak handles record freight', path: '/customs.html', hoursAgo: 2 },
    ];
    site.set('/feed.xml', { type: 'application/rss+xml', body: rss(site.baseUrl, second) });
    const after = await app.cycle();
    expect(after.report.items.new).toBe(1);
    expect(after.report.items.matched).toBe(1);
    expect(site.hits).toContain('/fair.html');
  });
});
