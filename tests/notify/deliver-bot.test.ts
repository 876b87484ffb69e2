import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/notify/deliver.ts';
import { entryNonce } from '../../src/notify/plan.ts';
import { createDiscordTargets } from '../../src/notify/targets.ts';
import type { DiscordSettings, DiscordTargets } from '../../src/notify/types.ts';
import { responses, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';
import { MemoryOutbox } from '../helpers/memory-outbox.ts';
import { noticeOf } from './notice-fixtures.ts';
import { captureLog, manualClock } from './test-log.ts';

const CHANNEL = '1200000000000000001';
const SECURITY_CHANNEL = '1200000000000000002';

let fake: FakeDiscord;
let settings: DiscordSettings;
const created: DiscordTargets[] = [];

beforeEach(async () => {
  fake = await startFakeDiscord();
  settings = { apiUrl: fake.apiUrl, token: fake.botToken, channelId: CHANNEL, routes: [{ category: 'security', channelId: SECURITY_CHANNEL }] };
});

afterEach(async () => {
  for (const targets of created.splice(0)) await targets.destroy();
  await fake.close();
});

function newProcess(): DiscordTargets {
  const targets = createDiscordTargets(settings);
  created.push(targets);
  return targets;
}

describe('bot-mode delivery', () => {
  it('when a notice is delivered, it is posted to the channel with the bot token, a nonce, enforce_nonce and no mentions', async () => {
    const targets = newProcess();
    const outbox = new MemoryOutbox();
    const entry = outbox.enqueue(targets.resolveTarget(noticeOf('contradiction')), [noticeOf('contradiction')]);
    const clock = manualClock();

    await deliverPending(outbox, targets, { now: clock.now, digestThreshold: 25, log: captureLog() });

    const [post] = fake.messagePosts();
    expect(post?.path).toBe(`/channels/${CHANNEL}/messages`);
    expect(post?.headers.authorization).toBe(`Bot ${fake.botToken}`);
    expect(post?.body).toMatchObject({ allowed_mentions: { parse: [] }, enforce_nonce: true, nonce: entryNonce(entry) });
    expect(post?.body.nonce.length).toBeLessThanOrEqual(25);
    expect(outbox.sent()).toHaveLength(1);
  });

  it('when a process is killed between posting and marking sent, the next process does not post twice', async () => {
    const outbox = new MemoryOutbox();
    const notice = noticeOf('new_figure', 'trade_turnover');
    const clock = manualClock();
    const log = captureLog();
    const first = newProcess();
    outbox.enqueue(first.resolveTarget(notice), [notice]);
    const dying = Object.assign(Object.create(outbox) as MemoryOutbox, {
      markSent: () => {
        throw new Error('killed');
      },
    });
    await expect(deliverPending(dying, first, { now: clock.now, digestThreshold: 25, log })).rejects.toThrow('killed');
    expect(fake.messages).toHaveLength(1);

    const persisted = MemoryOutbox.restore(outbox.snapshot());
    clock.advance(5_000);
    const report = await deliverPending(persisted, newProcess(), { now: clock.now, digestThreshold: 25, log });

    // The next process finds its message in the channel (the nonce in the footer) and posts nothing.
    expect(report.sent).toBe(1);
    expect(fake.historyReads()).toHaveLength(1);
    expect(fake.messagePosts()).toHaveLength(1);
    expect(fake.messages).toHaveLength(1);
    expect(persisted.sent()[0]?.messageId).toBe(fake.messages[0]?.id);
    expect(fake.messages[0]?.body.content).toBeUndefined();
  });

  it('when Discord fails three times with 500, the notice is posted once across two runs (one same-nonce resend per run)', async () => {
    const targets = newProcess();
    const outbox = new MemoryOutbox();
    const clock = manualClock();
    const entry = outbox.enqueue(targets.defaultKey, [noticeOf('revision')]);
    fake.script(responses.serverError(), responses.serverError(), responses.serverError());
    const run = () => deliverPending(outbox, targets, { now: clock.now, digestThreshold: 25, log: captureLog() });

    expect(await run()).toMatchObject({ sent: 0, retried: 1 });
    expect(fake.messagePosts()).toHaveLength(2);
    clock.advance(30_000);
    expect(await run()).toMatchObject({ sent: 1 });

    expect(fake.messagePosts()).toHaveLength(4);
    expect(new Set(fake.messagePosts().map((p) => p.body.nonce))).toEqual(new Set([entryNonce(entry)]));
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]?.body.content).toBeUndefined();
  });

  it('when Discord processes a post but the answer times out, discord.js resends with the same nonce and gets the same message back', async () => {
    settings = { ...settings, timeoutMs: 300 };
    const targets = newProcess();
    const outbox = new MemoryOutbox();
    outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')]);
    fake.script({ status: 200, processed: true, delayMs: 1_000 });

    const report = await deliverPending(outbox, targets, { now: manualClock().now, digestThreshold: 25, log: captureLog() });

    expect(report.sent).toBe(1);
    expect(fake.messagePosts()).toHaveLength(2);
    expect(fake.messages).toHaveLength(1);
    expect(outbox.sent()[0]?.messageId).toBe(fake.messages[0]?.id);
  });

  it('when a route names the security category, security notices go to their channel and trade ones to the default', async () => {
    const targets = newProcess();
    const outbox = new MemoryOutbox();
    for (const notice of [noticeOf('new_figure', 'troops'), noticeOf('revision')]) outbox.enqueue(targets.resolveTarget(notice), [notice]);

    await deliverPending(outbox, targets, { now: manualClock().now, digestThreshold: 25, log: captureLog() });

    expect(fake.messages.map((m) => [m.channelId, m.body.embeds[0].title])).toEqual([
      [SECURITY_CHANNEL, 'New figure · Russia–Azerbaijan troops · Apr 2024'],
      [CHANNEL, 'Revision · Russia → Azerbaijan exports · 2022'],
    ]);
  });

  it('when the bot lacks permission in one channel (403), only that target stops; the other keeps delivering', async () => {
    const targets = newProcess();
    const outbox = new MemoryOutbox();
    for (const notice of [noticeOf('new_figure', 'troops'), noticeOf('revision')]) outbox.enqueue(targets.resolveTarget(notice), [notice]);
    fake.script(responses.missingPermissions());
    const log = captureLog();

    const report = await deliverPending(outbox, targets, { now: manualClock().now, digestThreshold: 25, log });

    expect(report.blocked).toEqual([expect.objectContaining({ target: `channel:${SECURITY_CHANNEL}`, code: 50013 })]);
    expect(report.sent).toBe(1);
    expect(outbox.entries.map((e) => e.state)).toEqual(['pending', 'sent']);
    expect(log.errors()[0]?.msg).toContain(`channel ${SECURITY_CHANNEL} is STOPPED`);
  });

  it('when Discord rejects one payload as invalid (400), that entry is set aside and the queue moves on', async () => {
    const targets = newProcess();
    const outbox = new MemoryOutbox();
    outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')]);
    outbox.enqueue(targets.defaultKey, [noticeOf('revision')]);
    fake.script({ status: 400, body: { message: 'Invalid Form Body', code: 50035 } });

    const report = await deliverPending(outbox, targets, { now: manualClock().now, digestThreshold: 25, log: captureLog() });

    expect(report).toMatchObject({ sent: 1, failed: 1, blocked: [] });
    expect(outbox.entries.map((e) => e.state)).toEqual(['failed', 'sent']);
  });

  it('when the token is wrong, the bot target is blocked with 401 and the entries stay pending', async () => {
    settings = { ...settings, token: 'not-the-token' };
    const targets = newProcess();
    const outbox = new MemoryOutbox();
    outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')]);

    const report = await deliverPending(outbox, targets, { now: manualClock().now, digestThreshold: 25, log: captureLog() });

    expect(report.blocked).toEqual([expect.objectContaining({ target: `channel:${CHANNEL}`, code: 401 })]);
    expect(outbox.entries[0]?.state).toBe('pending');
  });
});

describe('createDiscordTargets', () => {
  it('when the settings are unusable, names every problem at once', () => {
    expect(() =>
      createDiscordTargets({ webhookUrl: 'https://example.com/hooks/1', routes: [{ category: 'trade', channelId: 'general' }] }),
    ).toThrow(
      'notify: DISCORD_WEBHOOK_URL: not a Discord webhook URL (https://discord.com/api/webhooks/<id>/<token>); notify.routes[0]: a channel id needs DISCORD_TOKEN (bot mode); notify.routes[0]: "general" is not a Discord channel id',
    );
  });
});
