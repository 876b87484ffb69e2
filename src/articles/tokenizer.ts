/**
 * htmlparser2's tokenizer with its skip-ahead done by String#indexOf. With entity decoding off (see
 * references.ts) the tokenizer skips text, attribute values, comments and script bodies by looking
 * for one character; htmlparser2 10.1 does that with a charCodeAt loop that reloads its fields on
 * every character, and those skips are most of a news page. indexOf finds the same next occurrence.
 * The override is of a private method (htmlparser2 10.1.0, which the lockfile pins); should an upgrade
 * rename it, this class only stops being faster. tests/articles/references.test.ts holds it to the
 * stock tokenizer's trees.
 */
import { Tokenizer } from 'htmlparser2';

/** The fields the skip reads and writes (private in htmlparser2's typings). */
interface TokenizerState {
  buffer: string;
  index: number;
  offset: number;
}

const CHARS = Array.from({ length: 128 }, (_, code) => String.fromCharCode(code));

/**
 * Same contract as Tokenizer#fastForwardTo: move `index` to the next `code` after it and return true,
 * or to the last character of the buffer and return false (the parse loop then steps past it).
 */
function fastForwardTo(this: TokenizerState, code: number): boolean {
  const found = this.buffer.indexOf(CHARS[code] ?? String.fromCharCode(code), this.index + 1 - this.offset);
  if (found >= 0) {
    this.index = found + this.offset;
    return true;
  }
  this.index = this.buffer.length + this.offset - 1;
  return false;
}

export class IndexOfTokenizer extends Tokenizer {}

Object.defineProperty(IndexOfTokenizer.prototype, 'fastForwardTo', { value: fastForwardTo, writable: true, configurable: true });
