import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSample, type SampleServer } from '../../src/sample/serve-sample.ts';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';
import { writeLocalConfig } from './local-config.ts';
import { BIN, REPO } from './run-cli.ts';

describe('figurewatch run, as a process', () => {
  let dir: string;
  let sample: SampleServer;
  let discord: FakeDiscord;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figurewatch-run-'));
    sample = await serveSample();
    discord = await startFakeDiscord();
  });
  afterAll(async () => {
    await sample.close();
    await discord.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('posts in bot mode, registers slash commands, answers /healthz, and stops cleanly on SIGTERM', async () => {
    const config = writeLocalConfig(dir, sample.feeds);
    const child = spawn(process.execPath, [BIN, 'run', '--config', config, '--db', join(dir, 'run.db')], {
      cwd: REPO,
      env: {
        PATH: process.env.PATH,
        LOG_LEVEL: 'info',
        DISCORD_TOKEN: discord.botToken,
        DISCORD_CHANNEL_ID: '1200000000000000001',
        DISCORD_GUILD_ID: '1100000000000000001',
        DISCORD_API_URL: discord.apiUrl,
      },
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

    await waitFor(() => discord.messagePosts().length > 0 && /"msg":"cycle finished"/.test(log), 20_000, () => log);
    const posts = discord.messagePosts();
    expect(posts.every((p) => p.path === '/channels/1200000000000000001/messages')).toBe(true);
    expect(posts.every((p) => p.body.enforce_nonce === true && typeof p.body.nonce === 'string')).toBe(true);
    expect(discord.commandRegistrations.map((r) => r.path)).toEqual([`/applications/${discord.applicationId}/guilds/1100000000000000001/commands`]);
    expect(log).not.toContain(discord.botToken);

    const port = Number(/"port":(\d+),"msg":"health server listening/.exec(log)?.[1]);
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toMatch(/figurewatch_cycles_total [1-9]/);

    const postsAfterFirstCycle = discord.messagePosts().length;
    await waitFor(() => (log.match(/"msg":"cycle finished"/g) ?? []).length >= 2, 20_000, () => log);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(log).toMatch(/"msg":"stopped"/);
    // The second cycle found nothing new: every notice was posted once.
    expect(discord.messagePosts().length).toBe(postsAfterFirstCycle);
  });
});

async function waitFor(check: () => boolean, timeoutMs: number, context: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out; log so far:\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
