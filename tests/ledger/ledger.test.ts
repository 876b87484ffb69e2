import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedger, StoreError, type Ledger } from '../../src/ledger/index.ts';
import { MIGRATIONS } from '../../src/ledger/migrations.ts';

describe('ledger store', () => {
  let dir: string;
  let ledger: Ledger | null = null;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'figurewatch-ledger-'));
  });
  afterEach(() => {
    ledger?.close();
    ledger = null;
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates a new file to the latest schema in WAL mode, and reopening changes nothing', () => {
    const path = join(dir, 'nested', 'store.db');
    ledger = openLedger(path);
    const version = (ledger.db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
    expect(version).toBe(MIGRATIONS.length);
    expect((ledger.db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode).toBe('wal');
    ledger.keywords.add('ru-az', 'Nakhchivan', 'admin', new Date('2024-05-01T00:00:00Z'));
    ledger.close();
    ledger = openLedger(path);
    expect(ledger.keywords.list()).toEqual([{ topic: 'ru-az', keyword: 'Nakhchivan', addedBy: 'admin', addedAt: '2024-05-01T00:00:00.000Z' }]);
  });

  it('refuses a store written by a newer figurewatch with a clear error', () => {
    const path = join(dir, 'future.db');
    const db = new DatabaseSync(path);
    db.exec(`PRAGMA user_version = ${MIGRATIONS.length + 1}`);
    db.close();
    expect(() => openLedger(path)).toThrow(StoreError);
    expect(() => openLedger(path)).toThrow(/newer than this figurewatch/);
  });

  it('reports a file that is not a database as unusable', async () => {
    const path = join(dir, 'not-a-db.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path, 'this is a text file, not SQLite '.repeat(200));
    expect(() => openLedger(path)).toThrow(StoreError);
  });

  it('recognises an item whose guid changed by its canonical link, and by its title within a few days', () => {
    ledger = openLedger(':memory:');
    const now = new Date('2024-05-01T10:00:00Z');
    ledger.items.mark('https://f.example/rss', { id: 'guid-1', link: 'https://a.example/story', titleKey: 'trade hits record' }, 'processed', now);
    expect(ledger.items.find('https://f.example/rss', { id: 'guid-2', link: 'https://a.example/story', titleKey: null }, now)?.itemId).toBe('guid-1');
    expect(ledger.items.find('https://f.example/rss', { id: 'guid-3', link: null, titleKey: 'trade hits record' }, now)?.itemId).toBe('guid-1');
    const later = new Date('2024-05-20T10:00:00Z');
    expect(ledger.items.find('https://f.example/rss', { id: 'guid-3', link: null, titleKey: 'trade hits record' }, later)).toBeNull();
    expect(ledger.items.find('https://other.example/rss', { id: 'guid-1', link: null, titleKey: null }, now)).toBeNull();
  });

  it('keeps outbox entries pending in order until marked sent, per target', () => {
    ledger = openLedger(':memory:');
    const now = new Date('2024-05-01T10:00:00Z');
    const a = ledger.outbox.enqueue('webhook:1', [], now);
    const b = ledger.outbox.enqueue('webhook:1', [], now);
    ledger.outbox.enqueue('channel:2', [], now);
    expect(ledger.outbox.pendingTargets()).toEqual(['channel:2', 'webhook:1']);
    expect(ledger.outbox.listPending('webhook:1', 10).map((e) => e.id)).toEqual([a, b]);
    ledger.outbox.markAttempt(a, now);
    ledger.outbox.markSent(a, '999', now);
    expect(ledger.outbox.listPending('webhook:1', 10).map((e) => e.id)).toEqual([b]);
    expect(ledger.outbox.counts()).toEqual({ pending: 2, sent: 1, failed: 0, retrying: 0 });
  });

  it('remembers a blocked target from its first refusal until cleared', () => {
    ledger = openLedger(':memory:');
    ledger.outbox.markBlocked('webhook:1', { error: 'Unknown Webhook', code: 10015 }, new Date('2024-05-01T10:00:00Z'));
    ledger.outbox.markBlocked('webhook:1', { error: 'Unknown Webhook', code: 10015 }, new Date('2024-05-01T11:00:00Z'));
    const block = ledger.outbox.blockedTarget('webhook:1');
    expect(block?.since.toISOString()).toBe('2024-05-01T10:00:00.000Z');
    expect(block?.checkedAt.toISOString()).toBe('2024-05-01T11:00:00.000Z');
    ledger.outbox.clearBlocked('webhook:1');
    expect(ledger.outbox.blockedTarget('webhook:1')).toBeNull();
  });

  it('backs up the live store into a new file that opens as a ledger', () => {
    ledger = openLedger(join(dir, 'live.db'));
    ledger.keywords.add('ru-az', 'Gabala', null, new Date());
    ledger.backup(join(dir, 'copy.db'));
    const copy = openLedger(join(dir, 'copy.db'));
    expect(copy.keywords.list().map((k) => k.keyword)).toEqual(['Gabala']);
    copy.close();
  });
});
