/**
 * The bench's local news web: N feeds and their article pages on 127.0.0.1, every response after a
 * random delay in [minMs, maxMs] (a real server's think time plus the network), feeds with an ETag
 * and 304 on If-None-Match, no Cache-Control (so every feed is due again at once). Topic items link
 * to real-looking Russia–Azerbaijan pages from our fixtures, with the canonical URL rewritten to the
 * served one, so every page is its own article in the ledger.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SHAPE, feedXml, seeded, type FeedShape } from './synthetic-feed.ts';

export interface ServerOptions {
  feeds: number;
  minMs: number;
  maxMs: number;
  shape?: FeedShape;
}

export interface ServerStats {
  requests: number;
  feeds200: number;
  feeds304: number;
  pages: number;
  notFound: number;
  bytes: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The Russia–Azerbaijan pages we own: article fixtures, e2e pages and the bundled sample's pages. */
export function loadTopicPages(): Buffer[] {
  const dirs = ['tests/fixtures/articles', 'tests/fixtures/e2e', 'src/sample/site'].map((d) => join(ROOT, d));
  return dirs.flatMap(htmlFiles).sort().map((file) => readFileSync(file));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Serves on a free 127.0.0.1 port. GET /_stats answers the counters; POST /_bump gives every feed new items. */
export function startFeedServer(options: ServerOptions): Promise<{ server: Server; port: number; stats: ServerStats }> {
  const shape = options.shape ?? DEFAULT_SHAPE;
  const pages = loadTopicPages();
  const now = new Date();
  const feedCache = new Map<number, string>();
  const stats: ServerStats = { requests: 0, feeds200: 0, feeds304: 0, pages: 0, notFound: 0, bytes: 0 };
  const delay = seeded(42);
  let version = 0;

  const feedBody = (feed: number): string => {
    let body = feedCache.get(feed);
    if (body === undefined) {
      body = feedXml(feed, `http://f${feed}.bench.test:${port}`, now, shape, version);
      feedCache.set(feed, body);
    }
    return body;
  };

  const respond = (req: IncomingMessage, res: ServerResponse): void => {
    stats.requests++;
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    const feedMatch = /^\/feeds\/(\d+)\.xml$/.exec(path);
    if (feedMatch) {
      const feed = Number(feedMatch[1]);
      const etag = `"f${feed}-v${version}"`;
      if (req.headers['if-none-match'] === etag) {
        stats.feeds304++;
        res.writeHead(304, { etag }).end();
        return;
      }
      const body = Buffer.from(feedBody(feed));
      stats.feeds200++;
      stats.bytes += body.length;
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag, 'content-length': body.length }).end(body);
      return;
    }
    const pageMatch = /^\/articles\/(\d+)-(\d+)\.html$/.exec(path);
    if (pageMatch) {
      const page = pages[(Number(pageMatch[1]) * 31 + Number(pageMatch[2])) % pages.length];
      if (page) {
        const url = `http://${req.headers.host ?? '127.0.0.1'}${path}`;
        const body = Buffer.from(withCanonical(page.toString('latin1'), url), 'latin1');
        stats.pages++;
        stats.bytes += body.length;
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': body.length }).end(body);
        return;
      }
    }
    stats.notFound++;
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };

  const server = createServer((req, res) => {
    // Control requests (the bench's own) answer at once.
    if (req.url === '/_stats') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(stats));
      return;
    }
    if (req.url === '/_bump' && req.method === 'POST') {
      version++;
      feedCache.clear();
      res.writeHead(204).end();
      return;
    }
    const ms = options.minMs + delay() * (options.maxMs - options.minMs);
    setTimeout(() => respond(req, res), ms);
  });
  server.keepAliveTimeout = 1000;
  let port = 0;
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', 4096, () => {
      port = (server.address() as AddressInfo).port;
      resolve({ server, port, stats });
    });
  });
}

// Latin-1 round trip keeps the bytes of any charset (the RIA fixture is windows-1251) while we edit ASCII.
function withCanonical(html: string, url: string): string {
  const tag = `<link rel="canonical" href="${url}">`;
  const replaced = html.replace(/<link[^>]+rel=["']?canonical["']?[^>]*>/i, tag).replace(/(<meta[^>]+property=["']og:url["'][^>]*content=["'])[^"']*/i, `$1${url}`);
  return replaced.includes(tag) ? replaced : replaced.replace(/<head[^>]*>/i, (head) => `${head}\n${tag}`);
}
