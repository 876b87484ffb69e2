import type { Claim } from '../model/index.ts';

/**
 * The metrics that name one flow. With a directed subject the subject says which way goods move, so
 * "Russian exports to Azerbaijan" (exports RU>AZ) and "Azerbaijan's imports from Russia" (imports RU>AZ)
 * are the same series and may corroborate or contradict each other. Without a direction they are not.
 */
export function flowMetrics(metric: string, subject: string): [string, string] {
  if (!subject.includes('>')) return [metric, metric];
  if (metric === 'exports' || metric === 'imports') return ['exports', 'imports'];
  return [metric, metric];
}

/** The one name a series is filed under: a directed flow's imports are filed as its exports. */
export function seriesMetric(metric: string, subject: string): string {
  return flowMetrics(metric, subject)[0];
}

/** Whether two claims are about the same thing: the same series (metric, growthOf, subject, unit) and period. */
export function sameKey(a: Claim, b: Claim): boolean {
  return sameSeries(a, b) && a.period === b.period;
}

export function sameSeries(a: Claim, b: Claim): boolean {
  return (
    a.subject === b.subject &&
    a.unit === b.unit &&
    flowMetrics(a.metric, a.subject).includes(b.metric) &&
    flowMetrics(a.growthOf ?? '', a.subject).includes(b.growthOf ?? '')
  );
}
