import type { DatabaseSync } from 'node:sqlite';
import type { Notice } from '../model/index.ts';

export interface OutboxEntry {
  id: number;
  target: string;
  notices: Notice[];
  attempts: number;
  nextAttemptAt: string;
  lastError: string | null;
  createdAt: string;
}

interface RawEntry {
  id: number;
  target: string;
  notices: string;
  attempts: number;
  next_attempt_at: string;
  last_error: string | null;
  created_at: string;
}

/**
 * The notices outbox: an entry is one Discord message's worth, written pending in the same transaction
 * as its findings and marked sent only after Discord accepted it.
 */
export class OutboxStore {
  private readonly db: DatabaseSync;
  constructor(db: DatabaseSync) {
    this.db = db;
  }

  enqueue(target: string, notices: Notice[], now: Date): number {
    const row = this.db
      .prepare('INSERT INTO outbox (target, notices, next_attempt_at, created_at) VALUES (?, ?, ?, ?) RETURNING id')
      .get(target, JSON.stringify(notices), now.toISOString(), now.toISOString()) as { id: number };
    return row.id;
  }

  /** Pending entries in the order they were written, for every target or one. */
  listPending(options: { target?: string; limit?: number } = {}): OutboxEntry[] {
    const limit = Math.max(1, Math.floor(options.limit ?? 1_000));
    const rows = (
      options.target
        ? this.db.prepare(`SELECT * FROM outbox WHERE status = 'pending' AND target = ? ORDER BY id LIMIT ${limit}`).all(options.target)
        : this.db.prepare(`SELECT * FROM outbox WHERE status = 'pending' ORDER BY id LIMIT ${limit}`).all()
    ) as unknown as RawEntry[];
    return rows.map(toEntry);
  }

  markSent(id: number, messageId: string | null, now: Date): void {
    this.db
      .prepare(`UPDATE outbox SET status = 'sent', message_id = ?, sent_at = ?, last_error = NULL WHERE id = ?`)
      .run(messageId, now.toISOString(), id);
  }

  /** Several entries delivered together (a digest). */
  markManySent(ids: readonly number[], messageId: string | null, now: Date): void {
    for (const id of ids) this.markSent(id, messageId, now);
  }

  markRetry(id: number, error: string, nextAttemptAt: Date): void {
    this.db
      .prepare('UPDATE outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE id = ?')
      .run(error, nextAttemptAt.toISOString(), id);
  }

  blockTarget(target: string, error: string, now: Date): void {
    this.db
      .prepare(
        `INSERT INTO targets (target, blocked_at, error) VALUES (?, ?, ?)
         ON CONFLICT (target) DO UPDATE SET blocked_at = COALESCE(targets.blocked_at, excluded.blocked_at), error = excluded.error`,
      )
      .run(target, now.toISOString(), error);
  }

  unblockTarget(target: string): void {
    this.db.prepare('UPDATE targets SET blocked_at = NULL, error = NULL WHERE target = ?').run(target);
  }

  blockedTargets(): { target: string; since: string; error: string }[] {
    const rows = this.db.prepare('SELECT target, blocked_at, error FROM targets WHERE blocked_at IS NOT NULL ORDER BY target').all() as {
      target: string;
      blocked_at: string;
      error: string;
    }[];
    return rows.map((row) => ({ target: row.target, since: row.blocked_at, error: row.error }));
  }

  counts(): { pending: number; sent: number; retrying: number } {
    const row = this.db
      .prepare(
        `SELECT sum(status = 'pending') AS pending, sum(status = 'sent') AS sent,
                sum(status = 'pending' AND attempts > 0) AS retrying FROM outbox`,
      )
      .get() as { pending: number | null; sent: number | null; retrying: number | null };
    return { pending: row.pending ?? 0, sent: row.sent ?? 0, retrying: row.retrying ?? 0 };
  }
}

function toEntry(row: RawEntry): OutboxEntry {
  return {
    id: row.id,
    target: row.target,
    notices: JSON.parse(row.notices) as Notice[],
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    createdAt: row.created_at,
  };
}
