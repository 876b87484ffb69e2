export { startHealthServer, type HealthServer, type HealthSource } from './health-server.ts';
export { Metrics } from './metrics.ts';
