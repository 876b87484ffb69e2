import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/index.ts';
import type { Ledger } from '../ledger/index.ts';
import type { DeliveryReport } from '../notify/types.ts';
import type { CycleReport } from '../pipeline/index.ts';
import { Metrics } from './metrics.ts';

export interface HealthServer {
  port: number;
  recordCycle(report: CycleReport, delivery: DeliveryReport): void;
  close(): Promise<void>;
}

export interface HealthSource {
  ledger: Ledger;
  now?: () => Date;
  /** Milliseconds between scheduled cycles, to judge "no successful cycle in three intervals". */
  intervalMs: () => number;
}

/**
 * /healthz: 200 while cycles succeed and the outbox drains; 503 with the reason when no cycle has
 * finished within three intervals or a Discord target rejects us. /metrics: Prometheus text.
 */
export async function startHealthServer(source: HealthSource, config: Config): Promise<HealthServer> {
  const metrics = new Metrics();
  const startedAt = (source.now ?? (() => new Date()))();
  let lastCycleAt: Date | null = null;
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      const problems = healthProblems(source, lastCycleAt ?? startedAt);
      res.writeHead(problems.length ? 503 : 200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ status: problems.length ? 'unhealthy' : 'ok', problems, lastCycleAt, outbox: source.ledger.outbox.counts() }));
      return;
    }
    if (path === '/metrics') {
      metrics.pending.set(source.ledger.outbox.counts().pending);
      metrics.registry.metrics().then((text) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType });
        res.end(text);
      }, () => res.writeHead(500).end());
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
  });
  await new Promise<void>((resolve) => server.listen(config.health.port, config.health.host, resolve));
  return {
    port: (server.address() as AddressInfo).port,
    recordCycle(report, delivery) {
      lastCycleAt = new Date(report.finishedAt);
      metrics.recordCycle(report, delivery);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function healthProblems(source: HealthSource, lastCycleAt: Date): string[] {
  const problems: string[] = [];
  const now = (source.now ?? (() => new Date()))();
  const limit = 3 * source.intervalMs();
  if (now.getTime() - lastCycleAt.getTime() > limit) {
    problems.push(`no successful cycle since ${lastCycleAt.toISOString()} (more than three intervals)`);
  }
  for (const block of source.ledger.outbox.blockedTargets()) {
    problems.push(`Discord target ${block.target} rejects us since ${block.since.toISOString()}: ${block.error}`);
  }
  return problems;
}
