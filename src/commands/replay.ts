import { readdir, readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { extractFigures } from '../figures/index.ts';
import { openLedger, type Ledger } from '../ledger/index.ts';
import type { Notice, TopicMatch } from '../model/index.ts';
import { renderJson, renderText } from '../notify/render.ts';
import { createNoticePolicy } from '../pipeline/index.ts';
import { compileTopics, matchTopics } from '../topics/index.ts';
import { readArticle } from './article-input.ts';
import { formatOption, UsageError, type Command } from './context.ts';
import { loadSettings } from './settings.ts';

interface SavedArticle {
  file: string;
  url: string;
  outlet: string | null;
  published: string | null;
  title: string | null;
  text: string;
}

/**
 * `figurewatch replay <dir>`: saved articles (.html/.txt, metadata from a sidecar <name>.json or the
 * page) through a ledger in publication order; prints the notices they raise. The ledger is a fresh
 * in-memory one unless --db is given, so a replay never touches the bot's store by accident.
 */
export const replay: Command = async (args, ctx) => {
  const format = formatOption(args, ['text', 'json'], 'text');
  const dir = args.positionals[0];
  if (!dir) throw new UsageError('replay needs a folder of saved articles');
  const { config } = loadSettings(args, ctx);
  const articles = await loadArticles(dir);
  const ledger = openLedger(args.db ?? ':memory:');
  try {
    const policy = createNoticePolicy(config, () => 'replay');
    const matcher = compileTopics(config.topics, ledger.keywords.list());
    for (const article of articles) {
      for (const notice of replayOne(ledger, article, policy, topicsFor(matcher, article, config.topics), ctx.now())) {
        ctx.stdout.write(format === 'json' ? `${renderJson(notice)}\n` : `${renderText(notice)}\n\n`);
      }
    }
  } finally {
    ledger.close();
  }
  return 0;
};

function replayOne(ledger: Ledger, article: SavedArticle, policy: ReturnType<typeof createNoticePolicy>, topics: TopicMatch[], now: Date): Notice[] {
  const figures = extractFigures(article.text, { published: article.published?.slice(0, 10) ?? null, title: article.title ?? undefined });
  const result = ledger.recordArticle(
    { item: null, url: article.url, outlet: article.outlet, title: article.title, published: article.published, text: article.text, figures, topics },
    policy,
    now,
  );
  return result.notices;
}

/** Saved articles are on topic by choice; when no keyword matches, every topic applies (with no keywords). */
function topicsFor(matcher: ReturnType<typeof compileTopics>, article: SavedArticle, topics: { name: string }[]): TopicMatch[] {
  const matches = matchTopics(matcher, { title: article.title ?? '', body: article.text });
  return matches.length ? matches : topics.map((topic) => ({ topic: topic.name, keywords: [] }));
}

async function loadArticles(dir: string): Promise<SavedArticle[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new UsageError(`cannot read folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const files = names.filter((name) => ['.html', '.htm', '.txt'].includes(extname(name).toLowerCase())).sort();
  const articles = await Promise.all(files.map((name) => loadArticle(dir, name)));
  return articles.sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.file.localeCompare(b.file));
}

async function loadArticle(dir: string, name: string): Promise<SavedArticle> {
  const path = join(dir, name);
  const sidecar = await readSidecar(join(dir, `${basename(name, extname(name))}.json`));
  const article = readArticle(await readFile(path), { path, url: sidecar.url, published: sidecar.published ?? null });
  return {
    file: name,
    url: sidecar.url ?? article.url,
    outlet: sidecar.outlet ?? article.outlet,
    published: sidecar.published ?? article.published,
    title: sidecar.title ?? article.title,
    text: article.text,
  };
}

async function readSidecar(path: string): Promise<{ url?: string; outlet?: string; published?: string; title?: string }> {
  let raw: string;
  try {
    raw = await readFile(path, 'utf8');
  } catch {
    return {};
  }
  try {
    return JSON.parse(raw) as { url?: string; outlet?: string; published?: string; title?: string };
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}
