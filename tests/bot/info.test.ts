import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotHandle } from '../../src/bot/start-bot.ts';
import { startFakeDiscord, slashCommand, type FakeDiscord } from '../helpers/fake-discord.ts';
import { noticeOf } from '../notify/notice-fixtures.ts';
import { captureLog, manualClock } from '../notify/test-log.ts';
import { MemoryBotStore } from './memory-bot-store.ts';

let fake: FakeDiscord;
let bot: BotHandle;
const store = new MemoryBotStore([{ name: 'ru-az', label: 'Russia–Azerbaijan' }], { 'ru-az': ['Russia', 'Azerbaijan'] });

beforeAll(async () => {
  fake = await startFakeDiscord();
  const contradiction = noticeOf('contradiction');
  const { kind: _k, against, previous: _p, keywords: _kw, topic: _t, ...claim } = contradiction;
  store.claims = [
    { claim, agreeing: [], conflicting: [against!] },
    { claim: { ...noticeOf('new_figure', 'troops') }, agreeing: [{ url: 'https://tass.com/politics/1776000', outlet: 'TASS', published: '2024-04-17' }], conflicting: [] },
  ];
  store.feeds = [
    { url: 'https://news.az/rss', outlet: 'News.az', lastSuccessAt: '2026-03-02T07:45:00Z', consecutiveFailures: 0, lastFailureKind: null, lastError: null, nextAttemptAt: '2026-03-02T08:00:00Z' },
    { url: 'https://tass.com/rss/v2.xml', outlet: 'TASS', lastSuccessAt: '2026-02-28T12:00:00Z', consecutiveFailures: 7, lastFailureKind: 'timeout', lastError: 'fetch: timeout after 20 s', nextAttemptAt: '2026-03-02T09:30:00Z' },
  ];
  store.blocked = [{ target: 'webhook:1600000000000000777', error: 'discord: HTTP 404 code 10015: Unknown Webhook', code: 10015, since: new Date('2026-03-01T22:00:00Z'), checkedAt: new Date('2026-03-02T07:50:00Z') }];
  bot = await startBot({ token: fake.botToken, apiUrl: fake.apiUrl, store, log: captureLog(), now: manualClock().now });
});

afterAll(async () => {
  await bot.stop();
  await fake.close();
});

async function run(opts: Parameters<typeof slashCommand>[0]) {
  return (await fake.dispatchInteraction(slashCommand(opts))).body as { data: { content?: string; embeds: any[]; flags: number } };
}

describe('/figures and /feeds', () => {
  it('when no guild id is set, commands are registered globally', () => {
    expect(fake.commandRegistrations.map((r) => r.path)).toEqual([`/applications/${fake.applicationId}/commands`]);
  });

  it('when /figures asks for trade turnover, it lists the latest claim with its source and the conflicting one', async () => {
    const reply = await run({ name: 'figures', options: { metric: 'trade_turnover' } });
    const embed = reply.data.embeds[0];
    expect(embed.title).toBe('Latest figures · trade turnover');
    expect(embed.description).toBe(
      '**Russia–Azerbaijan trade turnover · 2023 (from a relative date)**: about $3.5 billion · [Report.az](https://report.az/en/business/azerbaijan-russia-trade-customs-2023/), 3 Feb 2024 · ✗ more than $4.0 billion ([Anadolu Agency](https://www.aa.com.tr/en/world/russian-azerbaijani-trade-volume-has-exceeded-more-than-4b-putin-says/3199364))',
    );
    expect(reply.data.flags).toBe(64);
  });

  it('when /figures has no filter, agreement is counted too', async () => {
    const reply = await run({ name: 'figures' });
    expect(reply.data.embeds[0].description.split('\n')[1]).toBe(
      '**Russia–Azerbaijan troops · Apr 2024**: about 2,000 persons · [RIA Novosti](https://ria.ru/20240417/mirotvortsy-1940669000.html), 17 Apr 2024 · ✓ 1 agree',
    );
  });

  it.each([
    [{ period: 'last year' }, 'Period “last year” is not one I know: use 2023, 2024-H1, 2024-Q3, 2024-05 or 2016..2022.'],
    [{ metric: 'gdp' }, expect.stringMatching(/^Unknown metric “gdp”\. Metrics: trade_turnover, exports/)],
    [{ metric: 'exports', period: '2019' }, 'No figures recorded yet for exports, 2019.'],
  ])('when /figures gets %o, it answers with a clear message', async (options, message) => {
    const reply = await run({ name: 'figures', options });
    expect(reply.data.content).toEqual(message);
  });

  it('when /feeds runs, failing feeds show failures, kind and next attempt, and a stopped delivery target is listed first', async () => {
    const reply = await run({ name: 'feeds' });
    const embed = reply.data.embeds[0];
    expect(embed.title).toBe('Feeds: 1 healthy, 1 failing · 1 delivery target(s) stopped');
    expect(embed.description.split('\n')).toEqual([
      '⛔ **Delivery to webhook:1600000000000000777 stopped** since 1 Mar 2026: discord: HTTP 404 code 10015: Unknown Webhook',
      '✅ [News.az](https://news.az/rss): last success 2 Mar 2026 07:45 UTC',
      '⚠️ [TASS](https://tass.com/rss/v2.xml): 7 consecutive failures (timeout); last success 28 Feb 2026 12:00 UTC; next attempt 2 Mar 2026 09:30 UTC',
    ]);
  });

  it('when someone runs /watch add in a DM (no server), it is refused', async () => {
    const reply = await run({ name: 'watch', subcommand: 'add', options: { keyword: 'Ganja' }, guildId: null });
    expect(reply.data.content).toBe('Changing watched keywords needs the **Manage Server** permission.');
    expect(store.added).toEqual([]);
  });
});

describe('startBot', () => {
  it('when the token is wrong, fails with an error that names the bot', async () => {
    await expect(startBot({ token: 'wrong-token', apiUrl: fake.apiUrl, store, log: captureLog(), now: manualClock().now })).rejects.toThrow(/^bot: could not start: /);
  });
});
