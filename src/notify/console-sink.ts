/**
 * The embedded default when no Discord is configured: notices on a stream (stdout). In JSON mode every
 * line is one Notice record and nothing else, so feed-health events go to the log instead of the stream.
 */
import type { Writable } from 'node:stream';
import { renderJson, renderText } from './render-text.ts';
import type { ConsoleSink, FeedHealthEvent, NotifyLog, OutboxEntry } from './types.ts';

export const CONSOLE_TARGET = 'console';

export function createConsoleSink(opts: { stream: Writable; format: 'text' | 'json'; log?: NotifyLog }): ConsoleSink {
  const { stream, format, log } = opts;
  return {
    kind: 'console',
    format,
    resolveTarget: () => CONSOLE_TARGET,
    write(entry: OutboxEntry): void {
      if (entry.feedHealth) {
        if (format === 'text') stream.write(`${feedHealthText(entry.feedHealth)}\n\n`);
        else log?.warn({ feedHealth: entry.feedHealth }, feedHealthText(entry.feedHealth));
        return;
      }
      for (const notice of entry.notices) {
        stream.write(format === 'json' ? `${renderJson(notice)}\n` : `${renderText(notice)}\n\n`);
      }
    },
  };
}

function feedHealthText(event: FeedHealthEvent): string {
  const name = (event.outlet ?? event.feedUrl).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
  if (event.kind === 'failing') {
    return `FEED FAILING · ${name} since ${event.since} (${event.failures} failures, ${event.failureKind}): ${event.feedUrl}`;
  }
  return `FEED RECOVERED · ${name} at ${event.recoveredAt}: ${event.feedUrl}`;
}
