/**
 * General causes behind holdout-16's first pass (docs/figures-eval.md), each tested on sentences of its own.
 */
import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

const brief = (text: string, published: string, title?: string) =>
  figuresOf(text, published, title).filter((f) => f.category !== 'other').map((f) => [f.metric, f.value, f.qualifier, f.period]);

describe('holdout-16 causes', () => {
  it('"nears", "approaching", "приближается к" and a spoken "под" are just under the amount', () => {
    expect(brief('Russia–Azerbaijan trade nears $5 billion as leaders meet in Moscow', '2025-11-20')[0]?.[2]).toBe('less_than');
    expect(brief('Товарооборот России и Азербайджана приближается к 5 млрд долларов.', '2025-11-20')[0]?.[2]).toBe('less_than');
    expect(brief('В прошлом году товарооборот России и Азербайджана составил под пять миллиардов долларов.', '2025-03-14')).toEqual([
      ['trade_turnover', 5_000_000_000, 'less_than', '2024'],
    ]);
  });

  it('"под 8,5% годовых" is a loan rate, not "just under"', () => {
    const text = 'ВТБ предоставил азербайджанскому импортеру кредит на 40 млн долларов под 8,5% годовых.';
    expect(figuresOf(text, '2025-09-10').find((f) => f.unit === '%')?.qualifier).toBe('exact');
  });

  it('a long-term cue makes a yearly volume a goal with no period, not a rate', () => {
    const en = figuresOf('Gazprom and NIGC signed a memorandum in June 2024 that envisages Russian gas supplies to Iran of up to 55 bcm a year in the long run.', '2026-03-11');
    expect(en.map((f) => [f.value, f.modality, f.period])).toEqual([[55, 'target', null]]);
    const ru = figuresOf('В перспективе «Газпром» и иранская NIGC говорят о поставках в Иран до 55 млрд кубометров газа в год.', '2026-02-10');
    expect(ru.map((f) => [f.value, f.modality, f.period])).toEqual([[55, 'target', null]]);
  });

  it('"on 25 December last year" is that day of the year before publication', () => {
    expect(brief('An AZAL airliner crashed near Aktau on 25 December last year, killing 38 people.', '2025-10-02')).toEqual([['casualties', 38, 'exact', '2024-12']]);
    expect(brief('Самолет AZAL разбился под Актау 25 декабря прошлого года, погибли 38 человек.', '2025-10-02')).toEqual([['casualties', 38, 'exact', '2024-12']]);
  });

  it('a toll in a relative clause about a dated event takes the event date, not a later clause of the main sentence', () => {
    const text = 'Aliyev raised the December 2024 crash of an AZAL airliner near Aktau, which Baku blamed on Russian air defences and in which 38 people were killed.';
    expect(brief(text, '2026-03-12')).toEqual([['casualties', 38, 'exact', '2024-12']]);
    const closed = 'The crash of the airliner near Aktau on 25 December last year, which killed 38 people, was followed in June by a police raid in Yekaterinburg.';
    expect(brief(closed, '2025-12-29')).toEqual([['casualties', 38, 'exact', '2024-12']]);
  });
});

