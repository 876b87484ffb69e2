/** Title, publication date, outlet, language and canonical URL from a page's head and markup. */
import type { CheerioAPI } from 'cheerio';
import { collapseSpaces } from './dom.ts';
import type { JsonLdFacts } from './json-ld.ts';

export interface PageMetadata {
  title: string | null;
  published: string | null;
  outlet: string | null;
  lang: string | null;
  canonicalUrl: string | null;
}

function meta($: CheerioAPI, ...keys: string[]): string | null {
  for (const key of keys) {
    const v = $(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`).first().attr('content');
    if (v && v.trim()) return collapseSpaces(v);
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

function readTitle($: CheerioAPI, outlet: string | null): string | null {
  const og = meta($, 'og:title', 'twitter:title');
  if (og) return trimSiteSuffix(og, outlet);
  const h1 = $('article h1, main h1, [itemprop="headline"], h1')
    .toArray()
    .map((el) => collapseSpaces($(el).text()))
    .find((t) => t.length >= 3);
  if (h1) return h1;
  const title = collapseSpaces($('title').first().text());
  return title ? trimSiteSuffix(title, outlet) : null;
}

function readPublished($: CheerioAPI, ld: JsonLdFacts): string | null {
  const candidates = [
    meta($, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'publish-date',
      'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.created', 'dc.date', 'date'),
    ld.datePublished,
    $('[itemprop="datePublished"]').first().attr('datetime') ?? null,
    $('[itemprop="datePublished"]').first().attr('content') ?? null,
    $('article time[datetime], time[pubdate][datetime], time[datetime]').first().attr('datetime') ?? null,
  ].map((c) => (c ? normaliseDate(c) : null));
  return candidates.find(isDate) ?? null;
}

function readCanonical($: CheerioAPI, url: string): string | null {
  const href = $('link[rel~="canonical" i]').first().attr('href') ?? meta($, 'og:url');
  if (!href) return null;
  try {
    return new URL(href.trim(), url || undefined).href;
  } catch {
    return null;
  }
}

function readLang($: CheerioAPI): string | null {
  const raw = $('html').first().attr('lang') ?? $('html').first().attr('xml:lang') ?? meta($, 'og:locale');
  return raw && raw.trim() ? raw.trim().replace(/_/g, '-') : null;
}

export function readMetadata($: CheerioAPI, url: string, ld: JsonLdFacts): PageMetadata {
  const outlet = meta($, 'og:site_name') ?? ld.publisherName ?? meta($, 'application-name');
  return {
    title: readTitle($, outlet) ?? ld.headline,
    published: readPublished($, ld),
    outlet,
    lang: readLang($),
    canonicalUrl: readCanonical($, url),
  };
}
