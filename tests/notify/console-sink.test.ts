import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createConsoleSink } from '../../src/notify/console-sink.ts';
import { deliverPending } from '../../src/notify/deliver.ts';
import { renderJson, renderText } from '../../src/notify/render.ts';
import { MemoryOutbox } from '../helpers/memory-outbox.ts';
import { loadNotices, noticeOf } from './notice-fixtures.ts';
import { captureLog, manualClock } from './test-log.ts';

function collect() {
  const stream = new PassThrough();
  const chunks: string[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c.toString('utf8')));
  return { stream, text: () => chunks.join('') };
}

describe('console sink', () => {
  it('when the format is json, prints each notice as one line holding the Notice record unchanged, and marks entries sent', async () => {
    const out = collect();
    const sink = createConsoleSink({ stream: out.stream, format: 'json' });
    const outbox = new MemoryOutbox();
    const notices = loadNotices();
    outbox.enqueue('console', notices.slice(0, 2));
    outbox.enqueue('console', notices.slice(2));

    const report = await deliverPending(outbox, sink, { now: manualClock().now, digestThreshold: 3, log: captureLog() });

    const lines = out.text().trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(notices);
    expect(report).toMatchObject({ sent: 2, digests: 0 });
    expect(outbox.sent()).toHaveLength(2);
  });

  it('when the format is json, a feed-health event goes to the log, not stdout', async () => {
    const out = collect();
    const log = captureLog();
    const sink = createConsoleSink({ stream: out.stream, format: 'json', log });
    const outbox = new MemoryOutbox();
    outbox.enqueue('console', [], { kind: 'recovered', feedUrl: 'https://report.az/rss/', outlet: 'Report.az', recoveredAt: '2026-03-02T08:00:00Z' });

    await deliverPending(outbox, sink, { now: manualClock().now, digestThreshold: 25, log });

    expect(out.text()).toBe('');
    expect(log.lines[0]?.msg).toBe('FEED RECOVERED · Report.az at 2026-03-02T08:00:00Z: https://report.az/rss/');
  });

  it('renderJson is the record as is, on one line even when the quote has line breaks', () => {
    const notice = noticeOf('revision');
    notice.quote = 'Final customs data show\nRussian exports reached $2.43 billion.';
    expect(renderJson(notice)).not.toContain('\n');
    expect(JSON.parse(renderJson(notice))).toEqual(notice);
  });

  it('renderText gives a contradiction both sides in plain words, without terminal escape codes', () => {
    const notice = noticeOf('contradiction');
    notice.source.outlet = 'Report.az\u001b[31m';
    const text = renderText(notice);
    expect(text).toBe(
      [
        'CONTRADICTION · Russia–Azerbaijan trade turnover · 2023 (from a relative date): about $3.5 billion',
        '  Report.az [31m, 3 Feb 2024: https://report.az/en/business/azerbaijan-russia-trade-customs-2023/',
        '  “Officials in Baku put bilateral trade with Russia at about $3.5 billion last year, a figure the State Customs Committee says reflects lower prices for oil products rather than smaller volumes.”',
        '  vs: more than $4.0 billion (2023 (assumed))',
        '    Anadolu Agency, 22 Apr 2024: https://www.aa.com.tr/en/world/russian-azerbaijani-trade-volume-has-exceeded-more-than-4b-putin-says/3199364',
        '    “"Our trade turnover is growing: it has already reached more than $4 billion. Russian investments in the Azerbaijani economy amount to $6 billion," Putin said during a meeting with his Azerbaijani counterpart Ilham Aliyev in the capital Moscow.”',
        '  keywords: Russia, Baku',
      ].join('\n'),
    );
    expect(text).not.toContain('\u001b');
  });
});
