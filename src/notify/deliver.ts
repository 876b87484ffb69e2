/**
 * Drains the outbox: per target, oldest first; an entry stops being pending only after Discord accepts it.
 * A failure that may heal (5xx, network, long 429) reschedules the head entry with exponential backoff
 * and stops that target for this run, so order holds. A failure that will not heal (401/403/404…) blocks
 * the target: loud log, entries stay pending, and the target is probed again after `probeIntervalMs` or
 * after a restart. A backlog beyond `digestThreshold` is posted as one digest instead of a flood.
 * An entry an earlier attempt may have posted (crash before markSent, timeout, 5xx) is looked for in a bot
 * channel's history first; webhooks cannot look, so their resend carries a note instead.
 */
import { entryNonce, digestNonce } from './plan.ts';
import { renderDigest, renderFeedHealth, renderNotices } from './render.ts';
import type {
  ConsoleSink,
  DeliveryReport,
  DiscordMessage,
  DiscordTarget,
  DiscordTargets,
  NotifyLog,
  Outbox,
  OutboxEntry,
  PostedLookup,
  RenderOptions,
  SendOutcome,
  TargetBlock,
} from './types.ts';

export interface DeliverOptions {
  now: () => Date;
  digestThreshold: number;
  log: NotifyLog;
  render?: RenderOptions;
  /** How often a blocked target is tried again (default 15 min). */
  probeIntervalMs?: number;
  /** Backoff after the first failure, doubled per attempt up to `maxBackoffMs` (defaults 30 s, 1 h). */
  baseBackoffMs?: number;
  maxBackoffMs?: number;
  /** No new send starts after this time, or once `stop` aborts (shutdown): the rest stays pending. */
  deadline?: Date;
  stop?: AbortSignal;
}

const BATCH = 50;
const RESENT_NOTE = 'Re-sent after an interrupted delivery: this may repeat an earlier post.';

function pastDeadline(opts: DeliverOptions): boolean {
  if (opts.stop?.aborted) return true;
  return opts.deadline !== undefined && opts.now().getTime() >= opts.deadline.getTime();
}

export async function deliverPending(outbox: Outbox, sink: DiscordTargets | ConsoleSink, opts: DeliverOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retried: 0, failed: 0, digests: 0, blocked: [] };
  for (const stored of outbox.pendingTargets()) {
    if (sink.kind === 'console') drainToConsole(outbox, stored, sink, opts, report);
    else await drainTarget(outbox, stored, sink, opts, report);
  }
  return report;
}

function drainToConsole(outbox: Outbox, stored: string, sink: ConsoleSink, opts: DeliverOptions, report: DeliveryReport): void {
  for (let entries = outbox.listPending(stored, BATCH); entries.length > 0; entries = outbox.listPending(stored, BATCH)) {
    for (const entry of entries) {
      sink.write(entry);
      outbox.markSent(entry.id, null, opts.now());
      report.sent += 1;
    }
  }
}

async function drainTarget(outbox: Outbox, stored: string, targets: DiscordTargets, opts: DeliverOptions, report: DeliveryReport): Promise<void> {
  const target = targets.target(stored);
  const block = outbox.blockedTarget(target.key);
  if (block && !probeDue(block, targets, opts)) {
    reportBlocked(outbox, stored, target, block, opts, report);
    return;
  }
  targets.probedOnce.add(target.key);
  if (!block && outbox.countPending(stored) > opts.digestThreshold) {
    await sendDigest(outbox, stored, target, opts, report);
    return;
  }
  let entries = outbox.listPending(stored, BATCH);
  while (entries.length > 0) {
    for (const entry of entries) {
      if (!isDue(entry, opts.now()) || pastDeadline(opts)) return;
      const outcome = await sendEntry(outbox, entry, target, opts);
      if (outcome.status === 'sent') {
        outbox.markSent(entry.id, outcome.messageId, opts.now());
        report.sent += 1;
        if (block) {
          // The probe worked: start over, so a backlog that built up meanwhile goes out as a digest.
          unblock(outbox, target, opts);
          return drainTarget(outbox, stored, targets, opts, report);
        }
        continue;
      }
      if (outcome.status === 'rejected') {
        outbox.markFailed(entry.id, outcome.error, opts.now());
        report.failed += 1;
        opts.log.error({ target: target.label, entry: entry.id, code: outcome.code, error: outcome.error }, 'notify: Discord refused this message; it will not be retried');
        continue;
      }
      handleFailure(outbox, stored, entry, target, outcome, opts, report);
      return;
    }
    entries = outbox.listPending(stored, BATCH);
  }
}

