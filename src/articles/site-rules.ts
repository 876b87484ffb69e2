/**
 * Site rules: a CSS selector for the article body per domain, kept as data in config/site-rules.yaml.
 * A rule applies to its domain and every subdomain.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

export type SiteRules = Record<string, string>;

export const DEFAULT_SITE_RULES_PATH = fileURLToPath(new URL('../../config/site-rules.yaml', import.meta.url));

export class SiteRulesError extends Error {
  override readonly name = 'SiteRulesError';
}

function validate(data: unknown, path: string): SiteRules {
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new SiteRulesError(`articles: ${path}: expected a map of domain to CSS selector`);
  }
  const rules: SiteRules = {};
  const problems: string[] = [];
  for (const [domain, selector] of Object.entries(data)) {
    if (typeof selector !== 'string' || selector.trim() === '') problems.push(`${domain}: must be a non-empty CSS selector`);
    else rules[domain.toLowerCase().replace(/^www\./, '')] = selector;
  }
  if (problems.length > 0) throw new SiteRulesError(`articles: ${path}: ${problems.join('; ')}`);
  return rules;
}

/** Reads and checks a site-rules file (default: the bundled config/site-rules.yaml). */
export function loadSiteRules(path: string = DEFAULT_SITE_RULES_PATH): SiteRules {
  return validate(parse(readFileSync(path, 'utf8')), path);
}

// The bundled rules are read once, on first use: extractArticle stays synchronous without
// re-reading the file for every page. They are data, identical for every caller.
let bundled: SiteRules | undefined;

export function bundledSiteRules(): SiteRules {
  bundled ??= Object.freeze(loadSiteRules()) as SiteRules;
  return bundled;
}

/** The selector for the page's host: the rule of the longest matching domain. */
export function selectorFor(url: string, rules: SiteRules): string | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  let best: string | null = null;
  let bestLength = -1;
  for (const [domain, selector] of Object.entries(rules)) {
    const key = domain.toLowerCase().replace(/^www\./, '');
    if ((host === key || host.endsWith(`.${key}`)) && key.length > bestLength) {
      best = selector;
      bestLength = key.length;
    }
  }
  return best;
}
