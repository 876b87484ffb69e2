import { describe, expect, it } from 'vitest';
import { checkDiscordEnv, ConfigError, loadConfigFile, parseConfigText, parseWebhookId, readEnv, readRouteWebhooks } from '../../src/config/index.ts';

describe('config', () => {
  it('accepts the shipped default config and fills every default', () => {
    const config = loadConfigFile('config/default.yaml');
    expect(config.feeds.length).toBeGreaterThan(3);
    expect(config.topics[0]?.subject).toBe('RU-AZ');
    expect(config.schedule).toEqual({ cron: '*/15 * * * *', timezone: 'UTC', runOnStart: true });
    expect(config.fetch.maxFeedBytes).toBe(10 * 1024 * 1024);
    expect(Object.isFrozen(config.fetch)).toBe(true);
  });

  it('lists every problem with its path instead of stopping at the first', () => {
    const yaml = `
schedule: { cron: "61 * * * *", timezone: Mars/Olympus }
feeds:
  - { url: ftp://example.com/feed, outlet: X }
  - { url: https://example.com/rss, outlet: "" }
topics: []
fetch: { timeoutMs: -5 }
`;
    let error: unknown;
    try {
      parseConfigText(yaml, 'test.yaml');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        'schedule.cron: is not a valid cron expression',
        'schedule.timezone: is not an IANA time zone',
        'feeds[0].url: must be an http(s) URL',
        expect.stringMatching(/^feeds\[1\]\.outlet: /),
        'topics: needs at least one topic',
        expect.stringMatching(/^fetch\.timeoutMs: /),
      ]),
    );
  });

  it('rejects a feed that names an unknown topic and a duplicated feed URL', () => {
    const yaml = `
feeds:
  - { url: https://a.example/rss, outlet: A, topics: [nope] }
  - { url: https://a.example/rss, outlet: B }
topics:
  - { name: ru-az, label: RU–AZ, subject: RU-AZ, groups: [{ name: ru, keywords: [Russia] }] }
`;
    expect(() => parseConfigText(yaml)).toThrow(/feeds\[0\]\.topics\[0\]: no topic is named "nope"[\s\S]*feeds\[1\]\.url: .* listed twice/);
  });

  it('says what is wrong with broken YAML', () => {
    expect(() => parseConfigText('feeds: [\n', 'broken.yaml')).toThrow(/broken\.yaml has 1 problem\(s\):\n {2}not valid YAML/);
  });
});

describe('environment', () => {
  it('reads secrets and paths only from the environment, with defaults', () => {
    const env = readEnv({ DISCORD_WEBHOOK_URL: ' https://discord.com/api/webhooks/1600000000000000001/abcdefghijklmnopqrstuvwxyz ', LOG_LEVEL: '' });
    expect(env.configPath).toBe('config/default.yaml');
    expect(env.dbPath).toBe('./data/figurewatch.db');
    expect(env.logLevel).toBe('info');
    expect(env.discord.webhookUrl).toBe('https://discord.com/api/webhooks/1600000000000000001/abcdefghijklmnopqrstuvwxyz');
  });

  it('takes the id and token from an ordinary webhook URL on any host', () => {
    expect(parseWebhookId('https://discord.com/api/webhooks/1600000000000000001/tok-en_abcdefghijklmnopqrstu')).toEqual({
      id: '1600000000000000001',
      token: 'tok-en_abcdefghijklmnopqrstu',
    });
    expect(parseWebhookId('http://127.0.0.1:5555/api/webhooks/1600000000000000001/abcdefghijklmnopqrstuvwxyz')?.id).toBe('1600000000000000001');
    expect(parseWebhookId('https://discord.com/channels/1/2')).toBeNull();
  });

  it('explains a bot token without a channel and a malformed webhook URL', () => {
    expect(checkDiscordEnv({ token: 'x', webhookUrl: 'https://example.com/hook' })).toEqual([
      'DISCORD_WEBHOOK_URL: must look like https://discord.com/api/webhooks/<id>/<token>',
      'DISCORD_CHANNEL_ID: required when DISCORD_TOKEN is set (the channel to post notices in)',
    ]);
  });

  it('requires the env var a route names', () => {
    expect(readRouteWebhooks([{ webhookEnv: 'SECURITY_WEBHOOK' }], {}).problems).toEqual(['SECURITY_WEBHOOK: not set, but notify.routes names it as a webhook']);
  });
});
