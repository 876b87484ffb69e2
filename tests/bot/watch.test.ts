import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startBot, type BotHandle } from '../../src/bot/start-bot.ts';
import { startFakeDiscord, slashCommand, type FakeDiscord } from '../helpers/fake-discord.ts';
import { captureLog, manualClock } from '../notify/test-log.ts';
import { MemoryBotStore } from './memory-bot-store.ts';

const GUILD = '1100000000000000001';
const MANAGE_GUILD = '32';
const ADMINISTRATOR = '8';
const SEND_MESSAGES_ONLY = String(1 << 11);
const EPHEMERAL = 64;

let fake: FakeDiscord;
let bot: BotHandle;
let store: MemoryBotStore;

function newStore(): MemoryBotStore {
  return new MemoryBotStore(
    [
      { name: 'ru-az', label: 'Russia–Azerbaijan' },
      { name: 'caucasus-security', label: 'South Caucasus security' },
    ],
    {
      'ru-az': ['Russia', 'Moscow', 'Kremlin', 'Azerbaijan', 'Baku', 'Aliyev', 'Россия', 'Азербайджан', 'Bakı'],
      'caucasus-security': ['Karabakh', 'peacekeepers', 'Lachin'],
    },
  );
}

beforeAll(async () => {
  fake = await startFakeDiscord();
  store = newStore();
  // The bot reads `store` through this indirection so each test can start from a fresh one.
  const proxy = new Proxy({} as MemoryBotStore, { get: (_t, key) => (store as any)[key].bind(store) });
  bot = await startBot({ token: fake.botToken, apiUrl: fake.apiUrl, guildId: GUILD, store: proxy, log: captureLog(), now: manualClock().now });
});

beforeEach(() => {
  store = newStore();
});

afterAll(async () => {
  await bot.stop();
  await fake.close();
});

async function run(opts: Parameters<typeof slashCommand>[0]) {
  const reply = await fake.dispatchInteraction(slashCommand(opts));
  return reply.body as { type: number; data: { content?: string; embeds: any[]; flags: number; allowed_mentions: unknown } };
}

