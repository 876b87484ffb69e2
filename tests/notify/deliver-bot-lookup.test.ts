import { embedLength } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';
import { deliverPending, type DeliverOptions } from '../../src/notify/deliver.ts';
import { entryNonce } from '../../src/notify/plan.ts';
import { createDiscordTargets } from '../../src/notify/targets.ts';
import type { DiscordTargets, Outbox } from '../../src/notify/types.ts';
import { responses, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';
import { noticeOf } from './notice-fixtures.ts';
import { captureLog, manualClock } from './test-log.ts';

const CHANNEL = '1200000000000000001';
const MINUTE = 60_000;
const RESENT_NOTE = 'Re-sent after an interrupted delivery: this may repeat an earlier post.';

let clock: ReturnType<typeof manualClock>;
let fake: FakeDiscord;
let ledger: Ledger;
const created: DiscordTargets[] = [];

beforeEach(async () => {
  clock = manualClock();
  // The fake's ids and its nonce memory (5 minutes, like Discord's "past few minutes") follow the test's clock.
  fake = await startFakeDiscord({ now: () => clock.now().getTime() });
  ledger = openLedger(':memory:');
});

afterEach(async () => {
  for (const targets of created.splice(0)) await targets.destroy();
  ledger.close();
  await fake.close();
});

/** A new process: its own discord.js client, the same store. */
function newProcess(): DiscordTargets {
  const targets = createDiscordTargets({ apiUrl: fake.apiUrl, token: fake.botToken, channelId: CHANNEL });
  created.push(targets);
  return targets;
}

function options(log = captureLog()): DeliverOptions {
  return { now: clock.now, digestThreshold: 25, log };
}

/** The store as a process sees it that is killed right after Discord accepted its first message. */
function killedAfterSend(outbox: Outbox): Outbox {
  return Object.assign(Object.create(outbox) as Outbox, {
    markSent: () => {
      throw new Error('killed');
    },
  });
}

describe('the fake Discord nonce window', () => {
  it('returns the first message for a repeated enforced nonce within 5 minutes, and posts a second one after that', async () => {
    const target = newProcess().target(`channel:${CHANNEL}`);
    const message = { embeds: [{ title: 'Revision · Russia → Azerbaijan exports · 2022', description: 'Revised from $1.1 billion' }] };

    const first = await target.send(message, { nonce: 'fw1.window-test.0' });
    clock.advance(4 * MINUTE);
    const within = await target.send(message, { nonce: 'fw1.window-test.0' });
    clock.advance(2 * MINUTE);
    const after = await target.send(message, { nonce: 'fw1.window-test.0' });

    expect(within).toEqual(first);
    expect(after.status === 'sent' && first.status === 'sent' && after.messageId !== first.messageId).toBe(true);
    expect(fake.messages).toHaveLength(2);
  });
});

describe('the marker in the footer', () => {
  it('when a message already uses all 6,000 embed characters, its marker still fits: Discord accepts it and the footer ends with it', async () => {
    const target = newProcess().target(`channel:${CHANNEL}`);
    const footer = 'figurewatch · trade · Russia–Azerbaijan';
    const title = 'Contradiction · Russia–Azerbaijan trade turnover · 2023';
    const sentence = 'Customs data and the ministry differ on how the 2023 turnover was counted. ';
    const description = sentence.repeat(60).slice(0, 4000);
    const quote = (n: number) => `> ${sentence.repeat(15)}`.slice(0, n);
    const rest = 6000 - title.length - description.length - footer.length - 'This report'.length - 'Earlier report'.length;
    const fields = [
      { name: 'This report', value: quote(Math.floor(rest / 2)) },
      { name: 'Earlier report', value: quote(Math.ceil(rest / 2)) },
    ];
    const message = { embeds: [{ title, description, fields, footer: { text: footer } }] };
    expect(embedLength(message.embeds[0]!)).toBe(6000);

    const outcome = await target.send(message, { nonce: 'fw2a.Qx81mZ_k.0' });

    expect(outcome.status).toBe('sent');
    const posted = fake.messages[0]?.body.embeds[0];
    expect(posted.footer.text).toBe(`${footer} · ref fw2a.Qx81mZ_k.0`);
    expect(embedLength(posted)).toBeLessThanOrEqual(6000);
    expect(`${posted.description}${posted.fields[0].value}${posted.fields[1].value}`).toContain('…');
  });
});

describe('bot-mode retry of a delivery that may have been posted', () => {
  it('when a process is killed after Discord accepted, and restarts after the nonce window in a busy channel, it finds its message and posts nothing', async () => {
    const first = newProcess();
    const id = ledger.outbox.enqueue(first.defaultKey, [noticeOf('new_figure', 'trade_turnover')], clock.now());
    // Members talk between the entry's creation and its delivery: the search has to page past them.
    clock.advance(10 * MINUTE);
    for (let i = 0; i < 150; i++) fake.postAs(CHANNEL, { content: `Morning update ${i}: Baku port traffic as usual` }, { id: '1500000000000000001', username: 'alice' });
    await expect(deliverPending(killedAfterSend(ledger.outbox), first, options())).rejects.toThrow('killed');
    expect(fake.messages.filter((m) => !m.author)).toHaveLength(1);

    clock.advance(30 * MINUTE);
    const log = captureLog();
    const report = await deliverPending(ledger.outbox, newProcess(), options(log));

    expect(report).toMatchObject({ sent: 1, retried: 0, blocked: [] });
    expect(fake.messagePosts()).toHaveLength(1);
    const ours = fake.messages.filter((m) => !m.author);
    expect(ours).toHaveLength(1);
    expect(fake.historyReads().map((r) => r.query.limit)).toEqual(['100', '100']);
    expect(ledger.outbox.counts()).toMatchObject({ pending: 0, sent: 1 });
    const row = ledger.db.prepare('SELECT message_id FROM outbox WHERE id = ?').get(id) as { message_id: string };
    expect(row.message_id).toBe(ours[0]?.id);
    expect(ours[0]?.body.embeds.at(-1).footer.text).toMatch(/ · ref fw[0-9a-z]+\.[\w-]{8}\.0$/);
    expect(log.lines.map((l) => l.msg)).toContain('notify: an interrupted delivery was already posted; marked sent without posting it again');
  });

  it('when the earlier attempt never reached Discord, the retry after the nonce window posts it once, without a note, even if another member quoted its marker', async () => {
    const targets = newProcess();
    const entry = { id: ledger.outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')], clock.now()), notices: [noticeOf('contradiction')] };
    fake.script(responses.serverError(502), responses.serverError(502));
    expect(await deliverPending(ledger.outbox, targets, options())).toMatchObject({ sent: 0, retried: 1 });

    fake.postAs(CHANNEL, { content: `what is ref ${entryNonce(entry)}?`, embeds: [{ description: 'x', footer: { text: `ref ${entryNonce(entry)}` } }] }, { id: '1500000000000000001', username: 'alice' });
    clock.advance(20 * MINUTE);
    const report = await deliverPending(ledger.outbox, targets, options());

    expect(report).toMatchObject({ sent: 1, retried: 0 });
    const ours = fake.messages.filter((m) => !m.author);
    expect(ours).toHaveLength(1);
    expect(ours[0]?.body.content).toBeUndefined();
    expect(fake.historyReads()).toHaveLength(1);
  });

  it('when a process is killed after Discord accepted a backlog digest, the restart after the nonce window finds the digest and posts nothing', async () => {
    const first = newProcess();
    for (const notice of [noticeOf('new_figure', 'trade_turnover'), noticeOf('revision'), noticeOf('contradiction')]) ledger.outbox.enqueue(first.defaultKey, [notice], clock.now());
    const digestOptions = { ...options(), digestThreshold: 2 };
    await expect(deliverPending(killedAfterSend(ledger.outbox), first, digestOptions)).rejects.toThrow('killed');

    clock.advance(45 * MINUTE);
    const report = await deliverPending(ledger.outbox, newProcess(), { ...digestOptions, log: captureLog() });

    expect(report).toMatchObject({ sent: 3, digests: 1 });
    expect(fake.messagePosts()).toHaveLength(1);
    expect(fake.messages).toHaveLength(1);
    expect(ledger.outbox.counts()).toMatchObject({ pending: 0, sent: 3 });
  });

  it('when the bot may not read the channel history, the retry is sent with its nonce and a note; Discord dedupes it and the target is not blocked', async () => {
    fake.refuseHistory(CHANNEL, { status: 403, body: { message: 'Missing Access', code: 50001 } });
    const first = newProcess();
    ledger.outbox.enqueue(first.defaultKey, [noticeOf('revision')], clock.now());
    await expect(deliverPending(killedAfterSend(ledger.outbox), first, options())).rejects.toThrow('killed');

    clock.advance(2 * MINUTE);
    const log = captureLog();
    const report = await deliverPending(ledger.outbox, newProcess(), options(log));

    expect(report).toMatchObject({ sent: 1, blocked: [] });
    const [original, resend] = fake.messagePosts();
    expect(resend?.body).toMatchObject({ nonce: original?.body.nonce, content: RESENT_NOTE });
    expect(fake.messages).toHaveLength(1);
    expect(ledger.outbox.blockedTarget(`channel:${CHANNEL}`)).toBeNull();
    expect(log.lines.find((l) => l.level === 'warn')?.obj).toMatchObject({ error: 'discord: HTTP 403 code 50001: Missing Access' });
  });
});
