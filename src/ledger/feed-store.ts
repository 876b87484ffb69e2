import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { preparedFor } from './open-store.ts';

/** Per-feed state as JSON: the shape belongs to src/feeds (FeedState); the store only keeps it. */
export class FeedStore {
  private readonly db: DatabaseSync;
  private readonly prepare: (sql: string) => StatementSync;
  constructor(db: DatabaseSync) {
    this.db = db;
    this.prepare = preparedFor(db);
  }

  get<T>(url: string): T | null {
    const row = this.prepare('SELECT state FROM feeds WHERE url = ?').get(url) as { state: string } | undefined;
    return row ? (JSON.parse(row.state) as T) : null;
  }

  save(url: string, state: unknown, now: Date): void {
    this.prepare(
        `INSERT INTO feeds (url, state, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
      )
      .run(url, JSON.stringify(state), now.toISOString());
  }

  all<T>(): { url: string; state: T; updatedAt: string }[] {
    const rows = this.prepare('SELECT url, state, updated_at FROM feeds ORDER BY url').all() as {
      url: string;
      state: string;
      updated_at: string;
    }[];
    return rows.map((row) => ({ url: row.url, state: JSON.parse(row.state) as T, updatedAt: row.updated_at }));
  }
}
