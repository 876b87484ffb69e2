import { createServer } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startHealthServer, type HealthServer } from '../../src/health/index.ts';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';
import type { DeliveryReport } from '../../src/notify/types.ts';
import { emptyReport } from '../../src/pipeline/cycle-report.ts';
import type { CycleReport } from '../../src/pipeline/index.ts';
import { noticeOf } from '../notify/notice-fixtures.ts';

const MINUTE = 60_000;
const INTERVAL = 15 * MINUTE;
const WEBHOOK = 'webhook:1600000000000000001';

/** What a cycle over three feeds reports: two ok, one timing out, a contradiction found. */
function cycleReport(startedAt: Date, seconds: number): CycleReport {
  const report = emptyReport(startedAt);
  report.finishedAt = new Date(startedAt.getTime() + seconds * 1000).toISOString();
  report.feeds = { polled: 3, ok: 2, notModified: 0, failed: 1, notDue: 0 };
  report.failures = [{ feedUrl: 'https://www.trend.az/feeds/index.rss', kind: 'timeout', message: 'fetch: timeout after 20 s' }];
  report.items = { seen: 42, new: 6, matched: 2, skippedOld: 0 };
  report.articles = { recorded: 2, unchanged: 0, failed: 0 };
  report.figures = 7;
  report.findings = { new_figure: 3, corroboration: 1, contradiction: 1, revision: 0 };
  report.noticesQueued = 4;
  return report;
}

const DELIVERED: DeliveryReport = { sent: 2, retried: 1, failed: 0, digests: 0, blocked: [] };

