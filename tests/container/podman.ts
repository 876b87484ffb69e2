import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';

/** The image under test: built by scripts/test-container.sh (npm run test:container). */
export function imageUnderTest(): string {
  const image = process.env.FIGUREWATCH_TEST_IMAGE;
  if (!image) throw new Error('FIGUREWATCH_TEST_IMAGE is not set: run these tests with `npm run test:container`, which builds the image first');
  return image;
}

export interface PodmanResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one podman command to its end; never throws on a non-zero exit (the caller asserts). */
export function podman(args: string[], options: { timeoutMs?: number } = {}): Promise<PodmanResult> {
  return new Promise((resolve, reject) => {
    execFile('podman', args, { timeout: options.timeoutMs ?? 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') return reject(error);
      resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr: withoutEngineNoise(stderr) });
    });
  });
}

/**
 * `podman run` attached to a terminal (`-t`), through util-linux `script`, which gives it a pty the way
 * a person at a shell would; returns everything the terminal showed.
 */
export function podmanWithTerminal(args: string[]): Promise<PodmanResult> {
  return new Promise((resolve, reject) => {
    const command = ['podman', ...args].map(shellQuote).join(' ');
    const child = spawn('script', ['-qec', command, '/dev/null'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout: withoutEngineNoise(stdout), stderr: '' }));
  });
}

/**
 * Containers and volumes a test creates, named uniquely (others may run podman on this machine), and
 * removed at the end whatever happened.
 */
export function podmanResources(prefix = 'fw-test') {
  const suffix = randomBytes(4).toString('hex');
  const containers: string[] = [];
  const volumes: string[] = [];
  return {
    container(role: string): string {
      const name = `${prefix}-${role}-${suffix}`;
      containers.push(name);
      return name;
    },
    async volume(role: string): Promise<string> {
      const name = `${prefix}-${role}-${suffix}`;
      volumes.push(name);
      const created = await podman(['volume', 'create', name]);
      if (created.code !== 0) throw new Error(`podman volume create ${name}: ${created.stderr}`);
      return name;
    },
    async removeAll(): Promise<void> {
      for (const name of containers) await podman(['rm', '--force', '--volumes', '--time', '0', '--ignore', name]);
      for (const name of volumes) await podman(['volume', 'rm', '--force', name]);
    },
  };
}

/** A TCP port free on 127.0.0.1 right now (the container shares the host's network). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitFor(what: string, check: () => boolean | Promise<boolean>, context: () => string | Promise<string>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; so far:\n${await context()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Log lines of a container (JSON when no terminal is attached), parsed. */
export function jsonLogLines(text: string): Record<string, any>[] {
  return text
    .split('\n')
    .filter((line) => line.trim().startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, any>);
}

/**
 * podman 4 on a machine without systemd complains on every run that it cannot add a health-check timer;
 * the HEALTHCHECK itself still works (`podman healthcheck run`), so those lines are not the test's business.
 */
function withoutEngineNoise(text: string): string {
  return text
    .split('\n')
    .filter((line) => !/unable to get systemd connection|healthcheck: unable to/.test(line))
    .join('\n');
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", `'\\''`)}'`;
}
