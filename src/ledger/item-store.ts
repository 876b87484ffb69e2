import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { preparedFor } from './open-store.ts';

export interface ItemKeys {
  id: string;
  link: string | null;
  titleKey: string | null;
}

export type ItemStatus = 'unmatched' | 'processed' | 'skipped-old' | 'failed' | 'pending';

/** Items already seen per feed, found by id, canonical link, or title within a few days. */
export class ItemStore {
  private readonly db: DatabaseSync;
  private readonly prepare: (sql: string) => StatementSync;
  constructor(db: DatabaseSync) {
    this.db = db;
    this.prepare = preparedFor(db);
  }

  /** `titleWindowDays`: how long a title alone identifies an item whose guid and link both changed. */
  find(feedUrl: string, keys: ItemKeys, now: Date, titleWindowDays = 3): { itemId: string; status: ItemStatus; attempts: number } | null {
    const byId = this.prepare('SELECT item_id, status, attempts FROM seen_items WHERE feed_url = ? AND item_id = ?')
      .get(feedUrl, keys.id);
    const byLink = keys.link
      ? this.prepare('SELECT item_id, status, attempts FROM seen_items WHERE feed_url = ? AND link = ? LIMIT 1').get(feedUrl, keys.link)
      : undefined;
    const since = new Date(now.getTime() - titleWindowDays * 86_400_000).toISOString();
    const byTitle = keys.titleKey
      ? this.prepare('SELECT item_id, status, attempts FROM seen_items WHERE feed_url = ? AND title_key = ? AND first_seen_at >= ? LIMIT 1')
          .get(feedUrl, keys.titleKey, since)
      : undefined;
    const row = (byId ?? byLink ?? byTitle) as { item_id: string; status: ItemStatus; attempts: number } | undefined;
    return row ? { itemId: row.item_id, status: row.status, attempts: row.attempts } : null;
  }

  /** Records the item under its current keys; a retried item keeps its first-seen time. */
  mark(feedUrl: string, keys: ItemKeys, status: ItemStatus, now: Date, itemId = keys.id): void {
    this.prepare(
        `INSERT INTO seen_items (feed_url, item_id, link, title_key, status, attempts, first_seen_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (feed_url, item_id) DO UPDATE SET status = excluded.status,
           attempts = seen_items.attempts + excluded.attempts, link = COALESCE(excluded.link, seen_items.link)`,
      )
      .run(feedUrl, itemId, keys.link, keys.titleKey, status, status === 'failed' ? 1 : 0, now.toISOString());
  }

  /** Forgets seen items older than the retention; returns how many went. */
  prune(olderThan: Date): number {
    return Number(this.prepare('DELETE FROM seen_items WHERE first_seen_at < ?').run(olderThan.toISOString()).changes);
  }
}
