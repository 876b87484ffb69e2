import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { preparedFor } from './open-store.ts';

export interface StoredKeyword {
  topic: string;
  keyword: string;
  addedBy: string | null;
  addedAt: string;
}

/** Keywords added from Discord; they add to the config file's keywords and survive restarts. */
export class KeywordStore {
  private readonly db: DatabaseSync;
  private readonly prepare: (sql: string) => StatementSync;
  constructor(db: DatabaseSync) {
    this.db = db;
    this.prepare = preparedFor(db);
  }

  list(): StoredKeyword[] {
    const rows = this.prepare('SELECT topic, keyword, added_by, added_at FROM watch_keywords ORDER BY topic, keyword').all() as {
      topic: string;
      keyword: string;
      added_by: string | null;
      added_at: string;
    }[];
    return rows.map((row) => ({ topic: row.topic, keyword: row.keyword, addedBy: row.added_by, addedAt: row.added_at }));
  }

  /** False when the keyword was already stored for the topic. */
  add(topic: string, keyword: string, addedBy: string | null, now: Date): boolean {
    const result = this.prepare('INSERT OR IGNORE INTO watch_keywords (topic, keyword, added_by, added_at) VALUES (?, ?, ?, ?)')
      .run(topic, keyword, addedBy, now.toISOString());
    return Number(result.changes) > 0;
  }

  /** False when there was no such keyword. */
  remove(topic: string, keyword: string): boolean {
    return Number(this.prepare('DELETE FROM watch_keywords WHERE topic = ? AND keyword = ?').run(topic, keyword).changes) > 0;
  }
}
