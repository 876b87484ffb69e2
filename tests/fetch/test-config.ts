import type { FetchConfig } from '../../src/config/schema.ts';

/** Fetch limits for tests: small enough that the hostile routes hit them quickly. */
export function testFetchConfig(overrides: Partial<FetchConfig> = {}): FetchConfig {
  return {
    userAgent: 'figurewatch/0.1',
    contactUrl: 'https://github.com/figurewatch/figurewatch',
    timeoutMs: 1500,
    connectTimeoutMs: 1000,
    maxFeedBytes: 1024 * 1024,
    maxPageBytes: 512 * 1024,
    maxRedirects: 5,
    perHostConcurrency: 2,
    perHostDelayMs: 0,
    concurrency: 4,
    allowPrivateAddresses: false,
    maxPollIntervalMinutes: 360,
    baseBackoffMinutes: 5,
    maxBackoffMinutes: 1440,
    ...overrides,
  };
}
