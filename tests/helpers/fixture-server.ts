import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureRoute {
  type: string;
  body: string | Buffer;
  /** HTTP status, 200 unless given (a feed whose site is down answers 503 with its maintenance page). */
  status?: number;
  /** Answer only after this long (a slow article page). */
  delayMs?: number;
}

/** A local site for tests: routes can be added or changed between cycles (a feed gaining an item). */
export async function startFixtureServer(initial: Record<string, FixtureRoute> = {}) {
  const routes = new Map(Object.entries(initial));
  const hits: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(path);
    const route = routes.get(path);
    if (!route) return res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    const answer = () => res.writeHead(route.status ?? 200, { 'content-type': route.type }).end(route.body);
    if (route.delayMs) setTimeout(answer, route.delayMs).unref();
    else answer();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    hits,
    set(path: string, route: FixtureRoute): void {
      routes.set(path, route);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An RSS 2.0 document for the given items, dated relative to now so the first-poll rule lets them in. */
export function rss(baseUrl: string, items: { guid: string; title: string; path: string; hoursAgo: number; description?: string }[]): string {
  const entries = items
    .map(
      (item) => `    <item>
      <title>${item.title}</title>
      <link>${baseUrl}${item.path}</link>
      <guid isPermaLink="false">${item.guid}</guid>
      <pubDate>${new Date(Date.now() - item.hoursAgo * 3_600_000).toUTCString()}</pubDate>
      <description>${item.description ?? ''}</description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Araz Daily — Region</title>
    <link>${baseUrl}/</link>
    <description>Regional news</description>
${entries}
  </channel>
</rss>`;
}
