import { describe, expect, it } from 'vitest';
import type { Notice } from '../../src/model/index.ts';
import { scoreNotices } from './eval/match-notices.ts';
import type { ExpectedNotice } from './eval/scenarios.ts';

function notice(partial: Partial<Notice>): Notice {
  return {
    kind: 'new_figure',
    category: 'trade',
    metric: 'trade_turnover',
    subject: 'RU-AZ',
    period: '2023',
    periodBasis: 'stated',
    value: 4.35e9,
    unit: 'USD',
    qualifier: 'exact',
    quote: 'Trade turnover amounted to $4.35 billion in 2023.',
    surface: '$4.35 billion',
    source: { url: 'https://report.az/x', outlet: 'Report.az', published: '2024-02-14' },
    keywords: [],
    topic: 'ru-az',
    ...partial,
  };
}

const wanted: ExpectedNotice = { kind: 'new_figure', metric: 'trade_turnover', subject: 'RU-AZ', period: '2023', value: 4.35e9, unit: 'USD', outlet: 'Report.az' };

describe('eval:ledger matching (docs/adr/002-claim-comparison.md)', () => {
  it('matches kind, metric, subject, period and a value within half a per cent', () => {
    expect(scoreNotices([wanted], [notice({ value: 4.37e9 })]).found).toHaveLength(1);
    expect(scoreNotices([wanted], [notice({ value: 4.4e9 })]).missing).toHaveLength(1);
    expect(scoreNotices([wanted], [notice({ period: '2022' })]).missing).toHaveLength(1);
  });

  it('lists an unmatched contradiction as a false contradiction, apart from other unexpected notices', () => {
    const score = scoreNotices([], [notice({ kind: 'contradiction' }), notice({ kind: 'corroboration' })]);
    expect(score.falseContradictions.map((n) => n.kind)).toEqual(['contradiction']);
    expect(score.unexpected.map((n) => n.kind)).toEqual(['corroboration']);
  });

  it('checks the earlier claim of a contradiction, and accepts any of the subjects listed', () => {
    const against = { ...notice({}), source: { url: 'https://apa.az/y', outlet: 'APA', published: '2024-02-13' } };
    const contradiction = notice({ kind: 'contradiction', subject: 'RU>AZ', value: 3.98e9, against });
    const want: ExpectedNotice = { kind: 'contradiction', metric: 'trade_turnover', subject: ['RU-AZ', 'RU>AZ'], period: '2023', value: 3.98e9, against: { value: 4.35e9, outlet: 'APA' } };
    expect(scoreNotices([want], [contradiction]).found).toHaveLength(1);
    expect(scoreNotices([{ ...want, against: { value: 4.35e9, outlet: 'TASS' } }], [contradiction]).falseContradictions).toHaveLength(1);
  });

  it('lets one printed notice satisfy one expectation only', () => {
    expect(scoreNotices([wanted, wanted], [notice({})]).missing).toHaveLength(1);
  });
});
