import { describe, expect, it } from 'vitest';
import { figuresOf } from './helpers.ts';

describe('a run of months opened by "с" (ADR 001 rule 1)', () => {
  it('"с января по август" with no year is the run of months, not a span since January', () => {
    const text = 'С января по август экспорт российского зерна в Азербайджан вырос на 12,4% и составил 410 млн долларов.';
    const got = figuresOf(text, '2024-09-20').map((f) => [f.value, f.period]);
    expect(got).toEqual([[12.4, '2024-01..2024-08'], [410_000_000, '2024-01..2024-08']]);
  });
});
