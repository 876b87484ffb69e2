/**
 * Enqueue-side helpers for the pipeline: how notices are cut into outbox entries (one Discord message
 * each), and the deterministic nonce of an entry.
 */
import { createHash } from 'node:crypto';
import type { Notice } from '../model/index.ts';
import { renderNotices } from './render.ts';
import type { OutboxEntry, RenderOptions } from './types.ts';

/**
 * Notices → outbox rows: grouped by target and article, in order of first appearance, each group split
 * so it renders to exactly one message (findings of one article share a message when they fit).
 */
export function planOutboxEntries(
  notices: Notice[],
  resolveTarget: (notice: Notice) => string,
  opts: RenderOptions = {},
): { target: string; notices: Notice[] }[] {
  const groups = new Map<string, { target: string; notices: Notice[] }>();
  for (const notice of notices) {
    const target = resolveTarget(notice);
    const key = `${target}\n${notice.source.url}`;
    const group = groups.get(key);
    if (group) group.notices.push(notice);
    else groups.set(key, { target, notices: [notice] });
  }
  return [...groups.values()].flatMap((group) => splitToSingleMessages(group.notices, opts).map((part) => ({ target: group.target, notices: part })));
}

function splitToSingleMessages(notices: Notice[], opts: RenderOptions): Notice[][] {
  const parts: Notice[][] = [];
  let current: Notice[] = [];
  for (const notice of notices) {
    const candidate = [...current, notice];
    if (current.length > 0 && renderNotices(candidate, opts).length > 1) {
      parts.push(current);
      current = [notice];
    } else {
      current = candidate;
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/**
 * ≤ 25 characters (Discord's nonce limit), the same for every attempt at the same entry, and different
 * for another database's entry with the same id (the content hash): "fw1z.Ab3dE9_x.0".
 */
export function entryNonce(entry: Pick<OutboxEntry, 'id' | 'notices' | 'feedHealth'>, part = 0): string {
  return `fw${entry.id.toString(36)}.${contentHash(entry.feedHealth ?? entry.notices, 8)}.${part.toString(36)}`.slice(0, 25);
}

/** The digest's nonce covers the range of entries it replaces. */
export function digestNonce(entries: Pick<OutboxEntry, 'id' | 'notices'>[]): string {
  const first = entries[0]?.id ?? 0;
  const last = entries[entries.length - 1]?.id ?? 0;
  return `fd${contentHash(entries.map((e) => [e.id, e.notices]), 5)}${first.toString(36)}-${last.toString(36)}`.slice(0, 25);
}

function contentHash(value: unknown, length: number): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('base64url').slice(0, length);
}
