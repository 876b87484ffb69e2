import type { FetchConfig } from '../config/schema.ts';
import { FetchError, classifySystemError } from './fetch-error.ts';
import { createHostGate } from './host-gate.ts';
import type { HostGate } from './host-gate.ts';
import { getOnce } from './http-get.ts';
import type { HopResponse } from './http-get.ts';
import { cacheFloorSeconds, headerValue, retryAfterSeconds } from './poll-floor.ts';
import { decodeBody } from './decode-charset.ts';
import { assertHttp, defaultLookup, resolveSafely } from './url-safety.ts';
import { abortable, createDeadline } from './deadline.ts';
import type { Deadline } from './deadline.ts';
import type { AddressPolicy, LookupFn } from './url-safety.ts';
import type { FetchRequest, FetchResult, Fetcher, FetcherDeps } from './types.ts';

export type { FetchRequest, FetchResult, Fetcher, FetcherDeps } from './types.ts';
export { FetchError } from './fetch-error.ts';
export { decodeBody } from './decode-charset.ts';
export { isPrivateAddress } from './url-safety.ts';

const ACCEPT = {
  feed: 'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1',
  page: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.1',
} as const;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface Context {
  config: FetchConfig;
  gate: HostGate;
  lookup: LookupFn;
  policy: AddressPolicy;
  now: () => Date;
  userAgent: string;
}

export function createFetcher(config: FetchConfig, deps: FetcherDeps = {}): Fetcher {
  const context: Context = {
    config,
    gate: createHostGate(config.perHostConcurrency, config.perHostDelayMs),
    lookup: deps.lookup ?? defaultLookup,
    policy: { allowPrivateAddresses: config.allowPrivateAddresses, allowedAddresses: deps.allowedAddresses ?? [] },
    now: deps.now ?? (() => new Date()),
    userAgent: `${config.userAgent} (+${config.contactUrl})`,
  };
  return { fetch: (url, request) => fetchWithDeadline(context, url, request) };
}

/**
 * One deadline (config.timeoutMs) covers DNS, every hop and the body. It starts when the first
 * per-host slot is granted, so a queue of feeds on one host does not time out while waiting.
 */
async function fetchWithDeadline(context: Context, url: string, request: FetchRequest): Promise<FetchResult> {
  const start = parseUrl(url);
  const deadline = createDeadline(url, context.config.timeoutMs, request.signal);
  try {
    return await followRedirects(context, start, request, deadline);
  } catch (error) {
    if (error instanceof FetchError) throw error;
    const { signal } = deadline;
    if (signal.aborted) {
      const reason: unknown = signal.reason;
      if (reason instanceof FetchError) throw reason;
      throw new FetchError('timeout', `aborted by the caller while fetching ${url}`, { url, cause: error });
    }
    throw classifySystemError(error, url);
  } finally {
    deadline.dispose();
  }
}

async function followRedirects(context: Context, start: URL, request: FetchRequest, deadline: Deadline): Promise<FetchResult> {
  const visited = new Set<string>();
  let current = start;
  for (let hop = 0; ; hop += 1) {
    visited.add(current.href);
    const response = await requestHop(context, current, request, deadline);
    if (!REDIRECTS.has(response.status)) return toResult(context, response, current, request);
    const next = redirectTarget(response, current);
    if (visited.has(next.href)) {
      throw new FetchError('redirect-loop', `redirect loop: ${current.href} redirects back to ${next.href}`, { url: start.href });
    }
    if (hop + 1 > context.config.maxRedirects) {
      throw new FetchError('redirect-loop', `more than ${context.config.maxRedirects} redirects from ${start.href}`, {
        url: start.href,
      });
    }
    current = next;
  }
}

async function requestHop(context: Context, url: URL, request: FetchRequest, deadline: Deadline): Promise<HopResponse> {
  assertHttp(url);
  const { signal } = deadline;
  const release = await context.gate.acquire(url.hostname.toLowerCase(), signal);
  try {
    deadline.start();
    const addresses = await abortable(resolveSafely(url, context.lookup, context.policy), signal);
    return await getOnce({
      url,
      addresses,
      headers: requestHeaders(context, request),
      connectTimeoutMs: context.config.connectTimeoutMs,
      maxBytes: request.kind === 'feed' ? context.config.maxFeedBytes : context.config.maxPageBytes,
      signal,
    });
  } finally {
    release();
  }
}

function requestHeaders(context: Context, request: FetchRequest): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': context.userAgent,
    accept: ACCEPT[request.kind],
    'accept-encoding': 'gzip, deflate, br',
    'accept-language': 'en, ru;q=0.9, az;q=0.8, *;q=0.5',
  };
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  return headers;
}

function toResult(context: Context, response: HopResponse, url: URL, request: FetchRequest): FetchResult {
  const now = context.now();
  const capSeconds = context.config.maxPollIntervalMinutes * 60;
  const common = {
    finalUrl: url.href,
    etag: headerValue(response.headers, 'etag') ?? request.etag ?? null,
    lastModified: headerValue(response.headers, 'last-modified') ?? request.lastModified ?? null,
    pollFloorSeconds: cacheFloorSeconds(response.headers, now, capSeconds),
  };
  const { status } = response;
  if (status === 304) return { status: 'not-modified', ...common };
  if (status >= 200 && status < 300) {
    const contentType = headerValue(response.headers, 'content-type');
    const decoded = decodeBody(response.body, contentType);
    return { status: 'ok', ...common, body: response.body, contentType, charset: decoded.charset, text: decoded.text };
  }
  const retryAfter = retryAfterSeconds(response.headers, now, capSeconds);
  const details = { url: url.href, status, retryAfterSeconds: retryAfter };
  if (status >= 400 && status < 500) throw new FetchError('http-4xx', `HTTP ${status} from ${url.href}`, details);
  if (status >= 500) throw new FetchError('http-5xx', `HTTP ${status} from ${url.href}`, details);
  throw new FetchError('network', `unexpected HTTP ${status} from ${url.href}`, details);
}

function redirectTarget(response: HopResponse, current: URL): URL {
  const location = headerValue(response.headers, 'location');
  if (location === null || location.trim() === '') {
    throw new FetchError('network', `HTTP ${response.status} without Location from ${current.href}`, {
      url: current.href,
      status: response.status,
    });
  }
  try {
    return new URL(location.trim(), current);
  } catch (error) {
    throw new FetchError('refused-url', `refused redirect to invalid URL "${location}" from ${current.href}`, {
      url: current.href,
      cause: error,
    });
  }
}

function parseUrl(url: string): URL {
  try {
    return new URL(url);
  } catch (error) {
    throw new FetchError('refused-url', `refused invalid URL "${url}"`, { url, cause: error });
  }
}
