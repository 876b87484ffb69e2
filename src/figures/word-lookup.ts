/**
 * A dictionary looked up by a word's place in the text, without cutting and lower-casing the word:
 * the number-word reader asks for every word of an article and almost none is in the dictionary.
 * Words of basic Latin and Cyrillic letters walk a trie of the lower-cased forms, most leaving it
 * after a letter or two; any other letter falls back to `dict.get(word.toLowerCase())`, so the
 * answer is always what that look-up gives.
 */

interface Node<V> {
  next: Map<number, Node<V>>;
  value: V | undefined;
}

/** The lower-case code of a basic Latin or Cyrillic letter, or -1 for any other code unit. */
function lowerBasic(code: number): number {
  if (code >= 0x61 && code <= 0x7a) return code;
  if (code >= 0x41 && code <= 0x5a) return code + 0x20;
  if (code >= 0x430 && code <= 0x44f) return code;
  if (code >= 0x410 && code <= 0x42f) return code + 0x20;
  if (code === 0x451) return code;
  if (code === 0x401) return 0x451;
  return -1;
}

export class WordLookup<V> {
  private readonly root: Node<V> = { next: new Map(), value: undefined };
  private readonly dict: ReadonlyMap<string, V>;
  private readonly longest: number;

  constructor(dict: ReadonlyMap<string, V>) {
    this.dict = dict;
    this.longest = Math.max(0, ...[...dict.keys()].map((w) => w.length));
    for (const [word, value] of dict) {
      // Only keys of basic lower-case letters can be reached by the walk; others only by the fallback.
      if (![...word].every((c) => lowerBasic(c.charCodeAt(0)) === c.charCodeAt(0))) continue;
      let node = this.root;
      for (let i = 0; i < word.length; i++) {
        const code = word.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), value: undefined }));
        node = child;
      }
      node.value = value;
    }
  }

  /** dict.get(text.slice(start, end).toLowerCase()). */
  get(text: string, start: number, end: number): V | undefined {
    // Lower-casing never shortens a word.
    if (end - start > this.longest) return undefined;
    let node: Node<V> | undefined = this.root;
    for (let i = start; i < end; i++) {
      const code = lowerBasic(text.charCodeAt(i));
      if (code < 0) return this.dict.get(text.slice(start, end).toLowerCase());
      node = node.next.get(code);
      // No key starts so: the lower-cased word is no key whatever its other letters are.
      if (!node) return undefined;
    }
    return node.value;
  }
}
