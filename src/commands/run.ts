import { createApp } from '../app.ts';
import { startHealthServer, type HealthServer } from '../health/index.ts';
import { startSchedule } from '../schedule/index.ts';
import type { Command } from './context.ts';
import { loadSettings } from './settings.ts';

/**
 * `figurewatch run`: cycles on the cron schedule until SIGINT/SIGTERM, then stops new cycles, lets the
 * running one finish within the grace period (else aborts it at a safe point), delivers, closes the store.
 */
export const run: Command = async (args, ctx) => {
  const settings = loadSettings(args, ctx, { checkDiscord: true });
  const app = createApp({ settings, ctx, output: 'text' });
  const aborter = new AbortController();
  let health: HealthServer | null = null;
  const schedule = startSchedule(
    settings.config.schedule,
    async () => {
      const { report, delivery } = await app.cycle(aborter.signal);
      health?.recordCycle(report, delivery);
      app.log.info({ feeds: report.feeds, findings: report.findings, sent: delivery.sent }, 'cycle finished');
    },
    app.log,
  );
  if (settings.config.health.enabled) {
    health = await startHealthServer({ ledger: app.ledger, now: ctx.now, intervalMs: () => schedule.intervalMs() }, settings.config);
  }
  app.log.info({ cron: settings.config.schedule.cron, timezone: settings.config.schedule.timezone, next: schedule.nextRun() }, 'figurewatch running');
  const signal = await waitForSignal();
  app.log.info({ signal }, 'stopping: no new cycles; finishing the running one');
  const grace = setTimeout(() => aborter.abort(), settings.config.shutdown.graceMs);
  await schedule.stop();
  clearTimeout(grace);
  await app.deliver().catch((error: unknown) => app.log.error({ err: error }, 'final delivery failed'));
  await health?.close();
  await app.close();
  app.log.info('stopped');
  return 0;
};

function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
