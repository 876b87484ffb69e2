import { createHash } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import {
  claimInterval,
  claimWire,
  compareClaim,
  detectWire,
  isNearDuplicate,
  isSameStory,
  sameKey as sameClaimKey,
  simhash,
  wireOfOutlet,
  type Interval,
  type LedgerClaim,
  articleSiblings,
  contextReason,
  relativeWidth,
  restatesOwnSource,
  type ContextReason,
} from '../findings/index.ts';
import { toNotice, type Claim, type Figure, type Finding, type Notice, type TopicMatch } from '../model/index.ts';
import type { ArticleStore } from './article-store.ts';
import { keyOf, type ClaimStore } from './claim-store.ts';
import { planOutboxEntries } from '../notify/plan.ts';
import type { ItemKeys, ItemStore } from './item-store.ts';
import { inTransaction, preparedFor } from './open-store.ts';
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
    const compared = compareArticleClaims(stores, record.figures.map((figure) => ({ ...figure, source })), sourceKey, replaced);
    const findings = compared.flatMap((entry) => {
      const claimId = stores.claims.insert(articleId, entry.claim, entry.interval, { sourceKey: entry.sourceKey, context: entry.context }, record.published, now);
      if (!entry.finding) return [];
      insertFinding(stores.db, entry.finding, claimId, entry.againstId, entry.previousId, now);
      return [entry.finding];
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

/**
 * The article's readings, sharpest first (text order among equals): when a headline says "tops $4.3
 * billion" and the body "$4.35 billion", the body's figure is the one the notice shows, and the headline
 * restates it.
 */
function inPrecisionOrder<T extends { claim: Claim; interval: Interval }>(readings: T[]): T[] {
  return readings
    .map((reading, index) => ({ reading, index, width: relativeWidth(reading) }))
    .sort((a, b) => a.width - b.width || a.index - b.index)
    .map(({ reading }) => reading);
}

interface ComparedClaim {
  claim: Claim;
  sourceKey: string;
  context: ContextReason | null;
  interval: Interval;
  finding: Finding | null;
  againstId: number | null;
  previousId: number | null;
}

/**
 * Compares each claim of the article, sharpest first, with the ledger as it stood before the article: the
 * article's own claims are its siblings (a restatement within one article is nothing), never its sources.
 * A claim that only repeats its own source's earlier article is stored as context ('restated').
 */
function compareArticleClaims(stores: RecordStores, claims: Claim[], articleKey: string, replaced: LedgerClaim[]): ComparedClaim[] {
  const read = inPrecisionOrder(
    claims.map((claim) => {
      const interval = claimInterval(claim);
      const sourceKey = claimSourceKey(claim, articleKey);
      return { claim, interval, sourceKey, positions: positionsToCompare(stores, claims, claim, { interval, sourceKey }) };
    }),
  );
  const siblingsOf = articleSiblings(read, (claim) => read.find((entry) => entry.claim === claim)?.positions ?? []);
  return read.map(({ claim, interval, sourceKey, positions }, index) => {
    const siblings = siblingsOf[index] ?? [];
    const earlierVersion = replaced.filter((old) => sameClaimKey(old.claim, claim));
    // compareClaim reads the previous period only for a new figure: when no source holds the key and the
    // article had no earlier version. On a busy key the lookup scans the series' other periods for nothing.
    const previousPeriod = positions.length === 0 && earlierVersion.length === 0 ? stores.claims.previousPeriod(keyOf(claim)) : null;
    const comparison = { claim, interval, sourceKey, sameKey: positions, previousPeriod, earlierVersion, siblings };
    const finding = compareClaim(comparison);
    const against = finding?.against ? [...positions, ...earlierVersion].find((other) => other.claim === finding.against) : undefined;
    return {
      claim,
      sourceKey,
      interval,
      context: contextReason(claim, siblings, positions) ?? (finding === null && restatesOwnSource(comparison) ? 'restated' : null),
      finding,
      againstId: against?.id ?? null,
      previousId: finding?.previous ? (previousPeriod?.id ?? null) : null,
    };
  });
}

/** A figure the sentence credits to a wire ("..., Overchuk told TASS") is that wire's claim retold. */
function claimSourceKey(claim: Claim, articleKey: string): string {
  const quoted = claimWire(claim.quote, claim.source.outlet);
  return quoted ? `wire:${quoted}` : articleKey;
}

/**
 * The ledger's positions on the claim's key that its comparison can turn on. A key the article reads twice
 * gets every position: which of its readings is a stray one is judged by its distance from all of them.
 */
function positionsToCompare(stores: RecordStores, claims: readonly Claim[], claim: Claim, probe: { interval: Interval; sourceKey: string }): LedgerClaim[] {
  const key = keyOf(claim);
  if (claims.some((other) => other !== claim && sameClaimKey(other, claim))) return stores.claims.positions(key);
  return stores.claims.positionsFor(key, probe);
}

function insertFinding(db: DatabaseSync, finding: Finding, claimId: number, againstId: number | null, previousId: number | null, now: Date): void {
  preparedFor(db)('INSERT INTO findings (kind, claim_id, against_id, previous_id, created_at) VALUES (?, ?, ?, ?, ?)').run(
    finding.kind,
    claimId,
    againstId,
    previousId,
    now.toISOString(),
  );
}

/**
 * Claims from one story are one source. In order: a near-duplicate of any stored article takes that
 * article's key; a credited wire is the source; a looser near-duplicate of an article that holds claims on
 * the same keys within a few days (a republished copy with its own headline) takes that article's key; an
 * outlet that is itself a wire is that wire (so TASS and its copies agree); else the outlet (or host).
 */
function independenceKey(stores: RecordStores, record: ArticleRecord, fingerprint: string, wire: string | null): string {
  const twin = stores.articles.sameBand(fingerprint).find((other) => other.url !== record.url && isNearDuplicate(other.simhash, fingerprint));
  if (twin) return twin.sourceKey;
  if (wire) return `wire:${wire}`;
  const copy = copiedStory(stores, record, fingerprint);
  if (copy) return copy;
  const ownWire = wireOfOutlet(record.outlet);
  if (ownWire) return `wire:${ownWire}`;
  return `outlet:${(record.outlet ?? hostOf(record.url)).toLowerCase()}`;
}

/** Syndication is fast: a copy appears within days of the original. */
const COPY_WINDOW_DAYS = 3;

function copiedStory(stores: RecordStores, record: ArticleRecord, fingerprint: string): string | null {
  const day = record.published ? Date.parse(record.published.slice(0, 10)) : NaN;
  if (Number.isNaN(day) || record.figures.length === 0) return null;
  const from = isoDay(day - COPY_WINDOW_DAYS * DAY_MS);
  const to = isoDay(day + (COPY_WINDOW_DAYS + 1) * DAY_MS);
  const candidates = stores.claims.articlesOnKeys(record.figures.map(keyOf), from, to);
  return candidates.find((other) => other.url !== record.url && isSameStory(other.simhash, fingerprint))?.sourceKey ?? null;
}

const DAY_MS = 86_400_000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
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
