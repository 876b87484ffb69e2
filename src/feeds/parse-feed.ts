import Parser from 'rss-parser';
import type { FeedItem, ParsedFeed } from '../model/feed.ts';
import { StageError } from '../model/errors.ts';
import { sanitizeXml } from './sanitize-xml.ts';
import { parseFeedDate } from './parse-date.ts';
import { htmlToLine, htmlToText } from './strip-html.ts';
import { absoluteLink } from './canonical-url.ts';
import { assignIds } from './item-identity.ts';
import { textOf, categoriesOf } from './xml-values.ts';
import { closeOpenElements, dropLeadingJunk, ensureChannel, prefixesToStrip, rootName } from './repair-xml.ts';

type RawItem = Record<string, unknown>;
type RawFeed = Record<string, unknown> & { items?: RawItem[] };

/**
 * Parses decoded feed XML (RSS 0.9x/1.0/2.0, Atom 0.3/1.0) into plain FeedItems.
 * Throws StageError (stage "feeds") with kind "not-a-feed" (HTML, JSON, an unknown root) or
 * "parse-error" (a feed whose XML is broken beyond repair).
 */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  const sanitized = sanitizeXml(dropLeadingJunk(xml.replace(/^\uFEFF/, '')));
  const root = rootName(sanitized);
  const cleaned = ensureChannel(sanitized, root);
  const raw = await parseWithFallback(cleaned, feedUrl, prefixesToStrip(cleaned, root));
  const base = absoluteLink(textOf(raw['link']), feedUrl) ?? feedUrl;
  const atom = root !== null && /(^|:)feed$/.test(root);
  // An item with nothing in it (a truncated feed's last <item>) is not an item.
  const drafts = (raw.items ?? [])
    .filter(hasContent)
    .map((item) => toDraft(item, base, feedUrl, atom));
  return {
    title: htmlToLine(textOf(raw['title'])) || null,
    link: absoluteLink(textOf(raw['link']), feedUrl),
    ttlMinutes: positiveInt(textOf(raw['ttl'])),
    items: assignIds(drafts).map(({ guid: _guid, id, ...item }) => ({ id, ...item })),
  };
}

async function parseWithFallback(xml: string, feedUrl: string, strip: string[]): Promise<RawFeed> {
  if (!/^\s*</.test(xml)) {
    throw new StageError('feeds', 'not-a-feed', `${feedUrl} is not a feed: not XML (${describeStart(xml)})`);
  }
  // Strict first. Real feeds are often not well-formed (an unescaped "<", a truncated end,
  // PHP warnings before the prolog), so then loosely, then repaired. Only a strict parse can
  // prove a well-formed document is not a feed; the lenient ones just keep trying.
  let repairedXml: string | null = null;
  const repaired = (): string => (repairedXml ??= closeOpenElements(xml));
  const attempts = [
    () => createParser(true, strip).parseString(xml),
    () => createParser(false, strip).parseString(xml),
    () => createParser(true, strip).parseString(repaired()),
    () => createParser(false, strip).parseString(repaired()),
  ];
  const errors: unknown[] = [];
  for (const [index, attempt] of attempts.entries()) {
    try {
      return (await attempt()) as RawFeed;
    } catch (error) {
      if (index === 0 && isUnrecognised(error)) throw notAFeed(feedUrl, xml, error);
      errors.push(error);
    }
  }
  const [firstError] = errors;
  if (looksLikeHtml(xml) || errors.every(isUnrecognised)) throw notAFeed(feedUrl, xml, firstError);
  throw new StageError('feeds', 'parse-error', `${feedUrl} is not well-formed XML, even after repairs (${messageOf(firstError)})`, { cause: firstError });
}

