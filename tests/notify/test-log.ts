import type { NotifyLog } from '../../src/notify/types.ts';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  obj: object;
  msg: string | undefined;
}

/** A NotifyLog that keeps its lines, so tests can assert what was said loudly. */
export function captureLog(): NotifyLog & { lines: LogLine[]; errors(): LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (obj: object, msg?: string) => {
    lines.push({ level, obj, msg });
  };
  return { lines, info: at('info'), warn: at('warn'), error: at('error'), errors: () => lines.filter((l) => l.level === 'error') };
}

/** A clock the test moves by hand (no fake timers: discord.js needs real ones). */
export function manualClock(start = '2026-03-02T08:00:00Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}
