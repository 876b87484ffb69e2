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

/** A claim read earlier from the same article, in text order. */
export interface SiblingClaim {
  claim: Claim;
  interval: Interval;
}

export interface Comparison {
  claim: Claim;
  interval: Interval;
  sourceKey: string;
  /**
   * Claims with the same key (metric, growthOf, subject, period, unit) from other articles. Each source
   * counts with its latest claim only (its current position), so passing every claim or only the
   * positions gives the same answer.
   */
  sameKey: readonly LedgerClaim[];
  /** The latest claim of the series in the previous period of the same granularity, if any. */
  previousPeriod: LedgerClaim | null;
  /** The same key in the previous version of this article (same URL, changed text). */
  earlierVersion?: readonly LedgerClaim[];
  /** The claims read before this one from the same article (any key). */
  siblings?: readonly SiblingClaim[];
}

/**
 * Decides what a new claim means against the ledger (pure; docs/adr/002-claim-comparison.md gives the
 * rules and tests/findings/comparison-table.test.ts the cases):
 * - a target or a rate ("aim for $10 billion", "15 million tonnes a year") is context: nothing;
 * - a period that is unknown (no period stated and no publication date) cannot be placed: nothing;
 * - the article already said something compatible for the key: nothing;
 * - the same source said something incompatible before (or the article's previous version did): revision;
 *   the same source restating itself: nothing;
 * - an independent source's interval is disjoint (and not a conflict the ledger already holds): contradiction;
 * - an independent source overlaps: corroboration;
 * - no earlier claim for the key: new_figure, citing the previous period's claim when there is one;
 * - a currency conversion of a figure in the same sentence ("7.4 billion manats ($4.35 billion)") may
 *   contradict or revise but is never a new figure or a corroboration of its own.
 */
export function compareClaim(input: Comparison): Finding | null {
  const { claim } = input;
  if (claim.modality) return null;
  if (claim.period === null && claim.periodBasis !== 'none') return null;
  const siblings = (input.siblings ?? []).filter((other) => sameKey(other.claim, claim));
  if (siblings.some((other) => overlaps(other.interval, input.interval))) return null;
  const conversion = isConversion(claim, input.siblings ?? []);

  const positions = latestPerSource(input.sameKey);
  const own = latest(input.earlierVersion ?? []) ?? positions.find((other) => other.sourceKey === input.sourceKey) ?? null;
  // A source restating its position adds nothing: any conflict with it was raised when it first spoke.
  if (own) return overlaps(own.interval, input.interval) ? null : finding('revision', claim, own, null);

  const independent = positions.filter((other) => other.sourceKey !== input.sourceKey);
  const agreeing = independent.filter((other) => overlaps(other.interval, input.interval));
  // A conflict the ledger already holds (a claim we agree with against one it is disjoint from) is
  // not news again: each later report siding with the majority would otherwise re-raise it.
  const disjoint = independent.filter(
    (other) => !overlaps(other.interval, input.interval) && !agreeing.some((ally) => !overlaps(ally.interval, other.interval)),
  );
  const conflicting = latest(disjoint);
  if (conflicting) return finding('contradiction', claim, conflicting, null);
  if (conversion) return null;
  if (agreeing.length > 0) return finding('corroboration', claim, latest(agreeing), null);
  return restatesAssumedPeriod(input) ? null : finding('new_figure', claim, null, input.previousPeriod);
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

/** The same figure given in another currency within one sentence: what it measures, for whom and when agree. */
function isConversion(claim: Claim, siblings: readonly SiblingClaim[]): boolean {
  return siblings.some(
    ({ claim: other }) =>
      other.unit !== claim.unit &&
      other.metric === claim.metric &&
      other.subject === claim.subject &&
      other.period === claim.period &&
      (other.growthOf ?? '') === (claim.growthOf ?? '') &&
      other.start === claim.start,
  );
}

export function sameKey(a: Claim, b: Claim): boolean {
  return a.metric === b.metric && a.subject === b.subject && a.period === b.period && a.unit === b.unit && (a.growthOf ?? '') === (b.growthOf ?? '');
}

function finding(kind: Finding['kind'], claim: Claim, against: LedgerClaim | null, previous: LedgerClaim | null): Finding {
  return { kind, claim, against: against?.claim ?? null, previous: previous?.claim ?? null };
}

/** Each source's latest claim: a source that changed its number stands by the new one. */
function latestPerSource(claims: readonly LedgerClaim[]): LedgerClaim[] {
  const bySource = new Map<string, LedgerClaim>();
  for (const entry of claims) {
    const held = bySource.get(entry.sourceKey);
    if (!held || isLater(entry, held)) bySource.set(entry.sourceKey, entry);
  }
  return [...bySource.values()];
}

/** The most recently published claim, ties broken by ledger order. */
function latest(claims: readonly LedgerClaim[]): LedgerClaim | null {
  let best: LedgerClaim | null = null;
  for (const candidate of claims) if (!best || isLater(candidate, best)) best = candidate;
  return best;
}

function isLater(a: LedgerClaim, b: LedgerClaim): boolean {
  const pa = a.claim.source.published ?? '';
  const pb = b.claim.source.published ?? '';
  return pa > pb || (pa === pb && a.id > b.id);
}
