/**
 * An in-memory Outbox with the semantics src/ledger implements over SQLite (see src/notify/types.ts).
 * `snapshot()`/`restore()` let a test play a process restart: the new process sees exactly what the old
 * one had persisted.
 */
import type { FeedHealthEvent, Outbox, OutboxEntry, TargetBlock } from '../../src/notify/types.ts';
import type { Notice } from '../../src/model/index.ts';

export interface StoredEntry extends OutboxEntry {
  state: 'pending' | 'sent' | 'failed';
  messageId: string | null;
  sentAt: Date | null;
}

export class MemoryOutbox implements Outbox {
  entries: StoredEntry[] = [];
  blocks = new Map<string, TargetBlock>();
  private nextId = 1;

  /** `createdAt` defaults to the real time: the fake Discord's ids follow the real clock unless told otherwise. */
  enqueue(target: string, notices: Notice[], feedHealth?: FeedHealthEvent, createdAt = new Date()): StoredEntry {
    const entry: StoredEntry = {
      id: this.nextId++,
      target,
      notices,
      ...(feedHealth ? { feedHealth } : {}),
      attempts: 0,
      nextAttemptAt: null,
      lastError: null,
      createdAt,
      state: 'pending',
      messageId: null,
      sentAt: null,
    };
    this.entries.push(entry);
    return entry;
  }

  pendingTargets(): string[] {
    return [...new Set(this.pending().map((e) => e.target))];
  }

  listPending(target: string, limit: number): OutboxEntry[] {
    return this.pending()
      .filter((e) => e.target === target)
      .slice(0, limit)
      .map((e) => structuredClone(e));
  }

  countPending(target: string): number {
    return this.pending().filter((e) => e.target === target).length;
  }

  markAttempt(id: number): void {
    const entry = this.get(id);
    entry.attempts += 1;
    entry.lastError = null;
  }

  markSent(id: number, messageId: string | null, at: Date): void {
    Object.assign(this.get(id), { state: 'sent', messageId, sentAt: at });
  }

  markRetry(id: number, error: string, nextAttemptAt: Date): void {
    Object.assign(this.get(id), { lastError: error, nextAttemptAt });
  }

  markFailed(id: number, error: string): void {
    Object.assign(this.get(id), { state: 'failed', lastError: error });
  }

  blockedTarget(target: string): TargetBlock | null {
    const block = this.blocks.get(target);
    return block ? { ...block } : null;
  }

  markBlocked(target: string, block: { error: string; code: number }, at: Date): void {
    const since = this.blocks.get(target)?.since ?? at;
    this.blocks.set(target, { target, ...block, since, checkedAt: at });
  }

  clearBlocked(target: string): void {
    this.blocks.delete(target);
  }

  sent(): StoredEntry[] {
    return this.entries.filter((e) => e.state === 'sent');
  }

  snapshot(): { entries: StoredEntry[]; blocks: [string, TargetBlock][]; nextId: number } {
    return structuredClone({ entries: this.entries, blocks: [...this.blocks], nextId: this.nextId });
  }

  static restore(state: ReturnType<MemoryOutbox['snapshot']>): MemoryOutbox {
    const outbox = new MemoryOutbox();
    const copy = structuredClone(state);
    outbox.entries = copy.entries;
    outbox.blocks = new Map(copy.blocks);
    outbox.nextId = copy.nextId;
    return outbox;
  }

  private pending(): StoredEntry[] {
    return this.entries.filter((e) => e.state === 'pending').sort((a, b) => a.id - b.id);
  }

  private get(id: number): StoredEntry {
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) throw new Error(`no outbox entry ${id}`);
    return entry;
  }
}
