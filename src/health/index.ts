export { startHealthServer, DEFAULT_STUCK_AFTER_ATTEMPTS, type HealthServer, type HealthSource } from './health-server.ts';
export { findHealthProblems, MISSED_INTERVALS, type HealthProblem, type HealthCheck } from './health-checks.ts';
export { Metrics } from './metrics.ts';
