/**
 * Lexicon phrase syntax shared by every file in config/figures: words separated by spaces, a
 * trailing `*` matches any word ending, ALL-CAPS phrases match that case only, others ignore case.
 */
import { SEPARATORS } from './char-classes.ts';
import { LabelIndex } from './phrase-index.ts';
import { allMatches } from './regex-matches.ts';

export interface Hit<L = string> {
  label: L;
  start: number;
  end: number;
}

// Word edges and stem endings use a small negated class of separators rather than \p{L}: Unicode
// property classes cost V8 milliseconds to compile each time they appear, per regex and per string
// width, and the lexicons hold hundreds of phrases (the first article took seconds to read).
const LETTER = `[^${SEPARATORS}0-9]`;
const WORD_EDGE_BEFORE = `(?<![^${SEPARATORS}])`;
const WORD_EDGE_AFTER = `(?![^${SEPARATORS}])`;

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function isAcronym(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase) && !/\p{Ll}/u.test(phrase);
}

/**
 * One phrase as a regex source: words joined by any run of spaces, `*` as any word ending.
 * Case folding is applied to the literal letters only: a Unicode letter class under `i` costs V8
 * milliseconds to compile per regex and per string width, and the lexicons hold hundreds of phrases.
 */
export function phraseSource(phrase: string): string {
  const acronym = isAcronym(phrase);
  const literal = (s: string): string => (acronym || !/\p{L}/u.test(s) ? escapeRegex(s) : `(?i:${escapeRegex(s)})`);
  const words = phrase.trim().split(/\s+/);
  const body = words
    .map((word) => (word.endsWith('*') ? `${literal(word.slice(0, -1))}${LETTER}*` : literal(word)))
    .join(String.raw`[\s\u00A0\u2009\u202F]+`);
  const first = phrase.trim()[0] ?? '';
  const last = phrase.trim().at(-1) ?? '';
  // Symbols such as "$" or "%" need no word edges; letters and digits do.
  const before = /[\p{L}\p{N}]/u.test(first) ? WORD_EDGE_BEFORE : '';
  const after = /[\p{L}\p{N}]/u.test(last) ? WORD_EDGE_AFTER : '';
  return `${before}${body}${after}`;
}

/** An alternation of phrases, longest first so "trade turnover" wins over "trade". */
export function phrasesSource(phrases: readonly string[]): string {
  const sorted = [...phrases].sort((a, b) => b.length - a.length);
  return sorted.map(phraseSource).join('|');
}

export function compilePhrases(phrases: readonly string[], flags = 'gu'): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  return new RegExp(phrasesSource(phrases), flags);
}

// Below this many characters a plain scan is as cheap as finding the words first.
const INDEXED_FROM = 256;

/** Compiled matcher over labelled phrase lists: every hit, earliest first, longest at a position. */
export class PhraseMatcher<L extends string = string> {
  private readonly entries: Array<{ label: L; regex: RegExp; sticky: RegExp }>;
  private readonly index: LabelIndex;

  constructor(lists: ReadonlyArray<readonly [L, readonly string[]]>) {
    const kept = lists.filter(([, p]) => p.length > 0);
    this.entries = kept.map(([label, p]) => {
      const regex = compilePhrases(p);
      return { label, regex, sticky: new RegExp(regex.source, 'yu') };
    });
    this.index = new LabelIndex(kept.map(([, p]) => p));
  }

  /** All hits in text[from, to), overlapping hits resolved in favour of the longer one. */
  find(text: string, from = 0, to = text.length): Hit<L>[] {
    const slice = text.slice(from, to);
    if (slice.length < INDEXED_FROM) return this.collect(slice, from, null);
    return this.collect(slice, from, this.index.candidates(slice));
  }

  /** The same hits by running every label's regex over the whole slice: what the word index must agree with. */
  scan(text: string, from = 0, to = text.length): Hit<L>[] {
    return this.collect(text.slice(from, to), from, null);
  }

  private collect(slice: string, from: number, candidates: number[][] | null): Hit<L>[] {
    const hits: Hit<L>[] = [];
    this.entries.forEach((entry, i) => {
      const at = candidates && this.index.indexed(i) ? candidates[i]! : null;
      for (const [start, end] of at ? matchesAt(entry.sticky, slice, at) : matchesIn(entry.regex, slice)) {
        hits.push({ label: entry.label, start: from + start, end: from + end });
      }
    });
    hits.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
    return dropOverlaps(hits);
  }
}

function matchesIn(regex: RegExp, slice: string): Array<[number, number]> {
  regex.lastIndex = 0;
  const out: Array<[number, number]> = [];
  for (const m of allMatches(regex, slice)) out.push([m.index, m.index + m[0].length]);
  return out;
}

/**
 * What matchAll would find, tried only at the candidate offsets: a match is the first candidate at
 * or after the previous match's end where the regex matches, anchored there (sticky).
 */
function matchesAt(sticky: RegExp, slice: string, candidates: readonly number[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let end = 0;
  for (const at of candidates) {
    if (at < end) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(slice);
    if (!m) continue;
    end = at + m[0].length;
    out.push([at, end]);
  }
  return out;
}

/**
 * Whole-text results kept for a few texts at a time (an article and its title): readers ask for the
 * hits of one sentence after another, and running every phrase list once over the article is far
 * cheaper than once per sentence.
 */
export function memoByText<T>(compute: (text: string) => T, size = 4): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    const hit = memo.get(text);
    if (hit !== undefined) return hit;
    if (memo.size >= size) memo.delete(memo.keys().next().value!);
    const value = compute(text);
    memo.set(text, value);
    return value;
  };
}

/**
 * The hits lying inside [from, to) of a list sorted by start. A binary search finds the first one: readers
 * ask once per sentence, and a scan of the whole article's list each time made long texts quadratic.
 */
export function hitsWithin<H extends { start: number; end: number }>(hits: readonly H[], from: number, to: number): H[] {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (hits[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: H[] = [];
  for (let i = lo; i < hits.length && hits[i]!.start < to; i++) if (hits[i]!.end <= to) out.push(hits[i]!);
  return out;
}

function dropOverlaps<L>(hits: Hit<L>[]): Hit<L>[] {
  const kept: Hit<L>[] = [];
  for (const hit of hits) {
    const last = kept.at(-1);
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}
