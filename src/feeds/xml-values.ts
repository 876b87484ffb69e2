/**
 * rss-parser passes xml2js values through: a string, `{ _: text, $: attrs }`, or a nested
 * object for XHTML content. These read them as text without letting a shape surprise crash us.
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map(textOf).join(' ');
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record['_'] === 'string') return record['_'];
    const href = (record['$'] as Record<string, unknown> | undefined)?.['href'];
    if (typeof href === 'string' && Object.keys(record).length === 1) return href;
    return Object.entries(record)
      .filter(([key]) => key !== '$')
      .map(([, child]) => textOf(child))
      .join(' ');
  }
  return '';
}

/** RSS categories are strings or `{ _, $: { domain } }`; Atom ones carry a `term` attribute. */
export function categoriesOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const names = value.map((entry) => {
    if (entry !== null && typeof entry === 'object' && !('_' in entry)) {
      const attrs = (entry as { $?: Record<string, unknown> }).$;
      if (typeof attrs?.['term'] === 'string') return attrs['term'];
    }
    return textOf(entry);
  });
  return [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
}
