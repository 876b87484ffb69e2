/**
 * A linear-time tokenizer for XML and HTML fragments. Regexes like `<!--[\s\S]*?-->` or
 * `<[^>]*>` rescan to the end of the document for every unterminated start, which turns a
 * hostile feed (a million "<!--") into minutes of CPU; this never looks at a byte twice
 * more than once per terminator kind.
 */
export type TokenKind = 'text' | 'cdata' | 'comment' | 'pi' | 'doctype' | 'tag';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** For tags: the element name as written, and whether it is an end tag or self-closing. */
  name?: string;
  closing?: boolean;
  selfClosing?: boolean;
  /** False when the document ended before the token's terminator. */
  terminated: boolean;
}

/** Finds the next occurrence of a needle at or after a position that only moves forward. */
function forwardFinder(text: string, needle: string): (from: number) => number {
  let cached = -2;
  return (from) => {
    if (cached === -1 || cached >= from) return cached;
    cached = text.indexOf(needle, from);
    return cached;
  };
}

export function* scanMarkup(text: string): Generator<Token> {
  const next = {
    lt: forwardFinder(text, '<'),
    gt: forwardFinder(text, '>'),
    cdata: forwardFinder(text, ']]>'),
    comment: forwardFinder(text, '-->'),
    pi: forwardFinder(text, '?>'),
  };
  let position = 0;
  while (position < text.length) {
    const lt = next.lt(position);
    if (lt === -1) {
      yield { kind: 'text', start: position, end: text.length, terminated: true };
      return;
    }
    if (lt > position) yield { kind: 'text', start: position, end: lt, terminated: true };
    const token = readMarkup(text, lt, next);
    yield token;
    position = token.end;
  }
}

type Finders = Record<'gt' | 'cdata' | 'comment' | 'pi', (from: number) => number>;

function readMarkup(text: string, at: number, next: Finders): Token {
  if (text.startsWith('<![CDATA[', at)) return until(text, at, 'cdata', next.cdata(at + 9), 3);
  if (text.startsWith('<!--', at)) return until(text, at, 'comment', next.comment(at + 4), 3);
  if (text.startsWith('<?', at)) return until(text, at, 'pi', next.pi(at + 2), 2);
  if (text.slice(at, at + 9).toUpperCase() === '<!DOCTYPE') return readDoctype(text, at);
  const name = /^<(\/?)([A-Za-z_][\w:.-]*)/.exec(text.slice(at, at + 256));
  if (!name) return { kind: 'text', start: at, end: at + 1, terminated: true };
  const gt = next.gt(at);
  const end = gt === -1 ? text.length : gt + 1;
  return {
    kind: 'tag',
    start: at,
    end,
    name: name[2],
    closing: name[1] === '/',
    selfClosing: gt !== -1 && text[gt - 1] === '/',
    terminated: gt !== -1,
  };
}

function until(text: string, at: number, kind: TokenKind, found: number, length: number): Token {
  return found === -1
    ? { kind, start: at, end: text.length, terminated: false }
    : { kind, start: at, end: found + length, terminated: true };
}

/** A DOCTYPE ends at the first ">" outside its [internal subset]. */
function readDoctype(text: string, at: number): Token {
  let depth = 0;
  for (let index = at + 9; index < text.length; index += 1) {
    const char = text[index];
    if (char === '[') depth += 1;
    else if (char === ']') depth = Math.max(0, depth - 1);
    else if (char === '>' && depth === 0) return { kind: 'doctype', start: at, end: index + 1, terminated: true };
  }
  return { kind: 'doctype', start: at, end: text.length, terminated: false };
}
