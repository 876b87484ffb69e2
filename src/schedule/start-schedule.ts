import cron, { type ScheduledTask } from 'node-cron';

export interface ScheduleSettings {
  cron: string;
  timezone: string;
  runOnStart: boolean;
}

export interface ScheduleLog {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface Schedule {
  /** The next planned run, for logs and health. */
  nextRun(): Date | null;
  /** Milliseconds between the next two planned runs (the schedule's interval, for health checks). */
  intervalMs(): number;
  /** True while a cycle is running. */
  busy(): boolean;
  /** Stops new runs and resolves when the running one (if any) has finished. */
  stop(): Promise<void>;
}

/**
 * node-cron wiring only: runs `job` on the cron expression in the configured time zone, never two at
 * once (a tick that finds a cycle still running is skipped and logged), and once at start if asked.
 */
export function startSchedule(settings: ScheduleSettings, job: () => Promise<void>, log: ScheduleLog): Schedule {
  let running: Promise<void> | null = null;
  let stopped = false;
  const runGuarded = (trigger: string): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      log.warn({ trigger }, 'schedule: previous cycle still running; this tick is skipped');
      return running;
    }
    running = job()
      .catch((error: unknown) => log.error({ err: error, trigger }, 'schedule: cycle failed'))
      .finally(() => {
        running = null;
      });
    return running;
  };
  const task: ScheduledTask = cron.schedule(settings.cron, () => runGuarded('cron'), {
    timezone: settings.timezone,
    name: 'figurewatch-cycle',
    noOverlap: true,
  });
  if (settings.runOnStart) void runGuarded('start');
  return {
    nextRun: () => task.getNextRun(),
    intervalMs: () => intervalOf(task),
    busy: () => running !== null,
    async stop() {
      stopped = true;
      await task.stop();
      await task.destroy();
      await running;
    },
  };
}

function intervalOf(task: ScheduledTask): number {
  const [first, second] = task.getNextRuns(2);
  return first && second ? second.getTime() - first.getTime() : 15 * 60_000;
}
