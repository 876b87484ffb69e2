/** Small timing and memory helpers shared by the bench sections. */
import { readdirSync, readFileSync } from 'node:fs';

export const MiB = 1024 * 1024;

/** Peak resident set size of this process so far, in MiB (getrusage ru_maxrss). */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function rssMiB(): number {
  return process.memoryUsage.rss() / MiB;
}

export function heapUsedMiB(): number {
  return process.memoryUsage().heapUsed / MiB;
}

/** Open file descriptors of this process (Linux). */
export function openFds(): number {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return -1;
  }
}

/**
 * One full GC when node runs with --expose-gc, so a pass does not pay for the garbage of the one
 * before. Only one: two back to back age V8's compiled code past its flushing threshold, and the
 * next pass would pay to compile the figure engine's patterns again (see docs/benchmarks.md).
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Two full GCs in a row: what an idle process's memory reducer does; flushes code not run since. */
export function collectGarbageTwice(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export interface Distribution {
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
}

export function distribution(samplesMs: readonly number[]): Distribution {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  return {
    meanMs: sorted.length ? total / sorted.length : 0,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted[sorted.length - 1] ?? 0,
  };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export interface PassTime {
  wallSeconds: number;
  /** User + system CPU time of the whole process (main thread, GC and compiler threads). */
  cpuSeconds: number;
}

/**
 * Wall and CPU time of one pass. The CPU time is what the goals on "one core" use: on a shared
 * machine wall time also counts waiting for the core, CPU time does not, and it includes the GC and
 * compiler helper threads, so it is what one dedicated core would need.
 */
export function timePass(work: () => void): PassTime {
  const cpu = process.cpuUsage();
  const started = performance.now();
  work();
  const wallSeconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { wallSeconds, cpuSeconds: (used.user + used.system) / 1e6 };
}

/** The median pass by CPU time, and the median wall time. */
export function medianPass(passes: readonly PassTime[]): PassTime {
  return { wallSeconds: median(passes.map((p) => p.wallSeconds)), cpuSeconds: median(passes.map((p) => p.cpuSeconds)) };
}

/** Stderr progress lines, so stdout (or the --out file) stays pure JSON. */
export function progress(message: string): void {
  process.stderr.write(`  · ${message}\n`);
}

export interface MemorySample {
  rssMiB: number;
  /** From /proc/self/status: anonymous memory (heaps, malloc) vs file-backed pages (the node binary, libraries). */
  rssAnonMiB: number;
  rssFileMiB: number;
  heapTotalMiB: number;
  heapUsedMiB: number;
  externalMiB: number;
  arrayBuffersMiB: number;
}

function procStatusMiB(field: string, status: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? round(Number(match[1]) / 1024, 1) : -1;
}

export function memorySample(): MemorySample {
  const m = process.memoryUsage();
  let status = '';
  try {
    status = readFileSync('/proc/self/status', 'utf8');
  } catch {
    // Not Linux: the -1 readings say so.
  }
  return {
    rssMiB: round(m.rss / MiB, 1),
    rssAnonMiB: procStatusMiB('RssAnon', status),
    rssFileMiB: procStatusMiB('RssFile', status),
    heapTotalMiB: round(m.heapTotal / MiB, 1),
    heapUsedMiB: round(m.heapUsed / MiB, 1),
    externalMiB: round(m.external / MiB, 1),
    arrayBuffersMiB: round(m.arrayBuffers / MiB, 1),
  };
}

/**
 * Samples memory every `everyMs` while work runs and keeps the sample with the highest RSS: where the
 * peak was (V8 heap reserved vs used, buffers) rather than just how high. RSS beyond heapTotal +
 * external is native: the binary, code, SQLite's cache, malloc arenas, the type stripper's wasm memory.
 */
export function startMemorySampler(everyMs = 100): { stop(): MemorySample } {
  let peak = memorySample();
  const timer = setInterval(() => {
    const now = memorySample();
    if (now.rssMiB > peak.rssMiB) peak = now;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const now = memorySample();
      return now.rssMiB > peak.rssMiB ? now : peak;
    },
  };
}
