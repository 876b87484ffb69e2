/**
 * How `npm run eval:ledger` matches the notices a replay printed against a scenario's expected.json
 * (docs/adr/002-claim-comparison.md): kind, metric, subject, period and value within 0.5% must agree,
 * and unit, growthOf, qualifier, outlet and `against` whenever the expectation states them. Each printed
 * notice satisfies at most one expectation; expectations are taken in file order.
 */
import type { Notice } from '../../../src/model/index.ts';
import type { ExpectedNotice } from './scenarios.ts';

export const VALUE_TOLERANCE = 0.005;

export interface ScenarioScore {
  found: ExpectedNotice[];
  missing: ExpectedNotice[];
  /** Printed notices no expectation accounts for, contradictions excluded. */
  unexpected: Notice[];
  /** Printed contradictions no expectation accounts for. */
  falseContradictions: Notice[];
}

export function scoreNotices(expected: readonly ExpectedNotice[], actual: readonly Notice[]): ScenarioScore {
  const unused = new Set(actual.map((_, index) => index));
  const found: ExpectedNotice[] = [];
  const missing: ExpectedNotice[] = [];
  for (const want of expected) {
    const index = [...unused].find((i) => matches(want, actual[i] as Notice));
    if (index === undefined) {
      missing.push(want);
    } else {
      unused.delete(index);
      found.push(want);
    }
  }
  const left = [...unused].map((i) => actual[i] as Notice);
  return {
    found,
    missing,
    unexpected: left.filter((notice) => notice.kind !== 'contradiction'),
    falseContradictions: left.filter((notice) => notice.kind === 'contradiction'),
  };
}

export function matches(want: ExpectedNotice, got: Notice): boolean {
  const subjects = Array.isArray(want.subject) ? want.subject : [want.subject];
  if (want.kind !== got.kind || want.metric !== got.metric || !subjects.includes(got.subject)) return false;
  if (want.period !== got.period || !closeTo(want.value, got.value)) return false;
  if (want.unit !== undefined && want.unit !== got.unit) return false;
  if (want.growthOf !== undefined && want.growthOf !== got.growthOf) return false;
  if (want.qualifier !== undefined && want.qualifier !== got.qualifier) return false;
  if (want.outlet !== undefined && want.outlet !== got.source.outlet) return false;
  if (want.against) {
    if (!got.against || !closeTo(want.against.value, got.against.value)) return false;
    if (want.against.outlet !== undefined && want.against.outlet !== got.against.source.outlet) return false;
  }
  return true;
}

function closeTo(expected: number, actual: number): boolean {
  if (expected === 0) return actual === 0;
  return Math.abs(actual - expected) <= Math.abs(expected) * VALUE_TOLERANCE;
}

export function describeExpected(want: ExpectedNotice): string {
  const subject = Array.isArray(want.subject) ? want.subject.join('|') : want.subject;
  const against = want.against ? ` vs ${want.against.value}${want.against.outlet ? ` (${want.against.outlet})` : ''}` : '';
  const growth = want.growthOf ? `(${want.growthOf})` : '';
  return `${want.kind} ${want.metric}${growth} ${subject} ${want.period ?? 'no period'} ${want.value}${want.unit ? ` ${want.unit}` : ''}${against}${want.outlet ? ` — ${want.outlet}` : ''}`;
}

export function describeNotice(got: Notice): string {
  const against = got.against ? ` vs ${got.against.value} (${got.against.source.outlet ?? got.against.source.url})` : '';
  const growth = got.growthOf ? `(${got.growthOf})` : '';
  const basis = got.periodBasis === 'stated' ? '' : ` [${got.periodBasis}]`;
  return `${got.kind} ${got.metric}${growth} ${got.subject || '?'} ${got.period ?? 'no period'}${basis} ${got.value} ${got.unit} ${got.qualifier}${against} — ${got.source.outlet ?? got.source.url}: «${got.surface}»`;
}
