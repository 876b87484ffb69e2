import { backup } from './backup.ts';
import { checkConfig } from './check-config.ts';
import type { Command } from './context.ts';
import { extract } from './extract.ts';
import { feed } from './feed.ts';
import { figures } from './figures.ts';
import { once } from './once.ts';
import { replay } from './replay.ts';
import { run } from './run.ts';
import { text } from './text.ts';

export { UsageError, type Command, type CommandArgs, type CommandContext } from './context.ts';

/** Every command of the CLI; names and options are a public contract (README "Commands"). */
export const COMMANDS: Record<string, Command> = {
  run,
  once,
  extract,
  text,
  feed,
  replay,
  figures,
  'check-config': checkConfig,
  backup,
};
