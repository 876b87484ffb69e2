import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/** Secrets that may appear in error messages or objects: Discord webhook paths and bot tokens. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /(\/webhooks\/\d+\/)[\w-]+/g,
  /\b[MN][\w-]{23,25}\.[\w-]{6}\.[\w-]{27,38}\b/g,
  /(\bBot\s+)[\w.-]{20,}/g,
];

/** Replaces secrets inside any string so a log line never carries a token or a webhook URL. */
export function redactSecrets(text: string): string {
  return SECRET_PATTERNS.reduce((out, pattern) => out.replace(pattern, (_m, keep: unknown) => `${typeof keep === 'string' ? keep : ''}[redacted]`), text);
}

export interface LoggerOptions {
  level: string;
  /** Pretty, human-readable lines (when stdout is a terminal); JSON otherwise. */
  pretty?: boolean;
  destination?: NodeJS.WritableStream;
}

/**
 * pino with JSON on stdout by default. Secrets are removed in two ways: known keys are redacted, and
 * every string in a log line passes through redactSecrets (error messages can quote URLs).
 */
export function createLogger(options: LoggerOptions): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level,
    redact: { paths: ['token', 'webhookUrl', '*.token', '*.webhookUrl', 'headers.authorization'], censor: '[redacted]' },
    formatters: { log: (object) => scrub(object) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === 'string' ? redactSecrets(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
  if (options.pretty) {
    return pino({ ...settings, transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' } } });
  }
  return options.destination ? pino(settings, options.destination as pino.DestinationStream) : pino(settings);
}

/** A logger that discards everything, for tests and one-shot commands that print their own output. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

function scrub(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(value);
  if (depth > 5 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return { type: value.name, message: redactSecrets(value.message), stack: value.stack ? redactSecrets(value.stack) : undefined };
  if (Array.isArray(value)) return value.map((item) => scrub(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, scrub(item, depth + 1)]));
}
