import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUES, METRICS, PLACES } from '../../src/figures/lexicon.ts';
import { GROWTH } from '../../src/figures/metric-changes.ts';
import { KEYWORDS } from '../../src/figures/metrics.ts';
import { PhraseMatcher } from '../../src/figures/patterns.ts';
import { findWordStarts, leadingKey } from '../../src/figures/phrase-index.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures/figures');

function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return textsUnder(path);
    return f.endsWith('.txt') ? [readFileSync(path, 'utf8')] : [];
  });
}

// Every labelled and holdout passage, joined into article-length texts so that the index is used.
const ARTICLES = textsUnder(FIXTURES).reduce<string[]>((out, text) => {
  const last = out.at(-1);
  if (last !== undefined && last.length < 3000) out[out.length - 1] = `${last}\n${text}`;
  else out.push(text);
  return out;
}, []);

const MATCHERS: Array<[string, PhraseMatcher]> = [
  ['metric keywords', KEYWORDS],
  ['growth verbs', GROWTH],
  ['country names', new PhraseMatcher(PLACES.countries.map((c) => [c.code, c.names] as const))],
  ['country proxies', new PhraseMatcher(PLACES.countries.map((c) => [c.code, c.proxies] as const))],
  ['groups', new PhraseMatcher(PLACES.groups.map((g) => [g.code, g.names] as const))],
  ['qualifiers', new PhraseMatcher(Object.entries(CUES.qualifiers).map(([q, p]) => [q, p ?? []] as const))],
];

// Case changes the key a word is looked up by; the long s and the Kelvin sign fold to "s" and "k"
// under the regexes' case-insensitive matching, so the index must let them through too.
const VARIANTS: Array<[string, (t: string) => string]> = [
  ['as written', (t) => t],
  ['upper case', (t) => t.toUpperCase()],
  ['lower case', (t) => t.toLowerCase()],
  ['long s and Kelvin sign', (t) => t.replace(/s/g, 'ſ').replace(/k/g, '\u212A')],
];

describe('phrase matching through the word index (patterns.ts, phrase-index.ts)', () => {
  for (const [name, matcher] of MATCHERS) {
    it(`${name}: on every fixture article, in every case variant, finds exactly the hits of a full scan`, () => {
      let hits = 0;
      for (const [, variant] of VARIANTS) {
        for (const article of ARTICLES) {
          const text = variant(article);
          const found = matcher.find(text);
          expect(found).toEqual(matcher.scan(text));
          hits += found.length;
        }
      }
      expect(hits).toBeGreaterThan(0);
    });
  }

  it('a window inside a longer text gets the hits of a scan of that window, offsets into the whole text', () => {
    const text = ARTICLES[0]!;
    const from = text.indexOf(' ', 400) + 1;
    expect(KEYWORDS.find(text, from, from + 1200)).toEqual(KEYWORDS.scan(text, from, from + 1200));
    expect(KEYWORDS.find(text, from, from + 1200).every((h) => h.start >= from && h.end <= from + 1200)).toBe(true);
  });

  it('words start after spaces, punctuation, dashes and quotes, and a hyphenated name is two words', () => {
    const text = '«Nagorno-Karabakh», (Baku)—Moscow: 2,000 troops';
    const words = findWordStarts(text).starts.map((at) => /^[^\s«»(),:—-]+/u.exec(text.slice(at))![0]);
    expect(words).toEqual(['Nagorno', 'Karabakh', 'Baku', 'Moscow', '2', '000', 'troops']);
  });

  it('a phrase is keyed by the letters before its first star or separator; one opening with a symbol is not keyed', () => {
    expect(leadingKey('товарооборот*')).toBe('тов');
    expect(leadingKey('on defence')).toBe('on');
    expect(leadingKey('U.S.')).toBe('U');
    expect(leadingKey('$')).toBeNull();
    expect(METRICS.metrics.troops?.nouns?.map(leadingKey).every((k) => k !== null)).toBe(true);
  });
});
