import { readFile } from 'node:fs/promises';
import { UsageError } from './context.ts';

/** A file's bytes, or stdin's when the path is "-". */
export async function readInput(path: string | undefined, stdin: NodeJS.ReadableStream): Promise<Buffer> {
  if (!path) throw new UsageError('needs a file (or - for stdin)');
  if (path !== '-') {
    try {
      return await readFile(path);
    } catch (error) {
      throw new UsageError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
