import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLedgerBotStore } from '../../src/bot/ledger-bot-store.ts';
import { startBot } from '../../src/bot/start-bot.ts';
import type { BotStore, FigureStatus } from '../../src/bot/types.ts';
import { loadConfigFile } from '../../src/config/index.ts';
import { nextFeedState, type FeedState, type PollOutcome } from '../../src/feeds/index.ts';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';
import { writeLocalConfig } from '../e2e/local-config.ts';
import { startFakeDiscord, slashCommand } from '../helpers/fake-discord.ts';
import { captureLog, manualClock } from '../notify/test-log.ts';
import { anadolu, apaTarget, recordStory, reportAz, trendAz, trendRevised } from './ledger-store-fixtures.ts';

const FEEDS = [
  { url: 'https://news.az/rss', outlet: 'News.az' },
  { url: 'https://tass.com/rss/v2.xml', outlet: 'TASS' },
  { url: 'https://caspianwire.example/rss/region.xml', outlet: 'Caspian Wire' },
];
const POLICY = { maxBackoffMinutes: 1440, maxPollIntervalMinutes: 1440 };

let dir: string;
let ledger: Ledger;
let store: BotStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'figurewatch-bot-store-'));
  ledger = openLedger(join(dir, 'store.db'));
  store = createLedgerBotStore(loadConfigFile(writeLocalConfig(dir, FEEDS)), ledger, FEEDS);
  for (const story of [reportAz, trendAz, anadolu, apaTarget]) recordStory(ledger, story, new Date('2024-05-03T06:00:00Z'));
});

afterEach(() => {
  ledger.close();
  rmSync(dir, { recursive: true, force: true });
});

function summary(statuses: FigureStatus[]) {
  return statuses.map((s) => ({
    outlet: s.claim.source.outlet,
    value: s.claim.value,
    period: s.claim.period,
    agreeing: s.agreeing.map((a) => a.outlet),
    conflicting: s.conflicting.map((c) => `${c.source.outlet} ${c.qualifier} ${c.value}`),
  }));
}

/** A feed's state after these poll outcomes, saved as the pipeline saves it. */
function pollHistory(url: string, outcomes: [string, PollOutcome][]): void {
  let state: FeedState | null = null;
  for (const [at, outcome] of outcomes) {
    state = nextFeedState(state, outcome, new Date(at), POLICY, () => 0.5);
    ledger.saveFeedState(url, state, new Date(at), null);
  }
}

const ok: PollOutcome = { ok: true, etag: '"v1"', lastModified: null, pollFloorSeconds: null };
const timeout: PollOutcome = { ok: false, kind: 'timeout', message: 'fetch: timed out after 15000 ms' };

