import { describe, expect, it } from 'vitest';
import { createLogger, type LogDestination } from '../../src/log/create-logger.ts';
import { createRedactor, redactSecrets } from '../../src/log/redact-secrets.ts';

const WEBHOOK_TOKEN = 'Qk3v_9rT-xY2pLmN8sDfGh4JkLzXcVbNm1QwErTyUiOpAsDfGhJkLzXcVbNm1QwErTyUiOp';
const WEBHOOK_URL = `https://discord.com/api/webhooks/1234567890123456789/${WEBHOOK_TOKEN}`;
// The shape of a real bot token (base64 user id . timestamp . HMAC); made up.
const BOT_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GhIjKl.aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789ab';
// A test or proxy token that looks like nothing in particular: only the exact-value rule catches it.
const ODD_TOKEN = 'fake-bot-token.abc.def';

/** A destination that keeps what was written; a terminal when `tty` is set. */
function capture(tty = false): LogDestination & { text: () => string; lines: () => Record<string, any>[] } {
  const chunks: string[] = [];
  return {
    isTTY: tty,
    hasColors: () => false,
    write: (chunk: string) => chunks.push(chunk),
    text: () => chunks.join(''),
    lines: () => chunks.join('').trim().split('\n').map((line) => JSON.parse(line) as Record<string, any>),
  };
}

function discordError(): Error {
  // What discord.js throws: the request URL (with the webhook token) is an own field, the cause nests.
  const error = new Error(`Request to ${WEBHOOK_URL}?wait=true failed`, { cause: new Error(`Authorization: Bot ${BOT_TOKEN} refused`) });
  Object.assign(error, { url: `${WEBHOOK_URL}?wait=true`, requestBody: { json: { content: 'x' } }, status: 401 });
  return error;
}