/**
 * Renders and sends one entry (several parts only if it no longer fits one message). A part an earlier
 * attempt may have posted is first looked for in the channel (bot mode) and, when there, not sent again.
 */
async function sendEntry(outbox: Outbox, entry: OutboxEntry, target: DiscordTarget, opts: DeliverOptions): Promise<SendOutcome> {
  const messages = entry.feedHealth ? [renderFeedHealth(entry.feedHealth)] : renderNotices(entry.notices, opts.render);
  const nonces = messages.map((_, part) => entryNonce(entry, part));
  const ambiguous = mayHaveBeenPosted(entry);
  const lookup = ambiguous ? await lookUpPosted(target, nonces, entry, opts) : null;
  // Webhooks cannot look, so say it may repeat; a bot channel says so only when it could not look.
  const resent = ambiguous && (!target.dedupesByNonce || lookup?.status === 'unknown');
  let last: SendOutcome = { status: 'rejected', error: 'notify: nothing to send', code: 0 };
  let attempted = false;
  for (const [part, message] of messages.entries()) {
    const posted = lookup?.found.get(nonces[part]!);
    if (posted) {
      last = { status: 'sent', messageId: posted };
      continue;
    }
    if (!attempted) outbox.markAttempt(entry.id, opts.now());
    attempted = true;
    last = await target.send(resent ? withNote(message) : message, { nonce: nonces[part]! });
    if (last.status !== 'sent') return last;
  }
  return last;
}

/** What the channel shows of an earlier attempt; null where it cannot be read (webhooks). */
async function lookUpPosted(target: DiscordTarget, nonces: string[], entry: Pick<OutboxEntry, 'id' | 'createdAt'>, opts: DeliverOptions): Promise<PostedLookup | null> {
  if (!target.findPosted) return null;
  const lookup = await target.findPosted(nonces, entry.createdAt ?? new Date(0));
  if (lookup.status === 'unknown') {
    opts.log.warn({ target: target.label, entry: entry.id, error: lookup.error }, 'notify: cannot tell from the channel whether an interrupted delivery was posted; sending it again (it may repeat)');
  } else if (lookup.found.size > 0) {
    opts.log.info({ target: target.label, entry: entry.id, messages: [...lookup.found.values()] }, 'notify: an interrupted delivery was already posted; marked sent without posting it again');
  }
  return lookup;
}

async function sendDigest(outbox: Outbox, stored: string, target: DiscordTarget, opts: DeliverOptions, report: DeliveryReport): Promise<void> {
  const entries = outbox.listPending(stored, outbox.countPending(stored));
  const head = entries[0];
  if (!head || !isDue(head, opts.now())) return;
  const notices = entries.flatMap((e) => e.notices);
  const feedEvents = entries.flatMap((e) => (e.feedHealth ? [e.feedHealth] : []));
  const nonce = digestNonce(entries);
  const lookup = mayHaveBeenPosted(head) ? await lookUpPosted(target, [nonce], head, opts) : null;
  const posted = lookup?.found.get(nonce);
  if (!posted) outbox.markAttempt(head.id, opts.now());
  const outcome: SendOutcome = posted ? { status: 'sent', messageId: posted } : await target.send(renderDigest(notices, opts.render, feedEvents), { nonce });
  if (outcome.status === 'sent') {
    // No await between these: the whole range is marked in one synchronous run.
    for (const entry of entries) outbox.markSent(entry.id, outcome.messageId, opts.now());
    report.sent += entries.length;
    report.digests += 1;
    opts.log.warn({ target: target.label, entries: entries.length, notices: notices.length }, 'notify: backlog posted as one digest');
    return;
  }
  const failure = outcome.status === 'rejected' ? { status: 'retry' as const, error: outcome.error } : outcome;
  handleFailure(outbox, stored, head, target, failure, opts, report);
}

