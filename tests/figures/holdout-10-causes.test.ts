/**
 * General causes behind holdout-10's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);
const owners = (text: string, published: string) => figuresOf(text, published).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.subject]);

describe('defence money written around the amount', () => {
  it('"put 9.6bn manats into defence … against 9.2bn manats a year earlier"; "trimming the 2026 defence line by 7% to 640bn drams"', () => {
    const text = 'Azerbaijan has put 9.6bn manats into defence and national security in its 2026 budget, against 9.2bn manats a year earlier. Armenia\'s parliament went the other way, trimming the 2026 defence line by 7% to 640bn drams after a record 688bn drams in 2025.';
    expect(brief(text, '2026-02-09')).toEqual([
      ['military_spending', 9_600_000_000, 'exact', '2026'],
      ['military_spending', 9_200_000_000, 'exact', '2025'],
      ['growth_rate', -7, 'exact', '2026'],
      ['military_spending', 640_000_000_000, 'exact', '2026'],
      ['military_spending', 688_000_000_000, 'exact', '2025'],
    ]);
  });
});

describe('coordinated head counts are one event', () => {
  it('"killed 2,908 Azerbaijani servicemen by Baku\'s count and about 3,825 Armenian soldiers by Yerevan\'s" are both tolls of 2020', () => {
    const text = 'The 44-day war of 2020 killed 2,908 Azerbaijani servicemen by Baku\'s count and about 3,825 Armenian soldiers by Yerevan\'s; the offensive of September 2023 added 192 Azerbaijani and roughly 200 Armenian dead.';
    expect(brief(text, '2026-02-09')).toEqual([
      ['casualties', 2908, 'exact', '2020'],
      ['casualties', 3825, 'about', '2020'],
      ['casualties', 192, 'exact', '2023-09'],
      ['casualties', 200, 'about', '2023-09'],
    ]);
  });

  it('"have killed 79 people … and injured more than 300" since November 2020: one span', () => {
    expect(brief('Since November 2020, mines have killed 79 people in Azerbaijan and injured more than 300, according to ANAMA.', '2026-02-09')).toEqual([
      ['casualties', 79, 'exact', '2020..2026'],
      ['casualties', 300, 'more_than', '2020..2026'],
    ]);
  });

  it('"At its opening in January 2021, the centre had 60 Russian and 60 Turkish servicemen": both of January 2021', () => {
    expect(brief('At its opening in January 2021, the joint monitoring centre near Aghdam had 60 Russian and 60 Turkish servicemen.', '2026-02-09')).toEqual([
      ['troops', 60, 'exact', '2021-01'],
      ['troops', 60, 'exact', '2021-01'],
    ]);
  });
});

describe('strengths with the noun left out', () => {
  it('"credits Azerbaijan with some 66,950 active personnel and Armenia with about 42,000": Armenia\'s troops', () => {
    expect(owners('The IISS credits Azerbaijan with some 66,950 active personnel and Armenia with about 42,000.', '2026-02-09')).toEqual([
      ['troops', 66_950, 'AZ'],
      ['troops', 42_000, 'AM'],
    ]);
  });

  it('"puts Armenia\'s active forces at 42,900 and Azerbaijan\'s at about 64,000": a title\'s year dates neither', () => {
    expect(brief("The IISS Military Balance 2026 puts Armenia's active forces at 42,900 and Azerbaijan's at about 64,000.", '2026-03-18')).toEqual([
      ['troops', 42_900, 'exact', '2026-03'],
      ['troops', 64_000, 'about', '2026-03'],
    ]);
    expect(brief('Yerevan plans to move to a mostly professional army of about 45,000 by 2030.', '2026-02-09')).toEqual([['troops', 45_000, 'about', '2030']]);
  });

  it('"armed forces number 42,900 troops": the verb "number" is no id; "number 5" still is', () => {
    expect(brief("Armenia's armed forces number 42,900 troops.", '2026-03-18')).toEqual([['troops', 42_900, 'exact', '2026-03']]);
    expect(figuresOf('Russia and Azerbaijan signed protocol number 5 on trade.', '2026-03-18')).toEqual([]);
  });
});
