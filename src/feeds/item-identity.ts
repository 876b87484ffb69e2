import { createHash } from 'node:crypto';
import type { FeedItem } from '../model/feed.ts';
import { canonicalizeUrl } from './canonical-url.ts';

export interface ItemDraft {
  guid: string | null;
  /** Absolute link, as the feed gave it. */
  link: string | null;
  title: string;
  published: string | null;
}

/**
 * Identity per the issue: the guid when present and unique in this document, else the
 * canonical link when unique (and not the site's front page), else a hash of title and date.
 * Items whose final identity repeats are the same item listed twice: the first one is kept.
 */
export function assignIds<T extends ItemDraft>(drafts: T[]): Array<T & { id: string }> {
  const guidCount = countBy(drafts.map((draft) => draft.guid));
  const linkCount = countBy(drafts.map((draft) => identifyingLink(draft.link)));
  const seen = new Set<string>();
  const result: Array<T & { id: string }> = [];
  for (const draft of drafts) {
    const canonical = identifyingLink(draft.link);
    const id =
      draft.guid !== null && guidCount.get(draft.guid) === 1
        ? draft.guid
        : canonical !== null && linkCount.get(canonical) === 1
          ? canonical
          : hashId(draft.title, draft.published);
    if (seen.has(id)) continue;
    seen.add(id);
    result.push({ ...draft, id });
  }
  return result;
}

export interface ItemKeys {
  id: string;
  /** Canonical link, for "the guid changed but the link did not". */
  link: string | null;
  /**
   * Feed-scoped normalised title, for "the guid changed but the title did not, within days".
   * The matching itself is src/ledger/item-store.ts (ItemStore.find), over the items already seen.
   */
  titleKey: string | null;
}

type KeyedItem = Pick<FeedItem, 'id' | 'feedUrl' | 'title' | 'link'>;

/**
 * `shared`: the links several items of the same document carry (sharedLinks). Such a link names no
 * one item, so it is no key: matching on it would take each of those items for the one seen first.
 */
export function itemKeys(item: KeyedItem, shared: ReadonlySet<string> = NO_LINKS): ItemKeys {
  const title = normaliseTitle(item.title);
  const link = identifyingLink(item.link);
  return {
    id: item.id,
    link: link !== null && shared.has(link) ? null : link,
    titleKey: title === '' ? null : `${item.feedUrl}\n${title}`,
  };
}

/** The canonical links more than one item of a document carries (a CMS linking short news to one page). */
export function sharedLinks(items: readonly Pick<FeedItem, 'link'>[]): Set<string> {
  const counts = countBy(items.map((item) => identifyingLink(item.link)));
  return new Set([...counts].filter(([, count]) => count > 1).map(([link]) => link));
}

const NO_LINKS: ReadonlySet<string> = new Set();

const TITLE_FOLDS: Record<string, string> = { ё: 'е', ı: 'i', ş: 's', ç: 'c', ğ: 'g', ö: 'o', ü: 'u', ə: 'e' };

/** Case, punctuation, ё and Azerbaijani letters (typed or in ASCII) do not make a title new. */
export function normaliseTitle(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/İ/g, 'i')
    .toLowerCase()
    .replace(/\u0307/g, '')
    .replace(/[ёışçğöüə]/g, (char) => TITLE_FOLDS[char] ?? char)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The canonical link when it can identify an item: a site's front page cannot (feeds give it to items
 * that have no page of their own), so two such items would otherwise be taken for one.
 */
function identifyingLink(link: string | null): string | null {
  const canonical = link === null ? null : canonicalizeUrl(link);
  if (canonical === null) return null;
  const url = new URL(canonical);
  return url.pathname === '/' && url.search === '' ? null : canonical;
}

function hashId(title: string, published: string | null): string {
  const digest = createHash('sha256').update(`${normaliseTitle(title)}\n${published ?? ''}`).digest('hex');
  return `sha256:${digest.slice(0, 32)}`;
}

function countBy(values: Array<string | null>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) if (value !== null) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