describe('createLedgerBotStore over a real ledger', () => {
  it('latestClaims lists reported trade figures newest first: the customs figures agree, Putin’s “more than $4 billion” conflicts with both, and the 2030 goal is not listed', () => {
    expect(summary(store.latestClaims({ metric: 'trade_turnover', limit: 10 }))).toEqual([
      { outlet: 'Anadolu Agency', value: 4e9, period: '2023', agreeing: [], conflicting: ['Report.az about 3500000000', 'Trend exact 3470000000'] },
      { outlet: 'Trend', value: 3.47e9, period: '2023', agreeing: ['Report.az'], conflicting: ['Anadolu Agency more_than 4000000000'] },
      { outlet: 'Report.az', value: 3.5e9, period: '2023', agreeing: ['Trend'], conflicting: ['Anadolu Agency more_than 4000000000'] },
    ]);
  });

  it('latestClaims filtered by period finds the 2023 figures, and nothing for 2030 where only a target was stated', () => {
    expect(store.latestClaims({ period: '2023', limit: 10 }).map((s) => s.claim.source.outlet)).toEqual(['Anadolu Agency', 'Trend', 'Report.az']);
    expect(store.latestClaims({ period: '2030', limit: 10 })).toEqual([]);
  });

  it('a source that revised its figure in a later article counts once as agreeing, and its revision is what others conflict with', () => {
    recordStory(ledger, trendRevised, new Date('2024-05-04T06:00:00Z'));
    const rows = summary(store.latestClaims({ metric: 'trade_turnover', limit: 10 }));
    expect(rows.find((row) => row.outlet === 'Report.az')?.agreeing).toEqual(['Trend']);
    expect(rows.find((row) => row.outlet === 'Anadolu Agency')?.conflicting).toEqual(['Report.az about 3500000000', 'Trend exact 3520000000']);
  });

  it('feedHealth reports each configured feed from its stored state: healthy, failing with kind and next attempt, and never polled', () => {
    pollHistory(FEEDS[0]!.url, [['2026-03-02T07:45:00Z', ok]]);
    pollHistory(FEEDS[1]!.url, [
      ['2026-02-28T12:00:00Z', ok],
      ['2026-03-01T12:00:00Z', timeout],
      ['2026-03-02T07:00:00Z', timeout],
    ]);

    const [news, tass, caspian] = store.feedHealth();

    expect(news).toEqual({ url: FEEDS[0]!.url, outlet: 'News.az', lastSuccessAt: '2026-03-02T07:45:00.000Z', consecutiveFailures: 0, lastFailureKind: null, lastError: null, nextAttemptAt: '2026-03-02T07:45:00.000Z' });
    expect(tass).toMatchObject({ outlet: 'TASS', lastSuccessAt: '2026-02-28T12:00:00.000Z', consecutiveFailures: 2, lastFailureKind: 'timeout', lastError: 'fetch: timed out after 15000 ms' });
    expect(Date.parse(tass?.nextAttemptAt ?? '')).toBeGreaterThan(Date.parse('2026-03-02T07:00:00Z'));
    expect(caspian).toEqual({ url: FEEDS[2]!.url, outlet: 'Caspian Wire', lastSuccessAt: null, consecutiveFailures: 0, lastFailureKind: null, lastError: null, nextAttemptAt: null });
  });
});

describe('/figures and /feeds answered from a real ledger through the fake Discord', () => {
  it('shows the conflict on trade turnover, and a failing feed below a stopped delivery target', async () => {
    pollHistory(FEEDS[1]!.url, [['2026-03-01T12:00:00Z', timeout]]);
    ledger.outbox.markBlocked('channel:1200000000000000002', { error: 'discord: HTTP 403 code 50013: Missing Permissions', code: 50013 }, new Date('2026-03-01T22:00:00Z'));
    const fake = await startFakeDiscord();
    const bot = await startBot({ token: fake.botToken, apiUrl: fake.apiUrl, store, log: captureLog(), now: manualClock().now });
    try {
      const figures = (await fake.dispatchInteraction(slashCommand({ name: 'figures', options: { metric: 'trade_turnover', period: '2023' } }))).body;
      const lines: string[] = figures.data.embeds[0].description.split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^\*\*Russia–Azerbaijan trade turnover · 2023[^*]*\*\*: more than \$4\.0 billion · \[Anadolu Agency\]\(https:\/\/www\.aa\.com\.tr\/.+\), 22 Apr 2024 · ✗ about \$3\.5 billion \(\[Report\.az\]/);
      expect(lines[2]).toMatch(/\[Report\.az\].*, 3 Feb 2024 · ✓ 1 agree · ✗ more than \$4\.0 billion \(\[Anadolu Agency\]/);

      const feeds = (await fake.dispatchInteraction(slashCommand({ name: 'feeds' }))).body;
      expect(feeds.data.embeds[0].title).toBe('Feeds: 2 healthy, 1 failing · 1 delivery target(s) stopped');
      expect(feeds.data.embeds[0].description.split('\n')).toEqual([
        '⛔ **Delivery to channel:1200000000000000002 stopped** since 1 Mar 2026: discord: HTTP 403 code 50013: Missing Permissions',
        '✅ [News.az](https://news.az/rss): last success never',
        expect.stringMatching(/^⚠️ \[TASS\]\(https:\/\/tass\.com\/rss\/v2\.xml\): 1 consecutive failures \(timeout\); last success never; next attempt 1 Mar 2026 12:0\d UTC$/),
        '✅ [Caspian Wire](https://caspianwire.example/rss/region.xml): last success never',
      ]);
    } finally {
      await bot.stop();
      await fake.close();
    }
  });
});
