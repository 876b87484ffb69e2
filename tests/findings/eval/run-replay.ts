/**
 * Runs `figurewatch replay <dir> --format json` in-process through src/cli.ts (the very code path users
 * run) and returns the notices it printed. The eval's config is config/default.yaml with corroborations
 * posted, so that a syndicated copy counted as its own corroboration shows up as an unexpected notice.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { parse, stringify } from 'yaml';
import { main } from '../../../src/cli.ts';
import type { Notice } from '../../../src/model/index.ts';
import { REPO_ROOT } from './scenarios.ts';

export interface ReplayRun {
  code: number;
  notices: Notice[];
  stderr: string;
}

/** A copy of the default config with `notify.postCorroborations: true`; returns its path and a cleanup. */
export function writeEvalConfig(): { path: string; cleanup: () => void } {
  const config = parse(readFileSync(join(REPO_ROOT, 'config/default.yaml'), 'utf8')) as { notify?: Record<string, unknown> };
  config.notify = { ...config.notify, postCorroborations: true };
  const dir = mkdtempSync(join(tmpdir(), 'fw-eval-config-'));
  const path = join(dir, 'eval.yaml');
  writeFileSync(path, stringify(config));
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function replayFolder(dir: string, configPath: string): Promise<ReplayRun> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const code = await main(['replay', dir, '--format', 'json', '--config', configPath], {
    stdout,
    stderr,
    env: { LOG_LEVEL: 'warn' },
    now: () => new Date('2025-01-15T12:00:00Z'),
  });
  const notices = out
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Notice);
  return { code, notices, stderr: err };
}