describe('the health server over a ledger file', () => {
  let dir: string;
  let ledger: Ledger;
  let health: HealthServer;
  let clock: Date;
  const advance = (ms: number) => (clock = new Date(clock.getTime() + ms));
  const get = (path: string, method = 'GET') => fetch(`http://127.0.0.1:${health.port}${path}`, { method });
  const healthz = async () => {
    const response = await get('/healthz');
    return { status: response.status, body: (await response.json()) as { status: string; problems: { check: string; message: string }[]; [k: string]: unknown } };
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figurewatch-health-'));
    ledger = openLedger(join(dir, 'figurewatch.db'));
    clock = new Date('2024-05-01T10:00:00Z');
    health = await startHealthServer({ ledger, now: () => clock, intervalMs: () => INTERVAL }, { health: { enabled: true, host: '127.0.0.1', port: 0 } });
  });
  afterEach(async () => {
    await health.close();
    ledger.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('while cycles succeed and the outbox drains, /healthz answers 200 ok with the last cycle and the outbox counts', async () => {
    const id = ledger.outbox.enqueue(WEBHOOK, [noticeOf('new_figure')], clock);
    ledger.outbox.markSent(id, '1300000000000000100', clock);
    health.recordCycle(cycleReport(clock, 4), DELIVERED);
    advance(40 * MINUTE);
    const { status, body } = await healthz();
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', problems: [], lastSuccessfulCycleAt: '2024-05-01T10:00:04.000Z', outbox: { pending: 0, sent: 1, failed: 0 } });
  });

  it('right after start, before any cycle has finished, is healthy', async () => {
    advance(20 * MINUTE);
    expect((await healthz()).status).toBe(200);
  });

  it('when no cycle has succeeded for more than three intervals, answers 503 and says since when', async () => {
    health.recordCycle(cycleReport(clock, 5), DELIVERED);
    advance(3 * INTERVAL);
    expect((await healthz()).status).toBe(200);
    health.recordCycleFailure();
    advance(10_000);
    const { status, body } = await healthz();
    expect(status).toBe(503);
    expect(body.status).toBe('unhealthy');
    expect(body.problems).toEqual([
      {
        check: 'cycles',
        message: 'no successful cycle since 2024-05-01T10:00:05.000Z, more than 3 schedule intervals (45 min); 1 cycle(s) failed in a row, the last at 2024-05-01T10:45:00.000Z',
      },
    ]);
    health.recordCycle(cycleReport(clock, 3), DELIVERED);
    expect((await healthz()).status).toBe(200);
  });

  it('when the first cycle never finishes (a hung fetch), turns unhealthy three intervals after the start', async () => {
    advance(3 * INTERVAL + 1);
    const { status, body } = await healthz();
    expect(status).toBe(503);
    expect(body.problems[0]?.message).toMatch(/^no successful cycle since the start at 2024-05-01T10:00:00.000Z, .*; no cycle has finished since$/);
  });

  it('when a Discord target rejects us with messages waiting, answers 503 naming the target and Discord’s answer; healthy again once it is cleared', async () => {
    health.recordCycle(cycleReport(clock, 4), DELIVERED);
    ledger.outbox.enqueue(WEBHOOK, [noticeOf('contradiction')], clock);
    ledger.outbox.enqueue(WEBHOOK, [noticeOf('new_figure')], clock);
    ledger.outbox.markBlocked(WEBHOOK, { error: 'discord: HTTP 404 code 10015: Unknown Webhook', code: 10015 }, clock);
    const { status, body } = await healthz();
    expect(status).toBe(503);
    expect(body.problems).toEqual([
      { check: 'discord-target', message: `Discord target ${WEBHOOK} rejects us since 2024-05-01T10:00:00.000Z (discord: HTTP 404 code 10015: Unknown Webhook); 2 message(s) wait` },
    ]);
    ledger.outbox.clearBlocked(WEBHOOK);
    expect((await healthz()).status).toBe(200);
  });

  it('a target block left from a replaced webhook, with nothing waiting for it, is not a problem', async () => {
    ledger.outbox.markBlocked('webhook:1600000000000000009', { error: 'discord: HTTP 401 code 50027: Invalid Webhook Token', code: 50027 }, clock);
    expect((await healthz()).status).toBe(200);
  });

  it('when a message has failed five delivery attempts, answers 503 with its last error; four attempts are still healthy', async () => {
    const stuck = ledger.outbox.enqueue('channel:1200000000000000001', [noticeOf('new_figure')], clock);
    ledger.outbox.enqueue('channel:1200000000000000001', [noticeOf('contradiction')], clock);
    for (let attempt = 1; attempt <= 4; attempt++) {
      ledger.outbox.markAttempt(stuck, clock);
      ledger.outbox.markRetry(stuck, 'discord: HTTP 503: upstream connect error', new Date(clock.getTime() + MINUTE));
    }
    expect((await healthz()).status).toBe(200);
    ledger.outbox.markAttempt(stuck, clock);
    ledger.outbox.markRetry(stuck, 'discord: timeout: The operation was aborted due to timeout', new Date(clock.getTime() + MINUTE));
    const { status, body } = await healthz();
    expect(status).toBe(503);
    expect(body.problems).toEqual([
      {
        check: 'outbox-stuck',
        message: `outbox: message ${stuck} to channel:1200000000000000001 is stuck after 5 attempts, last error: discord: timeout: The operation was aborted due to timeout; 2 message(s) wait`,
      },
    ]);
  });

  it('never shows a webhook token, even when a stored error quotes one', async () => {
    const token = `wh-${'Ab3'.repeat(22)}`;
    ledger.outbox.enqueue(WEBHOOK, [noticeOf('new_figure')], clock);
    ledger.outbox.markBlocked(WEBHOOK, { error: `discord: HTTP 401 on https://discord.com/api/webhooks/1600000000000000001/${token}`, code: 401 }, clock);
    const response = await get('/healthz');
    const text = await response.text();
    expect(response.status).toBe(503);
    expect(text).toContain('webhooks/1600000000000000001/[redacted]');
    expect(text).not.toContain(token);
  });

  it('/metrics gives cycles and their duration, feeds, items, figures, findings by kind, and the outbox by status in Prometheus text', async () => {
    ledger.outbox.markSent(ledger.outbox.enqueue(WEBHOOK, [noticeOf('new_figure')], clock), '1300000000000000100', clock);
    ledger.outbox.markFailed(ledger.outbox.enqueue(WEBHOOK, [noticeOf('contradiction')], clock), 'discord: HTTP 400 code 50035: Invalid Form Body', clock);
    ledger.outbox.enqueue(WEBHOOK, [noticeOf('new_figure')], clock);
    health.recordCycle(cycleReport(clock, 4), DELIVERED);
    health.recordCycle(cycleReport(clock, 40), { sent: 0, retried: 0, failed: 1, digests: 0, blocked: [] });
    health.recordCycleFailure();
    const response = await get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const expected = [
      'figurewatch_cycles_total 2',
      'figurewatch_cycle_failures_total 1',
      'figurewatch_cycle_duration_seconds_sum 44',
      'figurewatch_cycle_duration_seconds_count 2',
      'figurewatch_cycle_duration_seconds_bucket{le="5"} 1',
      'figurewatch_feed_polls_total{outcome="ok"} 4',
      'figurewatch_feed_polls_total{outcome="failed"} 2',
      'figurewatch_items_total{stage="seen"} 84',
      'figurewatch_items_total{stage="matched"} 4',
      'figurewatch_figures_total 14',
      'figurewatch_findings_total{kind="new_figure"} 6',
      'figurewatch_findings_total{kind="contradiction"} 2',
      'figurewatch_findings_total{kind="revision"} 0',
      'figurewatch_deliveries_total{outcome="sent"} 2',
      'figurewatch_deliveries_total{outcome="failed"} 1',
      'figurewatch_outbox_messages{status="pending"} 1',
      'figurewatch_outbox_messages{status="sent"} 1',
      'figurewatch_outbox_messages{status="failed"} 1',
      'figurewatch_discord_targets_blocked 0',
      'figurewatch_last_successful_cycle_timestamp_seconds 1714557640',
      'figurewatch_healthy 1',
    ];
    for (const line of expected) expect(text.split('\n')).toContain(line);
    expect(text).toMatch(/^process_resident_memory_bytes \d+/m);
  });

  it('/metrics reports a blocked target and unhealthy as gauges', async () => {
    ledger.outbox.enqueue(WEBHOOK, [noticeOf('new_figure')], clock);
    ledger.outbox.markBlocked(WEBHOOK, { error: 'discord: HTTP 403 code 50013: Missing Permissions', code: 50013 }, clock);
    const text = await (await get('/metrics')).text();
    expect(text.split('\n')).toEqual(expect.arrayContaining(['figurewatch_discord_targets_blocked 1', 'figurewatch_healthy 0']));
  });

  it('answers HEAD with headers only, an unknown path with 404 and other methods with 405', async () => {
    const head = await get('/healthz', 'HEAD');
    expect([head.status, await head.text()]).toEqual([200, '']);
    expect((await get('/status')).status).toBe(404);
    const post = await get('/healthz', 'POST');
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('when the store cannot be read (closed under it), answers 503 saying so instead of failing', async () => {
    ledger.close();
    const { status, body } = await healthz();
    expect(status).toBe(503);
    expect(body.problems).toEqual([expect.objectContaining({ check: 'store', message: expect.stringMatching(/^store: cannot read the outbox/) })]);
  });
});

describe('starting the health server', () => {
  it('on a port already taken, fails with a message naming the address and the config keys', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    const port = (taken.address() as { port: number }).port;
    const dir = mkdtempSync(join(tmpdir(), 'figurewatch-health-'));
    const ledger = openLedger(join(dir, 'figurewatch.db'));
    try {
      await expect(startHealthServer({ ledger, intervalMs: () => INTERVAL }, { health: { enabled: true, host: '127.0.0.1', port } })).rejects.toThrow(
        `health: cannot listen on 127.0.0.1:${port} (EADDRINUSE); set health.port or health.enabled: false`,
      );
    } finally {
      taken.close();
      ledger.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
