import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SITE_DIR } from '../../src/sample/serve-sample.ts';
import { rss, startFixtureServer } from '../helpers/fixture-server.ts';
import { writeLocalConfig } from './local-config.ts';
import { BIN, jsonLines, REPO, spawnCli } from './run-cli.ts';

const LEDGER_PAGE = '/caspian-ledger/2024/02/azerbaijan-russia-trade-record-2023.html';
const HERALD_PAGE = '/north-south-herald/2024/03/moscow-baku-trade-analysis.html';
const VESTNIK_PAGE = '/kaspiy-vestnik/economy/2024/04/23/tovarooborot.html';
const page = (path: string, delayMs?: number) => ({ type: 'text/html; charset=utf-8', body: readFileSync(`${SAMPLE_SITE_DIR}${path}`), delayMs });

/** What identifies a notice across runs. */
const key = (notice: Record<string, any>) => `${notice.kind}|${notice.metric}|${notice.subject}|${notice.period}|${notice.value}|${notice.source.url}`;

describe('a process killed with SIGKILL in the middle of a cycle', () => {
  let dir: string;
  let site: Awaited<ReturnType<typeof startFixtureServer>>;
  let config: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'figurewatch-kill-'));
    site = await startFixtureServer({ [LEDGER_PAGE]: page(LEDGER_PAGE), [HERALD_PAGE]: page(HERALD_PAGE, 4_000), [VESTNIK_PAGE]: page(VESTNIK_PAGE) });
    site.set('/feed.xml', {
      type: 'application/rss+xml',
      body: rss(site.baseUrl, [
        { guid: 'kv', title: 'Товарооборот России и Азербайджана превысил 4 млрд долларов', path: VESTNIK_PAGE, hoursAgo: 3 },
        { guid: 'nsh', title: 'Moscow and Baku: trade figures fall short of official claims', path: HERALD_PAGE, hoursAgo: 4 },
        { guid: 'cl', title: 'Azerbaijan–Russia trade hit record $4.35 billion in 2023', path: LEDGER_PAGE, hoursAgo: 5 },
      ]),
    });
    config = writeLocalConfig(dir, [{ url: `${site.baseUrl}/feed.xml`, outlet: 'Caspian Wire' }]);
  });
  afterAll(async () => {
    await site.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('loses nothing and posts nothing twice: the next start resumes where it stopped', async () => {
    const reference = await spawnCli(['once', '--config', config, '--db', join(dir, 'reference.db'), '--format', 'json']);
    const expected = jsonLines(reference.stdout).map(key).sort();
    expect(expected.some((k) => k.startsWith('contradiction|'))).toBe(true);

    const db = join(dir, 'killed.db');
    const hitsBefore = site.hits.filter((path) => path === HERALD_PAGE).length;
    const child = spawn(process.execPath, [BIN, 'once', '--config', config, '--db', db, '--format', 'json'], { cwd: REPO, env: { PATH: process.env.PATH, LOG_LEVEL: 'warn' } });
    let printedBeforeKill = '';
    child.stdout.on('data', (chunk: Buffer) => (printedBeforeKill += chunk.toString()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    // The slow page is asked for only after the first article was stored (items go oldest first).
    while (site.hits.filter((path) => path === HERALD_PAGE).length === hitsBefore) await new Promise((resolve) => setTimeout(resolve, 20));
    child.kill('SIGKILL');
    await exited;

    const resumed = await spawnCli(['once', '--config', config, '--db', db, '--format', 'json']);
    expect(resumed.code).toBe(0);
    const got = [...jsonLines(printedBeforeKill), ...jsonLines(resumed.stdout)].map(key).sort();
    expect(got).toEqual(expected);
  });
});
