import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { createApp, type App } from '../../src/app.ts';
import { loadConfigFile, readEnv } from '../../src/config/index.ts';
import { silentLogger } from '../../src/log/create-logger.ts';
import { writeLocalConfig } from '../e2e/local-config.ts';

export interface TestApp {
  app: App;
  dir: string;
  configPath: string;
  /** JSON notices the console sink printed so far. */
  notices(): Record<string, unknown>[];
  /** A process restart: closes this app (and its store) and opens a new one over the same SQLite file and config. */
  restart(): Promise<TestApp>;
  close(): Promise<void>;
}

interface TestAppOptions {
  reloadConfig?: boolean;
  extraConfig?: string;
  fetchConfig?: string;
  now?: () => Date;
}

/** An app over a temp store and a config polling the given feeds, printing JSON notices to a buffer. */
export function createTestApp(feeds: { url: string; outlet: string }[], options: TestAppOptions = {}): TestApp {
  const dir = mkdtempSync(join(tmpdir(), 'figurewatch-pipeline-'));
  const configPath = writeLocalConfig(dir, feeds, options.extraConfig, options.fetchConfig);
  return openTestApp(dir, configPath, options);
}

function openTestApp(dir: string, configPath: string, options: TestAppOptions): TestApp {
  const stdout = new PassThrough();
  let printed = '';
  stdout.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const env = { ...readEnv({}), configPath, dbPath: join(dir, 'store.db') };
  const ctx = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {}, now: options.now ?? (() => new Date()) };
  const app = createApp({ settings: { env, config: loadConfigFile(configPath) }, ctx, output: 'json', log: silentLogger(), reloadConfig: options.reloadConfig });
  return {
    app,
    dir,
    configPath,
    notices: () =>
      printed
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => JSON.parse(line) as Record<string, unknown>),
    async restart() {
      await app.close();
      return openTestApp(dir, configPath, options);
    },
    async close() {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
