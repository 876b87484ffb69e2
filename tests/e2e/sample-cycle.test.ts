import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../helpers/fake-discord.ts';
import { jsonLines, runCli, spawnCli } from './run-cli.ts';

describe('figurewatch once --sample, end to end', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'figurewatch-e2e-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints new figures and the contradiction between two outlets, then nothing on a second run', async () => {
    const db = join(dir, 'stdout.db');
    const first = await runCli(['once', '--sample', '--format', 'json', '--db', db]);
    expect(first.code).toBe(0);
    const notices = jsonLines(first.stdout);
    const kinds = notices.map((n) => n.kind);
    expect(kinds).toContain('new_figure');
    expect(kinds).toContain('contradiction');
    const contradiction = notices.find((n) => n.kind === 'contradiction') as Record<string, any>;
    expect(contradiction).toMatchObject({ metric: 'trade_turnover', subject: 'RU-AZ', period: '2023', unit: 'USD', value: 3.1e9 });
    expect(contradiction.against).toMatchObject({ value: 4.35e9, source: { outlet: 'Caspian Ledger' } });
    expect(contradiction.source.outlet).toBe('North–South Herald');
    expect(notices.some((n) => n.category === 'security')).toBe(true);
    // Figures about other places or that are not trade/security never become notices.
    expect(notices.every((n) => n.subject === 'RU-AZ' || n.subject === 'RU>AZ' || n.subject === 'AZ>RU')).toBe(true);

    const second = await runCli(['once', '--sample', '--format', 'json', '--db', db]);
    expect(second.code).toBe(0);
    expect(jsonLines(second.stdout)).toEqual([]);
  });

  describe('with a Discord webhook', () => {
    let discord: FakeDiscord;
    beforeAll(async () => {
      discord = await startFakeDiscord();
    });
    afterEach(() => undefined);
    afterAll(async () => discord.close());

    it('posts the notices through discord.js, pings nobody, and a restarted process posts nothing twice', async () => {
      const db = join(dir, 'discord.db');
      const env = { DISCORD_WEBHOOK_URL: discord.webhookUrl(), DISCORD_API_URL: discord.apiUrl };
      const first = await runCli(['once', '--sample', '--db', db], env);
      expect(first.code).toBe(0);
      expect(first.stdout).toBe('');
      const posts = discord.messagePosts();
      expect(posts.length).toBeGreaterThan(0);
      for (const post of posts) expect(post.body.allowed_mentions).toEqual({ parse: [] });
      const titles = posts.flatMap((p) => (p.body.embeds as { title?: string }[]).map((e) => e.title ?? ''));
      expect(titles.some((t) => t.startsWith('Contradiction'))).toBe(true);
      expect(titles.some((t) => t.startsWith('New figure'))).toBe(true);

      const again = await runCli(['once', '--sample', '--db', db], env);
      expect(again.code).toBe(0);
      const restarted = await spawnCli(['once', '--sample', '--db', db], env);
      expect(restarted.stderr).not.toMatch(/error/i);
      expect(restarted.code).toBe(0);
      expect(discord.messagePosts().length).toBe(posts.length);
    });
  });
});
