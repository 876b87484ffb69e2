import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLE_SITE_DIR } from '../../src/sample/serve-sample.ts';
import { jsonLines, runCli } from '../e2e/run-cli.ts';

const SEED_000 = new URL('../../../shared/seeds/000_6e30e7e975718534.txt', import.meta.url).pathname;
const LEDGER_PAGE = `${SAMPLE_SITE_DIR}caspian-ledger/2024/02/azerbaijan-russia-trade-record-2023.html`;
const HERALD_PAGE = `${SAMPLE_SITE_DIR}north-south-herald/2024/03/moscow-baku-trade-analysis.html`;
const FIGURE_FIELDS = ['category', 'metric', 'subject', 'value', 'unit', 'qualifier', 'period', 'quote', 'start', 'end'];

describe('the CLI contract', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'figurewatch-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('extract prints a JSON array of figures with the contract fields, offsets into the text', async () => {
    const result = await runCli(['extract', SEED_000, '--published', '2024-04-22', '--format', 'json']);
    expect(result.code).toBe(0);
    const figures = JSON.parse(result.stdout) as Record<string, any>[];
    for (const figure of figures) for (const field of FIGURE_FIELDS) expect(figure).toHaveProperty(field);
    expect(figures).toContainEqual(expect.objectContaining({ category: 'trade', metric: 'trade_turnover', value: 4e9, unit: 'USD', qualifier: 'more_than' }));
    expect(figures).toContainEqual(expect.objectContaining({ metric: 'investment', value: 6e9, unit: 'USD' }));
    const railway = figures.find((f) => f.value === 4324);
    expect(railway?.category).not.toBe('trade');
  });

  it('extract reads HTML from stdin-like files and a plain-text file with --format text', async () => {
    const html = await runCli(['extract', LEDGER_PAGE, '--format', 'text']);
    expect(html.code).toBe(0);
    expect(html.stdout).toMatch(/published: 2024-02-12/);
    expect(html.stdout).toMatch(/trade turnover · RU-AZ · 2023: \$4\.35 billion/);
  });

  it('extract refuses a malformed --published with the usage text and exit code 2', async () => {
    const result = await runCli(['extract', SEED_000, '--published', '22/04/2024']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--published must be YYYY-MM-DD/);
    expect(result.stderr).toMatch(/Usage: figurewatch/);
  });

  it('text prints one {file,title,published,text} object a line', async () => {
    const result = await runCli(['text', LEDGER_PAGE, HERALD_PAGE, '--format', 'json']);
    expect(result.code).toBe(0);
    const pages = jsonLines(result.stdout);
    expect(pages.map((p) => Object.keys(p))).toEqual([
      ['file', 'title', 'published', 'text'],
      ['file', 'title', 'published', 'text'],
    ]);
    expect(pages[0]?.title).toBe('Azerbaijan–Russia trade hit record $4.35 billion in 2023, ministry data show');
    expect(pages[0]?.text).toContain('Trade turnover between Azerbaijan and Russia reached $4.35 billion in 2023');
    expect(pages[0]?.text).not.toContain('We use cookies');
  });

  it('feed lists items with identity, link, date and the topics they match', async () => {
    const feedPath = join(dir, 'feed.xml');
    const template = await import('node:fs').then((fs) => fs.readFileSync(`${SAMPLE_SITE_DIR}feed.xml`, 'utf8'));
    writeFileSync(feedPath, template.replaceAll('{{BASE}}', 'https://caspianwire.example').replace(/\{\{DATE:(\d+)\}\}/g, 'Mon, 22 Apr 2024 10:00:00 GMT'));
    const result = await runCli(['feed', feedPath, '--format', 'json']);
    expect(result.code).toBe(0);
    const items = jsonLines(result.stdout);
    expect(items).toHaveLength(5);
    expect(items[0]).toMatchObject({ id: 'caspian-ledger-48213', published: '2024-04-22T10:00:00.000Z' });
    expect(items[0]?.topics).toEqual([expect.objectContaining({ topic: 'ru-az' })]);
    expect(items.find((i) => String(i.title).startsWith('Kazakhstan'))?.topics).toEqual([]);
    const text = await runCli(['feed', feedPath]);
    expect(text.stdout).toMatch(/5 item\(s\), 4 match a watched topic/);
  });

  it('replay prints the notices of saved articles in publication order, with against for a contradiction', async () => {
    const folder = join(dir, 'replay');
    await import('node:fs').then((fs) => {
      fs.mkdirSync(folder);
      fs.copyFileSync(HERALD_PAGE, join(folder, 'a-herald.html'));
      fs.copyFileSync(LEDGER_PAGE, join(folder, 'b-ledger.html'));
      fs.writeFileSync(join(folder, 'b-ledger.json'), JSON.stringify({ url: 'https://caspianledger.example/x', outlet: 'Caspian Ledger', published: '2024-02-12' }));
    });
    const result = await runCli(['replay', folder, '--format', 'json']);
    expect(result.code).toBe(0);
    const notices = jsonLines(result.stdout);
    expect(notices[0]?.source).toMatchObject({ url: 'https://caspianledger.example/x', outlet: 'Caspian Ledger', published: '2024-02-12' });
    const contradiction = notices.find((n) => n.kind === 'contradiction') as Record<string, any>;
    expect(contradiction).toMatchObject({ metric: 'trade_turnover', period: '2023', value: 3.1e9 });
    expect(Object.keys(contradiction.against)).toEqual(expect.arrayContaining(['metric', 'subject', 'period', 'value', 'unit', 'qualifier', 'quote', 'source']));
  });

  it('figures shows what a store holds, as a table and as JSON', async () => {
    const db = join(dir, 'figures.db');
    await runCli(['once', '--sample', '--db', db, '--format', 'json']);
    const table = await runCli(['figures', '--db', db]);
    expect(table.code).toBe(0);
    expect(table.stdout.split('\n')[0]).toMatch(/^metric\s+subject\s+period\s+value\s+source\s+published$/);
    const json = await runCli(['figures', '--db', db, '--metric', 'trade_turnover', '--format', 'json']);
    expect(jsonLines(json.stdout).every((c) => c.metric === 'trade_turnover')).toBe(true);
    expect(jsonLines(json.stdout).length).toBeGreaterThan(1);
  });

  it('check-config passes the default config and lists every problem of a broken one', async () => {
    expect((await runCli(['check-config'])).code).toBe(0);
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'schedule: { cron: nope }\nfeeds: [{ url: "gopher://x", outlet: X }]\ntopics: []\n');
    const result = await runCli(['check-config', '--config', broken], { DISCORD_TOKEN: 'abc' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/schedule\.cron: is not a valid cron expression/);
    expect(result.stderr).toMatch(/feeds\[0\]\.url: must be an http\(s\) URL/);
    expect(result.stderr).toMatch(/DISCORD_CHANNEL_ID: required when DISCORD_TOKEN is set/);
  });

  it('once exits 2 with a clear message for a bad config or an unusable store', async () => {
    const badConfig = await runCli(['once', '--config', join(dir, 'missing.yaml')]);
    expect(badConfig.code).toBe(2);
    expect(badConfig.stderr).toMatch(/missing\.yaml has 1 problem\(s\):\n {2}cannot read the file \(ENOENT\)/);
    const notADb = join(dir, 'not-a-db');
    writeFileSync(notADb, 'plain text, not SQLite '.repeat(100));
    const badStore = await runCli(['once', '--sample', '--db', notADb]);
    expect(badStore.code).toBe(2);
    expect(badStore.stderr).toMatch(/ledger: cannot open/);
  });

  it('backup copies the store to a new file and refuses to overwrite', async () => {
    const db = join(dir, 'backup-src.db');
    await runCli(['once', '--sample', '--db', db, '--format', 'json']);
    const target = join(dir, 'copy.db');
    expect((await runCli(['backup', target, '--db', db])).code).toBe(0);
    expect((await runCli(['figures', '--db', target, '--format', 'json'])).stdout.length).toBeGreaterThan(0);
    expect((await runCli(['backup', target, '--db', db])).code).toBe(2);
  });

  it('an unknown command or option prints the usage and exits 2', async () => {
    expect((await runCli(['frobnicate'])).code).toBe(2);
    expect((await runCli(['once', '--bogus'])).code).toBe(2);
    expect((await runCli(['--help'])).stdout).toMatch(/Commands:/);
  });
});
