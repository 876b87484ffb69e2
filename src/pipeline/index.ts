export { runCycle } from './run-cycle.ts';
export { createNoticePolicy, sameParties } from './notice-policy.ts';
export type { PipelineDeps } from './deps.ts';
export type { CycleReport } from './cycle-report.ts';
