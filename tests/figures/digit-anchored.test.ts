import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digitRunStarts, matchSpans } from '../../src/figures/digit-anchored.ts';
import { MASK_PATTERNS } from '../../src/figures/masks.ts';
import { allMatches } from '../../src/figures/regex-matches.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');

function textsUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    if (statSync(path).isDirectory()) return textsUnder(path);
    return f.endsWith('.txt') ? [readFileSync(path, 'utf8')] : [];
  });
}

// Pieces of dates, ids, ages and page numbers, and the spaces, letters and signs around them,
// put together at random (with a fixed seed) so that every reach is tried at its edges.
const PIECES = [
  '5', '12', '2024', '1990', '7', '400', '192.168.1.2', '3.2.1', '+994 12 404 48 48', '(012) 404-48-48', '8-800-555-35-35', '12:30', '7:28 AM',
  '50th', '2nd', '2-й', '50-летие', '62-year-old', '20.08.2024', '2024-08-20', '6 October 2022', 'October 6, 2022', '6 октября 2022 года',
  'aged', 'age of', 'ages of', 'page', 'pages', 'p.', 'pp.', 'No.', 'nos.', 'resolution', 'Resolution', 'paragraph', 'September', 'Sept.', 'May', 'Dec',
  'страницами', 'стр.', 'статьи', '№', '#', 'в', 'возрасте', 'от', 'до', 'лет', 'years', 'old', 'S-', 'MiG-', 'Su', 'A', 'USD', 'AZN', 'Q', 'H',
  '\u{1D400}', '\u{1D400}\u{1D401}', 'Ж', 'ſ', '\u212A', 'x', 'the', 'and', 'million',
  ' ', ' ', ' ', '\u00A0', '\u2009', '\n', '  ', '\t', '', '', ',', '.', '-', '–', '(', ')', "'", 's', 'th', '/', ':',
];

function randomTexts(count: number): string[] {
  let seed = 20241202;
  const next = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: 20 + next(60) }, () => PIECES[next(PIECES.length)]!).join(''));
}

function scanned(re: RegExp, text: string): Array<{ start: number; end: number }> {
  re.lastIndex = 0;
  return allMatches(re, text).map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe('mask patterns tried only near digits (digit-anchored.ts)', () => {
  const texts = [...randomTexts(3000), ...textsUnder(FIXTURES)];

  it('every mask pattern finds exactly the spans of a scan of the whole text, on random pieces and on every fixture text', () => {
    let spans = 0;
    for (const text of texts) {
      const runs = digitRunStarts(text);
      for (const pattern of MASK_PATTERNS) {
        const found = matchSpans(pattern, text, runs);
        expect(found, `${pattern.regex.source.slice(0, 40)} on «${text.slice(0, 80)}»`).toEqual(scanned(pattern.regex, text));
        spans += found.length;
      }
    }
    expect(spans).toBeGreaterThan(1000);
  });

  it('digit runs start after anything but a digit', () => {
    expect(digitRunStarts('a12 b3,45.6')).toEqual([1, 5, 7, 10]);
  });
});
