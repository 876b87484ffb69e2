import { createApp, type App } from '../app.ts';
import { createLedgerBotStore } from '../bot/ledger-bot-store.ts';
import { startBot, type BotHandle } from '../bot/start-bot.ts';
import { startHealthServer, type HealthServer } from '../health/index.ts';
import { startSchedule } from '../schedule/index.ts';
import type { Command } from './context.ts';
import { loadSettings } from './settings.ts';

/** The last delivery at shutdown starts no send after this long (each send may still take its timeout). */
const FINAL_DELIVERY_MS = 10_000;

/**
 * `figurewatch run`: cycles on the cron schedule until SIGINT/SIGTERM, then stops new cycles, lets the
 * running one finish within the grace period (else aborts it at a safe point), delivers, closes the store.
 * The signal handlers are the first thing installed: a stop during start-up (bot login) is honoured too.
 */
export const run: Command = async (args, ctx) => {
  const stopRequested = waitForSignal();
  const settings = loadSettings(args, ctx, { checkDiscord: true });
  const app = createApp({ settings, ctx, output: 'text', reloadConfig: true });
  const aborter = new AbortController();
  let health: HealthServer | null = null;
  const schedule = startSchedule(
    settings.config.schedule,
    async () => {
      const { report, delivery } = await app.cycle(aborter.signal).catch((error: unknown) => {
        health?.recordCycleFailure();
        throw error;
      });
      health?.recordCycle(report, delivery);
      app.log.info({ feeds: report.feeds, findings: report.findings, sent: delivery.sent }, 'cycle finished');
    },
    app.log,
  );
  if (settings.config.health.enabled) {
    health = await startHealthServer({ ledger: app.ledger, now: ctx.now, intervalMs: () => schedule.intervalMs() }, settings.config);
    app.log.info({ host: settings.config.health.host, port: health.port }, 'health server listening (/healthz, /metrics)');
  }
  const botStarting = startBotIfConfigured(app, ctx.now);
  const early = await Promise.race([botStarting.then(() => null), stopRequested]);
  app.log.info({ cron: settings.config.schedule.cron, timezone: settings.config.schedule.timezone, next: schedule.nextRun() }, 'figurewatch running');
  const signal = early ?? (await stopRequested);
  app.log.info({ signal }, 'stopping: no new cycles; finishing the running one');
  const grace = setTimeout(() => aborter.abort(), settings.config.shutdown.graceMs);
  await schedule.stop();
  clearTimeout(grace);
  const deadline = new Date(ctx.now().getTime() + Math.min(FINAL_DELIVERY_MS, settings.config.shutdown.graceMs));
  await app.deliver({ deadline }).catch((error: unknown) => app.log.error({ err: error }, 'final delivery failed'));
  await stopBot(botStarting, app);
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

/** Slash commands need the bot's gateway session; a bot that cannot log in is reported, not fatal. */
async function startBotIfConfigured(app: App, now: () => Date): Promise<BotHandle | null> {
  const { discord } = app.settings.env;
  if (!discord.token) return null;
  try {
    return await startBot({
      token: discord.token,
      apiUrl: discord.apiUrl,
      guildId: discord.guildId,
      store: createLedgerBotStore(app.settings.config, app.ledger),
      log: app.log,
      now,
    });
  } catch (error) {
    app.log.error({ err: error }, 'bot: could not start the slash commands; notices are still delivered');
    return null;
  }
}

/** Stops the bot, also one still logging in when the stop came (without waiting for a hung login). */
async function stopBot(starting: Promise<BotHandle | null>, app: App): Promise<void> {
  const settled = await Promise.race([starting, new Promise<'pending'>((resolve) => setTimeout(() => resolve('pending'), 2_000))]);
  if (settled === 'pending') {
    app.log.warn('bot: still logging in at shutdown; not waiting for it');
    void starting.then((bot) => bot?.stop());
    return;
  }
  await settled?.stop();
}
