/**
 * Article texts for the figures bench: the article-extraction-benchmark's ground-truth bodies (all
 * 181, also those whose HTML was left out) and our own fixtures (labelled and holdout figure passages, the seed
 * articles, the article fixtures' expected texts), with a publication date where the fixture has one.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCHMARK_DIR } from '../../scripts/lib/corpora.ts';

export interface ArticleText {
  id: string;
  text: string;
  published: string | null;
  title?: string;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS_DIR = join(ROOT, '../shared/seeds');
const FIXTURES = join(ROOT, 'tests/fixtures');

export function loadArticleTexts(): ArticleText[] {
  return [...groundTruthTexts(), ...labelledTexts('labelled'), ...labelledTexts('holdout'), ...seedTexts(), ...articleFixtureTexts()];
}

function groundTruthTexts(): ArticleText[] {
  const truth = JSON.parse(readFileSync(join(BENCHMARK_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  return Object.entries(truth)
    .filter(([, entry]) => (entry.articleBody ?? '').trim() !== '')
    .map(([id, entry]) => ({ id: `benchmark/${id.slice(0, 12)}`, text: entry.articleBody ?? '', published: null }));
}

function labelledTexts(folder: string): ArticleText[] {
  const dir = join(FIXTURES, 'figures', folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const meta = readJson(join(dir, f.replace(/\.txt$/, '.figures.json')));
      return { id: `${folder}/${f}`, text: readFileSync(join(dir, f), 'utf8'), published: stringOrNull(meta?.published), title: stringOrUndefined(meta?.title) };
    });
}

function seedTexts(): ArticleText[] {
  if (!existsSync(SEEDS_DIR)) return [];
  return readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const meta = readJson(join(FIXTURES, 'figures', 'seeds', f.replace(/\.txt$/, '.figures.json')));
      return { id: `seeds/${f}`, text: readFileSync(join(SEEDS_DIR, f), 'utf8'), published: stringOrNull(meta?.published) };
    });
}

function articleFixtureTexts(): ArticleText[] {
  const dir = join(FIXTURES, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.expected.txt'))
    .sort()
    .map((f) => ({ id: `articles/${f}`, text: readFileSync(join(dir, f), 'utf8'), published: null }));
}

function readJson(path: string): Record<string, unknown> | null {
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return null;
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, 10) : null;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
