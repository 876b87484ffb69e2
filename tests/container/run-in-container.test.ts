import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSample, type SampleServer } from '../../src/sample/serve-sample.ts';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';
import { writeContainerConfig } from './container-config.ts';
import { freePort, imageUnderTest, jsonLogLines, podman, podmanResources, waitFor } from './podman.ts';
import { startStalledSite, type StalledSite } from './stalled-site.ts';

const WEBHOOK_ID = '1600000000000000002';
const WEBHOOK_TOKEN = `wh-${'Pk4'.repeat(22)}`;
const GRACE_MS = 3_000;
/** podman's own grace before SIGKILL: well above GRACE_MS, so exit code 0 means the bot ended itself. */
const STOP_TIMEOUT_S = 25;

/**
 * `figurewatch run` as users run it: detached, a config of theirs mounted over the image's, the store on
 * a named volume, Discord through a webhook, stopped by the engine with SIGTERM.
 */
describe('figurewatch run in the container', () => {
  const image = imageUnderTest();
  const resources = podmanResources('fw-run');
  let dir: string;
  let discord: FakeDiscord;
  let sample: SampleServer;
  let stalledSite: StalledSite;
  let env: string[];
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figurewatch-container-'));
    discord = await startFakeDiscord();
    sample = await serveSample();
    stalledSite = await startStalledSite(sample);
    env = ['-e', `DISCORD_WEBHOOK_URL=${discord.webhookUrl(WEBHOOK_ID, WEBHOOK_TOKEN)}`, '-e', `DISCORD_API_URL=${discord.apiUrl}`, '-e', 'LOG_LEVEL=info'];
  });
  afterAll(async () => {
    await resources.removeAll();
    await stalledSite.close();
    await sample.close();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const logsOf = async (name: string) => {
    const logs = await podman(['logs', name]);
    return logs.stdout + logs.stderr;
  };
  const cyclesIn = (logs: string) => jsonLogLines(logs).filter((line) => line.msg === 'cycle finished').length;

  it('hardened, posts notices, answers /healthz and the HEALTHCHECK, runs as uid 1000, backs up, stops on SIGTERM within the grace, and a restart on the same volume posts nothing twice', async () => {
    const healthPort = await freePort();
    const config = writeContainerConfig(dir, { feedUrls: sample.feeds.map((feed) => feed.url), healthPort, graceMs: GRACE_MS });
    const volume = await resources.volume('data');
    // Hardened as compose.yaml runs it: read-only root, /tmp in memory, no capabilities, no privilege gain.
    const hardening = ['--read-only', '--tmpfs', '/tmp', '--cap-drop', 'ALL', '--security-opt', 'no-new-privileges'];
    const runArgs = ['--network', 'host', ...hardening, '-v', `${volume}:/data`, '-v', `${config}:/app/config/default.yaml:ro`, ...env, image];
    const first = resources.container('first');
    const started = await podman(['run', '-d', '--name', first, ...runArgs]);
    expect(started.code, started.stderr).toBe(0);

    await waitFor('a notice at Discord and a finished cycle', async () => discord.messagePosts().length > 0 && cyclesIn(await logsOf(first)) > 0, () => logsOf(first));
    const posted = discord.messagePosts().length;
    expect(discord.messagePosts().every((post) => post.path === `/webhooks/${WEBHOOK_ID}/${WEBHOOK_TOKEN}`)).toBe(true);

    // The mounted config is the one in use: health listens on the port it names, not the image's 8080.
    const health = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', problems: [], outbox: { pending: 0 } });
    const metrics = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
    expect(metrics).toMatch(/^figurewatch_cycles_total [1-9]/m);
    expect(metrics).toMatch(/^figurewatch_outbox_messages\{status="sent"\} [1-9]/m);
    const healthcheck = await podman(['healthcheck', 'run', first]);
    expect(healthcheck.code, healthcheck.stdout + healthcheck.stderr).toBe(0);

    expect(await processUid(first)).toBe('1000');
    const inside = await podman(['exec', first, 'id', '-un']);
    expect(inside.stdout.trim()).toBe('node');
    // A backup of the live store, onto the volume, while the bot runs.
    const backup = await podman(['exec', first, 'node', 'bin/figurewatch.js', 'backup', '/data/backup.db']);
    expect(backup.code, backup.stdout + backup.stderr).toBe(0);
    expect((await podman(['exec', first, 'ls', '/data'])).stdout.split('\n')).toEqual(expect.arrayContaining(['backup.db', 'figurewatch.db']));

    const stopped = await podman(['stop', '--time', String(STOP_TIMEOUT_S), first]);
    expect(stopped.code, stopped.stderr).toBe(0);
    expect(await exitCode(first)).toBe(0);
    const firstLogs = await logsOf(first);
    expect(jsonLogLines(firstLogs).map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping: no new cycles; finishing the running one', 'stopped']));
    expect(firstLogs).not.toContain(WEBHOOK_TOKEN);

    // Months later, a new container on the same volume: the store remembers what was posted.
    const second = resources.container('second');
    expect((await podman(['run', '-d', '--name', second, ...runArgs])).code).toBe(0);
    await waitFor('two cycles in the restarted container', async () => cyclesIn(await logsOf(second)) >= 2, () => logsOf(second));
    expect(discord.messagePosts().length).toBe(posted);
    expect((await podman(['stop', '--time', String(STOP_TIMEOUT_S), second])).code).toBe(0);
    expect(await exitCode(second)).toBe(0);
  });

  it('when SIGTERM comes while a page fetch hangs, the cycle is cut at shutdown.graceMs and the container exits 0 before the engine would kill it', async () => {
    const healthPort = await freePort();
    const config = writeContainerConfig(dir, { feedUrls: [stalledSite.feedUrl], healthPort, graceMs: GRACE_MS, fetchTimeoutMs: 120_000 });
    const name = resources.container('stalled');
    const started = await podman(['run', '-d', '--name', name, '--network', 'host', '-v', `${config}:/app/config/default.yaml:ro`, ...env, image]);
    expect(started.code, started.stderr).toBe(0);
    await waitFor('the cycle to hang on an article page', () => stalledSite.stalled.length > 0, () => logsOf(name));

    const stopped = await podman(['stop', '--time', String(STOP_TIMEOUT_S), name]);
    expect(stopped.code, stopped.stderr).toBe(0);
    const logs = await logsOf(name);
    expect(await exitCode(name), logs).toBe(0);
    expect(jsonLogLines(logs).map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping: no new cycles; finishing the running one', 'stopped']));
  });
});

/** The uid the kernel reports for the container's main process, read on the host (not from inside). */
async function processUid(name: string): Promise<string> {
  const inspected = await podman(['inspect', name, '--format', '{{.State.Pid}}']);
  const status = readFileSync(`/proc/${inspected.stdout.trim()}/status`, 'utf8');
  const uidLine = status.split('\n').find((line) => line.startsWith('Uid:')) ?? '';
  const [real, effective] = uidLine.split(/\s+/).slice(1);
  expect(effective).toBe(real);
  return real ?? '';
}

async function exitCode(name: string): Promise<number> {
  const inspected = await podman(['inspect', name, '--format', '{{.State.ExitCode}}']);
  return Number(inspected.stdout.trim());
}
