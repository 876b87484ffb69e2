/** Title, publication date, outlet, language and canonical URL from a page's head and markup. */
import type { CheerioAPI } from 'cheerio';
import { collapseSpaces, type Element } from './dom.ts';
import type { JsonLdFacts } from './json-ld.ts';
import type { PageScan } from './page-scan.ts';

export interface PageMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

/** Every <meta> content by its property, name or itemprop (lower-cased; the first one wins), in one pass. */
type MetaTags = Map<string, string>;

function readMetaTags(metas: Element[]): MetaTags {
  const tags: MetaTags = new Map();
  for (const el of metas) {
    const content = el.attribs['content']?.trim();
    if (!content) continue;
    let value: string | undefined; // collapsed once, for the first key this <meta> gives
    for (const attr of ['property', 'name', 'itemprop']) {
      const names = el.attribs[attr];
      if (!names) continue;
      // "dc:description og:description": RDFa allows several properties in one attribute.
      for (const key of names.toLowerCase().split(/\s+/)) {
        if (key && !tags.has(key)) tags.set(key, (value ??= collapseSpaces(content)));
      }
    }
  }
  return tags;
}

function meta(tags: MetaTags, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = tags.get(key);
    if (v) return v;
  }
  return null;
}

/** ISO 8601 basic format ("20240912T1130", as RIA writes it) in the extended form everyone parses. */
export function normaliseDate(value: string): string {
  const v = value.trim();
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?([+-]\d{2}:?\d{2}|Z)?$/.exec(v);
  if (!m) return v;
  const [, y, mo, d, h, mi, sec, zone] = m;
  const time = h ? `T${h}:${mi}${sec ? `:${sec}` : ''}` : '';
  return `${y}-${mo}-${d}${time}${zone ?? ''}`;
}

function isDate(value: string | null | undefined): value is string {
  return !!value && /\d{4}/.test(value) && !Number.isNaN(Date.parse(value.replace(/ ([+-]\d{2}:?\d{2})$/, '$1')));
}

const TITLE_SEPARATORS = / [|–—\-:·•»] | :: /;

/** "Headline | Site" → "Headline", keeping titles whose left part would be too short to stand alone. */
export function trimSiteSuffix(title: string, outlet: string | null): string {
  if (outlet) {
    for (const sep of [' | ', ' - ', ' – ', ' — ', ' :: ', ' : ', ' · ', ' » ']) {
      if (title.endsWith(sep + outlet)) return title.slice(0, -(sep + outlet).length).trim();
    }
  }
  const parts = title.split(TITLE_SEPARATORS);
  if (parts.length < 2) return title;
  const head = title.slice(0, title.length - parts[parts.length - 1]!.length).replace(/\s*(\||–|—|-|:|·|•|»|::)\s*$/, '');
  return head.split(/\s+/).length >= 3 ? head.trim() : title;
}

function readTitle($: CheerioAPI, tags: MetaTags, outlet: string | null): string | null {
  const og = meta(tags, 'og:title', 'twitter:title');
  if (og) return trimSiteSuffix(og, outlet);
  const h1 = $('article h1, main h1, [itemprop="headline"], h1')
    .toArray()
    .map((el) => collapseSpaces($(el).text()))
    .find((t) => t.length >= 3);
  if (h1) return h1;
  const title = collapseSpaces($('title').first().text());
  return title ? trimSiteSuffix(title, outlet) : null;
}

function readPublished(scan: PageScan, tags: MetaTags, ld: JsonLdFacts): string | null {
  // In order of trust: the head, JSON-LD, then the markup.
  const sources: Array<() => string | null | undefined> = [
    () => meta(tags, 'article:published_time', 'og:published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date',
      'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date'),
    () => ld.datePublished,
    () => scan.datePublished?.attribs['datetime'],
    () => scan.datePublished?.attribs['content'],
    () => scan.timeWithDatetime?.attribs['datetime'],
  ];
  for (const source of sources) {
    const raw = source();
    const value = raw ? normaliseDate(raw) : null;
    if (isDate(value)) return value;
  }
  return null;
}

function readCanonical(link: Element | undefined, tags: MetaTags, url: string): string | null {
  const href = link?.attribs['href'] ?? meta(tags, 'og:url');
  if (!href) return null;
  try {
    return new URL(href.trim(), url || undefined).href;
  } catch {
    return null;
  }
}

function readLang(html: Element | undefined, tags: MetaTags): string | null {
  const raw = html?.attribs['lang'] ?? html?.attribs['xml:lang'] ?? meta(tags, 'og:locale');
  return raw && raw.trim() ? raw.trim().replace(/_/g, '-') : null;
}

/** `scan`: the elements the readers need (preparePage), so that only the title fallbacks run selectors. */
export function readMetadata($: CheerioAPI, url: string, ld: JsonLdFacts, scan: PageScan): PageMetadata {
  const tags = readMetaTags(scan.metas);
  const outlet = meta(tags, 'og:site_name') ?? ld.publisherName ?? meta(tags, 'application-name');
  return {
    title: readTitle($, tags, outlet) ?? ld.headline,
    published: readPublished(scan, tags, ld),
    outlet,
    lang: readLang(scan.html, tags),
    canonicalUrl: readCanonical(scan.canonicalLink, tags, url),
  };
}
