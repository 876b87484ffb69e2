/**
 * Bench 4: whole cycles through createApp's real pipeline (fetch, parse, seen-items, topics, pages,
 * main text, figures, ledger, outbox, console delivery) against N local feeds of 50 items behind a
 * 20–80 ms server (bench/lib/feed-server.ts, in its own process). One cold cycle (every item new,
 * about one in fifty on the topic, its page fetched), then warm cycles (every feed answers 304 to its
 * ETag). Peak RSS is this process's: the server's memory is not counted.
 * `--feeds N` (default 100), `--concurrency C` (default: config, 8), `--cycles W` warm cycles.
 */
import { cpus } from 'node:os';
import type { CycleReport } from '../../src/pipeline/index.ts';
import { benchFeeds, createBenchApp } from '../lib/bench-app.ts';
import { collectGarbage, heapUsedMiB, openFds, peakRssMiB, progress, round, rssMiB, startMemorySampler } from '../lib/measure.ts';
import { runSection } from '../lib/section.ts';
import { spawnFeedServer } from '../lib/server-process.ts';

const LATENCY = '20-80';

interface CycleTime {
  seconds: number;
  cpuSeconds: number;
  report: Pick<CycleReport, 'feeds' | 'items' | 'articles' | 'figures' | 'noticesQueued'> & { failures: number };
}

async function timeCycle(run: () => Promise<{ report: CycleReport }>): Promise<CycleTime> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { report } = await run();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    seconds: round(seconds, 2),
    cpuSeconds: round((used.user + used.system) / 1e6, 2),
    report: { feeds: report.feeds, items: report.items, articles: report.articles, figures: report.figures, noticesQueued: report.noticesQueued, failures: report.failures.length },
  };
}

await runSection('cycle', async ({ values }) => {
  const feedCount = Number(values.feeds ?? 100);
  const warmCycles = Number(values.cycles ?? 3);
  const server = await spawnFeedServer(feedCount, LATENCY);
  const bench = createBenchApp({ feeds: benchFeeds(feedCount, server.port), fetch: values.concurrency ? { concurrency: Number(values.concurrency) } : {}, cacheStatements: values['cache-statements'] === 'yes' });
  try {
    collectGarbage();
    const baselineRssMiB = rssMiB();
    const sampler = startMemorySampler();
    const cold = await timeCycle(() => bench.app.cycle());
    const afterCold = await server.stats();
    progress(`${feedCount} feeds: cold cycle ${cold.seconds} s (${cold.report.items.matched} items matched, ${cold.report.articles.recorded} articles, ${cold.report.failures} failures)`);
    const warm: CycleTime[] = [];
    for (let i = 0; i < warmCycles; i++) warm.push(await timeCycle(() => bench.app.cycle()));
    const afterWarm = await server.stats();
    const atPeak = sampler.stop();
    progress(`${feedCount} feeds: warm cycles ${warm.map((w) => w.seconds).join(', ')} s`);
    const concurrency = bench.config.fetch.concurrency;
    const warmSeconds = warm.map((w) => w.seconds).sort((a, b) => a - b);
    return {
      feeds: feedCount,
      whatIf: values['cache-statements'] === 'yes' ? 'ledger statements cached' : null,
      itemsPerFeed: 50,
      latencyMs: LATENCY,
      concurrency,
      perHostConcurrency: bench.config.fetch.perHostConcurrency,
      perHostDelayMs: bench.config.fetch.perHostDelayMs,
      cores: cpus().length,
      cold,
      warm,
      warmMedianSeconds: warmSeconds[Math.floor(warmSeconds.length / 2)] ?? 0,
      // What concurrency and latency alone would allow: ceil(N / concurrency) rounds of the mean latency.
      warmFloorSeconds: round((Math.ceil(feedCount / concurrency) * 50) / 1000, 2),
      server: { afterCold, warm304: afterWarm.feeds304 - afterCold.feeds304, warm200: afterWarm.feeds200 - afterCold.feeds200 },
      baselineRssMiB: round(baselineRssMiB, 1),
      rssAfterMiB: round(rssMiB(), 1),
      heapUsedAfterMiB: round(heapUsedMiB(), 1),
      peakRssMiB: round(peakRssMiB(), 1),
      atPeak,
      openFds: openFds(),
    };
  } finally {
    await bench.dispose();
    await server.stop();
  }
});
