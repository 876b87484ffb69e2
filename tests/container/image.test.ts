import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';
import { imageUnderTest, jsonLogLines, podman, podmanResources, podmanWithTerminal } from './podman.ts';

const WEBHOOK_ID = '1600000000000000001';
const WEBHOOK_TOKEN = `wh-${'Zq8'.repeat(22)}`;
/** The app layers above the base image; the budget keeps them small (measured ~22 MB, see docs/container.md). */
const APP_LAYERS_BUDGET_BYTES = 40 * 1024 * 1024;
const BASE_IMAGE = 'docker.io/library/node:24-bookworm-slim';

interface ImageConfig {
  User: string;
  Entrypoint: string[];
  Cmd: string[];
  Volumes: Record<string, object>;
  Env: string[];
  StopSignal?: string;
  Healthcheck?: { Test: string[] };
}

describe('the figurewatch image', () => {
  const image = imageUnderTest();
  let config: ImageConfig;
  let healthcheck: ImageConfig['Healthcheck'];
  beforeAll(async () => {
    const inspected = await podman(['image', 'inspect', image]);
    expect(inspected.code, inspected.stderr).toBe(0);
    const [details] = JSON.parse(inspected.stdout) as { Config: ImageConfig; Healthcheck?: ImageConfig['Healthcheck'] }[];
    config = details!.Config;
    // podman shows it beside Config, Docker inside it.
    healthcheck = details!.Healthcheck ?? config.Healthcheck;
  });

  it('runs `figurewatch run` as the unprivileged node user, keeps the store on the /data volume and has a HEALTHCHECK', () => {
    expect(config.User).toBe('node');
    expect(config.Entrypoint).toEqual(['node', 'bin/figurewatch.js']);
    expect(config.Cmd).toEqual(['run']);
    expect(Object.keys(config.Volumes)).toEqual(['/data']);
    expect(config.Env).toEqual(expect.arrayContaining(['FIGUREWATCH_DB=/data/figurewatch.db', 'FIGUREWATCH_CONFIG=/app/config/default.yaml', 'NODE_ENV=production']));
    // The heap settings docs/benchmarks.md measures the cycles with (peak RSS at 2,000 feeds).
    expect(config.Env).toContain('NODE_OPTIONS=--max-semi-space-size=2 --max-old-space-size=192');
    expect(config.StopSignal).toBe('SIGTERM');
    expect(healthcheck?.Test).toEqual(['CMD', 'node', 'src/health/healthcheck.ts']);
  });

  it('holds production dependencies only, no tests, no type declarations, and its app layers stay small', async () => {
    const listing = await podman([
      'run', '--rm', '--network', 'none', '--entrypoint', 'sh', image, '-c',
      'id -u; ls /app; ls /app/node_modules; find /app/node_modules -name "*.d.ts" | wc -l; ls -ld /data',
    ]);
    expect(listing.code, listing.stderr).toBe(0);
    const [uid, ...rest] = listing.stdout.trim().split('\n');
    expect(uid).toBe('1000');
    const entries = new Set(rest);
    for (const needed of ['bin', 'config', 'src', 'node_modules', 'package.json', 'discord.js', 'pino', 'prom-client', 'zod']) expect(entries.has(needed), needed).toBe(true);
    // Dev dependencies (the Node binary package, vitest, typescript, jsdom) and repo-only folders stay out.
    for (const absent of ['node', 'vitest', 'typescript', 'jsdom', 'tests', 'scripts', 'docs', '.git', 'data']) expect(entries.has(absent), absent).toBe(false);
    expect(rest.at(-2)).toBe('0');
    expect(rest.at(-1)).toMatch(/^drwx.* node node .* \/data$/);
    expect(await appLayersBytes(image)).toBeLessThan(APP_LAYERS_BUDGET_BYTES);
  });
});

describe('figurewatch once --sample in the container', () => {
  const image = imageUnderTest();
  const resources = podmanResources('fw-once');
  let discord: FakeDiscord;
  beforeAll(async () => {
    discord = await startFakeDiscord();
  });
  afterAll(async () => {
    await resources.removeAll();
    await discord.close();
  });

  it('posts the sample’s new figures and contradiction to Discord through the webhook, logging JSON lines without the token', async () => {
    const webhookUrl = discord.webhookUrl(WEBHOOK_ID, WEBHOOK_TOKEN);
    const result = await podman([
      'run', '--rm', '--network', 'host', '--name', resources.container('webhook'),
      '-e', `DISCORD_WEBHOOK_URL=${webhookUrl}`, '-e', `DISCORD_API_URL=${discord.apiUrl}`, '-e', 'LOG_LEVEL=debug',
      image, 'once', '--sample',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const posts = discord.messagePosts();
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((post) => post.path === `/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`)).toBe(true);
    const titles = posts.flatMap((post) => (post.body.embeds as { title?: string }[]).map((embed) => embed.title ?? ''));
    expect(titles.some((title) => title.startsWith('New figure'))).toBe(true);
    expect(titles.some((title) => title.startsWith('Contradiction'))).toBe(true);
    expect(result.stdout).toBe('');
    const lines = jsonLogLines(result.stderr);
    expect(lines.some((line) => line.msg === 'cycle finished' && line.delivery.sent > 0)).toBe(true);
    expect(result.stderr).not.toContain(WEBHOOK_TOKEN);
  });

  it('attached to a terminal (-t), prints readable log lines instead of JSON', async () => {
    const result = await podmanWithTerminal(['run', '--rm', '-t', '--network', 'host', '--name', resources.container('tty'), '-e', 'LOG_LEVEL=info', image, 'once', '--sample']);
    expect(result.code, result.stdout).toBe(0);
    expect(result.stdout).toMatch(/\[\d\d:\d\d:\d\d\] .*INFO.*: .*cycle finished/);
    expect(result.stdout).not.toContain('{"level":');
    // Without Discord the notices themselves go to stdout, on the same terminal.
    expect(result.stdout).toContain('CONTRADICTION');
  });
});

/** Bytes added on top of the base image: node_modules, package.json, bin, config, src, /data. */
async function appLayersBytes(image: string): Promise<number> {
  const size = async (name: string) => {
    const inspected = await podman(['image', 'inspect', name, '--format', '{{.Size}}']);
    expect(inspected.code, inspected.stderr).toBe(0);
    return Number(inspected.stdout.trim());
  };
  return (await size(image)) - (await size(BASE_IMAGE));
}
