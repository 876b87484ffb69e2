import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, deflateRawSync, deflateSync } from 'node:zlib';

/**
 * A local HTTP server (127.0.0.1:0) that misbehaves on purpose, for the fetcher, the feed
 * parser and the pipeline tests. Every route is a way real feeds break a bot:
 *
 *   /feed/<fixture>          a fixture from tests/fixtures/feeds (Content-Type per fixture)
 *   /etag/<fixture>          200 with ETag + Last-Modified, then 304 when they come back
 *   /last-modified/<fixture> 200 with Last-Modified only (no ETag), then 304 to a matching If-Modified-Since
 *   /slow-drip               headers at once, then one byte every 200 ms, forever
 *   /hang                    accepts the request and never answers
 *   /endless                 200 and an endless fast body (no Content-Length)
 *   /gzip-bomb               ~100 KB of gzip that inflates to 64 MB of zeros
 *   /loop/a <-> /loop/b      a redirect loop; /chain/<n> redirects n times, then serves a feed
 *   /redirect?to=<url>       one 302 to any URL (for the private-address checks)
 *   /status/<code>           that status; 429 and 503 carry Retry-After: 120
 *   /wrong-charset           UTF-8 bytes served as "charset=windows-1251"
 *   /gzip/<fixture>, /br/<fixture>, /deflate-raw/<fixture>   compressed fixtures
 *   /deflate/<fixture>       "deflate" as RFC 9110 defines it: the zlib-wrapped stream (RFC 1950)
 *   /deflate-split/<fixture> the same, its first byte sent alone before the rest (a header split across chunks)
 *   /cached/<fixture>        the fixture with Cache-Control: max-age=1800
 *   /html                    an HTML page where a feed should be
 *   /slow/<fixture>          the fixture after 150 ms (to observe per-host concurrency)
 *   /flaky/<n>/<fixture>     500 for the first n requests, then the fixture (recovery)
 *   /page/<fixture>          an HTML article page (text/html, optional charset in the name)
 */
export interface HostileServer {
  url: string;
  origin: string;
  /** Requests seen, in arrival order, with the arrival time (ms since epoch). */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders; at: number }>;
  /** Most requests that were in flight at once. */
  maxInFlight: number;
  close(): Promise<void>;
}

const FIXTURES = new URL('../fixtures/feeds/', import.meta.url);

export function fixtureBytes(name: string): Buffer {
  return readFileSync(new URL(name, FIXTURES));
}

function contentTypeOf(name: string): string {
  if (name.includes('windows-1251')) return 'application/rss+xml; charset=windows-1251';
  if (name.includes('koi8')) return 'text/xml';
  if (name.endsWith('.atom') || name.includes('atom')) return 'application/atom+xml; charset=utf-8';
  if (name.endsWith('.html')) return 'text/html; charset=utf-8';
  return 'application/rss+xml; charset=utf-8';
}

let bomb: Buffer | null = null;
function gzipBomb(): Buffer {
  bomb ??= gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
  return bomb;
}

