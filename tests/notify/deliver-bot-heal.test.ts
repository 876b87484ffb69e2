import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findHealthProblems } from '../../src/health/health-checks.ts';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';
import { deliverPending, type DeliverOptions } from '../../src/notify/deliver.ts';
import { createDiscordTargets } from '../../src/notify/targets.ts';
import type { DiscordTargets } from '../../src/notify/types.ts';
import { responses, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';
import { noticeOf } from './notice-fixtures.ts';
import { captureLog, manualClock } from './test-log.ts';

const CHANNEL = '1200000000000000001';

let fake: FakeDiscord;
let ledger: Ledger;
const created: DiscordTargets[] = [];

beforeEach(async () => {
  fake = await startFakeDiscord();
  ledger = openLedger(':memory:');
});

afterEach(async () => {
  for (const targets of created.splice(0)) await targets.destroy();
  ledger.close();
  await fake.close();
});

function botTargets(): DiscordTargets {
  const targets = createDiscordTargets({ apiUrl: fake.apiUrl, token: fake.botToken, channelId: CHANNEL });
  created.push(targets);
  return targets;
}

function healthOf(now: Date) {
  const cycles = { startedAt: now, lastSuccessAt: now, lastFailureAt: null, failuresInARow: 0 };
  return findHealthProblems({ now, cycles, intervalMs: 60_000, outbox: ledger.outbox, stuckAfterAttempts: 5 });
}

describe('bot-mode delivery after a 401', () => {
  it('when Discord answers 401 once and then accepts the token again, the next probe delivers every waiting notice and the block and health problem clear', async () => {
    const targets = botTargets();
    const clock = manualClock();
    const log = captureLog();
    const opts: DeliverOptions = { now: clock.now, digestThreshold: 25, log, probeIntervalMs: 15 * 60_000 };
    ledger.outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')], clock.now());
    ledger.outbox.enqueue(targets.defaultKey, [noticeOf('revision')], clock.now());
    fake.script(responses.unauthorized());

    const refused = await deliverPending(ledger.outbox, targets, opts);
    expect(refused.blocked).toEqual([expect.objectContaining({ target: `channel:${CHANNEL}`, code: 401 })]);
    expect(healthOf(clock.now()).map((p) => p.check)).toEqual(['discord-target']);

    // The token is fine again (say, the bot was re-authorised): the probe after the interval must use it.
    clock.advance(15 * 60_000);
    const healed = await deliverPending(ledger.outbox, targets, opts);

    expect(healed).toMatchObject({ sent: 2, retried: 0, blocked: [] });
    expect(fake.messages).toHaveLength(2);
    expect(fake.messagePosts().at(-1)?.headers.authorization).toBe(`Bot ${fake.botToken}`);
    expect(ledger.outbox.blockedTarget(`channel:${CHANNEL}`)).toBeNull();
    expect(ledger.outbox.counts()).toMatchObject({ pending: 0, sent: 2 });
    expect(healthOf(clock.now())).toEqual([]);
    expect(log.lines.filter((l) => l.level === 'warn')).toEqual([]);
  });

  it('when the token stays refused, every probe is reported as blocked with the 401 (never as a local "token not set" retry)', async () => {
    const targets = botTargets();
    const clock = manualClock();
    const log = captureLog();
    const opts: DeliverOptions = { now: clock.now, digestThreshold: 25, log, probeIntervalMs: 15 * 60_000 };
    ledger.outbox.enqueue(targets.defaultKey, [noticeOf('contradiction')], clock.now());
    fake.script(responses.unauthorized(), responses.unauthorized());

    await deliverPending(ledger.outbox, targets, opts);
    clock.advance(15 * 60_000);
    const second = await deliverPending(ledger.outbox, targets, opts);

    expect(second).toMatchObject({ sent: 0, retried: 0, blocked: [expect.objectContaining({ code: 401 })] });
    expect(fake.messagePosts()).toHaveLength(2);
    expect(ledger.outbox.listPending(targets.defaultKey, 10)[0]?.lastError ?? null).toBeNull();
    expect(log.lines.some((l) => l.msg?.includes('Expected token'))).toBe(false);
  });
});
