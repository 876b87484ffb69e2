import { createServer } from 'node:net';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher, FetchError } from '../../src/fetch/index.ts';
import type { FetchResult } from '../../src/fetch/index.ts';
import { startHostileServer } from '../helpers/hostile-server.ts';
import type { HostileServer } from '../helpers/hostile-server.ts';
import { testFetchConfig } from './test-config.ts';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(async () => {
  await server.close();
});

const fetcher = () => createFetcher(testFetchConfig(), { allowedAddresses: ['127.0.0.1'] });

async function failureOf(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

function okText(result: FetchResult): string {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${result.status}`);
  return result.text;
}

describe('fetcher against the hostile server', () => {
  it('when a windows-1251 feed declares its charset, decodes the Cyrillic text', async () => {
    const result = await fetcher().fetch(`${server.url}/feed/report-az-ru.windows-1251.xml`, { kind: 'feed' });
    expect(result.status === 'ok' && result.charset).toBe('windows-1251');
    expect(okText(result)).toContain('Товарооборот между Азербайджаном и Россией');
  });

  it('sends the User-Agent with the contact URL and accepts compressed bodies', async () => {
    await fetcher().fetch(`${server.url}/feed/news-az-en.xml`, { kind: 'feed' });
    const request = server.requests.at(-1);
    expect(request?.headers['user-agent']).toBe('figurewatch/0.1 (+https://github.com/figurewatch/figurewatch)');
    expect(request?.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('when the ETag comes back, answers not-modified and keeps the validators', async () => {
    const first = await fetcher().fetch(`${server.url}/etag/news-az-en.xml`, { kind: 'feed' });
    expect(first.status).toBe('ok');
    const second = await fetcher().fetch(`${server.url}/etag/news-az-en.xml`, {
      kind: 'feed',
      etag: first.etag,
      lastModified: first.lastModified,
    });
    expect(second).toMatchObject({ status: 'not-modified', etag: first.etag, lastModified: 'Mon, 22 Apr 2024 08:40:00 GMT' });
    expect(second.pollFloorSeconds).toBe(600);
    expect(server.requests.at(-1)?.headers['if-none-match']).toBe(first.etag);
  });

  it('when the server gave only Last-Modified, sends If-Modified-Since (and no If-None-Match) and answers not-modified', async () => {
    const url = `${server.url}/last-modified/report-az-ru.windows-1251.xml`;
    const first = await fetcher().fetch(url, { kind: 'feed' });
    expect(first).toMatchObject({ status: 'ok', etag: null, lastModified: 'Sun, 21 Apr 2024 17:05:00 GMT' });
    const second = await fetcher().fetch(url, { kind: 'feed', etag: first.etag, lastModified: first.lastModified });
    expect(second).toMatchObject({ status: 'not-modified', etag: null, lastModified: 'Sun, 21 Apr 2024 17:05:00 GMT' });
    const sent = server.requests.at(-1)?.headers;
    expect(sent?.['if-modified-since']).toBe('Sun, 21 Apr 2024 17:05:00 GMT');
    expect(sent).not.toHaveProperty('if-none-match');
  });

  it('when Cache-Control has max-age, reports it as the poll floor', async () => {
    const result = await fetcher().fetch(`${server.url}/cached/news-az-en.xml`, { kind: 'feed' });
    expect(result.pollFloorSeconds).toBe(1800);
  });

  it('when max-age exceeds maxPollIntervalMinutes, caps the floor', async () => {
    const capped = createFetcher(testFetchConfig({ maxPollIntervalMinutes: 10 }), { allowedAddresses: ['127.0.0.1'] });
    const result = await capped.fetch(`${server.url}/cached/news-az-en.xml`, { kind: 'feed' });
    expect(result.pollFloorSeconds).toBe(600);
  });

  it.each(['gzip', 'br', 'deflate-raw', 'deflate'])('when the body is %s-encoded, decodes it', async (encoding) => {
    const result = await fetcher().fetch(`${server.url}/${encoding}/news-az-en.xml`, { kind: 'feed' });
    expect(okText(result)).toContain('<title>News.az - Latest news from Azerbaijan</title>');
  });

  it('when zlib-wrapped deflate arrives with its two header bytes in separate chunks, still decodes it whole', async () => {
    const result = await fetcher().fetch(`${server.url}/deflate-split/news-az-en.xml`, { kind: 'feed' });
    const text = okText(result);
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text).toContain('Azerbaijan, Russia discuss expansion of trade along North–South corridor');
    expect(text.trimEnd().endsWith('</rss>')).toBe(true);
  });

  it('when a server drips one byte at a time, gives up with a timeout', async () => {
    const error = await failureOf(fetcher().fetch(`${server.url}/slow-drip`, { kind: 'feed' }));
    expect(error.kind).toBe('timeout');
    expect(error.stage).toBe('fetch');
  });

  it('when a server never answers, gives up with a timeout', async () => {
    expect((await failureOf(fetcher().fetch(`${server.url}/hang`, { kind: 'feed' }))).kind).toBe('timeout');
  });

  it('when the caller aborts, stops with a timeout-kind error', async () => {
    const controller = new AbortController();
    const pending = fetcher().fetch(`${server.url}/hang`, { kind: 'feed', signal: controller.signal });
    controller.abort();
    expect((await failureOf(pending)).kind).toBe('timeout');
  });

  it('when the body never ends, stops at the byte cap with too-large', async () => {
    expect((await failureOf(fetcher().fetch(`${server.url}/endless`, { kind: 'feed' }))).kind).toBe('too-large');
  });

  it('when a small gzip body inflates to 64 MB, stops at the cap on decoded bytes', async () => {
    const error = await failureOf(fetcher().fetch(`${server.url}/gzip-bomb`, { kind: 'feed' }));
    expect(error.kind).toBe('too-large');
  });

  it('when a page is bigger than maxPageBytes but smaller than maxFeedBytes, only the page is refused', async () => {
    const limits = createFetcher(testFetchConfig({ maxPageBytes: 2000 }), { allowedAddresses: ['127.0.0.1'] });
    await expect(limits.fetch(`${server.url}/feed/news-az-en.xml`, { kind: 'feed' })).resolves.toMatchObject({ status: 'ok' });
    expect((await failureOf(limits.fetch(`${server.url}/feed/news-az-en.xml`, { kind: 'page' }))).kind).toBe('too-large');
  });

  it('when redirects loop, fails with redirect-loop', async () => {
    expect((await failureOf(fetcher().fetch(`${server.url}/loop/a`, { kind: 'feed' }))).kind).toBe('redirect-loop');
  });

  it('follows up to maxRedirects redirects and reports the final URL', async () => {
    const result = await fetcher().fetch(`${server.url}/chain/5`, { kind: 'feed' });
    expect(result.finalUrl).toBe(`${server.url}/feed/news-az-en.xml`);
  });

  it('when there are more redirects than maxRedirects, fails with redirect-loop', async () => {
    expect((await failureOf(fetcher().fetch(`${server.url}/chain/6`, { kind: 'feed' }))).kind).toBe('redirect-loop');
  });

  it('when the server answers 503 with Retry-After, fails with http-5xx and the delay', async () => {
    const error = await failureOf(fetcher().fetch(`${server.url}/status/503`, { kind: 'feed' }));
    expect(error).toMatchObject({ kind: 'http-5xx', status: 503, retryAfterSeconds: 120 });
  });

  it('when the server answers 500, fails with http-5xx; 404 and 429 are http-4xx', async () => {
    expect((await failureOf(fetcher().fetch(`${server.url}/status/500`, { kind: 'feed' }))).kind).toBe('http-5xx');
    expect((await failureOf(fetcher().fetch(`${server.url}/status/404`, { kind: 'feed' }))).kind).toBe('http-4xx');
    const limited = await failureOf(fetcher().fetch(`${server.url}/status/429`, { kind: 'feed' }));
    expect(limited).toMatchObject({ kind: 'http-4xx', status: 429, retryAfterSeconds: 120 });
  });

  it('when valid UTF-8 is served as windows-1251, decodes it as UTF-8', async () => {
    const result = await fetcher().fetch(`${server.url}/wrong-charset`, { kind: 'feed' });
    expect(result.status === 'ok' && result.charset).toBe('utf-8');
    expect(okText(result)).toContain('Azərbaycan ilə Rusiya arasında ticarət dövriyyəsi');
  });

  it('when nothing allows 127.0.0.1, refuses the local server as a private address', async () => {
    const strict = createFetcher(testFetchConfig());
    expect((await failureOf(strict.fetch(`${server.url}/feed/news-az-en.xml`, { kind: 'feed' }))).kind).toBe('refused-url');
  });

  it('when allowPrivateAddresses is set, fetches from loopback', async () => {
    const open = createFetcher(testFetchConfig({ allowPrivateAddresses: true }));
    await expect(open.fetch(`${server.url}/feed/news-az-en.xml`, { kind: 'feed' })).resolves.toMatchObject({ status: 'ok' });
  });

  it('when a redirect points at a cloud metadata address, refuses that hop', async () => {
    const target = encodeURIComponent('http://169.254.169.254/latest/meta-data/');
    const error = await failureOf(fetcher().fetch(`${server.url}/redirect?to=${target}`, { kind: 'feed' }));
    expect(error.kind).toBe('refused-url');
    expect(server.requests.some((request) => request.path.includes('meta-data/') && !request.path.startsWith('/redirect'))).toBe(false);
  });

  it('when a redirect goes to a host name that resolves to a private address, refuses it', async () => {
    const lookup = async (host: string) => (host === 'intranet.example' ? ['10.0.0.7'] : ['127.0.0.1']);
    const guarded = createFetcher(testFetchConfig(), { lookup, allowedAddresses: ['127.0.0.1'] });
    const target = encodeURIComponent('http://intranet.example/admin');
    expect((await failureOf(guarded.fetch(`${server.url}/redirect?to=${target}`, { kind: 'feed' }))).kind).toBe('refused-url');
  });

  it('when a redirect leaves http(s) (file:), refuses it', async () => {
    const target = encodeURIComponent('file:///etc/passwd');
    expect((await failureOf(fetcher().fetch(`${server.url}/redirect?to=${target}`, { kind: 'feed' }))).kind).toBe('refused-url');
  });

  it('connects to the address it checked, whatever the name resolves to later', async () => {
    let calls = 0;
    const rebinding = async () => (++calls === 1 ? ['127.0.0.1'] : ['10.9.9.9']);
    const pinned = createFetcher(testFetchConfig(), { lookup: rebinding, allowedAddresses: ['127.0.0.1'] });
    const port = new URL(server.url).port;
    const result = await pinned.fetch(`http://feeds.example:${port}/feed/news-az-en.xml`, { kind: 'feed' });
    expect(result.status).toBe('ok');
    expect(calls).toBe(1);
  });

  it('when a host name does not resolve, fails with dns', async () => {
    const lookup = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    const broken = createFetcher(testFetchConfig(), { lookup });
    expect((await failureOf(broken.fetch('http://no-such-host.example/rss', { kind: 'feed' }))).kind).toBe('dns');
  });

  it('when nothing listens on the port, fails with network', async () => {
    const closed = await startHostileServer();
    const url = closed.url;
    await closed.close();
    expect((await failureOf(fetcher().fetch(`${url}/feed/news-az-en.xml`, { kind: 'feed' }))).kind).toBe('network');
  });

  it('sends at most perHostConcurrency requests at once to one host', async () => {
    const before = server.maxInFlight;
    server.maxInFlight = 0;
    const limited = createFetcher(testFetchConfig({ perHostConcurrency: 2 }), { allowedAddresses: ['127.0.0.1'] });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => limited.fetch(`${server.url}/slow/news-az-en.xml`, { kind: 'feed' })),
    );
    expect(results.every((result) => result.status === 'ok')).toBe(true);
    expect(server.maxInFlight).toBe(2);
    server.maxInFlight = Math.max(before, server.maxInFlight);
  });

  it('when requests queue for one host, the queueing does not count against the timeout', async () => {
    const serial = createFetcher(testFetchConfig({ perHostConcurrency: 1, timeoutMs: 1000 }), { allowedAddresses: ['127.0.0.1'] });
    const results = await Promise.all(
      Array.from({ length: 10 }, () => serial.fetch(`${server.url}/slow/news-az-en.xml`, { kind: 'feed' })),
    );
    expect(results.map((result) => result.status)).toEqual(Array(10).fill('ok'));
  });

  it('spaces request starts to one host by perHostDelayMs', async () => {
    const polite = createFetcher(testFetchConfig({ perHostDelayMs: 120 }), { allowedAddresses: ['127.0.0.1'] });
    const marker = `/feed/news-az-en.xml?spacing=${Date.now()}`;
    await Promise.all(Array.from({ length: 3 }, () => polite.fetch(`${server.url}${marker}`, { kind: 'feed' })));
    const arrivals = server.requests.filter((request) => request.path === marker).map((request) => request.at);
    expect(arrivals).toHaveLength(3);
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(100);
    expect(arrivals[2]! - arrivals[1]!).toBeGreaterThanOrEqual(100);
  });

  it('when https is spoken to a plain HTTP server, fails with tls', async () => {
    const port = new URL(server.url).port;
    expect((await failureOf(fetcher().fetch(`https://127.0.0.1:${port}/feed/news-az-en.xml`, { kind: 'feed' }))).kind).toBe('tls');
  });

  it('when a server accepts the connection but never completes the TLS handshake, the connect timeout fires first', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    const impatient = createFetcher(testFetchConfig({ connectTimeoutMs: 200, timeoutMs: 10_000 }), { allowedAddresses: ['127.0.0.1'] });
    try {
      const error = await failureOf(impatient.fetch(`https://127.0.0.1:${port}/rss`, { kind: 'feed' }));
      expect(error.kind).toBe('timeout');
      expect(error.message).toContain('no connection');
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