describe('slash commands', () => {
  it('when the bot starts with a guild id, it registers /watch, /figures and /feeds in that guild', () => {
    const [registration] = fake.commandRegistrations;
    expect(registration?.path).toBe(`/applications/${fake.applicationId}/guilds/${GUILD}/commands`);
    expect(registration?.body.map((c: { name: string }) => c.name)).toEqual(['watch', 'figures', 'feeds']);
    const add = registration?.body[0].options.find((o: { name: string }) => o.name === 'add');
    expect(add.options[0]).toMatchObject({ name: 'keyword', required: true, max_length: 100 });
    expect(add.options[1].choices).toEqual([
      { name: 'Russia–Azerbaijan (ru-az)', value: 'ru-az' },
      { name: 'South Caucasus security (caucasus-security)', value: 'caucasus-security' },
    ]);
  });

  it('when a member without Manage Server runs /watch add, it is refused and nothing is stored', async () => {
    const reply = await run({ name: 'watch', subcommand: 'add', options: { keyword: 'Nakhchivan' }, permissions: SEND_MESSAGES_ONLY });
    expect(reply.type).toBe(4);
    expect(reply.data.content).toBe('Changing watched keywords needs the **Manage Server** permission.');
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(store.added).toEqual([]);
  });

  it('when an administrator runs /watch add, the keyword is stored for the next cycle with who added it', async () => {
    const reply = await run({
      name: 'watch',
      subcommand: 'add',
      options: { keyword: '  Nakhchivan   corridor ', topic: 'ru-az' },
      permissions: ADMINISTRATOR,
      user: { id: '1500000000000000042', username: 'leyla' },
    });
    expect(reply.data.content).toBe('Now watching “Nakhchivan corridor” in **Russia–Azerbaijan**. It applies from the next cycle.');
    expect(store.added).toEqual([expect.objectContaining({ topic: 'ru-az', keyword: 'Nakhchivan corridor', addedBy: 'leyla', byId: '1500000000000000042' })]);
  });

  it('when a member with Manage Server adds a keyword without a topic, it goes to the first topic', async () => {
    await run({ name: 'watch', subcommand: 'add', options: { keyword: 'Zangezur' }, permissions: MANAGE_GUILD });
    expect(store.added.map((k) => [k.topic, k.keyword])).toEqual([['ru-az', 'Zangezur']]);
  });

  it.each([
    [{ keyword: '   ' }, 'The keyword is empty. Give a word or phrase, e.g. `/watch add keyword: Nakhchivan`.'],
    [{ keyword: 'x' }, 'The keyword is too short: at least 2 characters, so it does not match everything.'],
    [{ keyword: 'trade '.repeat(25) }, 'The keyword is too long: 149 characters, at most 100.'],
    [{ keyword: 'baku' }, '“baku” is already watched in **Russia–Azerbaijan** (from the config file).'],
    [{ keyword: 'Gas', topic: 'energy' }, 'Unknown topic “energy”. Topics: `ru-az` (Russia–Azerbaijan), `caucasus-security` (South Caucasus security).'],
  ])('when /watch add gets %o, it explains what is wrong and stores nothing', async (options, message) => {
    const reply = await run({ name: 'watch', subcommand: 'add', options, permissions: ADMINISTRATOR });
    expect(reply.data.content).toBe(message);
    expect(store.added).toEqual([]);
  });

  it('when a keyword was already added in Discord, adding it again says who added it', async () => {
    store.addKeyword('ru-az', 'Shusha', { id: '1', name: 'leyla' }, new Date('2026-03-01T00:00:00Z'));
    const reply = await run({ name: 'watch', subcommand: 'add', options: { keyword: 'SHUSHA' }, permissions: ADMINISTRATOR });
    expect(reply.data.content).toBe('“SHUSHA” is already watched in **Russia–Azerbaijan** (added in Discord by leyla).');
  });

  it('when someone tries to ping through a keyword, the reply mentions nobody', async () => {
    const reply = await run({ name: 'watch', subcommand: 'add', options: { keyword: '@everyone <@&1100000000000000001>' }, permissions: ADMINISTRATOR });
    expect(reply.data.allowed_mentions).toEqual({ parse: [] });
    expect(reply.data.content).toBe('Now watching “@\u200beveryone <\u200b@&1100000000000000001>” in **Russia–Azerbaijan**. It applies from the next cycle.');
  });

  it('when /watch list runs, it shows config-file keywords apart from those added in Discord, to anyone', async () => {
    store.addKeyword('ru-az', 'Nakhchivan', { id: '1', name: 'leyla' }, new Date('2026-03-01T00:00:00Z'));
    const reply = await run({ name: 'watch', subcommand: 'list', permissions: SEND_MESSAGES_ONLY });
    expect(reply.data.flags).toBe(EPHEMERAL);
    expect(reply.data.embeds[0].fields).toEqual([
      {
        name: 'Russia–Azerbaijan (ru-az)',
        value: '**Config file:** Russia, Moscow, Kremlin, Azerbaijan, Baku, Aliyev, Россия, Азербайджан, Bakı\n**Added in Discord:** Nakhchivan (by leyla)',
      },
      { name: 'South Caucasus security (caucasus-security)', value: '**Config file:** Karabakh, peacekeepers, Lachin\n**Added in Discord:** none' },
    ]);
  });

  it('when hundreds of keywords are watched, /watch list still fits Discord\'s limits', async () => {
    for (let i = 0; i < 400; i += 1) store.addKeyword(i % 2 ? 'ru-az' : 'caucasus-security', `keyword number ${i}`, { id: '1', name: 'leyla' }, new Date());
    const reply = await run({ name: 'watch', subcommand: 'list' });
    const embed = reply.data.embeds[0];
    const size = embed.title.length + embed.description.length + embed.fields.reduce((n: number, f: any) => n + f.name.length + f.value.length, 0);
    expect(size).toBeLessThanOrEqual(6000);
    expect(embed.fields.every((f: any) => f.value.length <= 1024 && f.value.endsWith('…'))).toBe(true);
  });

  it('when /watch remove targets a config-file keyword, it is refused; a Discord-added one is removed', async () => {
    store.addKeyword('caucasus-security', 'Lachin corridor', { id: '1', name: 'leyla' }, new Date('2026-03-01T00:00:00Z'));
    const refused = await run({ name: 'watch', subcommand: 'remove', options: { keyword: 'Karabakh', topic: 'caucasus-security' }, permissions: MANAGE_GUILD });
    expect(refused.data.content).toBe('“Karabakh” comes from the config file; remove it there. Only keywords added in Discord can be removed here.');
    const removed = await run({ name: 'watch', subcommand: 'remove', options: { keyword: 'lachin corridor', topic: 'caucasus-security' }, permissions: MANAGE_GUILD });
    expect(removed.data.content).toBe('Stopped watching “lachin corridor” in **South Caucasus security**. It applies from the next cycle.');
    expect(store.added).toEqual([]);
  });

  it('when a member without Manage Server runs /watch remove, it is refused', async () => {
    store.addKeyword('ru-az', 'Shusha', { id: '1', name: 'leyla' }, new Date('2026-03-01T00:00:00Z'));
    const reply = await run({ name: 'watch', subcommand: 'remove', options: { keyword: 'Shusha' }, permissions: '0' });
    expect(reply.data.content).toBe('Changing watched keywords needs the **Manage Server** permission.');
    expect(store.added).toHaveLength(1);
  });
});
