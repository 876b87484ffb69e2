import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.ts';
import { loadConfigFile, readEnv } from '../../src/config/index.ts';
import { silentLogger } from '../../src/log/create-logger.ts';
import type { FeedHealthEvent } from '../../src/notify/types.ts';
import type { StoredFeedState } from '../../src/pipeline/feed-health.ts';
import { writeLocalConfig } from '../e2e/local-config.ts';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';
import { rss, startFixtureServer } from '../helpers/fixture-server.ts';

const CHANNEL = '1200000000000000001';
const MAINTENANCE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Caspian Wire — scheduled maintenance</title></head>
<body><main><h1>We'll be back shortly</h1>
<p>Caspian Wire is undergoing scheduled maintenance of its publishing system. Our news feeds and archive
will be available again within a few hours. Thank you for your patience.</p></main></body></html>`;

let site: Awaited<ReturnType<typeof startFixtureServer>>;
let fake: FakeDiscord;
let dir: string;
let app: App;
let clock: Date;
let feedUrl: string;

/** A bot-mode app (the fake Discord) over a temp store, alerting after 3 consecutive failures. */
beforeEach(async () => {
  site = await startFixtureServer();
  fake = await startFakeDiscord();
  feedUrl = `${site.baseUrl}/rss/region.xml`;
  dir = mkdtempSync(join(tmpdir(), 'figurewatch-feed-health-'));
  const configPath = writeLocalConfig(dir, [{ url: feedUrl, outlet: 'Caspian Wire' }], 'notify: { feedFailureAlertAfter: 3 }\n');
  clock = new Date('2026-03-02T08:00:00Z');
  const discord = { token: fake.botToken, channelId: CHANNEL, apiUrl: fake.apiUrl };
  const env = { ...readEnv({}), configPath, dbPath: join(dir, 'store.db'), discord };
  const ctx = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), env: {}, now: () => clock };
  app = createApp({ settings: { env, config: loadConfigFile(configPath) }, ctx, output: 'json', log: silentLogger() });
});

afterEach(async () => {
  await app.close();
  await fake.close();
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

function serveFeed(): void {
  site.set('/rss/region.xml', {
    type: 'application/rss+xml; charset=utf-8',
    body: rss(site.baseUrl, [
      { guid: 'cw-weather-0302', title: 'Snow closes the Lankaran–Astara mountain road for a second day', path: '/weather/snow-road.html', hoursAgo: 2 },
      { guid: 'cw-culture-0301', title: 'Film festival opens with a record 140 entries from 31 countries', path: '/culture/film-festival.html', hoursAgo: 20 },
    ]),
  });
}

function serveMaintenance(): void {
  site.set('/rss/region.xml', { type: 'text/html; charset=utf-8', status: 503, body: MAINTENANCE_PAGE });
}

/** The next cycle once the feed is due again (its backoff or poll floor has passed). */
async function cycleWhenDue() {
  const state = app.ledger.feeds.get<StoredFeedState>(feedUrl);
  if (state) clock = new Date(Math.max(clock.getTime(), Date.parse(state.nextAttemptAt)) + 60_000);
  return app.cycle();
}

function healthEntries(): { event: FeedHealthEvent; status: string }[] {
  const rows = app.ledger.db.prepare('SELECT feed_health, status FROM outbox WHERE feed_health IS NOT NULL ORDER BY id').all() as {
    feed_health: string;
    status: string;
  }[];
  return rows.map((row) => ({ event: JSON.parse(row.feed_health) as FeedHealthEvent, status: row.status }));
}

describe('feed health through the cycle', () => {
  it('posts one "failing" message at the 3rd consecutive failure (since the 1st failure), none before or while it keeps failing, and one "recovered" message', async () => {
    serveFeed();
    await cycleWhenDue();
    const lastSuccessAt = clock.toISOString();

    serveMaintenance();
    const failureTimes: string[] = [];
    const entriesAfter: number[] = [];
    for (let i = 0; i < 5; i++) {
      const { report } = await cycleWhenDue();
      expect(report.failures).toEqual([expect.objectContaining({ feedUrl, kind: 'http-5xx' })]);
      failureTimes.push(clock.toISOString());
      entriesAfter.push(healthEntries().length);
    }
    expect(entriesAfter).toEqual([0, 0, 1, 1, 1]);
    const [failing] = healthEntries();
    expect(failing).toEqual({
      status: 'sent',
      event: expect.objectContaining({ kind: 'failing', feedUrl, outlet: 'Caspian Wire', failures: 3, failureKind: 'http-5xx', since: failureTimes[0] }),
    });
    expect(failing?.event.kind === 'failing' && failing.event.since).not.toBe(lastSuccessAt);

    serveFeed();
    const { report } = await cycleWhenDue();
    expect(report.feeds).toMatchObject({ ok: 1, failed: 0 });
    expect(healthEntries().map((e) => e.event)).toEqual([
      expect.objectContaining({ kind: 'failing' }),
      { kind: 'recovered', feedUrl, outlet: 'Caspian Wire', since: failureTimes[0], recoveredAt: clock.toISOString(), failures: 5 },
    ]);
    expect(app.ledger.feeds.get<StoredFeedState>(feedUrl)).not.toHaveProperty('failingSince');
    expect(fake.messages.map((m) => m.body.embeds[0].title)).toEqual(['Feed Caspian Wire failing since 2 Mar 2026 08:01 UTC', 'Feed Caspian Wire recovered']);
  });

  it('when the feed-health message cannot be stored, the feed state is not saved either, and the next cycle posts the message', async () => {
    serveFeed();
    await cycleWhenDue();
    serveMaintenance();
    await cycleWhenDue();
    await cycleWhenDue();
    const beforeThird = app.ledger.feeds.get<StoredFeedState>(feedUrl);
    expect(beforeThird?.consecutiveFailures).toBe(2);
    // The outbox refuses writes, as a full disk or a broken file would.
    app.ledger.db.exec(`CREATE TEMP TRIGGER outbox_refuses BEFORE INSERT ON outbox BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);

    await expect(cycleWhenDue()).rejects.toThrow('database or disk is full');
    expect(app.ledger.feeds.get<StoredFeedState>(feedUrl)).toEqual(beforeThird);
    expect(healthEntries()).toEqual([]);

    app.ledger.db.exec('DROP TRIGGER outbox_refuses');
    await cycleWhenDue();
    expect(app.ledger.feeds.get<StoredFeedState>(feedUrl)?.consecutiveFailures).toBe(3);
    expect(healthEntries()).toEqual([{ status: 'sent', event: expect.objectContaining({ kind: 'failing', failures: 3 }) }]);
    expect(fake.messages).toHaveLength(1);
  });
});
