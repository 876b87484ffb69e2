/** Query parameters that only track the click, never select the content. */
const TRACKING = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'ysclid', '_openstat', 'mc_cid', 'mc_eid',
  'igshid', 'ref_src', 'cmpid', 'ncid', 'ocid', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'icid', 'spm', 'at_medium',
  'at_campaign', 'rss_source', 'from_rss',
]);

/**
 * The link as an identity key: tracking parameters (utm_* and the ones above) and the fragment
 * dropped, scheme and host lower-cased (URL does that), default port removed. Null when the
 * link is not an absolute http(s) URL.
 */
export function canonicalizeUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const key of [...parsed.searchParams.keys()]) {
    const lower = key.toLowerCase();
    if (lower.startsWith('utm_') || TRACKING.has(lower)) parsed.searchParams.delete(key);
  }
  if ([...parsed.searchParams.keys()].length === 0) parsed.search = '';
  return parsed.href;
}

/** Resolves a possibly relative item link against the feed; null when it cannot be an http(s) URL. */
export function absoluteLink(link: string | null | undefined, base: string): string | null {
  if (link === null || link === undefined || link.trim() === '') return null;
  try {
    const resolved = new URL(link.trim(), base);
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null;
  } catch {
    return null;
  }
}
