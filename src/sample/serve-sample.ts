import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FeedConfig } from '../config/index.ts';

/** The bundled sample: a feed and its article pages, written by us in the style of real coverage. */
export const SAMPLE_SITE_DIR = fileURLToPath(new URL('./site/', import.meta.url));

export interface SampleServer {
  baseUrl: string;
  feeds: FeedConfig[];
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.xml': 'application/rss+xml; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

/**
 * Serves the sample on 127.0.0.1 (a free port) so `figurewatch once --sample` runs the whole cycle with
 * no network. Feed item dates are set relative to `now`, so the first-poll age rule lets them through.
 */
export async function serveSample(now: () => Date = () => new Date()): Promise<SampleServer> {
  const server = createServer((req, res) => {
    respond(req.url ?? '/', baseUrlOf(server), now())
      .then(({ status, type, body }) => {
        res.writeHead(status, { 'content-type': type, 'cache-control': 'no-cache' });
        res.end(body);
      })
      .catch(() => {
        res.writeHead(500).end();
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = baseUrlOf(server);
  return {
    baseUrl,
    feeds: [{ url: `${baseUrl}/feed.xml`, outlet: 'Caspian Wire (sample)', language: 'en', topics: [] }],
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function respond(rawUrl: string, baseUrl: string, now: Date): Promise<{ status: number; type: string; body: string }> {
  const path = new URL(rawUrl, baseUrl).pathname;
  const file = normalize(join(SAMPLE_SITE_DIR, decodeURIComponent(path)));
  if (!file.startsWith(SAMPLE_SITE_DIR.replace(/[/\\]$/, '') + sep)) return notFound();
  try {
    const body = await readFile(file, 'utf8');
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
    return { status: 200, type, body: path === '/feed.xml' ? fillFeed(body, baseUrl, now) : body };
  } catch {
    return notFound();
  }
}

function fillFeed(template: string, baseUrl: string, now: Date): string {
  return template
    .replaceAll('{{BASE}}', baseUrl)
    .replace(/\{\{DATE:(\d+)\}\}/g, (_m, hours: string) => new Date(now.getTime() - Number(hours) * 3_600_000).toUTCString());
}

function notFound(): { status: number; type: string; body: string } {
  return { status: 404, type: 'text/plain; charset=utf-8', body: 'not found' };
}

function baseUrlOf(server: Server): string {
  const address = server.address() as AddressInfo | null;
  return `http://127.0.0.1:${address?.port ?? 0}`;
}
