/**
 * Calendar arithmetic for periods (docs/adr/001-figure-periods.md): the publication date, month runs
 * written as their shortest name, the year of a period named without one, year to date.
 */
import type { PeriodBasis } from '../model/figure.ts';

export interface Published {
  year: number;
  month: number;
}

export function parsePublished(published: string | null): Published | null {
  const m = /^(\d{4})-(\d{2})/.exec(published ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]) } : null;
}

export const pad = (n: number): string => String(n).padStart(2, '0');

/** A month range as the shortest name: 1–6 is "H1", 1–3 "Q1", 1–12 the year. */
export function monthRange(year: number, from: number, to: number): string {
  if (from === to) return `${year}-${pad(from)}`;
  if (from === 1 && to === 12) return String(year);
  if (to - from === 5 && (from === 1 || from === 7)) return `${year}-H${from === 1 ? 1 : 2}`;
  if (to - from === 2 && from % 3 === 1) return `${year}-Q${(from + 2) / 3}`;
  return `${year}-${pad(from)}..${year}-${pad(to)}`;
}

/** A run of months that may cross New Year: "2022-11..2023-02"; within one year as monthRange. */
export function monthSpan(fromYear: number, from: number, toYear: number, to: number): string {
  if (fromYear === toYear) return monthRange(fromYear, from, to);
  return `${fromYear}-${pad(from)}..${toYear}-${pad(to)}`;
}

/** The year of a period named without one: the latest such period that had begun by publication. */
export function yearFor(pub: Published | null, stated: string | undefined, startMonth: number): { year: number | null; basis: PeriodBasis } {
  if (stated) return { year: Number(stated), basis: 'stated' };
  if (!pub) return { year: null, basis: 'relative' };
  return { year: startMonth <= pub.month ? pub.year : pub.year - 1, basis: 'relative' };
}

/** Year to date: January to the last complete month before publication. */
export function yearToDate(pub: Published | null, year?: number): string | null {
  if (!pub) return null;
  const y = year ?? pub.year;
  if (y < pub.year) return String(y);
  return monthRange(y, 1, Math.max(1, pub.month - 1));
}
