/** Article page (bytes or string) → Article: metadata plus main text, one paragraph per line. */
import type { CheerioAPI } from 'cheerio';
import type { Article } from '../model/article.ts';
import { removeNodes } from './clean.ts';
import { loadDocument } from './decode.ts';
import type { Element, ParentNode } from './dom.ts';
import { readJsonLd } from './json-ld.ts';
import { extractMainLines, renderElements } from './main-text.ts';
import { measure } from './measure.ts';
import { readMetadata } from './metadata.ts';
import { preferJsonLdBody } from './json-ld-body.ts';
import { preparePage } from './prepare-page.ts';
import { tidyLines } from './tidy.ts';
import { bundledSiteRules, selectorFor, type SiteRules } from './site-rules.ts';

export interface ExtractInput {
  body: Uint8Array | string;
  url: string;
  contentType?: string | null;
  /** Domain → CSS selector; the bundled config/site-rules.yaml when omitted. */
  siteRules?: SiteRules;
}

/** Below this many characters a site rule's selection is taken as a miss (markup changed). */
const SITE_RULE_MIN_CHARS = 250;

/** <body> where it normally is (a full-document selector scan costs more than the look). */
function shallowBody(root: ParentNode): Element | undefined {
  for (const child of root.children) {
    if (child.type !== 'tag') continue;
    if (child.name === 'body') return child;
    if (child.name === 'html') return shallowBody(child);
  }
  return undefined;
}

function bodyOf($: CheerioAPI): Element {
  const body = shallowBody($.root().get(0) as ParentNode) ?? ($('body').get(0) as Element | undefined);
  if (body) return body;
  // htmlparser2 does not invent a <body>; a fragment's content goes under one so the body is an element.
  const root = $.root();
  if (root.contents().length === 0) root.append('<body></body>');
  else root.contents().wrapAll('<body></body>');
  return $('body').get(0) as Element;
}

/** Matches of the site's selector, outermost only, in page order. */
function siteRuleLines($: CheerioAPI, body: Element, selector: string): string[] | null {
  let matches: Element[];
  try {
    matches = $(selector).toArray() as Element[];
  } catch {
    return null; // a broken selector in the rules must not break extraction
  }
  const set = new Set(matches);
  const outer = matches.filter((el) => {
    for (let p = el.parent; p; p = p.parent) if (set.has(p as Element)) return false;
    return true;
  });
  if (outer.length === 0) return null;
  const stats = measure(body);
  const lines = renderElements(outer, stats, new Set(), true);
  return lines.reduce((n, l) => n + l.length, 0) >= SITE_RULE_MIN_CHARS ? lines : null;
}

export function extractArticle(input: ExtractInput): Article {
  const $ = loadDocument(input.body, input.url, input.contentType);
  // Before any selector: those with descendant combinators are slow on pathologically deep trees.
  const { scan, junk } = preparePage($.root().get(0) as ParentNode);
  const ld = readJsonLd($, scan.jsonLdScripts);
  const meta = readMetadata($, input.url, ld, scan);
  removeNodes(junk);
  const selector = selectorFor(input.url, input.siteRules ?? bundledSiteRules());
  const body = bodyOf($);
  const domLines = (selector ? siteRuleLines($, body, selector) : null) ?? extractMainLines(body);
  const lines = preferJsonLdBody(tidyLines(domLines, meta.title), ld.articleBody);
  return {
    url: input.url,
    canonicalUrl: meta.canonicalUrl,
    title: meta.title,
    published: meta.published,
    outlet: meta.outlet,
    lang: meta.lang,
    text: lines.join('\n'),
  };
}
