import { extractFigures } from '../figures/index.ts';
import type { Figure } from '../model/index.ts';
import { formatValue, metricLabel, periodLabel } from '../notify/format.ts';
import { readArticle } from './article-input.ts';
import { formatOption, UsageError, type Command } from './context.ts';
import { readInput } from './read-input.ts';

/** `figurewatch extract <file|->`: the figures in one article, as JSON (an array) or text lines. */
export const extract: Command = async (args, ctx) => {
  const format = formatOption(args, ['json', 'text'], 'json');
  if (args.published && !/^\d{4}-\d{2}-\d{2}$/.test(args.published)) throw new UsageError('--published must be YYYY-MM-DD');
  const path = args.positionals[0];
  const bytes = await readInput(path, ctx.stdin);
  const article = readArticle(bytes, { path: path ?? '-', url: args.url, published: args.published ?? null });
  const figures = extractFigures(article.text, { published: article.published, title: article.title ?? undefined });
  if (format === 'json') {
    ctx.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
  } else {
    ctx.stdout.write(`${article.title ?? path}\npublished: ${article.published ?? 'unknown'}\n${figures.length} figure(s)\n`);
    for (const figure of figures) ctx.stdout.write(`${figureLine(figure)}\n`);
  }
  return 0;
};

export function figureLine(figure: Figure): string {
  const period = periodLabel(figure.period, figure.periodBasis);
  const subject = figure.subject || '?';
  return `- [${figure.category}] ${metricLabel(figure.metric, figure.growthOf)} · ${subject} · ${period}: ${formatValue(figure)}  ← "${figure.quote.trim()}"`;
}
