import { afterEach, describe, expect, it } from 'vitest';
import { openLedger, type Ledger } from '../../src/ledger/index.ts';

/** The comparison's queries must seek an index, never scan the claims table (docs/adr/002-claim-comparison.md). */
describe('the indexes behind a comparison', () => {
  let ledger: Ledger | null = null;
  afterEach(() => ledger?.close());

  it.each([
    ['positions', 'claims_position'],
    ['latestArticle', 'claims_key'],
    ['previousPeriod', 'claims_recent'],
    ['copyCandidates', 'claims_recent'],
  ] as const)('%s seeks %s and never scans claims', (query, index) => {
    ledger = openLedger(':memory:');
    const plan = ledger.claims.queryPlans()[query];
    expect(plan.some((step) => step.startsWith(`SEARCH c USING INDEX ${index} (series=? AND subject=? AND unit=? AND growth_of=? AND period`))).toBe(true);
    expect(plan.filter((step) => /^SCAN (c|claims)\b/.test(step))).toEqual([]);
  });

  it('positionBounds reads each position off claims_position alone (a covering index: no claims row, no article), in ledger order with no sort', () => {
    ledger = openLedger(':memory:');
    expect(ledger.claims.queryPlans().positionBounds).toEqual([
      'SEARCH c USING COVERING INDEX claims_position (series=? AND subject=? AND unit=? AND growth_of=? AND period=?)',
    ]);
  });

  it('positions come in ledger order straight off claims_position, with no sort', () => {
    ledger = openLedger(':memory:');
    expect(ledger.claims.queryPlans().positions.some((step) => step.includes('TEMP B-TREE'))).toBe(false);
  });

  it('the previous period comes straight off the index, with no sort', () => {
    ledger = openLedger(':memory:');
    expect(ledger.claims.queryPlans().previousPeriod.some((step) => step.includes('TEMP B-TREE'))).toBe(false);
  });
});
