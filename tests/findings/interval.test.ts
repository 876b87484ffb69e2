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
  it('widens a rounded "$4 billion" to 3.5–4.5 billion and keeps "$4.03 billion" within half a per cent', () => {
    expect(claimInterval({ value: 4e9, qualifier: 'exact', surface: '$4 billion' })).toEqual({ lo: 3.5e9, hi: 4.5e9 });
    const precise = claimInterval({ value: 4.03e9, qualifier: 'exact', surface: '$4.03 billion' });
    expect(precise.lo).toBeCloseTo(4.03e9 * 0.995, -3);
    expect(precise.hi).toBeCloseTo(4.03e9 * 1.005, -3);
  });

  it('lets two outlets converting one statistic ($2.24 billion, $2.25 billion) agree, but not five and six killed', () => {
    const a = claimInterval({ value: 2.24e9, qualifier: 'exact', surface: '$2.24 billion' });
    const b = claimInterval({ value: 2.25e9, qualifier: 'exact', surface: '$2.25 billion' });
    expect(overlaps(a, b)).toBe(true);
    const five = claimInterval({ value: 5, qualifier: 'exact', surface: 'five' });
    const six = claimInterval({ value: 6, qualifier: 'exact', surface: 'six' });
    expect(five).toEqual({ lo: 4.5, hi: 5.5 });
    expect(overlaps(five, six)).toBe(false);
  });

  it('lets "more than $4 billion" give way by a few per cent, not by half its rounding step', () => {
    const moreThan4 = claimInterval({ value: 4e9, qualifier: 'more_than', surface: '$4 billion' });
    expect(moreThan4.lo).toBeCloseTo(3.8e9, -3);
    expect(overlaps(moreThan4, claimInterval({ value: 3.96e9, qualifier: 'exact', surface: '$3.96 billion' }))).toBe(true);
    expect(overlaps(moreThan4, claimInterval({ value: 3.6e9, qualifier: 'exact', surface: '$3.6 billion' }))).toBe(false);
  });

  it('counts a zero as inside an interval that holds it', () => {
    expect(overlaps({ lo: 0, hi: 0 }, claimInterval({ value: 5, qualifier: 'less_than', surface: '5' }))).toBe(true);
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
