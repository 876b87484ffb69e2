import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { extractArticle, looksLikeHtml } from '../articles/index.ts';
import { guessPublishedFromText } from '../articles/guess-published.ts';

export interface ArticleInput {
  text: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url: string;
}

/**
 * One saved article as text: HTML goes through main-text extraction, anything else is read as plain
 * text. Publication date: the caller's, else the page's metadata, else a dateline found in the text.
 */
export function readArticle(bytes: Buffer, options: { path: string; url?: string; published?: string | null }): ArticleInput {
  const url = options.url ?? (options.path === '-' ? 'file:///dev/stdin' : pathToFileURL(resolve(options.path)).href);
  const raw = bytes.toString('utf8');
  if (looksLikeHtml(raw)) {
    const article = extractArticle({ body: bytes, url });
    return {
      text: article.text,
      title: article.title,
      published: options.published ?? dateOnly(article.published) ?? guessPublishedFromText(article.text),
      outlet: article.outlet,
      url: article.canonicalUrl ?? url,
    };
  }
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return { text, title: firstLine(text), published: options.published ?? guessPublishedFromText(text), outlet: null, url };
}

function dateOnly(value: string | null): string | null {
  return value && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : null;
}

function firstLine(text: string): string | null {
  return text.split('\n').find((line) => line.trim().length > 20)?.trim() ?? null;
}