function createParser(strict: boolean, strip: string[]): Parser {
  const unprefix = (name: string): string => {
    const colon = name.indexOf(':');
    return colon > 0 && strip.includes(name.slice(0, colon)) ? name.slice(colon + 1) : name;
  };
  return new Parser({
    defaultRSS: 2,
    customFields: {
      item: [
        'yandex:full-text',
        'issued',
        'modified',
        'created',
        'dcterms:issued',
        'dcterms:modified',
        'dcterms:created',
        ['category', 'atomCategories', { keepArray: true }],
        ['dc:subject', 'dcSubjects', { keepArray: true }],
      ],
    },
    xml2js: {
      strict,
      // Loose mode upper-cases names; put them back the way rss-parser looks them up.
      tagNameProcessors: strict ? [unprefix] : [looseTagName, unprefix],
      ...(strict ? {} : { attrNameProcessors: [(name: string) => name.toLowerCase()] }),
      // rss-parser 3.13 throws on an Atom date it cannot read, failing the whole feed (library-notes §4).
      valueProcessors: [normaliseAtomDate],
    },
  });
}

function looseTagName(name: string): string {
  const lower = name.toLowerCase();
  return lower === 'rdf:rdf' ? 'rdf:RDF' : lower;
}

function normaliseAtomDate(value: string, name: string): string {
  const local = name.replace(/^.*:/, '');
  if (local !== 'published' && local !== 'updated') return value;
  return parseFeedDate(value) ?? '';
}

function toDraft(item: RawItem, base: string, feedUrl: string, atom: boolean) {
  const guidText = (textOf(item['guid']) || textOf(item['id'])).trim();
  const link = absoluteLink(textOf(item['link']), base) ?? (/^https?:\/\//i.test(guidText) ? guidText : null);
  const contentHtml = atom ? textOf(item['content']) : textOf(item['content:encoded']) || textOf(item['yandex:full-text']);
  const summaryHtml = atom ? textOf(item['summary']) || contentHtml : textOf(item['content']) || textOf(item['summary']);
  const draft: Omit<FeedItem, 'id'> & { guid: string | null } = {
    guid: guidText === '' ? null : guidText,
    feedUrl,
    title: htmlToLine(textOf(item['title'])),
    link,
    published: firstDate(item),
    summary: htmlToText(summaryHtml),
    content: htmlToText(contentHtml),
    categories: categoriesOf(item['categories'] ?? item['atomCategories'] ?? item['dcSubjects']),
  };
  return draft;
}

/** Whether anything in the item, text or attribute, is non-blank. */
function hasContent(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number' || typeof value === 'boolean') return true;
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasContent);
  return false;
}

function firstDate(item: RawItem): string | null {
  for (const key of ['pubDate', 'isoDate', 'date', 'dc:date', 'dcterms:issued', 'issued', 'dcterms:created', 'created', 'dcterms:modified', 'modified']) {
    const parsed = parseFeedDate(textOf(item[key]));
    if (parsed !== null) return parsed;
  }
  return null;
}

function positiveInt(text: string): number | null {
  const value = Number.parseInt(text.trim(), 10);
  return Number.isFinite(value) && value > 0 ? value : null;
}

function isUnrecognised(error: unknown): boolean {
  return /not recognized as RSS|Unable to parse XML/i.test(messageOf(error));
}

function looksLikeHtml(xml: string): boolean {
  return /^\s*(<!doctype html|<html[\s>])/i.test(xml) || /<(html|body|head)[\s>]/i.test(xml.slice(0, 2048));
}

function notAFeed(feedUrl: string, xml: string, cause: unknown): StageError {
  const root = rootName(xml);
  const what = looksLikeHtml(xml)
    ? 'it is an HTML page'
    : `not RSS, RDF or Atom (${root === null ? 'no root element' : `root element <${root}>`})`;
  return new StageError('feeds', 'not-a-feed', `${feedUrl} is not a feed: ${what}`, { cause });
}

function describeStart(text: string): string {
  const start = text.trim().slice(0, 40).replace(/\s+/g, ' ');
  return start === '' ? 'empty document' : `starts with "${start}"`;
}

function messageOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}
