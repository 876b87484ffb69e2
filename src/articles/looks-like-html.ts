/** Whether a text is an HTML page (or fragment) rather than plain text, from its first few kilobytes. */
const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const BLOCK_TAGS = /<(p|div|article|section|span|br|h[1-6]|table|ul|li|a\s[^>]*href|meta|title|script)[\s>/]/gi;

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\uFEFF/, '');
  if (HTML_START.test(head) || /^\s*<\?xml[^>]*>\s*<(!doctype\s+)?html/i.test(head)) return true;
  // A fragment: several tags, and the text starts with one (prose that mentions "<p>" once does not).
  const tags = head.match(BLOCK_TAGS)?.length ?? 0;
  return /^\s*</.test(head) && tags >= 2;
}
