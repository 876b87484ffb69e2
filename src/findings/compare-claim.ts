import type { Claim, Finding } from '../model/index.ts';
import { overlaps, type Interval } from './interval.ts';
import { differentAttribution } from './attribution.ts';
import { contextReason, isDoubtfulPeriod, type SiblingClaim } from './claim-context.ts';
import { sameKey } from './series.ts';

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
  /**
   * Claims with the same key (series and period, see series.ts) from other articles. Each source counts
   * with the claims of its latest article only (its position), so passing every claim or only the
   * positions gives the same answer.
   */
  sameKey: readonly LedgerClaim[];
  /** The latest claim of the series in the previous period of the same granularity, if any. */
  previousPeriod: LedgerClaim | null;
  /** The same key in the previous version of this article (same URL, changed text). */
  earlierVersion?: readonly LedgerClaim[];
  /** The article's other claims (any key), each marked whether it comes before this one. */
  siblings?: readonly SiblingClaim[];
}

/**
 * Decides what a new claim means against the ledger (pure; docs/adr/002-claim-comparison.md gives the
 * rules and tests/findings/comparison-table.test.ts the cases):
 * - a context claim (claim-context.ts: a target or a rate, an unknown period, a stray reading): nothing;
 * - the article already said something compatible for the key: nothing;
 * - the same source said something incompatible before (or the article's previous version did): revision,
 *   unless the two sentences name different authorities (then it is an independent claim); restating: nothing;
 * - an independent source's interval is disjoint (and not a conflict the ledger already holds): contradiction,
 *   unless either period is a doubtful guess (claim-context.ts, isDoubtfulPeriod), which never contradicts;
 * - an independent source overlaps: corroboration;
 * - no earlier claim for the key: new_figure, citing the previous period's claim when there is one;
 * - a second number for a key in one article, or a currency conversion in the same sentence ("7.4 billion
 *   manats ($4.35 billion)"), is compared with other sources but is never a new figure of its own.
 */
export function compareClaim(input: Comparison): Finding | null {
  const { claim } = input;
  const positions = latestPerSource(input.sameKey);
  const allSiblings = input.siblings ?? [];
  if (contextReason(claim, allSiblings, positions) !== null) return null;
  const earlierInArticle = allSiblings.filter((other) => other.earlier && other.context === null);
  const siblings = earlierInArticle.filter((other) => sameKey(other.claim, claim));
  if (siblings.some((other) => overlaps(other.interval, input.interval))) return null;
  // The article already gave this key another number (two statistics of one thing), or gives this one
  // again in another currency: it is still compared with other sources, but is no new figure of its own.
  const secondReading = siblings.length > 0 || isConversion(claim, earlierInArticle);

  const earlier = input.earlierVersion ?? [];
  // The same outlet passing on another authority's number is not revising itself (attribution.ts).
  const sameVoice = (other: LedgerClaim): boolean => other.sourceKey === input.sourceKey && !differentAttribution(other.claim.quote, claim.quote);
  const own = earlier.length > 0 ? earlier : positions.filter(sameVoice);
  // A source restating its position adds nothing: any conflict with it was raised when it first spoke.
  if (own.length > 0) {
    if (own.some((other) => overlaps(other.interval, input.interval))) return null;
    const revised = own.filter((other) => !isDoubtfulPeriod(other.claim));
    return revised.length > 0 && !isDoubtfulPeriod(claim) ? finding('revision', claim, pick(revised, input.interval), null) : null;
  }

  const independent = positions.filter((other) => !sameVoice(other));
  const agreeing = independent.filter((other) => overlaps(other.interval, input.interval));
  // A conflict the ledger already holds (a claim we agree with against one it is disjoint from) is
  // not news again: each later report siding with the majority would otherwise re-raise it.
  const disjoint = independent.filter(
    (other) =>
      !overlaps(other.interval, input.interval) &&
      !agreeing.some((ally) => !overlaps(ally.interval, other.interval)) &&
      !isDoubtfulPeriod(other.claim) &&
      !isDoubtfulPeriod(claim),
  );
  if (disjoint.length > 0) return finding('contradiction', claim, sharpest(disjoint, input.interval), null);
  if (agreeing.length > 0) return finding('corroboration', claim, pick(agreeing, input.interval), null);
  // Disagreeing, but only with guesses (or as a guess): nothing anybody can stand by.
  if (independent.length > 0) return null;
  return secondReading || restatesAssumedPeriod(input) ? null : finding('new_figure', claim, null, input.previousPeriod);
}

