import { existsSync } from 'node:fs';
import { openLedger } from '../ledger/index.ts';
import { UsageError, type Command } from './context.ts';
import { loadSettings } from './settings.ts';

/** Copies the live store with VACUUM INTO: consistent even while `run` is writing. */
export const backup: Command = async (args, ctx) => {
  const target = args.positionals[0];
  if (!target) throw new UsageError('backup needs a target file');
  if (existsSync(target)) throw new UsageError(`${target} already exists; choose a new file`);
  const { env } = loadSettings(args, ctx);
  const ledger = openLedger(env.dbPath);
  try {
    ledger.backup(target);
  } finally {
    ledger.close();
  }
  ctx.stdout.write(`backed up ${env.dbPath} to ${target}\n`);
  return 0;
};
