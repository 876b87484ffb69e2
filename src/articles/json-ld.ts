/** JSON-LD blocks of a page, flattened, and the article facts they carry. */
import type { CheerioAPI } from 'cheerio';
import type { Element } from './dom.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface JsonLdFacts {
  articleBody: string | null;
  headline: string | null;
  datePublished: string | null;
  publisherName: string | null;
}

const ARTICLE_TYPES = /article|posting|report|newsarticle|blog/i;

function parseLoosely(raw: string): Json | undefined {
  try {
    return JSON.parse(raw) as Json;
  } catch {
    // fall through to the cleaned-up attempt
  }
  // CMSs wrap JSON-LD in CDATA or HTML comments and leave raw newlines inside strings.
  const cleaned = raw
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .replace(/;\s*$/, '')
    .replace(/[\u0000-\u001f]+/g, ' ');
  try {
    return JSON.parse(cleaned) as Json;
  } catch {
    return undefined;
  }
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object at the top of a JSON-LD value or inside an `@graph`, in document order. */
function flatten(value: Json | undefined, out: JsonObject[]): void {
  if (Array.isArray(value)) for (const v of value) flatten(v, out);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) flatten(value['@graph'], out);
  }
}

function types(node: JsonObject): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function str(value: Json | undefined): string | null {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (Array.isArray(value)) return str(value[0]);
  return null;
}

function nameOf(value: Json | undefined): string | null {
  if (Array.isArray(value)) return nameOf(value[0]);
  if (isObject(value)) return str(value['name']);
  return str(value);
}

/** `scripts`: the page's <script type="application/ld+json"> elements, in document order (preparePage). */
export function readJsonLd($: CheerioAPI, scripts: Element[]): JsonLdFacts {
  const nodes: JsonObject[] = [];
  for (const el of scripts) flatten(parseLoosely($(el).text()), nodes);
  const articles = nodes.filter((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  const ordered = [...articles, ...nodes.filter((n) => !articles.includes(n))];
  const first = (pick: (n: JsonObject) => string | null): string | null => {
    for (const n of ordered) {
      const v = pick(n);
      if (v) return v;
    }
    return null;
  };
  return {
    articleBody: first((n) => str(n['articleBody'])),
    headline: first((n) => str(n['headline'])),
    datePublished: first((n) => str(n['datePublished'])),
    publisherName: first((n) => nameOf(n['publisher'])),
  };
}