/**
 * Whether the claim repeats what its own source said in an earlier article (the outlet repeating itself, or
 * one more copy of a wire story). Such a claim is kept as context: the source's position stays the article
 * that first said it, which is the one a later contradiction should cite.
 */
export function restatesOwnSource(input: Comparison): boolean {
  if ((input.earlierVersion ?? []).length > 0) return false;
  return latestPerSource(input.sameKey).some(
    (other) => other.sourceKey === input.sourceKey && overlaps(other.interval, input.interval) && !differentAttribution(other.claim.quote, input.claim.quote),
  );
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
  return siblings.some(({ claim: other }) => other.unit !== claim.unit && other.start === claim.start && sameKey({ ...other, unit: claim.unit }, claim));
}

function finding(kind: Finding['kind'], claim: Claim, against: LedgerClaim | null, previous: LedgerClaim | null): Finding {
  return { kind, claim, against: against?.claim ?? null, previous: previous?.claim ?? null };
}

/**
 * Each source's position: the claims of its latest article for the key. A source that changed its number
 * stands by the new one; an article that gives two numbers for a key (or a stray one) keeps both.
 */
function latestPerSource(claims: readonly LedgerClaim[]): LedgerClaim[] {
  const newest = new Map<string, LedgerClaim>();
  for (const entry of claims) {
    const held = newest.get(entry.sourceKey);
    if (!held || isLater(entry, held)) newest.set(entry.sourceKey, entry);
  }
  return claims.filter((entry) => newest.get(entry.sourceKey)?.claim.source.url === entry.claim.source.url);
}

/** The claim to cite: the most recently published; of one article's claims the most precise, then the nearest. */
function pick(claims: readonly LedgerClaim[], interval: Interval): LedgerClaim {
  let best = claims[0] as LedgerClaim;
  for (const candidate of claims.slice(1)) {
    const a = candidate.claim.source.published ?? '';
    const b = best.claim.source.published ?? '';
    if (a !== b) {
      if (a > b) best = candidate;
      continue;
    }
    const sharper = relativeWidth(candidate) - relativeWidth(best);
    if (sharper < 0 || (sharper === 0 && gap(candidate.interval, interval) < gap(best.interval, interval))) best = candidate;
  }
  return best;
}

/**
 * The claim a contradiction cites: the firmest counter-statement ("$4.4 billion", not "nearly $4.4
 * billion"), then the most recent.
 */
function sharpest(claims: readonly LedgerClaim[], interval: Interval): LedgerClaim {
  const firmest = Math.min(...claims.map(relativeWidth));
  return pick(
    claims.filter((entry) => relativeWidth(entry) <= firmest * 1.000001),
    interval,
  );
}

/** How loosely a claim pins its value: "more than $4 billion" is open, "$4.35 billion" tight. */
export function relativeWidth(entry: { claim: { value: number }; interval: Interval }): number {
  return (entry.interval.hi - entry.interval.lo) / Math.max(Math.abs(entry.claim.value), Number.MIN_VALUE);
}

/** How far apart two intervals are (0 when they overlap). */
function gap(a: Interval, b: Interval): number {
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}

function isLater(a: LedgerClaim, b: LedgerClaim): boolean {
  const pa = a.claim.source.published ?? '';
  const pb = b.claim.source.published ?? '';
  return pa > pb || (pa === pb && a.id > b.id);
}
