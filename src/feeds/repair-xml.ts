/**
 * Repairs for feeds that are not quite what rss-parser expects, learned from the feedparser
 * corpus and real outlets. Each is cheap and only changes documents that need it.
 */

const MARKUP_SKIP = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>/gi;

/** The root element's name (with prefix), ignoring the prolog, comments and PIs. */
export function rootName(xml: string): string | null {
  const head = xml.slice(0, 64 * 1024).replace(MARKUP_SKIP, '');
  return /<([A-Za-z_][\w:.-]*)/.exec(head)?.[1] ?? null;
}

/**
 * rss-parser reads items only from <channel> (RSS 0.9x/2.0) and needs a channel in RSS 1.0;
 * feeds without one (items straight under <rss>, or an empty root) crash it. Wrap or add one.
 */
export function ensureChannel(xml: string, root: string | null): string {
  if (root === null || /<(?:\w+:)?channel[\s>/]/.test(xml)) return xml;
  if (root === 'rss') {
    return xml.replace(/(<rss\b[^>]*?)(\/>|>)([\s\S]*?)(<\/rss\s*>|$)/, (_all, open: string, end: string, body: string, close: string) =>
      end === '/>' ? `${open}><channel></channel></rss>` : `${open}><channel>${body}</channel>${close || '</rss>'}`,
    );
  }
  if (root === 'rdf:RDF') return xml.replace(/(<rdf:RDF\b[^>]*>)/, '$1<channel></channel>');
  return xml;
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
 * ("</rss") and appends end tags for elements still open, innermost first. Used only after
 * both the strict and the loose parse failed.
 */
export function closeOpenElements(xml: string): string {
  const trimmed = xml.replace(/<[^>]*$/, '');
  const stack: string[] = [];
  const tag = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g;
  for (let match = tag.exec(trimmed); match !== null; match = tag.exec(trimmed)) {
    const [, closing, name, selfClosing] = match;
    if (name === undefined || selfClosing === '/') continue;
    if (closing !== '/') {
      stack.push(name);
      continue;
    }
    const open = stack.lastIndexOf(name);
    if (open >= 0) stack.length = open;
  }
  const danglingCdata = /<!\[CDATA\[(?![\s\S]*\]\]>)/.test(trimmed) ? ']]>' : '';
  return `${trimmed}${danglingCdata}${stack.reverse().map((name) => `</${name}>`).join('')}`;
}

/** Server-side warnings printed before the prolog ("<b>Warning</b>: mysqli_connect()…<?xml"). */
export function dropLeadingJunk(xml: string): string {
  const prolog = xml.indexOf('<?xml');
  return prolog > 0 ? xml.slice(prolog) : xml;
}
