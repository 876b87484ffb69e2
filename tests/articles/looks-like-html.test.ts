import { describe, expect, it } from 'vitest';
import { looksLikeHtml } from '../../src/articles/index.ts';
import { fixtureText } from './helpers.ts';

describe('looksLikeHtml', () => {
  const rows: Array<[string, string, boolean]> = [
    ['a whole page with a doctype', fixtureText('report-az-energy'), true],
    ['a page starting with <html>', '<html><body><p>x</p></body></html>', true],
    ['a page with a BOM and a comment first', '\uFEFF<!-- saved --><!DOCTYPE html><html></html>', true],
    ['a fragment of paragraphs', '<div class="a"><p>One.</p><p>Two.</p></div>', true],
    ['plain article text', 'Trade turnover reached $4.3 billion in 2023.\n\nImports rose 9%.', false],
    ['plain text that mentions a tag', 'Editors wrap paragraphs in <p> tags, like <p>this</p>.', false],
    ['an empty string', '', false],
  ];
  for (const [scenario, text, expected] of rows) {
    it(`says ${expected} for ${scenario}`, () => {
      expect(looksLikeHtml(text)).toBe(expected);
    });
  }
});
