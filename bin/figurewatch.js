#!/usr/bin/env node
// Entry shim: figurewatch is TypeScript run by Node 24's type stripping. When the `node` on PATH is
// older (machines here have Node 20), re-run this command with the Node 24 that `npm ci` installed
// from the `node` package (a devDependency), so `npx figurewatch …` works from a fresh clone.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const REQUIRED_MAJOR = 24;
const major = Number(process.versions.node.split('.')[0]);

if (major >= REQUIRED_MAJOR) {
  // `figurewatch … | head` closes stdout early: that is the reader's choice, not a failure.
  process.stdout.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const { main } = await import('../src/cli.ts');
  process.exitCode = await main(process.argv.slice(2));
} else {
  const local = fileURLToPath(new URL('../node_modules/node/bin/node', import.meta.url));
  if (!existsSync(local)) {
    process.stderr.write(
      `figurewatch needs Node ${REQUIRED_MAJOR} or newer (this is ${process.version}). ` +
        'Run `npm ci` in the figurewatch folder (it installs Node 24 locally) or install Node 24.\n',
    );
    process.exit(2);
  }
  const child = spawn(local, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], { stdio: 'inherit' });
  // Ctrl-C reaches the child from the terminal's process group already; forward only what a supervisor
  // sends to this pid, so the child never sees a signal twice.
  process.on('SIGINT', () => {});
  for (const signal of ['SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) process.kill(process.pid, signal);
    else process.exit(code ?? 1);
  });
}
