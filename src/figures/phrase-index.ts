/**
 * Where in a text a phrase list can match at all. Running every label's regex over a whole article
 * made V8 try each phrase at every offset; nearly all phrases begin at a word edge with a literal
 * word, so a label need only be tried where a word starts whose first letters fit one of its phrases'
 * first letters. The letters are compared by a regex built from the phrases themselves, so case
 * folding is the regex engine's own and no position the full scan would match is skipped.
 */
import { isSeparatorUnit as isSeparator } from './char-classes.ts';

/** How many letters of a word's start are compared with the phrases' first words. */
const KEY_LENGTH = 3;

// Word keys are numbered once for all matchers, so that each matcher looks a word up by a small
// integer (an array index). The numbering is an open-addressing table over the key's code units:
// a string or a Map entry per word cost more than the regex scans this index replaces.
const SLOTS = 1 << 15;
const slotHigh = new Uint32Array(SLOTS);
const slotLow = new Uint32Array(SLOTS);
const slotId = new Int32Array(SLOTS);
const keyTexts: string[] = [];
let generation = 0;

/** The number of the key of the word text[start, start + length), length 1 to KEY_LENGTH. */
function idOf(text: string, start: number, length: number): number {
  const high = ((text.charCodeAt(start) << 16) | (length > 1 ? text.charCodeAt(start + 1) : 0)) >>> 0;
  // The length makes `low` non-zero: 0 marks a free slot.
  const low = ((length << 16) | (length > 2 ? text.charCodeAt(start + 2) : 0)) >>> 0;
  let slot = (Math.imul(high ^ Math.imul(low, 0x85ebca6b), 0x9e3779b1) >>> 17) & (SLOTS - 1);
  while (slotLow[slot] !== 0) {
    if (slotLow[slot] === low && slotHigh[slot] === high) return slotId[slot]!;
    slot = (slot + 1) & (SLOTS - 1);
  }
  // Half full: start a new numbering (matchers drop what they learnt under the old one).
  if (keyTexts.length >= SLOTS / 2) {
    slotLow.fill(0);
    keyTexts.length = 0;
    generation++;
    return idOf(text, start, length);
  }
  const id = keyTexts.length;
  slotHigh[slot] = high;
  slotLow[slot] = low;
  slotId[slot] = id;
  keyTexts.push(text.slice(start, start + length));
  return id;
}

export interface WordStarts {
  /** Offsets of the words' first characters, ascending. */
  starts: number[];
  /** Each word's key (its first KEY_LENGTH code units, as written) by number. */
  keyIds: number[];
  /** The numbering the ids belong to. */
  generation: number;
}

// Several matchers (places, proxies, groups, metric keywords) read the same article one after another.
const recent = new Map<string, WordStarts>();

/** The word starts of text, kept for the last few texts while their key numbering holds. */
export function wordStartsOf(text: string): WordStarts {
  const known = recent.get(text);
  if (known && known.generation === generation) return known;
  const words = findWordStarts(text);
  if (recent.size >= 4) recent.delete(recent.keys().next().value!);
  recent.set(text, words);
  return words;
}

/** Every offset with a separator (or the text start) before it and a word character on it. */
export function findWordStarts(text: string): WordStarts {
  const starts: number[] = [];
  const ids: number[] = [];
  const from = generation;
  let i = 0;
  while (i < text.length) {
    if (isSeparator(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && !isSeparator(text.charCodeAt(i))) i++;
    starts.push(start);
    ids.push(idOf(text, start, Math.min(i - start, KEY_LENGTH)));
  }
  // The numbering started again part way: number the text again under the new one.
  return generation === from ? { starts, keyIds: ids, generation } : findWordStarts(text);
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * The literal letters a phrase's match must begin with (its first word up to a `*` or a
 * separator, at most KEY_LENGTH), or null when the phrase may start anywhere (a symbol, a bare `*`).
 */
export function leadingKey(phrase: string): string | null {
  const trimmed = phrase.trim();
  // Only a letter or digit first gives the phrase its word edge before (patterns.ts phraseSource).
  if (!/^[\p{L}\p{N}]/u.test(trimmed)) return null;
  const word = trimmed.split(/\s+/)[0]!.replace(/\*$/, '');
  let end = 0;
  while (end < word.length && end < KEY_LENGTH && !isSeparator(word.charCodeAt(end))) end++;
  const key = word.slice(0, end);
  // An astral first letter would be split by the code-unit keys: such a list is scanned whole.
  return key === '' || /[\uD800-\uDFFF]/.test(key) ? null : key;
}

/** For a matcher's labels: which of them may match at a word, by the word's key. */
export class LabelIndex {
  /** Per label, a test of a word key against its phrases' keys; null: the label is scanned whole. */
  private readonly tests: Array<RegExp | null>;
  private byKey: Array<number[] | undefined> = [];
  private generation = generation;

  constructor(phraseLists: ReadonlyArray<readonly string[]>) {
    this.tests = phraseLists.map((phrases) => {
      const keys = phrases.map(leadingKey);
      if (keys.some((k) => k === null)) return null;
      // Case is ignored even for ALL-CAPS phrases: a key test may let more words through, never fewer.
      return new RegExp(`^(?:${[...new Set(keys)].map((k) => `(?i:${escapeRegex(k!)})`).join('|')})`, 'u');
    });
  }

  /** Whether the label is looked up by word keys (else its regex runs over the whole text). */
  indexed(label: number): boolean {
    return this.tests[label] !== null;
  }

  /** Per label, the word starts of text where it may match (empty for labels scanned whole). */
  candidates(text: string): number[][] {
    const words = wordStartsOf(text);
    if (this.generation !== words.generation) {
      this.byKey = [];
      this.generation = words.generation;
    }
    const out: number[][] = this.tests.map(() => []);
    for (let w = 0; w < words.starts.length; w++) {
      const id = words.keyIds[w]!;
      const labels = this.byKey[id] ?? this.learn(id);
      for (let k = 0; k < labels.length; k++) out[labels[k]!]!.push(words.starts[w]!);
    }
    return out;
  }

  private learn(id: number): number[] {
    const key = keyTexts[id]!;
    const labels: number[] = [];
    for (let i = 0; i < this.tests.length; i++) if (this.tests[i]?.test(key)) labels.push(i);
    this.byKey[id] = labels;
    return labels;
  }
}
