/**
 * What the metadata and JSON-LD readers look up, gathered element by element during preparePage's walk
 * instead of by a selector scan of the whole document for each. <meta> and JSON-LD also live in the
 * body, so it is still the whole document; each field is what cheerio's selector (noted) returned.
 */
import type { Element } from './dom.ts';

export interface PageScan {
  /** `$('html').first()`: the first <html> element. */
  html: Element | undefined;
  /** `$('meta[content]')`. */
  metas: Element[];
  /** `$('link[rel~="canonical" i]').first()`. */
  canonicalLink: Element | undefined;
  /** `$('script[type="application/ld+json" i]')`. */
  jsonLdScripts: Element[];
  /** `$('[itemprop="datePublished"]').first()`. */
  datePublished: Element | undefined;
  /** `$('article time[datetime], time[pubdate][datetime], time[datetime]').first()`: the last alternative covers the others. */
  timeWithDatetime: Element | undefined;
}

const JSON_LD_TYPE = 'application/ld+json';

// css-select's `~=`: the value as a whitespace-separated word (JS `\s`), here case-insensitively.
const CANONICAL_WORD = /(?:^|\s)canonical(?:$|\s)/i;

export function emptyScan(): PageScan {
  return { html: undefined, metas: [], canonicalLink: undefined, jsonLdScripts: [], datePublished: undefined, timeWithDatetime: undefined };
}

/** Notes `el` where it answers one of the lookups; elements must come in document order. */
export function scanElement(el: Element, scan: PageScan): void {
  const a = el.attribs;
  if (!scan.datePublished && a['itemprop'] === 'datePublished') scan.datePublished = el;
  switch (el.name) {
    case 'html':
      scan.html ??= el;
      break;
    case 'meta':
      if (a['content'] != null) scan.metas.push(el);
      break;
    case 'link':
      if (!scan.canonicalLink && a['rel'] != null && CANONICAL_WORD.test(a['rel'])) scan.canonicalLink = el;
      break;
    case 'time':
      if (!scan.timeWithDatetime && a['datetime'] != null) scan.timeWithDatetime = el;
      break;
    case 'script': {
      const type = a['type'];
      if (type != null && type.length === JSON_LD_TYPE.length && type.toLowerCase() === JSON_LD_TYPE) scan.jsonLdScripts.push(el);
      break;
    }
  }
}
