import { isDoubtfulPeriod, overlaps, relativeWidth, type Interval } from '../findings/index.ts';
import type { Claim } from '../model/index.ts';

/**
 * One position on a key as claims_position holds it, without the figure's JSON or the article. `value` and
 * `periodBasis` are the figure's and `published` is its article's, the date compareClaim reads: each is
 * written from the same record as the claim (ClaimStore.insert, and migration 4 for the first two; a
 * changed article's claims are superseded and written anew), and ClaimStore.positionsFor checks all three
 * against the claims it loads. A store filled around ClaimStore.insert must keep them so (bench/lib/ledger-fill.ts).
 */
export interface PositionBounds {
  id: number;
  sourceKey: string;
  articleId: number;
  interval: Interval;
  value: number | null;
  periodBasis: string | null;
  published: string | null;
}

/** The new claim a comparison is for: its interval, its source key and the key's period. */
export interface ComparedProbe {
  interval: Interval;
  sourceKey: string;
  period: string | null;
}

/**
 * The ids of the positions on a key that compareClaim (src/findings/compare-claim.ts) can turn on for this
 * claim, in ledger order, or 'all'. Given just these, it finds the same finding, cites the same claims and
 * sees the same restatement as given every position; on a key with hundreds of sources they are a handful:
 * - every position of the claim's own source: while the source speaks in its own voice they alone decide
 *   (revision or restatement). When it speaks for another authority (attribution.ts), every position is
 *   independent, and then:
 * - of the agreeing positions, the one a corroboration would cite;
 * - of the disjoint positions that are a new conflict (not doubtful guesses, and overlapping every agreeing
 *   position), the firmest and the one a contradiction would cite;
 * - for each of the source's own disjoint positions that is no new conflict, one agreeing position it
 *   conflicts with, so that compareClaim sees it as a conflict the ledger already holds, as among all;
 * - one position when nothing else is kept, so that "other sources have spoken" stays true.
 * Any other position compareClaim would see is agreeing (never cited: the cited one is kept, and pick
 * finds the same best among fewer), or disjoint but no new conflict, or a doubtful guess: none changes it.
 * Citations are chosen as compareClaim's pick does (mirrored below): change the two together;
 * tests/ledger/relevant-positions.test.ts compares them on generated ledgers.
 */
export function relevantPositions(rows: readonly PositionBounds[], probe: ComparedProbe): number[] | 'all' {
  if (!trustworthy(rows)) return 'all';
  const ordered = [...rows].sort((a, b) => a.id - b.id);
  const agreeing = ordered.filter((row) => overlaps(row.interval, probe.interval));
  const keep = new Set<number>();
  const corroborated = citedClaim(agreeing, probe.interval);
  if (corroborated) keep.add(corroborated.id);
  for (const row of ordered) {
    if (row.sourceKey !== probe.sourceKey) continue;
    keep.add(row.id);
    const witness = overlaps(row.interval, probe.interval) ? undefined : conflictingAlly(row, agreeing, corroborated);
    if (witness) keep.add(witness.id);
  }
  const overlapsEveryAlly = overlapsAll(agreeing.map((ally) => ally.interval));
  const conflicts = ordered.filter((row) => !overlaps(row.interval, probe.interval) && overlapsEveryAlly(row.interval) && !isDoubtful(row, probe.period));
  if (conflicts.length > 0) {
    const firmest = Math.min(...conflicts.map(widthOf));
    const firm = conflicts.find((row) => widthOf(row) === firmest);
    const contradicted = citedClaim(conflicts.filter((row) => widthOf(row) <= firmest * 1.000001), probe.interval);
    if (!firm || !contradicted) return 'all';
    keep.add(firm.id).add(contradicted.id);
  }
  const first = ordered[0];
  if (keep.size === 0 && first) keep.add(first.id);
  return [...keep].sort((a, b) => a - b);
}

/**
 * An agreeing position that `row` does not overlap (the cited one when it will do), or undefined: one is
 * enough to keep `row` out of compareClaim's new conflicts.
 */
function conflictingAlly(row: PositionBounds, agreeing: readonly PositionBounds[], corroborated: PositionBounds | undefined): PositionBounds | undefined {
  if (corroborated && !overlaps(corroborated.interval, row.interval)) return corroborated;
  return agreeing.find((ally) => !overlaps(ally.interval, row.interval));
}

/**
 * Whether the rows can stand for the claims: every value and period basis known, and each source's rows
 * from one article. compareClaim keeps only each source's latest article (latestPerSource); flags that
 * left two articles of one source in place would make a subset keep the wrong one, so compare with all.
 */
function trustworthy(rows: readonly PositionBounds[]): boolean {
  const articleOf = new Map<string, number>();
  for (const row of rows) {
    if (row.value === null || row.periodBasis === null) return false;
    const article = articleOf.get(row.sourceKey);
    if (article !== undefined && article !== row.articleId) return false;
    articleOf.set(row.sourceKey, row.articleId);
  }
  return true;
}

/**
 * compareClaim's pick: the most recently published; of equals the sharpest, then the nearest to the new
 * claim; of those the first.
 */
function citedClaim(rows: readonly PositionBounds[], interval: Interval): PositionBounds | undefined {
  let best = rows[0];
  if (!best) return undefined;
  let bestWidth = widthOf(best);
  for (const candidate of rows.slice(1)) {
    const a = candidate.published ?? '';
    const b = best.published ?? '';
    if (a !== b) {
      if (a > b) {
        best = candidate;
        bestWidth = widthOf(candidate);
      }
      continue;
    }
    const width = widthOf(candidate);
    const sharper = width - bestWidth;
    if (sharper < 0 || (sharper === 0 && gap(candidate.interval, interval) < gap(best.interval, interval))) {
      best = candidate;
      bestWidth = width;
    }
  }
  return best;
}

/**
 * A test: whether an interval overlaps each of `allies`. Overlapping every ally needs lo <= the lowest hi
 * and hi >= the highest lo, which rules out most rows before the exact test.
 */
function overlapsAll(allies: readonly Interval[]): (span: Interval) => boolean {
  let lowestHi = Infinity;
  let highestLo = -Infinity;
  for (const ally of allies) {
    lowestHi = Math.min(lowestHi, ally.hi);
    highestLo = Math.max(highestLo, ally.lo);
  }
  return (span) => span.lo <= lowestHi && span.hi >= highestLo && allies.every((ally) => overlaps(ally, span));
}

/** claim-context.ts's isDoubtfulPeriod, which reads only these fields of the claim (and only guesses are doubtful). */
function isDoubtful(row: PositionBounds, period: string | null): boolean {
  if (row.periodBasis !== 'assumed') return false;
  const claim: Pick<Claim, 'periodBasis' | 'period' | 'source'> = {
    periodBasis: row.periodBasis as Claim['periodBasis'],
    period,
    source: { url: '', outlet: null, published: row.published },
  };
  return isDoubtfulPeriod(claim as Claim);
}

function widthOf(row: PositionBounds): number {
  return relativeWidth({ claim: { value: row.value ?? 0 }, interval: row.interval });
}

/** compareClaim's gap: how far apart two intervals are (0 when they overlap). */
function gap(a: Interval, b: Interval): number {
  return Math.max(0, a.lo - b.hi, b.lo - a.hi);
}
