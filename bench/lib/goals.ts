/** The goals, each judged met or missed, and by how much. */

export interface Goal {
  id: string;
  label: string;
  /** 'min': actual must be at least target; 'max': actual must be below target. */
  kind: 'min' | 'max';
  target: number;
  unit: string;
  actual: number | null;
  met: boolean | null;
  verdict: string;
}

const fmt = (x: number): string => (Math.abs(x) >= 100 ? Math.round(x).toLocaleString('en-US') : String(Number(x.toPrecision(3))));

export function judge(id: string, label: string, kind: 'min' | 'max', target: number, unit: string, actual: number | null | undefined): Goal {
  if (actual === null || actual === undefined || Number.isNaN(actual)) {
    return { id, label, kind, target, unit, actual: null, met: null, verdict: 'not run' };
  }
  const met = kind === 'min' ? actual >= target : actual < target;
  let verdict: string;
  if (kind === 'min') {
    verdict = met ? `met (${fmt(actual / target)}× the goal)` : `MISSED by ${fmt((1 - actual / target) * 100)}% (${fmt(target / actual)}× short)`;
  } else {
    verdict = met ? `met (${fmt((actual / target) * 100)}% of the limit)` : `MISSED by ${fmt(actual - target)} ${unit} (${fmt(actual / target)}× the limit)`;
  }
  return { id, label, kind, target, unit, actual, met, verdict };
}

export function goalText(goal: Goal): string {
  const unit = goal.unit === '×' ? '×' : ` ${goal.unit}`;
  return `${goal.kind === 'min' ? '≥' : '<'} ${fmt(goal.target)}${unit}`;
}
