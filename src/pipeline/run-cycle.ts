import { emptyReport, type CycleReport } from './cycle-report.ts';
import type { PipelineDeps } from './deps.ts';
import { processFeed } from './process-feed.ts';

/**
 * One cycle: every due feed, at most `fetch.concurrency` at once. Delivery of the outbox is the caller's
 * next step (src/app.ts), so a cycle that crashes half way has still stored what it finished.
 */
export async function runCycle(deps: PipelineDeps, signal?: AbortSignal): Promise<CycleReport> {
  // The watched keywords (config and Discord) are read once per cycle, not per item: a change applies from
  // the next cycle, as /watch promises, and the items of this one are not each an SQL query.
  const matcher = deps.matcher();
  const cycleDeps: PipelineDeps = { ...deps, matcher: () => matcher };
  const report = emptyReport(deps.now());
  const queue = [...deps.feeds];
  const workers = Array.from({ length: Math.min(deps.config.fetch.concurrency, queue.length) }, async () => {
    for (let feed = queue.shift(); feed && !signal?.aborted; feed = queue.shift()) {
      await processFeed(cycleDeps, feed, report, signal);
    }
  });
  await Promise.all(workers);
  report.finishedAt = deps.now().toISOString();
  return report;
}
