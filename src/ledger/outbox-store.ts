import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Notice } from '../model/index.ts';
import type { FeedHealthEvent, Outbox, OutboxEntry, TargetBlock } from '../notify/types.ts';
import { preparedFor } from './open-store.ts';

interface RawEntry {
  id: number;
  target: string;
  notices: string;
  feed_health: string | null;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  created_at: string;
}

interface RawBlock {
  target: string;
  error: string;
  code: number;
  since: string;
  checked_at: string;
}

/**
 * The notices outbox over SQLite (the Outbox contract of src/notify): an entry is one Discord message's
 * worth, written pending in the same transaction as its findings and marked sent only after Discord
 * accepted it.
 */
export class OutboxStore implements Outbox {
  private readonly db: DatabaseSync;
  private readonly prepare: (sql: string) => StatementSync;
  constructor(db: DatabaseSync) {
    this.db = db;
    this.prepare = preparedFor(db);
  }

  enqueue(target: string, notices: Notice[], now: Date): number {
    return this.insert(target, JSON.stringify(notices), null, now);
  }

  enqueueFeedHealth(target: string, event: FeedHealthEvent, now: Date): number {
    return this.insert(target, '[]', JSON.stringify(event), now);
  }

  pendingTargets(): string[] {
    const rows = this.prepare(`SELECT DISTINCT target FROM outbox WHERE status = 'pending' ORDER BY target`).all() as { target: string }[];
    return rows.map((row) => row.target);
  }

  listPending(target: string, limit: number): OutboxEntry[] {
    const rows = this.prepare(`SELECT * FROM outbox WHERE status = 'pending' AND target = ? ORDER BY id LIMIT ?`)
      .all(target, Math.max(1, Math.floor(limit))) as unknown as RawEntry[];
    return rows.map(toEntry);
  }

  countPending(target: string): number {
    return (this.prepare(`SELECT count(*) AS n FROM outbox WHERE status = 'pending' AND target = ?`).get(target) as { n: number }).n;
  }

  markAttempt(id: number, _at: Date): void {
    // A started attempt with no error recorded afterwards means the process died mid-send.
    this.prepare('UPDATE outbox SET attempts = attempts + 1, last_error = NULL WHERE id = ?').run(id);
  }

  markSent(id: number, messageId: string | null, at: Date): void {
    this.prepare(`UPDATE outbox SET status = 'sent', message_id = ?, sent_at = ?, last_error = NULL WHERE id = ?`).run(messageId, at.toISOString(), id);
  }

  markRetry(id: number, error: string, nextAttemptAt: Date): void {
    this.prepare('UPDATE outbox SET last_error = ?, next_attempt_at = ? WHERE id = ?').run(error, nextAttemptAt.toISOString(), id);
  }

  markFailed(id: number, error: string, at: Date): void {
    this.prepare(`UPDATE outbox SET status = 'failed', last_error = ?, sent_at = ? WHERE id = ?`).run(error, at.toISOString(), id);
  }

  blockedTarget(target: string): TargetBlock | null {
    const row = this.prepare('SELECT * FROM targets WHERE target = ?').get(target) as RawBlock | undefined;
    return row ? toBlock(row) : null;
  }

  markBlocked(target: string, block: { error: string; code: number }, at: Date): void {
    this.prepare(
        `INSERT INTO targets (target, error, code, since, checked_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (target) DO UPDATE SET error = excluded.error, code = excluded.code, checked_at = excluded.checked_at`,
      )
      .run(target, block.error, block.code, at.toISOString(), at.toISOString());
  }

  clearBlocked(target: string): void {
    this.prepare('DELETE FROM targets WHERE target = ?').run(target);
  }

  blockedTargets(): TargetBlock[] {
    return (this.prepare('SELECT * FROM targets ORDER BY target').all() as unknown as RawBlock[]).map(toBlock);
  }

  counts(): { pending: number; sent: number; failed: number; retrying: number } {
    const row = this.prepare(
        `SELECT sum(status = 'pending') AS pending, sum(status = 'sent') AS sent, sum(status = 'failed') AS failed,
                sum(status = 'pending' AND attempts > 0) AS retrying FROM outbox`,
      )
      .get() as Record<'pending' | 'sent' | 'failed' | 'retrying', number | null>;
    return { pending: row.pending ?? 0, sent: row.sent ?? 0, failed: row.failed ?? 0, retrying: row.retrying ?? 0 };
  }

  private insert(target: string, notices: string, feedHealth: string | null, now: Date): number {
    const row = this.prepare('INSERT INTO outbox (target, notices, feed_health, created_at) VALUES (?, ?, ?, ?) RETURNING id')
      .get(target, notices, feedHealth, now.toISOString()) as { id: number };
    return row.id;
  }
}

function toEntry(row: RawEntry): OutboxEntry {
  const entry: OutboxEntry = {
    id: row.id,
    target: row.target,
    notices: JSON.parse(row.notices) as Notice[],
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at ? new Date(row.next_attempt_at) : null,
    lastError: row.last_error,
    createdAt: new Date(row.created_at),
  };
  if (row.feed_health) entry.feedHealth = JSON.parse(row.feed_health) as FeedHealthEvent;
  return entry;
}

function toBlock(row: RawBlock): TargetBlock {
  return { target: row.target, error: row.error, code: row.code, since: new Date(row.since), checkedAt: new Date(row.checked_at) };
}
