import type { DatabaseSync } from 'node:sqlite';
import { ArticleStore } from './article-store.ts';
import { ClaimStore } from './claim-store.ts';
import { FeedStore } from './feed-store.ts';
import { ItemStore } from './item-store.ts';
import { KeywordStore } from './keyword-store.ts';
import type { FeedHealthEvent } from '../notify/types.ts';
import { inTransaction, openDatabase, StoreError } from './open-store.ts';
import { OutboxStore } from './outbox-store.ts';
import { recordArticle, type ArticleRecord, type NoticePolicy, type RecordResult } from './record-article.ts';

/** The SQLite store: every table behind one object, opened (and migrated) once per process. */
export class Ledger {
  readonly db: DatabaseSync;
  readonly feeds: FeedStore;
  readonly items: ItemStore;
  readonly articles: ArticleStore;
  readonly claims: ClaimStore;
  readonly outbox: OutboxStore;
  readonly keywords: KeywordStore;

  constructor(db: DatabaseSync) {
    this.db = db;
    this.feeds = new FeedStore(db);
    this.items = new ItemStore(db);
    this.articles = new ArticleStore(db);
    this.claims = new ClaimStore(db);
    this.outbox = new OutboxStore(db);
    this.keywords = new KeywordStore(db);
  }

  recordArticle(record: ArticleRecord, policy: NoticePolicy, now: Date): RecordResult {
    return recordArticle(this, record, policy, now);
  }

  /**
   * A feed's new state and, when the feed just started failing or recovered, its message for the channel,
   * in one transaction: a crash in between can neither lose the message nor post it twice.
   */
  saveFeedState(url: string, state: unknown, now: Date, health: { target: string; event: FeedHealthEvent } | null): void {
    inTransaction(this.db, () => {
      this.feeds.save(url, state, now);
      if (health) this.outbox.enqueueFeedHealth(health.target, health.event, now);
    });
  }

  /** Copies the whole store to `path` while it stays in use (VACUUM INTO). */
  backup(path: string): void {
    try {
      this.db.prepare('VACUUM INTO ?').run(path);
    } catch (error) {
      throw new StoreError(`backup to ${path} failed: ${(error as Error).message}`, { cause: error });
    }
  }

  close(): void {
    if (this.db.isOpen) this.db.close();
  }
}

export function openLedger(path: string): Ledger {
  return new Ledger(openDatabase(path));
}
