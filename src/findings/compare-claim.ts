import type { Claim, Finding } from '../model/index.ts';
import { overlaps, type Interval } from './interval.ts';

/** A claim already in the ledger, with what the comparison needs. */
export interface LedgerClaim {
  id: number;
  claim: Claim;
  interval: Interval;
  /** Claims with the same source key are one source: a wire, a syndication cluster or one outlet. */
  sourceKey: string;
}

export interface Comparison {
  claim: Claim;
  interval: Interval;
  sourceKey: string;
  /** Earlier claims with the same key: metric, subject, period and unit (currencies never mix). */
  sameKey: readonly LedgerClaim[];
  /** The latest claim for the same metric, subject and unit in another period, if any. */
  previousPeriod: LedgerClaim | null;
}

/**
 * Decides what a new claim means against the ledger (pure; the table in tests/findings lists the cases):
 * - no earlier claim for the key: new_figure (citing the previous period's claim when there is one);
 * - the same source said something incompatible before: revision;
 * - an independent source's interval is disjoint: contradiction;
 * - an independent source overlaps: corroboration;
 * - the same source restating itself, or a claim with an unknown period meeting another: nothing.
 */
export function compareClaim(input: Comparison): Finding | null {
  const { claim, sameKey } = input;
  if (sameKey.length === 0) {
    return restatesAssumedPeriod(input) ? null : finding('new_figure', claim, null, input.previousPeriod);
  }
  // An unknown period cannot be compared: two such claims may describe different years (ADR 001).
  if (claim.period === null) return null;

  const sameSource = sameKey.filter((other) => other.sourceKey === input.sourceKey);
  const independent = sameKey.filter((other) => other.sourceKey !== input.sourceKey);
  const latestOwn = latest(sameSource);
  if (latestOwn && !overlaps(latestOwn.interval, input.interval)) {
    return finding('revision', claim, latestOwn, null);
  }
  const agreeing = independent.filter((other) => overlaps(other.interval, input.interval));
  // A conflict the ledger already holds (a claim we agree with against one it is disjoint from) is
  // not news again: each later report siding with the majority would otherwise re-raise it.
  const disjoint = independent.filter(
    (other) => !overlaps(other.interval, input.interval) && !agreeing.some((ally) => !overlaps(ally.interval, other.interval)),
  );
  const conflicting = latest(disjoint);
  if (conflicting) return finding('contradiction', claim, conflicting, null);
  if (sameSource.length > 0) return null;
  return independent.length > 0 ? finding('corroboration', claim, latest(independent), null) : null;
}

/**
 * A stock figure with no stated period ("Russian companies have invested about $6 billion") gets the
 * publication month as its period (ADR 001), so each retelling lands in a new period. When it repeats the
 * previous assumed period's value, it is the same figure told again, not a new one.
 */
function restatesAssumedPeriod(input: Comparison): boolean {
  const previous = input.previousPeriod;
  return (
    previous !== null &&
    input.claim.periodBasis === 'assumed' &&
    previous.claim.periodBasis === 'assumed' &&
    overlaps(previous.interval, input.interval)
  );
}

function finding(kind: Finding['kind'], claim: Claim, against: LedgerClaim | null, previous: LedgerClaim | null): Finding {
  return { kind, claim, against: against?.claim ?? null, previous: previous?.claim ?? null };
}

/** The most recently published claim, ties broken by ledger order. */
function latest(claims: readonly LedgerClaim[]): LedgerClaim | null {
  let best: LedgerClaim | null = null;
  for (const candidate of claims) {
    if (!best || publishedKey(candidate) > publishedKey(best) || (publishedKey(candidate) === publishedKey(best) && candidate.id > best.id)) {
      best = candidate;
    }
  }
  return best;
}

function publishedKey(entry: LedgerClaim): string {
  return entry.claim.source.published ?? '';
}
