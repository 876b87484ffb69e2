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
 * canonical link when unique, else a hash of title and date. Items whose final identity
 * repeats are the same item listed twice: the first one is kept.
 */
export function assignIds<T extends ItemDraft>(drafts: T[]): Array<T & { id: string }> {
  const guidCount = countBy(drafts.map((draft) => draft.guid));
  const linkCount = countBy(drafts.map((draft) => canonicalOf(draft.link)));
  const seen = new Set<string>();
  const result: Array<T & { id: string }> = [];
  for (const draft of drafts) {
    const canonical = canonicalOf(draft.link);
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
  /** Feed-scoped normalised title, for "the guid changed but the title did not, within days". */
  titleKey: string | null;
}

export function itemKeys(item: Pick<FeedItem, 'id' | 'feedUrl' | 'title' | 'link'>): ItemKeys {
  const title = normaliseTitle(item.title);
  return {
    id: item.id,
    link: canonicalOf(item.link),
    titleKey: title === '' ? null : `${item.feedUrl}\n${title}`,
  };
}

export interface SeenRecord extends ItemKeys {
  /** Publication date (or, when the feed gave none, when it was first seen), ISO 8601. */
  published: string | null;
}

/**
 * Whether two records are the same item: same id, or same canonical link, or same title in
 * the same feed with dates at most `titleWindowDays` apart (a feed that regenerates guids).
 * Without both dates a title alone proves nothing: daily columns reuse their titles.
 */
export function sameItem(a: SeenRecord, b: SeenRecord, titleWindowDays = 3): boolean {
  if (a.id === b.id) return true;
  if (a.link !== null && a.link === b.link) return true;
  if (a.titleKey === null || a.titleKey !== b.titleKey || a.published === null || b.published === null) return false;
  const apart = Math.abs(Date.parse(a.published) - Date.parse(b.published));
  return Number.isFinite(apart) && apart <= titleWindowDays * 86_400_000;
}

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

function canonicalOf(link: string | null): string | null {
  return link === null ? null : canonicalizeUrl(link);
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
