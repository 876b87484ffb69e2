import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/index.ts';
import type { DeliveryReport } from '../notify/types.ts';
import type { CycleReport } from '../pipeline/index.ts';
import { findHealthProblems, type CycleState, type HealthOutbox, type HealthProblem } from './health-checks.ts';
import { Metrics } from './metrics.ts';

export interface HealthServer {
  port: number;
  /** A cycle finished (also one stopped early by shutdown): it counts as a success. */
  recordCycle(report: CycleReport, delivery: DeliveryReport): void;
  /** A cycle stopped with an error (the schedule logs it and carries on). */
  recordCycleFailure(): void;
  close(): Promise<void>;
}

export interface HealthSource {
  /** The ledger (or anything with its outbox): blocked targets and stuck messages are read from it. */
  ledger: { outbox: HealthOutbox };
  now?: () => Date;
  /** Milliseconds between scheduled cycles, to judge "no successful cycle in three intervals". */
  intervalMs: () => number;
  /** Delivery attempts after which a message counts as stuck (default 5). */
  stuckAfterAttempts?: number;
}

export const DEFAULT_STUCK_AFTER_ATTEMPTS = 5;

/**
 * GET /healthz: 200 {"status":"ok"} while cycles succeed and the outbox drains; 503 {"status":"unhealthy",
 * "problems":[…]} when no cycle succeeded in three intervals, a Discord target rejects us, or a message is
 * stuck. GET /metrics: Prometheus text. Both read the ledger on each request, so they see what the
 * process sees after a restart.
 */
export async function startHealthServer(source: HealthSource, config: Pick<Config, 'health'>): Promise<HealthServer> {
  const now = source.now ?? (() => new Date());
  const stuckAfterAttempts = source.stuckAfterAttempts ?? DEFAULT_STUCK_AFTER_ATTEMPTS;
  const cycles: CycleState = { startedAt: now(), lastSuccessAt: null, lastFailureAt: null, failuresInARow: 0 };
  const problems = (): HealthProblem[] =>
    findHealthProblems({ now: now(), cycles, intervalMs: source.intervalMs(), outbox: source.ledger.outbox, stuckAfterAttempts });
  const metrics = new Metrics({
    outbox: () => source.ledger.outbox.counts(),
    blockedTargets: () => problems().filter((p) => p.check === 'discord-target').length,
    stuckMessages: () => problems().filter((p) => p.check === 'outbox-stuck').length,
    lastSuccessAt: () => cycles.lastSuccessAt,
    healthy: () => problems().length === 0,
  });

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end('internal error\n');
    });
  });
  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
      return;
    }
    if (path === '/healthz') {
      const found = problems();
      const body = { status: found.length ? 'unhealthy' : 'ok', problems: found, ...cycleSummary(cycles), outbox: safeCounts(source.ledger.outbox) };
      send(res, found.length ? 503 : 200, 'application/json', `${JSON.stringify(body)}\n`);
      return;
    }
    if (path === '/metrics') {
      send(res, 200, metrics.registry.contentType, await metrics.registry.metrics());
      return;
    }
    send(res, 404, 'text/plain', 'not found: try /healthz or /metrics\n');
  }

  await listen(server, config.health.port, config.health.host);
  return {
    port: (server.address() as AddressInfo).port,
    recordCycle(report, delivery) {
      cycles.lastSuccessAt = new Date(report.finishedAt);
      cycles.failuresInARow = 0;
      metrics.recordCycle(report, delivery);
    },
    recordCycleFailure() {
      cycles.lastFailureAt = now();
      cycles.failuresInARow += 1;
      metrics.recordCycleFailure();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // A scraper's keep-alive connection must not hold the shutdown.
        server.closeAllConnections();
      }),
  };
}

function cycleSummary(cycles: CycleState): Record<string, unknown> {
  return {
    startedAt: cycles.startedAt.toISOString(),
    lastSuccessfulCycleAt: cycles.lastSuccessAt?.toISOString() ?? null,
    lastFailedCycleAt: cycles.lastFailureAt?.toISOString() ?? null,
  };
}

function safeCounts(outbox: HealthOutbox): ReturnType<HealthOutbox['counts']> | null {
  try {
    return outbox.counts();
  } catch {
    return null;
  }
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(res.req.method === 'HEAD' ? undefined : body);
}

/** Rejects with a message naming the address when the port is taken (instead of an unhandled 'error'). */
function listen(server: ReturnType<typeof createServer>, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void =>
      reject(new Error(`health: cannot listen on ${host}:${port} (${error.code ?? error.message}); set health.port or health.enabled: false`, { cause: error }));
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
}