describe('createLogger', () => {
  it('when nothing is a terminal, writes one JSON object a line with level, time and message', () => {
    const out = capture();
    const log = createLogger({ level: 'info', destination: out });
    log.info({ feeds: { ok: 3, failed: 1 } }, 'cycle finished');
    log.warn('feed slow');
    const [first, second] = out.lines();
    expect(first).toMatchObject({ level: 30, msg: 'cycle finished', feeds: { ok: 3, failed: 1 } });
    expect(typeof first?.time).toBe('number');
    expect(second).toMatchObject({ level: 40, msg: 'feed slow' });
  });

  it('when the destination is a terminal, writes readable lines instead of JSON', () => {
    const out = capture(true);
    const log = createLogger({ level: 'info', destination: out });
    log.info({ port: 8080 }, 'health server listening');
    expect(out.text()).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: health server listening\n\s+port: 8080\n$/);
    expect(() => JSON.parse(out.text())).toThrow();
  });

  it('follows LOG_LEVEL: debug shows debug lines, warn hides info', () => {
    const debug = capture();
    createLogger({ level: 'debug', destination: debug }).debug('fetching feed');
    expect(debug.lines()).toEqual([expect.objectContaining({ level: 20, msg: 'fetching feed' })]);
    const warn = capture();
    const quiet = createLogger({ level: ' WARN ', destination: warn });
    quiet.info('cycle finished');
    quiet.warn('feed failing');
    expect(warn.lines().map((l) => l.msg)).toEqual(['feed failing']);
  });

  it('with an unknown LOG_LEVEL, logs at info and says which levels exist instead of stopping', () => {
    const out = capture();
    const log = createLogger({ level: 'verbose', destination: out });
    log.info('cycle finished');
    log.debug('hidden');
    expect(out.lines()).toEqual([
      expect.objectContaining({ level: 40, msg: expect.stringContaining('LOG_LEVEL "verbose" is not one of trace, debug, info, warn, error, fatal, silent') }),
      expect.objectContaining({ level: 30, msg: 'cycle finished' }),
    ]);
  });

  it('keeps an error’s type, status and cause for diagnosis, with the webhook token and bot token removed everywhere', () => {
    const out = capture();
    createLogger({ level: 'info', destination: out }).error({ err: discordError() }, 'notify: delivery failed');
    const [line] = out.lines();
    expect(line?.err).toMatchObject({ type: 'Error', status: 401, url: expect.stringContaining('/webhooks/1234567890123456789/[redacted]') });
    expect(line?.err.stack).toContain('caused by: Error: Authorization: Bot [redacted] refused');
    expect(out.text()).not.toContain(WEBHOOK_TOKEN);
    expect(out.text()).not.toContain(BOT_TOKEN);
  });

  it('removes secrets from every way a line can carry them: message, printf arguments, bound fields, deep objects, headers, token keys', () => {
    const out = capture(false);
    const log = createLogger({ level: 'trace', destination: out, secrets: [ODD_TOKEN, WEBHOOK_URL] });
    const child = log.child({ target: WEBHOOK_URL });
    child.trace(`posting to ${WEBHOOK_URL}`);
    log.info('sending with %s and %o', `Bot ${ODD_TOKEN}`, { deep: { deeper: { deepest: { a: { b: { c: { d: { url: WEBHOOK_URL } } } } } } } });
    log.debug({ headers: { authorization: `Bot ${ODD_TOKEN}` }, request: { headers: { authorization: 'opaque' } } }, 'request');
    log.warn({ token: 'x', discord: { token: 'y', webhookUrl: 'z' }, list: [ODD_TOKEN, { bot: BOT_TOKEN }] }, 'settings');
    log.error(new Error(`login with ${ODD_TOKEN} failed`));
    const text = out.text();
    for (const secret of [WEBHOOK_TOKEN, ODD_TOKEN, BOT_TOKEN, 'opaque']) expect(text).not.toContain(secret);
    expect(out.lines()).toHaveLength(5);
    expect(text.match(/\[redacted\]/g)?.length).toBeGreaterThanOrEqual(10);
  });

  it('removes secrets from readable terminal lines too', () => {
    const out = capture(true);
    createLogger({ level: 'info', destination: out, secrets: [ODD_TOKEN] }).error({ err: discordError(), token: ODD_TOKEN }, `bot ${ODD_TOKEN} refused`);
    const text = out.text();
    expect(text).toContain('ERROR: bot [redacted] refused');
    for (const secret of [WEBHOOK_TOKEN, ODD_TOKEN, BOT_TOKEN]) expect(text).not.toContain(secret);
  });
});

describe('redactSecrets', () => {
  it.each([
    ['a webhook URL keeps its id, loses its token', WEBHOOK_URL, 'https://discord.com/api/webhooks/1234567890123456789/[redacted]'],
    ['a versioned API webhook path with a query', `/api/v10/webhooks/1234567890123456789/${WEBHOOK_TOKEN}?wait=true`, '/api/v10/webhooks/1234567890123456789/[redacted]?wait=true'],
    ['an interaction callback path', '/api/v10/interactions/1300000000000000001/aW50ZXJhY3Rpb246MTIzNDU2.abc/callback', '/api/v10/interactions/1300000000000000001/[redacted]/callback'],
    ['a bare bot token', `token=${BOT_TOKEN};`, 'token=[redacted];'],
    ['an Authorization header value', 'Authorization: Bearer abcdefghijklmnop1234', 'Authorization: Bearer [redacted]'],
    ['ordinary text with numbers and URLs', 'fetch: timeout after 15 s on https://report.az/en/news/1234/', 'fetch: timeout after 15 s on https://report.az/en/news/1234/'],
  ])('%s', (_name, input, expected) => {
    expect(redactSecrets(input)).toBe(expected);
  });

  it('removes exact secret values of any shape, but not short ones that would blank ordinary words', () => {
    const redact = createRedactor([ODD_TOKEN, 'abc', undefined]);
    expect(redact(`DISCORD_TOKEN=${ODD_TOKEN} abc`)).toBe('DISCORD_TOKEN=[redacted] abc');
  });
});
