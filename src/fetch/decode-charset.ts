import { guessLegacyCharset } from './legacy-charset.ts';

export interface DecodedText {
  /** The encoding actually used, as a WHATWG name ("utf-8", "windows-1251", "utf-16le", "utf-32be"). */
  charset: string;
  text: string;
}

type Source = 'bom' | 'pattern' | 'declared';

/**
 * Decodes a feed or page: BOM, then UTF-16/32 byte patterns, then the Content-Type charset,
 * then the XML prolog or <meta charset>, else UTF-8 (or a Cyrillic/Latin guess when the bytes
 * are not UTF-8). A declared legacy charset on bytes that are valid UTF-8 is a publisher
 * mistake (common after a CMS migration), so those bytes are read as UTF-8.
 */
export function decodeBody(body: Uint8Array, contentType: string | null): DecodedText {
  const bom = detectBom(body);
  if (bom) return decodeWith(bom.charset, body.subarray(bom.length));
  const pattern = detectWidePattern(body);
  if (pattern) return decodeWith(pattern, body);
  const declared = usableLabel(charsetFromContentType(contentType), body) ?? usableLabel(charsetInDocument(body), body);
  if (declared !== null && declared !== 'utf-8') {
    return hasNonAscii(body) && isValidUtf8(body) ? decodeWith('utf-8', body) : decodeWith(declared, body);
  }
  if (mostlyUtf8(body)) return decodeWith('utf-8', body);
  return decodeWith(guessLegacyCharset(body), body);
}

function detectBom(bytes: Uint8Array): { charset: string; length: number } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { charset: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return { charset: 'utf-32le', length: 4 };
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return { charset: 'utf-32be', length: 4 };
  if (a === 0xff && b === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** XML 1.0 appendix F: "<" or "<?" spelled in UTF-16/32 without a BOM. */
function detectWidePattern(bytes: Uint8Array): string | null {
  const [a, b, c, d] = bytes;
  if (a === 0 && b === 0 && c === 0 && d === 0x3c) return 'utf-32be';
  if (a === 0x3c && b === 0 && c === 0 && d === 0) return 'utf-32le';
  if (a === 0 && b === 0x3c && c === 0 && d !== 0) return 'utf-16be';
  if (a === 0x3c && b === 0 && c !== 0 && d === 0) return 'utf-16le';
  return null;
}

export function charsetFromContentType(contentType: string | null): string | null {
  const match = /charset\s*=\s*["']?\s*([^;"'\s]+)/i.exec(contentType ?? '');
  return match?.[1] ?? null;
}

function charsetInDocument(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const prolog = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']\s*([A-Za-z0-9._:-]+)/.exec(head);
  if (prolog) return prolog[1] ?? null;
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  return meta?.[1] ?? null;
}

const ALIASES: Record<string, string> = {
  'win-1251': 'windows-1251', win1251: 'windows-1251', 'cp-1251': 'windows-1251', windows1251: 'windows-1251',
  'win-1252': 'windows-1252', 'cp-1252': 'windows-1252', 'utf8': 'utf-8', 'ucs-4': 'utf-32be',
  'iso-10646-ucs-4': 'utf-32be', 'utf-32': 'utf-32be', 'ucs-4le': 'utf-32le', 'ucs-4be': 'utf-32be',
};

/** A label TextDecoder (or our UTF-32 reader) accepts; a wide charset on ASCII-shaped bytes is a lie. */
function usableLabel(label: string | null, body: Uint8Array): string | null {
  if (label === null) return null;
  const lower = label.trim().toLowerCase();
  const name = ALIASES[lower] ?? lower;
  if (name === 'utf-32le' || name === 'utf-32be') return isAsciiShaped(body) ? null : name;
  try {
    const encoding = new TextDecoder(name).encoding;
    if (encoding.startsWith('utf-16') && isAsciiShaped(body)) return null;
    return encoding;
  } catch {
    return null;
  }
}

function isAsciiShaped(bytes: Uint8Array): boolean {
  const first = bytes.findIndex((byte) => byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d);
  return first >= 0 && bytes[first] === 0x3c && bytes[first + 1] !== 0;
}

function hasNonAscii(bytes: Uint8Array): boolean {
  return bytes.some((byte) => byte >= 0x80);
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-8 with a stray broken sequence (a truncated character) stays UTF-8; bytes with no valid
 * multi-byte sequence at all, or many broken ones, are a legacy charset.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  if (!hasNonAscii(bytes) || isValidUtf8(bytes)) return true;
  const text = new TextDecoder('utf-8').decode(bytes);
  const replaced = text.match(/\uFFFD/g)?.length ?? 0;
  const valid = (text.match(/[^\x00-\x7f]/g)?.length ?? 0) - replaced;
  return valid > 0 && replaced <= Math.max(2, valid * 0.02);
}

function decodeWith(charset: string, bytes: Uint8Array): DecodedText {
  if (charset === 'utf-32le' || charset === 'utf-32be') {
    return { charset, text: decodeUtf32(bytes, charset === 'utf-32le') };
  }
  const decoder = new TextDecoder(charset);
  return { charset: decoder.encoding, text: decoder.decode(bytes) };
}

/** TextDecoder has no UTF-32; feeds in it are rare but must not crash or garble. */
function decodeUtf32(bytes: Uint8Array, littleEndian: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const parts: string[] = [];
  for (let offset = 0; offset + 4 <= bytes.byteLength; offset += 4) {
    const code = view.getUint32(offset, littleEndian);
    parts.push(code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD');
  }
  return parts.join('');
}
