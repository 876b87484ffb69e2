import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { claimInterval, compareClaim, detectWire, isNearDuplicate, simhash, type LedgerClaim } from '../findings/index.ts';
import { toNotice, type Claim, type Figure, type Finding, type Notice, type TopicMatch } from '../model/index.ts';
import type { ArticleStore } from './article-store.ts';
import type { ClaimStore } from './claim-store.ts';
import { planOutboxEntries } from '../notify/plan.ts';
import type { ItemKeys, ItemStore } from './item-store.ts';
import { inTransaction } from './open-store.ts';
import type { OutboxStore } from './outbox-store.ts';

export interface ArticleRecord {
  /** The feed item this article came from, marked seen in the same transaction; null for replays. */
  item: { feedUrl: string; keys: ItemKeys } | null;
  url: string;
  outlet: string | null;
  title: string | null;
  published: string | null;
  text: string;
  figures: Figure[];
  topics: TopicMatch[];
}

export interface NoticePolicy {
  /** The matched topic a finding is news for (watched subject, kind enabled), or null for no notice. */
  topicFor(finding: Finding, topics: TopicMatch[]): TopicMatch | null;
  /** The outbox target a notice goes to. */
  route(notice: Notice): string;
}

export type RecordOutcome = 'new' | 'changed' | 'unchanged';

export interface RecordResult {
  outcome: RecordOutcome;
  articleId: number;
  findings: Finding[];
  notices: Notice[];
}

export interface RecordStores {
  db: DatabaseSync;
  articles: ArticleStore;
  claims: ClaimStore;
  items: ItemStore;
  outbox: OutboxStore;
}

/**
 * Writes an article, its claims, their findings, the pending notices and the item's seen mark in ONE
 * transaction: a crash leaves either all of it or none, so the next cycle redoes the item exactly once.
 */
export function recordArticle(stores: RecordStores, record: ArticleRecord, policy: NoticePolicy, now: Date): RecordResult {
  return inTransaction(stores.db, () => {
    const contentHash = sha256(record.text);
    const existing = stores.articles.byUrl(record.url);
    if (existing && existing.contentHash === contentHash) {
      markItem(stores, record, now);
      return { outcome: 'unchanged', articleId: existing.id, findings: [], notices: [] };
    }
    const fingerprint = simhash(record.text);
    const wire = detectWire(record.text, record.outlet);
    const sourceKey = existing?.sourceKey ?? independenceKey(stores, record, fingerprint, wire);
    const articleId = stores.articles.upsert(
      { url: record.url, outlet: record.outlet, title: record.title, published: record.published, wire, sourceKey, contentHash, simhash: fingerprint, topics: record.topics },
      now,
    );
    // A changed article's old claims stop counting, but its new ones are still compared with them: a
    // changed number for a key is that outlet's revision.
    const replaced = existing ? stores.claims.byArticle(articleId) : [];
    if (existing) stores.claims.supersedeArticle(articleId);

    const source = { url: record.url, outlet: record.outlet, published: record.published, title: record.title, wire };
    const findings = record.figures.flatMap((figure) => {
      const found = recordClaim(stores, articleId, { ...figure, source }, sourceKey, replaced, now);
      return found ? [found] : [];
    });
    const notices = findings.flatMap((finding) => {
      const topic = policy.topicFor(finding, record.topics);
      return topic ? [toNotice(finding, topic.keywords, topic.topic)] : [];
    });
    enqueueByTarget(stores.outbox, notices, policy, now);
    markItem(stores, record, now);
    return { outcome: existing ? 'changed' : 'new', articleId, findings, notices };
  });
}

function recordClaim(stores: RecordStores, articleId: number, claim: Claim, sourceKey: string, replaced: LedgerClaim[], now: Date): Finding | null {
  const interval = claimInterval(claim);
  const sameKey = [
    ...stores.claims.sameKey(claim.metric, claim.subject, claim.period, claim.unit),
    ...replaced.filter((old) => sameClaimKey(old.claim, claim)),
  ];
  const previousPeriod = sameKey.length === 0 ? stores.claims.previousPeriod(claim.metric, claim.subject, claim.period, claim.unit) : null;
  const finding = compareClaim({ claim, interval, sourceKey, sameKey, previousPeriod });
  const claimId = stores.claims.insert(articleId, claim, interval.lo, interval.hi, sourceKey, claim.source.published, now);
  if (finding) insertFinding(stores.db, finding, claimId, sameKey.find((c) => c.claim === finding.against)?.id ?? null, previousPeriod?.id ?? null, now);
  return finding;
}

function sameClaimKey(a: Claim, b: Claim): boolean {
  return a.metric === b.metric && a.subject === b.subject && a.period === b.period && a.unit === b.unit;
}

function insertFinding(db: DatabaseSync, finding: Finding, claimId: number, againstId: number | null, previousId: number | null, now: Date): void {
  db.prepare('INSERT INTO findings (kind, claim_id, against_id, previous_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
    finding.kind,
    claimId,
    againstId,
    finding.previous ? previousId : null,
    now.toISOString(),
  );
}

/**
 * Claims from one story are one source: a near-duplicate of a stored article takes that article's key,
 * a credited wire is the source, else the outlet (or the host when the outlet is unknown).
 */
function independenceKey(stores: RecordStores, record: ArticleRecord, fingerprint: string, wire: string | null): string {
  const twin = stores.articles.sameBand(fingerprint).find((other) => other.url !== record.url && isNearDuplicate(other.simhash, fingerprint));
  if (twin) return twin.sourceKey;
  if (wire) return `wire:${wire}`;
  return `outlet:${(record.outlet ?? hostOf(record.url)).toLowerCase()}`;
}

/** One outbox entry per Discord message: grouped by target, split where a message would overflow. */
function enqueueByTarget(outbox: OutboxStore, notices: Notice[], policy: NoticePolicy, now: Date): void {
  for (const entry of planOutboxEntries(notices, policy.route)) outbox.enqueue(entry.target, entry.notices, now);
}

function markItem(stores: RecordStores, record: ArticleRecord, now: Date): void {
  if (record.item) stores.items.mark(record.item.feedUrl, record.item.keys, 'processed', now);
}

function hostOf(url: string): string {
  return URL.canParse(url) ? new URL(url).hostname.replace(/^www\./, '') : url;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
