import type { FailureKind, FindingKind } from '../model/index.ts';

/** What one cycle did: printed by `once`, logged by `run`, counted by /metrics. */
export interface CycleReport {
  startedAt: string;
  finishedAt: string;
  feeds: { polled: number; ok: number; notModified: number; failed: number; notDue: number };
  failures: { feedUrl: string; kind: FailureKind; message: string }[];
  items: { seen: number; new: number; matched: number; skippedOld: number };
  articles: { recorded: number; unchanged: number; failed: number };
  figures: number;
  findings: Record<FindingKind, number>;
  noticesQueued: number;
}

export function emptyReport(now: Date): CycleReport {
  return {
    startedAt: now.toISOString(),
    finishedAt: now.toISOString(),
    feeds: { polled: 0, ok: 0, notModified: 0, failed: 0, notDue: 0 },
    failures: [],
    items: { seen: 0, new: 0, matched: 0, skippedOld: 0 },
    articles: { recorded: 0, unchanged: 0, failed: 0 },
    figures: 0,
    findings: { new_figure: 0, corroboration: 0, contradiction: 0, revision: 0 },
    noticesQueued: 0,
  };
}
