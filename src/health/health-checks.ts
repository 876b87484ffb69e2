import type { Ledger } from '../ledger/index.ts';
import { redactSecrets } from '../log/redact-secrets.ts';

/** The outbox as health reads it: the real OutboxStore, or anything with the same answers. */
export type HealthOutbox = Pick<Ledger['outbox'], 'pendingTargets' | 'listPending' | 'countPending' | 'blockedTargets' | 'counts'>;

export type HealthCheck = 'cycles' | 'discord-target' | 'outbox-stuck' | 'store';

export interface HealthProblem {
  check: HealthCheck;
  message: string;
}

export interface CycleState {
  /** When this process started watching: the reference before any cycle has succeeded. */
  startedAt: Date;
  lastSuccessAt: Date | null;
  lastFailureAt: Date | null;
  /** Cycles that threw since the last success. */
  failuresInARow: number;
}

export interface HealthInputs {
  now: Date;
  cycles: CycleState;
  /** Milliseconds between scheduled cycles. */
  intervalMs: number;
  outbox: HealthOutbox;
  /** A message whose delivery has been tried this many times without success counts as stuck. */
  stuckAfterAttempts: number;
}

/** How many scheduled intervals may pass without a successful cycle. */
export const MISSED_INTERVALS = 3;

/**
 * Everything that makes the bot unhealthy, each with a reason a person can act on. Feed failures are
 * not here: one dead feed is the feed's problem (backoff, a Discord alert, /metrics), not the bot's.
 */
export function findHealthProblems(inputs: HealthInputs): HealthProblem[] {
  const problems: HealthProblem[] = [];
  const cycles = cycleProblem(inputs);
  if (cycles) problems.push(cycles);
  try {
    problems.push(...blockedTargetProblems(inputs.outbox), ...stuckProblems(inputs.outbox, inputs.stuckAfterAttempts));
  } catch (error) {
    problems.push({ check: 'store', message: `store: cannot read the outbox (${redactSecrets((error as Error).message)})` });
  }
  return problems;
}

function cycleProblem({ now, cycles, intervalMs }: HealthInputs): HealthProblem | null {
  const reference = cycles.lastSuccessAt ?? cycles.startedAt;
  const limitMs = MISSED_INTERVALS * intervalMs;
  if (now.getTime() - reference.getTime() <= limitMs) return null;
  const since = cycles.lastSuccessAt ? `since ${reference.toISOString()}` : `since the start at ${reference.toISOString()}`;
  const failures = cycles.failuresInARow > 0 ? `; ${cycles.failuresInARow} cycle(s) failed in a row, the last at ${cycles.lastFailureAt?.toISOString()}` : '; no cycle has finished since';
  return { check: 'cycles', message: `no successful cycle ${since}, more than ${MISSED_INTERVALS} schedule intervals (${formatMs(limitMs)})${failures}` };
}

/** A target Discord refused (bad token, deleted webhook, lost permission) with messages waiting for it. */
function blockedTargetProblems(outbox: HealthOutbox): HealthProblem[] {
  return outbox.blockedTargets().flatMap((block) => {
    const pending = outbox.countPending(block.target);
    // A block row with nothing waiting is history (say, a replaced webhook): nothing is held up by it.
    if (pending === 0) return [];
    return [{
      check: 'discord-target' as const,
      message: `Discord target ${block.target} rejects us since ${block.since.toISOString()} (${redactSecrets(block.error)}); ${pending} message(s) wait`,
    }];
  });
}

/** Delivery is in order per target, so the head entry is the one that retries; the rest wait behind it. */
function stuckProblems(outbox: HealthOutbox, stuckAfterAttempts: number): HealthProblem[] {
  return outbox.pendingTargets().flatMap((target) => {
    const [head] = outbox.listPending(target, 1);
    if (!head || head.attempts < stuckAfterAttempts) return [];
    const error = head.lastError ? `, last error: ${redactSecrets(head.lastError)}` : '';
    return [{
      check: 'outbox-stuck' as const,
      message: `outbox: message ${head.id} to ${target} is stuck after ${head.attempts} attempts${error}; ${outbox.countPending(target)} message(s) wait`,
    }];
  });
}

function formatMs(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 1000)} s`;
}