export async function startHostileServer(): Promise<HostileServer> {
  const sockets = new Set<import('node:net').Socket>();
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;
  const state: HostileServer = {
    url: '',
    origin: '',
    requests: [],
    maxInFlight: 0,
    close: async () => {
      for (const timer of timers) clearInterval(timer);
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = http.createServer((req, res) => {
    state.requests.push({ path: req.url ?? '', headers: req.headers, at: Date.now() });
    inFlight += 1;
    state.maxInFlight = Math.max(state.maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
    });
    route(req, res, timers).catch(() => res.destroy());
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  state.origin = `http://127.0.0.1:${port}`;
  state.url = state.origin;
  return state;
}

const flakyCounts = new Map<string, number>();

async function route(req: IncomingMessage, res: ServerResponse, timers: Set<NodeJS.Timeout>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  const [, head = '', ...rest] = url.pathname.split('/');
  const tail = rest.join('/');
  switch (head) {
    case 'feed':
      return send(res, 200, { 'content-type': contentTypeOf(tail) }, fixtureBytes(tail));
    case 'cached':
      return send(res, 200, { 'content-type': contentTypeOf(tail), 'cache-control': 'public, max-age=1800' }, fixtureBytes(tail));
    case 'etag':
      return conditional(req, res, tail);
    case 'last-modified':
      return lastModifiedOnly(req, res, tail);
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, 150));
      return send(res, 200, { 'content-type': contentTypeOf(tail) }, fixtureBytes(tail));
    case 'gzip':
      return send(res, 200, { 'content-type': contentTypeOf(tail), 'content-encoding': 'gzip' }, gzipSync(fixtureBytes(tail)));
    case 'br':
      return send(res, 200, { 'content-type': contentTypeOf(tail), 'content-encoding': 'br' }, brotliCompressSync(fixtureBytes(tail)));
    case 'deflate-raw':
      return send(res, 200, { 'content-type': contentTypeOf(tail), 'content-encoding': 'deflate' }, deflateRawSync(fixtureBytes(tail)));
    case 'deflate':
      return send(res, 200, { 'content-type': contentTypeOf(tail), 'content-encoding': 'deflate' }, deflateSync(fixtureBytes(tail)));
    case 'deflate-split':
      return sendSplit(res, { 'content-type': contentTypeOf(tail), 'content-encoding': 'deflate' }, deflateSync(fixtureBytes(tail)));
    case 'gzip-bomb':
      return send(res, 200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' }, gzipBomb());
    case 'wrong-charset':
      return send(res, 200, { 'content-type': 'text/xml; charset=windows-1251' }, fixtureBytes('azertag-az.atom'));
    case 'html':
      return send(res, 200, { 'content-type': 'text/html; charset=utf-8' }, fixtureBytes('not-a-feed.html'));
    case 'page':
      return send(res, 200, { 'content-type': contentTypeOf(tail) }, fixtureBytes(tail));
    case 'slow-drip':
      return drip(res, timers, 200, Buffer.from('<'));
    case 'endless':
      return drip(res, timers, 1, Buffer.alloc(64 * 1024, 0x61), '<?xml version="1.0"?><rss version="2.0"><channel><title>');
    case 'hang':
      return;
    case 'flaky': {
      const [failures = '0', ...name] = rest;
      const seen = (flakyCounts.get(url.pathname) ?? 0) + 1;
      flakyCounts.set(url.pathname, seen);
      if (seen <= Number(failures)) return send(res, 500, { 'content-type': 'text/html' }, Buffer.from('<h1>500</h1>'));
      return send(res, 200, { 'content-type': contentTypeOf(name.join('/')) }, fixtureBytes(name.join('/')));
    }
    case 'loop':
      return redirect(res, tail === 'a' ? '/loop/b' : '/loop/a');
    case 'chain': {
      const left = Number(tail);
      return redirect(res, left > 1 ? `/chain/${left - 1}` : '/feed/news-az-en.xml');
    }
    case 'redirect':
      return redirect(res, url.searchParams.get('to') ?? '/');
    case 'status': {
      const code = Number(tail);
      const retry = code === 429 || code === 503 ? { 'retry-after': '120' } : {};
      return send(res, code, { 'content-type': 'text/html', ...retry }, Buffer.from(`<h1>${code}</h1>`));
    }
    default:
      return send(res, 404, { 'content-type': 'text/plain' }, Buffer.from('not found'));
  }
}

function send(res: ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body: Buffer): void {
  res.writeHead(status, { 'content-length': body.byteLength, ...headers });
  res.end(body);
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(302, { location, 'content-length': 0 });
  res.end();
}

function conditional(req: IncomingMessage, res: ServerResponse, fixture: string): void {
  const etag = `"${fixture.length}-v1"`;
  const lastModified = 'Mon, 22 Apr 2024 08:40:00 GMT';
  if (req.headers['if-none-match'] === etag || req.headers['if-modified-since'] === lastModified) {
    res.writeHead(304, { etag, 'last-modified': lastModified, 'cache-control': 'max-age=600' });
    res.end();
    return;
  }
  send(res, 200, { 'content-type': contentTypeOf(fixture), etag, 'last-modified': lastModified }, fixtureBytes(fixture));
}

const LAST_MODIFIED = 'Sun, 21 Apr 2024 17:05:00 GMT';

/** A server that keeps no ETag (many CMS feeds): Last-Modified is the only validator. */
function lastModifiedOnly(req: IncomingMessage, res: ServerResponse, fixture: string): void {
  if (req.headers['if-modified-since'] === LAST_MODIFIED) {
    res.writeHead(304, { 'last-modified': LAST_MODIFIED });
    res.end();
    return;
  }
  send(res, 200, { 'content-type': contentTypeOf(fixture), 'last-modified': LAST_MODIFIED }, fixtureBytes(fixture));
}

/** The first byte alone, then the rest a moment later, so the client sees them as two chunks. */
function sendSplit(res: ServerResponse, headers: http.OutgoingHttpHeaders, body: Buffer): void {
  res.writeHead(200, headers);
  res.write(body.subarray(0, 1));
  setTimeout(() => res.end(body.subarray(1)), 50).unref();
}

function drip(res: ServerResponse, timers: Set<NodeJS.Timeout>, everyMs: number, chunk: Buffer, prefix = ''): void {
  res.writeHead(200, { 'content-type': 'application/rss+xml' });
  if (prefix) res.write(prefix);
  const timer = setInterval(() => {
    if (res.destroyed || res.writableEnded) {
      clearInterval(timer);
      timers.delete(timer);
      return;
    }
    res.write(chunk);
  }, everyMs);
  timers.add(timer);
  res.on('close', () => {
    clearInterval(timer);
    timers.delete(timer);
  });
}
