/** Starts bench/feed-server.ts as a child process and talks to it over HTTP. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { ServerStats } from './feed-server.ts';

const SERVER = fileURLToPath(new URL('../feed-server.ts', import.meta.url));

export interface ServerProcess {
  port: number;
  stats(): Promise<ServerStats>;
  bump(): Promise<void>;
  stop(): Promise<void>;
}

export async function spawnFeedServer(feeds: number, latency: string): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, [SERVER, '--feeds', String(feeds), '--latency', latency], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`feed server exited with ${code}`)));
    const lines = createInterface({ input: child.stdout! });
    lines.once('line', (line) => resolve((JSON.parse(line) as { port: number }).port));
  });
  const base = `http://127.0.0.1:${port}`;
  return {
    port,
    stats: async () => (await (await fetch(`${base}/_stats`)).json()) as ServerStats,
    bump: async () => {
      await fetch(`${base}/_bump`, { method: 'POST' });
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
