import { existsSync } from 'node:fs';
import type { Ledger } from '../ledger/index.ts';

/**
 * Keywords added from Discord, read from the store when there is one: commands that only inspect
 * (feed) must show the same matching as the bot, without creating a store that does not exist.
 */
export function storedKeywords(dbPath: string, open: (path: string) => Ledger): { topic: string; keyword: string }[] {
  if (!existsSync(dbPath)) return [];
  const ledger = open(dbPath);
  try {
    return ledger.keywords.list().map(({ topic, keyword }) => ({ topic, keyword }));
  } finally {
    ledger.close();
  }
}
