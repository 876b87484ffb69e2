import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SampleServer } from '../../src/sample/serve-sample.ts';

export interface StalledSite {
  feedUrl: string;
  /** Article paths requested so far (each request is held open, never answered). */
  stalled: string[];
  close(): Promise<void>;
}

/**
 * The bundled sample's feed, served as is, but every article page hangs: the server accepts the request
 * and never answers, like an outlet's overloaded origin. A cycle that reaches a page is then stuck in
 * the middle, which is where a shutdown has to cut it short.
 */
export async function startStalledSite(sample: SampleServer): Promise<StalledSite> {
  const stalled: string[] = [];
  let base = '';
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    if (req.url === '/feed.xml') {
      fetch(`${sample.baseUrl}/feed.xml`)
        .then((upstream) => upstream.text())
        .then((xml) => res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(xml.replaceAll(sample.baseUrl, base)))
        .catch(() => res.writeHead(502).end());
      return;
    }
    stalled.push(req.url ?? '/');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    feedUrl: `${base}/feed.xml`,
    stalled,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
