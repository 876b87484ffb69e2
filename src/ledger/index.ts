export { Ledger, openLedger } from './ledger.ts';
export { StoreError } from './open-store.ts';
export type { ArticleRecord, NoticePolicy, RecordResult, RecordOutcome } from './record-article.ts';
export type { ItemKeys, ItemStatus } from './item-store.ts';

export type { StoredKeyword } from './keyword-store.ts';
