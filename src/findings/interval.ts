import type { Figure } from '../model/index.ts';

/** The range of true values a claim allows. `hi` may be Infinity ("more than X"). */
export interface Interval {
  lo: number;
  hi: number;
}

/** "about X" allows this share either side, on top of rounding. */
const ABOUT_TOLERANCE = 0.05;

/**
 * Any figure allows at least this share either side: $2.24 billion and $2.25 billion are one statistic
 * converted or rounded by two outlets, not a disagreement worth a notice. Small counts keep their own
 * rounding ("five killed" against "six killed" still disagree).
 */
const PRECISION_FLOOR = 0.005;

/**
 * A figure as the interval of values it claims: "$4 billion" is a rounded figure ([3.5, 4.5] billion),
 * "$4.03 billion" is not ([4.025, 4.035] billion); "more than $4 billion" is anything above 4 billion.
 */
export function claimInterval(figure: Pick<Figure, 'value' | 'qualifier' | 'low' | 'high' | 'surface'>): Interval {
  const step = roundingStep(figure.surface, figure.value);
  const half = Math.max(step / 2, Math.abs(figure.value) * PRECISION_FLOOR);
  const value = figure.value;
  switch (figure.qualifier) {
    case 'exact':
      return { lo: value - half, hi: value + half };
    case 'about': {
      const slack = Math.max(half, Math.abs(value) * ABOUT_TOLERANCE);
      return { lo: value - slack, hi: value + slack };
    }
    case 'more_than':
    case 'at_least':
      // A threshold is a chosen round number, not a rounded measurement: "more than $4 billion" may be said
      // of 3.96 billion, not of 3.6 billion. So it gives way by the rounding step or a few per cent, whichever is less.
      return { lo: value - thresholdSlack(value, half), hi: Infinity };
    case 'less_than':
    case 'up_to':
      return { lo: 0, hi: value + thresholdSlack(value, half) };
    case 'range': {
      const low = figure.low ?? value;
      const high = figure.high ?? value;
      return { lo: low - Math.max(step / 2, Math.abs(low) * PRECISION_FLOOR), hi: high + Math.max(step / 2, Math.abs(high) * PRECISION_FLOOR) };
    }
  }
}

function thresholdSlack(value: number, half: number): number {
  return Math.min(half, Math.abs(value) * ABOUT_TOLERANCE);
}

/**
 * Whether two claims can both be true. Intervals that only touch do not overlap: "five killed" is
 * [4.5, 5.5] and "six killed" [5.5, 6.5], and they disagree. A single point (a zero) overlaps what holds it.
 */
export function overlaps(a: Interval, b: Interval): boolean {
  if (a.lo === a.hi || b.lo === b.hi) return a.lo <= b.hi && b.lo <= a.hi;
  return a.lo < b.hi && b.lo < a.hi;
}

/**
 * The rounding step a number was written with, in the figure's base unit: the place value of its last
 * significant digit. "4" in "$4 billion" → 1e9; "2.403" in "$2.403 billion" → 1e6; "2,000" → 1,000
 * (trailing zeros read as rounding); "four billion" → 1e9.
 */
export function roundingStep(surface: string, value: number): number {
  if (value === 0) return 0;
  const digits = firstNumeral(surface);
  if (!digits) return placeOfLastSignificantDigit(value);
  const numeral = parseNumeral(digits);
  if (!numeral || numeral.value === 0) return placeOfLastSignificantDigit(value);
  const scale = value / numeral.value;
  return numeral.step * Math.abs(scale);
}

const NUMERAL = /\d(?:[\d\s\u00a0\u202f\u2009.,']*\d)?/;

function firstNumeral(surface: string): string | null {
  return NUMERAL.exec(surface)?.[0] ?? null;
}

/** A numeral as written, with the step of its last significant digit; separators read as in the figure engine. */
function parseNumeral(text: string): { value: number; step: number } | null {
  const compact = text.replace(/[\s\u00a0\u202f\u2009']/g, '');
  const decimal = /^(\d{1,3}(?:,\d{3})+|\d+)(?:[.](\d+))?$/.exec(compact) ?? /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(compact);
  if (!decimal) return null;
  const integer = (decimal[1] ?? '').replace(/[.,]/g, '');
  const fraction = decimal[2] ?? '';
  const value = Number(`${integer}.${fraction || '0'}`);
  if (fraction) return { value, step: 10 ** -fraction.length };
  const trailingZeros = /0*$/.exec(integer)?.[0].length ?? 0;
  return { value, step: 10 ** Math.min(trailingZeros, integer.length - 1) };
}

function placeOfLastSignificantDigit(value: number): number {
  const text = Math.abs(value).toPrecision(15).replace(/\.?0+$/, '');
  const [intPart = '', fracPart = ''] = text.split('.');
  if (fracPart) return 10 ** -fracPart.length;
  const trailingZeros = /0*$/.exec(intPart)?.[0].length ?? 0;
  return 10 ** Math.min(trailingZeros, intPart.length - 1);
}
