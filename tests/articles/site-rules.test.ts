import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, loadSiteRules, SiteRulesError } from '../../src/articles/index.ts';
import { selectorFor } from '../../src/articles/site-rules.ts';
import { BENCHMARK_DIR } from '../../scripts/lib/corpora.ts';
import { expectedText, fixtureText } from './helpers.ts';

const OUR_OUTLETS = ['aa.com.tr', 'news.az', 'tass.com', 'ria.ru', 'report.az', 'apa.az', 'trend.az', 'azernews.az', 'interfax.ru', 'kommersant.ru', 'eurasianet.org', 'oc-media.org', 'jam-news.net', 'caliber.az'];

function tempFile(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'fw-rules-')), 'rules.yaml');
  writeFileSync(path, content);
  return path;
}

describe('site rules', () => {
  it('bundles a selector for every outlet in our default feeds', () => {
    const rules = loadSiteRules();
    for (const domain of OUR_OUTLETS) expect(rules[domain], domain).toBeTruthy();
  });

  it('has no rule for any site of the text-extraction benchmark (it measures general rules only)', () => {
    const truth = JSON.parse(readFileSync(join(BENCHMARK_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
    const rules = loadSiteRules();
    for (const { url } of Object.values(truth)) expect(selectorFor(url, rules), url).toBeNull();
  });

  it('applies a rule to its domain and subdomains, the longest domain winning', () => {
    const rules = { 'report.az': '.a', 'en.report.az': '.b' };
    expect(selectorFor('https://report.az/x', rules)).toBe('.a');
    expect(selectorFor('https://www.report.az/x', rules)).toBe('.a');
    expect(selectorFor('https://en.report.az/x', rules)).toBe('.b');
    expect(selectorFor('https://notreport.az/x', rules)).toBeNull();
    expect(selectorFor('not a url', rules)).toBeNull();
  });

  it('rejects a rules file that is not a map of domain to selector, naming every bad entry', () => {
    expect(() => loadSiteRules(tempFile('- a\n- b\n'))).toThrow(SiteRulesError);
    expect(() => loadSiteRules(tempFile('ok.az: ".x"\nbad.az: ""\nworse.az: 3\n'))).toThrow(/bad\.az.*worse\.az/);
  });

  it('reads an empty rules file as no rules', () => {
    expect(loadSiteRules(tempFile('# nothing yet\n'))).toEqual({});
  });

  it('uses the site rule first: a selector that picks one block gives only that block', () => {
    const url = 'https://report.az/en/infrastructure/azerbaijan-russia-discuss-north-south-corridor-tariffs/';
    const article = extractArticle({ body: fixtureText('report-az-energy'), url, siteRules: { 'report.az': '.news-detail__desc p:first-child' } });
    // One paragraph is under the "enough text" bar, so the general scorer takes over.
    expect(article.text).toBe(expectedText('report-az-energy'));
    const wide = extractArticle({ body: fixtureText('report-az-energy'), url, siteRules: { 'report.az': '.news-detail__desc p:nth-child(-n+3)' } });
    expect(wide.text.split('\n')).toHaveLength(3);
  });

  it('falls back to the general scorer when the selector matches nothing or is not valid CSS', () => {
    const url = 'https://tass.ru/politika/21456789';
    for (const selector of ['.no-such-block', 'div[[broken']) {
      const article = extractArticle({ body: fixtureText('tass-ru-security'), url, siteRules: { 'tass.ru': selector } });
      expect(article.text).toBe(expectedText('tass-ru-security'));
    }
  });
});
