import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { probeHealth, probeHost } from '../../src/health/probe.ts';

const HEALTHCHECK = fileURLToPath(new URL('../../src/health/healthcheck.ts', import.meta.url));

/** Stands in for a running `figurewatch run`: answers /healthz with what the test sets. */
function fakeHealthz(answer: { status: number; body: unknown }): Promise<Server> {
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/healthz' ? answer.status : 404, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const portOf = (server: Server) => (server.address() as AddressInfo).port;
const health = (port: number, extra: Partial<{ enabled: boolean; host: string }> = {}) => ({ health: { enabled: true, host: '0.0.0.0', port, ...extra } });

describe('probeHealth (the container HEALTHCHECK)', () => {
  const answer = { status: 200, body: { status: 'ok', problems: [] } as unknown };
  let server: Server;
  beforeAll(async () => {
    server = await fakeHealthz(answer);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('when /healthz answers 200, is healthy, reaching a 0.0.0.0 bind address on loopback', async () => {
    answer.status = 200;
    answer.body = { status: 'ok', problems: [] };
    expect(await probeHealth(health(portOf(server)))).toEqual({ healthy: true, message: `http://127.0.0.1:${portOf(server)}/healthz: 200 ok` });
  });

  it('when /healthz answers 503, is unhealthy and carries the reasons into the engine’s health log', async () => {
    answer.status = 503;
    answer.body = { status: 'unhealthy', problems: [{ check: 'discord-target', message: 'Discord target webhook:1 rejects us' }, { check: 'cycles', message: 'no successful cycle' }] };
    const result = await probeHealth(health(portOf(server)));
    expect(result).toEqual({ healthy: false, message: `http://127.0.0.1:${portOf(server)}/healthz: 503 unhealthy: Discord target webhook:1 rejects us; no successful cycle` });
  });

  it('when nothing listens, is unhealthy and says the connection was refused', async () => {
    const closed = await fakeHealthz(answer);
    const port = portOf(closed);
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const result = await probeHealth(health(port, { host: '127.0.0.1' }));
    expect(result.healthy).toBe(false);
    expect(result.message).toBe(`http://127.0.0.1:${port}/healthz: no answer (connect ECONNREFUSED 127.0.0.1:${port})`);
  });

  it('when the health server is turned off in config, passes (there is nothing to ask)', async () => {
    expect(await probeHealth(health(8080, { enabled: false }))).toEqual({ healthy: true, message: 'health.enabled is false: nothing to check' });
  });

  it.each([
    ['0.0.0.0', '127.0.0.1'],
    ['::', '[::1]'],
    ['10.0.3.7', '10.0.3.7'],
    ['fd00::7', '[fd00::7]'],
  ])('a bind address %s is probed at %s', (host, expected) => {
    expect(probeHost(host)).toBe(expected);
  });

  it('as a command, reads the health port from the config file it is given and exits 0 or 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'figurewatch-probe-'));
    try {
      const config = join(dir, 'config.yaml');
      writeFileSync(config, `health: { host: 0.0.0.0, port: ${portOf(server)} }\ntopics:\n  - { name: ru-az, label: Russia–Azerbaijan, subject: RU-AZ, groups: [{ name: russia, keywords: [Russia] }] }\n`);
      answer.status = 200;
      answer.body = { status: 'ok', problems: [] };
      const ok = await runHealthcheck(['--config', config]);
      expect(ok).toEqual({ code: 0, stdout: `http://127.0.0.1:${portOf(server)}/healthz: 200 ok\n` });
      answer.status = 503;
      answer.body = { status: 'unhealthy', problems: [{ check: 'cycles', message: 'no successful cycle' }] };
      expect((await runHealthcheck([], { FIGUREWATCH_CONFIG: config })).code).toBe(1);
      const missing = await runHealthcheck(['--config', join(dir, 'nope.yaml')]);
      expect(missing.code).toBe(1);
      expect(missing.stdout).toMatch(/^healthcheck: config: .*nope\.yaml has 1 problem\(s\):\n\s+cannot read the file \(ENOENT\)\n$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** Runs the HEALTHCHECK entry as the container engine does (a separate process), off the test's event loop. */
function runHealthcheck(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [HEALTHCHECK, ...args], { env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stdout }));
  });
}
