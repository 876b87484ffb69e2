import { parseArgs } from 'node:util';
import { COMMANDS, type CommandContext, UsageError } from './commands/index.ts';
import { ConfigError } from './config/index.ts';
import { StoreError } from './ledger/index.ts';

const USAGE = `figurewatch — trade and security figures from the news, with sources, posted to Discord

Usage: figurewatch <command> [options]

Commands:
  run                                   poll feeds on the configured cron schedule until SIGINT/SIGTERM
  once [--sample] [--format text|json]  run one cycle now and exit
  extract <file|-> [--published YYYY-MM-DD] [--url URL] [--format json|text]
                                        the figures in one article (HTML or plain text)
  text <file...> [--format text|json]   the main text of HTML pages
  feed <url|file> [--format text|json]  a feed's items, their identity and which topics they match
  replay <dir> [--format text|json]     saved articles through a ledger in publication order: the notices
  figures [--metric NAME] [--format table|json]   what the ledger holds
  check-config                          validate config and environment, list every problem
  backup <file>                         copy the SQLite store while it runs

Global options:
  --config PATH   config file (default config/default.yaml, env FIGUREWATCH_CONFIG)
  --db PATH       SQLite store (default ./data/figurewatch.db, env FIGUREWATCH_DB)
  --help          this text
`;

const OPTIONS = {
  config: { type: 'string' },
  db: { type: 'string' },
  format: { type: 'string' },
  sample: { type: 'boolean' },
  published: { type: 'string' },
  url: { type: 'string' },
  metric: { type: 'string' },
  all: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one command; returns the process exit code (0 ok, 1 failed, 2 bad usage or config). */
export async function main(argv: string[], context: Partial<CommandContext> = {}): Promise<number> {
  const ctx: CommandContext = {
    stdout: context.stdout ?? process.stdout,
    stderr: context.stderr ?? process.stderr,
    stdin: context.stdin ?? process.stdin,
    env: context.env ?? process.env,
    now: context.now ?? (() => new Date()),
  };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    ctx.stderr.write(`figurewatch: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const [name, ...positionals] = parsed.positionals;
  if (parsed.values.help) {
    ctx.stdout.write(USAGE);
    return 0;
  }
  if (!name) {
    ctx.stderr.write(USAGE);
    return 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.stderr.write(`figurewatch: unknown command "${name}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await command({ ...parsed.values, positionals }, ctx);
  } catch (error) {
    return reportFailure(error, ctx);
  }
}

function reportFailure(error: unknown, ctx: CommandContext): number {
  if (error instanceof UsageError) {
    ctx.stderr.write(`figurewatch: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (error instanceof ConfigError || error instanceof StoreError) {
    ctx.stderr.write(`figurewatch: ${error.message}\n`);
    return 2;
  }
  ctx.stderr.write(`figurewatch: ${(error as Error).stack ?? String(error)}\n`);
  return 1;
}
