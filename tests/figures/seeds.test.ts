import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/model/figure.ts';
import { extractFigures } from '../../src/figures/index.ts';

const SEEDS = new URL('../../../shared/seeds/', import.meta.url);
const seed = (name: string): string => readFileSync(new URL(name, SEEDS), 'utf8');
const haveSeeds = existsSync(SEEDS);

function find(figures: Figure[], metric: string, value: number): Figure | undefined {
  return figures.find((f) => f.metric === metric && Math.abs(f.value - value) <= Math.abs(value) * 0.005);
}

describe.runIf(haveSeeds)('seed articles', () => {
  it('Anadolu 2024-04-22: turnover above $4 billion for 2023 and $6 billion of Russian investment; BAM and INSTC are distances', () => {
    const text = seed('000_6e30e7e975718534.txt');
    const figures = extractFigures(text, { published: '2024-04-22' });
    const turnover = find(figures, 'trade_turnover', 4e9)!;
    expect(turnover).toMatchObject({ category: 'trade', subject: 'RU-AZ', unit: 'USD', qualifier: 'more_than', period: '2023', periodBasis: 'assumed' });
    expect(find(figures, 'investment', 6e9)).toMatchObject({ unit: 'USD', subject: 'RU>AZ', category: 'trade' });
    for (const km of [4324, 7200]) {
      const f = figures.find((x) => x.value === km)!;
      expect(f).toMatchObject({ metric: 'distance', category: 'other', unit: 'km', period: null, periodBasis: 'none' });
    }
    expect(figures.filter((f) => f.category === 'trade').every((f) => f.unit === 'USD')).toBe(true);
    for (const f of figures) {
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(text.slice(f.surfaceStart, f.surfaceEnd)).toBe(f.surface);
    }
  });

  it('AP 2024-08-20: turnover crossed $4 billion last year (2023), $120 million earmarked, 15 million tonnes a year is a rate', () => {
    const figures = extractFigures(seed('003_1e1602535bf334ee.txt'), { published: '2024-08-20' });
    expect(find(figures, 'trade_turnover', 4e9)).toMatchObject({ unit: 'USD', qualifier: 'more_than', period: '2023', periodBasis: 'relative', subject: 'RU-AZ' });
    expect(find(figures, 'funding', 1.2e8)).toMatchObject({ unit: 'USD', period: '2024-08', periodBasis: 'assumed', subject: 'RU-AZ' });
    expect(find(figures, 'cargo_volume', 1.5e7)).toMatchObject({ unit: 't', modality: 'rate', period: null, periodBasis: 'none', subject: 'RU-AZ' });
  });

  it('opinion piece: "four billion dollars" and "six billion dollars" in words', () => {
    const figures = extractFigures(seed('002_8a4625f21348f2b2.txt'), { published: '2024-04-23' });
    expect(find(figures, 'trade_turnover', 4e9)).toMatchObject({ unit: 'USD', qualifier: 'more_than', subject: 'RU-AZ' });
    expect(find(figures, 'investment', 6e9)).toMatchObject({ unit: 'USD', qualifier: 'more_than' });
  });

  it('TDI 2022-10-06: $2.403 billion turnover, exports $1.99billion, imports above $400 million, 54% with Caspian countries', () => {
    const figures = extractFigures(seed('004_4a425e2b788a74ae.txt'), { published: '2022-10-06' });
    expect(find(figures, 'trade_turnover', 2.403e9)).toMatchObject({ unit: 'USD', subject: 'RU-AZ' });
    expect(find(figures, 'exports', 1.99e9)).toMatchObject({ unit: 'USD' });
    expect(find(figures, 'imports', 4e8)).toMatchObject({ unit: 'USD', qualifier: 'more_than' });
    expect(find(figures, 'growth_rate', 54)).toMatchObject({ unit: '%', growthOf: 'trade_turnover', subject: 'RU-CASPIAN', period: '2016..2022', periodBasis: 'relative' });
  });

  it('RIA retelling: "aim higher than four billion dollars" is kept as a target with no period', () => {
    const figures = extractFigures(seed('001_e36ad73e8a7cdc6a.txt'), { published: '2024-09-01' });
    expect(figures).toHaveLength(1);
    expect(figures[0]).toMatchObject({ metric: 'trade_turnover', value: 4e9, qualifier: 'more_than', modality: 'target', period: null });
  });
});
