/** Main-text extraction (cheerio): the articles stage's public surface. */
export { extractArticle, type ExtractInput } from './extract-article.ts';
export { looksLikeHtml } from './looks-like-html.ts';
export { loadSiteRules, DEFAULT_SITE_RULES_PATH, SiteRulesError, type SiteRules } from './site-rules.ts';
