import { scanMarkup } from './scan-markup.ts';

/**
 * Repairs for feeds that are not quite what rss-parser expects, learned from the feedparser
 * corpus and real outlets. Each is linear in the document and only changes documents that
 * need it.
 */

/** The root element's name (with prefix), ignoring the prolog, comments and PIs. */
export function rootName(xml: string): string | null {
  for (const token of scanMarkup(xml)) if (token.kind === 'tag') return token.name ?? null;
  return null;
}

/**
 * rss-parser reads items only from <channel> (RSS 0.9x/2.0) and needs a channel in RSS 1.0;
 * feeds without one (items straight under <rss>, or an empty root) crash it. Wrap or add one.
 */
export function ensureChannel(xml: string, root: string | null): string {
  if (root !== 'rss' && root !== 'rdf:RDF') return xml;
  let rootTag: { end: number; selfClosing: boolean } | null = null;
  for (const token of scanMarkup(xml)) {
    if (token.kind !== 'tag') continue;
    if (/^(?:[\w.-]+:)?channel$/.test(token.name ?? '')) return xml;
    rootTag ??= { end: token.end, selfClosing: token.selfClosing === true };
  }
  if (rootTag === null) return xml;
  const head = rootTag.selfClosing ? `${xml.slice(0, rootTag.end - 2)}>` : xml.slice(0, rootTag.end);
  if (root === 'rdf:RDF') return `${head}<channel></channel>${xml.slice(rootTag.end)}`;
  const rest = rootTag.selfClosing ? '' : xml.slice(rootTag.end);
  const close = rest.lastIndexOf('</rss');
  const body = close === -1 ? rest : rest.slice(0, close);
  const tail = close === -1 ? '</rss>' : rest.slice(close);
  return `${head}<channel>${body}</channel>${tail}`;
}

/**
 * Element prefixes to drop so rss-parser sees plain names: RSS 1.0 elements under a prefix
 * (<rss:item>) and an Atom document whose root itself is prefixed (<atom:feed>). An
 * <atom:link> inside an RSS 2.0 channel keeps its prefix.
 */
export function prefixesToStrip(xml: string, root: string | null): string[] {
  const head = xml.slice(0, 16 * 1024);
  const prefixes: string[] = [];
  const rss1 = /xmlns:([\w.-]+)\s*=\s*["']http:\/\/purl\.org\/rss\/1\.0\/["']/.exec(head)?.[1];
  if (rss1 !== undefined && root === 'rdf:RDF') prefixes.push(rss1);
  const atom = /xmlns:([\w.-]+)\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/.exec(head)?.[1];
  if (atom !== undefined && root === `${atom}:feed`) prefixes.push(atom);
  return prefixes;
}

/**
 * Closes what a truncated or sloppy document left open: drops a cut-off tag at the very end
 * ("</rss"), ends a CDATA section cut off at the end, and appends end tags for elements still open,
 * innermost first. Used only after both the strict and the loose parse failed.
 */
export function closeOpenElements(xml: string): string {
  const stack: string[] = [];
  let kept = xml.length;
  let suffix = '';
  for (const token of scanMarkup(xml)) {
    if (!token.terminated) {
      if (token.kind === 'tag') kept = token.start;
      else if (token.kind === 'cdata') {
        // A CDATA section cut off by truncation can be ended; one that lost its "]]>" in the
        // middle would swallow the items after it into one description: leave that broken.
        if (/<\/(?:item|entry|channel)\s*>/.test(xml.slice(token.start))) return xml;
        suffix = ']]>';
      }
      else if (token.kind === 'comment') suffix = '-->';
      break;
    }
    if (token.kind !== 'tag' || token.selfClosing || token.name === undefined) continue;
    if (!token.closing) stack.push(token.name);
    else {
      const open = stack.lastIndexOf(token.name);
      if (open >= 0) stack.length = open;
    }
  }
  return `${xml.slice(0, kept)}${suffix}${stack.reverse().map((name) => `</${name}>`).join('')}`;
}

/** Server-side warnings printed before the prolog ("<b>Warning</b>: mysqli_connect()…<?xml"). */
export function dropLeadingJunk(xml: string): string {
  const prolog = xml.indexOf('<?xml');
  return prolog > 0 ? xml.slice(prolog) : xml;
}
