import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliverPending } from '../../src/notify/deliver.ts';
import { planOutboxEntries } from '../../src/notify/plan.ts';
import { createDiscordTargets } from '../../src/notify/targets.ts';
import type { DiscordTargets } from '../../src/notify/types.ts';
import { responses, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';
import { MemoryOutbox } from '../helpers/memory-outbox.ts';
import { loadNotices, noticeOf } from './notice-fixtures.ts';
import { captureLog, manualClock } from './test-log.ts';

let fake: FakeDiscord;
let targets: DiscordTargets;
let webhookUrl: string;

beforeEach(async () => {
  fake = await startFakeDiscord();
  webhookUrl = fake.webhookUrl('1600000000000000001');
  targets = createDiscordTargets({ apiUrl: fake.apiUrl, webhookUrl, username: 'figurewatch' });
});

afterEach(async () => {
  await targets.destroy();
  await fake.close();
});

function setup(digestThreshold = 25) {
  const outbox = new MemoryOutbox();
  const clock = manualClock();
  const log = captureLog();
  const run = () => deliverPending(outbox, targets, { now: clock.now, digestThreshold, log });
  return { outbox, clock, log, run };
}

describe('webhook delivery', () => {
  it('when two findings come from one article, posts one message with both embeds, no mentions, and marks it sent', async () => {
    const { outbox, run } = setup();
    const sameArticle = loadNotices().filter((n) => n.source.url.includes('aa.com.tr') && n.kind === 'new_figure');
    for (const entry of planOutboxEntries(sameArticle, targets.resolveTarget)) outbox.enqueue(entry.target, entry.notices);
    expect(outbox.entries).toHaveLength(1);

    const report = await run();

    expect(report).toMatchObject({ sent: 1, retried: 0, blocked: [] });
    const [post] = fake.messagePosts();
    expect(post?.path).toBe(`/webhooks/1600000000000000001/${webhookUrl.split('/').pop()}`);
    expect(post?.query).toEqual({ wait: 'true' });
    expect(post?.headers.authorization).toBeUndefined();
    expect(post?.body).toMatchObject({ username: 'figurewatch', allowed_mentions: { parse: [] } });
    expect(post?.body.embeds.map((e: { title: string }) => e.title)).toEqual([
      'New figure · Russia–Azerbaijan trade turnover · 2023',
      'New figure · Russia → Azerbaijan investment · 22 Apr 2024',
    ]);
    expect(outbox.sent()).toEqual([expect.objectContaining({ messageId: fake.messages[0]?.id })]);
  });

  it('when an article title says "@everyone", the posted message pings nobody and shows the mention defused', async () => {
    const { outbox, run } = setup();
    const notice = noticeOf('new_figure', 'trade_turnover');
    notice.source.title = '@everyone Putin: trade with Azerbaijan above $4 billion @here';
    outbox.enqueue(targets.defaultKey, [notice]);

    await run();

    const body = fake.messages[0]?.body;
    expect(body.allowed_mentions).toEqual({ parse: [] });
    expect(JSON.stringify(body)).not.toMatch(/@(everyone|here)/);
    expect(body.embeds[0].author.name).toBe('@\u200beveryone Putin: trade with Azerbaijan above $4 billion @\u200bhere');
  });

  it('when Discord answers 429 with a short Retry-After, discord.js waits and the same run delivers', async () => {
    const { outbox, run } = setup();
    outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')]);
    fake.script(responses.rateLimited(0.2));

    const report = await run();

    expect(report).toMatchObject({ sent: 1, retried: 0 });
    expect(fake.messagePosts()).toHaveLength(2);
    expect(fake.messages).toHaveLength(1);
  });

  it('when Discord rate-limits for longer than we wait inline, the entry is rescheduled for when Discord says', async () => {
    const { outbox, clock, run } = setup();
    const entry = outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')]);
    fake.script(responses.rateLimited(120));

    const report = await run();

    expect(report).toMatchObject({ sent: 0, retried: 1 });
    expect(fake.messagePosts()).toHaveLength(1);
    const waited = (outbox.entries[0]?.nextAttemptAt?.getTime() ?? 0) - clock.now().getTime();
    expect(waited).toBeGreaterThanOrEqual(120_000);
    expect(waited).toBeLessThan(121_000);
    expect(entry.state).toBe('pending');
  });

  it('when Discord answers 429 without Retry-After, discord.js is stopped from resending in a loop and the outbox backs off', async () => {
    const { outbox, clock, run } = setup();
    const entry = outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')]);
    fake.script(...Array.from({ length: 5 }, () => ({ status: 429, body: { message: 'You are being rate limited.' } })));

    expect(await run()).toMatchObject({ sent: 0, retried: 1 });

    expect(fake.messagePosts()).toHaveLength(1);
    expect((entry.nextAttemptAt?.getTime() ?? 0) - clock.now().getTime()).toBe(30_000);
  });

  it('when Discord fails three times with 500, only the outbox resends, with doubling backoff, and the notice is posted once', async () => {
    const { outbox, clock, run } = setup();
    const entry = outbox.enqueue(targets.defaultKey, [noticeOf('revision')]);
    fake.script(responses.serverError(), responses.serverError(502), responses.serverError(503));
    const waits: number[] = [];

    for (let i = 0; i < 3; i += 1) {
      expect(await run()).toMatchObject({ sent: 0, retried: 1 });
      waits.push((entry.nextAttemptAt?.getTime() ?? 0) - clock.now().getTime());
      expect(await run()).toMatchObject({ sent: 0, retried: 0 }); // not due yet: nothing is sent
      clock.advance(waits[i]!);
    }
    const last = await run();

    expect(waits).toEqual([30_000, 60_000, 120_000]);
    expect(last).toMatchObject({ sent: 1 });
    expect(fake.messagePosts()).toHaveLength(4); // webhooks: retries 0, discord.js never resends by itself
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]?.body.content).toMatch(/^Re-sent after an interrupted delivery/);
  });

  it('when Discord processes a post but the answer times out, the next run posts it again with the re-sent note', async () => {
    await targets.destroy();
    targets = createDiscordTargets({ apiUrl: fake.apiUrl, webhookUrl, timeoutMs: 300 });
    const { outbox, clock, run } = setup();
    const entry = outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')]);
    fake.script({ status: 200, processed: true, delayMs: 1_000 });

    expect(await run()).toMatchObject({ sent: 0, retried: 1 });
    expect(entry.lastError).toMatch(/^discord: timeout/);
    clock.advance(30_000);
    expect(await run()).toMatchObject({ sent: 1 });

    expect(fake.messagePosts()).toHaveLength(2);
    expect(fake.messages.map((m) => m.body.content)).toEqual([undefined, 'Re-sent after an interrupted delivery: this may repeat an earlier post.']);
  });

  it('when the head entry fails, later entries for the same target wait so order is kept', async () => {
    const { outbox, clock, run } = setup();
    const [first, second] = loadNotices().filter((n) => n.kind !== 'new_figure');
    outbox.enqueue(targets.defaultKey, [first!]);
    outbox.enqueue(targets.defaultKey, [second!]);
    fake.script(responses.serverError(502));

    expect(await run()).toMatchObject({ sent: 0, retried: 1 });
    expect(fake.messagePosts()).toHaveLength(1);
    clock.advance(30_000);
    expect(await run()).toMatchObject({ sent: 2 });

    expect(fake.messages.map((m) => m.body.embeds[0].title)).toEqual([
      'Contradiction · Russia–Azerbaijan trade turnover · 2023',
      'Revision · Russia → Azerbaijan exports · 2022',
    ]);
  });

  it('when the webhook was deleted (404 Unknown Webhook), delivery stops loudly, entries stay pending, and resume once it works', async () => {
    await targets.destroy();
    targets = createDiscordTargets({ apiUrl: fake.apiUrl, webhookUrl: 'https://discord.com/api/webhooks/1600000000000000777/deleted-token-abcdef' });
    const { outbox, clock, log, run } = setup();
    outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')]);
    outbox.enqueue(targets.defaultKey, [noticeOf('revision')]);

    const report = await run();
    expect(report.blocked).toEqual([expect.objectContaining({ target: 'webhook:1600000000000000777', code: 10015 })]);
    expect(outbox.entries.map((e) => e.state)).toEqual(['pending', 'pending']);
    expect(log.errors()[0]?.msg).toMatch(/delivery to webhook 1600000000000000777 is STOPPED .*Unknown Webhook.*2 messages wait/);

    clock.advance(60_000);
    const stillBlocked = await run();
    expect(stillBlocked.blocked).toHaveLength(1);
    expect(fake.messagePosts()).toHaveLength(1);

    fake.webhookUrl('1600000000000000777', 'deleted-token-abcdef');
    clock.advance(15 * 60_000);
    const healed = await run();
    expect(healed).toMatchObject({ sent: 2, blocked: [] });
    expect(outbox.blockedTarget('webhook:1600000000000000777')).toBeNull();
  });

  it('when a blocked webhook works again after a long outage, the probe posts one notice and the backlog follows as a digest', async () => {
    await targets.destroy();
    targets = createDiscordTargets({ apiUrl: fake.apiUrl, webhookUrl: 'https://discord.com/api/webhooks/1600000000000000888/regenerated-token-abc' });
    const { outbox, clock, run } = setup(25);
    const all = loadNotices();
    for (let i = 0; i < 30; i += 1) outbox.enqueue(targets.defaultKey, [all[i % all.length]!]);
    outbox.enqueue(targets.defaultKey, [], { kind: 'failing', feedUrl: 'https://tass.com/rss/v2.xml', outlet: 'TASS', since: '2026-03-02T01:00:00Z', failures: 5, failureKind: 'http-5xx' });
    outbox.markBlocked(targets.defaultKey, { error: 'discord: HTTP 404 code 10015: Unknown Webhook', code: 10015 }, clock.now());
    fake.webhookUrl('1600000000000000888', 'regenerated-token-abc');

    const report = await run();

    expect(report).toMatchObject({ sent: 31, digests: 1, blocked: [] });
    expect(fake.messages).toHaveLength(2);
    expect(fake.messages[1]?.body.embeds[0].title).toBe('Digest · 29 notices while delivery was paused');
    expect(fake.messages[1]?.body.embeds[0].fields.at(-1)).toEqual({
      name: 'Feed health (1 change)',
      value: '⚠️ TASS: failing since 2 Mar 2026 (http-5xx)',
      inline: false,
    });
  });

  it('when the webhook token is refused (401), the target is reported blocked and nothing is lost', async () => {
    const { outbox, run } = setup();
    outbox.enqueue(targets.defaultKey, [noticeOf('new_figure', 'troops')]);
    fake.script(responses.unauthorized());

    const report = await run();

    expect(report.blocked).toEqual([expect.objectContaining({ code: 401, error: expect.stringContaining('HTTP 401') })]);
    expect(JSON.stringify(report)).not.toContain(webhookUrl.split('/').pop());
    expect(outbox.entries[0]?.state).toBe('pending');
  });

  it('when more notices are pending than the digest threshold, posts one digest and marks them all sent', async () => {
    const { outbox, run } = setup(25);
    const all = loadNotices();
    for (let i = 0; i < 40; i += 1) outbox.enqueue(targets.defaultKey, [all[i % all.length]!]);

    const report = await run();

    expect(report).toMatchObject({ sent: 40, digests: 1 });
    expect(fake.messages).toHaveLength(1);
    const digest = fake.messages[0]?.body.embeds[0];
    expect(digest.title).toBe('Digest · 40 notices while delivery was paused');
    expect(digest.description.split('\n')[0]).toMatch(/^• \*\*Contradiction · /);
    expect(new Set(outbox.sent().map((e) => e.messageId))).toEqual(new Set([fake.messages[0]?.id]));
  });

  it('when a feed starts failing, the channel gets one feed-health message', async () => {
    const { outbox, run } = setup();
    outbox.enqueue(targets.defaultKey, [], {
      kind: 'failing',
      feedUrl: 'https://tass.com/rss/v2.xml',
      outlet: 'TASS',
      since: '2026-03-01T22:15:00Z',
      failures: 5,
      failureKind: 'timeout',
    });

    await run();

    expect(fake.messages[0]?.body.embeds[0].title).toBe('Feed TASS failing since 1 Mar 2026 22:15 UTC');
    expect(fake.messages[0]?.body.embeds[0].description).toContain('5 consecutive failures (timeout)');
  });

  it('when a process is killed between posting and marking sent, webhook mode posts again, labelled as a possible repeat', async () => {
    const { outbox, clock, log } = setup();
    outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')]);
    const dying = Object.assign(Object.create(outbox) as MemoryOutbox, {
      markSent: () => {
        throw new Error('killed');
      },
    });
    await expect(deliverPending(dying, targets, { now: clock.now, digestThreshold: 25, log })).rejects.toThrow('killed');

    const restarted = createDiscordTargets({ apiUrl: fake.apiUrl, webhookUrl });
    await deliverPending(outbox, restarted, { now: clock.now, digestThreshold: 25, log });
    await restarted.destroy();

    expect(fake.messages).toHaveLength(2);
    expect(fake.messages[0]?.body.content).toBeUndefined();
    expect(fake.messages[1]?.body.content).toBe('Re-sent after an interrupted delivery: this may repeat an earlier post.');
    expect(outbox.entries[0]?.state).toBe('sent');
  });
});
