import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { preparedFor } from './open-store.ts';
import type { TopicMatch } from '../model/index.ts';

export interface ArticleRow {
  id: number;
  url: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  wire: string | null;
  sourceKey: string;
  contentHash: string;
  simhash: string;
  topics: TopicMatch[];
}

export type NewArticle = Omit<ArticleRow, 'id'>;

interface RawArticle {
  id: number;
  url: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  wire: string | null;
  source_key: string;
  content_hash: string;
  simhash: string;
  topics: string;
}

export class ArticleStore {
  private readonly db: DatabaseSync;
  private readonly prepare: (sql: string) => StatementSync;
  constructor(db: DatabaseSync) {
    this.db = db;
    this.prepare = preparedFor(db);
  }

  byUrl(url: string): ArticleRow | null {
    const row = this.prepare('SELECT * FROM articles WHERE url = ?').get(url) as RawArticle | undefined;
    return row ? toArticle(row) : null;
  }

  /** Articles whose SimHash shares one of its four 16-bit bands with this one: near-duplicate candidates. */
  sameBand(simhash: string): ArticleRow[] {
    const rows = this.prepare(
        `SELECT * FROM articles WHERE substr(simhash, 1, 4) = ? OR substr(simhash, 5, 4) = ?
         OR substr(simhash, 9, 4) = ? OR substr(simhash, 13, 4) = ?`,
      )
      .all(simhash.slice(0, 4), simhash.slice(4, 8), simhash.slice(8, 12), simhash.slice(12, 16)) as unknown as RawArticle[];
    return rows.map(toArticle);
  }

  /** Inserts the article, or replaces the stored version of the same URL; returns its id. */
  upsert(article: NewArticle, now: Date): number {
    const row = this.prepare(
        `INSERT INTO articles (url, outlet, title, published, wire, source_key, content_hash, simhash, topics, fetched_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (url) DO UPDATE SET outlet = excluded.outlet, title = excluded.title, published = excluded.published,
           wire = excluded.wire, source_key = excluded.source_key, content_hash = excluded.content_hash,
           simhash = excluded.simhash, topics = excluded.topics, fetched_at = excluded.fetched_at
         RETURNING id`,
      )
      .get(
        article.url,
        article.outlet,
        article.title,
        article.published,
        article.wire,
        article.sourceKey,
        article.contentHash,
        article.simhash,
        JSON.stringify(article.topics),
        now.toISOString(),
      ) as { id: number };
    return row.id;
  }
}

function toArticle(row: RawArticle): ArticleRow {
  return {
    id: row.id,
    url: row.url,
    outlet: row.outlet,
    title: row.title,
    published: row.published,
    wire: row.wire,
    sourceKey: row.source_key,
    contentHash: row.content_hash,
    simhash: row.simhash,
    topics: JSON.parse(row.topics) as TopicMatch[],
  };
}
