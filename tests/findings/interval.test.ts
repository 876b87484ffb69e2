import { describe, expect, it } from 'vitest';
import { claimInterval, overlaps, roundingStep } from '../../src/findings/index.ts';

describe('roundingStep', () => {
  it.each([
    ['$4 billion', 4e9, 1e9],
    ['$4.03 billion', 4.03e9, 1e7],
    ['$2.403 billion', 2.403e9, 1e6],
    ['2,000 peacekeepers', 2000, 1000],
    ['4,324-kilometer', 4324, 1],
    ['four billion dollars', 4e9, 1e9],
    ['4,3 млрд долларов', 4.3e9, 1e8],
    ['54%', 54, 1],
    ['17.6%', 17.6, 0.1],
    ['120 млн манатов', 1.2e8, 1e7],
  ])('reads "%s" as rounded to %d', (surface, value, step) => {
    expect(roundingStep(surface, value)).toBeCloseTo(step, 6);
  });
});

describe('claimInterval', () => {
  it('widens a rounded "$4 billion" to 3.5–4.5 billion and keeps "$4.03 billion" narrow', () => {
    expect(claimInterval({ value: 4e9, qualifier: 'exact', surface: '$4 billion' })).toEqual({ lo: 3.5e9, hi: 4.5e9 });
    const precise = claimInterval({ value: 4.03e9, qualifier: 'exact', surface: '$4.03 billion' });
    expect(precise.lo).toBeCloseTo(4.025e9, -3);
    expect(precise.hi).toBeCloseTo(4.035e9, -3);
  });

  it('reads "more than $4 billion" as open above and "up to 15 million tonnes" as bounded above', () => {
    expect(claimInterval({ value: 4e9, qualifier: 'more_than', surface: '$4 billion' }).hi).toBe(Infinity);
    expect(claimInterval({ value: 1.5e7, qualifier: 'up_to', surface: '15 million tonnes' })).toEqual({ lo: 0, hi: 1.55e7 });
  });

  it('lets "about $3.1 billion" allow a few per cent either side', () => {
    const about = claimInterval({ value: 3.1e9, qualifier: 'about', surface: '$3.1 billion' });
    expect(about.lo).toBeCloseTo(2.945e9, -3);
    expect(about.hi).toBeCloseTo(3.255e9, -3);
  });

  it('spans a range "between $3 billion and $3.5 billion" with rounding at both ends', () => {
    expect(claimInterval({ value: 3e9, low: 3e9, high: 3.5e9, qualifier: 'range', surface: '$3 billion' })).toEqual({ lo: 2.5e9, hi: 4e9 });
  });

  it('finds "more than $4 billion" compatible with "$4.35 billion" and incompatible with "$3.1 billion"', () => {
    const moreThan4 = claimInterval({ value: 4e9, qualifier: 'more_than', surface: '$4 billion' });
    expect(overlaps(moreThan4, claimInterval({ value: 4.35e9, qualifier: 'exact', surface: '$4.35 billion' }))).toBe(true);
    expect(overlaps(moreThan4, claimInterval({ value: 3.1e9, qualifier: 'exact', surface: '$3.1 billion' }))).toBe(false);
  });
});
