/** What every command gets from the CLI: its options, streams, environment and clock. */
export interface CommandContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  env: Record<string, string | undefined>;
  now: () => Date;
}

export interface CommandArgs {
  positionals: string[];
  config?: string;
  db?: string;
  format?: string;
  sample?: boolean;
  published?: string;
  url?: string;
  metric?: string;
  all?: boolean;
}

export type Command = (args: CommandArgs, ctx: CommandContext) => Promise<number>;

/** Wrong arguments: printed with the usage text, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function formatOption<T extends string>(args: CommandArgs, allowed: readonly T[], fallback: T): T {
  const value = args.format ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}
