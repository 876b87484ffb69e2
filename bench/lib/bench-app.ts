/**
 * The real composition root (src/app.ts createApp) for the cycle and soak benches: the default
 * config's topics and limits, the given local feeds, a temporary SQLite file, the console sink and
 * the log writing to a null stream. One substitution: DNS. Every feed is on its own host name
 * (f<k>.bench.test), as real feeds are, so the per-host politeness gate sees many hosts; an in-memory
 * resolver sends them all to the 127.0.0.1 server.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createApp, type App } from '../../src/app.ts';
import { loadConfigFile, readEnv, type Config, type FeedConfig } from '../../src/config/index.ts';
import { createFetcher } from '../../src/fetch/index.ts';
import { createLogger } from '../../src/log/create-logger.ts';

export const DEFAULT_CONFIG = fileURLToPath(new URL('../../config/default.yaml', import.meta.url));

export function nullStream(): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });
}

export function benchFeeds(count: number, port: number): FeedConfig[] {
  return Array.from({ length: count }, (_v, k) => ({
    url: `http://f${k}.bench.test:${port}/feeds/${k}.xml`,
    outlet: `Bench Daily ${k}`,
    language: 'en',
    topics: [],
  }));
}

export interface BenchApp {
  app: App;
  config: Config;
  dir: string;
  dispose(): Promise<void>;
}

/**
 * What-if for the profiling notes, never the default: the ledger's stores call db.prepare() on every
 * call, and each statement's native memory lives until V8 collects its wrapper. This memoises
 * prepare() per SQL text on the bench's connection, to measure what caching statements would save.
 */
function cacheStatements(db: App['ledger']['db']): void {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, ReturnType<typeof prepare>>();
  Object.assign(db, {
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = prepare(sql);
        cache.set(sql, statement);
      }
      return statement;
    },
  });
}

export interface BenchAppOptions {
  feeds: FeedConfig[];
  /** Config overrides (fetch.concurrency, fetch.perHostDelayMs); everything else is config/default.yaml. */
  fetch?: Partial<Config['fetch']>;
  cacheStatements?: boolean;
}

export function createBenchApp(options: BenchAppOptions): BenchApp {
  const dir = mkdtempSync(join(tmpdir(), 'figurewatch-bench-'));
  const base = loadConfigFile(DEFAULT_CONFIG);
  const config: Config = { ...base, fetch: { ...base.fetch, ...options.fetch } };
  const env = { ...readEnv({}), dbPath: join(dir, 'bench.db'), logLevel: 'warn' };
  const now = (): Date => new Date();
  const ctx = { stdout: nullStream(), stderr: nullStream(), stdin: process.stdin, env: {}, now };
  const log = createLogger({ level: 'warn', destination: nullStream() });
  const app = createApp({ settings: { env, config }, ctx, feeds: options.feeds, output: 'json', log });
  if (options.cacheStatements) cacheStatements(app.ledger.db);
  app.deps.fetcher = createFetcher(config.fetch, { now, lookup: async () => ['127.0.0.1'], allowedAddresses: ['127.0.0.1'] });
  return {
    app,
    config,
    dir,
    async dispose() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
