import { describe, expect, it } from 'vitest';
import { planOutboxEntries } from '../../src/notify/plan.ts';
import { renderDigest, renderFeedHealth, renderNotices } from '../../src/notify/render.ts';
import { limitViolations, loadNotices, noticeOf } from './notice-fixtures.ts';

describe('renderDigest', () => {
  it('when 500 notices piled up, the digest is one message within limits, contradictions first, then "…and N more"', () => {
    const all = loadNotices();
    const backlog = Array.from({ length: 500 }, (_, i) => all[i % all.length]!);
    const message = renderDigest(backlog);
    expect(limitViolations(message)).toEqual([]);
    const embed = message.embeds[0]!;
    expect(embed.title).toBe('Digest · 500 notices while delivery was paused');
    expect(embed.description?.split('\n')[0]).toBe(
      '• **Contradiction · Russia–Azerbaijan trade turnover · 2023**: about $3.5 billion vs more than $4.0 billion · [Report.az](https://report.az/en/business/azerbaijan-russia-trade-customs-2023/)',
    );
    expect(embed.description).toMatch(/\n…and \d+ more$/);
    expect(embed.fields).toEqual([
      { name: 'Contradiction', value: '72', inline: true },
      { name: 'Revision', value: '71', inline: true },
      { name: 'New figure', value: '357', inline: true },
    ]);
    expect(embed.footer?.text).toBe('figurewatch · digest of 500 · 6 Oct 2022 – 20 Aug 2024');
  });
});

describe('renderFeedHealth', () => {
  it('when a feed fails, says since when, how often and why; when it recovers, says so', () => {
    const failing = renderFeedHealth({
      kind: 'failing',
      feedUrl: 'https://news.az/rss',
      outlet: 'News.az',
      since: '2026-03-01T06:00:00Z',
      failures: 6,
      failureKind: 'http-5xx',
      lastError: 'fetch: HTTP 503 Service Unavailable',
    }).embeds[0];
    expect(failing?.title).toBe('Feed News.az failing since 1 Mar 2026 06:00 UTC');
    expect(failing?.description).toBe('6 consecutive failures (http-5xx).\nLast error: fetch: HTTP 503 Service Unavailable\n[https://news.az/rss](https://news.az/rss)');
    const recovered = renderFeedHealth({ kind: 'recovered', feedUrl: 'https://news.az/rss', outlet: 'News.az', since: '2026-03-01T06:00:00Z', recoveredAt: '2026-03-01T09:15:00Z', failures: 12 }).embeds[0];
    expect(recovered?.title).toBe('Feed News.az recovered');
    expect(recovered?.description).toContain('Fetched again at 1 Mar 2026 09:15 UTC after failing since 1 Mar 2026 06:00 UTC (12 failures).');
    expect(failing?.color).not.toBe(recovered?.color);
  });
});

describe('planOutboxEntries', () => {
  it('when notices from several articles arrive, makes one entry per article and target, each rendering to one message', () => {
    const notices = loadNotices();
    const entries = planOutboxEntries(notices, (n) => (n.category === 'security' ? 'channel:2' : 'channel:1'));
    expect(entries.map((e) => [e.target, e.notices.length])).toEqual([
      ['channel:1', 2],
      ['channel:1', 1],
      ['channel:1', 1],
      ['channel:1', 1],
      ['channel:2', 1],
      ['channel:1', 1],
    ]);
    for (const entry of entries) expect(renderNotices(entry.notices)).toHaveLength(1);
  });

  it('when one article yields more findings than one message holds, splits them into entries that each fit', () => {
    const base = noticeOf('new_figure', 'trade_turnover');
    const many = Array.from({ length: 14 }, (_, i) => ({ ...base, period: String(2000 + i) }));
    const entries = planOutboxEntries(many, () => 'webhook:1');
    expect(entries).toHaveLength(2);
    expect(entries.flatMap((e) => e.notices)).toEqual(many);
    for (const entry of entries) expect(renderNotices(entry.notices)).toHaveLength(1);
  });
});
