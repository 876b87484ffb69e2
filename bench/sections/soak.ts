/**
 * Bench 5: soak. One process, one app (createApp), 1,000 warm cycles (cycle + delivery, as `run`
 * does each tick) against the local server: 20 feeds answering 304 after 1–5 ms (the latency is not
 * what is measured here). RSS, the live heap after a full GC and open file descriptors
 * (/proc/self/fd) after the first cold cycle and ten warm ones, every 100 cycles, and at the end.
 * `--cycles N` overrides the count (--quick: 200).
 */
import { benchFeeds, createBenchApp } from '../lib/bench-app.ts';
import { collectGarbageTwice, memorySample, openFds, peakRssMiB, progress, round, rssMiB } from '../lib/measure.ts';
import { runSection } from '../lib/section.ts';
import { spawnFeedServer } from '../lib/server-process.ts';

const FEEDS = 20;

interface Reading {
  cycle: number;
  rssMiB: number;
  rssAfterGcMiB: number;
  heapAfterGcMiB: number;
  heapTotalAfterGcMiB: number;
  rssAnonAfterGcMiB: number;
  openFds: number;
}

async function read(cycle: number): Promise<Reading> {
  const raw = rssMiB();
  // Let sockets closed by the last cycle finish closing before fds are counted.
  await new Promise((resolve) => setImmediate(resolve));
  collectGarbageTwice();
  const after = memorySample();
  return {
    cycle,
    rssMiB: round(raw, 1),
    rssAfterGcMiB: after.rssMiB,
    heapAfterGcMiB: after.heapUsedMiB,
    heapTotalAfterGcMiB: after.heapTotalMiB,
    rssAnonAfterGcMiB: after.rssAnonMiB,
    openFds: openFds(),
  };
}

await runSection('soak', async ({ quick, values }) => {
  const cycles = Number(values.cycles ?? (quick ? 200 : 1000));
  const server = await spawnFeedServer(FEEDS, '1-5');
  const bench = createBenchApp({ feeds: benchFeeds(FEEDS, server.port), fetch: { perHostDelayMs: 0 }, cacheStatements: values['cache-statements'] === 'yes' });
  try {
    await bench.app.cycle();
    for (let i = 0; i < 10; i++) await bench.app.cycle();
    const readings: Reading[] = [await read(0)];
    const started = performance.now();
    let notModified = 0;
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const { report } = await bench.app.cycle();
      notModified += report.feeds.notModified;
      if (cycle % 100 === 0 || cycle === cycles) {
        readings.push(await read(cycle));
        progress(`soak: cycle ${cycle}, RSS ${readings.at(-1)?.rssMiB} MiB, fds ${readings.at(-1)?.openFds}`);
      }
    }
    const seconds = (performance.now() - started) / 1000;
    const first = readings[0]!;
    const last = readings.at(-1)!;
    return {
      cycles,
      feeds: FEEDS,
      whatIf: values['cache-statements'] === 'yes' ? 'ledger statements cached' : null,
      allNotModified: notModified === cycles * FEEDS,
      msPerCycle: round((seconds * 1000) / cycles, 1),
      start: first,
      end: last,
      rssGrowthMiB: round(last.rssMiB - first.rssMiB, 1),
      // A leak keeps growing; V8 sizing its heap levels off. The second half tells them apart.
      secondHalfGrowthMiB: round(last.rssMiB - (readings[Math.floor((readings.length - 1) / 2)]?.rssMiB ?? first.rssMiB), 1),
      rssAfterGcGrowthMiB: round(last.rssAfterGcMiB - first.rssAfterGcMiB, 1),
      heapGrowthMiB: round(last.heapAfterGcMiB - first.heapAfterGcMiB, 1),
      fdGrowth: last.openFds - first.openFds,
      peakRssMiB: round(peakRssMiB(), 1),
      readings,
    };
  } finally {
    await bench.dispose();
    await server.stop();
  }
});
