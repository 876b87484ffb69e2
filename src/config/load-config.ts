import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { ZodError } from 'zod';
import { configSchema, type Config } from './schema.ts';

/** A config that cannot be used; `problems` lists each one with its path ("feeds[2].url: must be …"). */
export class ConfigError extends Error {
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    super(`config: ${source} has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

export function loadConfigFile(path: string): Config {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(path, [`cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  return parseConfigText(raw, path);
}

export function parseConfigText(raw: string, source = 'config'): Config {
  let data: unknown;
  try {
    data = parseYaml(raw) ?? {};
  } catch (error) {
    throw new ConfigError(source, [`not valid YAML: ${(error as Error).message.split('\n')[0]}`]);
  }
  const result = configSchema.safeParse(data);
  if (!result.success) throw new ConfigError(source, formatIssues(result.error));
  const problems = crossCheck(result.data);
  if (problems.length) throw new ConfigError(source, problems);
  return deepFreeze(result.data);
}

function formatIssues(error: ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Rules that span keys: topic names unique, feeds naming known topics. */
function crossCheck(config: Config): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  config.topics.forEach((topic, i) => {
    if (names.has(topic.name)) problems.push(`topics[${i}].name: "${topic.name}" is used twice`);
    names.add(topic.name);
  });
  config.feeds.forEach((feed, i) => {
    feed.topics.forEach((name, j) => {
      if (!names.has(name)) problems.push(`feeds[${i}].topics[${j}]: no topic is named "${name}"`);
    });
  });
  const urls = new Set<string>();
  config.feeds.forEach((feed, i) => {
    if (urls.has(feed.url)) problems.push(`feeds[${i}].url: ${feed.url} is listed twice`);
    urls.add(feed.url);
  });
  config.notify.routes.forEach((route, i) => {
    if (!route.category && !route.topic) problems.push(`notify.routes[${i}]: needs a category or a topic`);
    if (!route.webhookEnv && !route.channelId) problems.push(`notify.routes[${i}]: needs webhookEnv or channelId`);
    if (route.topic && !names.has(route.topic)) problems.push(`notify.routes[${i}].topic: no topic is named "${route.topic}"`);
  });
  return problems;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