function handleFailure(
  outbox: Outbox,
  stored: string,
  entry: OutboxEntry,
  target: DiscordTarget,
  outcome: Extract<SendOutcome, { status: 'retry' | 'blocked' }>,
  opts: DeliverOptions,
  report: DeliveryReport,
): void {
  if (outcome.status === 'retry') {
    const wait = outcome.retryAfterMs ?? backoffMs(entry.attempts + 1, opts);
    outbox.markRetry(entry.id, outcome.error, new Date(opts.now().getTime() + wait));
    report.retried += 1;
    opts.log.warn({ target: target.label, entry: entry.id, attempts: entry.attempts + 1, retryInMs: wait, error: outcome.error }, 'notify: delivery failed; will retry');
    return;
  }
  outbox.markBlocked(target.key, { error: outcome.error, code: outcome.code }, opts.now());
  reportBlocked(outbox, stored, target, outbox.blockedTarget(target.key), opts, report);
}

function reportBlocked(outbox: Outbox, stored: string, target: DiscordTarget, block: TargetBlock | null, opts: DeliverOptions, report: DeliveryReport): void {
  if (!block) return;
  const pending = outbox.countPending(stored);
  if (!report.blocked.some((b) => b.target === target.key)) {
    report.blocked.push({ target: target.key, label: target.label, error: block.error, code: block.code, since: block.since });
  }
  opts.log.error(
    { target: target.label, code: block.code, error: block.error, since: block.since.toISOString(), pending },
    `notify: delivery to ${target.label} is STOPPED (${block.error}); ${pending} messages wait until it is fixed (check the webhook URL, bot token or channel permissions)`,
  );
}

function unblock(outbox: Outbox, target: DiscordTarget, opts: DeliverOptions): void {
  outbox.clearBlocked(target.key);
  opts.log.info({ target: target.label }, `notify: delivery to ${target.label} works again`);
}

function probeDue(block: TargetBlock, targets: DiscordTargets, opts: DeliverOptions): boolean {
  if (!targets.probedOnce.has(block.target)) return true;
  return opts.now().getTime() - block.checkedAt.getTime() >= (opts.probeIntervalMs ?? 15 * 60_000);
}

function isDue(entry: OutboxEntry, now: Date): boolean {
  return entry.nextAttemptAt === null || entry.nextAttemptAt.getTime() <= now.getTime();
}

export function backoffMs(attempt: number, opts: Pick<DeliverOptions, 'baseBackoffMs' | 'maxBackoffMs'> = {}): number {
  const base = opts.baseBackoffMs ?? 30_000;
  return Math.min(base * 2 ** Math.max(0, attempt - 1), opts.maxBackoffMs ?? 3_600_000);
}

/**
 * Webhooks cannot dedupe, so say so when an earlier attempt may have reached Discord: it started and
 * either never recorded an outcome (crash: markAttempt clears lastError) or ended ambiguously.
 */
function mayHaveBeenPosted(entry: OutboxEntry): boolean {
  if (entry.attempts === 0) return false;
  return !entry.lastError || /^discord: (timeout|network|HTTP 5\d\d)/.test(entry.lastError);
}

function withNote(message: DiscordMessage): DiscordMessage {
  return { ...message, content: message.content ? `${RESENT_NOTE}\n${message.content}` : RESENT_NOTE };
}
