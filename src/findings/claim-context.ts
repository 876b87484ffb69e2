import type { Claim } from '../model/index.ts';
import type { Interval } from './interval.ts';
import { sameKey } from './series.ts';

/** Another claim of the same article: whether it was read before this one, and whether it is context. */
export interface SiblingClaim {
  claim: Claim;
  interval: Interval;
  earlier: boolean;
  context: ContextReason | null;
}

/**
 * Why a claim is kept as context and never compared (it raises nothing and no later claim is compared
 * with it): a target or a rate (the figure engine's modality), a period nobody can place, a stray
 * reading, or a restatement of its own source's earlier article (compare-claim.ts, restatesOwnSource).
 * Null for a comparable claim.
 */
export type ContextReason = 'target' | 'rate' | 'unknown_period' | 'stray' | 'restated';

/** Readings of one key in one article this far apart are not two statistics of one thing. */
export const STRAY_RATIO = 3;

/** The reasons that follow from the claim and its article alone ('restated' needs the comparison). */
export function contextReason(claim: Claim, siblings: readonly Omit<SiblingClaim, 'context'>[], positions: readonly { claim: Claim }[]): ContextReason | null {
  if (claim.modality) return claim.modality;
  // With no publication date a figure stated with no period has none (ADR 001): it cannot be placed.
  if (claim.period === null && claim.periodBasis !== 'none') return 'unknown_period';
  return isStray(claim, siblings, positions) ? 'stray' : null;
}

/**
 * One article giving one key two values at least three times apart ("exports to Russia $1.05 billion"
 * and, two paragraphs on, the country's total exports of $33.9 billion read as the same key) holds one
 * reading about something else. The stray one is the reading farther from what other sources say; with
 * nothing to go by, the one read later (the ledger reads an article's sharpest figures first).
 */
function isStray(claim: Claim, siblings: readonly Omit<SiblingClaim, 'context'>[], positions: readonly { claim: Claim }[]): boolean {
  const far = siblings.filter((other) => !other.claim.modality && sameKey(other.claim, claim) && ratio(other.claim.value, claim.value) >= STRAY_RATIO);
  if (far.length === 0) return false;
  if (positions.length === 0) return far.some((other) => other.earlier);
  const distance = (value: number): number => Math.min(...positions.map((position) => ratio(position.claim.value, value)));
  return far.some((other) => distance(other.claim.value) < distance(claim.value));
}

function ratio(a: number, b: number): number {
  const low = Math.min(Math.abs(a), Math.abs(b));
  const high = Math.max(Math.abs(a), Math.abs(b));
  return low === 0 ? (high === 0 ? 1 : Infinity) : high / low;
}

/**
 * The siblings of each claim of one article, each with its context reason worked out from its own place in
 * the article: what compareClaim needs as `siblings`. `positionsOf` gives the ledger's positions on a key.
 */
export function articleSiblings(
  claims: readonly { claim: Claim; interval: Interval }[],
  positionsOf: (claim: Claim) => readonly { claim: Claim }[],
): SiblingClaim[][] {
  const others = (index: number): Omit<SiblingClaim, 'context'>[] =>
    claims.flatMap((entry, j) => (j === index ? [] : [{ ...entry, earlier: j < index }]));
  const contexts = claims.map((entry, index) => contextReason(entry.claim, others(index), positionsOf(entry.claim)));
  return claims.map((_, index) => others(index).map((sibling, k) => ({ ...sibling, context: contexts[k < index ? k : k + 1] ?? null })));
}

/**
 * A flow stated with no period gets the latest complete year (ADR 001). Early in the next year that is
 * what a speaker means; from July on, "trade has exceeded $4.5 billion" is as likely this year's running
 * total. Such a guess may corroborate, but never contradicts, revises or is contradicted.
 */
export function isDoubtfulPeriod(claim: Claim): boolean {
  if (claim.periodBasis !== 'assumed' || claim.period === null || !/^\d{4}$/.test(claim.period)) return false;
  const published = claim.source.published?.slice(0, 7) ?? '';
  return published >= `${Number(claim.period) + 1}-${DOUBTFUL_FROM_MONTH}`;
}

/** The month of the following year from which an assumed year is doubtful. */
const DOUBTFUL_FROM_MONTH = '07';
