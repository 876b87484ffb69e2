import pino, { type Logger } from 'pino';
import { prettyFactory } from 'pino-pretty';
import { createRedactor, redactSecrets } from './redact-secrets.ts';

export type { Logger } from 'pino';
export { redactSecrets } from './redact-secrets.ts';

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

/** Where log lines go: any stream; a terminal (isTTY) gets readable lines instead of JSON. */
export interface LogDestination {
  write(chunk: string): unknown;
  isTTY?: boolean;
  hasColors?: () => boolean;
}

export interface LoggerOptions {
  /** LOG_LEVEL; an unknown value falls back to info with a warning instead of stopping the bot. */
  level: string;
  /** Readable lines instead of JSON. Default: when the destination is a terminal. */
  pretty?: boolean;
  /** Default: stdout. */
  destination?: LogDestination;
  /** Exact secret values to remove from every line (tokens, webhook URLs), on top of the known shapes. */
  secrets?: readonly (string | undefined)[];
}

/**
 * pino: one JSON object a line, or readable lines on a terminal. Every line passes through one
 * redactor right before it is written, whatever produced it (message, bound fields, an error's url or
 * cause, a printf argument), so a token or webhook URL cannot reach the log.
 */
export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? process.stdout;
  const redact = createRedactor(options.secrets);
  const format = (options.pretty ?? destination.isTTY === true) ? prettyLines(destination) : (line: string) => line;
  const { level, problem } = parseLevel(options.level);
  const logger = pino(
    {
      level,
      // Keys that hold secrets whatever their shape; the redactor covers values elsewhere.
      redact: { paths: ['token', 'webhookUrl', '*.token', '*.webhookUrl', 'headers.authorization', '*.headers.authorization'], censor: '[redacted]' },
      // The standard serializer keeps an error's own fields and its cause chain: useful, and redacted below.
      serializers: { err: pino.stdSerializers.err, error: pino.stdSerializers.err },
    },
    { write: (line: string) => destination.write(format(redact(line))) },
  );
  if (problem) logger.warn(problem);
  return logger;
}

/** A logger that discards everything, for tests and one-shot commands that print their own output. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

function parseLevel(raw: string): { level: string; problem?: string } {
  const level = raw.trim().toLowerCase();
  if ((LOG_LEVELS as readonly string[]).includes(level)) return { level };
  return { level: 'info', problem: `LOG_LEVEL "${redactSecrets(raw)}" is not one of ${LOG_LEVELS.join(', ')}; logging at info` };
}

function prettyLines(destination: LogDestination): (line: string) => string {
  const pretty = prettyFactory({
    colorize: typeof destination.hasColors === 'function' ? destination.hasColors() : false,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname',
  });
  return (line) => pretty(line);
}
