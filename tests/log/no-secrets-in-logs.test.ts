import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveSample, type SampleServer } from '../../src/sample/serve-sample.ts';
import { writeLocalConfig } from '../e2e/local-config.ts';
import { BIN, REPO, runCli } from '../e2e/run-cli.ts';
import { responses, startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';

// Shaped like a real bot token (base64 id . timestamp . HMAC), so both the shape rule and the exact-value rule apply.
const BOT_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789ab';
const WEBHOOK_ID = '1600000000000000001';
const WEBHOOK_TOKEN = `wh-${'k9'.repeat(32)}`;
const WRONG_WEBHOOK_TOKEN = `wh-${'z7'.repeat(32)}`;

/**
 * The promise "tokens and webhook URLs are never logged", checked on everything the process writes at
 * LOG_LEVEL=trace, through the paths that talk about Discord most: retries, a rejected token, a blocked
 * target, a bot logging in and stopping.
 */
describe('secrets in the log, at LOG_LEVEL=trace', () => {
  let dir: string;
  let discord: FakeDiscord;
  let sample: SampleServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figurewatch-log-'));
    discord = await startFakeDiscord({ botToken: BOT_TOKEN });
    sample = await serveSample();
  });
  afterAll(async () => {
    await discord.close();
    await sample.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const secrets = [BOT_TOKEN, WEBHOOK_TOKEN, WRONG_WEBHOOK_TOKEN];
  const expectNoSecret = (text: string): void => {
    for (const secret of secrets) expect(text).not.toContain(secret);
  };

  it('when Discord answers 502, the retry is logged with the webhook id and without its token', async () => {
    const url = discord.webhookUrl(WEBHOOK_ID, WEBHOOK_TOKEN);
    discord.script(responses.serverError(502));
    const env = { LOG_LEVEL: 'trace', DISCORD_WEBHOOK_URL: url, DISCORD_API_URL: discord.apiUrl };
    const first = await runCli(['once', '--sample', '--db', join(dir, 'retry.db')], env);
    expect(first.stderr).toMatch(/notify: delivery failed; will retry/);
    expect(first.stderr).toContain(`webhook ${WEBHOOK_ID}`);
    expectNoSecret(first.stdout + first.stderr);
  });

  it('when the webhook token is wrong, the stopped target is logged loudly without the token', async () => {
    discord.webhookUrl(WEBHOOK_ID, WEBHOOK_TOKEN);
    const wrong = `https://discord.com/api/webhooks/${WEBHOOK_ID}/${WRONG_WEBHOOK_TOKEN}`;
    const env = { LOG_LEVEL: 'trace', DISCORD_WEBHOOK_URL: wrong, DISCORD_API_URL: discord.apiUrl };
    const result = await runCli(['once', '--sample', '--db', join(dir, 'wrong-webhook.db')], env);
    expect(result.stderr).toMatch(/delivery to webhook 1600000000000000001 is STOPPED/);
    expectNoSecret(result.stdout + result.stderr);
  });

  it('when the bot token is refused, the stopped channel is logged without the token', async () => {
    const env = { LOG_LEVEL: 'trace', DISCORD_TOKEN: `${BOT_TOKEN.slice(0, -4)}wxyz`, DISCORD_CHANNEL_ID: '1200000000000000001', DISCORD_API_URL: discord.apiUrl };
    secrets.push(env.DISCORD_TOKEN);
    const result = await runCli(['once', '--sample', '--db', join(dir, 'wrong-bot.db')], env);
    expect(result.stderr).toMatch(/delivery to channel 1200000000000000001 is STOPPED/);
    expectNoSecret(result.stdout + result.stderr);
  });

  it('a bot that logs in, posts, registers commands and stops writes no token in any line', async () => {
    const config = writeLocalConfig(dir, sample.feeds);
    const child = spawn(process.execPath, [BIN, 'run', '--config', config, '--db', join(dir, 'bot.db')], {
      cwd: REPO,
      env: { PATH: process.env.PATH, LOG_LEVEL: 'trace', DISCORD_TOKEN: BOT_TOKEN, DISCORD_CHANNEL_ID: '1200000000000000001', DISCORD_API_URL: discord.apiUrl },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    await until(() => /"msg":"cycle finished"/.test(output) && /slash commands registered/.test(output), () => output);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/"msg":"stopped"/);
    expect(discord.messagePosts().some((post) => post.headers.authorization === `Bot ${BOT_TOKEN}`)).toBe(true);
    expectNoSecret(output);
  });
});

async function until(check: () => boolean, context: () => string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out; output so far:\n${context()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
