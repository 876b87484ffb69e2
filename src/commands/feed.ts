import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFeed } from '../feeds/index.ts';
import { createFetcher, decodeBody } from '../fetch/index.ts';
import { openLedger } from '../ledger/index.ts';
import type { FeedItem, ParsedFeed, TopicMatch } from '../model/index.ts';
import { compileTopics, explainTopics, matchTopics, type TopicExplanation } from '../topics/index.ts';
import { formatOption, UsageError, type Command } from './context.ts';
import { loadSettings } from './settings.ts';
import { storedKeywords } from './stored-keywords.ts';

/** `figurewatch feed <url|file>`: what a feed yields and why each item would (not) be considered. */
export const feed: Command = async (args, ctx) => {
  const format = formatOption(args, ['text', 'json'], 'text');
  const source = args.positionals[0];
  if (!source) throw new UsageError('feed needs a URL or a file');
  const { config, env } = loadSettings(args, ctx);
  const parsed = /^https?:\/\//i.test(source) ? await parseRemote(source, config.fetch) : await parseLocal(source);
  const matcher = compileTopics(config.topics, storedKeywords(env.dbPath, openLedger));
  const rows = parsed.items.map((item) => {
    const doc = { title: item.title, summary: item.summary, body: item.content };
    return { item, topics: matchTopics(matcher, doc), why: explainTopics(matcher, doc) };
  });
  if (format === 'json') {
    for (const { item, topics } of rows) ctx.stdout.write(`${JSON.stringify(itemJson(item, topics))}\n`);
  } else {
    ctx.stdout.write(`${parsed.title ?? source}: ${parsed.items.length} item(s), ${rows.filter((r) => r.topics.length).length} match a watched topic\n`);
    for (const { item, topics, why } of rows) ctx.stdout.write(itemText(item, topics, why));
  }
  return 0;
};

async function parseRemote(url: string, fetchConfig: Parameters<typeof createFetcher>[0]): Promise<ParsedFeed> {
  const result = await createFetcher(fetchConfig).fetch(url, { kind: 'feed' });
  if (result.status !== 'ok') throw new UsageError(`${url} answered 304 Not Modified to an unconditional request`);
  return parseFeed(result.text, result.finalUrl);
}

async function parseLocal(path: string): Promise<ParsedFeed> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  return parseFeed(decodeBody(bytes, null).text, pathToFileURL(resolve(path)).href);
}

function itemJson(item: FeedItem, topics: TopicMatch[]): Record<string, unknown> {
  return { id: item.id, title: item.title, link: item.link, published: item.published, topics };
}

function itemText(item: FeedItem, topics: TopicMatch[], why: TopicExplanation[]): string {
  const match = topics.length ? topics.map((t) => `${t.topic} (${t.keywords.join(', ')})`).join('; ') : `none (${whyNot(why)})`;
  return `\n- ${item.title || '(no title)'}\n  id: ${item.id}\n  link: ${item.link ?? '(none)'}\n  date: ${item.published ?? '(none)'}\n  topics: ${match}\n`;
}

/** Why an item matched no topic: per topic, which keyword groups hit and which did not. */
function whyNot(explanations: TopicExplanation[]): string {
  return explanations
    .map((topic) => {
      if (topic.excludedBy.length) return `${topic.topic}: excluded by ${topic.excludedBy.join(', ')}`;
      const groups = topic.groups.map((g) => (g.hits.length ? `${g.group} ✓ ${g.hits.join(', ')}` : `${g.group} ✗`));
      return `${topic.topic}: ${groups.join('; ')}`;
    })
    .join(' | ');
}
