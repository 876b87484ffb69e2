import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractArticle } from '../articles/index.ts';
import { formatOption, UsageError, type Command } from './context.ts';

/** `figurewatch text <file...>`: the main text of saved HTML pages; JSON is one object a line. */
export const text: Command = async (args, ctx) => {
  const format = formatOption(args, ['text', 'json'], 'text');
  if (args.positionals.length === 0) throw new UsageError('text needs at least one HTML file');
  let failed = 0;
  for (const file of args.positionals) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      ctx.stderr.write(`figurewatch: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
      failed++;
      continue;
    }
    const article = extractArticle({ body: bytes, url: args.url ?? pathToFileURL(resolve(file)).href });
    if (format === 'json') {
      ctx.stdout.write(`${JSON.stringify({ file, title: article.title, published: article.published, text: article.text })}\n`);
    } else {
      ctx.stdout.write(`== ${file}\n# ${article.title ?? '(no title)'}\npublished: ${article.published ?? 'unknown'}\n\n${article.text}\n\n`);
    }
  }
  return failed > 0 ? 1 : 0;
};
