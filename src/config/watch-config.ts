import { statSync } from 'node:fs';
import { ConfigError, loadConfigFile } from './load-config.ts';
import type { Config } from './schema.ts';

export type ConfigChange = { config: Config; error?: undefined } | { error: ConfigError; config?: undefined };

/**
 * Notices when the config file changed since it was last read (by modification time and size) and
 * re-validates it. Polled before each cycle: simpler and sturdier than fs.watch across editors that
 * replace files and container bind mounts that do not deliver events.
 */
export function watchConfigFile(path: string): { check(): ConfigChange | null } {
  let stamp = stampOf(path);
  return {
    check() {
      const next = stampOf(path);
      if (next === stamp) return null;
      stamp = next;
      try {
        return { config: loadConfigFile(path) };
      } catch (error) {
        if (error instanceof ConfigError) return { error };
        throw error;
      }
    },
  };
}

function stampOf(path: string): string {
  try {
    const stat = statSync(path);
    return `${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}
